"""The charts as data (`DayPoint`, `ChartLabels`; `WeekLine`, `WeeksLabels`) and their entry points.

Importing this module is cheap: the drawing itself lives in `bot.charts.draw_week`, which loads
matplotlib, and is imported the first time a chart is drawn. The journey only builds the inputs;
the adapters draw (see `bot.delivery.replies.drawn`).
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
WEEKS_CHART_SIZE: tuple[int, int] = (1200, 1000)  # every week so far: room for the legend
MAX_WEEKS = 8  # the most weeks one chart shows; older ones are left out (and the text says so)


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
    """A PNG of the week (see `bot.charts.draw_week.draw_week_chart`); pure and thread-safe."""
    from bot.charts.draw_week import draw_week_chart

    return draw_week_chart(points, labels)


@dataclass(frozen=True, slots=True)
class WeekLine:
    """One week on the every-week chart: its legend label and its mood on days 1..7."""

    label: str  # "Mar 2 · Mira", already localised
    moods: tuple[int | None, ...]  # exactly 7; None = no answer (a gap)


@dataclass(frozen=True, slots=True)
class WeeksLabels:
    """The every-week chart's text, already localised."""

    title: str
    day_labels: tuple[str, ...]  # exactly 7: "Day 1".."Day 7"
    mood_axis: str
    no_data: str


def render_weeks_chart(weeks: Sequence[WeekLine], labels: WeeksLabels) -> bytes:
    """A PNG of 1..MAX_WEEKS weeks, oldest first, the last one emphasised (see
    `bot.charts.draw_weeks.draw_weeks_chart`); pure and thread-safe."""
    from bot.charts.draw_weeks import draw_weeks_chart

    return draw_weeks_chart(weeks, labels)
