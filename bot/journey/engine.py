"""The step machinery: one declaration per step, a generic router, and sub-flows with a value.

A step module declares each of its steps once in its own `Part` (`PART.declare(StepDef(...))`):
its words and buttons (`ask`), what each kind of tap does (`taps`), what typed text does (`text`),
its text limit, its group and where it can lead (`to`). `bot.journey.flow.build_flow` puts the
parts together into one `Flow`, in the composition root; nothing registers itself on import.
A sub-flow (a picker, a confirmation) is started with `start(turn, first_step, Then.X)`: the
question the person was on is put aside in a `Frame`, and `done(turn, value)` brings it back and
hands `value` to the function declared with `@PART.returns(X)`.
"""

from __future__ import annotations

import dataclasses
import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.journey.core import REST_STEPS, Ctx, Frame, Then, Turn
from bot.journey.steps import Step
from bot.journey.taps import Tap, decode

log = logging.getLogger(__name__)

TapHandler = Callable[[Turn, Any], Awaitable[bool]]
TextHandler = Callable[[Turn, str], Awaitable[None]]
Asker = Callable[[Turn], Awaitable[None] | None]
ResultHandler = Callable[[Turn, Any], Awaitable[None]]


class Group(StrEnum):
    """How commands treat a step (/status, /pause, /cancel)."""

    SETUP = "setup"
    CHECKIN = "check-in"
    SETTINGS = "settings"
    CONFIRM = "confirmation"
    AFTER = "after the week"
    REST = "resting"
    SUBFLOW = "sub-flow"  # a picker: it belongs to the group of whoever started it


@dataclass(frozen=True, slots=True)
class StepDef:
    step: Step
    group: Group
    ask: Asker
    taps: Mapping[type[Tap], TapHandler] = field(default_factory=dict)
    text: TextHandler | None = None  # typed text; None: only buttons (a digit picks one)
    limit: int | None = None  # set for free-text answers: empty and too long are refused
    numbered: bool = False  # a typed digit picks a button before `text` sees it
    holds: bool = False  # the only open question: a tap not in `taps` asks it again
    passes: tuple[type[Tap], ...] = ()  # taps that still do their anywhere job where it holds
    to: tuple[Step, ...] = ()  # the steps it can go to, sub-flows it starts included
    starts: tuple[Then, ...] = ()  # the sub-flows whose value comes back to it


@dataclass(frozen=True, slots=True)
class Returns:
    then: Then
    group: Group
    handle: ResultHandler
    to: tuple[Step, ...]
    starts: tuple[Then, ...] = ()  # the sub-flows its handler starts in turn


@dataclass(slots=True)
class Part:
    """One step module's declarations: its steps, the sub-flow values it receives and the taps
    it answers at any step. A module holds its `Part`; only `Flow` puts them together."""

    steps: list[StepDef] = field(default_factory=list)
    results: list[Returns] = field(default_factory=list)
    anywhere_taps: dict[type[Tap], TapHandler] = field(default_factory=dict)

    def declare(self, step_def: StepDef) -> StepDef:
        self.steps.append(step_def)
        return step_def

    def returns(
        self, then: Then, group: Group, to: tuple[Step, ...] = (), starts: tuple[Then, ...] = ()
    ) -> Callable[[ResultHandler], ResultHandler]:
        """Declare what happens with the value a sub-flow started for `then` returns."""

        def keep(handle: ResultHandler) -> ResultHandler:
            self.results.append(Returns(then, group, handle, to, starts))
            return handle

        return keep

    def anywhere(self, kind: type[Tap]) -> Callable[[TapHandler], TapHandler]:
        """Declare a tap that means the same whatever the step."""

        def keep(handle: TapHandler) -> TapHandler:
            self.anywhere_taps[kind] = handle
            return handle

        return keep


