"""Copy a batch of new labelled messages into training/care_corpus/, never a dev-test line.

Reads SOURCE/{en,ru,es}/{crisis,safe}.txt (one message a line, '#' comments kept out) and
writes training/care_corpus/{locale}/{crisis,safe}_NAME.txt (NAME "more" unless --name says
otherwise: one name per batch, so a batch stays a source of its own for the training script's
writer-held-out cross-validation): each message once, in the source's order, leaving out every
one that (after `bot.care.detector.normalise`) is a phrase of the dev-test half B of
tests/care_eval/ (never trained on) or of any held-out set (tests/care_eval/heldout*/, in any
language: they measure the model, so no line of theirs may train it), or is already in the
corpus (any other file of the locale) or in half A. The held-out sets are read by this code
only, to leave their lines out; it prints how many it dropped, never which.

Usage (from the repository root):

    .venv/bin/python scripts/import_care_corpus.py /path/to/source            # *_more.txt
    .venv/bin/python scripts/import_care_corpus.py /path/to/source --name c3  # *_c3.txt
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.care.detector import normalise  # noqa: E402

CORPUS = ROOT / "training" / "care_corpus"
EVAL = ROOT / "tests" / "care_eval"
LOCALES = ("en", "ru", "es")
# Per kind: its corpus file and its file in tests/care_eval/ (with _a or _b after it).
KINDS = {"crisis": ("crisis", "crisis"), "safe": ("safe", "everyday")}
HELDOUT_SETS = "heldout*"
_NAME = re.compile(r"[a-z0-9]+")


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    rows = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [row for row in rows if row and not row.startswith("#")]


def _known(locale: str, name: str) -> tuple[set[str], set[str]]:
    """What must not come in: the dev-test half B; and what is already there: every corpus
    file of the locale but this batch's own (so importing again gives the same files), A."""
    dev_test, have = set(), set()
    own = {f"{kind}_{name}.txt" for kind in KINDS}
    for path in sorted((CORPUS / locale).glob("*.txt")):
        if path.name not in own:
            have |= {normalise(t) for t in _lines(path)}
    for _, eval_name in KINDS.values():
        dev_test |= {normalise(t) for t in _lines(EVAL / locale / f"{eval_name}_b.txt")}
        have |= {normalise(t) for t in _lines(EVAL / locale / f"{eval_name}_a.txt")}
    return dev_test, have


def heldout_keys(eval_dir: Path = EVAL) -> set[str]:
    """Every line of every held-out set, normalised, whatever its language or kind."""
    keys: set[str] = set()
    for folder in sorted(eval_dir.glob(HELDOUT_SETS)):
        for path in sorted(folder.rglob("*.txt")):
            keys |= {normalise(t) for t in _lines(path)}
    return keys


def import_batch(
    found: list[str], dev_test: set[str], held_out: set[str], have: set[str]
) -> tuple[list[str], int, int]:
    """The messages to keep, and how many were left out as half B's or a held-out set's."""
    kept, in_dev_test, in_held_out = [], 0, 0
    for text in found:
        key = normalise(text)
        if key in held_out:
            in_held_out += 1
        elif key in dev_test:
            in_dev_test += 1
        elif key not in have:
            have.add(key)
            kept.append(text)
    return kept, in_dev_test, in_held_out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--name", default="more", help="the batch's name in the file names")
    args = parser.parse_args(argv)
    if not _NAME.fullmatch(args.name):
        parser.error("--name: lower-case letters and digits only")
    held_out = heldout_keys()
    for locale in LOCALES:
        dev_test, have = _known(locale, args.name)
        for kind in KINDS:
            found = _lines(args.source / locale / f"{kind}.txt")
            if not found:
                continue
            kept, in_dev_test, in_held_out = import_batch(found, dev_test, held_out, have)
            out = CORPUS / locale / f"{kind}_{args.name}.txt"
            out.write_text("\n".join(kept) + "\n", encoding="utf-8")
            print(
                f"{locale} {kind}: {len(found)} read, {len(kept)} kept, "
                f"{in_dev_test} in half B, {in_held_out} in a held-out set"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
