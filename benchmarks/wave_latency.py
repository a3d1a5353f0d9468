"""Replies during a wave: how long people chatting wait while thousands of nudges go out.

Runs the real `python -m bot` process against the loopback fake Bot API (`FakeBotServer` in
tests/fake_bot_api.py) in its Telegram-like mode: more than 30 messages in any second earn a 429,
and so does a chat that gets new messages faster than about one a second past a short burst, as
from Telegram.

1. Quiet bot: nothing is due; one person sends /help, waits for the answer, pauses, again. Then
   people go through the setup answering as fast as the replies come (each next answer the
   moment the last message of a turn is there): the first message of each turn, and the whole.
2. Wave: N people have a check-in due at once; the same person chats the same way meanwhile.
3. The hard case: the same wave, while one person writes every 0.3 s without waiting for the
   answers (/status and /help, multi-message answers) and another chats calmly (/status, reads
   the whole answer, waits a second, again).

It prints the replies' latency (from the message reaching the fake Bot API to the answer arriving
there; p50 and p99), the wave's nudges per second, whether the fast writer got every reply once
and in order, and how many 429s the bot provoked.

Usage (from the repository root):

    .venv/bin/python -m benchmarks.wave_latency                  # 3,000 nudges, SQLite
    .venv/bin/python -m benchmarks.wave_latency --people 1500 --postgres
    .venv/bin/python -m benchmarks.wave_latency --phases hard    # only the hard case

The targets: replies p99 under 150 ms during the waves, nudges at 25/s or more, the writer's
replies all there once and in order, no 429; setup: first message p99 ≤ 150 ms, whole turn
≤ 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from tests.fake_bot_api import FakeBotServer
from tests.fault_rig import FIRST_CHAT, BotProcess, pg_database, seed_wave
from tests.fuzz_updates import tap_update

CHATTER = 42  # the calm person of phases 1 and 2
WRITER, CALM = 43, 44  # the hard case: one writing every 0.3 s, one chatting calmly
FIRST_SETUP = 100
THINK_SECONDS = 1.2  # a person reads the answer before writing again
WRITER_EVERY = 0.3
HELP_MARK, STATUS_MARK = "/start: begin", "setting up your week"  # the two answers, told apart
WELCOME_MARK = "Hi, I'm Secure Base"  # the last words of /status during setup
ONE_MOMENT = "One moment"
# The setup by taps and words, and what says each turn is over: (kind, what, ends when)
SETUP: tuple[tuple[str, str, str], ...] = (
    ("text", "/start", "button:Let's begin"),
    ("tap", "Let's begin", "text:Who makes you feel safe"),
    ("text", "Mum", "text:What makes Mum a safe place"),
    ("text", "She always picks up, even at midnight.", "button:ordinary week"),
    ("tap", "ordinary week", "button:A comforting text"),
    ("tap", "A comforting text", "button:Use this"),
    ("tap", "Use this", "button:Berlin"),
    ("tap", "Berlin", "button:19:00"),
    ("tap", "19:00", "text:All set."),
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def chat(
    fake: FakeBotServer, until: float, max_messages: int, patience: float = 30
) -> list[float]:
    """Send /help, wait for the answer, think, again; the latencies in milliseconds."""
    latencies: list[float] = []
    while time.monotonic() < until and len(latencies) < max_messages:
        before = len(fake.delivered_to(CHATTER))
        sent_at = time.monotonic()
        fake.push_message(CHATTER, "/help")
        while len(fake.delivered_to(CHATTER)) == before:
            if time.monotonic() - sent_at > patience:
                raise RuntimeError(f"no answer within {patience} s")
            await asyncio.sleep(0.002)
        latencies.append((fake.delivered_to(CHATTER)[before].at - sent_at) * 1000)
        await asyncio.sleep(THINK_SECONDS)
    return latencies


@dataclass
class Turns:
    """Milliseconds to the first message of each turn, and to the message that ends it."""

    first: list[float] = field(default_factory=list)
    whole: list[float] = field(default_factory=list)


async def turn(
    fake: FakeBotServer, chat_id: int, push: Callable[[], object], ends: Callable[[str, int], bool]
) -> tuple[float, float]:
    """Push one update; wait for the message that ends the answer: (first, whole) in ms."""
    before = len(fake.delivered_to(chat_id))
    sent_at = time.monotonic()
    push()
    while True:
        new = fake.delivered_to(chat_id)[before:]
        last = next((d for d in new if ends(d.text, d.message_id)), None)
        if last is not None:
            return (new[0].at - sent_at) * 1000, (last.at - sent_at) * 1000
        if time.monotonic() - sent_at > 30:
            raise RuntimeError(f"turn not over within 30 s ({len(new)} messages)")
        await asyncio.sleep(0.002)


def labels(fake: FakeBotServer, chat_id: int, message_id: int) -> dict[str, str]:
    markup = fake.markup_of(chat_id, message_id) or {}
    return {
        b["text"]: b["callback_data"]
        for row in markup.get("inline_keyboard", [])
        for b in row
        if "callback_data" in b
    }


async def set_up(fake: FakeBotServer, chat_id: int, turns: Turns) -> None:
    """One person through the setup, each answer the moment the turn's last message is there."""
    for kind, what, end in SETUP:
        mode, _, words = end.partition(":")

        def ends(text: str, message_id: int, mode: str = mode, words: str = words) -> bool:
            if mode == "text":
                return words in text
            return any(words in label for label in labels(fake, chat_id, message_id))

        if kind == "text":
            push: Callable[[], object] = partial(fake.push_message, chat_id, what)
        else:
            mid, data = next(
                (d.message_id, data)
                for d in reversed(fake.delivered_to(chat_id))
                for label, data in labels(fake, chat_id, d.message_id).items()
                if what in label
            )
            tap = tap_update(chat_id, data, mid, fake.markup_of(chat_id, mid), False)
            push = partial(fake.push_update, tap)
        first, whole = await turn(fake, chat_id, push, ends)
        turns.first.append(first)
        turns.whole.append(whole)


