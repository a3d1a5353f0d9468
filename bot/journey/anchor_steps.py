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

from bot import schedule
from bot.journey import taps
from bot.journey.core import Then, Turn, is_quiet_for, week_of
from bot.journey.engine import Group, StepDef, anywhere, declare, done, returns, start
from bot.journey.words import button, draft_for, named
from bot.locale_format import join_list
from bot.replies import Button, Reply, rows
from content import Texts, program
from storage.models import AnchorLink, LinkStatus, Step, User, Week, WeekStatus
from storage.repositories import DueNudge

log = logging.getLogger(__name__)

TOKEN_BYTES = 16  # 128 bits: unguessable; 22 characters, inside Telegram's 64 for /start
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")
# Reminder slots in the anchor's local time: (days after saying yes, time). The first two that
# are still ahead, inside the week and outside the anchor's quiet hours are used.
REMINDER_SLOTS = ((1, time(12, 0)), (4, time(18, 0)), (2, time(18, 0)), (3, time(12, 0)),
                  (0, time(18, 0)))  # fmt: skip
REMINDERS_MAX = 2
MESSAGE_MAX = 1000
DEFAULT_BOT_USERNAME = "SecureBaseBot"  # the console's links; Telegram's come from getMe


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


def name_of(week: Week, no: int) -> str | None:
    return week.anchor2_name if no == 2 else week.anchor_name


def request_of(week: Week, no: int) -> str | None:
    return week.request2_text if no == 2 else week.request_text


def anchor_of(t: Texts, week: Week, link: AnchorLink) -> str:
    """The anchor of a link as the person calls them ("Mira", "your sister")."""
    return named(t, name_of(week, link.anchor_no))


def both(t: Texts, week: Week | None) -> tuple[str, int]:
    """ "Mira", or "Mira and Jo" in the person's language, and how many that is."""
    names = [n for n in (week.anchor_name, week.anchor2_name) if n] if week else []
    return join_list([named(t, n) for n in names], t.locale), max(len(names), 1)


def invite_button(t: Texts, week: Week, no: int = 1) -> Button:
    label = t.plain("btn_invite", anchor=named(t, name_of(week, no)))
    return button(label, taps.Invite(week.id, no))


def person_name(turn: Turn) -> str:
    """The name the person goes by in the messenger; "" when unknown (the console)."""
    name = turn.incoming.first_name if turn.incoming else None
    return (name or "").strip()[:64]


def who(t: Texts, name: str) -> str:
    """The person as their anchor reads it: their name, or "Someone" in the anchor's language."""
    return name or t.plain("someone")


# ---------------------------------------------------------------- the person: a link


@anywhere(taps.Invite)
async def tap_invite(turn: Turn, tap: taps.Invite) -> bool:
    week = week_of(turn, tap.week, WeekStatus.SETUP, WeekStatus.ACTIVE)
    request = request_of(week, tap.no) if week is not None else None
    if week is None or tap.no not in (1, 2) or not request:
        return False
    token = secrets.token_urlsafe(TOKEN_BYTES)
    end = week_end(week, turn.user, turn.now)
    name = person_name(turn)
    await turn.repos.anchors.create(week, token_hash(token), name, turn.now, end, tap.no)
    username = turn.bot_username or DEFAULT_BOT_USERNAME
    link = f"https://t.me/{username}?start={token}"
    t, anchor = turn.t, named(turn.t, name_of(week, tap.no))
    message = t.plain("invite_message", request=request, link=link)
    turn.say(
        t("invite_ready", anchor=anchor, message=message),
        rows(
            Button(t.plain("btn_copy"), copy=message),
            Button(t.plain("btn_share", anchor=anchor), share=message),
            per_row=2,
        ),
    )
    log.info("user %s made an invitation for week %s", turn.user.id, week.id)
    return True


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
        turn.say(turn.t("invite_own", anchor=anchor_of(turn.t, week, link)))
        return
    mine = link.anchor_id == turn.user.id
    if not live(link, week, turn.now) or not (link.anchor_id is None or mine):
        log.info("user %s opened a used or expired invitation", turn.user.id)
        turn.say(turn.t("invite_refused"))
        return
    if link.status != LinkStatus.INVITED:
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
        rows(
            button(t.plain("btn_join_yes"), taps.Join(link.id, True)),
            button(t.plain("btn_join_no"), taps.Join(link.id, False)),
            per_row=2,
        ),
    )
    log.info("user %s opened invitation %s", turn.user.id, link.id)


