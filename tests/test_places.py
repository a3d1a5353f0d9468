"""Places as people type them (bot/places/): countries and regions on
several clocks, names shared by far-apart places, phrases and Russian case forms, misspellings;
and the typed table (tests/zone_typed.tsv) scored as a whole."""

from __future__ import annotations

import pytest

from bot.places.place_text import lemmas, variants
from bot.places.timezones import Ambiguous, Resolved, country_zones, find_zone
from tests.zone_table import typed_rows


def test_the_typed_table_scores_at_least_97_percent_with_no_wrong_zone() -> None:
    table = typed_rows()
    assert len(table) >= 300
    assert {row.locale for row in table} == {"en", "ru", "es"}
    found = [(row, find_zone(row.text)) for row in table]
    assert [row.text for row, got in found if row.wrong(got)] == []
    assert sum(row.hit(got) for row, got in found) / len(table) >= 0.97


@pytest.mark.parametrize(
    ("territory", "includes", "most"),
    [
        (
            "US",
            {
                "America/New_York",
                "America/Chicago",
                "America/Denver",
                "America/Phoenix",
                "America/Los_Angeles",
                "America/Anchorage",
                "Pacific/Honolulu",
            },
            7,
        ),
        (
            "RU",
            {"Europe/Kaliningrad", "Europe/Moscow", "Asia/Yekaterinburg", "Asia/Vladivostok"},
            11,
        ),
        ("ID", {"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"}, 3),
        ("MX", {"America/Mexico_City", "America/Tijuana", "America/Cancun"}, 5),
        (
            "AU",
            {"Australia/Perth", "Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide"},
            5,
        ),
    ],
)
def test_a_country_on_several_clocks_offers_one_main_zone_per_clock(
    territory: str, includes: set[str], most: int
) -> None:
    zones = country_zones(territory)
    assert includes <= set(zones) and len(zones) <= most
    assert "America/Adak" not in zones and "Australia/Eucla" not in zones  # small places left out


@pytest.mark.parametrize("territory", ["DE", "AR", "UA", "KZ", "PT", "NZ"])
def test_a_country_on_one_clock_is_one_zone(territory: str) -> None:
    assert len(country_zones(territory)) == 1


@pytest.mark.parametrize(
    ("typed", "zones"),
    [
        ("USA", {"America/New_York", "America/Los_Angeles"}),
        ("Россия", {"Europe/Moscow", "Asia/Vladivostok"}),
        ("Estados Unidos", {"America/New_York", "America/Chicago"}),
        ("Brasil", {"America/Sao_Paulo"}),
        ("Tennessee", {"America/New_York", "America/Chicago"}),
        ("Portland", {"America/Los_Angeles", "America/New_York"}),
        ("Córdoba", {"America/Argentina/Cordoba", "Europe/Madrid"}),
        ("Кордова", {"America/Argentina/Cordoba", "Europe/Madrid"}),
        ("San José", {"America/Costa_Rica", "America/Los_Angeles"}),
        ("Santiago", {"America/Santiago", "Europe/Madrid"}),
        ("Valencia", {"Europe/Madrid", "America/Caracas"}),
        ("BST", {"Europe/London", "Asia/Dhaka"}),
    ],
)
def test_a_place_on_several_clocks_asks(typed: str, zones: set[str]) -> None:
    found = find_zone(typed)
    assert isinstance(found, Ambiguous), found
    assert zones <= set(found.zones)


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("UK", "Europe/London"),
        ("GB", "Europe/London"),
        ("England", "Europe/London"),
        ("Scotland", "Europe/London"),
        ("Wales", "Europe/London"),
        ("Шотландия", "Europe/London"),
        ("Inglaterra", "Europe/London"),
        ("California", "America/Los_Angeles"),
        ("Arizona", "America/Phoenix"),
        ("Техас", "America/Chicago"),
        ("Ontario", "America/Toronto"),
        ("Alberta", "America/Edmonton"),
        ("Newfoundland", "America/St_Johns"),
        ("Western Australia", "Australia/Perth"),
        ("Tasmania", "Australia/Hobart"),
        ("new york city", "America/New_York"),
        ("Portland, Maine", "America/New_York"),
        ("Portland OR", "America/Los_Angeles"),
        ("Austin TX", "America/Chicago"),
        ("Córdoba, España", "Europe/Madrid"),
        ("Córdoba, Argentina", "America/Argentina/Cordoba"),
        ("San José, Costa Rica", "America/Costa_Rica"),
        ("Santiago de Chile", "America/Santiago"),
        ("London, Ontario", "America/Toronto"),
        ("в Москве", "Europe/Moscow"),
        ("из Питера", "Europe/Moscow"),
        ("под Москвой", "Europe/Moscow"),
        ("в Нижнем Новгороде", "Europe/Moscow"),
        ("в Ростове-на-Дону", "Europe/Moscow"),
        ("во Владивостоке", "Asia/Vladivostok"),
        ("я живу в Перми", "Asia/Yekaterinburg"),
        ("в Германии", "Europe/Berlin"),
        ("I'm in Berlin", "Europe/Berlin"),
        ("i live in Lisbon", "Europe/Lisbon"),
        ("vivo en Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("estoy en Barcelona", "Europe/Madrid"),
        ("La Paz", "America/La_Paz"),
    ],
)
def test_a_region_a_phrase_or_a_case_form_resolves(typed: str, zone: str) -> None:
    assert find_zone(typed) == Resolved(zone)


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Berln", "Europe/Berlin"),
        ("Масква", "Europe/Moscow"),
        ("Barselona", "Europe/Madrid"),
        ("Californa", "America/Los_Angeles"),
        ("Scotand", "Europe/London"),
    ],
)
def test_a_name_of_five_letters_or_more_one_edit_away_is_a_guess(typed: str, zone: str) -> None:
    assert find_zone(typed) == Resolved(zone, guessed=True)


@pytest.mark.parametrize("typed", ["Rme", "Mlan", "Oslp", "Bern"])
def test_names_under_five_letters_are_not_guessed(typed: str) -> None:
    found = find_zone(typed)
    assert found is None or not (isinstance(found, Resolved) and found.guessed), found


def test_siberia_is_not_taken_for_liberia() -> None:
    found = find_zone("Siberia")
    assert isinstance(found, Ambiguous) and "Asia/Novosibirsk" in found.zones


def test_russian_words_read_in_their_dictionary_form() -> None:
    assert lemmas("Нижнем Новгороде") == "нижний новгород"
    assert lemmas("Перми") == "пермь"
    assert list(variants("я живу в Казани"))[-1] == "казань"
    assert "Berlin" in list(variants("I'm in Berlin"))


def test_words_alone_are_not_places() -> None:
    for typed in ("в", "in", "the", "en", "из", "I'm in", "yes", "да"):
        assert find_zone(typed) is None, typed
