"""The anchor in the chat: an invitation link, the anchor's yes or no, their two reminders,
their messages to the person, and either side leaving.

Privacy: the anchor's side reads only the link's row (the name the person goes by) and the week's
request and support. Nothing here reads a check-in, a note or a reflection, and no token is logged.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from datetime import datetime, time, timedelta

from bot.delivery.replies import INVITE_LINK, Button, rows
from bot.journey import taps
from bot.journey.core import Then, Turn, is_quiet_for, week_of
from bot.journey.engine import Group, Part, resume, start
from bot.journey.steps import Step
from bot.journey.words import alone, button, copy_rows, name_of, named
from bot.text import week_view
from bot.timing import schedule
from content import Texts, program
from content.anchor import in_button
from content.program import RequestSent
from storage.models import AnchorLink, LinkStatus, User, Week, WeekStatus

log = logging.getLogger(__name__)
PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)

TOKEN_BYTES = 16  # 128 bits: unguessable; 22 URL-safe characters (the adapter builds the link)
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")
# Reminder slots in the anchor's local time: (days after saying yes, time). The first two that
# are still ahead, inside the week and outside the anchor's quiet hours are used.
REMINDER_SLOTS = ((1, time(12, 0)), (4, time(18, 0)), (2, time(18, 0)), (3, time(12, 0)),
                  (0, time(18, 0)))  # fmt: skip
REMINDERS_MAX = 2
MESSAGE_MAX = 3500  # what fits in one Telegram message with "💬 A message from …" around it


def token_hash(token: str) -> str:
    """Only this is stored: a leaked database gives no working link."""
    return hashlib.sha256(token.encode()).hexdigest()


def week_end(week: Week, person: User, now: datetime) -> datetime:
    """When the week's invitation stops working: the end of its last day, in the person's zone."""
    if week.start_date is None:  # still in setup: the week starts within a day
        return now + timedelta(days=program.CLOSE_DAY)
    last = week.start_date + timedelta(days=program.WEEK_DAYS - 1)
    return schedule.local_to_utc(last, time(23, 59), person.timezone or "UTC")


def live(link: AnchorLink, week: Week | None, now: datetime) -> bool:
    running = week is not None and week.status in (WeekStatus.SETUP, WeekStatus.ACTIVE)
    return running and now < link.expires_at


def request_of(week: Week, no: int) -> str | None:
    row = week.anchor_at(no)
    return row.request_text if row is not None else None


def anchor_of(t: Texts, week: Week, link: AnchorLink) -> str:
    """The anchor of a link as the person calls them ("Mira", "your sister")."""
    return named(t, name_of(week, link.anchor_no))


def both(t: Texts, week: Week | None) -> tuple[str, int]:
    """ "Mira", or "Mira and Jo" in the person's language, and how many that is."""
    return week_view.anchors(t, week) if week else week_view.listed(t, ())


def invite_button(t: Texts, week: Week, no: int = 1) -> Button:
    label = t.plain("btn_invite", anchor=in_button(named(t, name_of(week, no))))
    return button(label, taps.Invite(week.id, no))


def person_name(turn: Turn) -> str:
    """The name the person goes by in the messenger; "" when unknown (the console)."""
    name = turn.incoming.first_name if turn.incoming else None
    return (name or "").strip()[:64]


def who(t: Texts, name: str) -> str:
    """The person as their anchor reads it: their name, or "the person who invited you"."""
    return name or t.plain("someone")


# ---------------------------------------------------------------- the person: a link


@PART.anywhere(taps.Invite)
async def tap_invite(turn: Turn, tap: taps.Invite) -> bool:
    week = week_of(turn, tap.week, WeekStatus.SETUP, WeekStatus.ACTIVE)
    request = request_of(week, tap.no) if week is not None else None
    if week is None or not request:
        return False
    token = secrets.token_urlsafe(TOKEN_BYTES)
    end = week_end(week, turn.user, turn.now)
    name = person_name(turn)
    await turn.repos.anchors.create(week, token_hash(token), name, turn.now, end, tap.no)
    t, anchor = turn.t, named(turn.t, name_of(week, tap.no))
    # The link is the adapter's to build (Telegram: the bot's t.me link): the words say where.
    message = t.plain("invite_message", request=request, link=INVITE_LINK)
    share = Button(t.plain("btn_share", anchor=in_button(anchor)), share=message, invite=token)
    turn.say(t("invite_ready", anchor=anchor, message=message), copy_rows(t, message, share))
    alone(turn, message, share)
    log.info("user %s made an invitation for week %s", turn.user.id, week.id)
    return True


