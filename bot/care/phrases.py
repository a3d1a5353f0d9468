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


def alternation(fragments: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for many fragments, tried only where a word starts (about 3x faster)."""
    source = alternation_source(fragments)
    return None if source is None else re.compile(source, re.UNICODE)


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


@dataclass(frozen=True)
class Phrases:
    """Crisis fragments indexed by the letter they start with.

    Every fragment starts where a word starts, so instead of trying all of them at every
    word, each word is tried against the few that can start with its first letter (about
    ten times faster; the cost per message is the main limit on the detector). Each letter's
    pattern is compiled the first time a word starts with it: compiling all of them is most
    of a start's care work (about 0.7 s of CPU), and a process that hears a few messages
    needs a few letters.
    """

    sources: dict[str, str]  # letter -> the source of its pattern
    anywhere: re.Pattern[str] | None  # fragments whose first letter cannot be told
    fragments: tuple[str, ...]  # all of them, in order
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False)

    @classmethod
    def build(cls, fragments: Iterable[str]) -> Phrases | None:
        grouped: dict[str, list[str]] = {}
        unknown: list[str] = []
        ordered = tuple(dict.fromkeys(fragments))
        for fragment in ordered:
            letters = _starts_of(fragment)
            if letters is None:
                unknown.append(fragment)
            for letter in letters or ():
                grouped.setdefault(letter, []).append(fragment)
        if not grouped and not unknown:
            return None
        return cls(
            sources={
                letter: rf"\b(?:{'|'.join(f'(?:{f})' for f in group)})"
                for letter, group in grouped.items()
            },
            anywhere=alternation(unknown),
            fragments=ordered,
        )

    def pattern(self, letter: str) -> re.Pattern[str] | None:
        """The compiled pattern of the fragments starting with this letter (None: there are
        none), compiled on first use."""
        found = self._compiled.get(letter)
        if found is None:
            source = self.sources.get(letter)
            if source is None:
                return None
            found = self._compiled[letter] = re.compile(source)
        return found

    def compile_all(self) -> None:
        for letter in self.sources:
            self.pattern(letter)

    def cut(self, text: str, gap: str) -> str:
        """The text with each match replaced by `gap`, as `re.sub` with one alternation of
        the fragments in order would do it (leftmost first; at one place, the first fragment
        listed), trying at each word only the fragments that can start with its letter."""
        if self.anywhere is not None:
            return self._whole().sub(gap, text)
        parts: list[str] = []
        done = 0
        for start in _WORD_START.finditer(text):
            if start.start() < done:
                continue
            pattern = self.pattern(start.group(0))
            found = pattern.match(text, start.start()) if pattern is not None else None
            if found is not None and found.end() > found.start():
                parts += (text[done : found.start()], gap)
                done = found.end()
        return "".join(parts) + text[done:] if parts else text

    def _whole(self) -> re.Pattern[str]:
        """All the fragments as one alternation (kept under "", which is no letter)."""
        whole = self._compiled.get("")
        if whole is None:
            whole = self._compiled[""] = re.compile(alternation_source(self.fragments) or "(?!)")
        return whole

    def search(self, text: str) -> bool:
        for start in _WORD_START.finditer(text):
            pattern = self.pattern(start.group(0))
            if pattern is not None and pattern.match(text, start.start()):
                return True
        return self.anywhere is not None and self.anywhere.search(text) is not None
