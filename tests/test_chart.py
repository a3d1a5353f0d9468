"""The weekly chart: valid PNGs of the right size, visibly different weeks, off-loop rendering."""

from __future__ import annotations

import asyncio
import io
import warnings

import matplotlib
import numpy as np
import pytest
from matplotlib.image import imread

from bot.charts.data import (
    CHART_SIZE,
    MAX_WEEKS,
    WEEKS_CHART_SIZE,
    ChartLabels,
    DayPoint,
    WeekLine,
    WeeksLabels,
    render_week_chart,
    render_weeks_chart,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

EN = ChartLabels(
    title="Your week with Mum",
    day_labels=("Mon 23", "Tue 24", "Wed 25", "Thu 26", "Fri 27", "Sat 28", "Sun 29"),
    mood_axis="Mood",
    tried_legend="Tried something new or hard",
    effect_legend="Calmer or braver thanks to your anchor",
    no_data="No answers yet",
)
RU = ChartLabels(
    title="Ваша неделя с мамой",
    day_labels=("Пн 23", "Вт 24", "Ср 25", "Чт 26", "Пт 27", "Сб 28", "Вс 29"),
    mood_axis="Настроение",
    tried_legend="Попробовали что-то новое или трудное",
    effect_legend="Спокойнее или смелее благодаря опоре",
    no_data="Пока нет ответов",
)

FULL = (
    DayPoint(1, 2, False, "neither"),
    DayPoint(2, 3, True, "calmer"),
    DayPoint(3, 3, False, None),
    DayPoint(4, 4, True, "both"),
    DayPoint(5, 3, None, "braver"),
    DayPoint(6, 5, True, "calmer"),
    DayPoint(7, 4, False, "neither"),
)
# Same week, but no mood on days 3 and 5 (and day 6 missing entirely).
GAPS = (
    DayPoint(1, 2, False, "neither"),
    DayPoint(2, 3, True, "calmer"),
    DayPoint(3, None, False, None),
    DayPoint(4, 4, True, "both"),
    DayPoint(5, None, None, "braver"),
    DayPoint(7, 4, False, "neither"),
)
EMPTY: tuple[DayPoint, ...] = tuple(DayPoint(d, None, None, None) for d in range(1, 8))

MAIN_RGB = (0x2F, 0x66, 0x90)  # the mood line colour in bot/charts/data.py


def decode(png: bytes, size: tuple[int, int] = CHART_SIZE) -> np.ndarray:
    """PNG bytes -> float RGB(A) array, after checking the signature and pixel size."""
    assert png.startswith(PNG_SIGNATURE)
    img = imread(io.BytesIO(png))
    width, height = size
    assert img.ndim == 3
    assert img.shape[:2] == (height, width)
    assert img.shape[2] in (3, 4)
    return img


def count_colour(img: np.ndarray, rgb: tuple[int, int, int], tol: float = 0.03) -> int:
    """Pixels within ``tol`` (per channel, 0..1 scale) of the given colour."""
    target = np.array(rgb, dtype=np.float32) / 255
    return int(np.all(np.abs(img[..., :3] - target) <= tol, axis=-1).sum())


def differing_fraction(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.any(np.abs(a - b) > 0.05, axis=-1).mean())


def render_quietly(points: tuple[DayPoint, ...], labels: ChartLabels) -> bytes:
    """Render, failing on any warning (e.g. matplotlib's "Glyph ... missing from font")."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return render_week_chart(points, labels)


def test_full_week() -> None:
    img = decode(render_quietly(FULL, EN))
    assert count_colour(img, MAIN_RGB) > 5_000  # line and points are drawn


def test_week_with_gaps_differs_from_full_week() -> None:
    full = decode(render_quietly(FULL, EN))
    gaps = decode(render_quietly(GAPS, EN))
    assert not np.array_equal(full, gaps)
    assert differing_fraction(full, gaps) > 0.005
    # Gaps remove line segments rather than drawing anything at zero.
    assert 0 < count_colour(gaps, MAIN_RGB) < count_colour(full, MAIN_RGB)


def test_empty_week() -> None:
    empty = decode(render_quietly(EMPTY, EN))
    full = decode(render_quietly(FULL, EN))
    assert count_colour(empty, MAIN_RGB) == 0  # no mood line at all
    assert differing_fraction(full, empty) > 0.01
    # No points at all renders the same as seven unanswered days.
    assert np.array_equal(decode(render_quietly((), EN)), empty)


def test_cyrillic_week() -> None:
    ru = decode(render_quietly(GAPS, RU))
    en = decode(render_quietly(GAPS, EN))
    assert not np.array_equal(ru, en)
    assert differing_fraction(ru, en) > 0.005


def test_output_is_deterministic() -> None:
    assert render_week_chart(FULL, EN) == render_week_chart(FULL, EN)


def test_global_rcparams_untouched() -> None:
    before = dict(matplotlib.rcParams)
    render_week_chart(FULL, RU)
    assert dict(matplotlib.rcParams) == before


@pytest.mark.parametrize(
    ("points", "labels"),
    [
        ((DayPoint(0, 3, None, None),), EN),
        ((DayPoint(8, 3, None, None),), EN),
        ((DayPoint(1, 3, None, None), DayPoint(1, 4, None, None)), EN),
        ((DayPoint(1, 0, None, None),), EN),
        ((DayPoint(1, 6, None, None),), EN),
        ((DayPoint(1, 3, None, "happier"),), EN),
        (FULL, ChartLabels("t", ("Mon",) * 6, "Mood", "a", "b", "none")),
    ],
)
def test_rejects_bad_input(points: tuple[DayPoint, ...], labels: ChartLabels) -> None:
    with pytest.raises(ValueError):
        render_week_chart(points, labels)


async def test_render_in_worker_thread_does_not_block_event_loop() -> None:
    render = asyncio.create_task(asyncio.to_thread(render_week_chart, FULL, EN))
    ticks = 0
    while not render.done():
        await asyncio.sleep(0.01)
        ticks += 1
    decode(await render)
    assert ticks > 3


@pytest.mark.parametrize("title", ["Mom $x^$", "$5 and $6", r"back\slash _under_ {braces} ^caret"])
def test_special_characters_in_names_are_drawn_as_they_are(title: str) -> None:
    labels = ChartLabels(
        title=title,
        day_labels=tuple(f"${d}" for d in range(1, 8)),
        mood_axis="$Mood",
        tried_legend="Tried $",
        effect_legend="Calm_er ^",
        no_data="No $ yet",
    )
    for points in ([], [DayPoint(day=1, mood=3, tried=True, effect="both")]):
        png = render_week_chart(points, labels)
        image = imread(io.BytesIO(png))
        assert image.shape[:2] == (CHART_SIZE[1], CHART_SIZE[0])


WEEKS_EN = WeeksLabels(
    title="Every week so far",
    day_labels=tuple(f"Day {d}" for d in range(1, 8)),
    mood_axis="Mood",
    no_data="No answers yet",
)
WEEKS_RU = WeeksLabels(
    title="Все твои недели",
    day_labels=tuple(f"День {d}" for d in range(1, 8)),
    mood_axis="Настроение",
    no_data="Пока нет ответов",
)
MOOD_PATTERNS: tuple[tuple[int | None, ...], ...] = (
    (2, 3, 3, 4, 3, 5, 4),
    (3, None, 2, None, 4, 4, None),
    (1, 2, 3, 4, 5, 4, 3),
    (None,) * 7,
    (5, 5, 4, None, None, None, None),
    (3, 3, 3, 3, 3, 3, 3),
    (None, None, None, 2, None, None, None),  # a lone answer: a point, not a line
    (4, 4, 5, 5, 4, 4, 5),
)


LATEST = (3, 4, 4, 5, 4, None, 5)


def weeks(count: int, name: str = "Mira") -> tuple[WeekLine, ...]:
    """`count` weeks, oldest first: earlier weeks with gaps and empty ones, the latest answered."""
    moods = [*MOOD_PATTERNS[: count - 1], LATEST]
    return tuple(WeekLine(label=f"Mar {2 + 7 * i} · {name}", moods=m) for i, m in enumerate(moods))


def render_weeks_quietly(lines: tuple[WeekLine, ...], labels: WeeksLabels) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return decode(render_weeks_chart(lines, labels), WEEKS_CHART_SIZE)


@pytest.mark.parametrize("count", range(1, MAX_WEEKS + 1))
def test_every_week_so_far_is_drawn(count: int) -> None:
    img = render_weeks_quietly(weeks(count), WEEKS_EN)
    assert count_colour(img, MAIN_RGB) > 2_000  # the latest week stands out in the main colour


def test_each_week_adds_a_line() -> None:
    two = render_weeks_quietly(weeks(2), WEEKS_EN)
    three = render_weeks_quietly(weeks(3), WEEKS_EN)
    assert differing_fraction(two, three) > 0.005


def test_the_latest_week_is_the_emphasised_one() -> None:
    lines = weeks(2)
    swapped = (lines[1], lines[0])
    assert not np.array_equal(
        render_weeks_quietly(lines, WEEKS_EN), render_weeks_quietly(swapped, WEEKS_EN)
    )


def test_weeks_without_answers_say_so() -> None:
    empty = (WeekLine("Mar 2 · Mira", (None,) * 7), WeekLine("Mar 9 · Mira", (None,) * 7))
    img = render_weeks_quietly(empty, WEEKS_EN)
    assert count_colour(img, MAIN_RGB) < 2_000  # only the legend's marker, no line


@pytest.mark.parametrize(
    "name",
    [
        "<b>Mo & Jo</b>",
        "Mom $x^$ back\\slash _under_",
        "my dear grandmother Anastasia Konstantinovna and her neighbour Bartholomew",
        "Мира и Дима",
    ],
)
def test_names_are_drawn_as_they_are_however_long(name: str) -> None:
    render_weeks_quietly(weeks(MAX_WEEKS, name), WEEKS_RU)


def test_weeks_chart_is_deterministic_and_leaves_rcparams_alone() -> None:
    before = dict(matplotlib.rcParams)
    assert render_weeks_chart(weeks(3), WEEKS_RU) == render_weeks_chart(weeks(3), WEEKS_RU)
    assert dict(matplotlib.rcParams) == before


@pytest.mark.parametrize(
    ("lines", "labels"),
    [
        ((), WEEKS_EN),
        (weeks(MAX_WEEKS + 1), WEEKS_EN),
        ((WeekLine("x", (3,) * 6),), WEEKS_EN),
        ((WeekLine("x", (3, 3, 3, 3, 3, 3, 6)),), WEEKS_EN),
        (weeks(2), WeeksLabels("t", ("Day",) * 6, "Mood", "none")),
    ],
)
def test_weeks_chart_rejects_bad_input(lines: tuple[WeekLine, ...], labels: WeeksLabels) -> None:
    with pytest.raises(ValueError):
        render_weeks_chart(lines, labels)
