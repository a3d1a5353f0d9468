"""What is coming up this week (issue 11, part 6): one tap in setup picks the example at the
support question, the request's wording and one check-in follow-up."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.journey.steps import Step
from storage.models import User, Week
from tests.harness import BotHarness, Chat


async def begin(chat: Chat, begin: str, name: str, why: str) -> None:
    await chat.send("/start")
    await chat.tap(begin)
    await chat.send(name)
    await chat.send(why)


async def week_of(bot: BotHarness, chat_id: int) -> Week:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        s = repos.session
        user = (await s.execute(select(User).where(User.chat_id == chat_id))).scalar_one()
        return (await s.execute(select(Week).where(Week.user_id == user.id))).scalars().one()


def is_checkin(buttons: list[dict[str, Any]]) -> bool:
    """The day's first question, in any language: its buttons are the mood taps."""
    return any(b.get("callback_data", "").startswith("ck:") for b in buttons)


async def live_days(bot: BotHarness, chat: Chat, days: int, mood: str, answer: str) -> str:
    """Answer `days` check-ins; return everything said after the check-ins' effect answer."""
    after = []
    day = 0
    before = len(chat.seen)
    async for _ in bot.wake_ups(bot.clock.now() + timedelta(hours=24 * 9), timedelta(hours=1)):
        new, before = chat.seen[before:], len(chat.seen)
        if not any(is_checkin(s.buttons) for s in new):
            continue
        day += 1
        await chat.tap(mood)
        await chat.press(chat.seen[-1].buttons[1]["callback_data"])  # not today
        out = await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # calmer
        after.append("\n".join(s.text for s in out))
        if day == days:
            await chat.send(answer)
            break
        if chat.seen[-1].buttons:  # a reflection or follow-up: later / skip
            await chat.press(chat.seen[-1].buttons[-1]["callback_data"])
        before = len(chat.seen)
    return "\n===\n".join(after)


async def answer_or_skip(alex: Chat, day: int, asked_on: list[int]) -> None:
    """Day 4 is skipped; the others answered, follow-ups put off (noting when one was asked)."""
    if day == 4:
        await alex.tap("Skip today")
        return
    await alex.tap("4 ")
    await alex.tap("Not today")
    await alex.tap("Calmer")
    while alex.seen[-1].buttons:  # a follow-up, the situation question or a reflection
        if "How did it go" in alex.seen[-1].text:
            asked_on.append(day)
        await alex.press(alex.seen[-1].buttons[-1]["callback_data"])  # later / skip


async def test_something_big_shapes_the_example_the_request_and_a_follow_up(
    bot: BotHarness,
) -> None:
    alex = bot.chat(61)
    await begin(alex, "Let's begin", "my brother", "He never judges me.")
    q = alex.seen[-1]
    assert "what's coming up for you" in q.text
    assert q.labels() == [
        "🎯 Something big: an interview, an exam, a hard talk",
        "🌱 Trying something new: a hobby, a class",
        "🤲 Someone depends on me: a child, a friend",
        "☀️ Just an ordinary week",
    ]
    out = await alex.tap("Something big")
    assert "before a job interview someone asks their brother" in out[-1].text
    assert "around the big moment" in out[-1].text
    out = await alex.tap("A comforting text")
    assert "I have something big coming up this week" in out[-1].text
    assert "send me a few encouraging words" in out[-1].text
    assert "ask me afterwards how it went" in out[-1].text
    await alex.tap("Use this")
    await alex.tap("Berlin")
    await alex.tap("19:00")
    said = await live_days(bot, alex, 4, "4 ", "It went well, I got a second round!")
    asked = [i for i, day in enumerate(said.split("\n===\n"), 1) if "How did it go" in day]
    assert asked == [4], said
    assert alex.last_text().startswith("I'm really glad it went well.")  # it heard "went well"
    week = await week_of(bot, 61)
    assert (week.situation, week.situation_note) == ("big", "It went well, I got a second round!")


