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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate, chain, repeat
from typing import cast

import numpy as np
import numpy.typing as npt

from bot.care.features import SLOTS, Token, WordKey, token, word_slots
from bot.care.stretches import Range

Ids = npt.NDArray[np.int64]
# The most terms a word-block key covers.
_WIDEST = max(width for _, width in SLOTS)
Scores = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Weights:
    """By feature id, a block's weights (coefficient x scale) and squared scales. Ids start at
    1; id 0 weighs nothing and stands for a key the model does not know."""

    weights: Scores
    scales: Scores

    @classmethod
    def of(cls, weights: list[float], scales: list[float]) -> Weights:
        if len(weights) != len(scales):
            raise ValueError("care model: a block's weights and scales differ in length")
        return cls(np.array([0.0, *weights]), np.array([0.0, *scales]))

    def scores(self, ids: Ids, starts: Ids, ends: Ids, rows: int) -> Scores:
        """Each stretch's part of the log-odds from this block: its known features' weights
        over the length of their TF-IDF vector, each feature once. Stretch r holds the ids at
        positions starts[i]..ends[i] for every i with i % rows == r."""
        positions, owner = _ragged(starts, ends)
        local, inverse = np.unique(ids, return_inverse=True)
        present = np.zeros((rows, len(local)), dtype=bool)
        present[owner % rows, inverse[positions]] = True
        weight = present @ self.weights[local]
        norm = present @ self.scales[local]
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


def _ids(ids: dict[WordKey, int], keys: list[WordKey | None]) -> list[int]:
    """Each key's id, 0 for a key the model does not know (or none)."""
    lookup = cast(Callable[[WordKey | None, int], int], ids.get)
    return list(map(lookup, keys, repeat(0)))


@dataclass(frozen=True)
class WordBlock:
    """The word block, looked up by kind of key (`bot.care.features.SLOTS`) without naming
    its features as strings."""

    ids: tuple[dict[WordKey, int], ...]  # in the order of SLOTS
    weights: Weights
    # the last terms looked up and their ids: a message's clauses hold the terms of its whole
    _last: list[tuple[list[str], list[list[int]]]] = field(default_factory=list, compare=False)

    def _found(self, read: list[Token]) -> list[list[int]]:
        """Each slot's ids over these tokens' terms."""
        terms = [term for item in read for term in item.terms]
        last = self._last[0] if self._last else None  # read once: another thread may write
        if last is not None and last[0] == terms:
            return last[1]
        found = self._lookup(terms)
        self._last[:] = [(terms, found)]
        return found

    def _lookup(self, terms: list[str]) -> list[list[int]]:
        """Each slot's ids over these terms. A message's span holds its whole's terms and then
        its clauses', mostly the same terms again (punctuation is no term): those are looked
        up once, the keys across the seam (which no stretch reaches) weighing nothing."""
        half = len(terms) // 2
        if half >= _WIDEST and 2 * half == len(terms) and terms[:half] == terms[half:]:
            once = self._lookup(terms[:half])
            seams = ([0] * (width - 1) for _, width in SLOTS)
            return [ids + seam + ids for ids, seam in zip(once, seams, strict=True)]
        slots = word_slots(terms)
        return [_ids(ids, keys) for ids, keys in zip(self.ids, slots, strict=True)]

    def scores(self, tokens: list[str], ranges: list[Range]) -> Scores:
        read = [token(text) for text in tokens]
        found = self._found(read)
        bases = np.array([0, *accumulate(map(len, found))][:-1], dtype=np.int64)
        widths = np.array([width for _, width in SLOTS], dtype=np.int64)
        offsets = np.array([0, *accumulate(len(item.terms) for item in read)], dtype=np.int64)
        bounds = np.array(ranges, dtype=np.int64).reshape(-1, 2)
        first, last = offsets[bounds[:, 0]], offsets[bounds[:, 1]]
        # slot-major: entry s * len(ranges) + r is slot s of stretch r
        starts = (bases[:, None] + first[None, :]).ravel()
        ends = bases[:, None] + np.maximum(first[None, :], last[None, :] - widths[:, None] + 1)
        ids = np.fromiter(chain.from_iterable(found), dtype=np.int64)
        return self.weights.scores(ids, starts, ends.ravel(), len(ranges))
