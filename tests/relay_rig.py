"""The rig for messages between two chats under a crash: pairs of a person and their anchor,
each anchor in the middle of writing to their person, the real `python -m bot` process killed
and started again. Counts what each person received (see tests/fault_rig.py for the process).
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.app import build_core
from bot.journey.steps import Step
from bot.runtime.settings import Settings
from storage.db import make_engine
from storage.models import LinkStatus, Relay, User
from tests.anchor_rows import rows
from tests.fake_bot_api import FakeBotServer
from tests.fault_rig import BotProcess

FIRST_PERSON = 3_000_000
FIRST_ANCHOR = 4_000_000
MESSAGE_PREFIX = "💬 A message from"


def words(n: int) -> str:
    return f"Thinking of you, number {n}. You can do this."


async def seed_pairs(database_url: str, data_dir: Path, pairs: int) -> None:
    """`pairs` people in an active week, each with an anchor who joined and is now writing."""
    settings = Settings(
        data_dir=data_dir,
        database_url=database_url,
        _env_file=None,  # type: ignore[call-arg]
    )
    core = await build_core(settings)
    now = datetime.now(UTC)
    try:
        async with core.store.unit() as repos:
            for n in range(pairs):
                person = await repos.users.create(FIRST_PERSON + n, "en", now)
                person.timezone, person.step = "UTC", Step.WEEK.value
                anchor = await repos.users.create(FIRST_ANCHOR + n, "en", now)
                anchor.timezone = "UTC"
                week = await repos.weeks.create(person.id, now, anchors=rows("Mira"))
                week.status, week.start_date = "active", now.date()
                week.anchors[0].support_kind = "comfort"
                week.anchors[0].support_text = "a short encouraging text"
                link = await repos.anchors.create(
                    week, f"{n:064d}", "Alex", now, now + timedelta(days=8)
                )
                link.anchor_id, link.status = anchor.id, LinkStatus.JOINED.value
                link.answered_at = now
                await repos.session.flush()
                back = {"step": Step.ENDED.value, "ctx": {}, "then": "anchor_msg"}
                anchor.step = Step.ANCHOR_MSG.value
                anchor.step_ctx = {"link": link.id, "stack": [back]}
    finally:
        await core.close()


async def anchors_done(database_url: str, pairs: int) -> int:
    """How many anchors have finished writing (their message is committed)."""
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            return int(
                await conn.scalar(
                    select(func.count())
                    .select_from(User)
                    .where(User.chat_id >= FIRST_ANCHOR, User.step != Step.ANCHOR_MSG.value)
                )
                or 0
            )
    finally:
        await engine.dispose()


async def relay_statuses(database_url: str) -> dict[str, int]:
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(select(Relay.status, func.count()).group_by(Relay.status))
            return {str(status): int(count) for status, count in rows}
    finally:
        await engine.dispose()


@dataclass
class RelayReport:
    pairs: int
    received: dict[int, int] = field(default_factory=dict)  # person chat -> messages from anchor
    seconds: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)
    at_kill: dict[str, int] = field(default_factory=dict)  # rows by status right after the kill

    @property
    def lost(self) -> int:
        return sum(1 for n in range(self.pairs) if not self.received.get(FIRST_PERSON + n))

    @property
    def duplicates(self) -> int:
        return sum(max(count - 1, 0) for count in self.received.values())

    def line(self, label: str) -> str:
        return (
            f"{label}: {self.pairs} anchor messages, 1 kill: received {self.pairs - self.lost}, "
            f"lost {self.lost}, duplicates {self.duplicates}, {self.seconds:.1f}s in all; "
            f"rows at the kill {self.at_kill}, at the end {self.statuses}"
        )


async def _until(check: object, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await check():  # type: ignore[operator]
            return True
        await asyncio.sleep(0.1)
    return False


def _received(fake: FakeBotServer, pairs: int) -> dict[int, int]:
    return {
        FIRST_PERSON + n: sum(
            d.text.startswith(MESSAGE_PREFIX) for d in fake.delivered_to(FIRST_PERSON + n)
        )
        for n in range(pairs)
    }


async def run_relays_with_kill(
    fake: FakeBotServer,
    database_url: str,
    data_dir: Path,
    pairs: int,
    *,
    sends_down: bool,
    within: float = 90.0,
    seed: int = 8,
) -> RelayReport:
    """Every anchor writes to their person; the process is SIGKILLed, then started again.

    `sends_down`: Telegram refuses every send until the kill (each message waits in the
    outbox); otherwise the kill lands at a random moment while the messages are going out.
    """
    rng = random.Random(seed)
    await seed_pairs(database_url, data_dir, pairs)
    began = time.monotonic()
    if sends_down:
        fake.outage(3600, sends_only=True)
    bot = BotProcess(fake, database_url, data_dir)
    await bot.start()
    try:
        for n in range(pairs):
            fake.push_message(FIRST_ANCHOR + n, words(n))

        async def written() -> bool:
            # Every message committed: an update killed before its commit is Telegram's to
            # redeliver (or, once PTB has acknowledged it, lost with the person's words; not
            # the outbox's part).
            return await anchors_done(database_url, pairs) >= pairs

        await _until(written, within)
        if sends_down:  # a few tries meet the outage
            await fake.until(lambda: fake.requests["sendMessage"] >= min(pairs, 3), within)
        else:
            await asyncio.sleep(rng.uniform(0, 0.5))  # a random moment, mid-send
        await bot.kill()
        at_kill = await relay_statuses(database_url)
        fake.outage(0)
        await bot.start()

        async def all_arrived() -> bool:
            return all(_received(fake, pairs).values())

        await _until(all_arrived, within)

        async def all_sent() -> bool:  # nothing left to send (again): a duplicate has arrived
            return not {"pending", "claimed"} & set(await relay_statuses(database_url))

        await _until(all_sent, within)
    finally:
        await bot.stop()
    report = RelayReport(pairs, _received(fake, pairs), time.monotonic() - began)
    report.statuses, report.at_kill = await relay_statuses(database_url), at_kill
    return report
