"""Weeks add up: the closing summary compares brave days with the last completed week."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.harness import BotHarness, Chat


async def live_week(bot: BotHarness, ana: Chat, brave_days: set[int], until: datetime) -> None:
    """Let the week pass; answer each check-in, trying something on `brave_days`."""
    day = 0
    before = len(ana.seen)
    async for _ in bot.wake_ups(until, timedelta(hours=1)):
        if any("How are you feeling today?" in s.text for s in ana.seen[before:]):
            day += 1
            await ana.tap("4 ")
            await ana.tap("Yes" if day in brave_days else "Not today")
            if day in brave_days:
                await ana.tap("Skip")
            await ana.tap("Both")
            if "Later" in ana.seen[-1].labels():
                await ana.tap("Later")
        before = len(ana.seen)


async def close(ana: Chat) -> list[str]:
    await ana.tap("Close the week")
    out = await ana.tap("Use this")
    return [s.text for s in out]


async def test_the_second_week_is_compared_with_the_first(bot: BotHarness) -> None:
    ana = bot.chat(41)
    await ana.send("/start")
    await ana.tap("Let's begin")
    await ana.send("Mum")
    await ana.send("She always picks up.")
    await ana.tap("ordinary week")
    await ana.tap("A comforting text")
    await ana.tap("Use this")
    await ana.tap("Berlin")
    await ana.tap("19:00")
    await live_week(bot, ana, {1}, datetime(2026, 3, 31, 9, tzinfo=UTC))
    first = await close(ana)
    assert not any(t.startswith("Compared with your last week") for t in first)

    await ana.tap("Same anchor")
    await ana.tap("ordinary week")
    await ana.tap("A comforting text")
    await ana.tap("Use this")
    await ana.tap("Yes, same time")
    await live_week(bot, ana, {2, 4, 6}, datetime(2026, 4, 8, 9, tzinfo=UTC))
    second = await close(ana)
    paragraphs = [p for text in second for p in text.split("\n\n")]
    assert "Compared with your last week: 3 brave days, up from 1." in paragraphs
