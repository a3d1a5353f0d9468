"""Flow tests for seeing and steering the week: chart, journal, settings, later/skip, export,
erase and care, through the real PTB Application with the fake Bot API and a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

from matplotlib.image import imread
from sqlalchemy import select, text
from telegram import Update

from bot.charts.data import CHART_SIZE
from bot.timing.schedule import local_now
from storage.models import Base, Nudge
from tests.harness import BotHarness, Chat
from tests.test_flow_week import is_nudge, live, nudges, set_up

BERLIN = "Europe/Berlin"


async def answer_mood(chat: Chat, mood: int = 4) -> None:
    await chat.tap(f"{mood} ")
    await chat.tap("Not today")
    await chat.tap("Calmer")
    if "Later" in chat.seen[-1].labels():
        await chat.tap("Later")


async def days_pass(bot: BotHarness, chat: Chat, days: float, answer: bool = True) -> None:
    async def on_nudge(c: Chat, day: int) -> None:
        if answer:
            await answer_mood(c)

    await live(bot, bot.clock.now() + timedelta(days=days), on_nudge, chats=(chat,))


def photos(bot: BotHarness, chat_id: int) -> list[bytes]:
    calls = bot.fake.calls_to("sendPhoto")
    return [c.files["photo"][1] for c in calls if int(c.params["chat_id"]) == chat_id]


async def test_progress_sends_a_phone_sized_chart_with_the_summary_beside_it(
    bot: BotHarness,
) -> None:
    ana = bot.chat(11)
    await set_up(ana)
    empty = await ana.send("/progress")
    assert len(photos(bot, 11)) == 1
    assert "Moods, day by day: – – – – – – –" in empty[-1].text
    await days_pass(bot, ana, 2.5)
    await ana.send("/progress")
    png = photos(bot, 11)[-1]
    assert png.startswith(b"\x89PNG")
    assert imread(io.BytesIO(png)).shape[:2] == (CHART_SIZE[1], CHART_SIZE[0])
    assert photos(bot, 11)[0] != png
    caption = bot.fake.calls_to("sendPhoto")[-1].params["caption"]
    assert caption == "Your week so far, with Mum."
    assert "Moods, day by day: 🙂 🙂 🙂 – – – –" in ana.last_text()


async def test_a_chart_being_drawn_does_not_hold_up_another_person(bot: BotHarness) -> None:
    ana, ben = bot.chat(21), bot.chat(22)
    await set_up(ana)
    await ben.send("/start")
    bot.fake.clear()
    bot._calls_read = 0
    assert bot.app is not None
    await bot.app.start()  # updates now flow through PTB's own queue and update processor
    try:
        await bot.app.update_queue.put(
            Update.de_json(bot.updates.message(21, "/progress"), bot.app.bot)
        )
        await bot.app.update_queue.put(
            Update.de_json(bot.updates.message(22, "/help"), bot.app.bot)
        )
        await bot.fake.wait_for("sendPhoto", within=30)
        await bot.fake.wait_for("sendMessage", count=2, within=30)
    finally:
        await bot.app.stop()
    order = [(c.method, int(c.params["chat_id"])) for c in bot.fake.calls if "chat_id" in c.params]
    assert order.index(("sendMessage", 22)) < order.index(("sendPhoto", 21))


async def test_the_journal_lets_a_missed_day_be_filled_in(bot: BotHarness) -> None:
    ana = bot.chat(31)
    await set_up(ana)
    await days_pass(bot, ana, 0.5)  # day 1 answered
    await live(bot, bot.clock.now() + timedelta(days=1), chats=(ana,))  # day 2 goes unanswered
    await days_pass(bot, ana, 1)  # day 3 answered
    journal = await ana.send("/journal")
    text = journal[-1].text
    assert "<b>Day 1</b> · Mon, Mar 23\nmood 4 🙂 · nothing new · 😌 Calmer" in text
    assert "<b>Day 2</b> · Tue, Mar 24\nno answer yet" in text
    assert "<b>Day 4</b> · Thu, Mar 26\nstill to come" in text
    assert journal[-1].labels() == ["Day 1", "Day 2", "Day 3"]
    await ana.tap("Day 2")
    assert "Day 2 (Tue, Mar 24): how was your mood that day?" in ana.last_text()
    await ana.tap("2 ")
    await ana.tap("Yes")
    await ana.send("Told my boss I need help")
    done = await ana.tap("Braver")
    assert done[-1].text == "Day 2 is updated. 🌿"
    again = await ana.send("/journal")
    assert (
        "<b>Day 2</b> · Tue, Mar 24\nmood 2 😕 · tried something new or hard · 💪 Braver"
        in again[-1].text
    )
    assert "“Told my boss I need help”" in again[-1].text
    progress = await ana.send("/progress")
    assert "Moods, day by day: 🙂 😕 🙂 – – – –" in progress[-1].text


async def test_later_comes_back_once_and_never_moves_the_regular_schedule(bot: BotHarness) -> None:
    ana = bot.chat(41)
    await set_up(ana)
    regular_before = [(n.day, n.due_at) for n in await nudges(bot) if n.kind != "snooze"]
    bot.clock.set(datetime(2026, 3, 23, 18, 0, tzinfo=UTC))  # 19:00 in Berlin
    await bot.tick()
    await ana.tap("Later")
    assert ana.seen[-1].labels() == ["In an hour"]  # "this evening" has already begun
    reply = await ana.tap("In an hour")
    assert reply[-1].text == "Okay, I'll come back today at 20:00."
    await live(
        bot, datetime(2026, 3, 23, 19, 30, tzinfo=UTC), chats=(ana,), step=timedelta(minutes=10)
    )
    back = [s for s in ana.seen if is_nudge(s.text)]
    assert len(back) == 2 and back[1].text.startswith("Here I am again, as promised.")
    assert local_now(back[1].at, BERLIN).strftime("%H:%M") == "20:00"
    regular_after = [(n.day, n.due_at) for n in await nudges(bot) if n.kind != "snooze"]
    assert regular_after == regular_before

    # A "later" that would land in the night waits for the morning instead.
    bot.clock.set(datetime(2026, 3, 24, 20, 40, tzinfo=UTC))  # day 2, 21:40 in Berlin
    await bot.tick()
    await ana.tap("Later")
    reply = await ana.tap("In an hour")
    assert reply[-1].text == (  # the reason is said, or the morning looks like a slip
        "An hour from now is 22:40, inside your quiet hours, "
        "so I'll come back tomorrow at 08:00 instead."
    )


async def test_skip_today_says_so_and_cancels_a_pending_later(bot: BotHarness) -> None:
    ana = bot.chat(51)
    await set_up(ana)
    bot.clock.set(datetime(2026, 3, 23, 18, 0, tzinfo=UTC))
    await bot.tick()
    await ana.tap("Later")
    await ana.tap("In an hour")
    reply = await ana.tap("Skip today")
    assert reply[-1].text == "Day 1 skipped, and that's fine. Next check-in: tomorrow at 19:00."
    await live(bot, datetime(2026, 3, 24, 12, 0, tzinfo=UTC), chats=(ana,))
    assert sum(is_nudge(s.text) for s in ana.seen) == 1
    snooze = [n for n in await nudges(bot) if n.kind == "snooze"]
    assert [n.status for n in snooze] == ["cancelled"]


async def test_changing_time_and_zone_mid_week_moves_every_pending_nudge(bot: BotHarness) -> None:
    ana = bot.chat(61)
    await set_up(ana)
    await days_pass(bot, ana, 1.5)  # days 1 and 2 sent
    await ana.send("/settings")
    assert "Check-in time: 19:00\nTime zone: Berlin\nQuiet hours: 22:00–08:00" in ana.last_text()
    await ana.tap("Check-in time")
    moved = await ana.tap("08:00")
    assert "Check-ins are now at 08:00 (Berlin). Next one: tomorrow at 08:00." in moved[0].text
    pending = [n for n in await nudges(bot) if n.status == "pending"]
    assert {local_now(n.due_at, BERLIN).strftime("%H:%M") for n in pending} == {"08:00"}
    assert [n.day for n in pending] == [3, 4, 5, 6, 7, 8]

    await ana.tap("Time zone")
    await ana.tap("New York")
    pending = [n for n in await nudges(bot) if n.status == "pending"]
    assert {local_now(n.due_at, "America/New_York").strftime("%H:%M") for n in pending} == {"08:00"}
    await ana.tap("Quiet hours")
    conflict = await ana.tap("00:00–07:00")
    assert conflict[0].text.startswith("Quiet hours are now 00:00–07:00")
    await ana.tap("Quiet hours")
    refused = await ana.tap("21:00–09:00")
    assert "Your check-in time, 08:00, falls inside those hours" in refused[0].text
    closed = await ana.tap("Done")
    assert closed[0].text.startswith("Settings saved. 🌿\n\n")  # then the open question
    sent_after = await live_count(bot, ana, days=5)
    assert sent_after and {t[-5:] for t in sent_after} == {"08:00"}


async def live_count(bot: BotHarness, chat: Chat, days: float) -> list[str]:
    before = len(chat.seen)
    await live(bot, bot.clock.now() + timedelta(days=days), chats=(chat,))
    return [
        local_now(s.at, "America/New_York").strftime("%Y-%m-%d %H:%M")
        for s in chat.seen[before:]
        if is_nudge(s.text)
    ]


async def test_export_sends_everything_and_asks_first(bot: BotHarness) -> None:
    ana = bot.chat(71)
    await set_up(ana, anchor="Lea <3")
    bot.clock.set(datetime(2026, 3, 23, 18, 0, tzinfo=UTC))
    await bot.tick()
    await ana.tap("5 ")
    await ana.tap("Yes")
    await ana.send("Asked a stranger for directions")
    await ana.tap("Both")
    await ana.send("Lea, who else.")
    asked = await ana.send("/export")
    assert "Send them here?" in asked[-1].text and bot.fake.calls_to("sendDocument") == []
    cancelled = await ana.tap("Cancel")
    assert (
        cancelled[-1].text == "Okay, nothing was sent." and bot.fake.calls_to("sendDocument") == []
    )
    await ana.send("/export")
    await ana.tap("Send my data")
    docs = bot.fake.calls_to("sendDocument")
    assert [c.files["document"][0] for c in docs] == [
        "secure-base-2026-03-23-1900.json",
        "secure-base-checkins-2026-03-23-1900.csv",
    ]
    document = json.loads(docs[0].files["document"][1])
    week = document["weeks"][0]
    assert (
        document["profile"]["telegram_chat_id"] == 71 and document["profile"]["timezone"] == BERLIN
    )
    (lea,) = week["anchors"]
    assert lea["name"] == "Lea <3" and lea["why"].startswith("She always picks up")
    assert week["checkins"][0]["note"] == "Asked a stranger for directions"
    assert week["reflections"][0]["answer"] == "Lea, who else."
    assert len(week["nudges"]) == 8 and week["nudges"][0]["status"] == "sent"
    rows = list(csv.reader(io.StringIO(docs[1].files["document"][1].decode("utf-8-sig"))))
    assert rows[1] == [
        "1",
        "1",
        "2026-03-23",
        "5",
        "yes",
        "Asked a stranger for directions",
        "both",
        "",
    ]


async def test_erase_leaves_no_trace_in_any_table(bot: BotHarness) -> None:
    ana, ben = bot.chat(987654321), bot.chat(82)
    await set_up(ana, anchor="Zoltan Quixotic")
    await set_up(ben, anchor="Mum")
    bot.clock.set(datetime(2026, 3, 23, 18, 0, tzinfo=UTC))
    await bot.tick()
    await ana.tap("3 ")
    await ana.tap("Yes")
    await ana.send("Walked into the xylophone club")
    await ana.tap("Braver")
    await ana.send("Reflection about Zoltan")
    kept = await ana.send("/delete")
    assert "Erase everything?" in kept[-1].text
    assert (await ana.tap("Keep my data"))[-1].text == "Nothing was erased."
    await ana.send("/delete")
    done = await ana.tap("Yes, erase everything")
    assert done[-1].text.startswith(
        "Erased: your profile, 1 week, 1 check-in, 1 reflection and 8 scheduled messages."
    )

    assert bot.core is not None
    traces = ("987654321", "Zoltan", "xylophone")
    async with bot.core.store.unit() as repos:
        for table in Base.metadata.sorted_tables:
            for row in (await repos.session.execute(select(table))).all():
                flat = " ".join(str(v) for v in row)
                assert not any(trace in flat for trace in traces), (table.name, flat)
        left = await repos.session.scalar(text("select count(*) from nudges"))
    assert left == 8  # Ben's week is untouched
    await days_pass(bot, ana, 1, answer=False)
    assert not any(is_nudge(s.text) for s in ana.seen[-3:])
    fresh = await ana.send("/start")
    assert "Hi, I'm Secure Base." in fresh[0].text


async def test_words_of_crisis_get_care_and_the_week_goes_on(bot: BotHarness) -> None:
    ana = bot.chat(91)
    await set_up(ana)
    bot.clock.set(datetime(2026, 3, 23, 18, 0, tzinfo=UTC))
    await bot.tick()
    await ana.tap("2 ")
    await ana.tap("Yes")
    care = await ana.send("Honestly some days I just want to die")
    assert "Are you safe right now?" in care[-1].text
    assert "TelefonSeelsorge" in care[0].text and "findahelpline.com" in care[0].text
    assert care[-1].labels() == ["I'm safe", "I'm not safe"]
    unsafe = await ana.tap("I'm not safe")
    assert "Please call someone now" in unsafe[0].text and "Mum" in unsafe[-1].text
    stay = await ana.send("I called Mum, she's on her way")
    assert "glad" in stay[0].text and "no open question" not in stay[0].text
    back = await ana.tap("Back to my week")  # after a warm word, when they are ready
    assert "Want to note what it was?" in back[-1].text  # the check-in waited, nothing lost
    await ana.send("I went for a walk")
    await ana.tap("Calmer")
    assert any("Saved for day 1." in s.text for s in ana.seen[-3:])
    assert [n.status for n in await nudges(bot)][:2] == ["sent", "pending"]
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        rows = (
            (await repos.session.execute(text("select kind from events order by id")))
            .scalars()
            .all()
        )
        note = (await repos.session.execute(text("select tried_note from checkins"))).scalar()
    assert rows == ["crisis_words", "care_unsafe"]
    assert note == "I went for a walk"  # words of crisis are never kept as an answer

    ordinary = await ana.send("I'm dying to try the new cafe, the deadline is killing me")
    assert not any("Are you safe" in s.text for s in ordinary)


async def test_three_lowest_days_in_a_row_get_one_caring_word(bot: BotHarness) -> None:
    ana = bot.chat(92)
    await set_up(ana)

    async def low(chat: Chat, day: int) -> None:
        await answer_mood(chat, mood=1)

    await live(bot, bot.clock.now() + timedelta(days=4, hours=12), low, chats=(ana,))
    care = [s for s in ana.seen if "The last few days have been really low" in s.text]
    assert len(care) == 1
    assert care[0].at.date() == datetime(2026, 3, 25).date()  # after the third low day
    statuses = [n.status for n in await nudges(bot)]
    assert statuses[:5] == ["sent"] * 5  # the week went on


async def test_pause_and_stop_keep_working_with_later_pending(bot: BotHarness) -> None:
    ana = bot.chat(93)
    await set_up(ana)
    bot.clock.set(datetime(2026, 3, 23, 18, 0, tzinfo=UTC))
    await bot.tick()
    await ana.tap("Later")
    await ana.tap("In an hour")
    await ana.send("/pause")
    await live(bot, datetime(2026, 3, 24, 20, 0, tzinfo=UTC), chats=(ana,))
    assert sum(is_nudge(s.text) for s in ana.seen) == 1
    await ana.send("/stop")
    await ana.tap("Yes, end the week")
    assert {n.status for n in await nudges(bot) if n.day > 2} == {"cancelled"}
    snooze = (await _snoozes(bot))[0]
    assert snooze.status == "skipped"


async def _snoozes(bot: BotHarness) -> list[Nudge]:
    return [n for n in await nudges(bot) if n.kind == "snooze"]


async def test_a_later_on_the_night_the_clocks_change_still_waits_for_morning(
    bot: BotHarness,
) -> None:
    ana = bot.chat(94)
    await set_up(ana, at="21:00")
    bot.clock.set(datetime(2026, 3, 28, 20, 30, tzinfo=UTC))  # Sat 21:30 in Berlin, day 6
    await bot.tick()
    await ana.tap("Later")
    reply = await ana.tap("In an hour")
    assert reply[-1].text == (
        "An hour from now is 22:30, inside your quiet hours, "
        "so I'll come back tomorrow at 08:00 instead."
    )
    await live(
        bot, datetime(2026, 3, 29, 12, 0, tzinfo=UTC), chats=(ana,), step=timedelta(minutes=10)
    )
    again = [s for s in ana.seen if s.text.startswith("Here I am again")]
    assert len(again) == 1
    assert local_now(again[0].at, BERLIN).strftime("%Y-%m-%d %H:%M") == "2026-03-29 08:00"
    assert again[0].at.hour == 6  # summer time has begun: 08:00 local is 06:00 UTC
    night = [
        s for s in ana.seen if not "08:00" <= local_now(s.at, BERLIN).strftime("%H:%M") < "22:00"
    ]
    assert night == []


async def test_a_russian_speaker_is_answered_in_russian_and_can_switch(bot: BotHarness) -> None:
    olga = bot.chat(95, language_code="ru")
    welcome = await olga.send("/start")
    assert welcome[0].text.startswith("Привет, я Secure Base.")
    await olga.tap("Начнём")
    await olga.send("Мама")
    care = await olga.send("Иногда думаю покончить с собой")
    assert "Ты сейчас в безопасности" in care[-1].text and "8-800-2000-122" in care[0].text
    safe = await olga.tap("Я в безопасности")
    assert "Мама" in safe[-1].text  # the question came back, in Russian; nothing was lost
    menus = {c.params.get("language_code") for c in bot.fake.calls_to("setMyCommands")}
    assert menus == {None, "ru", "es"}
    await olga.send("Она всегда рядом")
    await olga.tap("Обычная неделя")
    await olga.tap("Тёплое сообщение")
    await olga.tap("Подходит")
    await olga.tap("Берлин")
    await olga.tap("19:00")
    await olga.send("/settings")
    await olga.tap("Язык")
    switched = await olga.tap("English")
    assert switched[0].text.startswith("I'll speak English from now on.\n\n")
    assert "Language: English" in olga.last_text()


async def test_a_week_whose_closing_note_never_came_closes_on_the_next_visit(
    bot: BotHarness,
) -> None:
    ana = bot.chat(96)
    await set_up(ana)
    await days_pass(bot, ana, 5.5)  # days 1-6 answered
    await ana.send("/pause")  # paused over day 7 and the closing note of day 8
    await live(bot, bot.clock.now() + timedelta(days=4), chats=(ana,))
    statuses = [n.status for n in await nudges(bot)]
    assert statuses[-2:] == ["skipped", "skipped"]
    back = await ana.send("/start")
    left_open = "Did you send your request to Mum?"  # on day 2
    assert back[-1].text == "Welcome back. Here's where we were:\n\n" + left_open
    carried = await ana.tap("I decided not to")
    # Day 3's question was never asked (the follow-up took its turn): it comes now.
    assert "shaped what you dare" in carried[-1].text
    offer = await ana.tap("Later")
    assert (
        offer[-1]
        .text.split("\n\n")[-1]
        .startswith("Before we close the week: no answers yet for day 7.")
    )
    closing = await ana.tap("Close the week")
    assert "close the circle with Mum" in closing[-1].text
    await ana.tap("Use this")
    assert "Would you like another week?" in ana.last_text()


async def test_editing_a_past_day_does_not_spill_into_today(bot: BotHarness) -> None:
    ana = bot.chat(97)
    await set_up(ana)
    await live(bot, bot.clock.now() + timedelta(days=1), chats=(ana,))  # day 1 unanswered
    await ana.send("/journal")
    await ana.tap("Day 1")
    await ana.tap("3 ")  # the edit of day 1 is left half-done; day 2's check-in arrives
    await live(bot, bot.clock.now() + timedelta(hours=12), chats=(ana,))
    await ana.tap("5 ")
    await ana.tap("Not today")
    done = await ana.tap("Braver")
    assert any(
        s.text.split("\n\n")[0] == "Saved for day 2. Thank you for checking in." for s in done
    )


async def test_skip_after_answering_is_a_passed_question(bot: BotHarness) -> None:
    ana = bot.chat(98)
    await set_up(ana)
    bot.clock.set(datetime(2026, 3, 23, 18, 0, tzinfo=UTC))
    await bot.tick()
    await ana.tap("4 ")
    reply = await ana.press(ana.button("Skip today")["callback_data"])
    assert reply[0].text.startswith("That question has passed.")
    progress = await ana.send("/progress")
    assert "Moods, day by day: 🙂 – – – – – –" in progress[-1].text


async def test_an_old_erase_button_does_nothing_once_the_question_is_closed(
    bot: BotHarness,
) -> None:
    ana = bot.chat(99)
    await set_up(ana)
    await ana.send("/delete")
    await ana.tap("Keep my data")
    old = await ana.press("dl:yes")
    assert old[0].text.startswith("That question has passed.")
    assert "Day " in (await ana.send("/status"))[0].text or "Your week starts" in ana.last_text()


async def test_a_photo_caption_with_words_of_crisis_gets_care(bot: BotHarness) -> None:
    ana = bot.chat(100)
    await set_up(ana)
    photo = bot.updates.photo(100, caption="I don't want to live anymore")
    care = await ana._feed(photo)
    assert "Help you can reach" in care[0].text
    assert care[-1].text.endswith("\n\nAre you safe right now?")


async def test_an_idle_week_past_its_seventh_day_closes_on_start(bot: BotHarness) -> None:
    ana = bot.chat(101)
    await set_up(ana)
    await ana.send("/pause")
    await live(bot, bot.clock.now() + timedelta(days=9), chats=(ana,))
    offer = await ana.send("/start")
    assert offer[-1].text.startswith("Before we close the week: no answers yet for days 1, 2,")
    closing = await ana.tap("Close the week")
    assert "close the circle with Mum" in closing[-1].text
