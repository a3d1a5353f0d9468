"""Dispatch throughput: how many due nudges per second are claimed, sent and marked.

Seeds N people (one user, one active week and one due check-in nudge each) into a fresh
database with bulk inserts, then runs the real `Dispatcher` with the real `TelegramSender` over a
python-telegram-bot `Application` whose request layer is the in-process `FakeBotApi` (no
network, rate limiter off), until nothing is due. It prints, from the same run:

* dispatch        nudges claimed + sent + marked per second (the figure that matters);
* baseline send   `TelegramSender.send` of the same nudge replies to the fake, same concurrency,
                  no database at all (the ceiling PTB's request path allows);
* baseline no-op  claim + decide + mark with a sender that does nothing (the database's share);
* the ratios dispatch / baseline, and the peak RSS of the process.

Each phase gets its own freshly seeded database so no phase warms the next one's rows.

Usage (from the repository root):

    .venv/bin/python benchmarks/dispatch_throughput.py                    # 20,000 people, SQLite
    .venv/bin/python benchmarks/dispatch_throughput.py --people 5000
    .venv/bin/python benchmarks/dispatch_throughput.py \\
        --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/test      # SQLite, then PostgreSQL
    .venv/bin/python benchmarks/dispatch_throughput.py --profile          # cProfile the dispatch

Options: --batch-size and --concurrency are passed to the Dispatcher (defaults 500 and 50);
--profile prints the top of a cProfile of the dispatch phase (--sort tottime to re-order);
--keep leaves the SQLite files in place. The fake's call log is replaced by a per-method tally
(see `CallTally`), so memory and GC reflect the bot rather than the fake. On PostgreSQL the
tables live in a throw-away schema that is dropped at the end.

The target is >= 1,000 nudges/s for SQLite on a 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import resource
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, text  # noqa: E402

from bot.adapters.telegram.adapter import TelegramSender, build_application  # noqa: E402
from bot.app import Core, build_core  # noqa: E402
from bot.delivery.dispatcher import Dispatcher  # noqa: E402
from bot.delivery.replies import Reply  # noqa: E402
from bot.delivery.sender import Sender  # noqa: E402
from bot.journey import Journey  # noqa: E402
from bot.journey.flow import build_flow  # noqa: E402
from bot.runtime.settings import Settings  # noqa: E402
from bot.timing.clock import ManualClock  # noqa: E402
from storage.db import make_engine  # noqa: E402
from storage.models import Anchor, Nudge, User, Week  # noqa: E402
from storage.repositories import PENDING, SENT, DueNudge  # noqa: E402
from tests.fake_bot_api import FakeBotApi  # noqa: E402

TOKEN = "123:ABCDEFGHIJKLMNOPQRSTUVWXYZ"
NOW = datetime(2026, 3, 23, 12, 0, tzinfo=UTC)  # 12:00 UTC: daytime, not quiet hours
CHUNK = 5_000


@dataclass
class Phase:
    name: str
    count: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.count / self.seconds if self.seconds else float("inf")


class CallTally(list):  # type: ignore[type-arg]
    """Stands in for `FakeBotApi.calls`: counts calls per method instead of keeping them.

    Keeping 20,000 recorded calls (with their keyboards) alive only makes the garbage collector
    walk them again and again; a real deployment holds nothing like it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[str] = Counter()

    def append(self, call: Any) -> None:
        self.counts[call.method] += 1


def counting_fake() -> tuple[FakeBotApi, CallTally]:
    fake = FakeBotApi()
    tally = CallTally()
    fake.calls = tally
    return fake, tally


class NoopSender:
    async def send(self, chat_id: int, reply: Reply) -> None:
        return None


def settings_for(data_dir: Path, url: str) -> Settings:
    return Settings(
        data_dir=data_dir,
        database_url=url,
        worker_id="bench",
        _env_file=None,  # type: ignore[call-arg]
    )


