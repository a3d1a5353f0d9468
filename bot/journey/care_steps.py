"""Care: a caring word, where to find help now, and the question whether they are safe."""

from __future__ import annotations

import logging

from bot.care import low_mood_run
from bot.journey import taps
from bot.journey.core import Turn
from bot.journey.engine import anywhere
from bot.journey.words import button, named
from bot.replies import rows
from content.crisis import CRISIS_LINES
from storage.models import Week

log = logging.getLogger(__name__)


async def care(turn: Turn, kind: str) -> None:
    """A caring word, where to find help now, and a gentle question; the week goes on."""
    week = turn.week
    await turn.repos.events.add(turn.user.id, week.id if week else None, kind, turn.now)
    log.warning("care moment for user %s: %s", turn.user.id, kind)
    intro = turn.t("care_low_mood" if kind == "low_mood" else "care_words")
    anchor = named(turn.t, week.anchor_name if week else None) or turn.t.plain("care_no_anchor")
    reach_out = turn.t("care_reach_out", anchor=anchor)
    turn.say(
        intro + "\n\n" + help_lines(turn) + "\n\n" + reach_out,
        rows(
            button(turn.t.plain("btn_safe"), taps.Care("safe")),
            button(turn.t.plain("btn_not_safe"), taps.Care("unsafe")),
            per_row=2,
        ),
    )


def help_lines(turn: Turn) -> str:
    lines = CRISIS_LINES.get(turn.t.locale) or CRISIS_LINES["en"]
    return turn.t("care_help", lines="\n".join(f"• {line}" for line in lines))


@anywhere(taps.Care)
async def tap_care(turn: Turn, tap: taps.Care) -> bool:
    if tap.answer not in ("safe", "unsafe"):
        return False
    anchor = named(turn.t, turn.week.anchor_name if turn.week else None) or turn.t.plain(
        "care_no_anchor"
    )
    week_id = turn.week.id if turn.week else None
    await turn.repos.events.add(turn.user.id, week_id, f"care_{tap.answer}", turn.now)
    if tap.answer == "safe":
        turn.say(turn.t("care_safe", anchor=anchor))
    else:
        turn.say(turn.t("care_not_safe", anchor=anchor) + "\n\n" + help_lines(turn))
    return True


async def check_low_moods(turn: Turn, week: Week) -> None:
    moods = {c.day: c.mood for c in await turn.repos.checkins.for_week(week.id)}
    if low_mood_run(moods) and not await turn.repos.events.exists(
        turn.user.id, week.id, "low_mood"
    ):
        await care(turn, "low_mood")
