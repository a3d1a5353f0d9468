"""CPU per handled update: the real `python -m bot` against a bare PTB echo bot, same machine,
same loopback fake Bot API (`FakeBotServer` in tests/fake_bot_api.py, no rate limit), one
after the other.

    .venv/bin/python -m benchmarks.intake_cpu                 # 300 updates queued, 3 runs each
    .venv/bin/python -m benchmarks.intake_cpu --updates 300 --runs 5

Each run starts the bot, waits until it polls and is idle, then queues the updates at once:
half of the people send /start, then tap "Let's begin" (the echo bot answers a text with its
echo and a tap with one message, so both send one reply or more per update). CPU is the bot
process's own user+system time (/proc) from the moment the updates are queued until every one
is handled (ours: none left in the inbox, every id in the seen-updates table), divided by the
updates. Prints the median per update of each bot and their ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from sqlalchemy import func, select

from storage.db import make_engine
from storage.models import InboxUpdate, ProcessedUpdate
from tests.fake_bot_api import FakeBotServer, UpdateFactory
from tests.fault_rig import ROOT, BotProcess
from tests.harness import TOKEN

TICKS = os.sysconf("SC_CLK_TCK")
FIRST_CHAT = 9_000_000

ECHO_BOT = """
import sys
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

async def echo(update: Update, context) -> None:
    await update.effective_message.reply_text(update.effective_message.text)

async def tapped(update: Update, context) -> None:
    await update.callback_query.answer()
    await context.bot.send_message(update.effective_chat.id, "tapped")

app = Application.builder().token(sys.argv[1]).base_url(sys.argv[2] + "/bot").build()
app.add_handler(MessageHandler(filters.TEXT, echo))
app.add_handler(CallbackQueryHandler(tapped))
app.run_polling(allowed_updates=["message", "callback_query"])
"""


def cpu_seconds(pid: int) -> float:
    """utime + stime of the process (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def queue_updates(fake: FakeBotServer, count: int) -> list[int]:
    """`count` updates: each person /start, then a tap on "Let's begin"."""
    factory = UpdateFactory()
    people = [FIRST_CHAT + n for n in range((count + 1) // 2)]
    ids = [fake.push_update(factory.message(chat, "/start")) for chat in people]
    ids += [fake.push_update(factory.callback(chat, "begin")) for chat in people]
    return ids[:count]


async def until(check: Callable[[], Awaitable[bool]], within: float) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await check():
            return
        await asyncio.sleep(0.05)
    raise TimeoutError("the bot did not handle every update in time")


async def settle(fake: FakeBotServer) -> None:
    """Polling, and no request for a second but getUpdates: started and idle."""

    async def idle() -> bool:
        before = sum(n for m, n in fake.requests.items() if m != "getUpdates")
        await asyncio.sleep(1.0)
        after = sum(n for m, n in fake.requests.items() if m != "getUpdates")
        return fake.requests["getUpdates"] > 0 and before == after

    await until(idle, 120)


async def ours(count: int, data: Path) -> float:
    """CPU seconds per update of the real bot (SQLite, the default)."""
    fake = await FakeBotServer().start()
    url = f"sqlite+aiosqlite:///{data / 'bot.db'}"
    bot = BotProcess(fake, url, data, extra_env={"DISPATCH_INTERVAL_SECONDS": "2"})
    engine = make_engine(url)
    try:
        await bot.start()
        assert bot.proc is not None
        await settle(fake)
        before = cpu_seconds(bot.proc.pid)
        queue_updates(fake, count)

        async def handled() -> bool:
            async with engine.connect() as conn:
                seen = await conn.scalar(select(func.count()).select_from(ProcessedUpdate))
                left = await conn.scalar(select(func.count()).select_from(InboxUpdate))
            return seen == count and left == 0

        await until(handled, 600)
        return (cpu_seconds(bot.proc.pid) - before) / count
    finally:
        await engine.dispose()
        await bot.stop()
        await fake.stop()


def write_echo_bot(data: Path) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    script = data / "echo_bot.py"
    script.write_text(ECHO_BOT)
    return script


async def echo(count: int, data: Path) -> float:
    """CPU seconds per update of PTB's own polling and a one-line echo handler."""
    fake = await FakeBotServer().start()
    script = write_echo_bot(data)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(script), TOKEN, fake.base_url, cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        await settle(fake)
        before = cpu_seconds(proc.pid)
        ids = queue_updates(fake, count)

        async def handled() -> bool:
            return len(fake.deliveries) >= count and all(fake.fetched_at(i) for i in ids)

        await until(handled, 600)
        return (cpu_seconds(proc.pid) - before) / count
    finally:
        proc.terminate()
        await proc.wait()
        await fake.stop()


async def main(args: argparse.Namespace) -> None:
    mine: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            bare.append(await echo(args.updates, Path(tmp) / f"echo-{run}"))
            mine.append(await ours(args.updates, Path(tmp) / f"bot-{run}"))
            print(
                f"run {run + 1}: Secure Base {mine[-1] * 1000:.1f} ms/update, "
                f"PTB echo bot {bare[-1] * 1000:.1f} ms/update",
                flush=True,
            )
    a, b = statistics.median(mine), statistics.median(bare)
    print(
        f"{args.updates} updates queued, median of {args.runs} runs: Secure Base "
        f"{a * 1000:.1f} ms CPU/update, PTB echo bot {b * 1000:.1f} ms CPU/update: "
        f"ratio {a / b:.1f}x"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    asyncio.run(main(parser.parse_args()))
