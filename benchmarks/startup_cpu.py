"""CPU a `python -m bot` start costs before it can answer: every test of the real process, every
restart after a crash and every deploy pays it.

    .venv/bin/python -m benchmarks.startup_cpu            # 5 starts of each kind, then the stages
    .venv/bin/python -m benchmarks.startup_cpu --runs 9

First each stage, in this fresh process, in the order a start runs them (imports, migrating,
the zone finder's indexes, the care check's rules and model). Then the whole process, its
user+system CPU read from the child's rusage: the console (no token) started on an empty SQLite
file with `/quit` waiting on its stdin, so it migrates, warms up and exits; and a Telegram start
(as the tests start it) against the fake Bot API on a migrated SQLite file, stopped with SIGTERM
once it has asked for updates. CPU, not wall time: it holds on a loaded machine. Prints the
median of the runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def process_start(data_dir: Path) -> float:
    """CPU seconds of one console start and /quit."""
    env = {**os.environ, "DATA_DIR": str(data_dir), "TELEGRAM_BOT_TOKEN": "", "DATABASE_URL": ""}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "bot"], input=b"/quit\n", env=env, cwd=ROOT,
        capture_output=True, check=True, timeout=120,
    )  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


async def telegram_start(data_dir: Path, database: Path) -> float:
    """CPU seconds of one Telegram start on a migrated file, up to its first getUpdates."""
    from tests.fake_bot_api import FakeBotServer  # after the stages: they import bot.app
    from tests.fault_rig import BotProcess

    fake = FakeBotServer()
    fake.record_get_updates = True
    await fake.start()
    bot = BotProcess(fake, f"sqlite+aiosqlite:///{database}", data_dir)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        await bot.start()
        await fake.wait_for("getUpdates", within=120)
    finally:
        if bot.proc is not None:
            await bot.stop()  # SIGTERM, SIGKILL after 30 s: never left running
        await fake.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(label: str, runs: list[float]) -> None:
    print(
        f"{label}: median {statistics.median(runs):.2f} s CPU "
        f"(min {min(runs):.2f}, max {max(runs):.2f}, {len(runs)} runs)"
    )


def stage(label: str, work: Callable[[], object]) -> None:
    began = time.process_time()
    work()
    print(f"  {label:<28} {time.process_time() - began:6.2f} s")


def stages(data_dir: Path) -> None:
    """Each part of a start, measured in this (fresh) process."""
    print("stages, in this process:")
    stage("import bot.app", lambda: __import__("bot.app"))
    from bot import care
    from bot.places import timezones
    from storage.db import make_engine, migrate

    async def migrated() -> None:
        engine = make_engine(f"sqlite+aiosqlite:///{data_dir / 'stages.db'}")
        try:
            await migrate(engine)
        finally:
            await engine.dispose()

    stage("migrate an empty file", lambda: asyncio.run(migrated()))
    stage("migrate, already current", lambda: asyncio.run(migrated()))
    stage("timezones.warm", timezones.warm)
    stage("care.warm", care.warm)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        stages(Path(tmp))
        runs = [process_start(Path(tmp) / f"run{i}") for i in range(args.runs)]
        report("python -m bot, console start to /quit", runs)
        database = Path(tmp) / "run0" / "secure_base.db"  # migrated by the first console start
        runs = [
            asyncio.run(telegram_start(Path(tmp) / f"tg{i}", database)) for i in range(args.runs)
        ]
        report("python -m bot, Telegram start to its first getUpdates", runs)


if __name__ == "__main__":
    main()
