"""Their data: export everything, or erase everything, each after the yes/no confirmation."""

from __future__ import annotations

import logging

from bot.delivery.replies import Attachment
from bot.journey import anchor_support
from bot.journey.core import Then, Turn
from bot.journey.engine import Group, Part, resume
from bot.journey.pickers import confirm
from bot.text.my_data import export_csv, export_json
from bot.timing.schedule import local_now

log = logging.getLogger(__name__)
PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)


def export_stamp(turn: Turn) -> str:
    """The person's local date and time for the file names: "2026-03-23-1900"."""
    return local_now(turn.now, turn.user.timezone or "UTC").strftime("%Y-%m-%d-%H%M")


async def cmd_export(turn: Turn) -> None:
    await confirm(turn, Then.EXPORT)


@PART.returns(Then.EXPORT, Group.CONFIRM)
async def export_answered(turn: Turn, yes: bool) -> None:
    if not yes:
        turn.say(turn.t("export_cancelled"))
        await resume(turn)
        return
    records = await turn.repos.people.records(turn.user)
    t, stamp = turn.t, export_stamp(turn)
    files = (
        Attachment(
            t.plain("export_file_all", stamp=stamp) + ".json",
            export_json(records, t, turn.now),
            "application/json",
        ),
        Attachment(
            t.plain("export_file_checkins", stamp=stamp) + ".csv", export_csv(records), "text/csv"
        ),
    )
    turn.say(turn.t("export_done"), files=files)
    log.info("user %s exported their data", turn.user.id)
    await resume(turn)


async def cmd_delete(turn: Turn) -> None:
    await confirm(turn, Then.DELETE)


@PART.returns(Then.DELETE, Group.CONFIRM)
async def delete_answered(turn: Turn, yes: bool) -> None:
    if not yes:
        turn.say(turn.t("delete_kept"))
        await resume(turn)
        return
    user_id = turn.user.id
    await anchor_support.unlink_all(turn)  # links first: they point at this person's rows
    counts = await turn.repos.people.erase(turn.user)
    turn.erased, turn.week = True, None
    turn.say(turn.t("delete_done", **counts), erased=True)
    log.info("user %s erased their data", user_id)
