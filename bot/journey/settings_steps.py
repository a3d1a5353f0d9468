"""/settings: check-in time, time zone, quiet hours and language, over the shared pickers."""

from __future__ import annotations

from bot.delivery.replies import rows
from bot.journey import anchor_support, taps
from bot.journey.core import Then, Turn, next_text, quiet_label, today
from bot.journey.engine import Group, Part, StepDef, TapHandler, done, resume, start, unwind
from bot.journey.steps import Step
from bot.journey.words import button
from bot.places.timezones import city_label
from bot.timing import schedule
from bot.timing.schedule import hhmm, minute_time
from content import LOCALES, Texts, program
from storage.models import WeekStatus

PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)

PICKERS = {"time": (Step.TIME, Then.SETTINGS_TIME), "zone": (Step.TZ, Then.SETTINGS_ZONE)}
PAGES = {"quiet": Step.SET_QUIET, "lang": Step.SET_LANG}


async def cmd_settings(turn: Turn) -> None:
    if turn.user.timezone is None or turn.user.nudge_minute is None:
        turn.say(turn.t("settings_need_setup"))
        await resume(turn)
        return
    if unwind(turn, Then.SETTINGS):  # already open: back to its menu, as it opens
        await anchor_support.link_settings(turn)  # "Finish adding Jo" if that was left
        ask_menu(turn)
        return
    await anchor_support.link_settings(turn)  # a second anchor; reminders off/on, unlink
    await start(turn, Step.SET_MENU, Then.SETTINGS)


async def close_settings(turn: Turn) -> None:
    unwind(turn, Then.SETTINGS)
    await done(turn, None)


@PART.returns(Then.SETTINGS, Group.SETTINGS)
async def settings_closed(turn: Turn, value: None) -> None:
    turn.say(turn.t("settings_closed"))
    await resume(turn)


def ask_menu(turn: Turn) -> None:
    t, user = turn.t, turn.user
    names = ("time", "zone", "quiet", "language", "done")
    turn.say(
        t(
            "settings_menu",
            time=hhmm(minute_time(user.nudge_minute or 0)),
            zone=city_label(user.timezone or "UTC", t.locale),
            quiet=quiet_label(user),
            language=Texts(user.language).plain("language_name"),
        ),
        rows(
            *(
                button(t.plain(f"btn_set_{n}" if n != "done" else "btn_done"), taps.Setting(n))
                for n in names
            ),
            per_row=2,
        ),
    )


async def tap_setting(turn: Turn, tap: taps.Setting) -> bool:
    name = "lang" if tap.name == "language" else tap.name
    if name == "done":
        await close_settings(turn)
    elif name in PICKERS:
        step, then = PICKERS[name]
        await start(turn, step, then)
    elif name in PAGES:
        turn.goto(PAGES[name])
        ask_page(turn)
    else:
        return False
    return True


def ask_page(turn: Turn) -> None:
    t = turn.t
    if turn.step is Step.SET_QUIET:
        buttons = [
            button(f"{hhmm(minute_time(a))}–{hhmm(minute_time(b))}", taps.Quiet(a, b))
            for a, b in program.QUIET_CHOICES
        ]
        turn.say(t("quiet_q"), rows(*buttons, per_row=2))
    else:
        buttons = [
            button(Texts(code).plain("language_name"), taps.Language(code)) for code in LOCALES
        ]
        turn.say(t("language_q"), rows(*buttons, per_row=2))


async def tap_quiet(turn: Turn, tap: taps.Quiet) -> bool:
    if (tap.start, tap.end) not in program.QUIET_CHOICES:
        return False
    user = turn.user
    at = minute_time(user.nudge_minute or 0)
    if not user.night_ok and schedule.is_quiet(at, minute_time(tap.start), minute_time(tap.end)):
        turn.say(turn.t("quiet_conflict", time=hhmm(at)))
        ask_page(turn)
        return True
    user.quiet_start, user.quiet_end = tap.start, tap.end
    turn.say(turn.t("quiet_saved", quiet=quiet_label(user)))
    turn.goto(Step.SET_MENU)
    ask_menu(turn)
    return True


async def tap_language(turn: Turn, tap: taps.Language) -> bool:
    if tap.code not in LOCALES:
        return False
    turn.user.language = tap.code
    turn.t = Texts(tap.code)
    turn.say(turn.t("language_saved"))
    turn.goto(Step.SET_MENU)
    ask_menu(turn)
    return True


@PART.returns(Then.SETTINGS_ZONE, Group.SETTINGS, to=(Step.SET_MENU,))
async def zone_set(turn: Turn, zone: str) -> None:
    turn.user.timezone = zone
    await settings_changed(turn)


@PART.returns(Then.SETTINGS_TIME, Group.SETTINGS, to=(Step.SET_MENU,))
async def time_set(turn: Turn, value: tuple[int, bool]) -> None:
    turn.user.nudge_minute, turn.user.night_ok = value
    await settings_changed(turn)


async def settings_changed(turn: Turn) -> None:
    """Time or zone changed: move every pending nudge of the week to the new local time."""
    user, week = turn.user, turn.week
    zone, at = user.timezone or "UTC", minute_time(user.nudge_minute or 0)
    upcoming = turn.t.plain("status_no_next")
    if week is not None and week.status == WeekStatus.ACTIVE and week.start_date is not None:
        dues = schedule.week_due_times(week.start_date, at, zone, days=program.CLOSE_DAY)
        # Today's check-in, if its new time has passed, comes now rather than never.
        now_day = today(turn, week)
        by_day = {
            d: max(due, turn.now) if d == now_day else due for d, due in enumerate(dues, start=1)
        }
        await turn.repos.nudges.reschedule(week.id, by_day)
        upcoming = await next_text(turn, week)
    shown = city_label(zone, turn.t.locale)
    turn.say(turn.t("settings_moved", time=hhmm(at), zone=shown, next=upcoming))
    ask_menu(turn)


SETTINGS_TAPS: dict[type[taps.Tap], TapHandler] = {taps.Setting: tap_setting}
PART.declare(StepDef(Step.SET_MENU, Group.SETTINGS, ask_menu, taps=SETTINGS_TAPS,
                to=(Step.SET_QUIET, Step.SET_LANG, Step.TZ, Step.TIME),
                starts=(Then.SETTINGS_ZONE, Then.SETTINGS_TIME)))  # fmt: skip
PART.declare(StepDef(Step.SET_QUIET, Group.SETTINGS, ask_page,
                taps={**SETTINGS_TAPS, taps.Quiet: tap_quiet}, to=(Step.SET_MENU,)))  # fmt: skip
PART.declare(StepDef(Step.SET_LANG, Group.SETTINGS, ask_page,
                taps={**SETTINGS_TAPS, taps.Language: tap_language},
                to=(Step.SET_MENU,)))  # fmt: skip
