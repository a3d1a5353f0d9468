"""Words and buttons more than one step shows: mood buttons, share/copy, drafts, /status."""

from __future__ import annotations

import dataclasses

from bot.delivery.replies import INVITE_LINK, Button, rows
from bot.journey import taps
from bot.journey.core import Turn, next_text, open_days, today
from bot.text import week_view
from content import Texts, program
from content.anchor import address, in_button, mention, tidy
from content.program import SupportKind
from storage.models import Week, WeekStatus

Rows = tuple[tuple[Button, ...], ...]
# The longest text a copy button carries (Telegram's copy_text, the strictest adapter's limit):
# a longer one comes alone as well (`alone`). An invitation's link adds at most this much.
COPY_MAX = 256
INVITE_LINK_ROOM = 100


def button(label: str, tap: taps.Tap) -> Button:
    return Button(label, tap.pack())


def mood_buttons(t: Texts, week_id: int, day: int, edit: bool = False) -> Rows:
    emoji = t.variants("mood_emoji")
    kind = taps.EditMood if edit else taps.Mood
    return rows(
        *(button(f"{m} {emoji[m - 1]}", kind(week_id, day, m)) for m in program.MOODS),
        per_row=5,
    )


def named(t: Texts, name: str | None) -> str:
    """The anchor as the bot speaks of them ("my sister" is "your sister")."""
    return mention(name or "", t.locale)


def name_of(week: Week, no: int) -> str | None:
    """The name of the week's anchor in position `no`, as stored ("my sister")."""
    row = week.anchor_at(no)
    return row.name or None if row is not None else None


def share_button(t: Texts, text: str, week: Week, no: int = 1) -> Button:
    """Send the text on to anchor `no` (the adapter builds it within its limits)."""
    label = t.plain("btn_share", anchor=in_button(named(t, name_of(week, no))))
    return Button(label, share=text)


def copyable(text: str, link: bool = False) -> bool:
    """Whether a copy button can carry `text` (with an invitation's link put in, if `link`)."""
    room = INVITE_LINK_ROOM - len(INVITE_LINK) if link else 0
    return len(text) + room <= COPY_MAX


def copy_rows(t: Texts, text: str, share: Button) -> Rows:
    """Copy and Send; a text too long for a copy button comes alone instead (`alone`)."""
    if copyable(text, link=share.invite is not None):
        copy = Button(t.plain("btn_copy"), copy=text, invite=share.invite)
        return rows(copy, share, per_row=2)
    return rows(share)


def share_buttons(t: Texts, text: str, week: Week, no: int = 1) -> Rows:
    """Copy the text, and send it on to anchor `no`: the adapter builds each within its limits."""
    return copy_rows(t, text, share_button(t, text, week, no))


def alone(turn: Turn, text: str, share: Button) -> None:
    """A text too long for a copy button, said just now inside other words, comes once more as
    its own message with nothing else in it: held to copy, or forwarded, as it is. (It keeps
    its Send button, so the next question is not joined to it.)"""
    if copyable(text, link=share.invite is not None) or not turn.out:
        return
    last = turn.out[-1]
    turn.out[-1] = dataclasses.replace(last, text=last.text + "\n\n" + turn.t("draft_alone_hint"))
    turn.say(turn.t("draft_alone", draft=text), rows(share))


def draft_for(t: Texts, week: Week, thanks: bool, no: int = 1) -> str:
    """A draft to send to anchor `no` (their position), greeting them as a person would (see
    content.anchor), built from what was asked of them."""
    kind, text = week.support_of(no)
    name = name_of(week, no)
    greet = address(name or "", t.locale)
    if thanks:
        draft = t.variant(
            "thank_drafts", week.thank_variant, anchor=greet, idea=t.plain(f"return_{kind}")
        )
    elif week.situation in program.SITUATION_FOLLOWUP_DAY:
        support = text if kind == SupportKind.OWN else t.plain(f"ask_{kind}")
        # The person's own words are the whole ask: no "and ask me afterwards" added to them.
        draft = t.variant(
            f"request_{week.situation}",
            week.draft_variant,
            anchor=greet,
            support=support or "",
            ask_after=0 if kind == SupportKind.OWN else 1,  # "and ask me afterwards how it went?"
        )
    else:
        draft = t.variant(f"request_{kind}", week.draft_variant, anchor=greet, support=text or "")
    return draft if greet else tidy(draft)


def anchor(turn: Turn) -> str:
    """The week's first anchor as the bot speaks of them."""
    return named(turn.t, name_of(turn.week, 1) if turn.week else None)


async def status_text(turn: Turn, week: Week) -> str:
    t = turn.t
    upcoming = await next_text(turn, week)
    names, count = week_view.anchors(t, week)  # "Mira", or "Mira and Jo"
    if week.status != WeekStatus.ACTIVE:
        return t("status_finished", anchor=names)
    day = today(turn, week)
    if day < 1:
        return t("status_starts", when=upcoming)
    came = await open_days(turn, week)
    checkins = await turn.repos.checkins.for_week(week.id)
    answered = sum(1 for c in checkins if c.mood is not None)
    if not came:
        text = t(
            "status_first",
            days=program.WEEK_DAYS,
            day=min(day, program.WEEK_DAYS),
            anchor=names,
            count=count,
            next=upcoming,
        )
    else:
        text = t(
            "status_week",
            days=program.WEEK_DAYS,
            day=min(day, program.WEEK_DAYS),
            anchor=names,
            count=count,
            answered=answered,
            due=len(came),
            next=upcoming,
        )
    if turn.user.paused:
        text += "\n" + t("status_paused")
    return text
