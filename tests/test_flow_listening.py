"""Replies that listen, through the real Application: a mood typed in words or as the button's
face answers the check-in; a typed "Not really" / "yes" answers "did you send it?"; how it went,
in the person's words, gets a reply in its tone; a text over 1,000 characters is kept until the
person chooses to save its first part or to shorten it. The clock starts on Monday 23 March 2026,
09:00 UTC.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from content import Texts
from storage.models import CheckIn, Week
from tests.anchor_rows import of
from tests.harness import BotHarness, Chat, Seen
from tests.test_care_model import ENDS_ON_A_SHORT_CLAUSE
from tests.test_flow_zones import step_of, to_the_zone_question, zone_of


def is_checkin(buttons: list[dict[str, Any]]) -> bool:
    return any(b.get("callback_data", "").startswith("ck:") for b in buttons)


async def set_up(bot: BotHarness, lang: str = "en") -> Chat:
    """Setup by the first buttons, Berlin-or-first place and 19:00."""
    chat, question = await to_the_zone_question(bot, lang)
    await chat.press(question.buttons[0]["callback_data"])
    await chat.tap("19:00")
    return chat


async def next_checkin(bot: BotHarness, chat: Chat) -> Seen:
    """Let hours pass until the next check-in question arrives."""
    for _ in range(48):
        bot.clock.advance(seconds=timedelta(hours=1).total_seconds())
        before = len(chat.seen)
        await bot.tick()
        for seen in chat.seen[before:]:
            if is_checkin(seen.buttons):
                return seen
    raise AssertionError("no check-in came")


async def week_of(bot: BotHarness, chat: Chat) -> tuple[Week, list[CheckIn]]:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        user = await repos.users.by_chat(chat.chat_id)
        assert user is not None
        week = await repos.weeks.latest(user.id)
        assert week is not None
        return week, list(await repos.checkins.for_week(week.id))


@pytest.mark.parametrize(
    ("lang", "typed", "mood", "said"),
    [
        ("en", "pretty good today", 4, "Noted as 4 🙂."),
        ("en", "😄", 5, "Noted as 5 😄."),
        ("en", "meh", 3, "Noted as 3 😐."),
        ("ru", "норм", 3, "Отмечаю: 3 😐."),
        ("ru", "не очень", 2, "Отмечаю: 2 😕."),
        ("es", "bien", 4, "Lo anoto como 4 🙂."),
        ("es", "fatal", 1, "Lo anoto como 1 😞."),
    ],
)
async def test_a_mood_in_words_or_a_face_answers_the_check_in(
    bot: BotHarness, lang: str, typed: str, mood: int, said: str
) -> None:
    chat = await set_up(bot, lang)
    await next_checkin(bot, chat)
    out = await chat.send(typed)
    assert out[0].text.split("\n\n")[0] == said  # the next question may share its message
    assert out[-1].buttons and said not in out[-1].text.split("\n\n")[-1]  # the day goes on
    _, checkins = await week_of(bot, chat)
    assert [c.mood for c in checkins] == [mood]


async def test_a_long_note_with_a_good_word_is_not_taken_for_a_mood(bot: BotHarness) -> None:
    chat = await set_up(bot)
    await next_checkin(bot, chat)
    out = await chat.send("I had a good talk with my sister about the whole week and the plans")
    assert "tap how you feel" in out[0].text
    _, checkins = await week_of(bot, chat)
    assert all(c.mood is None for c in checkins)


async def to_the_follow_up(bot: BotHarness, lang: str) -> Chat:
    """Days 1 and 2 answered by buttons, up to "did you send it?"."""
    chat = await set_up(bot, lang)
    for day in (1, 2):
        await next_checkin(bot, chat)
        await chat.send("4")
        await chat.press(chat.seen[-1].buttons[1]["callback_data"])  # not today
        out = await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # calmer
        if day == 1 and out[-1].buttons:  # a reflection: later
            await chat.press(out[-1].buttons[-1]["callback_data"])
    return chat


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "Not really"), ("ru", "Не особо"), ("es", "La verdad es que no")]
)
async def test_not_really_to_did_you_send_it_is_heard_as_no(
    bot: BotHarness, lang: str, typed: str
) -> None:
    chat = await to_the_follow_up(bot, lang)
    assert await step_of(bot, chat) == "followup_sent"
    out = await chat.send(typed)
    assert out[0].text == Texts(lang)("followup_declined")
    week, _ = await week_of(bot, chat)
    assert week.request_sent == "declined"


@pytest.mark.parametrize(
    ("lang", "yes", "how", "tone"),
    [
        ("en", "yes", "It went better than I feared", "well"),
        ("en", "yep", "She hasn't answered yet", "none"),
        ("en", "I did", "It was awkward but she was kind", "mixed"),
        ("ru", "да", "Лучше, чем ожидал", "well"),
        ("ru", "да, отправила", "Было обидно, она не поняла", "hard"),
        ("es", "sí", "Mejor de lo que esperaba", "well"),
        ("es", "sí", "Fatal, fue muy incómodo", "hard"),
    ],
)
async def test_how_it_went_gets_a_reply_in_its_tone(
    bot: BotHarness, lang: str, yes: str, how: str, tone: str
) -> None:
    chat = await to_the_follow_up(bot, lang)
    await chat.send(yes)
    assert await step_of(bot, chat) == "followup_how"
    out = await chat.send(how)
    assert out[0].text == Texts(lang)(f"followup_heard_{tone}")
    week, _ = await week_of(bot, chat)
    assert (week.request_sent, week.anchor_response) == ("sent", how)


async def test_words_that_say_no_tone_get_the_plain_thanks(bot: BotHarness) -> None:
    chat = await to_the_follow_up(bot, "en")
    await chat.send("yes")
    out = await chat.send("We talked on Tuesday")
    assert out[0].text == Texts("en")("followup_saved")


async def to_the_why(bot: BotHarness) -> Chat:
    chat = bot.chat(7)
    await chat.send("/start")
    await chat.tap("Let's begin")
    await chat.send("Mira")
    return chat


async def test_a_long_text_is_kept_and_its_first_part_saved_on_a_tap(bot: BotHarness) -> None:
    chat = await to_the_why(bot)
    long = " ".join(f"word{i}" for i in range(300))  # about 2,100 characters
    (asked,) = await chat.send(long)
    assert "Nothing is lost yet" in asked.text and "1000" in asked.text
    assert asked.labels() == ["Save the first 1000", "I'll shorten it"]
    assert await step_of(bot, chat) == "anchor_why"
    out = await chat.tap("Save the first 1000")
    assert "what's coming up for you" in out[-1].text  # the next question
    week, _ = await week_of(bot, chat)
    assert of(week).why is not None and long.startswith(of(week).why)
    assert 900 < len(of(week).why) <= 1000 and not of(week).why.endswith("word")
    step = await step_of(bot, chat)
    again = await chat.tap("Save the first 1000")  # an old button: nothing happens twice
    assert again[0].text.startswith("That question has passed")
    assert await step_of(bot, chat) == step
    assert of((await week_of(bot, chat))[0]).why == of(week).why


async def test_a_long_text_can_be_shortened_instead(bot: BotHarness) -> None:
    chat = await to_the_why(bot)
    await chat.send("x" * 1500)
    (said,) = await chat.tap("I'll shorten it")
    assert said.text == "Of course. Send the shorter version whenever you're ready."
    assert await step_of(bot, chat) == "anchor_why"
    await chat.send("She listens without judging.")
    week, _ = await week_of(bot, chat)
    assert of(week).why == "She listens without judging."


@pytest.mark.parametrize(
    ("lang", "keep"), [("ru", "Сохранить первые 1000"), ("es", "Guardar los primeros 1000")]
)
async def test_the_long_text_offer_in_each_language(bot: BotHarness, lang: str, keep: str) -> None:
    chat = bot.chat(8, language_code=lang)
    await chat.send("/start")
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])
    await chat.send("Mira")
    (asked,) = await chat.send("я" * 1200)
    assert asked.labels()[0] == keep
    await chat.tap(keep)
    week, _ = await week_of(bot, chat)
    assert of(week).why == "я" * 1000


# ---------------------------------------------------------------- crossings


async def test_a_long_text_with_words_of_crisis_gets_care_first_and_is_not_held(
    bot: BotHarness,
) -> None:
    chat = await to_the_why(bot)
    out = await chat.send("She is kind. " * 100 + "Honestly I want to die.")
    assert any("I'm not safe" in s.labels() for s in out)  # the safety question
    assert "Save the first 1000" not in " ".join(label for s in out for label in s.labels())
    week, _ = await week_of(bot, chat)
    assert of(week).why is None


async def test_how_it_went_with_words_of_crisis_gets_care_not_a_tone(bot: BotHarness) -> None:
    chat = await to_the_follow_up(bot, "en")
    await chat.send("yes")
    out = await chat.send("It went badly and I want to die")
    assert all(s.text != Texts("en")("followup_heard_hard") for s in out)
    week, _ = await week_of(bot, chat)
    assert week.anchor_response is None  # the words are not taken as an answer


@pytest.mark.parametrize(("lang", "typed"), ENDS_ON_A_SHORT_CLAUSE)
async def test_a_check_in_answer_ending_on_a_calm_short_clause_still_gets_care(
    bot: BotHarness, lang: str, typed: str
) -> None:
    """Asked how the day went, the person answers with a cry whose last words alone sound calm
    ("ya está"): care asks whether they are safe, and no mood is taken from the words."""
    chat = await set_up(bot, lang)
    await next_checkin(bot, chat)
    out = await chat.send(typed)
    assert out[-1].text.endswith(Texts(lang)("care_question")), [s.text for s in out]
    assert [b.get("callback_data") for b in out[-1].buttons] == ["cr:safe", "cr:unsafe"]
    _, checkins = await week_of(bot, chat)
    assert [c.mood for c in checkins if c.mood is not None] == []


async def test_a_place_with_its_region_works_from_settings_too(bot: BotHarness) -> None:
    chat = await set_up(bot)
    await chat.send("/settings")
    await chat.tap("Time zone")
    await chat.tap("Another place")
    out = await chat.send("Portland, Maine")
    assert "New York" in out[0].text
    assert await zone_of(bot, chat) == "America/New_York"
