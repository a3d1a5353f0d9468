"""Train the care detector's second layer and write bot/models/care_model.json.

Training data: training/care_corpus/{en,ru,es}/{crisis,safe}.txt plus the development half A of
tests/care_eval/ (crisis_a.txt, everyday_a.txt). Never half B (the dev-test half, reported
apart by benchmarks/care_recall.py) and never tests/care_eval/heldout/.

The model is a logistic regression over the binary features of `bot.care.model.features`
(character 2-5-grams inside words, words, word pairs, the ideas of content/crisis_concepts.py
and their pairs), TF-IDF weighted with the ideas weighted up, one model for all languages, as
people mix them. The cut-off on its score is chosen per language from out-of-fold predictions
on the training data: the lowest one whose false-alarm rate on everyday messages, together
with the phrase lists', stays within --max-false-alarms.

Usage (from the repository root; needs the dev extra: pip install -e '.[dev]'):

    .venv/bin/python scripts/train_care_model.py            # train, report, write the model
    .venv/bin/python scripts/train_care_model.py --dry-run  # report only
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.care.detector import has_listed_words, model_text, normalise  # noqa: E402
from bot.care.model import (  # noqa: E402
    FORMAT_VERSION,
    MODEL_PATH,
    features,
    lexicon_digest,
    segments,
)

CORPUS = ROOT / "training" / "care_corpus"
EVAL = ROOT / "tests" / "care_eval"
LOCALES = ("en", "ru", "es")
SEED = 20261206


@dataclass(frozen=True)
class Example:
    text: str
    crisis: bool
    locale: str
    source: str  # "corpus" or "dev-a"


def _lines(path: Path) -> list[str]:
    rows = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [row for row in rows if row and not row.startswith("#")]


def load_examples() -> list[Example]:
    """Every training message, labelled; duplicates (after normalising) kept once."""
    found: dict[str, Example] = {}
    for locale in LOCALES:
        sources = (
            (CORPUS / locale / "crisis.txt", True, "corpus"),
            (CORPUS / locale / "safe.txt", False, "corpus"),
            (EVAL / locale / "crisis_a.txt", True, "dev-a"),
            (EVAL / locale / "everyday_a.txt", False, "dev-a"),
        )
        for path, crisis, source in sources:
            for text in _lines(path):
                found.setdefault(normalise(text), Example(text, crisis, locale, source))
    return list(found.values())


def feature_rows(examples: list[Example]) -> list[list[list[str]]]:
    """Per message, the features of each stretch the bot scores; the first is the whole
    message (what the model learns from), the max over all is what the bot decides on.
    Messages too short for the model give none and are left out (the lists' alone)."""
    return [
        [sorted(features(words)) for words in segments(model_text(e.text, e.locale))]
        for e in examples
    ]


def max_scores(
    vectoriser: Vectoriser, model: LogisticRegression, rows: list[list[list[str]]]
) -> np.ndarray:
    """Each message's log-odds as the bot computes it: the highest over its stretches."""
    flat = [stretch for row in rows for stretch in row]
    scores = model.decision_function(vectoriser.transform(flat))
    bounds = np.cumsum([0] + [len(row) for row in rows])
    return np.array([scores[a:b].max() for a, b in pairwise(bounds)])


class Vectoriser:
    """TF-IDF over binary features seen in two messages or more, the ideas (`c:`) weighted
    up, each message's vector of unit length."""

    def __init__(self, concept_weight: float) -> None:
        self.tfidf = TfidfVectorizer(
            analyzer=lambda row: row, min_df=2, lowercase=False, norm=None, sublinear_tf=True
        )
        self.concept_weight = concept_weight
        self.scale = np.zeros(0)

    def fit_transform(self, rows: list[list[str]]) -> csr_matrix:
        self.tfidf.fit(rows)
        names = self.tfidf.get_feature_names_out()
        boost = np.array([self.concept_weight if n.startswith("c:") else 1.0 for n in names])
        self.scale = self.tfidf.idf_ * boost
        return self.transform(rows)

    def transform(self, rows: list[list[str]]) -> csr_matrix:
        """Binary presence times each feature's scale, then unit length (as the bot does)."""
        matrix = self.tfidf.transform(rows)
        matrix.data[:] = 1.0
        matrix = csr_matrix(matrix.multiply(self.scale))
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return csr_matrix(matrix.multiply(1.0 / norms[:, None]))


def fit(
    rows: list[list[str]], labels: np.ndarray, c: float, concept_weight: float
) -> tuple[Vectoriser, LogisticRegression]:
    vectoriser = Vectoriser(concept_weight)
    matrix = vectoriser.fit_transform(rows)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, solver="liblinear")
    model.fit(matrix, labels)
    return vectoriser, model


