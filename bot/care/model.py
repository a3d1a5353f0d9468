"""The care detector's second layer: a small linear model for wordings no phrase list has.

The phrase lists in `content.crisis` are precise but only know what someone wrote into them.
This layer scores the text with a logistic-regression model over character n-grams, words,
word pairs and stems, and the ideas of `content.crisis_concepts`, trained offline by
`scripts/train_care_model.py` on the labelled corpus in `training/care_corpus/` (plus the
development half A of `tests/care_eval/`). The trained weights ship as
`bot/care/models/care_model.json` (per block: the features one a line and two lists of numbers;
and the words that tell a Russian speaker's English from their Russian in Latin letters,
`bot.care.stretches.Vocabulary`; read once, in about two seconds of CPU at the start);
scoring is a sum of weights (numpy sums every stretch of a message at once,
`bot.care.scoring`), so nothing is downloaded and no machine-learning library is loaded at
run time.

A message is scored as a whole and clause by clause (a long one in overlapping windows of
words, `bot.care.stretches`), and the highest score of a stretch that can fire counts (its
gate, `Gate`): one line of crisis beside calm ones must not be diluted by the rest, nor hidden
by a clause that scores higher and cannot fire alone. The best of many is high by chance, so
it is taken down by the model file's length penalty (`LengthPenalty`: 0.5 times the log of how
many there were in the shipped one, whose steeper part for long messages is off; see
scripts/train_care_model.py).
What the model reads of a stretch is defined once, in `bot.care.features`, for training and
the bot alike: they cannot drift apart.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.care.features import (
    BLOCKS,
    Token,
    WordKind,
    concepts,
    idea_features,
    lexicon_digest,
    token,
    token_features,
    word_concepts,
)
from bot.care.scoring import Block, Ids, Scores, Weights, WordBlock
from bot.care.stretches import SHORT_UNDER, Span, Vocabulary, readings, spans, words
from content.crisis_concepts import CONCEPTS

MODEL_PATH = Path(__file__).resolve().parent / "models" / "care_model.json"
FORMAT_VERSION = 4
# How many distinct tokens the model remembers the known n-grams of.
_KNOWN_TOKENS = 50_000


# The model adds a crisis only where its words carry an idea of danger (a means, an act on the
# body, an ending, a farewell, being unsafe, a burden, tonight...) or where it is far enough past
# its cut-off. Alone it fired on kind words that share a cry's shape ("He never judges me.",
# "Gracias a ti. Aquí estoy."), answers every week holds. How far past is chosen per language
# with the cut-off, on writer-held-out cross-validation (`CareModel.sure`): a fixed 3 missed
# new writers' "broke open the old scars on purpose", "gonna alt f4 my life" at 4 and more.
# A time alone ("tonight", "esta noche a las once") is no danger: people type times to the bot
# (when to check in), and it opened care on "a las once y media de la noche".
# Someone else hurting the person (ATTACK) and a body in danger now (EMERGENCY) open it too:
# before they did, writer-held-out cross-validation found about half of the Russian and Spanish
# misses past the cut-off but held by the gate ("убьёт меня", "me están golpeando", "no respira").
DANGER = frozenset(
    {"DIE", "END", "LEAVE", "LAST", "MEDS", "POISON", "SAVE", "LOOKUP", "HEIGHT", "MEANS", "HARM",
     "BODY", "BURDEN", "SAFE", "TAKE", "ATTACK", "EMERGENCY"}
)  # fmt: skip


class Gate(StrEnum):
    """What a stretch past the cut-off still needs to make a crisis (`CareModel.fires`)."""

    OPEN = "open"  # it carries an idea of danger: nothing more
    WAIVABLE = "waivable"  # no idea of danger: a margin of `CareModel.sure` past the cut-off
    SHUT = "shut"  # no idea of danger, and short (`SHORT_UNDER` words) or little words: never


# Closed-class words (pronouns, articles, conjunctions, a few adverbs of sequence) that say
# nothing on their own in English, Spanish and Russian.
_LITTLE = frozenset(
    {"and", "then", "so", "but", "or", "i", "me", "my", "you", "he", "she", "we", "they", "it",
     "the", "a", "an", "to", "of", "in", "on", "at", "after", "that", "this", "just", "like",
     "y", "e", "o", "pero", "luego", "entonces", "después", "despues", "yo", "tú", "tu", "él",
     "el", "ella", "la", "lo", "los", "las", "un", "una", "de", "en", "que", "mi",
     "и", "а", "но", "или", "потом", "тогда", "я", "ты", "он", "она", "мы", "они", "это", "вот",
     "в", "на", "с", "что", "же", "ну", "так"}
)  # fmt: skip


def gate(found_words: list[str]) -> Gate:
    """The gate of a stretch of words (`Gate`), for the bot and training alike. Two words
    ("seguir viviendo", the second half of a split cry typed alone minutes later) tell the
    model too little for its margin alone to be trusted: they need an idea of danger. Little
    words alone ("and then i", "а потом я") never make a crisis: a cry's lines start with them
    too."""
    if all(word in _LITTLE for word in found_words):
        return Gate.SHUT
    if concepts(found_words) & DANGER:
        return Gate.OPEN
    return Gate.SHUT if len(found_words) < SHORT_UNDER else Gate.WAIVABLE


@dataclass(frozen=True)
class LengthPenalty:
    """What a message's best log-odds loses for how many stretches were scored (`draws`): the
    best of many everyday stretches is high by chance alone. `per_log` times the log of the
    count; between `steeper_from` and `steeper_until` stretches, `steeper` more per unit of the
    log. Cross-validation found the false alarms of long everyday vents (dozens of windows,
    each a chance) far above short messages' at the same cut-off: the steeper part takes them
    down, and its end keeps a cry at the end of a 4,096-character message within reach."""

    per_log: float = 0.0
    steeper: float = 0.0
    steeper_from: int = 1
    steeper_until: int = 1

    def of(self, count: Any) -> Any:
        """The penalty for `count` stretches (a number or a numpy array of them)."""
        log = np.log(np.maximum(count, 1))
        low = math.log(self.steeper_from)
        high = math.log(max(self.steeper_from, self.steeper_until))
        return self.per_log * log + self.steeper * (np.clip(log, low, high) - low)

    def to_json(self) -> dict[str, float]:
        return {
            "steeper": self.steeper, "from": self.steeper_from, "until": self.steeper_until
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LengthPenalty:
        """From a model file (one without the steeper part is read as having none)."""
        steeper = data.get("length_penalty_steeper", {})
        return cls(
            per_log=float(data.get("length_penalty", 0.0)),
            steeper=float(steeper.get("steeper", 0.0)),
            steeper_from=int(steeper.get("from", 1)),
            steeper_until=int(steeper.get("until", 1)),
        )


class IdeaBits:
    """Sets of ideas as the bits of a number, one bit an idea of `content.crisis_concepts`: a
    stretch's ideas are the OR of its words', which numpy takes over every stretch at once."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(sorted(names))
        if len(self.names) > _MOST_IDEAS:
            raise ValueError("care model: more ideas than the bits of a number")
        self._bit = {name: 1 << index for index, name in enumerate(self.names)}
        self._known: dict[frozenset[str], int] = {}

    def bits(self, ideas: frozenset[str]) -> int:
        found = self._known.get(ideas)
        if found is None:
            found = self._known[ideas] = sum(self._bit[name] for name in ideas)
        return found

    def of(self, sets: list[frozenset[str]]) -> npt.NDArray[np.uint64]:
        known = self._known
        found = [known.get(ideas, -1) for ideas in sets]
        if -1 in found:
            found = [self.bits(ideas) for ideas in sets]
        return np.array(found, dtype=np.uint64)

    def ideas(self, bits: int) -> frozenset[str]:
        return frozenset(name for name, bit in self._bit.items() if bits & bit)


