"""Dates in the person's language from CLDR: the journal's days, a day in a sentence, the chart."""

from __future__ import annotations

from datetime import date

import pytest

from bot.week_view import chart_inputs, date_label, long_date
from content import Texts
from storage.models import Week

MONDAY = date(2026, 3, 23)


def week() -> Week:
    return Week(id=1, user_id=1, number=1, status="active", anchor_name="Mira", start_date=MONDAY)


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
