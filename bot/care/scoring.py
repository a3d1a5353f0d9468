"""The care model's blocks, and how every stretch of a span is scored in one pass.

A long message is scored over about thirty stretches (`bot.care.stretches.spans`) that share
most of their tokens. Scoring each on its own was most of the detector's cost on a long
message. Here each token's features are looked up once per span, and each block's sums over
every stretch are taken at once with numpy: a stretch is a range of the span's tokens, so its
features are a range of one array, and counting each feature once per stretch is a boolean
matrix of stretches by the span's features.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate

import numpy as np
import numpy.typing as npt

from bot.care.features import SLOTS, Slot, Token, WordKind, key_sources

Ids = npt.NDArray[np.int64]
# The most terms a word-block key covers.
_WIDEST = max(slot.width for slot in SLOTS)
Scores = npt.NDArray[np.float64]
# A pair of word-block items is coded as first * _PAIR + last: more than any vocabulary's size,
# and the product of two such numbers still fits an int64.
_PAIR = 1 << 31


@dataclass(frozen=True)
class Weights:
    """By feature id, a block's weights (coefficient x scale) and squared scales. Ids start at
    1; id 0 weighs nothing and stands for a key the model does not know."""

    weights: Scores
    scales: Scores
    # the two side by side, one row a feature: a stretch's sums of both are one product
    paired: Scores

    @classmethod
    def of(cls, weights: list[float], scales: list[float]) -> Weights:
        if len(weights) != len(scales):
            raise ValueError("care model: a block's weights and scales differ in length")
        by_id, squared = np.array([0.0, *weights]), np.array([0.0, *scales])
        return cls(by_id, squared, np.column_stack((by_id, squared)))

    def scores(self, ids: Ids, starts: Ids, ends: Ids, rows: int) -> Scores:
        """Each stretch's part of the log-odds from this block: its known features' weights
        over the length of their TF-IDF vector, each feature once. Stretch r holds the ids at
        positions starts[i]..ends[i] for every i with i % rows == r. (Which features each
        stretch holds is a matrix of ones in floating point, not of booleans: numpy multiplies
        booleans by numbers through a copy in floating point, for each product.)"""
        positions, owner = _ragged(starts, ends)
        local, inverse = np.unique(ids, return_inverse=True)
        present = np.zeros((rows, len(local)))
        present[owner % rows, inverse[positions]] = 1.0
        sums = present @ self.paired[local]
        weight, norm = sums[:, 0], sums[:, 1]
        return np.divide(weight, np.sqrt(norm), out=np.zeros_like(weight), where=norm > 0)

    def score(self, ids: Iterable[int]) -> float:
        """One stretch's part of the log-odds, from its known features' ids."""
        found = np.fromiter(set(ids), dtype=np.int64)
        norm = float(self.scales[found].sum())
        return float(self.weights[found].sum()) / math.sqrt(norm) if norm else 0.0


def _ragged(starts: Ids, ends: Ids) -> tuple[Ids, Ids]:
    """Every position of each range [starts[i], ends[i]), and the i it belongs to."""
    lengths = np.maximum(ends - starts, 0)
    owner = np.repeat(np.arange(len(starts)), lengths)
    first = np.cumsum(lengths) - lengths
    return np.arange(int(lengths.sum())) - first[owner] + starts[owner], owner


@dataclass(frozen=True)
class Block:
    """A block whose features are named by one key each (an n-gram, an idea)."""

    ids: dict[str, int]
    weights: Weights

    def known(self, keys: Iterable[str]) -> list[int]:
        return [index for index in map(self.ids.get, keys) if index]


@dataclass(frozen=True)
class KeyTable:
    """One kind of word-block key, each coded as a number (`WordBlock`), sorted, and the
    feature id of each: a span's keys are found with one binary search of numpy."""

    codes: Ids
    ids: Ids

    @classmethod
    def of(cls, keyed: dict[int, int]) -> KeyTable:
        codes = np.fromiter(keyed, dtype=np.int64, count=len(keyed))
        order = np.argsort(codes)
        ids = np.fromiter(keyed.values(), dtype=np.int64, count=len(keyed))
        return cls(codes[order], ids[order])

    def find(self, queries: Ids) -> Ids:
        """Each coded key's feature id, 0 where the model does not know it (or it is -1)."""
        if not len(self.codes):
            return np.zeros(len(queries), dtype=np.int64)
        at = np.minimum(np.searchsorted(self.codes, queries), len(self.codes) - 1)
        return np.where(self.codes[at] == queries, self.ids[at], 0)


