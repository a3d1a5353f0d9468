"""The slash commands. Each behaves by the group of the step the person is on."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.delivery.replies import rows
from bot.journey import (
    anchor_steps,
    anchor_support,
    anchor_words,
    closing_steps,
    data_steps,
    settings_steps,
    steering,
    taps,
)
from bot.journey.core import (
    REST_STEPS,
    Then,
    Turn,
    next_text,
    rest_step,
    week_is_over,
    week_of,
)
from bot.journey.engine import Group, Part, ask, caller, done, group_of, start
from bot.journey.pickers import confirm
from bot.journey.steps import Step
from bot.journey.words import button, status_text
from content import program
from storage.models import WeekStatus

log = logging.getLogger(__name__)
PART = Part()  # this module's steps, results and taps (flow.build_flow collects them)

Command = Callable[[Turn], Awaitable[None]]


async def prompt(turn: Turn) -> None:
    """Say where the person is: the open question, or how the week stands."""
    week = turn.week
    if turn.step is Step.WEEK and week is not None and week.status == WeekStatus.ACTIVE:
        turn.say(await status_text(turn, week))
        return
    await ask(turn)


async def cmd_start(turn: Turn, arg: str = "") -> None:
    step, week = turn.step, turn.week
    if arg:
        await anchor_steps.open_invite(turn, arg)  # an invitation link: /start <token>
    elif step is Step.WELCOME:
        await ask(turn)
    elif step in (Step.ENDED, Step.AGAIN):
        turn.goto(Step.AGAIN if week is not None and week.named_anchors() else Step.WELCOME)
        await ask(turn)
    elif step is Step.WEEK and week is not None and week_is_over(turn):
        await closing_steps.start_thanks(turn, week)
    elif step is Step.WEEK:
        await cmd_status(turn)
    else:
        turn.say(turn.t("welcome_back"))
        await prompt(turn)


async def cmd_help(turn: Turn) -> None:
    turn.say(turn.t("help"))


async def cmd_status(turn: Turn) -> None:
    week = turn.week
    if turn.step in (Step.WELCOME, Step.ENDED) and await anchor_words.anchor_status(turn):
        return
    if group_of(turn) is Group.SETUP:
        turn.say(turn.t("status_setup"))
        await prompt(turn)
    elif week is not None and week.status == WeekStatus.COMPLETED:
        turn.say(await status_text(turn, week))
    elif week is None or week.status != WeekStatus.ACTIVE:
        turn.say(turn.t("status_ended"))
    elif turn.step is Step.WEEK and week_is_over(turn):
        await closing_steps.start_thanks(turn, week)  # the closing note never came: close now
    else:
        turn.say(await status_text(turn, week))


async def cmd_reflect(turn: Turn) -> None:
    week = turn.week
    if week is None or week.status not in (WeekStatus.ACTIVE, WeekStatus.COMPLETED):
        turn.say(turn.t("reflect_no_week"))
        return
    answered = {r.question for r in await turn.repos.reflections.for_week(week.id)}
    short = turn.t.variants("reflection_short")
    buttons = [
        button(("✓ " if q in answered else "") + short[q], taps.ReflectPick(week.id, q))
        for q in range(program.REFLECTION_COUNT)
    ]
    turn.say(turn.t("reflect_menu"), rows(*buttons))


@PART.anywhere(taps.ReflectPick)
async def tap_reflect_pick(turn: Turn, tap: taps.ReflectPick) -> bool:
    week = week_of(turn, tap.week, WeekStatus.ACTIVE, WeekStatus.COMPLETED)
    if week is None or not 0 <= tap.q < program.REFLECTION_COUNT:
        return False
    if turn.step is Step.REFLECTION and caller(turn) is Then.REFLECT:
        turn.goto(Step.REFLECTION, q=tap.q)  # another question from the same menu
        await ask(turn)
    else:
        await start(turn, Step.REFLECTION, Then.REFLECT, q=tap.q)
    return True


async def cmd_pause(turn: Turn) -> None:
    if group_of(turn) is Group.SETUP:
        turn.say(turn.t("pause_setup"))
        await prompt(turn)
    elif turn.week is None or turn.week.status != WeekStatus.ACTIVE:
        turn.say(turn.t("no_week"))
    elif turn.user.paused:
        turn.say(turn.t("pause_already"))
    else:
        turn.user.paused = True
        turn.say(turn.t("pause_done"))


async def cmd_resume(turn: Turn) -> None:
    week = turn.week
    if group_of(turn) is Group.SETUP:
        turn.say(turn.t("pause_setup"))
        await prompt(turn)
    elif week is None or week.status != WeekStatus.ACTIVE:
        turn.say(turn.t("no_week"))
    else:
        key = "resume_done" if turn.user.paused else "resume_not_paused"
        turn.user.paused = False
        turn.say(turn.t(key, next=await next_text(turn, week)))


async def cmd_stop(turn: Turn) -> None:
    week = turn.week
    running = (WeekStatus.SETUP, WeekStatus.ACTIVE)
    if week is None or week.status not in running or turn.step is Step.WELCOME:
        links = await anchor_support.anchor_links(turn)
        if links:  # an anchor with no week of their own: /stop steps back from supporting
            await anchor_support.leave(turn, links)
        else:
            turn.say(turn.t("no_week"))
        return
    await anchor_support.offer_leave(turn)
    await confirm(turn, Then.STOP)


@PART.returns(Then.STOP, Group.CONFIRM, to=(Step.ENDED,))
async def stop_answered(turn: Turn, yes: bool) -> None:
    week = turn.week
    if yes and week is not None:
        week.status, week.ended_at = WeekStatus.STOPPED, turn.now
        await turn.repos.nudges.cancel_pending(week.id)
        turn.goto(Step.ENDED)
        turn.say(turn.t("stopped"))
        log.info("user %s stopped week %s", turn.user.id, week.id)
        return
    turn.say(turn.t("stop_kept"))
    await prompt(turn)


async def _cancel_confirm(turn: Turn) -> None:
    await done(turn, False)


async def _cancel_setup(turn: Turn) -> None:
    turn.say(turn.t("cancel_setup"))


async def _cancel_nothing(turn: Turn) -> None:
    turn.say(turn.t("cancel_nothing"))


async def _cancel_question(turn: Turn) -> None:
    turn.goto(rest_step(turn.week))
    turn.say(turn.t("cancel_week"))


# What /cancel does in each group: every step has a way out (setup keeps its place for /start).
CANCEL: dict[Group, Command] = {
    Group.CONFIRM: _cancel_confirm,
    Group.SETTINGS: settings_steps.close_settings,
    Group.SETUP: _cancel_setup,
    Group.REST: _cancel_nothing,
    Group.CHECKIN: _cancel_question,
    Group.AFTER: _cancel_question,
}


async def cmd_cancel(turn: Turn) -> None:
    if turn.step in REST_STEPS:
        await _cancel_nothing(turn)
        return
    await CANCEL[group_of(turn)](turn)


COMMANDS: dict[str, Command] = {
    "start": cmd_start,
    "help": cmd_help,
    "status": cmd_status,
    "reflect": cmd_reflect,
    "pause": cmd_pause,
    "resume": cmd_resume,
    "stop": cmd_stop,
    "cancel": cmd_cancel,
    "progress": steering.cmd_progress,
    "journal": steering.cmd_journal,
    "settings": settings_steps.cmd_settings,
    "export": data_steps.cmd_export,
    "delete": data_steps.cmd_delete,
}
# The steps a command can lead to from anywhere (for the step graph).
ENTRIES: dict[str, tuple[Step, ...]] = {
    "start": (Step.WELCOME, Step.AGAIN, Step.FILL_DAY, Step.DRAFT),
    "stop": (Step.CONFIRM,),
    "export": (Step.CONFIRM,),
    "delete": (Step.CONFIRM,),
    "settings": (Step.SET_MENU,),
    "cancel": (Step.WEEK, Step.ENDED, Step.AGAIN),
}
# Taps that work from any step, and where they lead.
TAP_ENTRIES: tuple[Step, ...] = (
    Step.REFLECTION, Step.CHECKIN_TRIED, Step.FILL_DAY, Step.DRAFT, Step.ANCHOR_MSG, Step.TZ,
    Step.ANCHOR_NAME,
)  # fmt: skip


async def run(turn: Turn, name: str, arg: str = "") -> None:
    command = COMMANDS.get(name.lower())
    if command is None:
        turn.say(turn.t("unknown_command"))
        return
    if command is cmd_start:
        await cmd_start(turn, arg.strip())
        return
    await command(turn)
