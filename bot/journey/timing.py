"""When check-ins come: time zone and time at setup and in /settings, and the schedule."""

from __future__ import annotations

import logging
from datetime import time

from bot import schedule
from bot.journey import prompts
from bot.journey.core import (
    QUIET_CHOICES,
    SETTINGS_STEPS,
    Turn,
    back,
    hhmm,
    is_quiet_for,
    minute_time,
    nudge_minute,
    quiet_label,
    when,
)
from bot.timezones import parse_zone
from content import LOCALES, Texts, program
from storage.models import Week

log = logging.getLogger(__name__)


async def typed_zone(turn: Turn, text: str) -> None:
    zone = parse_zone(text) if len(text) <= 100 else None
    if zone is None:
        turn.say(turn.t("tz_unknown", text=text[:100]))
        return
    await set_zone(turn, zone)


async def set_zone(turn: Turn, zone: str) -> None:
    turn.user.timezone = zone
    if turn.user.step in SETTINGS_STEPS:
        await settings_changed(turn)
        return
    turn.goto("time")
    prompts.ask(turn)


async def typed_time(turn: Turn, text: str) -> None:
    at = schedule.parse_clock_time(text)
    if at is None:
        turn.say(turn.t("time_bad"))
        return
    await choose_time(turn, at)


async def choose_time(turn: Turn, at: time) -> None:
    minute = at.hour * 60 + at.minute
    in_settings = turn.user.step in SETTINGS_STEPS
    if is_quiet_for(turn.user, at):
        turn.goto(
            "set_time_confirm" if in_settings else "time_confirm", minute=minute, **back(turn)
        )
        await prompts.prompt(turn)
        return
    turn.user.nudge_minute, turn.user.night_ok = minute, False
    if in_settings:
        await settings_changed(turn)
        return
    assert turn.week is not None
    await schedule_week(turn, turn.week)


async def schedule_week(turn: Turn, week: Week) -> None:
    user = turn.user
    zone, at = user.timezone or "UTC", minute_time(nudge_minute(user))
    start = schedule.first_nudge_date(turn.now, zone, at)
    dues = schedule.week_due_times(start, at, zone, days=program.CLOSE_DAY)
    items = [("checkin", day, due) for day, due in enumerate(dues[: program.WEEK_DAYS], start=1)]
    items.append(("close", program.CLOSE_DAY, dues[program.CLOSE_DAY - 1]))
    await turn.repos.nudges.schedule(user.id, week.id, items)
    week.status, week.start_date = "active", start
    user.paused = False
    turn.goto("week")
    turn.say(turn.t("scheduled", when=when(turn, dues[0]), time=hhmm(at)))
    log.info("user %s week %s scheduled from %s", user.id, week.id, start.isoformat())


async def btn_zone(turn: Turn, args: list[str]) -> bool:
    if turn.user.step not in ("tz", "tz_text"):
        return False
    zone = ":".join(args)
    if zone == "other":
        turn.goto("tz_text")
        await prompts.prompt(turn)
        return True
    canonical = parse_zone(zone)
    if canonical is None:
        return False
    await set_zone(turn, canonical)
    return True


async def btn_time(turn: Turn, args: list[str]) -> bool:
    if turn.user.step not in ("time", "time_text"):
        return False
    if args[0] == "other":
        turn.goto("time_text")
        await prompts.prompt(turn)
        return True
    await choose_time(turn, time(int(args[0]), int(args[1])))
    return True


async def btn_time_confirm(turn: Turn, args: list[str]) -> bool:
    if turn.user.step != "time_confirm" or turn.week is None:
        return False
    if args[0] == "yes":
        turn.user.nudge_minute = int(turn.user.step_ctx["minute"])
        turn.user.night_ok = True
        await schedule_week(turn, turn.week)
    else:
        turn.goto("time")
        await prompts.prompt(turn)
    return True


async def btn_sched_keep(turn: Turn, args: list[str]) -> bool:
    if turn.user.step != "sched_keep" or turn.week is None:
        return False
    if args[0] == "keep":
        await schedule_week(turn, turn.week)
    else:
        turn.goto("tz")
        await prompts.prompt(turn)
    return True


