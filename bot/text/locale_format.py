"""Dates, weekdays, numbers and lists shaped the way each language writes them (CLDR via Babel).

"пятница, 27 ноября" and "viernes, 27 de noviembre"; "3,0" in Russian and Spanish; "Mira and Jo",
"Мира и Дима", "Mira y Jo". A locale Babel does not know is written as English.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, time
from functools import cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time, match_skeleton
from babel.lists import format_list
from babel.numbers import format_decimal

FALLBACK = "en"
ListStyle = Literal["standard", "or"]
_SHORT_WEEKDAY = re.compile(r"(?<!E)E{1,3}(?!E)")


@cache
def locale_of(locale: str) -> Locale:
    """Babel's Locale for "ru", "es", "pt-br"; English when Babel does not know it."""
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(FALLBACK)


def weekday(day: date, locale: str) -> str:
    """The full weekday name: "Friday", "пятница", "viernes"."""
    return format_date(day, "EEEE", locale=locale_of(locale))


def day_month(day: date, locale: str) -> str:
    """Day and month name: "November 27", "27 ноября", "27 de noviembre"."""
    return format_skeleton("MMMMd", day, locale=locale_of(locale))


def month_day(day: date, locale: str) -> str:
    """Short month and day, naming a week by its start: "Mar 2", "2 мар.", "2 mar"."""
    return format_skeleton("MMMd", day, locale=locale_of(locale))


def short_day(day: date, locale: str) -> str:
    """Short weekday, day and month: "Fri, Nov 27", "пт, 27 нояб.", "vie, 27 nov"."""
    return format_skeleton("MMMEd", day, locale=locale_of(locale))


def weekday_day(day: date, locale: str) -> str:
    """Short weekday and day of the month, for a chart's axis: "28 Sat", "сб, 28", "sáb 28"."""
    return format_skeleton("Ed", day, locale=locale_of(locale))


@cache
def _weekday_day_month_pattern(locale: Locale) -> str:
    # Babel picks the language's pattern for the skeleton but keeps its short weekday.
    skeleton = match_skeleton("MMMMEd", locale.datetime_skeletons) or "MMMMEd"
    return _SHORT_WEEKDAY.sub("EEEE", str(locale.datetime_skeletons[skeleton].pattern))


def weekday_day_month(day: date, locale: str) -> str:
    """ "Friday, November 27", "пятница, 27 ноября", "viernes, 27 de noviembre"."""
    babel_locale = locale_of(locale)
    return format_date(day, _weekday_day_month_pattern(babel_locale), locale=babel_locale)


def clock(at: time, locale: str) -> str:
    """A 24-hour clock time as the language writes it: "21:05"."""
    return format_time(at, "HH:mm", locale=locale_of(locale))


def decimal(value: float, locale: str, places: int = 1) -> str:
    """A number with a fixed count of decimals: 3.0 -> "3.0" (en), "3,0" (ru, es)."""
    pattern = "0." + "0" * places if places > 0 else "0"
    return format_decimal(value, format=pattern, locale=locale_of(locale))


def number(value: int, locale: str) -> str:
    """A whole number with the language's grouping: 12345 -> "12,345", "12 345"."""
    return format_decimal(value, locale=locale_of(locale))


def join_list(items: Iterable[str], locale: str, style: ListStyle = "standard") -> str:
    """ "Mira and Jo", "Мира и Дима", "Mira y Jo"; style="or" for "Mira or Jo"."""
    names = list(items)
    babel_locale = locale_of(locale)
    joined = format_list(names, style=style, locale=babel_locale)
    if babel_locale.language == "es" and len(names) > 1:
        return _spanish_joiner(joined, names[-1], style)
    return joined


def _spanish_joiner(joined: str, last: str, style: ListStyle) -> str:
    """Spanish says "e" for "y" before an i sound ("Mira e Inés") and "u" for "o" before an
    o sound ("Jo u Olga"); Babel leaves that to us."""
    sound = unicodedata.normalize("NFKD", last.casefold())
    word, swap = (" y ", " e ") if style == "standard" else (" o ", " u ")
    vowel = r"h?i(?![aeiou])" if style == "standard" else r"h?o"
    if re.match(vowel, sound) and joined.endswith(word + last):
        return joined[: -len(word + last)] + swap + last
    return joined
