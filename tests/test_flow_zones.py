"""The zone question as a person meets it, in their language, through the real Application.

Buttons name places the way the person's language does ("Москва", "Ciudad de México"); a typed
abbreviation with several meanings ("CST") gets a question with one button per zone; a near
spelling ("Lisbn") gets "did you mean Lisbon?"; an offset reads as typed ("UTC+3", never the
reversed "Etc/GMT-3"); a word that answers the bot ("saltar") is never taken for a place.
The clock starts on Monday 23 March 2026, 09:00 UTC.
"""

from __future__ import annotations

import pytest

from bot.journey.pickers import words
from content import LOCALES, Texts
from tests.harness import BotHarness, Chat, Seen
from tests.zone_table import rows as table_rows


async def to_the_zone_question(bot: BotHarness, language_code: str = "en") -> tuple[Chat, Seen]:
    """A new person answers setup with the first button each time, up to the zone question."""
    chat = bot.chat(7, language_code=language_code)
    await chat.send("/start")
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # begin
    await chat.send("Mira")
    await chat.send("She listens.")
    await chat.press(chat.seen[-1].buttons[3]["callback_data"])  # an ordinary week
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # a comforting text
    out = await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # take the draft
    return chat, out[-1]


async def zone_of(bot: BotHarness, chat: Chat) -> str | None:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        user = await repos.users.by_chat(chat.chat_id)
        assert user is not None
        return user.timezone


async def step_of(bot: BotHarness, chat: Chat) -> str:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        user = await repos.users.by_chat(chat.chat_id)
        assert user is not None
        return user.step


async def test_a_russian_speaker_sees_the_places_in_russian(bot: BotHarness) -> None:
    chat, question = await to_the_zone_question(bot, "ru")
    places = [label.split(" · ")[0] for label in question.labels()]
    assert "Москва" in places and "Калининград" in places and "Берлин" in places[1]
    assert "Другое место" in question.labels()[-1]
    assert not any(name in " ".join(places) for name in ("Moscow", "London", "Berlin"))
    out = await chat.tap("Калининград")
    assert out[0].text.startswith("Твой часовой пояс: Калининград (там сейчас 11:00).")
    assert await zone_of(bot, chat) == "Europe/Kaliningrad"


async def test_a_spanish_speaker_sees_the_places_in_spanish(bot: BotHarness) -> None:
    chat, question = await to_the_zone_question(bot, "es-MX")
    places = [label.split(" · ")[0] for label in question.labels()]
    assert {"Ciudad de México", "Bogotá", "Buenos Aires", "Madrid", "Nueva York"} <= set(places)
    out = await chat.tap("Ciudad de México")
    assert out[0].text.startswith("Tu zona horaria: Ciudad de México (allí son las 03:00).")
    assert await zone_of(bot, chat) == "America/Mexico_City"


async def test_cst_asks_which_zone_with_a_button_for_each(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot)
    (asked,) = await chat.send("CST")
    assert "more than one time zone" in asked.text
    assert asked.labels() == [
        "Chicago · 04:00",
        "Shanghai · 17:00",
        "Havana · 05:00",
        "🌍 Another place",
    ]
    assert await zone_of(bot, chat) is None
    out = await chat.tap("Shanghai")
    assert out[0].text.startswith("Your time zone: Shanghai (it's 17:00 there now).")
    assert await zone_of(bot, chat) == "Asia/Shanghai"


async def test_the_zone_choice_is_in_the_persons_language_and_takes_a_number(
    bot: BotHarness,
) -> None:
    chat, _ = await to_the_zone_question(bot, "ru")
    (asked,) = await chat.send("IST")
    assert "Какой твой?" in asked.text
    assert [label.split(" · ")[0] for label in asked.labels()[:3]] == [
        "Калькутта",
        "Иерусалим",
        "Дублин",
    ]
    await chat.send("2")  # a typed number picks that button, as everywhere
    assert await zone_of(bot, chat) == "Asia/Jerusalem"


