"""Their data: export everything, or erase everything, each after a confirmation."""

from __future__ import annotations

import logging

from bot.journey import prompts
from bot.journey.core import (
    Turn,
    detour,
)
from bot.my_data import export_csv, export_json
from bot.replies import Attachment

log = logging.getLogger(__name__)


async def cmd_export(turn: Turn) -> None:
    detour(turn, "export_confirm")
    prompts.ask(turn)


async def btn_export(turn: Turn, args: list[str]) -> bool:
    if turn.user.step != "export_confirm":
        return False
    if args[0] != "yes":
        turn.say(turn.t("export_cancelled"))
        await prompts.detour_back(turn)
        return True
    records = await turn.repos.people.records(turn.user)
    stamp = turn.now.strftime("%Y%m%d-%H%M")
    files = (
        Attachment(
            f"secure-base-{stamp}.json",
            export_json(records, turn.t, turn.now),
            "application/json",
        ),
        Attachment(f"secure-base-checkins-{stamp}.csv", export_csv(records), "text/csv"),
    )
    turn.say(turn.t("export_done"), files=files)
    log.info("user %s exported their data", turn.user.id)
    await prompts.detour_back(turn)
    return True


async def cmd_delete(turn: Turn) -> None:
    detour(turn, "delete_confirm")
    prompts.ask(turn)


async def btn_delete(turn: Turn, args: list[str]) -> bool:
    if turn.user.step != "delete_confirm":
        return False
    if args[0] != "yes":
        turn.say(turn.t("delete_kept"))
        await prompts.detour_back(turn)
        return True
    user_id = turn.user.id
    counts = await turn.repos.people.erase(turn.user)
    turn.erased, turn.week = True, None
    turn.say(turn.t("delete_done", **counts))
    log.info("user %s erased their data", user_id)
    return True
