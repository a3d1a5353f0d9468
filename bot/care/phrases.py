"""The crisis phrase lists compiled for speed: each fragment is tried only at words that start
with a letter it can start with, and each letter's pattern is compiled when first needed.

Telling which letters a fragment can start with means reading the regex: plain fragments (most
of them) are read here directly, the rest by Python's own regex parser, which offers no public
way to do it (the one private import the architecture test allows, pinned by tests/test_care.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

# The first letter of each word, where every crisis fragment starts.
_WORD_START = re.compile(r"\b\w")
# A character class spanning more letters than this is treated as "could be anything".
_MAX_RANGE = 200


def alternation_source(fragments: Iterable[str]) -> str | None:
    body = alternation_body(fragments)
    return rf"\b(?=\w)(?:{body})" if body else None


def alternation_body(fragments: Iterable[str]) -> str:
    """The fragments as one alternation, each in a group of its own."""
    return "|".join(f"(?:{fragment})" for fragment in fragments)


def branches(pattern: str) -> list[str]:
    """The top-level branches of a regex ("a|b(?:c|d)" is "a" and "b(?:c|d)")."""
    cuts = [index for index, char in _top_level(pattern) if char == "|"]
    return [pattern[start + 1 : stop] for start, stop in pairwise([-1, *cuts, len(pattern)])]


def first_chars(items: _parser.SubPattern | list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a parsed regex can start with, or None if that is not known."""
    found: set[str] = set()
    for op, arg in items:
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue  # \b and look-arounds take no character
        if op is _constants.LITERAL:
            return found | {chr(arg)}
        if op is _constants.IN:
            chars = _charset(arg)
            return None if chars is None else found | chars
        if op is _constants.SUBPATTERN:
            inner = first_chars(arg[3])
            return None if inner is None else found | inner
        if op is _constants.BRANCH:
            for branch in arg[1]:
                inner = first_chars(branch)
                if inner is None:
                    return None
                found |= inner
            return found
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            inner = first_chars(arg[2])
            if inner is None:
                return None
            found |= inner
            if arg[0] >= 1:
                return found
            continue  # optional: what follows may come first
        return None
    return None


