"""The care detector's second layer: a small linear model for wordings no phrase list has.

The phrase lists in `content.crisis` are precise but only know what someone wrote into them.
This layer scores the text with a logistic-regression model over character n-grams and word
pairs, trained offline by `scripts/train_care_model.py` on the labelled corpus in
`training/care_corpus/` (plus the development half A of `tests/care_eval/`). The trained weights
ship as `bot/models/care_model.json`; scoring is a sum of weights in plain Python, so nothing is
downloaded and no machine-learning library is loaded at run time.

A message is scored as a whole and clause by clause (a long one in overlapping windows of
words), and the highest score counts: one line of crisis beside calm ones must not be diluted
by the rest. The feature extractor here is the single definition used both by training
and by the bot, so the two cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from content.crisis_concepts import CONCEPTS

MODEL_PATH = Path(__file__).resolve().parent / "models" / "care_model.json"
FORMAT_VERSION = 1

CHAR_NGRAMS = (2, 3, 4, 5)
# Messages longer than this many words are scored in overlapping windows of it.
WINDOW_WORDS = 24
_WINDOW_STEP = WINDOW_WORDS // 2
# Where a message splits into clauses: end marks, commas, semicolons, line breaks, dashes.
_CLAUSES = re.compile(r"[.!?…;,\n]+|\s-\s")
# Shorter messages ("no", "not really", "no sé") are the phrase lists' alone: a model
# cannot tell much from two words, and short answers to the bot's questions are common.
MIN_WORDS = 3
# A clause of one word ("чтобы", "ugh") says too little to be scored on its own.
_MIN_CLAUSE_WORDS = 2
# How many distinct words the model remembers the features of (about 100 bytes each).
_KNOWN_WORDS = 50_000
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
# Words: letters (any script), digits, the apostrophe inside a word ("don't"); and each
# pictograph on its own ("🔪", "🪦", "💊" say as much as a word).
_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[\U0001F300-\U0001FAFF\u2620\u26B0\u2694]")


def _words(text: str) -> list[str]:
    """The words of already-normalised text, letters repeated 3+ times squeezed to two."""
    return _WORDS.findall(_REPEATS.sub(r"\1\1", text))


@dataclass(frozen=True)
class _Lexicon:
    exact: dict[str, frozenset[str]]
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
    return _Lexicon(
        exact={k: frozenset(v) for k, v in exact.items()},
        prefixes={k: frozenset(v) for k, v in prefixes.items()},
        longest_prefix=max(map(len, prefixes), default=0),
    )


def lexicon_digest() -> str:
    """A fingerprint of `CONCEPTS`: the shipped model is only valid for the table it saw."""
    text = json.dumps(CONCEPTS, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=65536)
def _concepts_of(word: str) -> frozenset[str]:
    """The ideas one word (or two words joined by a space) carries."""
    lexicon = _lexicon()
    found = set(lexicon.exact.get(word, ()))
    for end in range(1, min(len(word), lexicon.longest_prefix) + 1):
        found.update(lexicon.prefixes.get(word[:end], ()))
    return frozenset(found)


def concepts(words: list[str]) -> set[str]:
    """The ideas present in a stretch of words (see `content.crisis_concepts`)."""
    found: set[str] = set()
    for index, word in enumerate(words):
        found |= _concepts_of(word)
        if index + 1 < len(words):
            found |= _lexicon().exact.get(f"{word} {words[index + 1]}", frozenset())
    return found


def word_features(word: str) -> set[str]:
    """The features one word gives wherever it stands: itself and its char n-grams."""
    found = {f"w:{word}"}
    padded = f" {word} "
    for n in CHAR_NGRAMS:
        for start in range(len(padded) - n + 1):
            found.add(padded[start : start + n])
    return found


def context_features(words: list[str]) -> set[str]:
    """The features of words together: word pairs, the ideas present and every pair of them."""
    found = {f"b:{first} {second}" for first, second in pairwise(words)}
    ideas = sorted(concepts(words))
    found.update(f"c:{idea}" for idea in ideas)
    found.update(
        f"c:{first}+{second}" for i, first in enumerate(ideas) for second in ideas[i + 1 :]
    )
    return found


def features(words: list[str]) -> set[str]:
    """Binary features of one stretch of words (training reads the same as the bot)."""
    found = context_features(words)
    for word in words:
        found |= word_features(word)
    return found


def _windows(words: list[str]) -> Iterator[list[str]]:
    if len(words) <= WINDOW_WORDS:
        yield words
        return
    for start in range(0, len(words) - _WINDOW_STEP, _WINDOW_STEP):
        yield words[start : start + WINDOW_WORDS]


def segments(normalised: str) -> Iterator[list[str]]:
    """The stretches of words a message is scored by (none if it has fewer than MIN_WORDS
    words): the whole of it, and each clause and
    pair of neighbouring clauses when there are several (so a calm clause beside a cry cannot
    dilute it), long ones in windows."""
    words = _words(normalised)
    if len(words) < MIN_WORDS:
        return
    yield from _windows(words)
    clauses = [clause for clause in map(_words, _CLAUSES.split(normalised)) if clause]
    if len(clauses) < 2:
        return
    for clause in clauses:
        if len(clause) >= _MIN_CLAUSE_WORDS:
            yield from _windows(clause)
    if len(clauses) > 2:  # "мне конец, всё" beside an unrelated sentence
        for first, second in pairwise(clauses):
            yield from _windows(first + second)


# The model adds a crisis only where its words carry an idea of danger (a means, an act on the
# body, an ending, a farewell, being unsafe, a burden, tonight...) or where it is far past its
# cut-off. Alone it fired on kind words that share a cry's shape ("He never judges me.",
# "Gracias a ti. Aquí estoy."), answers every week holds; with this rule the dev sets lose one
# Spanish phrase.
DANGER = frozenset(
    {"DIE", "END", "LEAVE", "LAST", "MEDS", "POISON", "SAVE", "LOOKUP", "HEIGHT", "MEANS", "HARM",
     "BODY", "BURDEN", "SAFE", "TAKE", "NOW"}
)  # fmt: skip
SURE_MARGIN = 1.5  # log-odds past the cut-off at which the model is trusted on its own


@dataclass(frozen=True)
class CareModel:
    """A trained linear model over unit-length TF-IDF vectors of binary features.

    `weights[f]` is (coefficient x scale, scale squared) of feature f, so the log-odds of a
    stretch of words is bias + sum(weight) / sqrt(sum(scale squared)) over its known features.
    """

    weights: dict[str, tuple[float, float]]
    bias: float
    thresholds: dict[str, float]
    fallback_locale: str = "en"
    # word -> its features the model knows; words repeat, so this saves most of the work.
    _known: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def _known_features(self, word: str) -> frozenset[str]:
        known = self._known.get(word)
        if known is None:
            known = frozenset(f for f in word_features(word) if f in self.weights)
            if len(self._known) < _KNOWN_WORDS:
                self._known[word] = known
        return known

    def margin(self, words: list[str]) -> float:
        """The model's log-odds that this stretch of words is a crisis."""
        weights = self.weights
        present = context_features(words).union(*map(self._known_features, words))
        total = norm = 0.0
        for feature in present:
            found = weights.get(feature)
            if found is not None:
                total += found[0]
                norm += found[1]
        return self.bias + (total / math.sqrt(norm) if norm else 0.0)

    def threshold(self, locale: str) -> float:
        """The cut-off for the person's language (chosen per language when training)."""
        base = (locale or "").lower().replace("_", "-").split("-")[0]
        return self.thresholds.get(base, self.thresholds[self.fallback_locale])

    def best(self, normalised: str) -> tuple[float, list[str]]:
        """The highest-scoring stretch of the (already normalised) text and its log-odds."""
        best_margin, best_words = -math.inf, []
        for words in segments(normalised):
            margin = self.margin(words)
            if margin > best_margin:
                best_margin, best_words = margin, words
        return best_margin, best_words

    def fires(self, margin: float, words: list[str], locale: str) -> bool:
        """Whether a stretch's score makes a crisis: past the language's cut-off, and either
        carrying an idea of danger or far past the cut-off (see `DANGER`)."""
        cut = self.threshold(locale)
        if margin < cut:
            return False
        return margin >= cut + SURE_MARGIN or bool(concepts(words) & DANGER)

    def is_crisis(self, normalised: str, locale: str) -> bool:
        margin, words = self.best(normalised)
        return self.fires(margin, words, locale)


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
    return CareModel(
        weights={str(k): (float(v[0]), float(v[1])) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        thresholds={str(k): float(v) for k, v in data["thresholds"].items()},
    )


def probability(margin: float) -> float:
    """Log-odds to a probability, for diagnostics."""
    return 1.0 / (1.0 + math.exp(-margin)) if margin > -700 else 0.0
