"""Weeks add up: /progress shows every week so far on one chart, with a line of words for each."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from matplotlib.image import imread

from bot.adapters.console import ConsoleChat
from bot.app import Core
from bot.charts.data import CHART_SIZE, WEEKS_CHART_SIZE, WeekLine, WeeksLabels
from bot.delivery.replies import Reply, WeeksChartRequest
from storage.models import WeekStatus
from tests.anchor_rows import rows
from tests.harness import BotHarness, Chat
from tests.test_flow_weeks_add_up import close, live_week


def photos(bot: BotHarness, chat_id: int) -> list[tuple[bytes, str | None]]:
    """Each picture sent to the chat, with its caption."""
    calls = bot.fake.calls_to("sendPhoto")
    return [
        (c.files["photo"][1], c.params.get("caption"))
        for c in calls
        if int(c.params["chat_id"]) == chat_id
    ]


def size(png: bytes) -> tuple[int, int]:
    height, width = imread(io.BytesIO(png)).shape[:2]
    return width, height


async def set_up(ana: Chat) -> None:
    """A week with Mum, an ordinary week, a comforting text, 19:00 in Berlin."""
    await ana.send("/start")
    await ana.tap("Let's begin")
    await ana.send("Mum")
    await ana.send("She always picks up.")
    await ana.tap("ordinary week")
    await ana.tap("A comforting text")
    await ana.tap("Use this")
    await ana.tap("Berlin")
    await ana.tap("19:00")


async def test_progress_shows_every_week_so_far(bot: BotHarness) -> None:
    ana = bot.chat(51)
    await set_up(ana)
    await live_week(bot, ana, {1}, datetime(2026, 3, 31, 9, tzinfo=UTC))

    await ana.send("/progress")  # one week so far: the week's chart only, as before
    assert [size(png) for png, _ in photos(bot, 51)] == [CHART_SIZE]

    await close(ana)
    await ana.tap("Same anchor")
    await ana.tap("ordinary week")
    await ana.tap("A comforting text")
    await ana.tap("Use this")
    await ana.tap("Yes, same time")
    await live_week(bot, ana, {2, 3}, datetime(2026, 4, 4, 9, tzinfo=UTC))
    before = len(photos(bot, 51))
    await ana.send("/progress")
    sent = photos(bot, 51)[before:]

    assert [size(png) for png, _ in sent] == [CHART_SIZE, WEEKS_CHART_SIZE]
    assert sent[0][1] == "Your week so far, with Mum."
    assert sent[1][1] == (
        "<b>Every week so far</b>\n"
        "Week of Mar 23 with Mum: mood avg 4.0, 1 brave day, 7 calmer or braver days\n"
        "Week of Mar 31 with Mum: mood avg 4.0, 2 brave days, 4 calmer or braver days"
    )


async def seed_weeks(bot: BotHarness, chat_id: int, statuses: list[WeekStatus]) -> None:
    """Weeks as months of use leave them: one a week from Jan 5, two days answered in each."""
    assert bot.core is not None
    now = bot.clock.now()
    async with bot.core.store.unit() as repos:
        user = await repos.users.by_chat(chat_id)
        assert user is not None
        for index, status in enumerate(statuses):
            week = await repos.weeks.create(user.id, now, anchors=rows("Mira"))
            week.status = status.value
            if status != WeekStatus.SETUP:
                week.start_date = date(2026, 1, 5) + timedelta(weeks=index)
            for day in (1, 2):
                checkin = await repos.checkins.get_or_create(week.id, day, now)
                checkin.mood, checkin.tried = 1 + index % 5, day == 1
                checkin.effect = "calmer"


async def test_weeks_being_set_up_or_stopped_are_left_out(bot: BotHarness) -> None:
    ana = bot.chat(61)
    await ana.send("/start")
    done, stopped, active = WeekStatus.COMPLETED, WeekStatus.STOPPED, WeekStatus.ACTIVE
    await seed_weeks(bot, 61, [done, stopped, done, active])
    await ana.send("/progress")
    caption = photos(bot, 61)[-1][1]
    assert caption == (
        "<b>Every week so far</b>\n"
        "Week of Jan 5 with Mira: mood avg 1.0, 1 brave day, 2 calmer or braver days\n"
        "Week of Jan 19 with Mira: mood avg 3.0, 1 brave day, 2 calmer or braver days\n"
        "Week of Jan 26 with Mira: mood avg 4.0, 1 brave day, 2 calmer or braver days"
    )


async def test_only_the_last_eight_weeks_are_shown_and_the_person_is_told(
    bot: BotHarness,
) -> None:
    ana = bot.chat(62)
    await ana.send("/start")
    await seed_weeks(bot, 62, [WeekStatus.COMPLETED] * 10 + [WeekStatus.ACTIVE])
    await ana.send("/progress")
    (week_png, _), (weeks_png, caption) = photos(bot, 62)
    assert (size(week_png), size(weeks_png)) == (CHART_SIZE, WEEKS_CHART_SIZE)
    assert caption is not None
    lines = caption.split("\n")
    assert len(lines) == 1 + 8 + 1
    assert lines[1].startswith("Week of Jan 26 with Mira")  # the 4th week: three left out
    assert lines[8].startswith("Week of Mar 16 with Mira")
    assert lines[-1] == "Here are your last 8 weeks, out of 11 in all."


async def test_the_console_saves_the_every_week_chart(tmp_path: Path, core: Core) -> None:
    out = io.StringIO()
    files = tmp_path / "files" / "7"
    chat = ConsoleChat(core.journey, 7, "es", out, files_dir=files)
    lines = (
        WeekLine("2 mar · Mira", (3, 4, None, 2, None, 5, 4)),
        WeekLine("9 mar · Mira", (4,) * 7),
    )
    labels = WeeksLabels("Todas tus semanas", tuple(f"Día {d}" for d in range(1, 8)), "Ánimo", "-")
    await chat.show_all([Reply("<b>Todas tus semanas</b>", chart=WeeksChartRequest(lines, labels))])
    (saved,) = files.iterdir()
    assert size(saved.read_bytes()) == WEEKS_CHART_SIZE
    assert "Todas tus semanas" in out.getvalue()


async def test_progress_while_setting_up_the_next_week_shows_the_weeks_behind(
    bot: BotHarness,
) -> None:
    """Between weeks, /progress is not empty: the last week and every week so far, and then the
    setup question they were at, so nothing is lost."""
    ana = bot.chat(52)
    await set_up(ana)
    await live_week(bot, ana, {1}, datetime(2026, 3, 31, 9, tzinfo=UTC))
    await close(ana)
    await ana.tap("Someone new")
    asked = ana.last_text()

    before = len(photos(bot, 52))
    out = await ana.send("/progress")
    sent = photos(bot, 52)[before:]
    assert [(size(png), caption) for png, caption in sent] == [(CHART_SIZE, "Your week with Mum.")]
    assert "opens once your week has begun" not in "\n".join(s.text for s in out)
    assert out[-1].text.endswith("\n\n" + asked)  # after the summary, in the same message