@dataclass(frozen=True)
class WordBlock:
    """The word block, looked up by kind of key (`bot.care.features.SLOTS`) without naming
    its features as strings: each term and stem a key is made of has a number, a pair of
    them the number `first * _PAIR + last` (numpy codes every pair of a span at once), and
    each kind's table is keyed by those numbers (looking up pairs of strings, each a tuple
    made and hashed, was about half of a long message's cost in this block)."""

    vocabulary: dict[str, int]  # each term and stem of a key -> its number, from 0
    tables: tuple[KeyTable, ...]  # in the order of SLOTS
    weights: Weights
    # the last terms looked up and their ids: a message's clauses hold the terms of its whole
    _last: list[tuple[list[str], list[Ids]]] = field(default_factory=list, compare=False)

    @classmethod
    def of(cls, keys: Iterable[tuple[WordKind, str]], weights: Weights) -> WordBlock:
        """From the block's features in the model file's order (the first has id 1): each
        one's kind and key ("took", or "took all" for a pair)."""
        vocabulary: dict[str, int] = {}
        coded: dict[WordKind, dict[int, int]] = {kind: {} for kind in WordKind}
        count = 0
        for count, (kind, key) in enumerate(keys, start=1):
            first, _, last = key.partition(" ")
            code = vocabulary.setdefault(first, len(vocabulary))
            if last:
                code = code * _PAIR + vocabulary.setdefault(last, len(vocabulary))
            coded[kind][code] = count
        if sum(map(len, coded.values())) != count:
            raise ValueError("care model: a word-block feature is named twice")
        tables = {kind: KeyTable.of(found) for kind, found in coded.items()}
        return cls(vocabulary, tuple(tables[slot.kind] for slot in SLOTS), weights)

    def _found(self, read: list[Token]) -> list[Ids]:
        """Each slot's ids over these tokens' terms."""
        terms = [term for item in read for term in item.terms]
        last = self._last[0] if self._last else None  # read once: another thread may write
        if last is not None and last[0] == terms:
            return last[1]
        found = self._lookup(terms)
        self._last[:] = [(terms, found)]
        return found

    def _lookup(self, terms: list[str]) -> list[Ids]:
        """Each slot's ids over these terms. A message's span holds its whole's terms and then
        its clauses', mostly the same terms again (punctuation is no term): those are looked
        up once, the keys across the seam (which no stretch reaches) weighing nothing."""
        half = len(terms) // 2
        if half >= _WIDEST and 2 * half == len(terms) and terms[:half] == terms[half:]:
            once = self._lookup(terms[:half])
            seams = (np.zeros(slot.width - 1, dtype=np.int64) for slot in SLOTS)
            return [np.concatenate((ids, seam, ids)) for ids, seam in zip(once, seams, strict=True)]
        get = self.vocabulary.get
        numbers = {
            source: np.array([get(item, -1) if item else -1 for item in items], dtype=np.int64)
            for source, items in key_sources(terms).items()
        }
        return [
            table.find(self._coded(slot, numbers[slot.source]))
            for slot, table in zip(SLOTS, self.tables, strict=True)
        ]

    def _coded(self, slot: Slot, numbers: Ids) -> Ids:
        """The slot's key starting at each item, coded (-1 where an item is unknown)."""
        if slot.width == 1:
            return numbers
        first, last = numbers[: len(numbers) - slot.width + 1], numbers[slot.width - 1 :]
        known = (first >= 0) & (last >= 0)
        return np.where(known, first * _PAIR + last, -1)

    def scores(self, read: list[Token], bounds: Ids) -> Scores:
        """Each stretch's part of the log-odds, over the tokens read and each stretch's
        [start, end) of them (one row a stretch)."""
        found = self._found(read)
        bases = np.array([0, *accumulate(map(len, found))][:-1], dtype=np.int64)
        widths = np.array([slot.width for slot in SLOTS], dtype=np.int64)
        offsets = np.array([0, *accumulate(len(item.terms) for item in read)], dtype=np.int64)
        first, last = offsets[bounds[:, 0]], offsets[bounds[:, 1]]
        # slot-major: entry s * len(bounds) + r is slot s of stretch r
        starts = (bases[:, None] + first[None, :]).ravel()
        ends = bases[:, None] + np.maximum(first[None, :], last[None, :] - widths[:, None] + 1)
        ids = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
        return self.weights.scores(ids, starts, ends.ravel(), len(bounds))
