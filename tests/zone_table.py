"""The zone lookup table (tests/zone_lookup.tsv): typed inputs in en, ru and es with the
IANA zone each must resolve to, or "?zone zone ..." for a question listing those candidates.

Run `.venv/bin/python -m tests.zone_table` to print the hit rate per language and kind.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bot.timezones import Ambiguous, Resolved, ZoneMatch, find_zone

TABLE = Path(__file__).parent / "zone_lookup.tsv"


@dataclass(frozen=True)
class Row:
    locale: str
    kind: str
    text: str
    expected: str
    set: str  # "dev": written with the code; "blind", "blind2": written before running them

    def expect(self) -> ZoneMatch:
        if self.expected.startswith("?"):
            return Ambiguous(self.text, tuple(self.expected[1:].split()))
        return Resolved(self.expected)

    def hit(self, found: ZoneMatch) -> bool:
        want = self.expect()
        if isinstance(want, Ambiguous) and isinstance(found, Ambiguous):
            return set(want.zones) == set(found.zones)
        if isinstance(want, Resolved) and isinstance(found, Resolved):
            return found.zone == want.zone
        return found == want


def rows() -> list[Row]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return [Row(**r) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def main() -> None:
    table = rows()
    hits: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    for row in table:
        found = find_zone(row.text)
        totals[row.locale, row.kind] += 1
        if row.hit(found):
            hits[row.locale, row.kind] += 1
        else:
            print(f"MISS {row.locale} {row.kind:12} {row.text!r}: {found} (want {row.expected})")
    for key in sorted(totals):
        print(f"{key[0]} {key[1]:12} {hits[key]:3}/{totals[key]:3}")
    for name in sorted({row.set for row in table}):
        subset = [row for row in table if row.set == name]
        got = sum(row.hit(find_zone(row.text)) for row in subset)
        print(f"{name} set: {got}/{len(subset)} = {got / len(subset):.1%}")
    total = sum(hits.values())
    print(f"hit rate: {total}/{len(table)} = {total / len(table):.1%}")


if __name__ == "__main__":
    main()
