"""The rig for fault tests and the wave benchmark: the real `python -m bot` process, a seeded
database with a wave of due nudges, the loopback fake Bot API, and what was delivered.

Nothing of the bot is imported into the process under test: it is started as a person would
start it, with environment variables, and killed with SIGKILL when a test wants a crash.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text

from bot.app import build_core
from bot.runtime.settings import Settings
from storage.db import make_engine
from storage.models import Nudge, User, Week
from storage.nudge_enums import NudgeKind, NudgeStatus
from tests.fake_bot_api import FakeBotServer
from tests.harness import TOKEN  # a bot id of this process's own

ROOT = Path(__file__).resolve().parent.parent

FIRST_CHAT = 1_000_000
PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
# FAULT_SCALE sizes the fault tests: 1 runs them at their old size (300 people through 4 kills,
# a 20-second outage...), the suite's default is a fifth of it (the same assertions, in seconds).
# The full-size figures are `python -m benchmarks.fault_figures`.
FAULT_SCALE = float(os.environ.get("FAULT_SCALE", "0.2"))


def scaled(size: int, least: int = 1) -> int:
    """`size` (the old suite size) times FAULT_SCALE, never below `least`."""
    return max(least, round(size * FAULT_SCALE))


def scaled_seconds(seconds: float, least: float = 1.0) -> float:
    return max(least, seconds * FAULT_SCALE)


# A killed process's claims wait this long before they are sent again: the bot's 15 s at
# FAULT_SCALE=1, 5 s in the suite (renewed every 1.25 s by the live process, so a busy machine
# does not let a live claim run out).
LEASE_SECONDS = scaled_seconds(15, 5)


async def until(check: Callable[[], Awaitable[bool]], within: float, every: float = 0.05) -> bool:
    """Poll an outside state (a database) until `check()` holds; False after `within` s."""
    deadline = time.monotonic() + within
    while not await check():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(every)
    return True


async def seed_wave(database_url: str, data_dir: Path, people: int) -> None:
    """`people` people in an active week, each with one check-in due a minute ago (real time)."""
    settings = Settings(
        data_dir=data_dir,
        database_url=database_url,
        _env_file=None,  # type: ignore[call-arg]
    )
    core = await build_core(settings)
    now = datetime.now(UTC)
    try:
        async with core.store.unit() as repos:
            s = repos.session
            for lo in range(0, people, 2000):
                chats = range(FIRST_CHAT + lo, FIRST_CHAT + min(lo + 2000, people))
                user_ids = list(
                    await s.scalars(
                        insert(User).returning(User.id, sort_by_parameter_order=True),
                        [
                            {
                                "chat_id": chat, "language": "en", "timezone": "UTC",
                                "night_ok": True, "quiet_start": 0, "quiet_end": 0,
                                "step": "week", "step_ctx": {}, "active": True, "paused": False,
                                "created_at": now, "updated_at": now,
                            }
                            for chat in chats
                        ],
                    )
                )  # fmt: skip
                week_ids = list(
                    await s.scalars(
                        insert(Week).returning(Week.id, sort_by_parameter_order=True),
                        [
                            {
                                "user_id": uid, "number": 1, "status": "active",
                                "anchor_name": "Sam", "draft_variant": 0, "thank_variant": 0,
                                "started_at": now, "start_date": now.date(),
                            }
                            for uid in user_ids
                        ],
                    )
                )  # fmt: skip
                await s.execute(
                    insert(Nudge),
                    [
                        {
                            "user_id": uid, "week_id": wid, "kind": NudgeKind.CHECKIN, "day": 1,
                            "due_at": now - timedelta(minutes=1),
                            "status": NudgeStatus.PENDING, "attempts": 0,
                        }
                        for uid, wid in zip(user_ids, week_ids, strict=True)
                    ],
                )  # fmt: skip
    finally:
        await core.close()


async def unsettled_nudges(database_url: str) -> int:
    """Nudges still pending or claimed: while any is, something may yet be sent (again)."""
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            count = await conn.scalar(
                select(func.count())
                .select_from(Nudge)
                .where(Nudge.status.in_((NudgeStatus.PENDING, NudgeStatus.CLAIMED)))
            )
            return int(count or 0)
    finally:
        await engine.dispose()


async def stranded_chats(database_url: str) -> set[int]:
    """Chats whose nudge is claimed right now (after a kill: the dead worker's claims)."""
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(User.chat_id)
                .join(Nudge, Nudge.user_id == User.id)
                .where(Nudge.status == NudgeStatus.CLAIMED)
            )
            return {int(r[0]) for r in rows}
    finally:
        await engine.dispose()


