"""Sub-flows that return a value, each written once and started by whoever needs it.

- the zone picker returns an IANA zone name (setup, /settings);
- the time picker returns `(minute, night_ok)`, asking first when the time is in quiet hours
  (setup, /settings);
- the draft picker returns the text to send (the request at setup, the thank-you at the end);
- the confirmation returns True or False (/stop, /export, /delete).
"""

from __future__ import annotations

from datetime import time

from bot import schedule
from bot.journey import taps
from bot.journey.core import Then, Turn, is_quiet_for
from bot.journey.engine import Group, StepDef, caller, declare, done, start
from bot.journey.words import anchor, button, draft_for
from bot.replies import rows
from bot.schedule import hhmm, minute_time
from bot.timezones import parse_zone, zone_label_now
from content import program
from content.zones import COMMON_ZONES
from storage.models import Step

# ---------------------------------------------------------------- zone


def ask_zone(turn: Turn) -> None:
    t = turn.t
    buttons = [
        button(f"{label} · {zone_label_now(zone, turn.now)}", taps.Zone(zone))
        for label, zone in COMMON_ZONES
    ]
    buttons.append(button(t.plain("btn_tz_other"), taps.Zone("other")))
    key = {Then.SETTINGS_ZONE: "settings_zone_q", Then.ANCHOR_ZONE: "anchor_tz_q"}.get(
        caller(turn) or Then.SETUP_ZONE, "tz_q"
    )
    turn.say(t(key), rows(*buttons, per_row=2))


async def tap_zone(turn: Turn, tap: taps.Zone) -> bool:
    if tap.zone == "other":
        turn.goto(Step.TZ_TEXT)
        turn.say(turn.t("tz_text_q"))
        return True
    zone = parse_zone(tap.zone)
    if zone is None:
        return False
    await done(turn, zone)
    return True


async def typed_zone(turn: Turn, text: str) -> None:
    zone = parse_zone(text) if len(text) <= 100 else None
    if zone is None:
        turn.say(turn.t("tz_unknown", text=text[:100]))
        return
    await done(turn, zone)


declare(
    StepDef(
        Step.TZ,
        Group.SUBFLOW,
        ask_zone,
        taps={taps.Zone: tap_zone},
        text=typed_zone,
        numbered=True,
        to=(Step.TZ_TEXT,),
    )
)
declare(
    StepDef(
        Step.TZ_TEXT,
        Group.SUBFLOW,
        lambda turn: turn.say(turn.t("tz_text_q")),
        taps={taps.Zone: tap_zone},
        text=typed_zone,
        limit=program.SHORT_TEXT_MAX,
    )
)

# ---------------------------------------------------------------- time

NIGHT = "night"


def ask_time(turn: Turn) -> None:
    t, zone = turn.t, turn.user.timezone or "UTC"
    buttons = [button(c, taps.Clock(c)) for c in program.TIME_CHOICES]
    buttons.append(button(t.plain("btn_time_other"), taps.Clock("other")))
    if caller(turn) is Then.SETTINGS_TIME:
        text = t("settings_time_q")
    else:
        text = t("time_q", zone=zone, local=zone_label_now(zone, turn.now))
    turn.say(text, rows(*buttons, per_row=3))


async def choose_time(turn: Turn, at: time) -> None:
    minute = at.hour * 60 + at.minute
    if is_quiet_for(turn.user, at):
        turn.goto(Step.TIME_CONFIRM, minute=minute)
        ask_night(turn)
        return
    await done(turn, (minute, False))


async def tap_time(turn: Turn, tap: taps.Clock) -> bool:
    if tap.at == "other":
        turn.goto(Step.TIME_TEXT)
        turn.say(turn.t("time_text_q"))
        return True
    at = schedule.parse_clock_time(tap.at)
    if at is None:
        return False
    await choose_time(turn, at)
    return True


async def typed_time(turn: Turn, text: str) -> None:
    at = schedule.parse_clock_time(text)
    if at is None:
        turn.say(turn.t("time_bad"))
        return
    await choose_time(turn, at)


def ask_night(turn: Turn) -> None:
    shown = hhmm(minute_time(turn.ctx.minute or 0))
    turn.say(
        turn.t("time_night_q", time=shown),
        rows(
            button(turn.t.plain("btn_night_yes", time=shown), taps.Confirm(NIGHT, taps.Answer.YES)),
            button(turn.t.plain("btn_night_no"), taps.Confirm(NIGHT, taps.Answer.NO)),
        ),
    )