async def _my_link(turn: Turn, link_id: int, *statuses: LinkStatus) -> tuple[AnchorLink, Week]:
    """The link a button names, if this user is its anchor and it is in one of `statuses`."""
    link = await turn.repos.anchors.get(link_id)
    week = await turn.repos.anchors.week(link.week_id) if link is not None else None
    if link is None or week is None or link.anchor_id != turn.user.id:
        raise LookupError
    if link.status not in statuses or not live(link, week, turn.now):
        raise LookupError
    return link, week


async def _person(turn: Turn, link: AnchorLink) -> tuple[User, Texts]:
    person = await turn.repos.anchors.user(link.person_id)
    assert person is not None  # the link is deleted with the person
    return person, Texts(person.language)


@anywhere(taps.Join)
async def tap_join(turn: Turn, tap: taps.Join) -> bool:
    try:
        link, week = await _my_link(turn, tap.link, LinkStatus.INVITED)
    except LookupError:
        turn.say(turn.t("invite_refused"))
        return True
    person, pt = await _person(turn, link)
    link.answered_at = turn.now
    anchor = anchor_of(pt, week, link)
    if not tap.yes:
        link.status = LinkStatus.DECLINED.value
        await _tell_declined(turn, link, week, person, pt)
        turn.say(turn.t("join_no", person=who(turn.t, link.person_name)))
        log.info("invitation %s declined", link.id)
        return True
    link.status = LinkStatus.JOINED.value
    if week.request_sent in (None, "not_yet"):
        week.request_sent = "sent"  # it arrived: the follow-up won't ask whether it was sent
    turn.tell(person.chat_id, pt("anchor_joined", anchor=anchor), person_buttons(pt, link, week))
    log.info("invitation %s accepted", link.id)
    if turn.user.timezone is None:
        turn.say(turn.t("join_yes_zone", person=who(turn.t, link.person_name)))
        await start(turn, Step.TZ, Then.ANCHOR_ZONE)
        return True
    turn.say(turn.t("join_yes", person=who(turn.t, link.person_name)))
    await schedule_reminders(turn, link)
    return True


async def _tell_declined(turn: Turn, link: AnchorLink, week: Week, person: User, pt: Texts) -> None:
    """ "Mira can't this time": with a second anchor not yet asked, an offer to ask them."""
    anchor, other_no = anchor_of(pt, week, link), 3 - link.anchor_no
    other = name_of(week, other_no)
    asked = {x.anchor_no for x in await turn.repos.anchors.of_week(week.id) if x.id != link.id}
    if other and other_no not in asked and request_of(week, other_no):
        text = pt("anchor_declined_other", anchor=anchor, other=named(pt, other))
        turn.tell(person.chat_id, text, rows(invite_button(pt, week, other_no)))
        return
    turn.tell(person.chat_id, pt("anchor_declined", anchor=anchor))


def person_buttons(t: Texts, link: AnchorLink, week: Week) -> tuple[tuple[Button, ...], ...]:
    anchor = anchor_of(t, week, link)
    toggle = (
        button(t.plain("btn_reminders_off", anchor=anchor), taps.Reminders(link.id, False))
        if link.reminders
        else button(t.plain("btn_reminders_on", anchor=anchor), taps.Reminders(link.id, True))
    )
    return rows(toggle, button(t.plain("btn_unlink", anchor=anchor), taps.Unlink(link.id)))


@returns(Then.ANCHOR_ZONE, Group.CONFIRM)
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


# ---------------------------------------------------------------- the anchor's reminders


def reminder_reply(due: DueNudge) -> Reply:
    """An anchor's reminder, from the claimed row alone (the dispatcher words them in bulk)."""
    t, about = Texts(due.language), due.about
    assert about is not None  # the dispatcher cancels reminders of a link that ended
    if about.support_kind in program.SUPPORT_KINDS and about.support_kind != "own":
        ask = t.plain(f"anchor_ask_{about.support_kind}")
    else:
        ask = about.support_text
    return Reply(
        t("anchor_nudge", person=who(t, about.person_name), ask=ask),
        anchor_buttons(t, about.link_id, who(t, about.person_name)),
    )


def anchor_buttons(t: Texts, link_id: int, person: str) -> tuple[tuple[Button, ...], ...]:
    return rows(
        button(t.plain("btn_anchor_write", person=person), taps.AnchorWrite(link_id)),
        button(t.plain("btn_anchor_leave"), taps.AnchorLeave(link_id)),
    )


