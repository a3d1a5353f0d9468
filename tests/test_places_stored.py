"""The zone finder's indexes kept in a file between starts (bot/places/stored.py): a start that
reads them finds every place as one that built them, and a file that does not fit is never used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.places import stored

ROOT = Path(__file__).resolve().parent.parent
# What a start answers for the typed table and the lookup table, after its warm-up.
ANSWERS = """
import csv, json
from bot.places.timezones import find_zone, warm
warm()
texts = [row[2] for name in ("zone_lookup.tsv", "zone_typed.tsv")
         for row in csv.reader(open("tests/" + name, encoding="utf-8"), delimiter="\\t")
         if len(row) > 2 and row[0] != "locale"]
print(json.dumps([repr(find_zone(text)) for text in texts]))
"""


def answers(cache_home: Path) -> list[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    done = subprocess.run(
        [sys.executable, "-c", ANSWERS], cwd=ROOT, env=env, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    return list(json.loads(done.stdout))


def kept_files(cache_home: Path) -> list[Path]:
    return sorted((cache_home / "secure-base").glob("zone-index-*.json"))


@pytest.mark.slow(seconds=3)
def test_a_start_that_reads_the_kept_indexes_finds_every_place_as_one_that_built_them(
    tmp_path: Path,
) -> None:
    built = answers(tmp_path)  # the first start builds them and keeps them
    assert len(kept_files(tmp_path)) == 1
    assert len(built) >= 500
    assert answers(tmp_path) == built


def test_indexes_built_from_other_sources_are_not_used(tmp_path: Path) -> None:
    stored.write("a" * 20, tmp_path, {"places": {"berlin": "Europe/Berlin"}})
    assert stored.read("a" * 20, tmp_path) is not None
    assert stored.read("b" * 20, tmp_path) is None
    zones = ["Europe/Berlin", "Europe/Kyiv"]
    assert stored.digest(zones) != stored.digest(zones[:1])  # a zone more or less: built again


def test_a_damaged_file_is_not_used(tmp_path: Path) -> None:
    key = stored.digest(["Europe/Berlin"])
    stored.write(key, tmp_path, {"places": {"berlin": "Europe/Berlin"}})
    (path,) = tmp_path.glob("zone-index-*.json")
    path.write_text(path.read_text()[:40])  # cut off mid-way
    assert stored.read(key, tmp_path) is None


def test_a_folder_that_cannot_be_written_leaves_the_indexes_built_each_time(
    tmp_path: Path,
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    stored.write("c" * 20, not_a_folder, {"places": {}})  # no error
    assert stored.read("c" * 20, not_a_folder) is None