async def tap_night(turn: Turn, tap: taps.Confirm) -> bool:
    if tap.about != NIGHT:
        return False
    if tap.answer is taps.Answer.YES:
        await done(turn, (turn.ctx.minute or 0, True))
    else:
        turn.goto(Step.TIME)
        ask_time(turn)
    return True


declare(
    StepDef(
        Step.TIME,
        Group.SUBFLOW,
        ask_time,
        taps={taps.Clock: tap_time},
        text=typed_time,
        to=(Step.TIME_TEXT, Step.TIME_CONFIRM),
    )
)
declare(
    StepDef(
        Step.TIME_TEXT,
        Group.SUBFLOW,
        lambda turn: turn.say(turn.t("time_text_q")),
        taps={taps.Clock: tap_time},
        text=typed_time,
        limit=program.SHORT_TEXT_MAX,
        to=(Step.TIME_CONFIRM,),
    )
)
declare(
    StepDef(
        Step.TIME_CONFIRM,
        Group.SUBFLOW,
        ask_night,
        taps={taps.Confirm: tap_night, taps.Clock: tap_time},
        to=(Step.TIME,),
    )
)

# ---------------------------------------------------------------- draft


def _thanks(turn: Turn) -> bool:
    return caller(turn) is Then.THANKS


def ask_draft(turn: Turn) -> None:
    t, week = turn.t, turn.week
    if week is None:
        return
    thanks = _thanks(turn)
    text = t(
        "thank_intro" if thanks else "draft_intro",
        anchor=anchor(turn),
        draft=draft_for(t, week, thanks),
    )
    turn.say(
        text,
        rows(
            button(t.plain("btn_draft_take"), taps.Draft(week.id, taps.Pick.TAKE)),
            button(t.plain("btn_draft_again"), taps.Draft(week.id, taps.Pick.AGAIN)),
            button(t.plain("btn_draft_own"), taps.Draft(week.id, taps.Pick.OWN)),
        ),
    )


async def tap_draft(turn: Turn, tap: taps.Draft) -> bool:
    week, thanks = turn.week, _thanks(turn)
    if week is None or week.id != tap.week:
        return False
    if tap.pick is taps.Pick.TAKE:
        await done(turn, draft_for(turn.t, week, thanks))
        return True
    if tap.pick is taps.Pick.AGAIN:
        if thanks:
            week.thank_variant += 1
        else:
            week.draft_variant += 1
        ask_draft(turn)
    else:
        turn.goto(Step.DRAFT_OWN)
        ask_own_draft(turn)
    return True


def ask_own_draft(turn: Turn) -> None:
    turn.say(turn.t("thank_own_q" if _thanks(turn) else "draft_own_q"))


async def typed_draft(turn: Turn, text: str) -> None:
    await done(turn, text)


declare(
    StepDef(
        Step.DRAFT,
        Group.SUBFLOW,
        ask_draft,
        taps={taps.Draft: tap_draft},
        to=(Step.DRAFT_OWN,),
    )
)
declare(
    StepDef(
        Step.DRAFT_OWN,
        Group.SUBFLOW,
        ask_own_draft,
        text=typed_draft,
        limit=program.DRAFT_MAX,
    )
)

# ---------------------------------------------------------------- yes / no

# What each confirmation asks, and its two buttons' labels.
CONFIRMATIONS = {
    Then.STOP: ("stop_q", "btn_stop_yes", "btn_stop_no"),
    Then.EXPORT: ("export_q", "btn_export_yes", "btn_cancel"),
    Then.DELETE: ("delete_q", "btn_delete_yes", "btn_delete_no"),
}


async def confirm(turn: Turn, then: Then) -> None:
    """Ask a yes/no question for `then`; a question already asked is asked again, not stacked."""
    if turn.step is Step.CONFIRM and caller(turn) is then:
        ask_confirm(turn)
        return
    await start(turn, Step.CONFIRM, then)


def ask_confirm(turn: Turn) -> None:
    about = caller(turn) or Then.STOP
    question, yes, no = CONFIRMATIONS[about]
    t = turn.t
    turn.say(
        t(question),
        rows(
            button(t.plain(yes), taps.Confirm(about.value, taps.Answer.YES)),
            button(t.plain(no), taps.Confirm(about.value, taps.Answer.NO)),
        ),
    )


async def tap_confirm(turn: Turn, tap: taps.Confirm) -> bool:
    about = caller(turn)
    if about is None or tap.about != about.value:
        return False  # a yes from another question's message
    await done(turn, tap.answer is taps.Answer.YES)
    return True


declare(StepDef(Step.CONFIRM, Group.CONFIRM, ask_confirm, taps={taps.Confirm: tap_confirm}))