@anywhere(taps.AnchorWrite)
async def tap_write(turn: Turn, tap: taps.AnchorWrite) -> bool:
    try:
        link, _ = await _my_link(turn, tap.link, LinkStatus.JOINED)
    except LookupError:
        turn.say(turn.t("link_ended"))
        return True
    await start(turn, Step.ANCHOR_MSG, Then.ANCHOR_MSG, link=link.id)
    return True


async def ask_message(turn: Turn) -> None:
    link = await turn.repos.anchors.get(turn.ctx.link or 0)
    turn.say(turn.t("anchor_msg_q", person=who(turn.t, link.person_name if link else "")))


async def _writable(turn: Turn, link_id: int) -> tuple[AnchorLink, Week, bool]:
    """The link the anchor may write on now, and whether this is their one reply to a thank-you."""
    link = await turn.repos.anchors.get(link_id)
    week = await turn.repos.anchors.week(link.week_id) if link is not None else None
    if link is None or week is None or link.anchor_id != turn.user.id:
        raise LookupError
    if link.status != LinkStatus.JOINED:
        raise LookupError
    if link.thanked_at is not None and week.status == WeekStatus.COMPLETED:
        if link.replied:
            raise LookupError
        return link, week, True
    if not live(link, week, turn.now):
        raise LookupError
    return link, week, False


async def typed_message(turn: Turn, text: str) -> None:
    try:
        link, week, reply = await _writable(turn, turn.ctx.link or 0)
    except LookupError:
        turn.say(turn.t("link_ended"))
        await done(turn, False)
        return
    person, pt = await _person(turn, link)
    key = "anchor_reply_message" if reply else "anchor_message"
    turn.tell(person.chat_id, pt(key, anchor=anchor_of(pt, week, link), text=text))
    link.messages_sent += 1
    link.replied = link.replied or reply
    turn.say(turn.t("anchor_msg_sent", person=who(turn.t, link.person_name)))
    log.info("anchor message delivered on link %s", link.id)
    await done(turn, True)


@returns(Then.ANCHOR_MSG, Group.CONFIRM)
async def message_done(turn: Turn, sent: bool) -> None:
    if not sent:
        turn.say(turn.t("anchor_msg_cancel"))


# ---------------------------------------------------------------- the thank-you, and a week back


async def thanks_buttons(turn: Turn, week: Week) -> tuple[tuple[Button, ...], ...]:
    """Under the thank-you: send it through the bot to each anchor who joined."""
    t = turn.t
    joined = [
        link
        for link in await turn.repos.anchors.of_week(week.id)
        if link.status == LinkStatus.JOINED and link.anchor_id is not None
    ]
    return rows(
        *(
            button(
                t.plain("btn_deliver_thanks", anchor=anchor_of(t, week, link)),
                taps.DeliverThanks(link.id),
            )
            for link in joined
        )
    )


def thanks_for(t: Texts, week: Week, link: AnchorLink) -> str:
    """The thank-you for this link's anchor: the bot's draft greets the second anchor by their
    own name; words the person wrote themselves go as written."""
    text = week.thank_text or ""
    if link.anchor_no == 2 and text == draft_for(t, week, thanks=True):
        return draft_for(t, week, thanks=True, name=week.anchor2_name)
    return text


@anywhere(taps.DeliverThanks)
async def tap_deliver(turn: Turn, tap: taps.DeliverThanks) -> bool:
    link = await turn.repos.anchors.get(tap.link)
    week = await turn.repos.anchors.week(link.week_id) if link is not None else None
    if link is None or week is None or link.person_id != turn.user.id or not week.thank_text:
        return False
    anchor = anchor_of(turn.t, week, link)
    other = await turn.repos.anchors.user(link.anchor_id) if link.anchor_id else None
    if link.status != LinkStatus.JOINED or other is None:
        turn.say(turn.t("link_ended_person", anchor=anchor))
        return True
    if link.thanked_at is not None:
        turn.say(turn.t("thanks_already", anchor=anchor))
        return True
    link.thanked_at = turn.now
    at = Texts(other.language)
    buttons = [
        button(
            at.plain("btn_anchor_reply", person=who(at, link.person_name)),
            taps.AnchorReply(link.id),
        )
    ]
    own = await turn.repos.weeks.latest(other.id)
    if own is None or own.status not in (WeekStatus.SETUP, WeekStatus.ACTIVE):
        buttons.append(button(at.plain("btn_own_week"), taps.OwnWeek()))
    turn.tell(
        other.chat_id,
        at("thanks_from", person=who(at, link.person_name), text=thanks_for(turn.t, week, link)),
        rows(*buttons),
    )
    turn.say(turn.t("thanks_delivered", anchor=anchor))
    log.info("thank-you delivered on link %s", link.id)
    return True


