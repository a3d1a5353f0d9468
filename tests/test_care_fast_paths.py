"""The care detector's quick paths answer exactly as the plain ones would.

Each was made faster for long messages (the detector's cost per message is a target of its
own): a rewrite is tried only when a cheap guard says it may apply, the look-alike idioms are
cut word by word instead of by one large alternation, and the model looks its features up
without naming them. Each test compares the quick path with the plain one on every labelled
phrase of the first half and on forms written to hit the edge cases.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from bot.care.detector import RewriteChunk, model_text, normalise
from bot.care.features import BLOCKS, features
from bot.care.model import MODEL_PATH, load_model
from bot.care.phrases import Phrases, alternation_source
from bot.care.stretches import draws, readings, segments, spans
from content.crisis import CRISIS_PATTERNS, FALSE_ALARM_PATTERNS, REWRITES

EVAL = Path(__file__).resolve().parent / "care_eval"

# Forms the rewrites with a look-behind, leading spaces or several branches exist for.
EDGES = [
    "i want to k*ll myself", "su1cide", "d!e", "unal!ve", "l0ve you", "lol i want to die fr",
    "it hurts lmao", "ran 5 kms today", "kms", "i'm done tbh", "убить себя нахрен",
    "хочеться умереть", "щас", "ща приду", "корридо 10 km", "hice 5km hoy", "10 kms en bici",
    "d morir", "q ganas d vivir", "yoquiero morir", "me e cortado", "о*ень",
]  # fmt: skip


def _phrases(locale: str) -> list[str]:
    found = []
    for kind in ("crisis", "everyday"):
        path = EVAL / locale / f"{kind}_a.txt"
        found += [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    return found


def _texts() -> list[str]:
    return [normalise(t) for locale in REWRITES for t in _phrases(locale)] + EDGES


@pytest.mark.parametrize("locale", sorted(REWRITES))
def test_a_rewrites_guard_never_skips_a_message_it_applies_to(locale: str) -> None:
    texts = _texts()
    hits, skipped = 0, []
    for pattern, replacement in REWRITES[locale]:
        rewrite, chunk = re.compile(pattern), RewriteChunk.of([(pattern, replacement)])
        for text in texts:
            if rewrite.search(text):
                hits += 1
                if not chunk.may_apply(text):
                    skipped.append((pattern, text))
    assert not skipped
    assert hits > 50  # the comparison saw the rewrites apply


@pytest.mark.parametrize("order", [("en", "ru", "es"), ("ru", "en", "es"), ("es", "en", "ru")])
def test_look_alikes_are_cut_as_one_alternation_of_them_would_cut_them(
    order: tuple[str, ...],
) -> None:
    fragments = [f for code in order for f in FALSE_ALARM_PATTERNS[code]]
    whole = re.compile(alternation_source(fragments) or "")
    phrases = Phrases.build(fragments)
    assert phrases is not None
    texts = [
        *_texts(), "this exam is killing me and my phone died", "убить время, убить время",
        "tomo 2 pastillas al dia", "ya 3 pastillas cada dia y como dos pastillas por dia",
        "me muero de risa, 2 pastillas al dia",
    ]  # fmt: skip
    differ = [t for t in texts if phrases.cut(t, " | ") != whole.sub(" | ", t)]
    assert not differ
    assert sum(whole.search(t) is not None for t in texts) > 30


def test_the_crisis_fragments_find_what_one_alternation_of_them_would_find() -> None:
    """Each word is tried only against the fragments its first two characters (or, where a
    fragment's second is not plain, its first letter) can start; none may be left out."""
    fragments = [f for code in CRISIS_PATTERNS for f in CRISIS_PATTERNS[code]]
    whole = re.compile(alternation_source(fragments) or "")
    phrases = Phrases.build(fragments)
    assert phrases is not None
    texts = [
        *_texts(), "i want out", "i'm not safe", "я в окно", "в тягость всем", "a nadie le importa",
        "me tiro del puente", "8 piso y salto", "с собой покончу", "kill myself", "killmyself",
    ]  # fmt: skip
    differ = [t for t in texts if phrases.search(t) != (whole.search(t) is not None)]
    assert not differ
    assert sum(whole.search(t) is not None for t in texts) > 1000


def _named_margin(stretch: str, named: list[dict[str, tuple[float, float]]], bias: float) -> float:
    """The log-odds as training defines it: by feature name, block by block."""
    score = bias
    for block, found in zip(named, features(stretch), strict=True):
        known = [block[name] for name in found if name in block]
        norm = sum(scale for _, scale in known)
        if norm:
            score += sum(weight for weight, _ in known) / math.sqrt(norm)
    return score


def test_the_bot_scores_each_stretch_as_training_named_its_features() -> None:
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    named = []
    for name in BLOCKS:
        block = data["blocks"][name]
        pairs = zip(block["weights"], block["scales"], strict=True)
        named.append(dict(zip(block["features"].split("\n"), pairs, strict=True)))
    model = load_model()
    checked = 0
    for locale in REWRITES:
        for text in _phrases(locale)[::3]:
            for reading in readings(model_text(text, locale), locale, model.vocabulary):
                for stretch in segments(reading):
                    expected = _named_margin(stretch, named, data["bias"])
                    assert model.margin(stretch) == pytest.approx(expected, abs=1e-9), stretch
                    checked += 1
    assert checked > 1000


def test_every_stretch_scored_together_scores_as_it_does_alone() -> None:
    """A message's stretches are scored in one pass over each span (`CareModel.margins`);
    each must score what it scores on its own, long vents and their clauses included."""
    model = load_model()
    checked = 0
    for locale in REWRITES:
        texts = [*_phrases(locale)[::5], *EDGES, " ".join(_phrases(locale)[:40])]
        for text in texts:
            for reading in readings(model_text(text, locale), locale, model.vocabulary):
                for span in spans(reading):
                    together = model.margins(span)
                    alone = [model.margin(span.text(stretch)) for stretch in span.ranges]
                    assert together == pytest.approx(alone, abs=1e-9), text
                    checked += len(alone)
    assert checked > 1000


def test_a_span_counts_its_draws_as_each_stretch_read_alone_would() -> None:
    """The length penalty's count (`Span.draws`) is taken from the tokens, not from each
    stretch's text: a stretch holding a cut-out idiom is no draw either way."""
    texts = [
        "пошли гулять, чтобы idiomgap. вчера час стояла на мосту",
        "idiomgap",
        "i was idiomgap all day, then home, then idiomgap again and i am so tired of it",
        " ".join(["long day at work and then the bus, idiomgap"] * 12),
        " ".join(["nothing cut out here at all, just a long and ordinary day"] * 12),
    ]
    for text in texts:
        for span in spans(text):
            assert span.draws() == sum(draws(span.text(stretch)) for stretch in span.ranges)
