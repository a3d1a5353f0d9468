"""The delivery promise measured at full size, from outside: the real `python -m bot` process
against the loopback fake Bot API (Telegram-like: at most 30 messages a second).

    .venv/bin/python -m benchmarks.fault_figures kills              # 2,000 nudges, 20 SIGKILLs,
                                                                    # SQLite then PostgreSQL
    .venv/bin/python -m benchmarks.fault_figures outage --seconds 600   # a 10-minute 5xx outage
    .venv/bin/python -m benchmarks.fault_figures dbcut --seconds 10     # PostgreSQL cut mid-wave
    .venv/bin/python -m benchmarks.fault_figures fuzz --updates 2000    # Bot API errors provoked
    .venv/bin/python -m benchmarks.fault_figures relays --pairs 200 --runs 3
        # anchors' messages to their person, one SIGKILL per run: while Telegram refuses sends,
        # and at a random moment while they go out; SQLite then PostgreSQL
    .venv/bin/python -m benchmarks.fault_figures intake --people 300 --runs 3
        # people's check-in answers fetched from Telegram, then a SIGKILL before the slow
        # database stored any; SQLite then PostgreSQL

Each prints one line of figures. The CI-sized versions of the same runs are tests/test_fault_*.py.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from tests.fake_bot_api import FakeBotServer
from tests.fault_rig import (
    BotProcess,
    pg_database,
    run_wave_with_fault,
    run_wave_with_kills,
)
from tests.fuzz_updates import fuzz
from tests.intake_rig import IntakeReport, run_answers_with_kill
from tests.relay_rig import RelayReport, run_relays_with_kill
from tests.tcp_proxy import CuttableProxy


async def kills(args: argparse.Namespace, root: Path) -> None:
    for db in ("sqlite", "postgres"):
        fake = await FakeBotServer(limit_per_second=30).start()
        data = root / db
        data.mkdir()
        try:
            if db == "sqlite":
                url = f"sqlite+aiosqlite:///{data / 'bot.db'}"
                report = await run_wave_with_kills(
                    fake, url, data, args.people, args.kills, gap=(40, 120), within=900
                )
            else:
                async with pg_database() as url:
                    report = await run_wave_with_kills(
                        fake, url, data, args.people, args.kills, gap=(40, 120), within=900
                    )
        finally:
            await fake.stop()
        print(report.line(db), flush=True)


async def outage(args: argparse.Namespace, root: Path) -> None:
    fake = await FakeBotServer(limit_per_second=30).start()
    url = f"sqlite+aiosqlite:///{root / 'bot.db'}"
    try:
        report = await run_wave_with_fault(
            fake, url, root, args.people, lambda: fake.outage(args.seconds), after=100,
            within=args.seconds + 600,
        )  # fmt: skip
    finally:
        await fake.stop()
    print(report.line(f"5xx outage {args.seconds:g}s"), f"errors provoked: {dict(fake.errors)}")


async def dbcut(args: argparse.Namespace, root: Path) -> None:
    fake = await FakeBotServer(limit_per_second=30).start()
    proxy = await CuttableProxy("127.0.0.1", 5432).start()
    try:
        async with pg_database() as url:
            bot_url = url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
            report = await run_wave_with_fault(
                fake, url, root, args.people, lambda: proxy.cut(args.seconds), after=150,
                bot_url=bot_url, within=args.seconds + 600,
            )  # fmt: skip
    finally:
        await proxy.stop()
        await fake.stop()
    print(report.line(f"PostgreSQL cut {args.seconds:g}s"))


async def fuzzing(args: argparse.Namespace, root: Path) -> None:
    fake = await FakeBotServer(limit_per_second=30).start()
    bot = BotProcess(fake, f"sqlite+aiosqlite:///{root / 'bot.db'}", root)
    await bot.start()
    began = time.monotonic()
    try:
        answered = await fuzz(fake, args.updates, seed=args.seed)
    finally:
        await bot.stop()
        await fake.stop()
    print(
        f"fuzz: {args.updates} updates ({answered} answered) in {time.monotonic() - began:.0f}s: "
        f"{sum(fake.errors.values())} Bot API error responses {dict(fake.errors)}"
    )


async def _relay_run(url: str, data: Path, pairs: int, sends_down: bool, seed: int) -> RelayReport:
    fake = await FakeBotServer(limit_per_second=30).start()
    try:
        return await run_relays_with_kill(
            fake, url, data, pairs, sends_down=sends_down, within=600, seed=seed
        )
    finally:
        await fake.stop()


async def relays(args: argparse.Namespace, root: Path) -> None:
    for db in ("sqlite", "postgres"):
        for sends_down, label in ((True, "sends refused, then a kill"), (False, "kill mid-send")):
            lost = duplicates = waiting = 0
            for run in range(args.runs):
                data = root / f"{db}-{sends_down}-{run}"
                data.mkdir()
                if db == "sqlite":
                    url = f"sqlite+aiosqlite:///{data / 'bot.db'}"
                    report = await _relay_run(url, data, args.pairs, sends_down, args.seed + run)
                else:
                    async with pg_database() as url:
                        report = await _relay_run(
                            url, data, args.pairs, sends_down, args.seed + run
                        )
                lost, duplicates = lost + report.lost, duplicates + report.duplicates
                waiting += report.pairs - report.at_kill.get("sent", 0)
            print(
                f"{db}, {label}: {args.runs} runs x {args.pairs} anchor messages, "
                f"{waiting} not yet sent at the kill: lost {lost}, duplicates {duplicates}",
                flush=True,
            )


async def _intake_run(url: str, data: Path, people: int) -> IntakeReport:
    fake = await FakeBotServer(limit_per_second=30).start()
    try:
        return await run_answers_with_kill(fake, url, data, people, within=120)
    finally:
        await fake.stop()


async def intake(args: argparse.Namespace, root: Path) -> None:
    for db in ("sqlite", "postgres"):
        lost = twice = inbox = 0
        for run in range(args.runs):
            data = root / f"intake-{db}-{run}"
            data.mkdir()
            if db == "sqlite":
                report = await _intake_run(
                    f"sqlite+aiosqlite:///{data / 'bot.db'}", data, args.people
                )
            else:
                async with pg_database() as url:
                    report = await _intake_run(url, data, args.people)
            lost, twice = lost + report.lost, twice + report.answered_twice
            inbox += report.in_inbox_at_kill
        print(
            f"{db}, kill mid-handling: {args.runs} runs x {args.people} answers: "
            f"lost {lost}, answered twice {twice} ({inbox} stored in the inbox at the kills)",
            flush=True,
        )


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        what = {
            "kills": kills, "outage": outage, "dbcut": dbcut, "fuzz": fuzzing, "relays": relays,
            "intake": intake,
        }  # fmt: skip
        await what[args.what](args, root)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("kills", "outage", "dbcut", "fuzz", "relays", "intake"))
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    asyncio.run(main(parser.parse_args()))
