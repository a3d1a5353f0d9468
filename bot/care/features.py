"""What the care model reads of a stretch of text: the one definition training and the bot share.

Three blocks of binary features (`BLOCKS`): the character n-grams of each token, the words and
word pairs (`WordKind`), and the ideas of `content.crisis_concepts` and their pairs. Training
names each feature with a string (`features`); the bot looks the same keys up in the model's
tables without building those strings (`word_keys`, `bot.care.model`), which is most of what
scoring a long message used to cost. Both read the keys from here, so they cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache, lru_cache
from itertools import pairwise

from bot.care.stretches import words
from content.crisis_concepts import CONCEPTS

CHAR_NGRAMS = (2, 3, 4, 5)
# Terms of the word block: words of two letters or more (and pairs of neighbouring ones).
_TERMS = re.compile(r"\b\w\w+\b")
# How many letters of a word its stem keeps.
STEM = 5
# The model's feature blocks, each weighted and normalised on its own: character n-grams of
# each token, words and word pairs, the ideas and their pairs ("c:").
BLOCKS = ("chars", "words", "ideas")
# Tokens whose terms and words are remembered (tokens repeat: most work saved).
_KNOWN_TOKENS = 50_000


class WordKind(StrEnum):
    """The kinds of feature of the word block, named by their prefix in the model file."""

    WORD = "w"  # a term
    PAIR = "b"  # two neighbouring terms
    SKIP = "s"  # two terms one or two apart
    STEM = "p"  # the stem of a longer term
    STEM_PAIR = "q"  # the stems of two neighbouring terms


WordKey = str | tuple[str, str]


@dataclass(frozen=True)
class _Lexicon:
    exact: dict[str, frozenset[str]]
    pairs: dict[tuple[str, str], frozenset[str]]
    prefixes: dict[str, frozenset[str]]
    longest_prefix: int


@cache
def _lexicon() -> _Lexicon:
    exact: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    for concept, entries in CONCEPTS.items():
        for entry in entries:
            if entry.endswith("*"):
                prefixes.setdefault(entry[:-1], set()).add(concept)
            else:
                exact.setdefault(entry, set()).add(concept)
    pairs = {}
    for entry, ideas in exact.items():
        first, _, second = entry.partition(" ")
        if second and " " not in second:
            pairs[(first, second)] = frozenset(ideas)
    return _Lexicon(
        exact={k: frozenset(v) for k, v in exact.items()},
        pairs=pairs,
        prefixes={k: frozenset(v) for k, v in prefixes.items()},
        longest_prefix=max(map(len, prefixes), default=0),
    )


def lexicon_digest() -> str:
    """A fingerprint of `CONCEPTS`: the shipped model is only valid for the table it saw."""
    text = json.dumps(CONCEPTS, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=65536)
def _concepts_of(word: str) -> frozenset[str]:
    """The ideas one word carries."""
    lexicon = _lexicon()
    found = set(lexicon.exact.get(word, ()))
    for end in range(1, min(len(word), lexicon.longest_prefix) + 1):
        found.update(lexicon.prefixes.get(word[:end], ()))
    return frozenset(found)


def concepts(found_words: list[str]) -> frozenset[str]:
    """The ideas present in a stretch of words (see `content.crisis_concepts`)."""
    each, pairs = word_concepts(found_words)
    return frozenset().union(*each, *pairs)


_NONE: frozenset[str] = frozenset()


def word_concepts(found_words: list[str]) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """The ideas of each word, and of each pair of neighbouring words ("for good")."""
    pairs = _lexicon().pairs
    return (
        list(map(_concepts_of, found_words)),
        [pairs.get(pair, _NONE) for pair in pairwise(found_words)],
    )


def token_features(token: str) -> frozenset[str]:
    """The character n-grams of one whitespace-separated token, padded with a space each side
    (so the start and end of a word are features of their own), punctuation and emojis kept."""
    padded = f" {token} "
    return frozenset(
        padded[start : start + n]
        for n in CHAR_NGRAMS
        for start in range(max(1, len(padded) - n + 1))
    )


@dataclass(frozen=True)
class Token:
    """What the word and idea blocks read of one whitespace-separated token; a stretch's is
    its tokens' in order (terms and words never cross a space)."""

    terms: tuple[str, ...]  # words of two letters or more (`_TERMS`)
    words: tuple[str, ...]  # `bot.care.stretches.words`, what the ideas are read from


