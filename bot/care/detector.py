"""Noticing when someone may be in danger: words of crisis in free text, and runs of low mood.

Two layers. The first is the phrase lists in `content.crisis`, where people who are not
programmers can review them; this module only tidies the text and applies them, every step a
plain rule, so `explain` can say which phrase matched. The second (`bot.care.model`) is a small
linear model trained on a labelled corpus; it reads the same tidied text, with the lists'
look-alike idioms already cut out, and reaches wordings no list has ("i took everything in the
medicine cabinet", "хочу уйти насовсем"). Either layer noticing is enough.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from bot.care.model import load_model, probability
from bot.care.phrases import Phrases, alternation_body, branches
from bot.care.stretches import IDIOM_GAP, LINE_BREAK
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
# ...and what the model reads there instead: a word of its own, which it learns to weigh.
_MODEL_GAP = f" {IDIOM_GAP} "
_MIN_TYPO_LENGTH = 5
# How many words' typo fixes each language's rules remember.
_KNOWN_FIXES = 50_000


def normalise(text: str) -> str:
    """Lower-case NFKC text with ё → е, plain apostrophes and dashes, single spaces (or a
    line break where the white space held one)."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("ё", "е")
    text = _INVISIBLE.sub("", text)
    text = _APOSTROPHES.sub("'", text)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(_one_space, text).strip()


def _one_space(found: re.Match[str]) -> str:
    return LINE_BREAK if LINE_BREAK in found.group(0) else " "


def _locales_for(locale: str) -> tuple[str, ...]:
    """Every locale we have, the person's first: people mix languages whatever their settings."""
    base = (locale or "").lower().replace("_", "-").split("-")[0]
    ordered = dict.fromkeys((base, FALLBACK_LOCALE, *CRISIS_PATTERNS))
    return tuple(code for code in ordered if code in CRISIS_PATTERNS)


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
class RewriteChunk:
    """A few rewrites in order, behind searches that say whether any of them can apply (most
    messages need few rewrites, and one search is cheaper than ten)."""

    guards: tuple[re.Pattern[str], ...]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]

    @classmethod
    def of(cls, part: list[tuple[str, str]]) -> RewriteChunk:
        """One chunk of rewrites. Python's regex engine tries every branch of an alternation at
        every position unless the branch starts with a character it can rule out: with the word
        boundary most rewrites start with put in front of the alternation, the search is about
        ten times faster (half a millisecond less on a long message)."""
        at_words: list[str] = []
        elsewhere: list[str] = []
        for pattern, _ in part:
            for branch in map(_loosened, branches(pattern)):
                if branch.startswith(_WORD_BOUNDARY):
                    at_words.append(branch.removeprefix(_WORD_BOUNDARY))
                else:
                    elsewhere.append(branch)
        sources = (
            rf"\b(?:{alternation_body(at_words)})" if at_words else None,
            alternation_body(elsewhere) if elsewhere else None,
        )
        return cls(
            guards=tuple(re.compile(source) for source in sources if source is not None),
            rewrites=tuple((re.compile(p), r) for p, r in part),
        )

    def may_apply(self, text: str) -> bool:
        return any(guard.search(text) for guard in self.guards)


_REWRITE_CHUNK = 12
_WORD_BOUNDARY = "\\b"
# What a guard may leave off the front of a rewrite: a look-behind, and spaces it would take.
_LOOK_BEHIND = re.compile(r"\(\?<[=!](?:[^()\\]|\\.|\([^()]*\))*\)")
_LEADING_SPACES = "\\s*"


def _loosened(branch: str) -> str:
    """A branch of a rewrite's pattern without what its guard need not check: a leading
    look-behind ("(?<=[a-z])") or leading spaces. It matches wherever the branch does, and
    more."""
    look_behind = _LOOK_BEHIND.match(branch)
    if look_behind:
        branch = branch[look_behind.end() :]
    return branch.removeprefix(_LEADING_SPACES)


def _chunks(rewrites: list[tuple[str, str]]) -> tuple[RewriteChunk, ...]:
    return tuple(
        RewriteChunk.of(rewrites[i : i + _REWRITE_CHUNK])
        for i in range(0, len(rewrites), _REWRITE_CHUNK)
    )


@dataclass(frozen=True)
class _Rules:
    rewrites: tuple[RewriteChunk, ...]
    typo_index: dict[str, tuple[str, ...]]
    typo_known: frozenset[str]
    false_alarms: Phrases | None  # the look-alike idioms, cut out before the lists look
    crisis: Phrases | None
    # word -> its fix (or itself): words repeat, and a fix tries every deletion of the word
    fixes: dict[str, str] = field(default_factory=dict, compare=False)


@cache
def _rules(locales: tuple[str, ...]) -> _Rules:
    """Everything for these locales, compiled once."""
    rewrites = _chunks([rewrite for code in locales for rewrite in REWRITES.get(code, ())])
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
        false_alarms=Phrases.build(f for c in locales for f in FALSE_ALARM_PATTERNS.get(c, ())),
        crisis=_phrases(frozenset(locales)),
    )


@cache
def _phrases(locales: frozenset[str]) -> Phrases | None:
    """The crisis fragments of these locales, compiled once for every order of them (the
    largest part of the rules): whether any fragment matches does not depend on the order."""
    return Phrases.build(f for c in CRISIS_PATTERNS if c in locales for f in CRISIS_PATTERNS[c])


def _inflection(word: str, target: str) -> bool:
    """Same word with another ending ("goodbyes", "таблетка"): not a typo, leave it."""
    return word.startswith(target) or target.startswith(word) or word[:-1] == target[:-1]