@pytest.mark.parametrize(
    ("lang", "begin_label", "pick", "example", "draft"),
    [
        ("en", "Let's begin", "Trying something new", "starting pottery", "trying something new"),
        ("ru", "Начнём", "Что-то новое", "лепить из глины", "пробую кое-что новое"),
        ("es", "Empecemos", "Alguien depende de mí", "proyecto escolar", "alguien se apoya"),
    ],
)
async def test_each_situation_in_each_language(
    bot: BotHarness, lang: str, begin_label: str, pick: str, example: str, draft: str
) -> None:
    chat = bot.chat(70, language_code=lang)
    await begin(chat, begin_label, "Mira", "…")
    out = await chat.tap(pick)
    assert example in out[-1].text
    out = await chat.press(out[-1].buttons[1]["callback_data"])  # five minutes of listening
    assert draft in out[-1].text


async def test_an_ordinary_week_keeps_the_general_wording_and_asks_nothing_more(
    bot: BotHarness,
) -> None:
    ana = bot.chat(62)
    await begin(ana, "Let's begin", "Mum", "She listens.")
    out = await ana.tap("ordinary week")
    assert "before a job interview someone asks their sister" in out[-1].text
    out = await ana.tap("A comforting text")
    assert "leaning a little more on the people I trust" in out[-1].text
    await ana.tap("Use this")
    await ana.tap("Berlin")
    await ana.tap("19:00")
    said = await live_days(bot, ana, 5, "4 ", "fine")
    assert said.count("\n===\n") == 4
    assert "How did it go" not in said and "How is the new thing" not in said


async def test_someone_mid_setup_when_this_deploys_keeps_going(bot: BotHarness) -> None:
    """A person already at the support question (no situation stored) gets the old example and
    wording, and nothing breaks."""
    ana = bot.chat(63)
    await begin(ana, "Let's begin", "Mum", "She listens.")
    assert bot.core is not None
    async with bot.core.store.unit() as repos:  # as before this deploy: at the support question
        s = repos.session
        user = (await s.execute(select(User).where(User.chat_id == 63))).scalar_one()
        user.step = Step.SUPPORT.value
    out = await ana.send("hello?")
    assert "before a job interview someone asks their sister" in out[-1].text
    out = await ana.tap("A comforting text")
    assert "leaning a little more on the people I trust" in out[-1].text
    await ana.tap("Use this")
    await ana.tap("Berlin")
    out = await ana.tap("19:00")
    assert out[-1].text.startswith("All set.")
    assert (await week_of(bot, 63)).situation is None


@pytest.mark.parametrize(
    ("lang", "begin_label", "pick", "heading"),
    [
        ("en", "Let's begin", "Something big", "The big moment"),
        ("ru", "Начнём", "Что-то важное", "Важный момент"),
        ("es", "Empecemos", "Algo importante", "El gran momento"),
    ],
)
async def test_the_summary_keeps_how_the_big_moment_went(
    bot: BotHarness, lang: str, begin_label: str, pick: str, heading: str
) -> None:
    """What they told the follow-up is part of their look back, in their own words."""
    chat = bot.chat(64, language_code=lang)
    await begin(chat, begin_label, "Mira", "She never judges me.")
    out = await chat.tap(pick)
    out = await chat.press(out[-1].buttons[0]["callback_data"])  # a comforting text
    await chat.press(out[-1].buttons[0]["callback_data"])  # use this
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # first zone offered
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # first time offered
    mood = "🙂"
    await live_days(bot, chat, 4, mood, "<b>Got</b> the second round!")
    out = await chat.send("/progress")
    summary = "\n".join(s.text for s in out)
    assert heading in summary
    assert "&lt;b&gt;Got&lt;/b&gt; the second round!" in summary


async def test_a_missed_follow_up_day_asks_with_the_next_check_in_and_a_skip_is_final(
    bot: BotHarness,
) -> None:
    """Day 4 skipped: "How did it go?" comes with day 5's check-in instead; skipped there, it is
    not asked again."""
    alex = bot.chat(65)
    await begin(alex, "Let's begin", "my brother", "He never judges me.")
    await alex.tap("Something big")
    await alex.tap("A comforting text")
    await alex.tap("Use this")
    await alex.tap("Berlin")
    await alex.tap("19:00")
    asked_on: list[int] = []
    day = 0
    before = len(alex.seen)
    async for _ in bot.wake_ups(bot.clock.now() + timedelta(hours=24 * 8), timedelta(hours=1)):
        if any(is_checkin(s.buttons) for s in alex.seen[before:]):
            day += 1
            await answer_or_skip(alex, day, asked_on)
        if day == 6:
            break
        before = len(alex.seen)
    assert asked_on == [5]
