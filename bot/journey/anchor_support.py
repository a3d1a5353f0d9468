"""An anchor who said yes: their two reminders, their messages to the person, the thank-you
delivered to them and a week of their own, and either side turning reminders off or leaving.

Privacy as in `anchor_steps`: only the link's row and the week's request are read here.
"""

from __future__ import annotations

import logging

from bot.delivery.outbox import care_report
from bot.delivery.replies import Button, Reply, rows
from bot.journey import anchor_flow, taps
from bot.journey.anchor_steps import (
    MESSAGE_MAX,
    anchor_of,
    live,
    my_link,
    person_buttons,
    person_of,
    who,
)
from bot.journey.core import Then, Turn
from bot.journey.engine import Group, Part, StepDef, done, resume, start
from bot.journey.steps import Step
from bot.journey.words import button, draft_for, named
from bot.text.locale_format import join_list
from content import Texts, program
from content.anchor import in_button
from content.program import SupportKind
from storage.models import AnchorLink, LinkStatus, Week, WeekStatus
from storage.nudge_enums import RelayStatus
from storage.repositories import DueNudge

log = logging.getLogger(__name__)
PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)

# ---------------------------------------------------------------- the anchor's reminders


def reminder_reply(due: DueNudge) -> Reply:
    """An anchor's reminder, from the claimed row alone (the dispatcher words them in bulk)."""
    t, about = Texts(due.language), due.about
    assert about is not None  # the dispatcher cancels reminders of a link that ended
    if about.support_kind in program.SUPPORT_KINDS and about.support_kind != SupportKind.OWN:
        ask = t.plain(f"anchor_ask_{about.support_kind}")
    else:
        ask = about.support_text
    return Reply(
        t("anchor_nudge", person=who(t, about.person_name), ask=ask),
        anchor_buttons(t, about.link_id, who(t, about.person_name)),
    )


def anchor_buttons(t: Texts, link_id: int, person: str) -> tuple[tuple[Button, ...], ...]:
    return rows(
        button(t.plain("btn_anchor_write", person=in_button(person)), taps.AnchorWrite(link_id)),
        button(t.plain("btn_anchor_leave"), taps.AnchorLeave(link_id)),
    )


@PART.anywhere(taps.AnchorWrite)
async def tap_write(turn: Turn, tap: taps.AnchorWrite) -> bool:
    try:
        link, _ = await my_link(turn, tap.link, LinkStatus.JOINED)
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
    await done(turn, await pass_on(turn, turn.ctx.link or 0, text))


async def pass_on(turn: Turn, link_id: int, text: str) -> bool:
    """The anchor's words to the person on this link, if it may still carry them."""
    try:
        link, week, reply = await _writable(turn, link_id)
    except LookupError:
        turn.say(turn.t("link_ended"))
        return False
    person, pt = await person_of(turn, link)
    key = "anchor_reply_message" if reply else "anchor_message"
    turn.tell(person.chat_id, pt(key, anchor=anchor_of(pt, week, link), text=text))
    link.messages_sent += 1
    link.replied = link.replied or reply
    turn.confirm(turn.t("anchor_msg_sent", person=who(turn.t, link.person_name)))
    if reply and not own_week_running(turn):  # the other choice under the thank-you stays
        turn.say(
            turn.t("own_week_offer"), rows(button(turn.t.plain("btn_own_week"), taps.OwnWeek()))
        )
    log.info("anchor message put in the outbox on link %s", link.id)
    return True


@PART.returns(Then.ANCHOR_MSG, Group.CONFIRM)
async def message_done(turn: Turn, sent: bool) -> None:
    if not sent:
        turn.say(turn.t("anchor_msg_cancel"))
    if turn.step is not Step.WELCOME:  # a question of her own put aside (her week): again
        await resume(turn)


# ---------------------------------------------------------------- the thank-you, and a week back


async def thanks_buttons(turn: Turn, week: Week, no: int) -> tuple[tuple[Button, ...], ...]:
    """Under anchor `no`'s thank-you: send it through the bot, if they joined."""
    t = turn.t
    joined = [
        link
        for link in await turn.repos.anchors.of_week(week.id)
        if link.status == LinkStatus.JOINED and link.anchor_id is not None and link.anchor_no == no
    ]
    return rows(
        *(
            button(
                t.plain("btn_deliver_thanks", anchor=in_button(anchor_of(t, week, link))),
                taps.DeliverThanks(link.id),
            )
            for link in joined
        )
    )


def thanks_text(t: Texts, week: Week, no: int) -> str:
    """The thank-you for anchor `no`: the bot's draft greets each anchor by their own name and
    offers back what fits what they gave; words the person wrote themselves go as written."""
    text = week.thank_text or ""
    if no > 1 and text == draft_for(t, week, thanks=True):
        return draft_for(t, week, thanks=True, no=no)
    return text


def thanks_for(t: Texts, week: Week, link: AnchorLink) -> str:
    return thanks_text(t, week, link.anchor_no)


@PART.anywhere(taps.DeliverThanks)
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
            at.plain("btn_anchor_reply", person=in_button(who(at, link.person_name))),
            taps.AnchorReply(link.id),
        )
    ]
    own = await turn.repos.weeks.latest(other.id)
    offer = own is None or own.status not in (WeekStatus.SETUP, WeekStatus.ACTIVE)
    if offer:
        buttons.append(button(at.plain("btn_own_week"), taps.OwnWeek()))
    turn.tell(
        other.chat_id,
        at(
            "thanks_from" if offer else "thanks_from_busy",  # no week offered to one who has one
            person=who(at, link.person_name),
            text=thanks_for(turn.t, week, link),
        ),
        rows(*buttons),
    )
    turn.confirm(turn.t("thanks_delivered", anchor=anchor))
    log.info("thank-you put in the outbox on link %s", link.id)
    return True