def _charset(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is _constants.LITERAL:
            chars.add(chr(arg))
        elif op is _constants.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars


def _top_level(body: str) -> Iterator[tuple[int, str]]:
    """Each character of a regex outside brackets and groups, with its index (escapes
    skipped)."""
    depth, escaped = 0, False
    for index, char in enumerate(body):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth == 0:
                yield index, char
        elif depth == 0:
            yield index, char


def plain_starts(fragment: str) -> frozenset[str] | None:
    """The first letters of a fragment that plainly starts with letters (r"\\bkill(?:s|ed)?",
    r"\\b(?:off|top)\\s+myself"): after an optional \\b, a letter or a group of branches that
    each do, with no quantifier after it and no other branch; None for anything else. Most
    fragments are plain, and the regex parser, which knows the rest, is slow (it was most of
    the start's care work)."""
    body = fragment.removeprefix("\\b")
    top = list(_top_level(body))
    if not body or any(char == "|" for _, char in top):
        return None
    if body.startswith("(?:"):
        close = next((index for index, char in top if char == ")"), None)
        if close is None or body[close + 1 : close + 2] in ("?", "*", "{"):
            return None
        inner = body[3:close]
        cuts = [index for index, char in _top_level(inner) if char == "|"]
        letters: set[str] = set()
        for start, stop in pairwise([-1, *cuts, len(inner)]):
            found = plain_starts(inner[start + 1 : stop])
            if found is None:
                return None
            letters |= found
        return frozenset(letters)
    if not body[0].isalnum() or body[1:2] in ("?", "*", "{"):
        return None
    return frozenset(body[0])


@cache
def _starts_of(fragment: str) -> frozenset[str] | None:
    """The letters a crisis fragment can start with (None: not known)."""
    plain = plain_starts(fragment)
    if plain is not None:
        return plain
    letters = first_chars(_parser.parse(fragment))
    return None if letters is None else frozenset(letters)


# Characters that make a regex more than the literal character they are.
_SPECIAL = frozenset("\\.^$*+?{}[]()|")
# Quantifiers that let what is before them be absent.
_MAY_BE_ABSENT = ("?", "*", "{")


# How many words' first characters `Phrases` remembers the pattern of.
_KNOWN_STARTS = 50_000
_UNKNOWN = re.compile("(?!)")  # not yet looked up (None is a pattern of none)
# How many first characters of a fragment say where it is tried, at most (`plain_heads`):
# by three, a long message's words try 18 crisis fragments each on average; by two, 25.
HEAD = 3


def plain_heads(fragment: str) -> frozenset[str] | None:
    """The first characters (two or three, `HEAD`) a plain fragment can start with ("kill"
    -> "kil"; r"\\b(?:off|top)\\s" -> "off", "top"; r"\\bme\\s" -> "me"), or None where not even
    the second can be read plainly (a class, a group, a quantifier, a word of one letter): such
    a fragment is tried at every word starting with its first letter (`_starts_of`)."""
    body = fragment.removeprefix("\\b")
    if any(char == "|" for _, char in _top_level(body)):
        return None
    if body.startswith("(?:"):
        close = next((index for index, char in _top_level(body) if char == ")"), None)
        if close is None or body[close + 1 : close + 2] in _MAY_BE_ABSENT:
            return None
        heads: set[str] = set()
        for branch in branches(body[3:close]):
            found = plain_heads(branch)
            if found is None:
                return None
            heads |= found
        return frozenset(heads)
    if not body[:1].isalnum():
        return None
    plain = 1
    while plain < HEAD and body[plain : plain + 1] not in ("", *_SPECIAL):
        plain += 1
    # a character that may be absent ("ab?", "abc*") is no part of the head
    while plain >= 2 and body[plain : plain + 1] in _MAY_BE_ABSENT:
        plain -= 1
    return frozenset({body[:plain]}) if plain >= 2 else None


def _heads_of(fragment: str) -> frozenset[str] | None:
    """Where a fragment is tried: its first characters where they are plain (`plain_heads`),
    else its first letters (`_starts_of`); None where not even those are known."""
    return plain_heads(fragment) or _starts_of(fragment)


def _grouped(ordered: tuple[str, ...]) -> tuple[dict[str, list[str]], list[str]]:
    """The fragments tried at a word of each head, in their order: every fragment with a head
    the word's head starts with (a word starting "kil" may hold "kill", "ki" + a class, or
    "k" + a class), and those whose first letter cannot be told (they may start anywhere).
    And the fragments whose first letter cannot be told, for a word of no head."""
    heads = {fragment: _heads_of(fragment) for fragment in ordered}
    keys = set(h for found in heads.values() for h in found or ())
    longer: dict[str, list[str]] = {}
    for key in keys:
        for size in range(1, len(key) + 1):
            if key[:size] in keys:
                longer.setdefault(key[:size], []).append(key)
    grouped: dict[str, list[str]] = {}
    for fragment, found in heads.items():
        for key in dict.fromkeys(k for head in found or () for k in longer[head]):
            grouped.setdefault(key, []).append(fragment)
    unknown = [fragment for fragment, found in heads.items() if found is None]
    if unknown:
        order = {fragment: index for index, fragment in enumerate(ordered)}
        for key, group in grouped.items():
            grouped[key] = sorted([*group, *unknown], key=order.__getitem__)
    return grouped, unknown


@dataclass(frozen=True)
class Phrases:
    """Crisis fragments indexed by the first characters they start with (up to `HEAD`; where
    not even the second can be told, the letter).

    Every fragment starts where a word starts, so instead of trying all of them at every
    word, each word is tried against the few that can start with its first characters, those
    of the longest head it starts with (the cost per message is the main limit on the
    detector; by first letter alone, a long message's search took about a third longer, and
    by two characters its words tried 25 fragments each, by three 18). Each head's pattern is
    compiled the first time a word starts with it: compiling all of them is most of a start's
    care work, and a process that hears a few messages needs a few.
    """

    sources: dict[str, str]  # a head (up to `HEAD` characters) -> the source of its pattern
    anywhere: re.Pattern[str] | None  # fragments whose first letter cannot be told
    fragments: tuple[str, ...]  # all of them, in order
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False)
    # a word's first characters -> the pattern tried there (`_at`)
    _by_start: dict[str, re.Pattern[str] | None] = field(default_factory=dict, compare=False)

    @classmethod
    def build(cls, fragments: Iterable[str]) -> Phrases | None:
        ordered = tuple(dict.fromkeys(fragments))
        grouped, unknown = _grouped(ordered)
        if not grouped and not unknown:
            return None
        return cls(
            sources={
                head: rf"\b(?:{'|'.join(f'(?:{f})' for f in group)})"
                for head, group in grouped.items()
            },
            anywhere=_at_words(unknown),
            fragments=ordered,
        )

    def pattern(self, head: str) -> re.Pattern[str] | None:
        """The compiled pattern of the fragments of this head (None: there are none),
        compiled on first use."""
        found = self._compiled.get(head)
        if found is None:
            source = self.sources.get(head)
            if source is None:
                return None
            found = self._compiled[head] = re.compile(source)
        return found

    def _at(self, text: str, start: int) -> re.Pattern[str] | None:
        """The pattern of what can start at this word: that of the longest head it starts
        with, else the fragments that may start anywhere (each head's pattern holds them too).
        Remembered by the word's first `HEAD` characters, which decide it."""
        first = text[start : start + HEAD]
        found = self._by_start.get(first, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._pattern_at(first)
            if len(self._by_start) < _KNOWN_STARTS:
                self._by_start[first] = found
        return found

    def _pattern_at(self, first: str) -> re.Pattern[str] | None:
        for size in range(HEAD, 0, -1):
            if first[:size] in self.sources:
                return self.pattern(first[:size])
        return self.anywhere

    def compile_all(self) -> None:
        for head in self.sources:
            self.pattern(head)

    def cut(self, text: str, gap: str) -> str:
        """The text with each match replaced by `gap`, as `re.sub` with one alternation of
        the fragments in order would do it (leftmost first; at one place, the first fragment
        listed), trying at each word only the fragments that can start there (`_at`)."""
        parts: list[str] = []
        done = 0
        for start in _WORD_START.finditer(text):
            if start.start() < done:
                continue
            pattern = self._at(text, start.start())
            found = pattern.match(text, start.start()) if pattern is not None else None
            if found is not None and found.end() > found.start():
                parts += (text[done : found.start()], gap)
                done = found.end()
        return "".join(parts) + text[done:] if parts else text

    def search(self, text: str) -> bool:
        for start in _WORD_START.finditer(text):
            pattern = self._at(text, start.start())
            if pattern is not None and pattern.match(text, start.start()):
                return True
        return False


def _at_words(fragments: list[str]) -> re.Pattern[str] | None:
    """The fragments as one pattern matched where a word starts (None: there are none)."""
    return re.compile(rf"\b(?:{alternation_body(fragments)})") if fragments else None
