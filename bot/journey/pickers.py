"""Sub-flows that return a value, each written once and started by whoever needs it.

- the zone picker returns an IANA zone name (setup, /settings);
- the time picker returns `(minute, night_ok)`, asking first when the time is in quiet hours
  (setup, /settings);
- the draft picker returns the text to send (the request at setup, the thank-you at the end);
- the confirmation returns True or False (/stop, /export, /delete).
"""

from __future__ import annotations

import unicodedata
from datetime import time

from bot.delivery.replies import Button, rows
from bot.journey import taps
from bot.journey.core import Then, Turn, is_quiet_for
from bot.journey.engine import Group, Part, StepDef, TapHandler, caller, done, start
from bot.journey.steps import Step
from bot.journey.words import anchor, button, draft_for, named
from bot.places.timezones import (
    Ambiguous,
    city_label,
    find_zone,
    is_fixed_offset,
    parse_zone,
    picker_label,
    picker_zones,
    zone_label_now,
)
from bot.text import week_view
from bot.timing import schedule
from bot.timing.schedule import hhmm, minute_time
from content import program

PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)

# ---------------------------------------------------------------- zone
# A typed place can need one more question: which of several zones ("CST", "Georgia"), or
# whether a near spelling was meant ("Lisbn": Lisbon?). The candidates wait in `ctx.zones` at
# TZ_CONFIRM, and each is a button carrying its zone, so a tap ends the picker like any other.


def zone_button(turn: Turn, zone: str, label: str | None = None) -> Button:
    """A zone's button: the place in the person's language and the time there now."""
    shown = label or city_label(zone, turn.t.locale)
    return button(f"{shown} · {zone_label_now(zone, turn.now)}", taps.Zone(zone))


def zone_buttons(turn: Turn) -> tuple[tuple[Button, ...], ...]:
    """The one-tap places of the person's language, then "another place"."""
    t = turn.t
    buttons = [
        zone_button(turn, zone, picker_label(zone, t.locale)) for zone in picker_zones(t.locale)
    ]
    buttons.append(button(t.plain("btn_tz_other"), taps.Zone("other")))
    return rows(*buttons, per_row=2)


def ask_zone(turn: Turn) -> None:
    key = {Then.SETTINGS_ZONE: "settings_zone_q", Then.ANCHOR_ZONE: "anchor_tz_q"}.get(
        caller(turn) or Then.SETUP_ZONE, "tz_q"
    )
    turn.say(turn.t(key), zone_buttons(turn))


def ask_zone_pick(turn: Turn) -> None:
    """ "Did you mean Lisbon?" for one guessed zone; "which one?" for several."""
    t, zones = turn.t, turn.ctx.zones
    other = button(t.plain("btn_tz_other"), taps.Zone("other"))
    if len(zones) == 1:
        place = city_label(zones[0], t.locale)
        yes = button(t.plain("btn_tz_guess_yes", place=place), taps.Zone(zones[0]))
        turn.say(t("tz_guess_q", place=place), rows(yes, other))
        return
    turn.say(t("tz_which_q"), rows(*(zone_button(turn, z) for z in zones), other))


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


def words(text: str) -> str:
    """Letters and spaces only, case and accents aside: "¡Sí!" and "si" are the same answer."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in folded if c.isalnum() or c.isspace()).split())


def not_a_place(turn: Turn, text: str) -> bool:
    """ "saltar", "skip", "позже": a word of the bot's own buttons and commands in the person's
    language, which wins over a place it happens to resemble ("saltar" is one letter from Salta)."""
    answers = {words(w) for w in turn.t.plain("tz_not_places").split("|")}
    return words(text) in answers - {""}


def _said_yes(turn: Turn, text: str) -> bool:
    return words(text) in {words(w) for w in turn.t.plain("tz_yes_words").split("|")}


async def typed_zone(turn: Turn, text: str) -> None:
    guessed = turn.ctx.zones if turn.step is Step.TZ_CONFIRM else []
    if len(guessed) == 1 and _said_yes(turn, text):
        await done(turn, guessed[0])
        return
    if not_a_place(turn, text):
        turn.own_word = True
        if guessed:  # "no" to "did you mean…?", or to the choice: ask for the place again
            await tap_zone(turn, taps.Zone("other"))
            return
        turn.goto(Step.TZ)
        turn.say(turn.t("tz_needed"), zone_buttons(turn))
        return
    found = find_zone(text)
    if found is None:
        turn.say(turn.t("tz_unknown", text=text[:100]))
    elif isinstance(found, Ambiguous) or found.guessed:
        zones = found.zones if isinstance(found, Ambiguous) else (found.zone,)
        turn.goto(Step.TZ_CONFIRM, zones=list(zones))
        ask_zone_pick(turn)
    else:
        await done(turn, found.zone)


ZONE_TAPS: dict[type[taps.Tap], TapHandler] = {taps.Zone: tap_zone}
PART.declare(
    StepDef(
        Step.TZ,
        Group.SUBFLOW,
        ask_zone,
        taps=ZONE_TAPS,
        text=typed_zone,
        numbered=True,
        to=(Step.TZ_TEXT, Step.TZ_CONFIRM, Step.TZ),
    )
)
PART.declare(
    StepDef(
        Step.TZ_TEXT,
        Group.SUBFLOW,
        lambda turn: turn.say(turn.t("tz_text_q")),
        taps=ZONE_TAPS,
        text=typed_zone,
        limit=program.SHORT_TEXT_MAX,
        to=(Step.TZ_CONFIRM, Step.TZ),
    )
)
PART.declare(
    StepDef(
        Step.TZ_CONFIRM,
        Group.SUBFLOW,
        ask_zone_pick,
        taps=ZONE_TAPS,
        text=typed_zone,
        numbered=True,
        to=(Step.TZ_TEXT, Step.TZ_CONFIRM, Step.TZ),
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
        shown = city_label(zone, t.locale)
        text = t("time_q", zone=shown, local=zone_label_now(zone, turn.now))
        if is_fixed_offset(zone):
            text = t("tz_fixed_note") + "\n\n" + text
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


PART.declare(
    StepDef(
        Step.TIME,
        Group.SUBFLOW,
        ask_time,
        taps={taps.Clock: tap_time},
        text=typed_time,
        to=(Step.TIME_TEXT, Step.TIME_CONFIRM),
    )
)
PART.declare(
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
PART.declare(
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
    for row in week.named_anchors()[1:] if thanks else ():  # one each, greeting them by name
        later = draft_for(t, week, thanks, no=row.position)
        text += "\n\n" + t("thank_intro_anchor_more", anchor=named(t, row.name), draft=later)
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
    t, week = turn.t, turn.week
    if _thanks(turn) and week is not None and len(week.named_anchors()) > 1:
        turn.say(t("thank_own_q_two", anchors=week_view.anchors(t, week)[0]))
        return
    turn.say(t("thank_own_q" if _thanks(turn) else "draft_own_q"))


async def typed_draft(turn: Turn, text: str) -> None:
    await done(turn, text)


PART.declare(
    StepDef(
        Step.DRAFT,
        Group.SUBFLOW,
        ask_draft,
        taps={taps.Draft: tap_draft},
        to=(Step.DRAFT_OWN,),
    )
)
PART.declare(
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


PART.declare(StepDef(Step.CONFIRM, Group.CONFIRM, ask_confirm, taps={taps.Confirm: tap_confirm}))
