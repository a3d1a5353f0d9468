"""Messages per turn over the whole step graph: each turn's replies as separate messages (before)
and with one turn's texts joined where they fit (after,
`bot.delivery.replies.combined`, what the Telegram adapter sends).

With about one message a second per chat, every extra message in a turn is up to a second more
before the person sees the end of the answer. People are walked through the real journey (a real
SQLite file, the dispatcher's nudges as days pass): random walks that tap the newest buttons, type
answers, nonsense and words of crisis, and use every command, until the walks have visited every
step the graph can reach (`bot.journey.graph.reachable`). Printed: turns, steps visited, and the
messages per turn (mean, p90, max, share of turns over one message) before and after, overall and
for the turns of the steps with the most messages. A walk taps any button of the last turn (an
offer above the next question included) and types places that need confirming, so the second
anchor's steps and the zone confirmation are reached too.

    .venv/bin/python -m benchmarks.messages_per_turn             # 12 walks of 120 turns
    .venv/bin/python -m benchmarks.messages_per_turn --walks 10
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import statistics
import tempfile
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from bot.app import Core, build_core, build_dispatcher
from bot.delivery.replies import Reply, combined
from bot.journey import Incoming
from bot.journey.flow import build_flow
from bot.journey.graph import reachable
from bot.journey.taps import Zone
from bot.runtime.settings import Settings
from bot.timing.clock import ManualClock
from storage.models import User
from tests.conftest import START

COMMANDS = (
    "start", "status", "progress", "journal", "reflect", "settings", "pause", "resume", "stop",
    "cancel", "export", "help",
)  # fmt: skip
TEXTS = (
    "Mira", "my sister", "She always listens, even late.", "3", "yes", "no", "19:00", "7pm",
    "Berlin", "Europe/Berlin", "🙂", "<b>bold</b> & <i>", "I want to die", "ok", "later",
    "I asked her and she said yes", "x" * 600,
)  # fmt: skip
# Asked for a place, a walk types one; some need confirming: ambiguous, or a guess ("did you mean
# Berlin?"), answered with a yes or another place.
PLACES = ("CST", "Portland", "Berln", "Berlin", "yes", "Lisbon", "no")
PLACE_STEPS = ("tz_text", "tz_confirm")
OTHER_PLACE = Zone("other").pack()


class Inbox:
    """What the dispatcher sends: the newest buttons of each chat, to tap."""

    def __init__(self) -> None:
        self.buttons: dict[int, list[str]] = defaultdict(list)

    async def send(self, chat_id: int, reply: Reply) -> None:
        self.see(chat_id, [reply])

    def see(self, chat_id: int, replies: list[Reply]) -> None:
        """Every button of the turn's messages, not only the last one's: an offer shown above
        the next question (a second anchor under the first request) is tapped too."""
        seen: dict[int, list[str]] = defaultdict(list)
        for reply in replies:
            seen[reply.to_chat or chat_id] += [
                b.data for row in reply.buttons for b in row if b.data
            ]
        for chat, data in seen.items():
            if data:
                self.buttons[chat] = data


def own(replies: list[Reply]) -> int:
    """Messages to the person's own chat (a message to an anchor is theirs, not this turn's)."""
    return sum(1 for r in replies if r.to_chat is None and r.relay_id is None)


async def step_of(core: Core, chat_id: int) -> str:
    async with core.store.unit() as repos:
        step = await repos.session.scalar(select(User.step).where(User.chat_id == chat_id))
    return str(step)


async def walk(
    core: Core, clock: ManualClock, inbox: Inbox, chat: int, turns: int, rng: random.Random
) -> list[tuple[str, int, int]]:
    """(step before the turn, messages before, messages after) for each turn of one person."""
    dispatcher = build_dispatcher(core, inbox)
    out: list[tuple[str, int, int]] = []
    msg = Incoming(chat, "command", "start", "en", first_name="Ana")
    for turn in range(turns):
        step = await step_of(core, chat)
        replies = await core.journey.handle(msg)
        inbox.see(chat, replies)
        out.append((step, own(replies), own(combined(replies))))
        if turn % 12 == 11:  # some hours pass: nudges fall due
            clock.advance(hours=rng.choice((3, 7, 13)))
            await dispatcher.run_once()
        msg = next_move(chat, inbox, rng, await step_of(core, chat))
    return out


def next_move(chat: int, inbox: Inbox, rng: random.Random, step: str) -> Incoming:
    roll, buttons = rng.random(), inbox.buttons.get(chat)
    if step in PLACE_STEPS and roll < 0.6:
        return Incoming(chat, "text", rng.choice(PLACES), "en", first_name="Ana")
    if step == "tz" and roll < 0.3:  # "another place": the zone typed, not picked
        return Incoming(chat, "button", OTHER_PLACE, "en", first_name="Ana")
    if buttons and roll < 0.75:
        return Incoming(chat, "button", rng.choice(buttons), "en", first_name="Ana")
    if roll < 0.88:
        return Incoming(chat, "text", rng.choice(TEXTS), "en", first_name="Ana")
    return Incoming(chat, "command", rng.choice(COMMANDS), "en", first_name="Ana")


def summary(counts: list[int]) -> str:
    ordered = sorted(counts)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    over = sum(1 for c in counts if c > 1) / len(counts)
    return f"{statistics.mean(counts):5.2f} {p90:4d} {max(counts):4d} {over:8.0%}"


async def main(args: argparse.Namespace) -> None:
    logging.disable(logging.CRITICAL)  # the journey's own lines are not the figures
    rng = random.Random(args.seed)
    results: list[tuple[str, int, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        clock = ManualClock(START)
        settings = Settings(
            data_dir=Path(tmp), database_url=f"sqlite+aiosqlite:///{tmp}/walk.db",
            _env_file=None,  # type: ignore[call-arg]
        )  # fmt: skip
        core = await build_core(settings, clock)
        inbox = Inbox()
        try:
            for person in range(args.walks):
                results += await walk(core, clock, inbox, 10_000 + person, args.turns, rng)
                clock.advance(days=rng.choice((0, 1, 3)))
        finally:
            await core.close()
    graph = {s.value for s in reachable(build_flow())}
    visited = {step for step, _, _ in results} & graph
    print(f"{len(results)} turns by {args.walks} people; steps visited: {len(visited)} of "
          f"{len(graph)} reachable")  # fmt: skip
    print("\nmessages per turn        mean  p90  max  turns >1")
    print(f"  before (one per reply) {summary([b for _, b, _ in results])}")
    print(f"  after (texts joined)   {summary([a for _, _, a in results])}")
    by_step: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for step, before, after in results:
        by_step[step].append((before, after))
    worst = sorted(by_step.items(), key=lambda kv: -statistics.mean(b for b, _ in kv[1]))[:8]
    print("\nbusiest steps (mean before → after, turns)")
    for step, pairs in worst:
        before = statistics.mean(b for b, _ in pairs)
        after = statistics.mean(a for _, a in pairs)
        print(f"  {step:<16} {before:5.2f} → {after:5.2f}  {len(pairs):5d}")
    missing = sorted(graph - visited)
    if missing:
        print(f"\nnot visited: {', '.join(missing)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--walks", type=int, default=12)
    parser.add_argument("--turns", type=int, default=120)
    parser.add_argument("--seed", type=int, default=15)
    asyncio.run(main(parser.parse_args()))
