"""What an anchor with nothing open types, and their /status.

Someone who is here only as an anchor has one thing to do in this chat: write to the person they
support. Words they type outside a question are offered to that person in one tap (kept in the
step's context until then, never logged), not lost behind the welcome.
"""

from __future__ import annotations

from bot.delivery.replies import rows
from bot.journey import anchor_support, taps
from bot.journey.anchor_steps import MESSAGE_MAX, who
from bot.journey.core import Turn
from bot.journey.engine import Part
from bot.journey.words import button
from bot.text.locale_format import join_list
from content.anchor import in_button
from storage.models import LinkStatus

PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)


async def anchor_typed(turn: Turn, text: str) -> bool:
    """Offer typed words to whoever this user supports now; False when that is nobody."""
    links = await anchor_support.anchor_links(turn, LinkStatus.JOINED)
    if not links:
        return False
    t = turn.t
    if len(text) > MESSAGE_MAX:
        turn.say(t("too_long", max=MESSAGE_MAX))
        return True
    ctx = turn.ctx
    ctx.draft = text
    turn.put(turn.step, ctx)
    people = join_list(sorted({who(t, link.person_name) for link in links}), t.locale, "or")
    offers = [
        button(
            t.plain("btn_pass_on", person=in_button(who(t, link.person_name))), taps.PassOn(link.id)
        )
        for link in links
    ]
    turn.say(
        t("pass_on_q", person=people),
        rows(*offers, button(t.plain("btn_pass_on_no"), taps.PassOn(0))),
    )
    return True


@PART.anywhere(taps.PassOn)
async def tap_pass_on(turn: Turn, tap: taps.PassOn) -> bool:
    ctx = turn.ctx
    draft = ctx.draft
    if draft is None:
        return False  # sent or let go already: an old button
    ctx.draft = None
    turn.put(turn.step, ctx)
    if tap.link == 0:
        turn.say(turn.t("pass_on_no"))
        return True
    await anchor_support.pass_on(turn, tap.link, draft)
    return True


async def anchor_status(turn: Turn) -> bool:
    """/status for someone here as an anchor: whom they are there for, and their two buttons."""
    links = await anchor_support.anchor_links(turn, LinkStatus.JOINED)
    t = turn.t
    for link in links:
        person = who(t, link.person_name)
        turn.say(
            t("anchor_status", person=person), anchor_support.anchor_buttons(t, link.id, person)
        )
    return bool(links)