_MOST_IDEAS = 64
_IDEA_BITS = IdeaBits(CONCEPTS)


def _or_of_ranges(bits: npt.NDArray[np.uint64], first: Ids, last: Ids) -> npt.NDArray[np.uint64]:
    """The OR of bits[first[i]:last[i]] for each i (0 for an empty range)."""
    found = np.zeros(len(first), dtype=np.uint64)
    filled = last > first
    if filled.any():
        # reduceat ORs from each index to the next: with each range's end after its start,
        # every other result is a range's (an end may be the last index: one zero more).
        edges = np.column_stack((first[filled], last[filled])).ravel()
        found[filled] = np.bitwise_or.reduceat(np.append(bits, np.uint64(0)), edges)[::2]
    return found


@dataclass(frozen=True)
class CareModel:
    """A trained linear model over binary features in three blocks (character n-grams, words
    and word pairs, ideas: `bot.care.features`), each block's TF-IDF vector of unit length on
    its own: the log-odds of a stretch is the bias plus each block's `Block.score`.

    Scoring a stretch builds no feature names: a token's known n-grams are remembered, the
    word block is looked up by key, and the ideas' score is remembered by the set of ideas.
    """

    chars: Block
    words: WordBlock
    ideas: Block
    bias: float
    thresholds: dict[str, float]
    sure: dict[str, float]  # log-odds past the cut-off at which the gate is waived
    length_penalty: LengthPenalty = field(default_factory=LengthPenalty)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)  # which Latin text is English
    fallback_locale: str = "en"
    # token -> the ids of its known n-grams; ideas (`IdeaBits`) -> their block's score
    _token_chars: dict[str, Ids] = field(default_factory=dict, repr=False, compare=False)
    _idea_scores: dict[int, float] = field(default_factory=dict, repr=False, compare=False)

    def _chars_of(self, token: str) -> Ids:
        known = self._token_chars.get(token)
        if known is None:
            known = np.array(sorted(set(self.chars.known(token_features(token)))), dtype=np.int64)
            if len(self._token_chars) < _KNOWN_TOKENS:
                self._token_chars[token] = known
        return known

    def _ideas_score(self, bits: int) -> float:
        score = self._idea_scores.get(bits)
        if score is None:
            known = self.ideas.known(idea_features(_IDEA_BITS.ideas(bits)))
            score = self._idea_scores[bits] = self.ideas.weights.score(known)
        return score

    def margins(self, span: Span) -> Scores:
        """The model's log-odds that each stretch of the span is a crisis, each block's
        features counted once however often they occur (an n-gram in two words counts once)."""
        arrays = [self._chars_of(text) for text in span.tokens]
        offsets = np.array([0, *accumulate(map(len, arrays))], dtype=np.int64)
        bounds = np.array(span.ranges, dtype=np.int64).reshape(-1, 2)
        flat = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
        starts, ends = offsets[bounds[:, 0]], offsets[bounds[:, 1]]
        chars = self.chars.weights.scores(flat, starts, ends, len(span.ranges))
        read = [token(text) for text in span.tokens]
        known_words = self.words.scores(read, bounds)
        return self.bias + chars + known_words + self._ideas_scores(read, bounds)

    def _ideas_scores(self, read: list[Token], bounds: Ids) -> Scores:
        """Each stretch's ideas: its words' and its pairs of neighbouring words', as bits
        (`IdeaBits`), a stretch's the OR of a range of them."""
        each, pairs = word_concepts([word for found in read for word in found.words])
        offsets = np.array([0, *accumulate(len(found.words) for found in read)], dtype=np.int64)
        first, last = offsets[bounds[:, 0]], offsets[bounds[:, 1]]
        found = _or_of_ranges(_IDEA_BITS.of(each), first, last) | _or_of_ranges(
            _IDEA_BITS.of(pairs), first, np.maximum(first, last - 1)
        )
        return np.array([self._ideas_score(bits) for bits in found.tolist()])

    def margin(self, stretch: str) -> float:
        """The model's log-odds that this stretch is a crisis."""
        tokens = stretch.split()
        return float(self.margins(Span(tokens, [(0, len(tokens))]))[0])

    def _language(self, locale: str) -> str:
        base = (locale or "").lower().replace("_", "-").split("-")[0]
        return base if base in self.thresholds else self.fallback_locale

    def threshold(self, locale: str) -> float:
        """The cut-off for the person's language (chosen per language when training)."""
        return self.thresholds[self._language(locale)]

    def firing(self, normalised: str, locale: str) -> tuple[float, str] | None:
        """The highest-scoring stretch of the (already normalised) text, over each of its
        readings, that makes a crisis (`fires`), with its log-odds less the length penalty
        (see `draws`); None if none does. Not merely the best stretch: a clause can outscore
        the whole and yet not fire ("para siempre", two words without an idea of danger,
        beside "quiero irme, para siempre")."""
        scored: list[tuple[Span, Scores]] = []
        count = 0
        for span in (s for reading in readings(normalised, locale, self.vocabulary)
                     for s in spans(reading)):  # fmt: skip
            count += span.draws()
            scored.append((span, self.margins(span)))
        penalty = float(self.length_penalty.of(count))
        floor = self.threshold(locale) + penalty
        passing = sorted(
            ((float(margins[i]), span, int(i))
             for span, margins in scored for i in np.flatnonzero(margins >= floor)),
            key=itemgetter(0), reverse=True,
        )  # fmt: skip
        for margin, span, i in passing:
            stretch = span.text(span.ranges[i])
            if self.fires(margin - penalty, stretch, locale):
                return margin - penalty, stretch
        return None

    def fires(self, margin: float, stretch: str, locale: str) -> bool:
        """Whether a stretch's score makes a crisis: past the language's cut-off, and either
        carrying an idea of danger or far past the cut-off (see `DANGER`, `Gate`)."""
        cut = self.threshold(locale)
        if margin < cut:
            return False
        found = gate(words(stretch))
        sure = self.sure[self._language(locale)]
        return found is Gate.OPEN or (found is Gate.WAIVABLE and margin >= cut + sure)

    def is_crisis(self, normalised: str, locale: str) -> bool:
        return self.firing(normalised, locale) is not None


