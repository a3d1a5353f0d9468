"""Replies during a wave: how long a person chatting waits while thousands of nudges go out.

Runs the real `python -m bot` process against the loopback fake Bot API (`FakeBotServer` in
tests/fake_bot_api.py) in its Telegram-like mode: more than 30 messages in any second earn a
429, as from Telegram.

1. Quiet bot: nothing is due; one person sends /help, waits for the answer, pauses, again.
2. Wave: N people have a check-in due at once; the same person chats the same way while the
   wave goes out.

It prints the person's reply latency (from the message reaching the fake Bot API to the answer
arriving there; p50 and p99) for both phases side by side, the wave's nudges per second, and how
many 429s the bot provoked.

Usage (from the repository root):

    .venv/bin/python -m benchmarks.wave_latency                  # 3,000 nudges, SQLite
    .venv/bin/python -m benchmarks.wave_latency --people 1500 --postgres

The targets: wave p99 under 150 ms, nudges at 25/s or more.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from contextlib import AsyncExitStack
from pathlib import Path

from tests.fake_bot_api import FakeBotServer
from tests.fault_rig import FIRST_CHAT, BotProcess, pg_database, seed_wave

CHATTER = 42
THINK_SECONDS = 1.2  # a person reads the answer before writing again


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def chat(fake: FakeBotServer, until: float, max_messages: int) -> list[float]:
    """Send /help, wait for the answer, think, again; the latencies in milliseconds."""
    latencies: list[float] = []
    while time.monotonic() < until and len(latencies) < max_messages:
        before = len(fake.delivered_to(CHATTER))
        sent_at = time.monotonic()
        fake.push_message(CHATTER, "/help")
        while len(fake.delivered_to(CHATTER)) == before:
            if time.monotonic() - sent_at > 30:
                raise RuntimeError("no answer within 30 s")
            await asyncio.sleep(0.002)
        latencies.append((fake.delivered_to(CHATTER)[before].at - sent_at) * 1000)
        await asyncio.sleep(THINK_SECONDS)
    return latencies


async def phase(url: str, data_dir: Path, people: int, messages: int) -> tuple[list[float], float]:
    """(the person's latencies, the wave's nudges per second) for one run of the bot."""
    fake = await FakeBotServer(limit_per_second=30).start()
    if people:
        await seed_wave(url, data_dir, people)
    bot = BotProcess(fake, url, data_dir)
    await bot.start()
    try:
        # Warm up: the bot is up and has answered once (its first reply creates the person).
        await chat(fake, time.monotonic() + 60, 1)
        if people:
            await _wait(lambda: _nudges(fake) >= 30, 60)  # the wave is under way
        latencies = await chat(fake, time.monotonic() + 600, messages)
        if people:
            await _wait(lambda: _nudges(fake) >= people, 600)
    finally:
        await bot.stop()
        await fake.stop()
    nudges = [d.at for d in fake.deliveries if d.chat_id >= FIRST_CHAT]
    rate = (len(nudges) - 1) / (max(nudges) - min(nudges)) if len(nudges) > 1 else 0.0
    print(f"  (429s provoked: {sum(v for k, v in fake.errors.items() if 'Too Many' in k)})")
    return latencies, rate


def _nudges(fake: FakeBotServer) -> int:
    return sum(1 for d in fake.deliveries if d.chat_id >= FIRST_CHAT)


async def _wait(condition: object, within: float) -> None:
    deadline = time.monotonic() + within
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        await asyncio.sleep(0.05)


async def main(args: argparse.Namespace) -> None:
    async with AsyncExitStack() as stack:
        root = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        urls = []
        for name in ("quiet", "wave"):
            if args.postgres:
                urls.append(await stack.enter_async_context(pg_database()))
            else:
                urls.append(f"sqlite+aiosqlite:///{root / name / 'bot.db'}")
            (root / name).mkdir()
        print(f"quiet bot: {args.messages} messages")
        quiet, _ = await phase(urls[0], root / "quiet", 0, args.messages)
        print(f"wave: {args.people} nudges due at once, the same person chatting")
        wave, rate = await phase(urls[1], root / "wave", args.people, args.messages * 3)
    db = "PostgreSQL" if args.postgres else "SQLite"
    print(f"\nreply latency on {db} (ms)   p50      p99      n")
    for label, values in (("quiet bot", quiet), ("during the wave", wave)):
        p50, p99 = statistics.median(values), percentile(values, 0.99)
        print(f"  {label:<24}{p50:8.1f} {p99:8.1f} {len(values):6d}")
    print(f"wave: {args.people} nudges at {rate:.1f} nudges/s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--messages", type=int, default=30, help="quiet-phase messages")
    parser.add_argument("--postgres", action="store_true")
    asyncio.run(main(parser.parse_args()))