async def test_a_near_spelling_asks_did_you_mean(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot)
    (asked,) = await chat.send("Lisbn")
    assert asked.text == "Did you mean Lisbon?"
    assert asked.labels() == ["Yes, Lisbon", "🌍 Another place"]
    assert await zone_of(bot, chat) is None
    out = await chat.tap("Yes, Lisbon")
    assert out[0].text.startswith("Your time zone: Lisbon")
    assert await zone_of(bot, chat) == "Europe/Lisbon"


@pytest.mark.parametrize(("language_code", "yes"), [("en", "yes"), ("es", "Sí"), ("ru", "да")])
async def test_a_typed_yes_takes_the_guess(bot: BotHarness, language_code: str, yes: str) -> None:
    chat, _ = await to_the_zone_question(bot, language_code)
    await chat.send("Lisbn")
    await chat.send(yes)
    assert await zone_of(bot, chat) == "Europe/Lisbon"


async def test_no_to_the_guess_asks_for_the_place_again(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot)
    await chat.send("Lisbn")
    (again,) = await chat.send("no")
    assert again.text.startswith("Type your city")
    assert await zone_of(bot, chat) is None
    await chat.send("Porto")
    assert await zone_of(bot, chat) == "Europe/Lisbon"


async def test_an_offset_reads_as_typed(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot)
    out = await chat.send("UTC+3")
    assert "does not move with summer time" in out[0].text  # said once, where it is chosen
    assert "Your time zone: UTC+3 (it's 12:00 there now)." in out[0].text
    assert "GMT" not in out[0].text
    assert await zone_of(bot, chat) == "Etc/GMT-3"
    await chat.tap("19:00")
    await chat.send("/settings")
    assert "Time zone: UTC+3" in chat.last_text()


async def test_a_city_gets_no_word_about_fixed_offsets(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot)
    out = await chat.send("Moscow")
    assert out[0].text.startswith("Your time zone: Moscow (it's 12:00 there now).")
    assert "summer time" not in out[0].text


@pytest.mark.parametrize("typed", ["saltar", "Omitir", "más tarde"])
async def test_a_spanish_skip_word_is_never_taken_for_a_place(bot: BotHarness, typed: str) -> None:
    """ "saltar" is one letter from Salta (Argentina): the bot's own words win over that guess."""
    chat, _ = await to_the_zone_question(bot, "es")
    out = await chat.send(typed)
    (said,) = out
    assert said.text == Texts("es")("tz_needed")  # said once, with the places to tap
    assert "Salta" not in said.text
    assert "Ciudad de México" in " ".join(said.labels())
    assert await zone_of(bot, chat) is None
    assert await step_of(bot, chat) == "tz"
    await chat.send("Salta")  # the city itself, typed in full, is still found
    assert await zone_of(bot, chat) == "America/Argentina/Salta"


async def test_the_unknown_place_answer_names_what_works(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot, "es")
    (out,) = await chat.send("Atlántida")
    assert out.text.startswith("No encontré «Atlántida».")
    assert "«UTC-5»" in out.text and "«EST»" in out.text


def test_no_place_in_the_zone_table_is_taken_for_an_answer_to_the_bot() -> None:
    """The skip words win over places: none of them may be a place people type."""
    skip_words = {
        words(w) for code in LOCALES for w in Texts(code).plain("tz_not_places").split("|")
    }
    table = table_rows()
    assert len(table) >= 150
    assert [r.text for r in table if words(r.text) in skip_words] == []


async def test_settings_take_a_typed_zone_through_the_same_questions(bot: BotHarness) -> None:
    chat, _ = await to_the_zone_question(bot)
    await chat.tap("Berlin")
    await chat.tap("19:00")
    await chat.send("/settings")
    await chat.tap("Time zone")
    await chat.tap("Another place")
    (asked,) = await chat.send("CST")
    assert "Which one is yours?" in asked.text
    moved = await chat.tap("Chicago")
    assert "Check-ins are now at 19:00 (Chicago)." in moved[0].text
    assert "Time zone: Chicago" in chat.last_text()  # back at the settings menu
    assert await zone_of(bot, chat) == "America/Chicago"
    assert await step_of(bot, chat) == "set_menu"
