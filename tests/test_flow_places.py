"""Places as people type them at the zone question, through the real Application: a country or
state on several clocks asks which part with a button per main zone; a name shared by far-apart
places asks; a region after the name settles it; «в Москве», "I'm in Berlin", "vivo en Lima".
The clock starts on Monday 23 March 2026, 09:00 UTC.
"""

from __future__ import annotations

import pytest

from tests.harness import BotHarness
from tests.test_flow_zones import step_of, to_the_zone_question, zone_of


async def test_usa_asks_which_part_with_a_button_per_clock(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot)
    (asked,) = await chat.send("USA")
    assert "Which one is yours?" in asked.text
    places = [label.split(" · ")[0] for label in asked.labels()]
    assert {"New York", "Chicago", "Denver", "Phoenix", "Los Angeles", "Honolulu"} <= set(places)
    assert places[-1] == "🌍 Another place" and len(places) <= 9
    assert "Chicago · 04:00" in asked.labels()  # the time there now, to recognise one's own
    assert await zone_of(bot, chat) is None
    out = await chat.tap("Chicago")
    assert out[0].text.startswith("Your time zone: Chicago (it's 04:00 there now).")
    assert await zone_of(bot, chat) == "America/Chicago"


async def test_russia_in_the_prepositional_asks_in_russian(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot, "ru")
    (asked,) = await chat.send("Живу в России")
    assert "Какой твой?" in asked.text
    places = [label.split(" · ")[0] for label in asked.labels()]
    assert {"Калининград", "Москва", "Екатеринбург", "Владивосток"} <= set(places)
    assert "Moscow" not in " ".join(places)
    await chat.tap("Екатеринбург")
    assert await zone_of(bot, chat) == "Asia/Yekaterinburg"


async def test_mexico_asks_in_spanish_and_takes_a_typed_number(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot, "es-MX")
    (asked,) = await chat.send("México")
    assert "¿Cuál es la tuya?" in asked.text
    places = [label.split(" · ")[0] for label in asked.labels()]
    assert {"Tijuana", "Ciudad de México", "Cancún"} <= set(places)
    await chat.send(str(places.index("Cancún") + 1))
    assert await zone_of(bot, chat) == "America/Cancun"


@pytest.mark.parametrize(
    ("language_code", "typed", "offered", "tap", "zone"),
    [
        ("en", "Portland", {"Los Angeles", "New York"}, "New York", "America/New_York"),
        ("ru", "Валенсия", {"Мадрид", "Каракас"}, "Каракас", "America/Caracas"),
        ("es", "Córdoba", {"Córdoba", "Madrid"}, "Madrid", "Europe/Madrid"),
        (
            "es",
            "Santiago",
            {"Santiago de Chile", "Madrid"},
            "Santiago de Chile",
            "America/Santiago",
        ),
        ("en", "BST", {"London", "Dhaka"}, "London", "Europe/London"),
    ],
)
async def test_a_name_shared_by_far_apart_places_asks(
    bot: BotHarness, language_code: str, typed: str, offered: set[str], tap: str, zone: str
) -> None:
    chat, _ = await to_the_zone_question(bot, language_code)
    (asked,) = await chat.send(typed)
    assert offered <= {label.split(" · ")[0] for label in asked.labels()}
    assert await zone_of(bot, chat) is None  # nothing chosen silently
    await chat.tap(tap)
    assert await zone_of(bot, chat) == zone


@pytest.mark.parametrize(
    ("language_code", "typed", "zone", "shown"),
    [
        ("en", "Portland, Maine", "America/New_York", "New York"),
        ("en", "I'm in new york city", "America/New_York", "New York"),
        ("en", "Scotland", "Europe/London", "London"),
        ("en", "Arizona", "America/Phoenix", "Phoenix"),
        ("en", "British Columbia", "America/Vancouver", "Vancouver"),
        ("en", "Queensland", "Australia/Brisbane", "Brisbane"),
        ("ru", "в Москве", "Europe/Moscow", "Москва"),
        ("ru", "из Питера", "Europe/Moscow", "Москва"),
        ("ru", "я живу в Нижнем Новгороде", "Europe/Moscow", "Москва"),
        ("es", "Valencia, Venezuela", "America/Caracas", "Caracas"),
        ("es", "vivo en Lima", "America/Lima", "Lima"),
        ("es", "Inglaterra", "Europe/London", "Londres"),
    ],
)
async def test_a_place_in_a_phrase_or_with_its_region_is_found_at_once(
    bot: BotHarness, language_code: str, typed: str, zone: str, shown: str
) -> None:
    chat, _ = await to_the_zone_question(bot, language_code)
    out = await chat.send(typed)
    assert shown in out[0].text
    assert await zone_of(bot, chat) == zone


async def test_a_short_misspelling_asks_did_you_mean(bot: BotHarness) -> None:
    """ "Berln" is one letter from Berlin and from Bern; Bern is too short to be guessed."""
    chat, _ = await to_the_zone_question(bot)
    (asked,) = await chat.send("Berln")
    assert asked.text == "Did you mean Berlin?"
    await chat.tap("Yes, Berlin")
    assert await zone_of(bot, chat) == "Europe/Berlin"


async def test_another_place_after_a_country_question_asks_for_the_city(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot)
    await chat.send("Canada")
    (again,) = await chat.tap("Another place")
    assert again.text.startswith("Type your city")
    assert await step_of(bot, chat) == "tz_text"
    await chat.send("Calgary")
    assert await zone_of(bot, chat) == "America/Edmonton"


async def minute_of(bot: BotHarness, chat_id: int) -> int | None:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        user = await repos.users.by_chat(chat_id)
        assert user is not None
        return user.nudge_minute


@pytest.mark.parametrize(
    ("language_code", "place", "typed", "minute"),
    [
        ("en", "London", "half past eight pm", 20 * 60 + 30),
        ("en", "London", "8.30pm", 20 * 60 + 30),
        ("ru", "в Москве", "в полдевятого вечера", 20 * 60 + 30),
        ("es", "Madrid", "a las ocho y media de la tarde", 20 * 60 + 30),
    ],
)
async def test_the_check_in_time_can_be_typed_in_words(
    bot: BotHarness, language_code: str, place: str, typed: str, minute: int
) -> None:
    chat, _ = await to_the_zone_question(bot, language_code)
    await chat.send(place)
    out = await chat.send(typed)
    assert "20:30" in " ".join(seen.text for seen in out)
    assert await minute_of(bot, chat.chat_id) == minute


async def test_a_time_in_words_at_night_still_asks_about_quiet_hours(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot, "es")
    await chat.send("Madrid")
    (asked,) = await chat.send("a las once y media de la noche")
    assert "23:30" in asked.text
    assert await minute_of(bot, chat.chat_id) is None