async def calm_status(fake: FakeBotServer, count: int) -> Turns:
    """/status, read the whole two-part answer, wait a second, again."""
    turns = Turns()
    for _ in range(count):
        first, whole = await turn(
            fake,
            CALM,
            lambda: fake.push_message(CALM, "/status"),
            lambda text, _mid: WELCOME_MARK in text,
        )
        turns.first.append(first)
        turns.whole.append(whole)
        await asyncio.sleep(1.0)
    return turns


async def fast_writer(fake: FakeBotServer, count: int) -> list[str]:
    """/status and /help by turns every 0.3 s, never waiting for an answer; what was asked."""
    asked = []
    for i in range(count):
        command = ("/status", "/help")[i % 2]
        fake.push_message(WRITER, command)
        asked.append(command)
        await asyncio.sleep(WRITER_EVERY)
    return asked


def writer_verdict(fake: FakeBotServer, asked: list[str]) -> str:
    """Whether every answer came once, in the order asked (and how often "one moment")."""
    got = []
    notes = 0
    for d in fake.delivered_to(WRITER):
        if d.text.startswith(ONE_MOMENT):
            notes += 1
        elif STATUS_MARK in d.text:
            got.append("/status")
        elif HELP_MARK in d.text:
            got.append("/help")
    ok = "every reply once, in order" if got == asked else "MISSING, TWICE OR OUT OF ORDER"
    return f"{len(got)} answers to {len(asked)} messages: {ok}; 'one moment' {notes}×"


def _nudges(fake: FakeBotServer) -> int:
    return sum(1 for d in fake.deliveries if d.chat_id >= FIRST_CHAT)


def _rate(fake: FakeBotServer) -> float:
    nudges = [d.at for d in fake.deliveries if d.chat_id >= FIRST_CHAT]
    return (len(nudges) - 1) / (max(nudges) - min(nudges)) if len(nudges) > 1 else 0.0


def _too_many(fake: FakeBotServer) -> str:
    """429s provoked: in all, and how many for one chat's pace (the rest: the bot's 30/s)."""
    total = sum(v for k, v in fake.errors.items() if "Too Many" in k)
    one_chat = sum(v for k, v in fake.errors.items() if "Too Many" in k and "one chat" in k)
    return f"{total} ({one_chat} for one chat's pace)"


async def _wait(condition: Callable[[], bool], within: float) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        await asyncio.sleep(0.05)


def _fake() -> FakeBotServer:
    return FakeBotServer(limit_per_second=30, per_chat_per_second=1.0)


