"""Dates in the person's language from CLDR: the journal's days, a day in a sentence, the chart."""

from __future__ import annotations

from datetime import date

import pytest

from bot.text.week_view import chart_inputs, date_label, long_date, weeks_chart_inputs, weeks_text
from content import Texts
from storage.models import CheckIn, Week
from tests.anchor_rows import rows

MONDAY = date(2026, 3, 23)


def week() -> Week:
    return Week(id=1, user_id=1, number=1, status="active", anchors=rows("Mira"), start_date=MONDAY)


@pytest.mark.parametrize(
    ("locale", "label", "sentence"),
    [
        ("en", "Sat, Mar 28", "Saturday, March 28"),
        ("ru", "сб, 28 мар.", "суббота, 28 марта"),
        ("es", "sáb, 28 mar", "sábado, 28 de marzo"),
    ],
)
def test_a_day_reads_the_way_the_language_writes_it(locale: str, label: str, sentence: str) -> None:
    t = Texts(locale)
    assert date_label(t, date(2026, 3, 28)) == label
    assert long_date(t, date(2026, 3, 28)) == sentence
    assert t.plain("when_on", date=long_date(t, date(2026, 3, 28)), time="19:00").count("28") == 1


@pytest.mark.parametrize(
    ("locale", "first", "last", "title"),
    [
        ("en", "23 Mon", "29 Sun", "Your week with Mira"),
        ("ru", "пн, 23", "вс, 29", "Твоя неделя · Mira"),
        ("es", "lun 23", "dom 29", "Tu semana con Mira"),
    ],
)
def test_the_charts_words_are_in_the_persons_language(
    locale: str, first: str, last: str, title: str
) -> None:
    _, labels = chart_inputs(Texts(locale), week(), [])
    assert (labels.day_labels[0], labels.day_labels[-1], labels.title) == (first, last, title)
    assert len(labels.day_labels) == 7


def checkin(day: int, mood: int | None, tried: bool, effect: str | None) -> CheckIn:
    return CheckIn(week_id=1, day=day, mood=mood, tried=tried, effect=effect, skipped=False)


def two_weeks() -> list[tuple[Week, list[CheckIn]]]:
    first = Week(id=1, user_id=1, number=1, status="completed", anchors=rows("<b>Mo & Jo</b>"))
    first.start_date = date(2026, 3, 2)
    second = week()
    second.anchors = rows("Mira", "мой брат Дима")
    return [
        (first, [checkin(1, 2, True, "braver"), checkin(2, None, False, None)]),
        (second, [checkin(1, 4, True, "both"), checkin(2, 3, True, "neither")]),
    ]


@pytest.mark.parametrize(
    ("locale", "legend", "day", "lines"),
    [
        (
            "ru",
            "23 мар. · Mira и твой брат Дима",
            "День 1",
            [
                "<b>Все твои недели</b>",
                "Неделя с 2 мар., рядом — &lt;b&gt;Mo &amp; Jo&lt;/b&gt;: среднее настроение 2,0,"
                " смелых дней — 1, дней спокойнее или смелее — 1",
                "Неделя с 23 мар., рядом — Mira и твой брат Дима: среднее настроение 3,5,"
                " смелых дней — 2, дней спокойнее или смелее — 1",
                "Здесь последние недели: 2 из 9.",
            ],
        ),
        (
            "es",
            "23 mar · Mira y мой брат Дима",
            "Día 1",
            [
                "<b>Todas tus semanas</b>",
                "Semana del 2 mar con &lt;b&gt;Mo &amp; Jo&lt;/b&gt;: ánimo medio 2,0;"
                " 1 día valiente; 1 día con más calma o valor",
                "Semana del 23 mar con Mira y мой брат Дима: ánimo medio 3,5;"
                " 2 días valientes; 1 día con más calma o valor",
                "Aquí ves tus últimas 2 semanas, de 9 en total.",
            ],
        ),
    ],
)
def test_every_week_so_far_in_the_persons_language(
    locale: str, legend: str, day: str, lines: list[str]
) -> None:
    t = Texts(locale)
    chart_lines, labels = weeks_chart_inputs(t, two_weeks())
    assert chart_lines[0].moods == (2, None, None, None, None, None, None)
    assert chart_lines[1].label == legend
    assert chart_lines[0].label.endswith("<b>Mo & Jo</b>")  # drawn as written, never as markup
    assert labels.day_labels[0] == day
    assert weeks_text(t, two_weeks(), total=9).split("\n") == lines
