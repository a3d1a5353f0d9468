"""Flow tests for the seams between steps, as a new user met them in a whole week (issue 6).

Each test drives the real PTB Application through the fake Bot API over a real SQLite file and
asserts what the person reads and can tap. The clock starts on Monday 23 March 2026, 09:00 UTC;
check-ins come at 19:00 in Berlin (18:00 UTC, 17:00 UTC from Sunday 29 March).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage.models import CheckIn
from tests.harness import BotHarness, Chat, Seen, texts
from tests.test_flow_week import is_nudge, live, set_up


def evening(day: int) -> datetime:
    """Half past the day's check-in (day 1 is Monday 23 March), in UTC."""
    hour = 18 if day < 7 else 17  # Berlin moves to summer time on day 7
    return datetime(2026, 3, 22 + day, hour, 30, tzinfo=UTC)


async def check_in(chat: Chat, mood: int = 4, note: str | None = None) -> None:
    """Answer the newest check-in; then let the follow-up and a reflection wait."""
    await chat.tap(f"{mood} ")
    if note is None:
        await chat.tap("Not today")
    else:
        await chat.tap("Yes")
        await chat.send(note)
    await chat.tap("Calmer")
    if "Did you send your request" in chat.last_text():
        await chat.tap("I decided not to")
    if "A question to sit with" in chat.last_text():
        await chat.tap("Later")


async def week_until(bot: BotHarness, chat: Chat, day: int, skip: tuple[int, ...] = ()) -> None:
    """Live to `day`'s check-in, answering each one except the days in `skip`."""

    async def answer(c: Chat, d: int) -> None:
        if d not in skip:
            await check_in(c, note=f"Brave thing {d}" if d % 2 else None)

    await live(bot, evening(day), answer, chats=(chat,))


async def checkins(bot: BotHarness) -> dict[int, CheckIn]:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        week = await repos.weeks.latest(1)
        assert week is not None
        return {c.day: c for c in await repos.checkins.for_week(week.id)}


def nudge_of(chat: Chat, day: int) -> Seen:
    return next(s for s in chat.seen if is_nudge(s.text) and f"Day {day} of 7." in s.text)


def captions(bot: BotHarness) -> list[str]:
    return [c.params.get("caption") or "" for c in bot.fake.calls if c.method == "sendPhoto"]


async def test_skip_at_the_note_of_a_past_day_keeps_the_note_it_had(bot: BotHarness) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    await week_until(bot, ana, 2)  # day 1 answered with a note, day 2 has come
    assert (await checkins(bot))[1].tried_note == "Brave thing 1"
    await ana.send("/journal")
    await ana.tap("Day 1")
    await ana.tap("3 ")
    note_q = await ana.tap("Yes")
    assert "Brave thing 1" in note_q[-1].text  # the old note is shown ...
    await ana.tap("Skip")  # ... and Skip keeps it
    await ana.tap("Braver")
    assert "Day 1 is updated." in ana.last_text()
    day1 = (await checkins(bot))[1]
    assert (day1.mood, day1.tried_note, day1.effect) == (3, "Brave thing 1", "braver")
    journal = texts(await ana.send("/journal"))
    assert "Brave thing 1" in journal


async def test_changing_a_past_day_asks_about_that_day_not_today(bot: BotHarness) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    await week_until(bot, ana, 2)
    await ana.send("/journal")
    await ana.tap("Day 1")
    mood_q = ana.last_text()
    tried_q = (await ana.tap("3 "))[-1].text
    effect_q = (await ana.tap("Not today"))[-1].text
    for question in (mood_q, tried_q, effect_q):
        assert "that day" in question and "today" not in question, question


