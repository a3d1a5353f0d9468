"""The zone tables, scored: what people type for "where are you", in en, ru and es, with the IANA
zone each must resolve to, or "?zone zone ..." for a question that must offer those candidates.

- tests/zone_lookup.tsv: cities, countries, offsets, abbreviations, misspellings; each row is also
  a unit test (tests/test_timezones.py) and must hit.
- tests/zone_typed.tsv: answers written from the person's side (phrases like «в Москве», "Austin,
  TX", countries and states with several zones, names shared by far-apart places), scored as a
  whole: a question that offers the right zone counts as right; resolving to another zone is wrong.
  Zones on the same clock count as the same here. Set blind3 was written before the lookup learnt
  countries, regions and phrases (56.9% then) and the work was tuned on it; blind4 was written
  after, and scored 90/96 = 93.8% (no wrong zone) on its first run, before its own fixes.

Run `.venv/bin/python -m tests.zone_table` to print the hit rate per table, language and kind.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.places.timezones import Ambiguous, Resolved, ZoneMatch, find_zone

TABLE = Path(__file__).parent / "zone_lookup.tsv"
TYPED = Path(__file__).parent / "zone_typed.tsv"
TYPED_SETS = frozenset({"blind3", "blind4"})  # the sets of zone_typed.tsv


@cache
def same_clock(a: str, b: str) -> bool:
    """Two zones that show the same time every six hours for the next two years ("Etc/GMT-7"
    and Novosibirsk, Berlin and Paris): the person's nudges come at the same moments."""
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    moments = [start + timedelta(hours=6 * i) for i in range(4 * 730)]
    return all(
        m.astimezone(ZoneInfo(a)).utcoffset() == m.astimezone(ZoneInfo(b)).utcoffset()
        for m in moments
    )


@dataclass(frozen=True)
class Row:
    locale: str
    kind: str
    text: str
    expected: str
    set: str  # "dev": written with the code; "blind…": written before running them

    @property
    def wants(self) -> tuple[str, ...]:
        return tuple(self.expected.removeprefix("?").split())

    @property
    def asks(self) -> bool:
        return self.expected.startswith("?")

    def hit(self, found: ZoneMatch) -> bool:
        """A resolved zone must be the one; a question must offer every wanted zone, and a
        question that offers the one zone wanted counts too."""
        if isinstance(found, Ambiguous):
            return all(any(self._is(z, want) for z in found.zones) for want in self.wants)
        return isinstance(found, Resolved) and not self.asks and self._is(found.zone)

    def wrong(self, found: ZoneMatch) -> bool:
        """Resolved (or guessed) to a zone that is not one wanted: the person's clock is off."""
        return isinstance(found, Resolved) and not any(self._is(found.zone, w) for w in self.wants)

    def _is(self, zone: str, want: str | None = None) -> bool:
        """The wanted zone; in the typed table also a zone on the same clock."""
        want = want or self.wants[0]
        return zone == want or (
            self.set != "dev" and self.set in TYPED_SETS and same_clock(zone, want)
        )


def _read(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as f:
        return [Row(**r) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def rows() -> list[Row]:
    return _read(TABLE)


def typed_rows() -> list[Row]:
    return _read(TYPED)


def score(table: list[Row], name: str, verbose: bool = True) -> tuple[int, int]:
    """Print the misses and the hit rate per language and kind; return (hits, wrong)."""
    hits: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    wrong = 0
    for row in table:
        found = find_zone(row.text)
        totals[row.locale, row.kind] += 1
        hits[row.locale, row.kind] += row.hit(found)
        wrong += row.wrong(found)
        if verbose and not row.hit(found):
            flag = "WRONG" if row.wrong(found) else "MISS"
            print(f"{flag} {row.locale} {row.kind:12} {row.text!r}: {found} (want {row.expected})")
    if verbose:
        for key in sorted(totals):
            print(f"{name}: {key[0]} {key[1]:12} {hits[key]:3}/{totals[key]:3}")
    for part in sorted({row.set for row in table}):
        subset = [row for row in table if row.set == part]
        got = sum(row.hit(find_zone(row.text)) for row in subset)
        print(f"{name}: {part} set {got}/{len(subset)} = {got / len(subset):.1%}")
    total = sum(hits.values())
    print(f"{name}: hit rate {total}/{len(table)} = {total / len(table):.1%}, wrong zone: {wrong}")
    return total, wrong


def main() -> None:
    score(rows(), "zone_lookup.tsv")
    score(typed_rows(), "zone_typed.tsv")


if __name__ == "__main__":
    main()
