"""Rendering cost of a message through Fluent (`content.Texts`) against plain `str.format`.

The baseline is what the texts cost before Fluent: `html.escape` of each value and `str.format`
of the same English sentence. Printed from the same run, per message and as a ratio:

    .venv/bin/python benchmarks/texts_render.py            # 20,000 renders of each
    .venv/bin/python benchmarks/texts_render.py --n 5000

A check-in nudge renders a handful of messages, so even a ratio of 10 is microseconds per nudge
against milliseconds for the Telegram call; the figure is here to notice a regression.
"""

from __future__ import annotations

import argparse
import html
import time
from collections.abc import Callable
from typing import Any

from content import Texts

CASES: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("checkin_mood_q", "Day {day} of 7. How are you feeling today?", {"day": 3}),
    (
        "status_week",
        "Day {day} of 7 with {anchor} as your anchor.\nCheck-ins answered: {answered} of {due}."
        "\nNext check-in: {next}.",
        {"day": 3, "anchor": "Mo & Jo", "answered": 2, "due": 3, "next": "today at 19:00"},
    ),
    (
        "delete_done",
        "Erased: your profile, {weeks} week(s), {checkins} check-in(s), {reflections} "
        "reflection(s) and {nudges} scheduled message(s).",
        {"weeks": 1, "checkins": 6, "reflections": 2, "nudges": 8},
    ),
)


def per_call(fn: Callable[[], object], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    n = parser.parse_args().n
    t = Texts("en")
    print(f"{'message':<16}{'fluent µs':>12}{'format µs':>12}{'ratio':>8}")
    for key, template, values in CASES:
        t(key, **values)  # warm: the bundle parses and compiles once

        def baseline(template: str = template, values: dict[str, Any] = values) -> str:
            escaped = {k: html.escape(str(v), quote=False) for k, v in values.items()}
            return template.format(**escaped)

        def fluent(key: str = key, values: dict[str, Any] = values) -> str:
            return t(key, **values)

        ours, base = per_call(fluent, n), per_call(baseline, n)
        print(f"{key:<16}{ours:>12.2f}{base:>12.2f}{ours / base:>8.1f}")


if __name__ == "__main__":
    main()
