"""Words of crisis split over two messages: what joining the person's last messages to the new
one (bot/journey/care_join.py) hears, and what it costs in false alarms and time.

Development phrases of tests/care_eval/{locale}/ only (the held-out sets are not read; nothing
here tunes the detector):

* split recall, on half B (never trained on): each crisis phrase of two words or more, cut at
  its middle word; of those whose halves say nothing alone (each message alone: 0), the share
  heard joined right after its first half, and after an everyday message before that too (the
  two kept messages read at once, as the journey does);
* false alarms added, on halves A and B: everyday phrases (none alarming alone) in a seeded
  random order, each read after the two before it, as a person's consecutive messages; the
  share that alarms only joined;
* cost: CPU ms per message, p50/p99: the check alone, against the check with two kept messages
  (both checks, as a message that says nothing costs), in the same run.

    .venv/bin/python -m benchmarks.care_join
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

from bot.care import has_crisis_words, warm
from bot.journey.care_join import cry_across

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "care_eval"
LOCALES = ("en", "es", "ru")
SEED = 16


def lines(locale: str, kind: str, halves: tuple[str, ...] = ("a", "b")) -> list[str]:
    found: list[str] = []
    for half in halves:
        text = (EVAL_DIR / locale / f"{kind}_{half}.txt").read_text()
        found += [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]
    return found


def calm(locale: str) -> list[str]:
    found = [x for x in lines(locale, "everyday") if not has_crisis_words(x, locale)]
    random.Random(SEED).shuffle(found)
    return found


def split_recall(locale: str) -> tuple[int, int, int]:
    """(heard right after, heard after another message too, phrases split)."""
    others = calm(locale)
    right_after = after_more = total = 0
    for phrase in lines(locale, "crisis", ("b",)):
        words = phrase.split()
        cut = len(words) // 2
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        if cut == 0 or has_crisis_words(first, locale) or has_crisis_words(second, locale):
            continue
        other = others[total % len(others)]
        total += 1
        right_after += cry_across((first,), second, locale)
        after_more += cry_across((other, first), second, locale)
    return right_after, after_more, total


def added_alarms(locale: str) -> tuple[int, int]:
    said = calm(locale)
    runs = [(said[i], tuple(said[i - 2 : i])) for i in range(2, len(said))]
    return sum(cry_across(kept, new, locale) for new, kept in runs), len(runs)


def cpu_ms(check: Callable[..., object], args: tuple[object, ...], runs: list[float]) -> None:
    start = time.process_time()
    check(*args)
    runs.append(1000 * (time.process_time() - start))


def joined_check(new: str, kept: tuple[str, ...], locale: str) -> bool:
    """What a message that says nothing alone costs: its check, and one across the join."""
    return has_crisis_words(new, locale) or cry_across(kept, new, locale)


def cost(locale: str) -> tuple[float, float, float, float]:
    said = calm(locale)
    alone: list[float] = []
    joined: list[float] = []
    for i in range(2, len(said)):
        new, kept = said[i], tuple(said[i - 2 : i])
        cpu_ms(has_crisis_words, (new, locale), alone)
        cpu_ms(joined_check, (new, kept, locale), joined)

    def pct(values: list[float], p: float) -> float:
        return sorted(values)[min(len(values) - 1, int(p * len(values)))]

    return pct(alone, 0.5), pct(alone, 0.99), pct(joined, 0.5), pct(joined, 0.99)


def main() -> None:
    warm()
    print("split recall (half B): heard right after / after one more message; each alone 0")
    print("false alarms added: everyday messages read after the two before them (halves A+B)")
    print("cost: CPU ms per message p50/p99, alone vs with two kept messages\n")
    print("locale  split recall              false alarms added    alone      joined")
    for locale in LOCALES:
        right_after, after_more, total = split_recall(locale)
        alarms, runs = added_alarms(locale)
        a50, a99, j50, j99 = cost(locale)
        print(
            f"{locale:6}  {right_after / total:.3f} / {after_more / total:.3f} of {total:<4}"
            f"   {alarms:3}/{runs:<4} = {alarms / runs:.3f}"
            f"   {a50:.2f}/{a99:.2f}  {j50:.2f}/{j99:.2f}"
        )


if __name__ == "__main__":
    main()
