"""Help lines by where the person is: their country first, then language, then a directory."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlparse
from zoneinfo import available_timezones

import pytest
from babel.core import get_global

from bot.care.helplines import MAX_LINES, countries_for_zone, country_for_zone, describe, lines_for
from bot.places.timezones import parse_zone, picker_zones
from content import LOCALES
from content.helplines import (
    DIRECTORIES,
    KIND_TEXT,
    LINES,
    NOTE_TEXT,
    HelpLine,
    Kind,
    Note,
)
from content.zones import EXTRA_CITIES

# The 30 most populous countries (UN estimates, mid-2020s).
MOST_POPULOUS = (
    "IN", "CN", "US", "ID", "PK", "NG", "BR", "BD", "RU", "ET", "MX", "JP", "EG", "PH", "CD",
    "VN", "IR", "TR", "DE", "TH", "GB", "TZ", "FR", "ZA", "IT", "KE", "MM", "CO", "KR", "SD",
)  # fmt: skip

# Every zone a picker offers in any language, and every zone a typed city can name.
OFFERED_ZONES = sorted({z for code in LOCALES for z in picker_zones(code)} | set(EXTRA_CITIES))
ALL_LINES = [line for lines in LINES.values() for line in lines] + list(DIRECTORIES)


@pytest.mark.parametrize("zone", OFFERED_ZONES)
def test_every_zone_the_pickers_offer_leads_to_its_country_or_to_the_directory(zone: str) -> None:
    lines = lines_for(zone, "en")
    assert lines[-1] in DIRECTORIES
    country = country_for_zone(zone)
    if country is None:  # UTC: no country, the international directory only
        assert zone == "UTC" and lines == [DIRECTORIES[0]]
    else:
        assert country in LINES, f"{zone} → {country} has no lines"
        assert lines[0].country == country


def test_every_zone_a_person_can_type_gets_a_short_list_ending_with_the_directory() -> None:
    for name in available_timezones():
        zone = parse_zone(name)
        if zone is None:
            continue
        for language in ("en", "ru", "es"):
            lines = lines_for(zone, language)
            assert 1 <= len(lines) <= MAX_LINES
            assert lines[-1] in DIRECTORIES
            assert len(set(lines)) == len(lines)


@pytest.mark.parametrize("country", MOST_POPULOUS)
def test_the_most_populous_countries_are_covered(country: str) -> None:
    assert any(line.number for line in LINES[country])


# Every territory a time zone (or one of its old names) can lead to.
ZONE_NAMES = sorted(available_timezones() | set(get_global("zone_aliases")))
REACHABLE = sorted({c for z in ZONE_NAMES if (c := country_for_zone(z)) is not None})


def test_every_zone_leads_to_a_territory_we_know() -> None:
    assert len(REACHABLE) > 240  # every inhabited territory, and a few that are not
    assert "001" not in REACHABLE and "ZZ" not in REACHABLE


@pytest.mark.parametrize("country", REACHABLE)
def test_every_territory_a_zone_reaches_has_its_emergency_number(country: str) -> None:
    emergency = [line for line in LINES[country] if line.kind is Kind.EMERGENCY]
    assert len(emergency) == 1 and emergency[0].number, country
    zone = next(z for z in ZONE_NAMES if country_for_zone(z) == country)
    said = [describe(line, "en") for line in lines_for(zone, "en")]
    assert any("emergency services: " in line for line in said), said


def test_a_russian_adult_outside_moscow_gets_a_national_line_for_adults_first() -> None:
    for zone in ("Asia/Novosibirsk", "Asia/Vladivostok", "Europe/Samara"):
        first = lines_for(zone, "ru")[0]
        assert first.country == "RU" and first.kind is Kind.CRISIS
        assert Note.ADULTS_NATIONWIDE in first.notes
        assert Note.MOSCOW not in first.notes and Note.YOUNG_AND_PARENTS not in first.notes
        assert "для взрослых, из любого региона" in describe(first, "ru")


@pytest.mark.parametrize("line", ALL_LINES, ids=lambda line: line.name)
def test_every_line_has_a_number_or_link_an_official_source_and_a_review_date(
    line: HelpLine,
) -> None:
    assert isinstance(line.reviewed, date) and line.reviewed <= date.today()
    assert line.number or line.link
    source = urlparse(line.source)
    assert source.scheme == "https" and "." in source.netloc
    for text in (line.name, line.number or "", line.link or ""):
        assert not set(text) & set("<>&"), text  # dropped into an HTML message as it is
    if line.link:
        assert " " not in line.link


def test_each_country_offers_at_most_one_emergency_entry_and_lists_crisis_lines_first() -> None:
    for country, lines in LINES.items():
        kinds = [line.kind for line in lines]
        assert kinds.count(Kind.EMERGENCY) <= 1, country
        assert kinds == sorted(kinds, key=lambda k: k is not Kind.CRISIS), country


@pytest.mark.parametrize(
    ("zone", "language", "first_number"),
    [
        ("Europe/Lisbon", "en", "213 544 545"),  # SOS Voz Amiga, not the US or the UK
        ("Asia/Tokyo", "en", "03-5774-0992"),  # TELL, in English, before the Japanese line
        ("Asia/Tokyo", "ja", "0570-783-556"),
        ("America/Sao_Paulo", "en", "188"),  # CVV
        ("America/New_York", "ru", "988"),
        ("Europe/London", "en", "116 123"),
        ("Europe/Paris", "en", "3114"),
        ("Europe/Amsterdam", "en", "113 / 0800 0113"),
        ("Europe/Brussels", "fr", "0800 32 123"),  # a line in their language first
        ("Europe/Brussels", "nl", "1813"),
        ("Asia/Kolkata", "en", "14416 / 1-800-891-4416"),
        ("Asia/Calcutta", "en", "14416 / 1-800-891-4416"),  # an old name of the zone
        ("Europe/Kyiv", "ru", "7333"),
    ],
)
def test_the_most_relevant_line_comes_first(zone: str, language: str, first_number: str) -> None:
    assert lines_for(zone, language)[0].number == first_number


def test_someone_in_moscow_gets_russian_lines_and_the_emergency_number() -> None:
    lines = lines_for("Europe/Moscow", "ru")
    numbers = [line.number for line in lines]
    assert "8-800-2000-122" in numbers and "112" in numbers
    assert lines[-1].link == "findahelpline.com"


def test_a_shared_picker_button_offers_both_countries() -> None:
    countries = [line.country for line in lines_for("Europe/Berlin", "en")]
    assert countries[:2] == ["DE", "FR"]  # the "Berlin · Paris" button
    assert countries_for_zone("Europe/Berlin") == ("DE", "FR")


def test_without_a_country_language_decides_then_the_directory() -> None:
    assert [line.country for line in lines_for(None, "ru")][:-1] == ["RU"] * (MAX_LINES - 1)
    assert lines_for(None, "en") == [DIRECTORIES[0]]
    assert lines_for("UTC", "es") == [DIRECTORIES[0]]
    assert lines_for("Antarctica/Troll", "en") == [DIRECTORIES[0]]  # CLDR's "the world"


def test_descriptions_speak_the_persons_language() -> None:
    ru = [describe(line, "ru") for line in lines_for("Europe/Lisbon", "ru")]
    assert ru[0].startswith("Португалия · SOS Voz Amiga: 213 544 545")
    assert "экстренные службы: 112" in ru[2]
    child_line = next(line for line in LINES["RU"] if line.number == "8-800-2000-122")
    assert "для детей, подростков и их родителей" in describe(child_line, "ru")
    assert "for children, teens and their parents" in describe(child_line, "en")
    assert describe(lines_for("Europe/Lisbon", "xx")[0], "xx").startswith("Portugal · ")


def test_a_new_language_is_data_only() -> None:
    assert set(KIND_TEXT) == set(NOTE_TEXT)
    for language in KIND_TEXT:
        assert set(KIND_TEXT[language]) == set(Kind)
        assert set(NOTE_TEXT[language]) == set(Note)