async def test_a_missed_day_can_be_filled_in_before_the_week_closes(bot: BotHarness) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    await week_until(bot, ana, 7, skip=(6, 7))
    assert "Yesterday slipped by" in nudge_of(ana, 7).text
    await check_in(ana, mood=5)  # day 7: the last check-in, with day 6 still empty
    offer = ana.last_text()
    assert "Before we close the week: no answers yet for day 6." in offer
    assert "close the circle" not in offer
    asked = await ana.send("6")  # the day's number, typed, opens that day
    assert asked[-1].text.startswith("Day 6 (")
    await ana.tap("2 ")
    await ana.tap("Not today")
    await ana.tap("Calmer")
    assert any("Day 6 is updated." in s.text for s in ana.seen[-3:])
    assert "close the circle with Mum" in ana.last_text()  # now the week closes
    await ana.tap("Use this")
    summary = next(s.text for s in reversed(ana.seen) if "Moods, day by day" in s.text)
    assert "Moods, day by day: 🙂 🙂 🙂 🙂 🙂 😕 😄" in summary


async def test_a_checkin_that_arrives_mid_edit_says_the_edit_was_put_aside(
    bot: BotHarness,
) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    await week_until(bot, ana, 1, skip=(1,))
    await live(bot, evening(1) + timedelta(hours=12), chats=(ana,))
    await ana.send("/journal")
    await ana.tap("Day 1")
    await ana.tap("3 ")  # the change to day 1 is half done when day 2's check-in comes
    await live(bot, evening(2), chats=(ana,))
    answered = await ana.tap("5 ")
    said = texts(answered)
    assert "set your change to day 1 aside" in said and "/journal" in said
    assert "new or a little hard today?" in answered[-1].text


async def test_status_counts_only_the_checkins_that_have_come(bot: BotHarness) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    first = texts(await ana.send("/status"))
    assert "0 of 1" not in first and "Your first check-in comes today at 19:00" in first
    await week_until(bot, ana, 3)
    bot.clock.set(datetime(2026, 3, 26, 8, 0, tzinfo=UTC))  # day 4, morning
    status = texts(await ana.send("/status"))
    assert "Day 4 of 7" in status and "Check-ins answered: 3 of 3." in status


async def test_after_the_week_progress_and_status_speak_of_a_finished_week(
    bot: BotHarness,
) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    await week_until(bot, ana, 7)
    await ana.tap("Use this")
    assert captions(bot)[-1] == "Your week with Mum."  # the closing chart
    await ana.tap("Not now")
    await ana.send("/progress")
    assert captions(bot)[-1] == "Your week with Mum."
    assert not any("so far" in c for c in captions(bot))
    status = texts(await ana.send("/status"))
    assert status.startswith("Your week with Mum is finished.")


async def test_an_old_mood_button_does_not_rewrite_an_answered_day(bot: BotHarness) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    await live(bot, evening(1), chats=(ana,))
    await ana.send("4")  # typed: the buttons stay on the day-1 message
    await ana.tap("Not today")
    await ana.tap("Calmer")
    await ana.tap("Later")
    await week_until(bot, ana, 5)
    old_two = next(b for b in nudge_of(ana, 1).buttons if b["text"].startswith("2 "))
    reply = await ana.press(old_two["callback_data"])
    assert "Day 1 is already answered" in texts(reply) and "/journal" in texts(reply)
    assert "Saved for day 1" not in texts(reply)
    assert (await checkins(bot))[1].mood == 4


async def test_a_reflection_question_of_a_missed_day_comes_with_the_next_checkin(
    bot: BotHarness,
) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    await week_until(bot, ana, 4, skip=(2, 3, 4))
    await ana.tap("4 ")
    await ana.tap("Not today")
    await ana.tap("Calmer")
    if "Did you send your request" in ana.last_text():
        await ana.tap("I decided not to")
    assert "shaped what you dare to try" in ana.last_text()  # day 3's question


