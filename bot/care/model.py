"""The care detector's second layer: a small linear model for wordings no phrase list has.

The phrase lists in `content.crisis` are precise but only know what someone wrote into them.
This layer scores the text with a logistic-regression model over character n-grams, words,
word pairs and stems, and the ideas of `content.crisis_concepts`, trained offline by
`scripts/train_care_model.py` on the labelled corpus in `training/care_corpus/` (plus the
development half A of `tests/care_eval/`). The trained weights ship as
`bot/care/models/care_model.json` (per block: the features one a line and two lists of numbers,
read in a tenth of a second); scoring is a sum of weights in plain Python, so nothing is
downloaded and no machine-learning library is loaded at run time.

A message is scored as a whole and clause by clause (a long one in overlapping windows of
words, `bot.care.stretches`), and the highest score counts: one line of crisis beside calm ones
must not be diluted by the rest. The best of many is high by chance, so it is taken down by the
model file's `length_penalty` times the log of how many there were (0.5 in the shipped one; see
scripts/train_care_model.py). The feature extractor here is the single definition used both by
training and by the bot: they cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any

from bot.care.stretches import draws, readings, segments, words
from content.crisis_concepts import CONCEPTS

MODEL_PATH = Path(__file__).resolve().parent / "models" / "care_model.json"
FORMAT_VERSION = 3

CHAR_NGRAMS = (2, 3, 4, 5)
# Terms of the word block: words of two letters or more (and pairs of neighbouring ones).
_TERMS = re.compile(r"\b\w\w+\b")
# How many letters of a word its stem keeps, and how far apart (in words) skipped pairs are.
STEM = 5
_SKIPS = (2, 3)
# The model's feature blocks, each weighted and normalised on its own: character n-grams of
# each token, words and word pairs ("w:", "b:"), the ideas and their pairs ("c:").
BLOCKS = ("chars", "words", "ideas")
# How many distinct tokens the model remembers the n-grams of (about 100 bytes each).
_KNOWN_WORDS = 50_000


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


def token_features(token: str) -> frozenset[str]:
    """The character n-grams of one whitespace-separated token, padded with a space each side
    (so the start and end of a word are features of their own), punctuation and emojis kept."""
    padded = f" {token} "
    return frozenset(
        padded[start : start + n]
        for n in CHAR_NGRAMS
        for start in range(max(1, len(padded) - n + 1))
    )


def word_terms(text: str) -> set[str]:
    """Words of two letters or more, each pair of neighbouring ones, each pair one or two words
    apart ("want to just disappear"), and the stems of longer words (their first STEM letters)
    alone and in neighbouring pairs, so another ending of a Russian or Spanish word ("выпила",
    "выпили"; "tomé", "tomamos") counts as the same word. Writer-held-out cross-validation: the
    skipped pairs and stems each add about one point of recall at the same false alarms."""
    terms = _TERMS.findall(text)
    stems = [term[:STEM] for term in terms]
    found = {f"w:{term}" for term in terms}
    found.update(f"b:{first} {second}" for first, second in pairwise(terms))
    for gap in _SKIPS:
        found.update(f"s:{terms[i]} {terms[i + gap]}" for i in range(len(terms) - gap))
    found.update(f"p:{stem}" for stem, term in zip(stems, terms, strict=True) if len(term) > STEM)
    found.update(f"q:{first} {second}" for first, second in pairwise(stems))
    return found


def concept_terms(words: list[str]) -> set[str]:
    """The ideas present in a stretch of words, and every pair of them."""
    ideas = sorted(concepts(words))
    found = {f"c:{idea}" for idea in ideas}
    found.update(
        f"c:{first}+{second}" for i, first in enumerate(ideas) for second in ideas[i + 1 :]
    )
    return found


def char_terms(stretch: str) -> set[str]:
    found: set[str] = set()
    for token in stretch.split():
        found |= token_features(token)
    return found


def features(stretch: str) -> tuple[set[str], set[str], set[str]]:
    """The binary features of one stretch of text, block by block (see `BLOCKS`); training
    reads the same as the bot."""
    return char_terms(stretch), word_terms(stretch), concept_terms(words(stretch))


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


_Weights = dict[str, tuple[float, float]]  # feature -> (weight, scale squared)


@dataclass(frozen=True)
class CareModel:
    """A trained linear model over binary features in three blocks (character n-grams, words
    and word pairs, ideas), each block's TF-IDF vector of unit length on its own.

    `blocks[b][f]` is (coefficient x scale, scale squared) of feature f of block b, so the
    log-odds of a stretch is bias + the sum over blocks of sum(weight) / sqrt(sum(scale
    squared)) over the block's known features present.
    """

    blocks: tuple[dict[str, tuple[float, float]], ...]  # chars, words, ideas (see BLOCKS)
    bias: float
    thresholds: dict[str, float]
    sure: dict[str, float]  # log-odds past the cut-off at which the gate is waived
    # Log-odds taken off the best stretch's per unit of the log of how many stretches there
    # were: the best of many everyday stretches is higher than the best of few by chance.
    length_penalty: float = 0.0
    fallback_locale: str = "en"
    # token -> its known character n-grams and their weights (tokens repeat: most work saved)
    _known: dict[str, _Weights] = field(default_factory=dict, repr=False, compare=False)

    def _known_chars(self, token: str) -> _Weights:
        known = self._known.get(token)
        if known is None:
            chars = self.blocks[0]
            known = {f: chars[f] for f in token_features(token) if f in chars}
            if len(self._known) < _KNOWN_WORDS:
                self._known[token] = known
        return known

    def margin(self, stretch: str) -> float:
        """The model's log-odds that this stretch is a crisis. Each block's features are
        gathered once (an n-gram in two words counts once) and summed in C."""
        chars: _Weights = {}
        for token in stretch.split():
            chars.update(self._known_chars(token))
        known_words, ideas = self.blocks[1], self.blocks[2]
        found = (
            chars.values(),
            [known_words[f] for f in word_terms(stretch) if f in known_words],
            [ideas[f] for f in concept_terms(words(stretch)) if f in ideas],
        )
        score = self.bias
        for weights in found:
            norm = sum(map(_SCALE, weights))
            if norm:
                score += sum(map(_WEIGHT, weights)) / math.sqrt(norm)
        return score

    def _language(self, locale: str) -> str:
        base = (locale or "").lower().replace("_", "-").split("-")[0]
        return base if base in self.thresholds else self.fallback_locale

    def threshold(self, locale: str) -> float:
        """The cut-off for the person's language (chosen per language when training)."""
        return self.thresholds[self._language(locale)]

    def best(self, normalised: str, locale: str) -> tuple[float, str]:
        """The highest-scoring stretch of the (already normalised) text, over each of its
        readings, and its log-odds less the length penalty (see `draws`)."""
        best_margin, best_stretch, count = -math.inf, "", 0
        for stretch in (s for reading in readings(normalised, locale) for s in segments(reading)):
            count += draws(stretch)
            margin = self.margin(stretch)
            if margin > best_margin:
                best_margin, best_stretch = margin, stretch
        return best_margin - self.length_penalty * math.log(max(count, 1)), best_stretch

    def fires(self, margin: float, stretch: str, locale: str) -> bool:
        """Whether a stretch's score makes a crisis: past the language's cut-off, and either
        carrying an idea of danger or far past the cut-off (see `DANGER`); never a stretch of
        little words alone ("and then i", "а потом я"), which a cry's lines start with too."""
        cut = self.threshold(locale)
        if margin < cut or _little_words_only(stretch):
            return False
        sure = self.sure[self._language(locale)]
        return margin >= cut + sure or bool(concepts(words(stretch)) & DANGER)

    def is_crisis(self, normalised: str, locale: str) -> bool:
        margin, stretch = self.best(normalised, locale)
        return self.fires(margin, stretch, locale)


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


_WEIGHT, _SCALE = itemgetter(0), itemgetter(1)


def _little_words_only(stretch: str) -> bool:
    return all(word in _LITTLE for word in words(stretch))


def _block(data: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """One block of the model file: its features one a line, and their weights and squared
    scales in the same order (read about five times faster than a JSON object per feature)."""
    names = data["features"].split("\n")
    weights, scales = data["weights"], data["scales"]
    if not len(names) == len(weights) == len(scales):
        raise ValueError("care model: a block's features, weights and scales differ in length")
    return dict(zip(names, zip(weights, scales, strict=True), strict=True))


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
        blocks=tuple(_block(data["blocks"][name]) for name in BLOCKS),
        bias=float(data["bias"]),
        thresholds={str(k): float(v) for k, v in data["thresholds"].items()},
        sure={str(k): float(v) for k, v in data["sure"].items()},
        length_penalty=float(data.get("length_penalty", 0.0)),
    )


def probability(margin: float) -> float:
    """Log-odds to a probability, for diagnostics."""
    return 1.0 / (1.0 + math.exp(-margin)) if margin > -700 else 0.0