def join_buttons(t: Texts, link: AnchorLink) -> tuple[tuple[Button, ...], ...]:
    return rows(
        button(t.plain("btn_join_yes"), taps.Join(link.id, True)),
        button(t.plain("btn_join_no"), taps.Join(link.id, False)),
        per_row=2,
    )


# ---------------------------------------------------------------- the anchor: opening it


async def open_invite(turn: Turn, token: str) -> None:
    """/start <token>. Every refusal says the same kind thing and nothing about anyone."""
    link = (
        await turn.repos.anchors.by_token(token_hash(token)) if TOKEN_RE.fullmatch(token) else None
    )
    week = await turn.repos.anchors.week(link.week_id) if link is not None else None
    if link is None or week is None:
        log.info("user %s opened an unknown invitation", turn.user.id)
        turn.say(turn.t("invite_refused"))
        return
    if link.person_id == turn.user.id:
        turn.say(own_link_text(turn, link, week))
        return
    mine = link.anchor_id == turn.user.id
    if not live(link, week, turn.now) or not (link.anchor_id is None or mine):
        log.info("user %s opened a used or expired invitation", turn.user.id)
        turn.say(turn.t("invite_refused"))
        return
    if link.status != LinkStatus.INVITED:
        key = "invite_answered_no" if link.status == LinkStatus.DECLINED else "invite_answered"
        turn.say(turn.t(key, person=who(turn.t, link.person_name)))
        return
    if await already_in(turn, link):
        turn.say(turn.t("invite_answered", person=who(turn.t, link.person_name)))
        return
    link.anchor_id = turn.user.id  # the link is this person's now: forwarded on, it opens nothing
    t = turn.t
    turn.say(
        t(
            "invite_card",
            person=who(t, link.person_name),
            request=request_of(week, link.anchor_no) or "",
        ),
        join_buttons(t, link),
    )
    log.info("user %s opened invitation %s", turn.user.id, link.id)


async def already_in(turn: Turn, link: AnchorLink) -> bool:
    """This user said yes to the same anchor's place in that week through another link (the
    person tapped "Invite" twice and both links reached them): one anchor, two reminders."""
    return any(
        other.id != link.id
        and other.anchor_no == link.anchor_no
        and other.anchor_id == turn.user.id
        and other.status == LinkStatus.JOINED
        for other in await turn.repos.anchors.of_week(link.week_id)
    )


def own_link_text(turn: Turn, link: AnchorLink, week: Week) -> str:
    """The person opened their own link: where it stands first (answered, ended, or still out)."""
    anchor = anchor_of(turn.t, week, link)
    if link.status in (LinkStatus.JOINED, LinkStatus.DECLINED):
        return turn.t("invite_own_answered", anchor=anchor)
    if link.status != LinkStatus.INVITED or not live(link, week, turn.now):
        return turn.t("invite_refused")
    return turn.t("invite_own", anchor=anchor)


async def my_link(turn: Turn, link_id: int, *statuses: LinkStatus) -> tuple[AnchorLink, Week]:
    """The link a button names, if this user is its anchor and it is in one of `statuses`."""
    link = await turn.repos.anchors.get(link_id)
    week = await turn.repos.anchors.week(link.week_id) if link is not None else None
    if link is None or week is None or link.anchor_id != turn.user.id:
        raise LookupError
    if link.status not in statuses or not live(link, week, turn.now):
        raise LookupError
    return link, week


async def person_of(turn: Turn, link: AnchorLink) -> tuple[User, Texts]:
    person = await turn.repos.anchors.user(link.person_id)
    assert person is not None  # the link is deleted with the person
    return person, Texts(person.language)


@PART.anywhere(taps.Join)
async def tap_join(turn: Turn, tap: taps.Join) -> bool:
    try:
        link, week = await my_link(turn, tap.link, LinkStatus.INVITED)
    except LookupError:
        turn.say(await answered_before(turn, tap.link) or turn.t("invite_refused"))
        await own_question(turn)
        return True
    if await already_in(turn, link):  # a second card, either answer: their yes stands
        turn.say(turn.t("invite_answered", person=who(turn.t, link.person_name)))
        return True
    person, pt = await person_of(turn, link)
    link.answered_at = turn.now
    anchor = anchor_of(pt, week, link)
    if not tap.yes:
        link.status = LinkStatus.DECLINED
        await _tell_declined(turn, link, week, person, pt)
        turn.say(turn.t("join_no", person=who(turn.t, link.person_name)))
        log.info("invitation %s declined", link.id)
        await own_question(turn)
        return True
    link.status = LinkStatus.JOINED
    if week.request_sent in (None, RequestSent.NOT_YET):
        # It arrived: the follow-up won't ask whether it was sent.
        week.request_sent = RequestSent.SENT
    turn.tell(person.chat_id, pt("anchor_joined", anchor=anchor), person_buttons(pt, link, week))
    log.info("invitation %s accepted", link.id)
    if turn.user.timezone is None:
        turn.say(turn.t("join_yes_zone", person=who(turn.t, link.person_name)))
        await start(turn, Step.TZ, Then.ANCHOR_ZONE)
        return True
    turn.say(turn.t("join_yes", person=who(turn.t, link.person_name)))
    await schedule_reminders(turn, link)
    await own_question(turn)
    return True