async def test_words_while_the_mood_question_is_open_get_the_mood_buttons(
    bot: BotHarness,
) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    await live(bot, evening(1), chats=(ana,))
    for words in ("🙂😞", "Long day. " * 40):  # two different faces are no one mood
        reply = (await ana.send(words))[-1]
        assert "There's no open question" not in reply.text
        assert "To answer day 1, tap how you feel" in reply.text
        assert [b["text"][0] for b in reply.buttons] == ["1", "2", "3", "4", "5"]


async def test_not_yet_shows_the_draft_with_copy_and_send(bot: BotHarness) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    await week_until(bot, ana, 1)
    await live(bot, evening(2), chats=(ana,))
    await ana.tap("4 ")
    await ana.tap("Not today")
    await ana.tap("Calmer")
    reply = await ana.tap("Not yet")
    draft = next(s for s in reply if "still here when you want it" in s.text)
    kinds = {key for b in draft.buttons for key in b if key in ("copy_text", "url")}
    assert kinds == {"copy_text", "url"}


async def test_an_awkward_answer_is_not_met_like_a_warm_one(bot: BotHarness) -> None:
    replies = {}
    for chat_id, answer in ((1, "Warmly"), (2, "It was awkward")):
        chat = bot.chat(chat_id)
        bot.clock.set(datetime(2026, 3, 23, 9, 0, tzinfo=UTC))
        await set_up(chat)
        await live(bot, evening(2), chats=(chat,))
        await chat.tap("4 ")
        await chat.tap("Not today")
        await chat.tap("Calmer")
        await chat.tap("Yes, I sent it")
        replies[answer] = (await chat.tap(answer))[0].text
    assert replies["Warmly"] != replies["It was awkward"]
    assert "awkward" in replies["It was awkward"].lower()


@pytest.mark.parametrize(
    ("typed", "language", "spoken", "greeting"),
    [
        ("my sister", "en", "your sister", "Hi! "),
        ("My sister Lea", "en", "your sister Lea", "Hi Lea! "),
        ("mom", "en", "Mom", "Hi Mom! "),
        ("моя сестра", "ru", "твоя сестра", "Привет! "),
        ("мама", "ru", "мама", "Привет, мама! "),
        ("mi hermana", "es", "tu hermana", "¡Hola! "),
        ("Mi hermana Lea", "es", "tu hermana Lea", "¡Hola, Lea! "),
        ("mamá", "es", "mamá", "¡Hola, mamá! "),
        ("mi abuela", "es", "tu abuela", "¡Hola, abuela! "),
    ],
)
async def test_a_relation_as_the_anchor_name_reads_naturally(
    bot: BotHarness, typed: str, language: str, spoken: str, greeting: str
) -> None:
    chat = bot.chat(1, language_code=language)
    await chat.send("/start")
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # begin
    why_q = (await chat.send(typed))[-1].text
    assert spoken in why_q and typed not in why_q.replace(spoken, "")
    await chat.send("She listens.")
    await chat.press(chat.seen[-1].buttons[3]["callback_data"])  # an ordinary week
    draft_q = await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # a comforting text
    draft = draft_q[-1].text.split("<blockquote>", 1)[1]
    assert draft.startswith(greeting), draft
    if typed.split()[0].lower() in ("my", "моя", "mi"):
        assert typed not in draft  # never "Hi my sister!"


async def test_a_checkin_that_arrives_mid_settings_says_where_they_went(bot: BotHarness) -> None:
    ana = bot.chat(1)
    await set_up(ana)
    bot.clock.set(datetime(2026, 3, 23, 17, 0, tzinfo=UTC))
    await ana.send("/settings")
    await ana.tap("Check-in time")  # the time picker is open when the check-in comes
    await live(bot, evening(1), chats=(ana,))
    answered = await ana.tap("4 ")
    said = texts(answered)
    assert "set the earlier question aside" in said and "/settings" in said
    assert "new or a little hard today?" in answered[-1].text
    await ana.tap("Not today")
    saved = await ana.tap("Calmer")
    assert any("Saved for day 1." in s.text for s in saved)
