"""Another week with the same anchors: each anchor kept is asked "Still in?" in one tap, and
one the question could not reach (they blocked the bot) is named to the person, once."""

from __future__ import annotations

import logging
import secrets
from dataclasses import replace
from datetime import datetime

from bot.delivery.replies import Reply, rows
from bot.journey.anchor_steps import (
    TOKEN_BYTES,
    anchor_of,
    invite_button,
    join_buttons,
    live,
    request_of,
    token_hash,
    week_end,
    who,
)
from bot.journey.care_days import CARE_STEPS
from bot.journey.core import Turn, current_step
from bot.journey.words import name_of
from bot.text import week_view
from content import Texts
from storage.models import AnchorLink, LinkStatus, User, Week, WeekStatus
from storage.nudge_enums import RelayKind
from storage.repositories import Repos

log = logging.getLogger(__name__)


async def carry_links(turn: Turn, previous: Week, week: Week) -> None:
    """ "Same anchors": each anchor who was in last week and is kept this week is asked in one
    tap whether they are in again (consent per week). The new week's link waits for that
    answer, already theirs. A later anchor is kept once the person chooses their ask for this
    week (or passes it by): only then is he asked (`carry_kept`), never asked and let go.
    The questions go after "I've asked …": one that cannot reach its anchor is reported just
    after it, at once (the outbox's report, `unreached_report`); an anchor already known to
    have blocked the bot is not asked, and the person hears so in the same words, once (the
    week keeps a closed link for them, so a later call does not say it again)."""
    names, questions, told = [], [], []
    asked = {link.anchor_no for link in await turn.repos.anchors.of_week(week.id)}
    for old in await turn.repos.anchors.of_week(previous.id):
        if old.status != LinkStatus.JOINED or old.anchor_id is None or old.anchor_no in asked:
            continue
        row = week.anchor_at(old.anchor_no)
        if row is None or not row.added:  # not kept for this week (or not yet)
            continue
        anchor = await turn.repos.anchors.user(old.anchor_id)
        if anchor is None:
            continue
        hashed = token_hash(secrets.token_urlsafe(TOKEN_BYTES))  # never shown: the tap answers
        end = week_end(week, turn.user, turn.now)
        link = await turn.repos.anchors.create(
            week, hashed, old.person_name, turn.now, end, old.anchor_no
        )
        link.anchor_id = anchor.id
        if not anchor.active:
            reply = unreached_reply(turn.t, week, link, turn.now)
            told.extend([reply] if reply is not None else [])
            continue
        at = Texts(anchor.language)
        text = at("anchor_again_q", person=who(at, link.person_name))
        questions.append(
            Reply(text, join_buttons(at, link), to_chat=anchor.chat_id, kind=RelayKind.ASK_AGAIN)
        )
        names.append(name_of(week, old.anchor_no))
    if names:
        shown, count = week_view.listed(turn.t, names)
        turn.say(turn.t("again_asked_anchor", anchor=shown, count=count))
    turn.out.extend([*questions, *told])
    log.info("user %s: %s anchor(s) asked about week %s", turn.user.id, len(names), week.id)


async def tell_unreached(turn: Turn) -> None:
    """An anchor asked this week turned out unreachable when the question went (they had
    blocked the bot, and nobody knew): the person is told once, kindly, just before the question
    now open, with what they can do (their request and its invitation); the link closes."""
    week = turn.week
    if week is None or turn.cared_at == turn.now or turn.step in CARE_STEPS:
        return  # care comes first: this waits for a later turn
    told = []
    for link in await turn.repos.anchors.of_week(week.id):
        if link.status != LinkStatus.INVITED or link.anchor_id is None:
            continue
        other = await turn.repos.anchors.user(link.anchor_id)
        if other is None or other.active:
            continue
        reply = unreached_reply(turn.t, week, link, turn.now)
        told.extend([reply] if reply is not None else [])
    own = [i for i, r in enumerate(turn.out) if r.to_chat is None]
    at = own[-1] if own else len(turn.out)  # just before the question now open
    turn.out[at:at] = told


def unreached_reply(t: Texts, week: Week, link: AnchorLink, now: datetime) -> Reply | None:
    """ "My question didn't reach Mira", with the invitation to send her (if there is a request
    and the week is live); the link closes. A week the person has ended (/stop) closes it
    without a word: there is nothing left to ask Mira for."""
    link.status = LinkStatus.LEFT
    if week.status not in (WeekStatus.SETUP, WeekStatus.ACTIVE):
        return None
    invite = request_of(week, link.anchor_no) and live(link, week, now)
    buttons = rows(invite_button(t, week, link.anchor_no)) if invite else ()
    log.info("user %s: link %s could not reach its anchor", link.person_id, link.id)
    return Reply(t("again_unreached", anchor=anchor_of(t, week, link)), buttons)


async def unreached_report(
    repos: Repos, link: AnchorLink, now: datetime
) -> tuple[User, Reply] | None:
    """The outbox's report on a "still in?" that could not reach its anchor: the person hears at
    once. While care is open it waits (`tell_unreached` says it once care has closed)."""
    if link.status != LinkStatus.INVITED:
        return None
    person = await repos.anchors.user(link.person_id)
    week = await repos.anchors.week(link.week_id)
    if person is None or week is None or current_step(person) in CARE_STEPS:
        return None
    reply = unreached_reply(Texts(person.language), week, link, now)
    return None if reply is None else (person, replace(reply, to_chat=person.chat_id))


async def carry_kept(turn: Turn, week: Week, position: int) -> None:
    """A later anchor kept from last week ("Same anchors") is in this week now: asked now."""
    previous = await turn.repos.weeks.previous_completed(week)
    row, before = week.anchor_at(position), previous.anchor_at(position) if previous else None
    if previous is None or row is None or before is None:
        return
    if (row.name, row.why) == (before.name, before.why):  # the same person, not someone new
        await carry_links(turn, previous, week)