@anywhere(taps.AnchorReply)
async def tap_reply(turn: Turn, tap: taps.AnchorReply) -> bool:
    try:
        link, _, reply = await _writable(turn, tap.link)
    except LookupError:
        turn.say(turn.t("reply_done"))
        return True
    if not reply:
        return False
    await start(turn, Step.ANCHOR_MSG, Then.ANCHOR_MSG, link=link.id)
    return True


@anywhere(taps.OwnWeek)
async def tap_own_week(turn: Turn, tap: taps.OwnWeek) -> bool:
    """The give-back loop: the anchor begins a week of their own."""
    week = turn.week
    if week is not None and week.status in (WeekStatus.SETUP, WeekStatus.ACTIVE):
        turn.say(turn.t("own_week_running"))
        return True
    turn.week = await turn.repos.weeks.create(turn.user.id, turn.now)
    turn.goto(Step.ANCHOR_NAME)
    turn.say(turn.t("anchor_name_q"))
    return True


# ---------------------------------------------------------------- either side: off, leave


async def link_settings(turn: Turn) -> None:
    """In /settings: the person's controls for each anchor who joined this week."""
    week = turn.week
    if week is None or week.status not in (WeekStatus.SETUP, WeekStatus.ACTIVE):
        return
    if not week.anchor2_name:
        turn.say(turn.t("settings_second"), rows(second_button(turn.t, week)))
    for link in await turn.repos.anchors.of_week(week.id):
        if link.status == LinkStatus.JOINED:
            key = "settings_anchor_on" if link.reminders else "settings_anchor_off"
            anchor = anchor_of(turn.t, week, link)
            turn.say(turn.t(key, anchor=anchor), person_buttons(turn.t, link, week))


@anywhere(taps.Reminders)
async def tap_reminders(turn: Turn, tap: taps.Reminders) -> bool:
    link = await turn.repos.anchors.get(tap.link)
    week = await turn.repos.anchors.week(link.week_id) if link is not None else None
    if link is None or week is None or link.person_id != turn.user.id:
        return False
    if link.status != LinkStatus.JOINED:
        turn.say(turn.t("link_ended"))
        return True
    link.reminders = tap.on
    await turn.repos.anchors.set_reminders(link, tap.on, turn.now)
    anchor = anchor_of(turn.t, week, link)
    key = "reminders_on" if tap.on else "reminders_off"
    turn.say(turn.t(key, anchor=anchor), person_buttons(turn.t, link, week))
    return True


@anywhere(taps.Unlink)
async def tap_unlink(turn: Turn, tap: taps.Unlink) -> bool:
    link = await turn.repos.anchors.get(tap.link)
    week = await turn.repos.anchors.week(link.week_id) if link is not None else None
    if link is None or week is None or link.person_id != turn.user.id:
        return False
    anchor = anchor_of(turn.t, week, link)
    if link.status in (LinkStatus.INVITED, LinkStatus.JOINED):
        await end_link(turn, link)
        if link.anchor_id is not None:
            other = await turn.repos.anchors.user(link.anchor_id)
            if other is not None:
                turn.tell(
                    other.chat_id,
                    Texts(other.language)(
                        "link_closed", person=who(Texts(other.language), link.person_name)
                    ),
                )
    turn.say(turn.t("unlinked", anchor=anchor))
    return True


async def end_link(turn: Turn, link: AnchorLink) -> None:
    link.status = LinkStatus.LEFT.value
    await turn.repos.anchors.cancel_reminders(link)
    log.info("link %s ended", link.id)


@anywhere(taps.AnchorLeave)
async def tap_leave(turn: Turn, tap: taps.AnchorLeave) -> bool:
    link = await turn.repos.anchors.get(tap.link)
    if link is None or link.anchor_id != turn.user.id or link.status != LinkStatus.JOINED:
        turn.say(turn.t("link_ended"))
        return True
    await leave(turn, [link])
    return True