async def answered_before(turn: Turn, link_id: int) -> str | None:
    """A second tap on Yes or No (a slow phone, an old card) by the one who answered: "you've
    already answered", not "this link can't be opened" and "ask for a new one"."""
    link = await turn.repos.anchors.get(link_id)
    if link is None or link.anchor_id != turn.user.id:
        return None
    if link.status not in (LinkStatus.JOINED, LinkStatus.DECLINED):
        return None
    key = "invite_answered_no" if link.status == LinkStatus.DECLINED else "invite_answered"
    return turn.t(key, person=who(turn.t, link.person_name))


async def own_question(turn: Turn) -> None:
    """Someone in a week of their own who just answered as someone else's anchor: the question
    of their own they were on comes back (an anchor and nothing more has none)."""
    week = turn.week
    if week is not None and week.status in (WeekStatus.SETUP, WeekStatus.ACTIVE):
        await resume(turn)


async def _tell_declined(turn: Turn, link: AnchorLink, week: Week, person: User, pt: Texts) -> None:
    """ "Mira can't this time": with another anchor not yet asked, an offer to ask them."""
    anchor = anchor_of(pt, week, link)
    others = [x for x in await turn.repos.anchors.of_week(week.id) if x.id != link.id]
    joined = {x.anchor_no for x in others if x.status == LinkStatus.JOINED}
    asked = {x.anchor_no for x in others}
    rest = [a for a in week.named_anchors() if a.position != link.anchor_no]
    with_other = next((a for a in rest if a.position in joined), None)
    if with_other is not None:
        other = named(pt, with_other.name)
        turn.tell(person.chat_id, pt("anchor_declined_with", anchor=anchor, other=other))
        return
    unasked = next((a for a in rest if a.position not in asked and a.request_text), None)
    if unasked is not None:
        text = pt("anchor_declined_other", anchor=anchor, other=named(pt, unasked.name))
        turn.tell(person.chat_id, text, rows(invite_button(pt, week, unasked.position)))
        return
    turn.tell(person.chat_id, pt("anchor_declined", anchor=anchor))


def person_buttons(t: Texts, link: AnchorLink, week: Week) -> tuple[tuple[Button, ...], ...]:
    anchor = in_button(anchor_of(t, week, link))
    toggle = (
        button(t.plain("btn_reminders_off", anchor=anchor), taps.Reminders(link.id, False))
        if link.reminders
        else button(t.plain("btn_reminders_on", anchor=anchor), taps.Reminders(link.id, True))
    )
    return rows(toggle, button(t.plain("btn_unlink", anchor=anchor), taps.Unlink(link.id)))


@PART.returns(Then.ANCHOR_ZONE, Group.CONFIRM)
async def anchor_zone(turn: Turn, zone: str | bool) -> None:
    """The anchor's zone, asked once; on /cancel their reminders keep to the person's zone."""
    for link in await turn.repos.anchors.of_anchor(turn.user.id, LinkStatus.JOINED):
        if isinstance(zone, str):
            turn.user.timezone = zone
        else:
            person = await turn.repos.anchors.user(link.person_id)
            turn.user.timezone = person.timezone if person else None
        if not await turn.repos.anchors.reminders(link):
            await schedule_reminders(turn, link)
    await own_question(turn)


async def schedule_reminders(turn: Turn, link: AnchorLink) -> None:
    """At most two, in the anchor's daytime, inside the week; say when the first comes."""
    zone = turn.user.timezone or "UTC"
    today = schedule.local_now(turn.now, zone).date()
    dues: list[datetime] = []
    for days, at in REMINDER_SLOTS:
        due = schedule.local_to_utc(today + timedelta(days=days), at, zone)
        if turn.now < due < link.expires_at and not is_quiet_for(turn.user, at):
            dues.append(due)
        if len(dues) == REMINDERS_MAX:
            break
    dues.sort()
    await turn.repos.anchors.schedule(link, dues)
    turn.say(turn.t("reminders_planned", count=len(dues), person=who(turn.t, link.person_name)))
