"""Noticing when someone may be in danger: words of crisis in free text, and runs of low mood.

The phrases themselves live in `content.crisis`, where people who are not programmers can
review them; this module only tidies the text and applies them. Every step is a plain rule, so
`explain` can say which phrase matched. A language is added as data in `content.crisis` only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from content.crisis import (
    CRISIS_PATTERNS,
    FALSE_ALARM_PATTERNS,
    REWRITES,
    TYPO_KEEP,
    TYPO_WORDS,
)

FALLBACK_LOCALE = "en"

# Apostrophe look-alikes (curly quotes, modifier letters, primes, backtick, acute) → '.
_APOSTROPHES = re.compile("[\u2018\u2019\u201a\u201b\u02bc\u02b9\u2032\u0060\u00b4\uff07]")
# Hyphen and dash look-alikes → - ("self—harm" is "self-harm").
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
# Invisible characters that would split a word: zero-width space/joiners, BOM, soft hyphen.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")
# Single letters spelled out (three or more) → one word: "k.m.s", "k-m-s", "k*m*s" in any
# script; with spaces only in Latin ("k m s"), as Russian has one-letter words ("и я в окно").
_SPELLED = re.compile(
    r"(?<!\w)(?:[^\W\d_][.\-*]){2,}[^\W\d_](?!\w)|(?<!\w)(?:[a-z] ){2,}[a-z](?!\w)"
)
_SPELLED_GLUE = re.compile(r"[.\-* ]")
# A letter repeated three times or more ("dieeee", "ноооо").
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_WORD = re.compile(r"[^\W\d_]{5,}")
# What a removed false alarm leaves behind: not a space, so no crisis phrase can span it.
_GAP = " | "
_MIN_TYPO_LENGTH = 5


def normalise(text: str) -> str:
    """Lower-case NFKC text with ё → е, plain apostrophes and dashes, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("ё", "е")
    text = _INVISIBLE.sub("", text)
    text = _APOSTROPHES.sub("'", text)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def _locales_for(locale: str) -> tuple[str, ...]:
    """Every locale we have, the person's first: people mix languages whatever their settings."""
    base = (locale or "").lower().replace("_", "-").split("-")[0]
    ordered = dict.fromkeys((base, FALLBACK_LOCALE, *CRISIS_PATTERNS))
    return tuple(code for code in ordered if code in CRISIS_PATTERNS)


def _alternation(fragments: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for many fragments, tried only where a word starts (about 3x faster)."""
    body = "|".join(f"(?:{fragment})" for fragment in fragments)
    if not body:
        return None
    return re.compile(rf"\b(?=\w)(?:{body})", re.UNICODE)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter missing, extra, different, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return short in _deletes(long)


@dataclass(frozen=True)
class _Rules:
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    typo_index: dict[str, tuple[str, ...]]
    typo_known: frozenset[str]
    false_alarms: re.Pattern[str] | None
    crisis: re.Pattern[str] | None


@cache
def _rules(locales: tuple[str, ...]) -> _Rules:
    """Everything for these locales, compiled once."""
    rewrites = tuple(
        (re.compile(pattern), replacement)
        for code in locales
        for pattern, replacement in REWRITES.get(code, ())
    )
    index: dict[str, list[str]] = {}
    known = {w for code in locales for w in (*TYPO_WORDS.get(code, ()), *TYPO_KEEP.get(code, ()))}
    for code in locales:
        for word in TYPO_WORDS.get(code, ()):
            for key in {word} | _deletes(word):
                index.setdefault(key, []).append(word)
    return _Rules(
        rewrites=rewrites,
        typo_index={key: tuple(words) for key, words in index.items()},
        typo_known=frozenset(known),
        false_alarms=_alternation(f for c in locales for f in FALSE_ALARM_PATTERNS.get(c, ())),
        crisis=_alternation(f for c in locales for f in CRISIS_PATTERNS.get(c, ())),
    )


def _inflection(word: str, target: str) -> bool:
    """Same word with another ending ("goodbyes", "таблетка"): not a typo, leave it."""
    return word.startswith(target) or target.startswith(word) or word[:-1] == target[:-1]


def _fix_typo(word: str, rules: _Rules) -> str:
    if len(word) < _MIN_TYPO_LENGTH or word in rules.typo_known:
        return word
    for key in {word} | _deletes(word):
        for target in rules.typo_index.get(key, ()):
            if _one_edit_apart(word, target) and not _inflection(word, target):
                return target
    return word


def _tidy(text: str, rules: _Rules) -> str:
    """Spelled-out letters joined, slang and misspellings rewritten, typos of key words fixed."""
    text = _SPELLED.sub(lambda m: _SPELLED_GLUE.sub("", m.group(0)), text)
    for pattern, replacement in rules.rewrites:
        text = pattern.sub(replacement, text)
    return _WORD.sub(lambda m: _fix_typo(m.group(0), rules), text)


def _variants(text: str, rules: _Rules) -> Iterator[str]:
    """The tidied text, with letters repeated 3+ times squeezed to one and to two."""
    base = normalise(text)
    seen: set[str] = set()
    for squeezed in (_REPEATS.sub(r"\1", base), _REPEATS.sub(r"\1\1", base)):
        tidy = _tidy(squeezed, rules)
        if tidy not in seen:
            seen.add(tidy)
            yield tidy


def _without_false_alarms(text: str, rules: _Rules) -> str:
    return rules.false_alarms.sub(_GAP, text) if rules.false_alarms is not None else text


def has_crisis_words(text: str, locale: str) -> bool:
    """Whether free text contains words of crisis (self-harm, suicide, wanting to die).

    Checks the phrases of every locale, after cutting out look-alike idioms
    ("my phone died", "убить время"). Errs on the side of noticing.
    """
    if not text or not text.strip():
        return False
    rules = _rules(_locales_for(locale))
    if rules.crisis is None:
        return False
    return any(rules.crisis.search(_without_false_alarms(v, rules)) for v in _variants(text, rules))


def explain(text: str, locale: str) -> list[str]:
    """The crisis fragments that match `text` (for reviewing the phrase lists, not for logs)."""
    rules = _rules(_locales_for(locale))
    found: list[str] = []
    for variant in _variants(text, rules):
        cleaned = _without_false_alarms(variant, rules)
        for code in _locales_for(locale):
            for fragment in CRISIS_PATTERNS.get(code, ()):
                if fragment not in found and re.search(rf"\b(?=\w)(?:{fragment})", cleaned):
                    found.append(fragment)
    return found


def tidied(text: str, locale: str) -> list[str]:
    """The text as the rules see it (each variant, false alarms cut out), for reviewing."""
    rules = _rules(_locales_for(locale))
    return [_without_false_alarms(v, rules) for v in _variants(text, rules)]
