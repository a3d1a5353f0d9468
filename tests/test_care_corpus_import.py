"""Importing a batch of labelled messages: no line of a held-out set may ever train the model.

The held-out sets here are written for these tests in a temporary folder (the real ones are
never read by a test's author, only by the import's code).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from import_care_corpus import heldout_keys, import_batch  # noqa: E402


def _write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_line_of_any_held_out_set_is_left_out_whatever_its_language(tmp_path: Path) -> None:
    _write(tmp_path / "heldout" / "en" / "crisis.txt", ["# a comment", "Im Done With It All"])
    _write(tmp_path / "heldout_d" / "es" / "safe.txt", ["la cena fue rica"])
    held_out = heldout_keys(tmp_path)
    found = ["i'm done with it all", "im done with it all", "la  cena fue rica", "a new line"]

    kept, in_dev_test, in_held_out = import_batch(found, set(), held_out, set())

    assert kept == ["i'm done with it all", "a new line"]
    assert (in_dev_test, in_held_out) == (0, 2)


def test_a_line_already_in_the_corpus_is_kept_once_and_half_b_is_left_out() -> None:
    have = {"already there"}
    found = ["Already there", "new one", "new one", "from half b"]

    kept, in_dev_test, in_held_out = import_batch(found, {"from half b"}, set(), have)

    assert kept == ["new one"]
    assert (in_dev_test, in_held_out) == (1, 0)
