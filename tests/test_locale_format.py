"""Dates, numbers and lists read the way each language writes them."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.text.locale_format import (
    clock,
    day_month,
    decimal,
    join_list,
    number,
    short_day,
    weekday,
    weekday_day_month,
)

FRIDAY = date(2026, 11, 27)
MONDAY = date(2026, 3, 23)


@pytest.mark.parametrize(
    ("locale", "day", "expected"),
    [
        ("en", FRIDAY, "Friday"),
        ("ru", FRIDAY, "пятница"),
        ("es", FRIDAY, "viernes"),
        ("ru", MONDAY, "понедельник"),
        ("es", MONDAY, "lunes"),
    ],
)
def test_weekday(locale: str, day: date, expected: str) -> None:
    assert weekday(day, locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "November 27"), ("ru", "27 ноября"), ("es", "27 de noviembre")],
)
def test_day_and_month_in_the_case_the_language_needs(locale: str, expected: str) -> None:
    assert day_month(FRIDAY, locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "Friday, November 27"),
        ("ru", "пятница, 27 ноября"),
        ("es", "viernes, 27 de noviembre"),
    ],
)
def test_weekday_day_month(locale: str, expected: str) -> None:
    assert weekday_day_month(FRIDAY, locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "Mon, Mar 23"), ("ru", "пн, 23 мар."), ("es", "lun, 23 mar")],
)
def test_short_day(locale: str, expected: str) -> None:
    assert short_day(MONDAY, locale) == expected


@pytest.mark.parametrize(
    ("locale", "value", "places", "expected"),
    [
        ("en", 3.0, 1, "3.0"),
        ("ru", 3.0, 1, "3,0"),
        ("es", 3.0, 1, "3,0"),
        ("ru", 4.5, 1, "4,5"),
        ("en", 4.0, 0, "4"),
        ("es", 2.75, 2, "2,75"),
    ],
)
def test_decimal(locale: str, value: float, places: int, expected: str) -> None:
    assert decimal(value, locale, places) == expected


def test_whole_numbers_are_grouped_per_language() -> None:
    assert number(12345, "en") == "12,345"
    assert number(12345, "ru") == "12\u00a0345"
    assert number(12345, "es") == "12.345"


def test_clock_is_24_hour_in_every_language() -> None:
    for locale in ("en", "ru", "es"):
        assert clock(time(21, 5), locale) == "21:05"
        assert clock(time(9, 0), locale) == "09:00"


@pytest.mark.parametrize(
    ("locale", "items", "expected"),
    [
        ("en", ["Mira", "Jo"], "Mira and Jo"),
        ("ru", ["Мира", "Дима"], "Мира и Дима"),
        ("es", ["Mira", "Jo"], "Mira y Jo"),
        ("en", ["Mira"], "Mira"),
        ("en", ["Mira", "Jo", "Sam"], "Mira, Jo, and Sam"),
        ("ru", ["Мира", "Дима", "Оля"], "Мира, Дима и Оля"),
        ("es", ["Mira", "Jo", "Ana"], "Mira, Jo y Ana"),
        ("es", ["Mira", "Inés"], "Mira e Inés"),
        ("es", ["Ana", "Jo", "Hilda"], "Ana, Jo e Hilda"),
        ("es", ["Mira", "Hierro"], "Mira y Hierro"),
    ],
)
def test_join_list(locale: str, items: list[str], expected: str) -> None:
    assert join_list(items, locale) == expected


def test_join_list_with_or() -> None:
    assert join_list(["Mira", "Jo"], "en", style="or") == "Mira or Jo"
    assert join_list(["Мира", "Дима"], "ru", style="or") == "Мира или Дима"
    assert join_list(["Jo", "Olga"], "es", style="or") == "Jo u Olga"
    assert join_list(["Jo", "Ana"], "es", style="or") == "Jo o Ana"


@pytest.mark.parametrize("locale", ["xx", "", "klingon", "zz-ZZ"])
def test_unknown_locale_is_written_as_english(locale: str) -> None:
    assert weekday(FRIDAY, locale) == "Friday"
    assert decimal(3.0, locale) == "3.0"
    assert join_list(["Mira", "Jo"], locale) == "Mira and Jo"


def test_region_tags_from_telegram_work() -> None:
    assert weekday(FRIDAY, "es-MX") == "viernes"
    assert decimal(3.0, "pt-br") == "3,0"