async def seed(core: Core, people: int) -> float:
    """Bulk-insert `people` users, each with an active week and one check-in due a minute ago.

    Core `executemany` inserts with ids chosen here (one round trip per chunk and table); on
    PostgreSQL the id sequences are moved past them afterwards.
    """
    started = time.perf_counter()
    due = NOW - timedelta(minutes=1)
    async with core.store.unit() as repos:
        s = repos.session
        first_id = 1
        for table in (User, Week, Nudge):
            top = await s.scalar(select(func.coalesce(func.max(table.id), 0)))
            first_id = max(first_id, int(top or 0) + 1)
        for lo in range(0, people, CHUNK):
            ids = range(first_id + lo, first_id + min(lo + CHUNK, people))
            users = [
                {
                    "id": i,
                    "chat_id": 1_000_000 + i,
                    "language": "en",
                    "timezone": "UTC",
                    "nudge_minute": 11 * 60 + 59,
                    "night_ok": False,
                    "step": "week",
                    "step_ctx": {},
                    "active": True,
                    "paused": False,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for i in ids
            ]
            weeks = [
                {
                    "id": i,
                    "user_id": i,
                    "number": 1,
                    "status": "active",
                    "draft_variant": 0,
                    "thank_variant": 0,
                    "start_date": NOW.date(),
                    "started_at": NOW,
                }
                for i in ids
            ]
            nudges = [
                {
                    "id": i,
                    "user_id": i,
                    "week_id": i,
                    "kind": "checkin",
                    "day": 1,
                    "due_at": due,
                    "status": PENDING,
                    "attempts": 0,
                }
                for i in ids
            ]
            anchors = [{"week_id": i, "position": 1, "name": "Sam"} for i in ids]
            for table, rows in ((User, users), (Week, weeks), (Anchor, anchors), (Nudge, nudges)):
                await s.execute(insert(table.__table__), rows)
        if s.bind.dialect.name == "postgresql":
            for table in ("users", "weeks", "nudges"):
                await s.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
    return time.perf_counter() - started


async def count_sent(core: Core) -> int:
    async with core.store.unit() as repos:
        return int(
            await repos.session.scalar(
                select(func.count()).select_from(Nudge).where(Nudge.status == SENT)
            )
            or 0
        )


async def drain(dispatcher: Dispatcher) -> int:
    """run_once until a wake-up claims nothing; the number of rows claimed in total."""
    total = 0
    while True:
        stats = await dispatcher.run_once()
        if not stats.claimed:
            return total
        total += stats.claimed


async def with_core(
    url: str, data_dir: Path, people: int, body: Callable[[Core], Awaitable[Phase]]
) -> tuple[Phase, float]:
    core = await build_core(settings_for(data_dir, url), ManualClock(NOW))
    try:
        seed_seconds = await seed(core, people)
        return await body(core), seed_seconds
    finally:
        await core.close()


def make_dispatcher(core: Core, sender: Sender, args: argparse.Namespace) -> Dispatcher:
    return Dispatcher(
        core.store,
        core.journey,
        sender,
        core.clock,
        worker_id="bench",
        batch_size=args.batch_size,
        concurrency=args.concurrency,
        max_batches=1_000_000,
    )


async def phase_dispatch(core: Core, args: argparse.Namespace, label: str) -> Phase:
    fake, tally = counting_fake()
    application = build_application(core.journey, TOKEN, request=fake, rate_limit=False)
    async with application:
        dispatcher = make_dispatcher(core, TelegramSender(application), args)
        profiler = cProfile.Profile() if args.profile else None
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        claimed = await drain(dispatcher)
        if profiler is not None:
            profiler.disable()
        seconds = time.perf_counter() - started
    sent = await count_sent(core)
    calls = tally.counts["sendMessage"]
    if not claimed == sent == calls == args.people:
        raise SystemExit(
            f"{label}: expected {args.people} claimed/sent/calls, got {claimed}/{sent}/{calls}"
        )
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(40)
        print(out.getvalue())
    return Phase(f"dispatch ({label})", sent, seconds)


async def phase_noop(core: Core, args: argparse.Namespace, label: str) -> Phase:
    dispatcher = make_dispatcher(core, NoopSender(), args)
    started = time.perf_counter()
    await drain(dispatcher)
    seconds = time.perf_counter() - started
    sent = await count_sent(core)
    if sent != args.people:
        raise SystemExit(f"{label}: no-op run marked {sent} of {args.people} sent")
    return Phase(f"baseline no-op sender ({label})", sent, seconds)


async def phase_raw_send(args: argparse.Namespace) -> Phase:
    """The same nudge replies through TelegramSender.send, same concurrency, no database."""
    fake, tally = counting_fake()
    journey = Journey(None, ManualClock(NOW), build_flow())  # type: ignore[arg-type]  # pure
    application = build_application(journey, TOKEN, request=fake, rate_limit=False)
    async with application:
        sender = TelegramSender(application)
        gate = asyncio.Semaphore(args.concurrency)

        async def one(n: int) -> None:
            async with gate:
                await sender.send(1_000_000 + n, journey.nudge_reply(fake_due(n)))

        started = time.perf_counter()
        for first in range(0, args.people, args.batch_size):
            last = min(first + args.batch_size, args.people)
            await asyncio.gather(*(one(n) for n in range(first, last)))
        seconds = time.perf_counter() - started
    return Phase("baseline raw send (no database)", tally.counts["sendMessage"], seconds)


def fake_due(n: int) -> DueNudge:
    return DueNudge(
        id=n + 1,
        kind="checkin",
        day=1,
        due_at=NOW,
        attempts=1,
        user_id=n + 1,
        chat_id=1_000_000 + n,
        language="en",
        timezone="UTC",
        night_ok=False,
        user_active=True,
        paused=False,
        week_id=n + 1,
        week_status="active",
        anchor_names=("Sam",),
    )


async def new_pg_schema(url: str) -> tuple[str, str]:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(url)
    try:
        async with admin.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    finally:
        await admin.dispose()
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}schema={schema}", schema


