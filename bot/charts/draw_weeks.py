"""Every week so far on one chart: one mood line per week over days 1..7, the latest in front.

Pure and thread-safe like `bot.charts.draw_week` (a private ``Figure``, no pyplot, no rcParams), and
drawn in its style: the latest week in the calm main blue, thick; earlier weeks thinner, each in
its own colour and marker shape (so they part without colour too), nudged a little sideways so
equal moods on the same day don't hide one another. The legend names each week ("Mar 2 · Mira").
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D

from bot.charts.data import (
    DAYS,
    MAX_WEEKS,
    MOOD_MAX,
    MOOD_MIN,
    WEEKS_CHART_SIZE,
    WeekLine,
    WeeksLabels,
)
from bot.charts.draw_week import (
    DPI,
    FONT,
    INK,
    MAIN,
    MARGIN_X,
    draw_title,
    fit_day_labels,
    say_no_data,
    style_mood_axes,
)

# Earlier weeks, most recent first: distinct hues, none close to the latest week's blue.
_EARLIER = ("#E07A1F", "#3A9E6F", "#B5548C", "#C9A227", "#7D6BB0", "#8C7A5B", "#5FA8A8")
_MARKERS = ("s", "^", "D", "v", "P", "X", "h")
_DODGE = 0.045  # sideways step between weeks, in days

_LEGEND_PT = 22
_LEGEND_MIN_PT = 14
_LABEL_CHARS = 34  # a legend label longer than this is cut with "…"
_Y_LIMITS = (0.5, 5.5)
_AXES_RECT = (0.115, 0.37, 0.855, 0.51)  # left, bottom, width, height
_LEGEND_TOP = 0.255


def draw_weeks_chart(weeks: Sequence[WeekLine], labels: WeeksLabels) -> bytes:
    """Render 1..MAX_WEEKS weeks (oldest first) as PNG bytes of exactly ``WEEKS_CHART_SIZE``.

    Raises ``ValueError`` on no weeks, more than ``MAX_WEEKS``, a week without 7 moods, a mood
    outside 1..5, or not 7 day labels.
    """
    _validate(weeks, labels)
    width, height = WEEKS_CHART_SIZE
    fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor="white")
    canvas = FigureCanvasAgg(fig)
    renderer = canvas.get_renderer()

    draw_title(fig, renderer, labels.title)
    ax = fig.add_axes(_AXES_RECT)
    style_mood_axes(ax, labels.mood_axis, x_left=0.4, y_limits=_Y_LIMITS, label_y=0.5)
    count = len(weeks)
    handles = [_draw_line(ax, week, index, count) for index, week in enumerate(weeks)]
    if all(m is None for week in weeks for m in week.moods):
        say_no_data(ax, labels.no_data)
    fit_day_labels(ax, renderer, labels.day_labels)
    _draw_legend(fig, renderer, handles, [_short(week.label) for week in weeks])

    buf = io.BytesIO()
    canvas.print_png(buf, metadata={"Software": None})
    return buf.getvalue()


def _validate(weeks: Sequence[WeekLine], labels: WeeksLabels) -> None:
    if not 1 <= len(weeks) <= MAX_WEEKS:
        raise ValueError(f"need 1..{MAX_WEEKS} weeks, got {len(weeks)}")
    if len(labels.day_labels) != DAYS:
        raise ValueError(f"need {DAYS} day labels, got {len(labels.day_labels)}")
    for week in weeks:
        if len(week.moods) != DAYS:
            raise ValueError(f"need {DAYS} moods a week, got {len(week.moods)}")
        for mood in week.moods:
            if mood is not None and not MOOD_MIN <= mood <= MOOD_MAX:
                raise ValueError(f"mood must be {MOOD_MIN}..{MOOD_MAX} or None, got {mood}")


def _style(index: int, count: int) -> dict[str, Any]:
    """The latest week thick and blue in front; earlier ones thinner, each its own colour."""
    if index == count - 1:
        return {
            "color": MAIN,
            "linewidth": 6,
            "marker": "o",
            "markersize": 18,
            "markeredgecolor": "white",
            "markeredgewidth": 3,
            "zorder": 10,
        }
    back = count - 2 - index  # 0 = the week before the latest
    return {
        "color": _EARLIER[back % len(_EARLIER)],
        "linewidth": 3,
        "marker": _MARKERS[back % len(_MARKERS)],
        "markersize": 11,
        "markeredgecolor": "white",
        "markeredgewidth": 1.5,
        "zorder": 9 - back,
    }


def _draw_line(ax: Axes, week: WeekLine, index: int, count: int) -> Line2D:
    """NaN breaks the line: a missed day is a gap, never a zero; a lone answer is a point."""
    days = [d + _shift(index, count) for d in range(1, DAYS + 1)]
    moods = [math.nan if m is None else float(m) for m in week.moods]
    (line,) = ax.plot(days, moods, solid_capstyle="round", **_style(index, count))
    return line


def _shift(index: int, count: int) -> float:
    """The latest week sits on the day; earlier ones step out to either side of it."""
    back = count - 2 - index
    if back < 0:
        return 0.0
    return (back // 2 + 1) * _DODGE * (-1 if back % 2 == 0 else 1)


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1].rstrip() + "…"


def _draw_legend(
    fig: Figure, renderer: RendererAgg, handles: list[Line2D], names: list[str]
) -> None:
    """Oldest to latest, in one column (up to 4 weeks) or two; shrunk if a label runs wide."""
    size = _LEGEND_PT
    legend = _legend(fig, handles, names, size)
    max_px = fig.bbox.width * (1 - 2 * MARGIN_X)
    while legend.get_window_extent(renderer).width > max_px and size > _LEGEND_MIN_PT:
        legend.remove()
        size -= 1
        legend = _legend(fig, handles, names, size)


def _legend(fig: Figure, handles: list[Line2D], names: list[str], size: int) -> Legend:
    legend = fig.legend(
        handles=handles,
        labels=names,
        loc="upper left",
        bbox_to_anchor=(MARGIN_X, _LEGEND_TOP),
        ncols=1 if len(names) <= 4 else 2,
        frameon=False,
        prop={"family": FONT, "size": size},
        labelcolor=INK,
        handlelength=1.8,
        handletextpad=0.6,
        borderaxespad=0,
        labelspacing=0.55,
        columnspacing=1.6,
    )
    texts = legend.get_texts()
    for text in texts:
        text.set_parse_math(False)
    texts[-1].set_fontweight("bold")  # the latest week
    return legend
