"""Which help lines to offer: the person's country first, then their language, then directories.

The country comes from the person's IANA time zone through CLDR's zone-to-territory table
(Babel). The lines themselves, with their sources, are content (`content.helplines`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from content.helplines import (
    DIRECTORIES,
    KIND_TEXT,
    LANGUAGE_HOME,
    LINES,
    NOTE_TEXT,
    SHARED_ZONES,
    HelpLine,
    Kind,
)

__all__ = ["HelpLine", "countries_for_zone", "describe", "lines_for"]

MAX_LINES = 5  # a short list: the most relevant first, the directory always included
# CLDR's codes for "unknown region" (Etc/UTC and the like) and "the world" (EST5EDT, Troll).
_NO_COUNTRY = ("ZZ", "001")
_FALLBACK_LOCALE = "en"


def _base(language: str) -> str:
    return (language or "").lower().replace("_", "-").split("-")[0]


@cache
def country_for_zone(zone: str | None) -> str | None:
    """The ISO 3166 country of an IANA zone ("Europe/Lisbon" → "PT"), None if it has none."""
    if not zone:
        return None
    territories: Mapping[str, str] = get_global("zone_territories")
    aliases: Mapping[str, str] = get_global("zone_aliases")
    country = territories.get(zone) or territories.get(aliases.get(zone, ""))
    return None if country is None or country in _NO_COUNTRY else country


def countries_for_zone(zone: str | None) -> tuple[str, ...]:
    """The zone's country, then any other country its picker button stands for."""
    country = country_for_zone(zone)
    if country is None:
        return ()
    return (country, *(c for c in SHARED_ZONES.get(zone or "", ()) if c != country))


# Every country's lines, each knowing its country (one shared "112" entry serves many).
_BY_COUNTRY: dict[str, tuple[HelpLine, ...]] = {
    code: tuple(replace(line, country=code) for line in lines) for code, lines in LINES.items()
}


def _ordered(lines: tuple[HelpLine, ...], language: str) -> list[HelpLine]:
    """Crisis lines in the person's language first, then other crisis lines, then emergency."""

    def rank(line: HelpLine) -> tuple[int, int]:
        speaks = not line.languages or language in line.languages
        return (0 if line.kind is Kind.CRISIS else 1, 0 if speaks else 1)

    return sorted(lines, key=rank)  # stable: the order in content stays within a rank


def _crisis_first(lines: list[HelpLine]) -> list[HelpLine]:
    return sorted(lines, key=lambda line: line.kind is not Kind.CRISIS)


def lines_for(zone: str | None, language: str) -> list[HelpLine]:
    """The help lines to offer someone in `zone` who writes in `language`, most relevant first.

    Their country's lines (crisis lines in their language first, then the emergency number),
    then the first crisis line of any other country the zone's picker button names; if we know
    no lines for where they are, the lines of their language's home country when the country
    is unknown; and always an international directory last.
    """
    lang = _base(language)
    countries = countries_for_zone(zone)
    chosen: list[HelpLine] = []
    if countries and countries[0] in _BY_COUNTRY:
        chosen.extend(_ordered(_BY_COUNTRY[countries[0]], lang))
        for other in countries[1:]:
            chosen.extend(_ordered(_BY_COUNTRY.get(other, ()), lang)[:1])
    elif not countries and lang in LANGUAGE_HOME:
        chosen.extend(_ordered(_BY_COUNTRY[LANGUAGE_HOME[lang]], lang))
    unique = _crisis_first(list(dict.fromkeys(chosen)))[: MAX_LINES - 1]
    return [*unique, DIRECTORIES[0]]


@cache
def _country_name(country: str, language: str) -> str:
    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        names = Locale.parse(_FALLBACK_LOCALE).territories
    return names.get(country, country)


def describe(line: HelpLine, language: str) -> str:
    """One plain-text line for the care message, in the person's language, e.g.
    "Portugal · SOS Voz Amiga: 213 544 545 · sosvozamiga.org"."""
    lang = _base(language) if _base(language) in KIND_TEXT else _FALLBACK_LOCALE
    head = f"{_country_name(line.country, lang)} · " if line.country else ""
    name = line.name if line.kind is not Kind.EMERGENCY else KIND_TEXT[lang][Kind.EMERGENCY]
    reach = " · ".join(part for part in (line.number, line.link) if part)
    notes = [NOTE_TEXT[lang][note] for note in line.notes]
    if line.kind is Kind.DIRECTORY:
        notes.append(KIND_TEXT[lang][Kind.DIRECTORY])
    tail = f" ({', '.join(notes)})" if notes else ""
    return f"{head}{name}: {reach}{tail}"