def _fix_typo(word: str, rules: _Rules) -> str:
    if len(word) < _MIN_TYPO_LENGTH or word in rules.typo_known:
        return word
    fixed = rules.fixes.get(word)
    if fixed is None:
        fixed = _fixed(word, rules)
        if len(rules.fixes) < _KNOWN_FIXES:
            rules.fixes[word] = fixed
    return fixed


def _fixed(word: str, rules: _Rules) -> str:
    # In a fixed order: a set's order changes from process to process, and with two
    # candidates the fix (and so the detector's answer) would too.
    for key in sorted({word} | _deletes(word)):
        for target in rules.typo_index.get(key, ()):
            if _one_edit_apart(word, target) and not _inflection(word, target):
                return target
    return word


def _tidy(text: str, rules: _Rules) -> str:
    """Spelled-out letters joined, slang and misspellings rewritten, typos of key words fixed."""
    text = _SPELLED.sub(lambda m: _SPELLED_GLUE.sub("", m.group(0)), text)
    for chunk in rules.rewrites:
        if chunk.may_apply(text):
            for pattern, replacement in chunk.rewrites:
                text = pattern.sub(replacement, text)
    return _WORD.sub(lambda m: _fix_typo(m.group(0), rules), text)


def _variants(text: str, rules: _Rules) -> Iterator[str]:
    """The tidied text, with letters repeated 3+ times squeezed to one and to two."""
    base = normalise(text)
    seen: set[str] = set()
    # Most texts repeat no letter 3 times: both squeezes are the text itself, tidied once.
    for squeezed in dict.fromkeys((_REPEATS.sub(r"\1", base), _REPEATS.sub(r"\1\1", base))):
        tidy = _tidy(squeezed, rules)
        if tidy not in seen:
            seen.add(tidy)
            yield tidy


def _without_false_alarms(text: str, rules: _Rules) -> str:
    """The text with each look-alike idiom the lists know replaced by `_GAP`: each language's
    look-alikes in its own order (the person's first), whose patterns are compiled letter by
    letter when first needed, as a process may only ever hear one language."""
    return text if rules.false_alarms is None else rules.false_alarms.cut(text, _GAP)


def _cleaned(text: str, locale: str) -> tuple[_Rules, list[str]]:
    """The rules for this locale and each tidied variant of the text, false alarms cut out."""
    rules = _rules(_locales_for(locale))
    return rules, [_without_false_alarms(v, rules) for v in _variants(text, rules)]


def warm(*, fully: bool = False) -> None:
    """Build every language's rules and load the model now, rather than on the event loop in
    the first message someone writes. The large patterns (the crisis phrases of each first
    letter, about 10 ms each, and each language's look-alikes) are compiled when first needed:
    compiling them all was most of the start's care work (0.7 s of CPU), which every start paid.
    `fully` compiles them too (benchmarks measuring the steady cost per message)."""
    for locale in CRISIS_PATTERNS:
        rules = _rules(_locales_for(locale))
        for phrases in (rules.crisis, rules.false_alarms):
            if fully and phrases is not None:
                phrases.compile_all()
    load_model()


def has_listed_words(text: str, locale: str) -> bool:
    """Whether the phrase lists (layer 1) find words of crisis in the text."""
    if not text or not text.strip():
        return False
    rules, variants = _cleaned(text, locale)
    return rules.crisis is not None and any(rules.crisis.search(v) for v in variants)


def model_text(text: str, locale: str) -> str:
    """What the model (layer 2) reads: the tidied text, each look-alike idiom the lists know
    replaced by one marker word (so "me voy a matar estudiando" is not read as "me voy a")."""
    return _for_model(_cleaned(text, locale)[1][0])


def _for_model(cleaned: str) -> str:
    return cleaned.replace(_GAP, _MODEL_GAP)


def model_says_crisis(text: str, locale: str) -> bool:
    """Whether the trained model (layer 2) scores the text as a crisis."""
    if not text or not text.strip():
        return False
    return load_model().is_crisis(model_text(text, locale), locale)


def has_crisis_words(text: str, locale: str) -> bool:
    """Whether free text contains words of crisis (self-harm, suicide, wanting to die).

    The phrase lists first, checked in every locale after cutting out look-alike idioms
    ("my phone died", "убить время"); then the model, for wordings no list has, on the same
    tidied text. Errs on the side of noticing.
    """
    if not text or not text.strip():
        return False
    rules, variants = _cleaned(text, locale)
    if rules.crisis is not None and any(rules.crisis.search(v) for v in variants):
        return True
    return load_model().is_crisis(_for_model(variants[0]), locale)


def explain(text: str, locale: str) -> list[str]:
    """Why `text` starts care (for reviewing, not for logs): the matching list fragments, and
    "model p=0.93: <words>" when the model's score passes its cut-off."""
    if not text or not text.strip():
        return []
    _, variants = _cleaned(text, locale)
    found: list[str] = []
    for cleaned in variants:
        for code in _locales_for(locale):
            for fragment in CRISIS_PATTERNS.get(code, ()):
                if fragment not in found and re.search(rf"\b(?=\w)(?:{fragment})", cleaned):
                    found.append(fragment)
    model = load_model()
    fired = model.firing(_for_model(variants[0]), locale)
    if fired is not None:
        found.append(f"model p={probability(fired[0]):.2f}: {fired[1]}")
    return found


def tidied(text: str, locale: str) -> list[str]:
    """The text as the rules see it (each variant, false alarms cut out), for reviewing."""
    rules = _rules(_locales_for(locale))
    return [_without_false_alarms(v, rules) for v in _variants(text, rules)]
