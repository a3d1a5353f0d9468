"""Care detector: recall and false-alarm rate on the labelled phrases in tests/care_eval/.

For each locale (a folder under tests/care_eval/) there are two halves, each with phrases that
must start care (`crisis_*.txt`) and everyday phrases that must not (`everyday_*.txt`):

* half A was used while writing the rules in content/crisis.py;
* half B was kept aside and only checked afterwards (a guard against fitting the rules to
  the list rather than to how people write).

It prints, per locale and half: recall (the share of crisis phrases that start care) and the
false-alarm rate (the share of everyday phrases that do), then both halves together.

Usage (from the repository root):

    .venv/bin/python -m benchmarks.care_recall            # the figures
    .venv/bin/python -m benchmarks.care_recall --misses   # ...and every phrase it gets wrong,
                                                          # with the rule that fired
    .venv/bin/python -m benchmarks.care_recall --misses --half a   # misses of half A only
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from bot.care import explain, has_crisis_words

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "care_eval"
HALVES = ("a", "b")
TARGET_RECALL = 0.97
TARGET_FALSE_ALARMS = 0.08


def load(locale: str, kind: str, half: str) -> list[str]:
    """The phrases of one file: one a line, blank lines and '#' comments skipped."""
    path = EVAL_DIR / locale / f"{kind}_{half}.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def locales() -> list[str]:
    return sorted(p.name for p in EVAL_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))


@dataclass(frozen=True)
class Score:
    crisis: int
    missed: tuple[str, ...]
    everyday: int
    false_alarms: tuple[str, ...]

    @property
    def recall(self) -> float:
        return 1 - len(self.missed) / self.crisis if self.crisis else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.everyday if self.everyday else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.crisis + other.crisis,
            self.missed + other.missed,
            self.everyday + other.everyday,
            self.false_alarms + other.false_alarms,
        )


def score(locale: str, halves: tuple[str, ...] = HALVES) -> Score:
    """How the detector does on these halves of the locale's phrases."""
    crisis = [p for h in halves for p in load(locale, "crisis", h)]
    everyday = [p for h in halves for p in load(locale, "everyday", h)]
    return Score(
        crisis=len(crisis),
        missed=tuple(p for p in crisis if not has_crisis_words(p, locale)),
        everyday=len(everyday),
        false_alarms=tuple(p for p in everyday if has_crisis_words(p, locale)),
    )


def _row(label: str, s: Score) -> str:
    return (
        f"{label:<12} recall {s.recall:6.3f} ({s.crisis - len(s.missed)}/{s.crisis})   "
        f"false alarms {s.false_alarm_rate:6.3f} ({len(s.false_alarms)}/{s.everyday})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every phrase it gets wrong")
    parser.add_argument("--half", choices=HALVES, help="list the misses of this half only")
    args = parser.parse_args(argv)
    print(f"targets: recall >= {TARGET_RECALL}, false alarms <= {TARGET_FALSE_ALARMS}")
    ok = True
    for locale in locales():
        halves = {h: score(locale, (h,)) for h in HALVES}
        total = halves["a"] + halves["b"]
        for half, s in halves.items():
            print(_row(f"{locale} half {half.upper()}", s))
        print(_row(f"{locale} both", total))
        ok &= total.recall >= TARGET_RECALL and total.false_alarm_rate <= TARGET_FALSE_ALARMS
        if args.misses:
            shown = halves[args.half] if args.half else total
            for phrase in shown.missed:
                print(f"    missed       {phrase}")
            for phrase in shown.false_alarms:
                print(f"    false alarm  {phrase}   <- {explain(phrase, locale)[:2]}")
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