@lru_cache(maxsize=_KNOWN_TOKENS)
def token(text: str) -> Token:
    terms = tuple(_TERMS.findall(text))
    return Token(terms=terms, words=tuple(words(text)))


def stretch_words(tokens: Iterable[str]) -> list[str]:
    return [word for text in tokens for word in token(text).words]


class KeySource(Enum):
    """What a word-block key is made of."""

    TERM = "term"
    STEM = "stem"  # a term's first STEM letters
    LONG_STEM = "long stem"  # the stem of a term longer than STEM letters (none for others)


@dataclass(frozen=True)
class Slot:
    """One kind of word-block key: `width` neighbouring items of a source, of which the first
    and the last make the key (one item when the width is 1)."""

    kind: WordKind
    width: int
    source: KeySource


# The word block's keys, each starting at a term (`word_slots`).
SLOTS: tuple[Slot, ...] = (
    Slot(WordKind.WORD, 1, KeySource.TERM),
    Slot(WordKind.PAIR, 2, KeySource.TERM),
    Slot(WordKind.SKIP, 3, KeySource.TERM),  # one term between
    Slot(WordKind.SKIP, 4, KeySource.TERM),  # two terms between
    Slot(WordKind.STEM, 1, KeySource.LONG_STEM),
    Slot(WordKind.STEM_PAIR, 2, KeySource.STEM),
)


def key_sources(terms: list[str]) -> dict[KeySource, list[str | None]]:
    """Each source's items over these terms, one per term."""
    stems = [term[:STEM] for term in terms]
    return {
        KeySource.TERM: list(terms),
        KeySource.STEM: list(stems),
        KeySource.LONG_STEM: [
            stem if len(term) > STEM else None for stem, term in zip(stems, terms, strict=True)
        ],
    }


def slot_keys(slot: Slot, items: list[str | None]) -> list[WordKey | None]:
    """The slot's key starting at each item where a whole key fits (None: an item is none)."""
    if slot.width == 1:
        return list(items)
    return [
        None if first is None or last is None else (first, last)
        for first, last in zip(items, items[slot.width - 1 :], strict=False)
    ]


def word_slots(terms: list[str]) -> list[list[WordKey | None]]:
    """For each of `SLOTS`, the key starting at each term (None: a short term has no stem
    key): each term, each pair of neighbouring ones, each pair one or two apart ("want to
    just disappear"), and the stems of longer terms (their first STEM letters) alone and in
    neighbouring pairs, so another ending of a Russian or Spanish word ("выпила", "выпили";
    "tomé", "tomamos") counts as the same word. Writer-held-out cross-validation: the skipped
    pairs and stems each add about one point of recall at the same false alarms."""
    sources = key_sources(terms)
    return [slot_keys(slot, sources[slot.source]) for slot in SLOTS]


def word_feature(kind: WordKind, key: WordKey) -> str:
    """A word-block key as the model file names it ("w:took", "b:took all")."""
    return f"{kind}:{key if isinstance(key, str) else ' '.join(key)}"


def word_terms(text: str) -> set[str]:
    """The word block's features of a stretch, named (see `word_slots`)."""
    read = [token(item) for item in text.split()]
    slots = word_slots([t for r in read for t in r.terms])
    return {
        word_feature(slot.kind, key)
        for slot, keys in zip(SLOTS, slots, strict=True)
        for key in keys
        if key is not None
    }


def concept_terms(found_words: list[str]) -> set[str]:
    """The ideas present in a stretch of words, and every pair of them."""
    return set(idea_features(concepts(found_words)))


@lru_cache(maxsize=4096)
def idea_features(ideas: frozenset[str]) -> frozenset[str]:
    """Each idea ("c:TAKE") and each pair of them in alphabetical order ("c:ALL+TAKE")."""
    ordered = sorted(ideas)
    found = {f"c:{idea}" for idea in ordered}
    found.update(
        f"c:{first}+{second}" for i, first in enumerate(ordered) for second in ordered[i + 1 :]
    )
    return frozenset(found)


def char_terms(stretch: str) -> set[str]:
    found: set[str] = set()
    for token in stretch.split():
        found |= token_features(token)
    return found


def features(stretch: str) -> tuple[set[str], set[str], set[str]]:
    """The binary features of one stretch of text, block by block (see `BLOCKS`), named as
    the model file names them: what training reads."""
    tokens = stretch.split()
    return char_terms(stretch), word_terms(stretch), concept_terms(stretch_words(tokens))
