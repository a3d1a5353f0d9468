"""The week's chart as data (`DayPoint`, `ChartLabels`) and the entry point that draws it.

Importing this module is cheap: the drawing itself lives in `bot.chart_draw`, which loads
matplotlib, and is imported the first time a chart is drawn. The journey only builds the inputs;
the adapters draw (see `bot.replies.drawn`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from content import program

DAYS = program.WEEK_DAYS
MOOD_MIN, MOOD_MAX = min(program.MOODS), max(program.MOODS)
EFFECTS = frozenset(program.EFFECTS)
HELPED = frozenset(program.HELPED_EFFECTS)

CHART_SIZE: tuple[int, int] = (1200, 900)  # (width, height) in pixels


@dataclass(frozen=True, slots=True)
class DayPoint:
    """One day's answers; any field may be None when the person didn't answer."""

    day: int  # 1..7
    mood: int | None  # 1..5, None = no answer (drawn as a gap, never a zero)
    tried: bool | None  # tried something new or hard
    effect: str | None  # "calmer" | "braver" | "both" | "neither" | None


@dataclass(frozen=True, slots=True)
class ChartLabels:
    """All user-visible text, already localised."""

    title: str
    day_labels: tuple[str, ...]  # exactly 7
    mood_axis: str
    tried_legend: str
    effect_legend: str
    no_data: str


def render_week_chart(points: Sequence[DayPoint], labels: ChartLabels) -> bytes:
    """A PNG of the week (see `bot.chart_draw.draw_week_chart`); pure and thread-safe."""
    from bot.chart_draw import draw_week_chart

    return draw_week_chart(points, labels)