@dataclass
class Result:
    rows: list[tuple[str, list[float]]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


async def quiet_phase(url: str, data_dir: Path, messages: int, setups: int, out: Result) -> None:
    fake = await _fake().start()
    bot = BotProcess(fake, url, data_dir)
    await bot.start()
    try:
        await chat(fake, time.monotonic() + 180, 1, 180)  # warm up: the bot is up, has answered
        out.rows.append(("quiet bot: /help", await chat(fake, time.monotonic() + 600, messages)))
        turns = Turns()
        for person in range(setups):
            await set_up(fake, FIRST_SETUP + person, turns)
        out.rows.append(("setup: first message", turns.first))
        out.rows.append(("setup: whole turn", turns.whole))
    finally:
        await bot.stop()
        await fake.stop()
    out.lines.append(f"quiet bot: 429s provoked {_too_many(fake)}")


async def wave_phase(url: str, data_dir: Path, people: int, messages: int, out: Result) -> None:
    fake = await _fake().start()
    await seed_wave(url, data_dir, people)
    bot = BotProcess(fake, url, data_dir)
    await bot.start()
    try:
        await chat(fake, time.monotonic() + 180, 1, 180)
        await _wait(lambda: _nudges(fake) >= 30, 60)  # the wave is under way
        out.rows.append(("wave: /help", await chat(fake, time.monotonic() + 600, messages)))
        await _wait(lambda: _nudges(fake) >= people, 600)
    finally:
        await bot.stop()
        await fake.stop()
    out.lines.append(
        f"wave: {_nudges(fake)} of {people} nudges at {_rate(fake):.1f}/s; "
        f"429s provoked {_too_many(fake)}"
    )


async def hard_phase(url: str, data_dir: Path, people: int, messages: int, out: Result) -> None:
    fake = await _fake().start()
    await seed_wave(url, data_dir, people)
    bot = BotProcess(fake, url, data_dir)
    await bot.start()
    try:
        await chat(fake, time.monotonic() + 180, 1, 180)
        await _wait(lambda: _nudges(fake) >= 30, 60)
        asked, calm = await asyncio.gather(
            fast_writer(fake, messages * 3), calm_status(fake, messages)
        )
        await _wait(lambda: _nudges(fake) >= people, 600)
        await _wait(lambda: len(fake.delivered_to(WRITER)) >= len(asked), 300)
        await asyncio.sleep(2)  # anything late or twice would show now
    finally:
        await bot.stop()
        await fake.stop()
    out.rows.append(("hard: calm /status, first", calm.first))
    out.rows.append(("hard: calm /status, whole", calm.whole))
    out.lines.append(
        f"hard: {_nudges(fake)} of {people} nudges at {_rate(fake):.1f}/s; "
        f"429s provoked {_too_many(fake)}"
    )
    out.lines.append(f"hard: fast writer: {writer_verdict(fake, asked)}")


async def main(args: argparse.Namespace) -> None:
    out = Result()
    async with AsyncExitStack() as stack:
        root = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        for name in args.phases:
            (root / name).mkdir()
            if args.postgres:
                url = await stack.enter_async_context(pg_database())
            else:
                url = f"sqlite+aiosqlite:///{root / name / 'bot.db'}"
            print(f"phase {name} …", flush=True)
            if name == "quiet":
                await quiet_phase(url, root / name, args.messages, args.setups, out)
            elif name == "wave":
                await wave_phase(url, root / name, args.people, args.messages, out)
            else:
                await hard_phase(url, root / name, args.people, args.messages, out)
    db = "PostgreSQL" if args.postgres else "SQLite"
    print(f"\nreply latency on {db} (ms)            p50      p99      n")
    for label, values in out.rows:
        p50, p99 = statistics.median(values), percentile(values, 0.99)
        print(f"  {label:<32}{p50:8.1f} {p99:8.1f} {len(values):6d}")
    for line in out.lines:
        print(line)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--messages", type=int, default=30, help="calm messages per phase")
    parser.add_argument("--setups", type=int, default=8, help="people through the setup")
    parser.add_argument(
        "--phases", nargs="+", default=["quiet", "wave", "hard"], choices=["quiet", "wave", "hard"]
    )
    parser.add_argument("--postgres", action="store_true")
    asyncio.run(main(parser.parse_args()))
