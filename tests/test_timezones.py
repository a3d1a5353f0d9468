"""Zone lookup from typed text, and the local-time labels on zone buttons."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, available_timezones

import pytest

from bot.places.timezones import (
    Ambiguous,
    Resolved,
    city_label,
    find_zone,
    parse_zone,
    picker_label,
    picker_zones,
    zone_label_now,
)
from content.zones import EXTRA_CITIES, PICKER_ZONES
from tests.zone_table import Row, rows

TABLE = rows()


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
        "UTC+15",
        "GMT-13",
        "+25",
        "UTC+3:75",
        "UTC3",
        "EST5EDT",
        "localtime",
        "Factory",
        "Etc/Unknown",
        "north",
        "Rjga",
        "Iteland",
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


@pytest.mark.parametrize("locale", sorted(PICKER_ZONES))
def test_picker_zones_are_valid_distinct_and_labelled_in_the_language(locale: str) -> None:
    zones = picker_zones(locale)
    assert 10 <= len(zones) <= 16
    assert len(set(zones)) == len(zones)
    labels = [city_label(zone, locale) for zone in zones]
    assert len(set(labels)) == len(labels)
    for zone in zones:
        assert zone in available_timezones()
        assert parse_zone(zone) == zone


@pytest.mark.parametrize(
    ("locale", "labels"),
    [
        ("en", ["London", "Berlin · Paris", "Kyiv", "Moscow"]),
        ("ru", ["Лондон", "Берлин · Париж", "Калининград", "Киев", "Москва"]),
        ("es", ["Los Ángeles", "Ciudad de México", "Bogotá", "Nueva York"]),
    ],
)
def test_picker_buttons_are_named_in_the_person_language(locale: str, labels: list[str]) -> None:
    shown = [picker_label(zone, locale) for zone in picker_zones(locale)]
    assert shown[: len(labels)] == labels
    assert shown[-1] == "UTC"


def test_picker_for_an_unknown_language_is_the_english_one() -> None:
    assert picker_zones("fr") == picker_zones("en")
    assert picker_zones("en")[0] == "Europe/London"


def test_curated_cities_are_valid_and_each_name_finds_its_zone() -> None:
    known = available_timezones()
    for zone, names in EXTRA_CITIES.items():
        assert zone in known, zone
        for name in names.split("|"):
            assert parse_zone(name) == zone, name


@pytest.mark.parametrize(
    ("zone", "locale", "label"),
    [
        ("Europe/London", "en", "London"),
        ("Europe/London", "ru", "Лондон"),
        ("Europe/London", "es", "Londres"),
        ("Europe/Moscow", "es", "Moscú"),
        ("America/New_York", "ru", "Нью-Йорк"),
        ("America/Sao_Paulo", "en", "São Paulo"),
        ("Europe/Kaliningrad", "ru", "Калининград"),
        ("UTC", "ru", "UTC"),
        ("Etc/GMT-3", "ru", "UTC+3"),
        ("Etc/GMT+5", "es", "UTC-5"),
        ("Europe/London", "xx", "London"),
    ],
)
def test_city_label_in_the_person_language(zone: str, locale: str, label: str) -> None:
    assert city_label(zone, locale) == label


@pytest.mark.parametrize("row", TABLE, ids=[f"{r.locale}-{r.kind}-{r.text}" for r in TABLE])
def test_zone_table(row: Row) -> None:
    found = find_zone(row.text)
    assert row.hit(found), found


def test_zone_table_is_large_and_covers_every_language_and_kind() -> None:
    assert len(TABLE) >= 150
    for locale in ("en", "ru", "es"):
        kinds = {row.kind for row in TABLE if row.locale == locale}
        assert {"city", "offset", "abbreviation", "misspelled"} <= kinds, locale


def test_every_resolved_zone_is_loadable_and_canonical() -> None:
    for row in TABLE:
        found = find_zone(row.text)
        zones = found.zones if isinstance(found, Ambiguous) else (found.zone,) if found else ()
        for zone in zones:
            assert ZoneInfo(zone).key == zone
            assert parse_zone(zone) == zone


def test_ambiguous_abbreviation_is_a_question_with_candidates() -> None:
    found = find_zone("cst")
    assert isinstance(found, Ambiguous)
    assert found.typed == "cst"
    assert found.zones[0] == "America/Chicago"
    assert set(found.zones) == {"America/Chicago", "Asia/Shanghai", "America/Havana"}
    assert parse_zone("CST") is None
    assert find_zone("CDT") == Resolved("America/Chicago")


def test_whole_hour_offsets_are_fixed_and_keep_that_offset_all_year() -> None:
    zone = parse_zone("UTC+3")
    assert zone is not None
    for month in (1, 7):
        at = datetime(2026, month, 15, 12, tzinfo=UTC).astimezone(ZoneInfo(zone))
        assert at.utcoffset() is not None and at.utcoffset().total_seconds() == 3 * 3600


def test_moscow_relative_offsets() -> None:
    assert parse_zone("мск+4") == parse_zone("UTC+7") == "Etc/GMT-7"
    assert parse_zone("MSK") == "Europe/Moscow"


def test_misspelling_needs_one_clear_match() -> None:
    assert find_zone("Lisbom") == Resolved("Europe/Lisbon", guessed=True)
    assert find_zone("Lisbon") == Resolved("Europe/Lisbon")
    assert parse_zone("Iteland") is None  # Iceland or Ireland
    assert parse_zone("Rjga") is None  # too short to guess


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
