"""Flow tests: the real PTB Application, the fake Bot API, a real SQLite file, a set clock."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.app import build_scheduler
from bot.timing.clock import ManualClock
from storage.models import Nudge, User
from tests.harness import BotHarness, Chat, texts

BERLIN, NEW_YORK = "Europe/Berlin", "America/New_York"


async def set_up(
    chat: Chat, anchor: str = "Mum", zone_label: str = "Berlin", at: str = "19:00"
) -> None:
    """The setup a typical person goes through, by taps."""
    await chat.send("/start")
    await chat.tap("Let's begin")
    await chat.send(anchor)
    await chat.send("She always picks up, even at midnight.")
    await chat.tap("ordinary week")
    await chat.tap("A comforting text")
    await chat.tap("Use this")
    await chat.tap(zone_label)
    await chat.tap(at)


async def live(
    bot: BotHarness,
    until: datetime,
    on_nudge: Callable[[Chat, int], Awaitable[None]] | None = None,
    chats: tuple[Chat, ...] = (),
    step: timedelta = timedelta(minutes=30),
) -> None:
    """Let time pass, waking the dispatcher every `step`; people answer nudges as they come."""
    counts = {c.chat_id: len(c.seen) for c in chats}
    async for _ in bot.wake_ups(until, step):
        for chat in chats:
            for seen in chat.seen[counts[chat.chat_id] :]:
                if is_nudge(seen.text) and on_nudge is not None:
                    await on_nudge(chat, int(seen.text.split("\n\n")[-1].split()[1]))
        counts = {c.chat_id: len(c.seen) for c in chats}


def is_nudge(text: str) -> bool:
    return "How are you feeling today?" in text


def nudge_days(chat: Chat) -> list[str]:
    return [s.text.split("\n\n")[-1][:5] for s in chat.seen if is_nudge(s.text)]


async def nudges(bot: BotHarness) -> list[Nudge]:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        return list(await repos.session.scalars(select(Nudge).order_by(Nudge.due_at)))


async def test_a_whole_week_in_berlin_across_the_spring_dst_change(bot: BotHarness) -> None:
    ana = bot.chat(101)
    welcome = await ana.send("/start")
    assert "Secure Base" in welcome[0].text and "not a crisis" in welcome[0].text
    await ana.tap("Let's begin")
    assert "Who makes you feel safe" in ana.last_text()
    await ana.send("Mum")
    assert "What makes Mum a safe place" in ana.last_text()
    await ana.send("She always picks up.")
    assert "what's coming up for you" in ana.last_text()
    await ana.tap("ordinary week")
    support = ana.seen[-1]
    assert "one small, concrete thing Mum could do" in support.text
    assert support.labels() == [
        "💬 A comforting text",
        "👂 Five minutes of listening",
        "🤝 Help with one worry",
        "✏️ Something else",
    ]
    await ana.tap("Five minutes of listening")
    first_draft = ana.last_text()
    assert "Hi Mum! Could you give me five minutes" in first_draft
    await ana.tap("Another wording")
    assert ana.last_text() != first_draft and "five minutes" in ana.last_text()
    await ana.tap("Use this")
    final = [s for s in ana.seen if "ready to copy or forward" in s.text][-1]
    copy = next(b for b in final.buttons if "copy_text" in b)
    share = next(b for b in final.buttons if "url" in b)
    assert copy["copy_text"]["text"].startswith("Hey Mum, would you have five minutes")
    assert share["url"].startswith("https://t.me/share/url?url=Hey%20Mum")
    assert "time zone" in ana.last_text()
    await ana.tap("Berlin")
    assert "Your time zone: Berlin (it's 10:00 there now)" in ana.last_text()
    done = await ana.tap("19:00")
    assert "first check-in comes today at 19:00" in done[0].text

    script = {
        1: ("4", "Yes", "Spoke up in the team meeting", "Braver"),
        2: ("3", "Not today", None, "Calmer"),
        3: ("5", "Yes", "", "Both"),
        5: ("2", "Not today", None, "Not really"),
        6: ("4", "Yes", "Called the landlord", "Braver"),
        7: ("5", "Not today", None, "Calmer"),
    }

    async def answer(chat: Chat, day: int) -> None:
        if day not in script:
            return  # day 4 goes unanswered
        mood, tried, note, effect = script[day]
        await chat.tap(f"{mood} ")
        assert "new or a little hard" in chat.last_text()
        await chat.tap(tried)
        if tried == "Yes":
            assert "note what it was" in chat.last_text()
            await (chat.send(note) if note else chat.tap("Skip"))
        assert "calmer or braver" in chat.last_text()
        await chat.tap(effect)
        assert any(f"Saved for day {day}." in s.text for s in chat.seen[-3:])
        if day == 1:
            assert "Who is your secure base" in chat.last_text()
            await chat.send("Mum. <3 & always has been.")
        if day == 2:
            assert "Did you send your request to Mum?" in chat.last_text()
            await chat.tap("Yes, I sent it")
            await chat.tap("Warmly")
        if day == 3:
            assert (
                "What you dare" not in chat.last_text()
                and "shaped what you dare" in chat.last_text()
            )
            await chat.tap("Later")
        if day == 5:
            await chat.send("Asking for help without apologising.")
        if day == 7:
            await chat.send("Not as often as I'd like.")
            if "Before we close the week" in chat.last_text():  # a day went unanswered
                await chat.tap("Close the week")
            assert "close the circle with Mum" in chat.last_text()
            await chat.tap("Use this")

    start = bot.clock.now()
    await live(bot, start + timedelta(days=8, hours=12), answer, chats=(ana,))

    nudge_times = [s for s in ana.seen if "How are you feeling today?" in s.text]
    assert [s.text.split("\n\n")[-1] for s in nudge_times] == [
        f"Day {d} of 7. How are you feeling today?" for d in range(1, 8)
    ]
    # One gentle word after the unanswered day 4, and only then.
    assert [s.text.startswith("Yesterday slipped by") for s in nudge_times] == [False] * 4 + [
        True
    ] + [False] * 2
    assert {ana.local_times(BERLIN)[ana.seen.index(s)][-5:] for s in nudge_times} == {"19:00"}
    assert [s.at.hour for s in nudge_times] == [18] * 6 + [17]  # UTC moves, local time does not

    summary = next(s.text for s in ana.seen if s.text.startswith("<b>Your week</b>"))
    assert "Moods, day by day: 🙂 😐 😄 – 😕 🙂 😄" in summary
    assert "Average mood: 3.8 of 5" in summary
    assert "Days you tried something new or hard: 3 of 7" in summary
    assert "Days your secure base made you calmer or braver: 5 of 7" in summary
    assert "Your request to Mum: sent" in summary
    assert "Mum. &lt;3 &amp; always has been." in summary
    assert "Spoke up in the team meeting" in summary
    assert "Would you like another week?" in ana.last_text()
    assert not any("seven days are done" in s.text for s in ana.seen)
    assert [n.status for n in await nudges(bot)] == ["sent"] * 7 + ["cancelled"]
    night = [t for t in ana.local_times(BERLIN) if not "08:00" <= t[-5:] < "22:00"]
    assert night == []

    again = await ana.tap("Same anchor")
    assert "what's coming up for you" in again[0].text
    again = await ana.tap("ordinary week")
    assert "one small, concrete thing Mum could do" in again[0].text


async def test_two_people_in_different_zones_each_get_their_own_local_time(bot: BotHarness) -> None:
    ana, ben = bot.chat(201), bot.chat(202)
    await set_up(ana, zone_label="Berlin", at="21:00")
    await set_up(ben, anchor="Sam", zone_label="New York", at="08:00")

    async def answer(chat: Chat, day: int) -> None:
        await chat.tap("3 ")

    await live(
        bot,
        bot.clock.now() + timedelta(days=9),
        answer,
        chats=(ana, ben),
        step=timedelta(minutes=15),
    )
    ana_days = [
        t
        for t, s in zip(ana.local_times(BERLIN), ana.seen, strict=True)
        if s.text.startswith("Day ")
    ]
    ben_days = [
        t
        for t, s in zip(ben.local_times(NEW_YORK), ben.seen, strict=True)
        if s.text.startswith("Day ")
    ]
    assert [t[-5:] for t in ana_days] == ["21:00"] * 7
    assert [t[-5:] for t in ben_days] == ["08:00"] * 7
    # Berlin's clocks moved on 29 March; the local hour held, the UTC hour moved.
    ana_utc = [s.at.hour for s in ana.seen if is_nudge(s.text)]
    assert ana_utc[0] == 20 and ana_utc[-1] == 19
    assert ana_days[0][:10] == "2026-03-23" and ben_days[0][:10] == "2026-03-23"


async def test_a_restart_mid_week_loses_nothing_and_repeats_nothing(bot: BotHarness) -> None:
    ana = bot.chat(301)
    await set_up(ana)

    async def answer(chat: Chat, day: int) -> None:
        await chat.tap("4 ")

    day1 = bot.clock.now()
    await live(bot, day1 + timedelta(days=2, hours=12), answer, chats=(ana,))
    assert nudge_days(ana) == [
        "Day 1",
        "Day 2",
        "Day 3",
    ]

    # Down from day 3 evening until day 4 at 23:30 local: day 4's nudge is overdue and it's night.
    await bot.stop()
    bot.clock.set(datetime(2026, 3, 26, 22, 30, tzinfo=UTC))
    await bot.start()
    await bot.tick()
    assert nudge_days(ana) == [
        "Day 1",
        "Day 2",
        "Day 3",
    ]

    # Down again over day 5's nudge, back one hour late: it still comes, once.
    await live(bot, datetime(2026, 3, 27, 17, 0, tzinfo=UTC), answer, chats=(ana,))
    await bot.restart()
    bot.clock.set(datetime(2026, 3, 27, 19, 0, tzinfo=UTC))
    await bot.tick()
    await bot.tick()
    await bot.restart()
    await bot.tick()
    days = nudge_days(ana)
    assert days == ["Day 1", "Day 2", "Day 3", "Day 5"]
    # The person's answer goes on working on the new process.
    reply = await ana.tap("2 ")
    assert "new or a little hard" in reply[-1].text
    statuses = [(n.day, n.status) for n in await nudges(bot)]
    assert statuses == [
        (1, "sent"),
        (2, "sent"),
        (3, "sent"),
        (4, "missed"),
        (5, "sent"),
        (6, "pending"),
        (7, "pending"),
        (8, "pending"),
    ]


async def test_the_same_update_twice_changes_nothing_twice(bot: BotHarness) -> None:
    ana = bot.chat(401)
    start = bot.updates.message(401, "/start")
    await bot.feed(start)
    await bot.feed(bot.updates.same(start))
    assert len(ana.seen) == 1
    tap = bot.updates.callback(401, "begin")
    first = await ana._feed(tap)
    again = await ana._feed(bot.updates.same(tap))
    assert "Who makes you feel safe" in first[-1].text and again == []
    name = bot.updates.message(401, "Mum")
    await bot.feed(name)
    await bot.feed(bot.updates.same(name))
    assert sum("What makes Mum a safe place" in s.text for s in ana.seen) == 1


async def test_a_button_from_an_old_message_gets_a_kind_answer(bot: BotHarness) -> None:
    ana = bot.chat(501)
    await set_up(ana)
    reply = await ana.press("sp:1:comfort")  # the support choice from long ago
    assert reply[0].text.startswith("That question has passed.")
    after = reply[-1].text.split("\n\n", 1)[1]  # then, in the same message, where we are
    assert "Day 1 of 7" in after or "Your week" in after or "Day " in after
    junk = await ana.press("zz:not-a-button")
    assert junk[0].text.startswith("That question has passed.")


async def test_bad_input_at_a_step_gets_a_clear_answer_and_loses_nothing(bot: BotHarness) -> None:
    ana = bot.chat(601)
    await ana.send("/start")
    await ana.tap("Let's begin")
    sticker = await ana._feed(bot.updates.sticker(601))
    assert (
        "not stickers or pictures" in sticker[0].text
        and "Who makes you feel safe" in sticker[-1].text.split("\n\n", 1)[1]
    )
    photo = await ana._feed(bot.updates.photo(601))
    assert "not stickers or pictures" in photo[0].text
    long = await ana.send("x" * 4096)
    assert "a little long" in long[0].text
    await ana.send('<b>Bo</b> & "Co" 🌻')
    assert 'What makes &lt;b&gt;Bo&lt;/b&gt; &amp; "Co" 🌻 a safe place' in ana.last_text()
    await ana.send("y" * 1000)
    words = await ana.send("Just text where a button should be")
    assert "tap one of the buttons" in words[0].text and len(words[-1].buttons) == 4
    await ana.send("4")  # the fourth button typed: an ordinary week
    words = await ana.send("Just text where a button should be")
    assert "tap one of the buttons" in words[0].text and len(words[-1].buttons) == 4
    await ana.send("1")  # the first button, typed
    await ana.tap("Use this")
    final = [s for s in ana.seen if "ready to copy or forward" in s.text][-1]
    assert "&lt;b&gt;Bo&lt;/b&gt;" in final.text
    assert next(b for b in final.buttons if "copy_text" in b)["copy_text"]["text"].startswith(
        'Hi <b>Bo</b> & "Co" 🌻!'
    )


async def test_a_person_who_blocks_the_bot_gets_no_more_nudges_until_they_return(
    bot: BotHarness,
) -> None:
    ana = bot.chat(701)
    await set_up(ana)
    await bot.feed(bot.updates.my_chat_member(701, "kicked"))
    await live(bot, bot.clock.now() + timedelta(days=1), chats=(ana,))
    assert nudge_days(ana) == []
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        assert (await repos.users.by_chat(701)).active is False  # type: ignore[union-attr]

    back = await ana.send("/start")
    assert "Day 2 of 7" in back[0].text
    await live(bot, bot.clock.now() + timedelta(days=1), chats=(ana,))
    assert nudge_days(ana) == ["Day 2"]

    bot.fake.block_chat(701)  # Telegram answers 403 when the nudge is sent
    await live(bot, bot.clock.now() + timedelta(days=1), chats=(ana,))
    async with bot.core.store.unit() as repos:
        user = await repos.session.scalar(select(User).where(User.chat_id == 701))
        assert user is not None and user.active is False
    statuses = [n.status for n in await nudges(bot)]
    assert statuses[:4] == ["skipped", "sent", "failed", "pending"]


async def test_commands_are_registered_and_a_refusal_does_not_stop_the_bot(
    tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    ok = await BotHarness(tmp_path / "a", sqlite_url, clock).start()
    names = [c["command"] for c in ok.fake.calls_to("setMyCommands")[0].params["commands"]]
    assert names == [
        "start", "status", "progress", "journal", "reflect", "settings", "pause", "resume",
        "stop", "cancel", "export", "delete", "help",
    ]  # fmt: skip
    await ok.stop()

    refusing = BotHarness(tmp_path / "b", sqlite_url, clock)
    refusing.fake.fail_method_always("setMyCommands", "bad_request")
    await refusing.start()
    assert "Secure Base" in (await refusing.chat(801).send("/start"))[0].text
    await refusing.stop()


async def test_the_scheduler_wakes_the_dispatcher_on_its_own(bot: BotHarness) -> None:
    ana = bot.chat(901)
    await set_up(ana)
    assert bot.core is not None and bot.dispatcher is not None
    bot.core.settings.dispatch_interval_seconds = 0.05
    scheduler = build_scheduler(bot.core, bot.dispatcher)
    bot.clock.set(datetime(2026, 3, 23, 18, 0, 30, tzinfo=UTC))
    scheduler.start()
    try:
        await bot.fake.wait_for(
            "sendMessage", count=len(bot.fake.calls_to("sendMessage")) + 1, within=5
        )
    finally:
        scheduler.shutdown(wait=False)
    await asyncio.sleep(0.2)
    bot._collect()
    assert texts(ana.seen).count("Day 1 of 7") == 1
