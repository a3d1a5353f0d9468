"""A person's week as a phone-friendly PNG: mood line, "tried something" stars, anchor diamonds.

Pure and thread-safe: it builds a private ``Figure`` drawn by ``FigureCanvasAgg`` (no pyplot,
no global rcParams), so the bot can call it through ``asyncio.to_thread``. Every piece of text
names its font explicitly, so a caller's rcParams can't change the look, and DejaVu Sans (shipped
with matplotlib) covers Latin, Cyrillic and Greek.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from bot.charts.data import (
    CHART_SIZE,
    DAYS,
    EFFECTS,
    HELPED,
    MOOD_MAX,
    MOOD_MIN,
    ChartLabels,
    DayPoint,
)

DPI = 100

FONT = "DejaVu Sans"
MAIN = "#2F6690"  # calm blue: the mood line and points
_ACCENT = "#E07A1F"  # warm orange: stars and diamonds
INK = "#22313F"  # text
_MUTED = "#6B7785"  # ticks, axis label, "no answers" text
_GRID = "#E3E8EE"
_BAND = "#F4F6F9"

# Font sizes in points; at 100 dpi one point is ~1.39 px, so 24 pt is ~33 px tall.
_TITLE_PT = 36
_TITLE_ONE_LINE_MIN_PT = 30
_TITLE_FLOOR_PT = 14  # only absurdly long titles go below 20 pt
_TICK_PT = 26
_TICK_MIN_PT = 20
_LEGEND_PT = 23
_NO_DATA_PT = 40

# Vertical layout of the single axes: mood 1..5 in the middle, marker bands above and below.
_STAR_Y = 5.95
_DIAMOND_Y = 0.2
_Y_LIMITS = (-0.35, 6.5)

# Figure-fraction layout.
MARGIN_X = 0.04
_TITLE_TOP = 0.965
_AXES_RECT = (0.115, 0.265, 0.855, 0.575)  # left, bottom, width, height
_LEGEND_TOP = 0.125


def draw_week_chart(points: Sequence[DayPoint], labels: ChartLabels) -> bytes:
    """Render the week as PNG bytes of exactly ``CHART_SIZE`` pixels.

    Days missing from ``points`` are treated as unanswered. Raises ``ValueError`` on a day
    outside 1..7, a repeated day, a mood outside 1..5, an unknown effect, or not 7 day labels.
    """
    by_day = _validate(points, labels)
    width, height = CHART_SIZE
    fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor="white")
    canvas = FigureCanvasAgg(fig)
    renderer = canvas.get_renderer()

    days = list(range(1, DAYS + 1))
    moods = [_mood_value(by_day.get(d)) for d in days]
    tried_days = [d for d in days if (p := by_day.get(d)) is not None and p.tried]
    helped_days = [d for d in days if (p := by_day.get(d)) is not None and p.effect in HELPED]
    answered = any(
        p.mood is not None or p.tried is not None or p.effect is not None for p in by_day.values()
    )

    draw_title(fig, renderer, labels.title)
    ax = fig.add_axes(_AXES_RECT)
    _style_axes(ax, labels)

    # The mood line: NaN breaks the line, so a missed day is a gap and never a zero.
    ax.plot(
        days,
        moods,
        color=MAIN,
        linewidth=5,
        marker="o",
        markersize=19,
        markerfacecolor=MAIN,
        markeredgecolor="white",
        markeredgewidth=3,
        solid_capstyle="round",
        zorder=3,
    )
    star_style: dict[str, Any] = {
        "marker": "*",
        "markersize": 36,
        "color": _ACCENT,
        "linestyle": "none",
    }
    diamond_style: dict[str, Any] = {
        "marker": "D",
        "markersize": 20,
        "color": _ACCENT,
        "linestyle": "none",
    }
    if tried_days:
        ax.plot(tried_days, [_STAR_Y] * len(tried_days), zorder=3, **star_style)
    if helped_days:
        ax.plot(helped_days, [_DIAMOND_Y] * len(helped_days), zorder=3, **diamond_style)

    if not answered:
        say_no_data(ax, labels.no_data)

    fit_day_labels(ax, renderer, labels.day_labels)

    handles = [
        Line2D([], [], **star_style, label=labels.tried_legend),
        Line2D([], [], **diamond_style, label=labels.effect_legend),
    ]
    legend = fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(MARGIN_X, _LEGEND_TOP),
        frameon=False,
        prop={"family": FONT, "size": _LEGEND_PT},
        labelcolor=INK,
        handlelength=1.2,
        handletextpad=0.6,
        borderaxespad=0,
        labelspacing=0.5,
    )
    for legend_text in legend.get_texts():
        legend_text.set_parse_math(False)

    buf = io.BytesIO()
    canvas.print_png(buf, metadata={"Software": None})
    return buf.getvalue()


def _validate(points: Sequence[DayPoint], labels: ChartLabels) -> dict[int, DayPoint]:
    """Check inputs and index the points by day."""
    if len(labels.day_labels) != DAYS:
        raise ValueError(f"need {DAYS} day labels, got {len(labels.day_labels)}")
    by_day: dict[int, DayPoint] = {}
    for p in points:
        if not 1 <= p.day <= DAYS:
            raise ValueError(f"day must be 1..{DAYS}, got {p.day}")
        if p.day in by_day:
            raise ValueError(f"day {p.day} given twice")
        if p.mood is not None and not MOOD_MIN <= p.mood <= MOOD_MAX:
            raise ValueError(f"mood must be {MOOD_MIN}..{MOOD_MAX} or None, got {p.mood}")
        if p.effect is not None and p.effect not in EFFECTS:
            raise ValueError(f"unknown effect {p.effect!r}")
        by_day[p.day] = p
    return by_day


def _mood_value(point: DayPoint | None) -> float:
    """The mood as a float, NaN when unanswered (a gap in the line)."""
    return math.nan if point is None or point.mood is None else float(point.mood)


def _style_axes(ax: Axes, labels: ChartLabels) -> None:
    """The shared mood axes, and quiet bands above and below them for the markers."""
    label_y = (3 - _Y_LIMITS[0]) / (_Y_LIMITS[1] - _Y_LIMITS[0])  # beside mood 3
    style_mood_axes(ax, labels.mood_axis, x_left=0.5, y_limits=_Y_LIMITS, label_y=label_y)
    # Quiet bands that hold the markers, kept visibly apart from the mood scale.
    ax.axhspan(5.55, _Y_LIMITS[1], color=_BAND, linewidth=0, zorder=0)
    ax.axhspan(_Y_LIMITS[0], 0.6, color=_BAND, linewidth=0, zorder=0)


def style_mood_axes(
    ax: Axes, mood_axis: str, x_left: float, y_limits: tuple[float, float], label_y: float
) -> None:
    """Integer mood ticks, all seven days, light guides, no chart junk (the week's chart and
    the chart of every week)."""
    ax.set_xlim(x_left, DAYS + 0.5)
    ax.set_ylim(*y_limits)
    ax.set_yticks(
        range(MOOD_MIN, MOOD_MAX + 1),
        [str(v) for v in range(MOOD_MIN, MOOD_MAX + 1)],
        fontsize=_TICK_PT,
        fontfamily=FONT,
        color=INK,
    )
    ax.set_ylabel(
        mood_axis,
        fontsize=_TICK_PT,
        fontfamily=FONT,
        color=_MUTED,
        labelpad=14,
        parse_math=False,
    )
    ax.yaxis.set_label_coords(-0.085, label_y)
    ax.tick_params(axis="both", length=0, pad=10)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    for v in range(MOOD_MIN, MOOD_MAX + 1):
        ax.axhline(v, color=_GRID, linewidth=1.5, zorder=1)
    ax.set_facecolor("white")


def say_no_data(ax: Axes, text: str) -> None:
    """ "No answers yet", in the middle of an empty chart, over everything."""
    ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=_NO_DATA_PT,
        fontfamily=FONT,
        color=_MUTED,
        wrap=True,
        bbox={"facecolor": "white", "edgecolor": "none", "pad": 12},
        parse_math=False,
        zorder=20,
    )


def draw_title(fig: Figure, renderer: RendererAgg, title: str) -> None:
    """Left-aligned bold title; shrunk a little, then split over two lines, to fit the width."""
    max_px = fig.bbox.width * (1 - 2 * MARGIN_X)
    text: Text = fig.text(
        MARGIN_X,
        _TITLE_TOP,
        title,
        ha="left",
        va="top",
        fontsize=_TITLE_PT,
        fontfamily=FONT,
        fontweight="bold",
        color=INK,
        linespacing=1.1,
        parse_math=False,  # a "$" in a name is a dollar sign, not maths
    )

    def shrink_to_fit(floor: int) -> None:
        size = int(text.get_fontsize())
        while text.get_window_extent(renderer).width > max_px and size > floor:
            size -= 1
            text.set_fontsize(size)

    shrink_to_fit(_TITLE_ONE_LINE_MIN_PT)
    if text.get_window_extent(renderer).width <= max_px:
        return
    width = math.ceil(len(title) / 2)
    while len(lines := textwrap.wrap(title, width=width)) > 2:
        width += 1
    text.set_text("\n".join(lines))
    shrink_to_fit(_TITLE_FLOOR_PT)


def fit_day_labels(ax: Axes, renderer: RendererAgg, day_labels: Sequence[str]) -> None:
    """Day labels under each day; break at the first space, then shrink, if they'd collide."""
    slot_px = ax.bbox.width / DAYS * 0.92
    style: dict[str, Any] = {
        "fontsize": _TICK_PT,
        "fontfamily": FONT,
        "color": INK,
        "parse_math": False,
    }
    ax.set_xticks(range(1, DAYS + 1), list(day_labels), **style)

    def widest() -> float:
        return max(t.get_window_extent(renderer).width for t in ax.get_xticklabels())

    if widest() <= slot_px:
        return
    ax.set_xticks(range(1, DAYS + 1), [s.replace(" ", "\n", 1) for s in day_labels], **style)
    size = _TICK_PT
    while widest() > slot_px and size > _TICK_MIN_PT:
        size -= 1
        for t in ax.get_xticklabels():
            t.set_fontsize(size)