@PART.anywhere(taps.AnchorReply)
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


@PART.anywhere(taps.OwnWeek)
async def tap_own_week(turn: Turn, tap: taps.OwnWeek) -> bool:
    """The give-back loop: the anchor begins a week of their own."""
    if own_week_running(turn):
        turn.say(turn.t("own_week_running"))
        return True
    turn.week = await turn.repos.weeks.create(turn.user.id, turn.now)
    await anchor_flow.add(turn, turn.week, 1, Then.SETUP_ANCHOR, quiet=True)
    # The other choice under the thank-you stays one tap away: words meant for the person are
    # never taken for her own anchor's name.
    turn.say(turn.t("anchor_name_q"), rows(*await _reply_buttons(turn)))
    return True


def own_week_running(turn: Turn) -> bool:
    week = turn.week
    return week is not None and week.status in (WeekStatus.SETUP, WeekStatus.ACTIVE)


async def _reply_buttons(turn: Turn) -> list[Button]:
    """ "Reply to Alex" for each thank-you this anchor has not answered yet."""
    out = []
    for link in await turn.repos.anchors.of_anchor(turn.user.id, LinkStatus.JOINED):
        if link.thanked_at is None or link.replied:
            continue
        week = await turn.repos.anchors.week(link.week_id)
        if week is not None and week.status == WeekStatus.COMPLETED:
            person = in_button(who(turn.t, link.person_name))
            label = turn.t.plain("btn_anchor_reply", person=person)
            out.append(button(label, taps.AnchorReply(link.id)))
    return out


# ---------------------------------------------------------------- either side: off, leave


async def link_settings(turn: Turn) -> None:
    """In /settings: the person's controls for each anchor who joined this week."""
    week = turn.week
    if week is None or week.status not in (WeekStatus.SETUP, WeekStatus.ACTIVE):
        return
    anchor_flow.settings_offer(turn, week)
    for link in await turn.repos.anchors.of_week(week.id):
        if link.status == LinkStatus.JOINED:
            key = "settings_anchor_on" if link.reminders else "settings_anchor_off"
            anchor = anchor_of(turn.t, week, link)
            turn.say(turn.t(key, anchor=anchor), person_buttons(turn.t, link, week))


@PART.anywhere(taps.Reminders)
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


@PART.anywhere(taps.Unlink)
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
    link.status = LinkStatus.LEFT
    await turn.repos.anchors.cancel_reminders(link)
    log.info("link %s ended", link.id)


@PART.anywhere(taps.AnchorLeave)
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
    names = join_list(sorted({who(turn.t, link.person_name) for link in links}), turn.t.locale)
    turn.say(turn.t("anchor_left", person=names))


async def offer_leave(turn: Turn) -> None:
    """/stop from someone who is also an anchor: their own week is one question, stepping back
    from each person they support is one tap beside it."""
    links = await anchor_links(turn, LinkStatus.JOINED)
    if not links:
        return
    t = turn.t
    names = join_list(sorted({who(t, link.person_name) for link in links}), t.locale)
    turn.say(
        t("stop_also_anchor", person=names),
        rows(
            *(
                button(
                    t.plain("btn_stop_supporting", person=in_button(who(t, link.person_name))),
                    taps.AnchorLeave(link.id),
                )
                for link in links
            )
        ),
    )


async def _tell_unlinked(turn: Turn, link: AnchorLink) -> None:
    week = await turn.repos.anchors.week(link.week_id)
    person, pt = await person_of(turn, link)
    if week is not None:
        turn.tell(person.chat_id, pt("anchor_unlinked", anchor=anchor_of(pt, week, link)))


async def anchor_links(turn: Turn, *statuses: LinkStatus) -> list[AnchorLink]:
    """The links this user is the anchor of and still on, in a week still running (a link of a
    week that ended is history, not something to stop)."""
    wanted = statuses or (LinkStatus.INVITED, LinkStatus.JOINED)
    links = await turn.repos.anchors.of_anchor(turn.user.id, *wanted)
    return [
        link for link in links if live(link, await turn.repos.anchors.week(link.week_id), turn.now)
    ]


async def unlink_all(turn: Turn) -> None:
    """/delete: every link the user is on goes; the other side hears only that it ended. A
    care message to this anchor that is still waiting goes with their data: its sender hears
    at once that it could not go, with the words to send themselves (as when blocked)."""
    waiting = await turn.repos.relays.care_waiting_to(turn.user.id)
    for link, other in await turn.repos.anchors.unlink(turn.user):
        if other is None or link.status != LinkStatus.JOINED:
            continue
        if link.anchor_id == turn.user.id:
            if link.id in waiting:  # their care message will never reach them: the words back
                report = await care_report(turn.repos, link, RelayStatus.DROPPED)
                if report is not None:
                    turn.out.append(report[1])
            week = await turn.repos.anchors.week(link.week_id)
            ot = Texts(other.language)
            anchor = anchor_of(ot, week, link) if week else named(ot, None)
            turn.tell(other.chat_id, ot("anchor_unlinked", anchor=anchor))
        else:
            ot = Texts(other.language)
            turn.tell(other.chat_id, ot("link_closed", person=who(ot, link.person_name)))


PART.declare(
    StepDef(
        Step.ANCHOR_MSG,
        Group.SUBFLOW,
        ask_message,
        text=typed_message,
        limit=MESSAGE_MAX,
    )
)