def out_of_fold(
    rows: list[list[list[str]]], labels: np.ndarray, c: float, concept_weight: float
) -> np.ndarray:
    """Each message's log-odds from a model that never saw it (5 folds)."""
    scores = np.zeros(len(rows))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    for train, test in folds.split(rows, labels):
        vectoriser, model = fit([rows[i][0] for i in train], labels[train], c, concept_weight)
        scores[test] = max_scores(vectoriser, model, [rows[i] for i in test])
    return scores


def choose_thresholds(
    scores: np.ndarray,
    labels: np.ndarray,
    listed: np.ndarray,
    locales: np.ndarray,
    max_false_alarms: float,
) -> dict[str, float]:
    """Per language, the lowest cut-off whose false-alarm rate on everyday messages, the
    lists' own false alarms included, stays within the limit."""
    cuts = {}
    for locale in LOCALES:
        safe = (locales == locale) & ~labels
        allowed = int(np.floor(max_false_alarms * safe.sum())) - int((safe & listed).sum())
        candidates = np.sort(scores[safe & ~listed])[::-1]
        index = min(max(allowed, 0), len(candidates) - 1)
        cuts[locale] = float(candidates[index] + 1e-6)
    return cuts


def report(
    scores: np.ndarray, listed: np.ndarray, examples: list[Example], cuts: dict[str, float]
) -> None:
    """Recall and false alarms per language and source: lists alone, model alone, both."""
    cut = np.array([cuts[e.locale] for e in examples])
    flagged = {"lists": listed, "model": scores >= cut, "both": listed | (scores >= cut)}
    for locale in LOCALES:
        for source in ("corpus", "dev-a"):
            pick = [i for i, e in enumerate(examples) if e.locale == locale and e.source == source]
            crisis = [i for i in pick if examples[i].crisis]
            safe = [i for i in pick if not examples[i].crisis]
            cells = "   ".join(
                f"{name} {np.mean(hit[crisis]):.3f}/{np.mean(hit[safe]):.3f}"
                for name, hit in flagged.items()
            )
            print(
                f"  {locale} {source:<6} ({len(crisis)}/{len(safe)})  recall/false alarms: {cells}"
            )


def export(
    vectoriser: Vectoriser, model: LogisticRegression, cuts: dict[str, float], path: Path
) -> int:
    """Write each feature's [weight, squared scale] (the bot's `CareModel`) as JSON."""
    coef = model.coef_[0]
    weights = {
        feature: [
            round(float(coef[i] * vectoriser.scale[i]), 5),
            round(float(vectoriser.scale[i] ** 2), 4),
        ]
        for feature, i in sorted(vectoriser.tfidf.vocabulary_.items())
    }
    data = {
        "format": FORMAT_VERSION,
        "lexicon": lexicon_digest(),
        "about": "care detector layer 2; trained by scripts/train_care_model.py; do not edit",
        "bias": round(float(model.intercept_[0]), 5),
        "thresholds": {locale: round(cut, 4) for locale, cut in cuts.items()},
        "weights": weights,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    return len(weights)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--c", type=float, default=8.0, help="inverse regularisation strength")
    parser.add_argument("--concept-weight", type=float, default=4.0, help="weight of the ideas")
    parser.add_argument("--max-false-alarms", type=float, default=0.05)
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = parser.parse_args(argv)

    examples = load_examples()
    rows = feature_rows(examples)
    examples = [e for e, row in zip(examples, rows, strict=True) if row]
    rows = [row for row in rows if row]
    listed = np.array([has_listed_words(e.text, e.locale) for e in examples])
    labels = np.array([e.crisis for e in examples])
    locales = np.array([e.locale for e in examples])
    print(f"{len(examples)} messages ({labels.sum()} crisis), C={args.c}")

    scores = out_of_fold(rows, labels, args.c, args.concept_weight)
    cuts = choose_thresholds(scores, labels, listed, locales, args.max_false_alarms)
    print("out-of-fold, cut-offs " + ", ".join(f"{k} {v:.3f}" for k, v in cuts.items()))
    report(scores, listed, examples, cuts)

    vectoriser, model = fit([row[0] for row in rows], labels, args.c, args.concept_weight)
    if not args.dry_run:
        kept = export(vectoriser, model, cuts, MODEL_PATH)
        size = MODEL_PATH.stat().st_size
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {kept} weights, {size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