async def drop_pg_schema(url: str, schema: str) -> None:
    admin = make_engine(url)
    try:
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        await admin.dispose()


def report(phases: list[Phase], baselines: dict[str, Phase], seeds: dict[str, float]) -> None:
    print(f"{'phase':<42} {'nudges':>8} {'seconds':>8} {'per second':>11}")
    for p in phases:
        print(f"{p.name:<42} {p.count:>8} {p.seconds:>8.2f} {p.rate:>11,.0f}")
    for label, seconds in seeds.items():
        print(f"seeding ({label}) took {seconds:.2f}s")
    raw = baselines["raw"]
    for p in phases:
        if p.name.startswith("dispatch"):
            line = f"{p.name}: {p.rate / raw.rate:.2f} x raw send"
            label = p.name.split("(", 1)[1].rstrip(")")
            noop = baselines.get(f"noop {label}")
            if noop is not None:
                line += f", {p.rate / noop.rate:.2f} x no-op dispatch"
            print(line)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak RSS: {peak_mb:.0f} MiB")


async def run(args: argparse.Namespace) -> None:
    phases: list[Phase] = []
    baselines: dict[str, Phase] = {}
    seeds: dict[str, float] = {}
    raw = await phase_raw_send(args)
    phases.append(raw)
    baselines["raw"] = raw
    base = Path(tempfile.mkdtemp(prefix="sb-bench-"))
    try:
        for name, body in (("noop", phase_noop), ("dispatch", phase_dispatch)):
            data_dir = base / name
            url = f"sqlite+aiosqlite:///{data_dir / 'bench.db'}"

            async def go(core: Core, body: Any = body) -> Phase:
                return await body(core, args, "sqlite")

            phase, seeds[f"sqlite, {name}"] = await with_core(url, data_dir, args.people, go)
            phases.append(phase)
            if name == "noop":
                baselines["noop sqlite"] = phase
    finally:
        if args.keep:
            print(f"SQLite files kept under {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    if args.postgres:
        for name, body in (("noop", phase_noop), ("dispatch", phase_dispatch)):
            url, schema = await new_pg_schema(args.postgres)
            try:

                async def go_pg(core: Core, body: Any = body) -> Phase:
                    return await body(core, args, "postgres")

                phase, seeds[f"postgres, {name}"] = await with_core(
                    url, Path(tempfile.gettempdir()), args.people, go_pg
                )
            finally:
                await drop_pg_schema(args.postgres, schema)
            phases.append(phase)
            if name == "noop":
                baselines["noop postgres"] = phase
    print(
        f"\n{args.people:,} people, batch_size={args.batch_size}, "
        f"concurrency={args.concurrency}, FakeBotApi without latency, rate limiter off\n"
    )
    report(phases, baselines, seeds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--people", type=int, default=20_000, help="due nudges to seed")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--postgres", metavar="URL", help="also run on this PostgreSQL database")
    parser.add_argument("--profile", action="store_true", help="cProfile the dispatch phase")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key for --profile")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite files")
    args = parser.parse_args()
    if args.people < 1:
        parser.error("--people must be at least 1")
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
