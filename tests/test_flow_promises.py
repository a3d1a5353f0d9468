"""A time the bot announced is a promise: it is kept even when sending it is late, or the time
falls just before the quiet hours. Check-ins alone are re-checked against quiet hours at send
time. The real PTB Application, the fake Bot API and a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.timing.schedule import local_now
from tests.harness import BotHarness
from tests.test_flow_week import is_nudge, nudges, set_up

BERLIN = "Europe/Berlin"


async def test_a_later_announced_for_21_55_comes_even_if_sent_after_22_00(bot: BotHarness) -> None:
    ana = bot.chat(41)
    await set_up(ana)  # Berlin, quiet hours 22:00-08:00, check-ins at 19:00
    bot.clock.set(datetime(2026, 3, 23, 19, 55, tzinfo=UTC))  # 20:55 in Berlin, day 1 due
    await bot.tick()
    await ana.tap("Later")
    reply = await ana.tap("In an hour")
    assert reply[-1].text == "Okay, I'll come back today at 21:55."

    bot.clock.set(datetime(2026, 3, 23, 21, 1, tzinfo=UTC))  # 22:01: the dispatcher was late
    await bot.tick()
    back = [s for s in ana.seen if is_nudge(s.text)]
    assert len(back) == 2 and back[1].text.startswith("Here I am again, as promised.")
    assert local_now(back[1].at, BERLIN).strftime("%H:%M") == "22:01"
    assert [n.status for n in await nudges(bot) if n.kind == "snooze"] == ["sent"]


async def test_a_later_sent_on_time_at_21_55_arrives_at_21_55(bot: BotHarness) -> None:
    ana = bot.chat(42)
    await set_up(ana)
    bot.clock.set(datetime(2026, 3, 23, 19, 55, tzinfo=UTC))
    await bot.tick()
    await ana.tap("Later")
    await ana.tap("In an hour")
    bot.clock.set(datetime(2026, 3, 23, 20, 55, tzinfo=UTC))  # 21:55 in Berlin
    await bot.tick()
    back = [s for s in ana.seen if is_nudge(s.text)]
    assert local_now(back[-1].at, BERLIN).strftime("%H:%M") == "21:55"
    assert back[-1].text.startswith("Here I am again, as promised.")


async def test_a_check_in_sent_late_into_the_quiet_hours_still_waits(bot: BotHarness) -> None:
    ana = bot.chat(43)
    await set_up(ana, at="21:00")
    bot.clock.set(datetime(2026, 3, 23, 21, 1, tzinfo=UTC))  # 22:01: the 21:00 check-in is late
    await bot.tick()
    assert not any(is_nudge(s.text) for s in ana.seen)  # never a check-in at night
