"""Zone lookup from typed text, and the local-time labels on zone buttons."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, available_timezones

import pytest

from bot.timezones import parse_zone, zone_label_now
from content.zones import CITY_ALIASES, COMMON_ZONES


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("AMERICA/NEW_YORK", "America/New_York"),
        ("america/new york", "America/New_York"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("America/Port-au-Prince", "America/Port-au-Prince"),
    ],
)
def test_full_iana_names_case_insensitive(text: str, zone: str) -> None:
    assert parse_zone(text) == zone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Berlin", "Europe/Berlin"),
        ("sao paulo", "America/Sao_Paulo"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao-paulo", "America/Sao_Paulo"),
        ("new york", "America/New_York"),
        ("New-York", "America/New_York"),
        ("buenos aires", "America/Argentina/Buenos_Aires"),
        ("Zürich", "Europe/Zurich"),
        ("Bogotá", "America/Bogota"),
        ("Reykjavík", "Atlantic/Reykjavik"),
        ("port au prince", "America/Port-au-Prince"),
        ("St. John's", "America/St_Johns"),
        ("ho chi minh", "Asia/Ho_Chi_Minh"),
        ("mexico city", "America/Mexico_City"),
        ("indianapolis", "America/Indiana/Indianapolis"),
        ("Toronto", "America/Toronto"),
    ],
)
def test_city_names(text: str, zone: str) -> None:
    assert parse_zone(text) == zone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("delhi", "Asia/Kolkata"),
        ("New Delhi", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),
        ("beijing", "Asia/Shanghai"),
        ("San Francisco", "America/Los_Angeles"),
        ("LA", "America/Los_Angeles"),
        ("Saint-Petersburg", "Europe/Moscow"),
        ("St. Petersburg", "Europe/Moscow"),
        ("spb", "Europe/Moscow"),
        ("Москва", "Europe/Moscow"),
        ("Санкт-Петербург", "Europe/Moscow"),
        ("киев", "Europe/Kyiv"),
        ("Київ", "Europe/Kyiv"),
        ("Ciudad de México", "America/Mexico_City"),
        ("ciudad de mexico", "America/Mexico_City"),
        ("Nueva York", "America/New_York"),
        ("Köln", "Europe/Berlin"),
        ("koln", "Europe/Berlin"),
    ],
)
def test_city_aliases(text: str, zone: str) -> None:
    assert parse_zone(text) == zone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("kiev", "Europe/Kyiv"),
        ("Europe/Kiev", "Europe/Kyiv"),
        ("calcutta", "Asia/Kolkata"),
        ("Asia/Calcutta", "Asia/Kolkata"),
        ("saigon", "Asia/Ho_Chi_Minh"),
        ("istanbul", "Europe/Istanbul"),
        ("Asia/Istanbul", "Europe/Istanbul"),
        ("nicosia", "Asia/Nicosia"),
        ("US/Eastern", "America/New_York"),
        ("Japan", "Asia/Tokyo"),
    ],
)
def test_legacy_names_become_canonical(text: str, zone: str) -> None:
    assert parse_zone(text) == zone


@pytest.mark.parametrize("text", ["utc", "UTC", "gmt", "GMT", "Etc/UTC", "Zulu", "utc."])
def test_utc_spellings(text: str) -> None:
    assert parse_zone(text) == "UTC"


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("  Berlin  ", "Europe/Berlin"),
        ("Berlin.", "Europe/Berlin"),
        ("Berlin!!", "Europe/Berlin"),
        ("Tokyo?", "Asia/Tokyo"),
        ("Berlin, Germany", "Europe/Berlin"),
    ],
)
def test_whitespace_and_punctuation(text: str, zone: str) -> None:
    assert parse_zone(text) == zone


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "...",
        "Atlantis",
        "+3",
        "-5",
        "UTC+3",
        "GMT-05:00",
        "Etc/GMT-3",
        "Etc/GMT+5",
        "EST",
        "CET",
        "localtime",
        "Factory",
        "Eastern",
        "north",
        "berlin" + " " * 95 + "x",
        "Berlin" * 20,
    ],
)
def test_rejected_input(text: str) -> None:
    assert parse_zone(text) is None


def test_long_input_rejected_even_if_it_would_match() -> None:
    assert parse_zone(" " * 95 + "Berlin") is None
    assert parse_zone(" " * 90 + "Berlin") == "Europe/Berlin"


def test_every_result_is_loadable() -> None:
    samples = ["berlin", "kiev", "calcutta", "US/Pacific", "Nueva York", "utc"]
    for text in samples:
        zone = parse_zone(text)
        assert zone is not None
        assert ZoneInfo(zone).key == zone


def test_common_zones_are_valid_and_distinct() -> None:
    zones = [zone for _, zone in COMMON_ZONES]
    assert 10 <= len(zones) <= 16
    assert len(set(zones)) == len(zones)
    known = available_timezones()
    for label, zone in COMMON_ZONES:
        assert label
        assert zone in known
        assert parse_zone(zone) == zone


def test_city_aliases_are_valid() -> None:
    known = available_timezones()
    assert len(CITY_ALIASES) >= 60
    for name, zone in CITY_ALIASES.items():
        assert name == name.lower().strip()
        assert zone in known, name
        assert parse_zone(name) == zone, name


def test_zone_label_now() -> None:
    now = datetime(2026, 1, 15, 12, 5, tzinfo=UTC)
    assert zone_label_now("Europe/Berlin", now) == "13:05"
    assert zone_label_now("Asia/Kolkata", now) == "17:35"
    assert zone_label_now("America/New_York", now) == "07:05"
    assert zone_label_now("UTC", now) == "12:05"


def test_zone_label_now_follows_dst() -> None:
    now = datetime(2026, 7, 15, 12, 5, tzinfo=UTC)
    assert zone_label_now("Europe/Berlin", now) == "14:05"
    assert zone_label_now("America/New_York", now) == "08:05"


def test_zone_label_now_rejects_naive() -> None:
    with pytest.raises(ValueError):
        zone_label_now("UTC", datetime(2026, 1, 15, 12, 5))