async def leave(turn: Turn, links: list[AnchorLink]) -> None:
    """The anchor steps back: each person hears only that they are no longer linked."""
    for link in links:
        await end_link(turn, link)
        await _tell_unlinked(turn, link)
    names = ", ".join(sorted({who(turn.t, link.person_name) for link in links}))
    turn.say(turn.t("anchor_left", person=names))


async def _tell_unlinked(turn: Turn, link: AnchorLink) -> None:
    week = await turn.repos.anchors.week(link.week_id)
    person, pt = await _person(turn, link)
    if week is not None:
        turn.tell(person.chat_id, pt("anchor_unlinked", anchor=anchor_of(pt, week, link)))


async def anchor_links(turn: Turn) -> list[AnchorLink]:
    """The links this user is the anchor of and still on."""
    return await turn.repos.anchors.of_anchor(turn.user.id, LinkStatus.INVITED, LinkStatus.JOINED)


async def unlink_all(turn: Turn) -> None:
    """/delete: every link the user is on goes; the other side hears only that it ended."""
    for link, other in await turn.repos.anchors.unlink(turn.user):
        if other is None or link.status != LinkStatus.JOINED:
            continue
        if link.anchor_id == turn.user.id:
            week = await turn.repos.anchors.week(link.week_id)
            ot = Texts(other.language)
            anchor = anchor_of(ot, week, link) if week else named(ot, None)
            turn.tell(other.chat_id, ot("anchor_unlinked", anchor=anchor))
        else:
            turn.tell(
                other.chat_id,
                Texts(other.language)(
                    "link_closed", person=who(Texts(other.language), link.person_name)
                ),
            )


# ---------------------------------------------------------------- a second anchor


def second_button(t: Texts, week: Week) -> Button:
    return button(t.plain("btn_second_anchor"), taps.SecondAnchor(week.id))


@anywhere(taps.SecondAnchor)
async def tap_second(turn: Turn, tap: taps.SecondAnchor) -> bool:
    week = week_of(turn, tap.week, WeekStatus.SETUP, WeekStatus.ACTIVE)
    if week is None or not week.anchor_name:
        return False
    if week.anchor2_name:
        names, _ = both(turn.t, week)
        turn.say(turn.t("second_already", anchors=names))
        return True
    await start(turn, Step.ANCHOR2_NAME, Then.SECOND_ANCHOR)
    return True


async def typed_second_name(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    turn.week.anchor2_name = text
    turn.goto(Step.ANCHOR2_WHY)
    ask_second_why(turn)


def ask_second_why(turn: Turn) -> None:
    week = turn.week
    turn.say(turn.t("anchor_why_q", anchor=named(turn.t, week.anchor2_name if week else None)))


async def typed_second_why(turn: Turn, text: str) -> None:
    if turn.week is None:
        return
    turn.week.anchor2_why = text
    await done(turn, True)


@returns(Then.SECOND_ANCHOR, Group.CONFIRM)
async def second_added(turn: Turn, added: bool) -> None:
    """Their own request, addressed to them, with Copy, Send and an invitation of their own."""
    week, t = turn.week, turn.t
    if week is None or not added or not week.anchor2_name:
        if week is not None:
            week.anchor2_name = None
        turn.say(t("second_skipped"))
        return
    week.request2_text = draft_for(t, week, thanks=False, name=week.anchor2_name)
    other = named(t, week.anchor2_name)
    names, _ = both(t, week)
    turn.say(
        t("second_ready", anchors=names, anchor=other, draft=week.request2_text),
        (
            (invite_button(t, week, 2),),
            *rows(
                Button(t.plain("btn_copy"), copy=week.request2_text),
                Button(t.plain("btn_share", anchor=other), share=week.request2_text),
                per_row=2,
            ),
        ),
    )


declare(
    StepDef(
        Step.ANCHOR2_NAME,
        Group.SUBFLOW,
        lambda turn: turn.say(turn.t("anchor2_name_q")),
        text=typed_second_name,
        limit=program.NAME_MAX,
        to=(Step.ANCHOR2_WHY,),
    )
)
declare(
    StepDef(
        Step.ANCHOR2_WHY,
        Group.SUBFLOW,
        ask_second_why,
        text=typed_second_why,
        limit=program.SHORT_TEXT_MAX,
    )
)
declare(
    StepDef(
        Step.ANCHOR_MSG,
        Group.SUBFLOW,
        ask_message,
        text=typed_message,
        limit=MESSAGE_MAX,
    )
)