class Flow:
    """The journey's step graph, put together from the step modules' parts once, in the
    composition root, and handed to the `Journey` (each `Turn` carries it)."""

    def __init__(self, *parts: Part) -> None:
        self.steps: dict[Step, StepDef] = {}
        self.results: dict[Then, Returns] = {}
        self.anywhere: dict[type[Tap], TapHandler] = {}  # taps that mean the same at any step
        for part in parts:
            for decl in part.steps:
                assert decl.step not in self.steps, f"{decl.step} declared twice"
                self.steps[decl.step] = decl
            for result in part.results:
                assert result.then not in self.results, f"{result.then} handled twice"
                self.results[result.then] = result
            for kind, handle in part.anywhere_taps.items():
                assert kind not in self.anywhere, f"{kind.__name__} answered twice"
                self.anywhere[kind] = handle


def group_of(turn: Turn) -> Group:
    """The step's group; for a picker, the group of whoever started it."""
    group = turn.flow.steps[turn.step].group
    stack = turn.ctx.stack
    if group is Group.SUBFLOW and stack:
        return turn.flow.results[stack[-1].then].group
    return group


def caller(turn: Turn) -> Then | None:
    """Who started the sub-flow the person is in."""
    stack = turn.ctx.stack
    return stack[-1].then if stack else None


async def start(turn: Turn, first: Step, then: Then, quiet: bool = False, **fields: Any) -> None:
    """Put the current question aside and ask `first` (unless `quiet`: the caller has said
    it); `done` will bring the question back."""
    ctx = turn.ctx
    frame = Frame(turn.step, dataclasses.replace(ctx, stack=[]).dump(), then)
    turn.put(first, Ctx(**fields, stack=[*ctx.stack, frame]))
    if not quiet:
        await ask(turn)


async def done(turn: Turn, value: Any) -> None:
    """End the sub-flow with `value`: the question put aside comes back, then its handler runs."""
    stack = turn.ctx.stack
    if not stack:
        log.warning("user %s: a sub-flow ended with nothing to return to", turn.user.id)
        return
    frame = stack[-1]
    restore(turn, frame, stack[:-1])
    await turn.flow.results[frame.then].handle(turn, value)


def restore(turn: Turn, frame: Frame, stack: list[Frame]) -> None:
    ctx = Ctx.load(frame.ctx)
    ctx.stack = stack
    turn.put(frame.step, ctx)


def unwind(turn: Turn, then: Then) -> bool:
    """Leave every sub-flow started inside the one `then` started, without their values."""
    stack = turn.ctx.stack
    if then not in (f.then for f in stack):
        return False
    while stack[-1].then != then:
        restore(turn, stack[-1], stack[:-1])
        stack = stack[:-1]
    return True


async def ask(turn: Turn) -> None:
    """Say the question the person is on now (again)."""
    said = turn.flow.steps[turn.step].ask(turn)
    if inspect.isawaitable(said):
        await said


async def resume(turn: Turn) -> None:
    """After a detour: ask the question that was put aside, unless the person was resting."""
    if turn.step not in REST_STEPS:
        await ask(turn)


async def route_tap(turn: Turn, tap: Tap | None) -> bool:
    """The step's own handler for the tap, else the one that answers it anywhere; at a step
    that holds the conversation (the safety question), any other tap asks it again."""
    if tap is None:
        return False
    decl = turn.flow.steps[turn.step]
    handler = decl.taps.get(type(tap))
    if handler is None and decl.holds and type(tap) not in decl.passes:
        log.info("user %s tapped %s at %s: asked again", turn.user.id, tap.prefix, turn.step.value)
        await ask(turn)
        return True
    handler = handler or turn.flow.anywhere.get(type(tap))
    if handler is None:
        return False
    return await handler(turn, tap)


async def numbered_choice(turn: Turn, text: str) -> Tap | None:
    """ "2" typed where buttons are shown means the second button: its tap."""
    if not (text.isascii() and text.isdigit()):
        return None
    probe = Turn(turn.repos, turn.user, turn.week, turn.t, turn.now, turn.flow)
    await ask(probe)
    choices = [b.data for r in probe.out for row in r.buttons for b in row if b.data]
    index = int(text) - 1
    return decode(choices[index]) if 0 <= index < len(choices) else None