async def cmd_settings(turn: Turn) -> None:
    if turn.user.timezone is None or turn.user.nudge_minute is None:
        turn.say(turn.t("settings_need_setup"))
        await prompts.prompt(turn)
        return
    turn.goto("set_menu", **back(turn))
    prompts.ask(turn)


async def btn_settings(turn: Turn, args: list[str]) -> bool:
    if turn.user.step not in SETTINGS_STEPS:
        return False
    target = {
        "time": "set_time",
        "zone": "set_zone",
        "quiet": "set_quiet",
        "lang": "set_lang",
    }.get(args[0])
    if args[0] == "done":
        previous = back(turn)
        turn.goto(str(previous["back"]), **dict(previous["back_ctx"]))
        turn.say(turn.t("settings_closed"))
        if turn.user.step not in ("week", "ended", "again"):
            await prompts.prompt(turn)
        return True
    if target is None:
        return False
    turn.goto(target, **back(turn))
    prompts.ask(turn)
    return True


async def btn_setting_value(turn: Turn, args: list[str]) -> bool:
    step, name, value = turn.user.step, args[0], ":".join(args[1:])
    if step not in SETTINGS_STEPS:
        return False
    if name == "time" and step in ("set_time", "set_time_text", "set_time_confirm"):
        if value == "other":
            turn.goto("set_time_text", **back(turn))
            prompts.ask(turn)
        else:
            hour, minute = value.split(":")
            await choose_time(turn, time(int(hour), int(minute)))
        return True
    if name == "night" and step == "set_time_confirm" and value == "yes":
        turn.user.nudge_minute = int(turn.user.step_ctx["minute"])
        turn.user.night_ok = True
        await settings_changed(turn)
        return True
    if name == "zone" and step in ("set_zone", "set_zone_text"):
        if value == "other":
            turn.goto("set_zone_text", **back(turn))
            prompts.ask(turn)
            return True
        zone = parse_zone(value)
        if zone is None:
            return False
        await set_zone(turn, zone)
        return True
    if name == "quiet" and step == "set_quiet":
        start, end = (int(v) for v in value.split("-"))
        if (start, end) not in QUIET_CHOICES:
            return False
        return set_quiet(turn, start, end)
    if name == "lang" and step == "set_lang" and value in LOCALES:
        turn.user.language = value
        turn.t = Texts(value)
        turn.say(turn.t("language_saved"))
        turn.goto("set_menu", **back(turn))
        prompts.ask(turn)
        return True
    return False


def set_quiet(turn: Turn, start: int, end: int) -> bool:
    user = turn.user
    at = minute_time(user.nudge_minute or 0)
    if not user.night_ok and schedule.is_quiet(at, minute_time(start), minute_time(end)):
        turn.say(turn.t("quiet_conflict", time=hhmm(at)))
        prompts.ask(turn)
        return True
    user.quiet_start, user.quiet_end = start, end
    turn.say(turn.t("quiet_saved", quiet=quiet_label(user)))
    turn.goto("set_menu", **back(turn))
    prompts.ask(turn)
    return True


async def settings_changed(turn: Turn) -> None:
    """Time or zone changed: move every pending nudge of the week to the new local time."""
    user, week = turn.user, turn.week
    zone, at = user.timezone or "UTC", minute_time(user.nudge_minute or 0)
    if week is not None and week.status == "active" and week.start_date is not None:
        dues = schedule.week_due_times(week.start_date, at, zone, days=program.CLOSE_DAY)
        # Today's check-in, if its new time has passed, comes now rather than never.
        today = schedule.day_of_week(week.start_date, turn.now, zone)
        by_day = {
            d: max(due, turn.now) if d == today else due for d, due in enumerate(dues, start=1)
        }
        await turn.repos.nudges.reschedule(week.id, by_day)
        nxt = await turn.repos.nudges.next_pending(week.id)
        next_text = when(turn, nxt.due_at) if nxt else turn.t.plain("status_no_next")
    else:
        next_text = turn.t.plain("status_no_next")
    turn.say(turn.t("settings_moved", time=hhmm(at), zone=zone, next=next_text))
    turn.goto("set_menu", **back(turn))
    prompts.ask(turn)
