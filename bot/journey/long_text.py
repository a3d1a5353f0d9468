"""A text over a step's limit is kept, not thrown away: the person chooses between saving its
first part and sending a shorter version, and nothing they wrote is lost until they choose."""

from __future__ import annotations

import dataclasses

from bot.delivery.replies import rows
from bot.journey import taps
from bot.journey.core import Turn
from bot.journey.engine import Part
from bot.journey.words import button

PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)


def hold(turn: Turn, text: str, limit: int) -> None:
    """Keep the text with the step, and ask what to do with it."""
    turn.put(turn.step, dataclasses.replace(turn.ctx, long=text))
    turn.say(
        turn.t("too_long_keep", max=limit),
        rows(
            button(turn.t.plain("btn_long_keep", max=limit), taps.LongText(keep=True)),
            button(turn.t.plain("btn_long_shorten"), taps.LongText(keep=False)),
        ),
    )


def first_part(text: str, limit: int) -> str:
    """The first `limit` characters, ending at a space when one is near, so no word is cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return cut[:space].rstrip() if space > limit * 0.9 else cut


@PART.anywhere(taps.LongText)
async def tap_long_text(turn: Turn, tap: taps.LongText) -> bool:
    decl, held = turn.flow.steps[turn.step], turn.ctx.long
    if held is None or decl.limit is None or decl.text is None:
        return False  # an old button: the text was answered or the question moved on
    turn.put(turn.step, dataclasses.replace(turn.ctx, long=None))
    if tap.keep:
        await decl.text(turn, first_part(held, decl.limit))
    else:
        turn.say(turn.t("long_shorten"))
    return True