def _table(data: dict[str, Any]) -> tuple[list[str], list[float], list[float]]:
    """One block of the model file: its features one a line, and their weights and squared
    scales in the same order (read about five times faster than a JSON object per feature)."""
    return data["features"].split("\n"), data["weights"], data["scales"]


_WORD_KINDS = {kind.value: kind for kind in WordKind}


def _word_key(name: str) -> tuple[WordKind, str]:
    """A word-block feature's kind and key from its name ("b:took all")."""
    prefix, _, key = name.partition(":")
    return _WORD_KINDS[prefix], key


def _block(data: dict[str, Any]) -> Block:
    names, weights, scales = _table(data)
    ids = {name: index for index, name in enumerate(names, start=1)}
    return Block(ids, Weights.of(weights, scales))


def _word_block(data: dict[str, Any]) -> WordBlock:
    names, weights, scales = _table(data)
    return WordBlock.of(map(_word_key, names), Weights.of(weights, scales))


@cache
def load_model(path: Path = MODEL_PATH) -> CareModel:
    """The shipped model, read once."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"{path}: unknown care model format {data.get('format')!r}")
    if data.get("lexicon") != lexicon_digest():
        raise ValueError(
            f"{path} was trained on another content/crisis_concepts.py: "
            "run scripts/train_care_model.py"
        )
    blocks = {name: data["blocks"][name] for name in BLOCKS}
    return CareModel(
        chars=_block(blocks["chars"]),
        words=_word_block(blocks["words"]),
        ideas=_block(blocks["ideas"]),
        bias=float(data["bias"]),
        thresholds={str(k): float(v) for k, v in data["thresholds"].items()},
        sure={str(k): float(v) for k, v in data["sure"].items()},
        length_penalty=LengthPenalty.from_json(data),
        vocabulary=Vocabulary(
            frozenset(data["vocabulary"]["english"].split()),
            frozenset(data["vocabulary"]["russian"].split()),
        ),
    )


def probability(margin: float) -> float:
    """Log-odds to a probability, for diagnostics."""
    return 1.0 / (1.0 + math.exp(-margin)) if margin > -700 else 0.0
