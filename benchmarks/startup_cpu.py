"""CPU a `python -m bot` start costs before it can answer: every test of the real process, every
restart after a crash and every deploy pays it.

    .venv/bin/python -m benchmarks.startup_cpu            # 5 console starts, then the stages
    .venv/bin/python -m benchmarks.startup_cpu --runs 9

First the whole process: the console (no token) started on an empty SQLite file with
`/quit` waiting on its stdin, so it migrates, warms up and exits; its user+system CPU is read
from the child's rusage. Then each stage in this process, in the order a start runs them
(imports, migrating, the zone finder's indexes, the care check's rules and model). CPU, not wall
time: it holds on a loaded machine. Prints the median of the runs.
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
    stage("timezones.warm", timezones.warm)
    stage("care.warm", care.warm)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        runs = [process_start(Path(tmp) / f"run{i}") for i in range(args.runs)]
        print(
            f"python -m bot, start to /quit: median {statistics.median(runs):.2f} s CPU "
            f"(min {min(runs):.2f}, max {max(runs):.2f}, {args.runs} runs)"
        )
        stages(Path(tmp))


if __name__ == "__main__":
    main()