@asynccontextmanager
async def pg_database() -> AsyncIterator[str]:
    """A fresh schema on the test PostgreSQL server (dropped afterwards)."""
    schema = f"f_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_URL)
    async with admin.begin() as conn:
        await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}schema={schema}"
    finally:
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


@dataclass
class BotProcess:
    """`python -m bot` as a person runs it, pointed at the fake and the database."""

    fake: FakeBotServer
    database_url: str
    data_dir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    proc: asyncio.subprocess.Process | None = None
    started_at: float = 0.0
    log_path: Path | None = None

    async def start(self) -> None:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": self.fake.base_url,
            "DATABASE_URL": self.database_url,
            "DATA_DIR": str(self.data_dir),
            "DISPATCH_INTERVAL_SECONDS": "0.5",
            "WORKER_ID": "fault",
            "LOG_LEVEL": "WARNING",
            "CLAIM_LEASE_SECONDS": f"{LEASE_SECONDS:g}",
            **self.extra_env,
        }
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir / "bot.log"
        log = self.log_path.open("ab")
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=self.data_dir, env=env, stdout=log, stderr=log
        )
        log.close()
        self.started_at = time.monotonic()

    async def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()

    async def stop(self) -> int:
        """SIGTERM and wait: the bot finishes its batch and hands back what it holds."""
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.proc.wait(), 30)
            except TimeoutError:
                await self.kill()
        return int(self.proc.returncode or 0)


@dataclass
class WaveReport:
    people: int
    delivered: int
    distinct: int
    kills: int = 0
    # per stranded claim: seconds from the restart to its delivery, while a process was up
    recovery_seconds: list[float] = field(default_factory=list)
    seconds: float = 0.0
    stranded: set[int] = field(default_factory=set)  # chats a killed process held claimed
    repeated: set[int] = field(default_factory=set)  # chats that got their nudge twice

    @property
    def lost(self) -> int:
        return self.people - self.distinct

    @property
    def duplicates(self) -> int:
        return self.delivered - self.distinct

    def line(self, label: str) -> str:
        worst = max(self.recovery_seconds, default=0.0)
        return (
            f"{label}: {self.people} nudges, {self.kills} kills: delivered {self.distinct}, "
            f"lost {self.lost}, duplicates {self.duplicates} "
            f"({self.duplicates / max(self.kills, 1):.2f} per kill), stranded claims delivered "
            f"at most {worst:.1f}s after the restart (bot up), {self.seconds:.1f}s in all"
        )


WINDOW_429 = "Too Many Requests: retry after 1"


def provoked(fake: FakeBotServer) -> dict[str, int]:
    """The error answers the bot provoked: all but the 429s of Telegram's 30-a-second window.

    Those are Telegram pacing the bot, met when a loaded machine bunches the bot's evenly spaced
    sends on arrival (the bot's limiter cannot see that); the bot honours them, and the wave's
    lost/duplicates counts show it lost and repeated nothing for them.
    """
    return {what: n for what, n in fake.errors.items() if what != WINDOW_429}


async def wait_for_deliveries(fake: FakeBotServer, count: int, within: float) -> bool:
    """Wait until `count` distinct chats got their message (re-checked on every request)."""
    return await fake.until(lambda: len(fake.chats_delivered()) >= count, within)


async def settle(database_url: str, within: float) -> None:
    """Wait until no nudge is pending or claimed: from then on nothing can be sent again, so a
    duplicate, if any, has arrived by the time the process is stopped."""

    async def settled() -> bool:
        return await unsettled_nudges(database_url) == 0

    await until(settled, within, every=0.1)


async def run_wave_with_kills(
    fake: FakeBotServer,
    database_url: str,
    data_dir: Path,
    people: int,
    kills: int,
    *,
    gap: tuple[int, int] = (15, 60),
    within: float = 240.0,
    seed: int = 8,
) -> WaveReport:
    """Seed a wave, start the bot, SIGKILL it `kills` times mid-dispatch (after a random number
    of new deliveries each time), restart it each time, and count what arrived."""
    import random

    rng = random.Random(seed)
    await seed_wave(database_url, data_dir, people)
    began = time.monotonic()
    bot = BotProcess(fake, database_url, data_dir)
    await bot.start()
    report = WaveReport(people, 0, 0)
    waiting: list[tuple[set[int], float]] = []  # (dead worker's claims, restart time)
    try:
        for _ in range(kills):
            target = min(len(fake.chats_delivered()) + rng.randint(*gap), people - 1)
            if not await wait_for_deliveries(fake, target, within):
                break
            await asyncio.sleep(rng.uniform(0, 0.05))  # a random moment, mid-send
            await bot.kill()
            report.kills += 1
            stranded = await stranded_chats(database_url)
            await bot.start()
            waiting.append((stranded, bot.started_at))
        await wait_for_deliveries(fake, people, within)
        await settle(database_url, within)
    finally:
        await bot.stop()
    report.seconds = time.monotonic() - began
    counts = fake.chats_delivered()
    report.delivered, report.distinct = sum(counts.values()), len(counts)
    report.repeated = {chat for chat, n in counts.items() if n > 1}
    report.stranded = set().union(*(chats for chats, _ in waiting))
    # A start takes as long as the machine lets it (tens of seconds when it is busy): the time
    # until a stranded claim arrives counts only while a bot process was up (from the moment it
    # began to poll, its warm-up done; it dispatches from then on).
    starting = [(at, min((t for t in fake.ready_at if t >= at), default=at)) for _, at in waiting]
    for stranded, restarted in waiting:
        for chat in stranded:
            # Delivered before the kill: an in-flight send that got through (a duplicate or not).
            late = [d.at for d in fake.delivered_to(chat) if d.at >= restarted]
            if late:
                report.recovery_seconds.append(_up_between(restarted, min(late), starting))
    return report


def _up_between(start: float, end: float, starting: list[tuple[float, float]]) -> float:
    """Seconds of [start, end] outside the (spawned, up) spans in `starting`."""
    down = sum(max(0.0, min(end, up) - max(start, spawned)) for spawned, up in starting)
    return end - start - down


async def run_wave_with_fault(
    fake: FakeBotServer,
    seed_url: str,
    data_dir: Path,
    people: int,
    fault: Callable[[], object],
    *,
    after: int,
    bot_url: str | None = None,
    within: float = 120.0,
) -> WaveReport:
    """Seed a wave, start the bot (on `bot_url`, e.g. through a proxy), call `fault()` once
    `after` nudges have arrived, and count what arrived by the time all did (or `within`)."""
    await seed_wave(seed_url, data_dir, people)
    began = time.monotonic()
    bot = BotProcess(fake, bot_url or seed_url, data_dir)
    await bot.start()
    try:
        await wait_for_deliveries(fake, after, within)
        fault()
        await wait_for_deliveries(fake, people, within)
        await settle(seed_url, within)
    finally:
        await bot.stop()
    counts = fake.chats_delivered()
    report = WaveReport(people, sum(counts.values()), len(counts))
    report.seconds = time.monotonic() - began
    return report
