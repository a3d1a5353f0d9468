"""Storage and dispatcher, on SQLite and on PostgreSQL alike.

Every test here that takes `db` runs twice: over a SQLite file and over a fresh PostgreSQL
schema (skipped, with the reason, when the server is not reachable). People, weeks and nudges
are inserted through the repositories; the dispatcher sends through a recording `Sender`, or
through the real `TelegramSender` over the in-process fake Bot API.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import func, insert, inspect, select, text

from bot.adapters.telegram.adapter import TelegramSender, build_application
from bot.app import Core, build_core, build_dispatcher
from bot.delivery.dispatcher import Dispatcher
from bot.delivery.replies import Reply
from bot.delivery.sender import Blocked, RetryLater, TransientFailure
from bot.timing.clock import ManualClock
from storage.db import MIGRATIONS_DIR, migrate
from storage.models import Nudge, User, Week
from storage.repositories import (
    CANCELLED,
    CLAIMED,
    FAILED,
    MISSED,
    PENDING,
    SENT,
    SKIPPED,
)
from tests.anchor_rows import rows
from tests.conftest import START, make_settings
from tests.fake_bot_api import FakeBotApi

TOKEN = "123:ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LEASE = timedelta(seconds=60)
TABLES = {"users", "weeks", "checkins", "reflections", "nudges", "processed_updates"}


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database of each kind; the PostgreSQL one skips (with why) when unreachable."""
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


@pytest.fixture
async def db(tmp_path: Path, db_url: str, clock: ManualClock) -> AsyncIterator[Core]:
    core = await build_core(make_settings(tmp_path, db_url), clock)
    yield core
    await core.close()


# ---------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Person:
    user_id: int
    week_id: int
    chat_id: int


async def add_person(
    core: Core,
    chat_id: int,
    dues: Sequence[tuple[str, int, datetime]],
    *,
    zone: str = "UTC",
    night_ok: bool = False,
    paused: bool = False,
    active: bool = True,
    week_status: str = "active",
) -> Person:
    """A person with one week and the given (kind, day, due_at) nudges, via the repositories."""
    now = core.clock.now()
    async with core.store.unit() as repos:
        user = await repos.users.create(chat_id, "en", now)
        user.timezone, user.night_ok, user.paused, user.active = zone, night_ok, paused, active
        user.step = "week"
        week = await repos.weeks.create(user.id, now, anchors=rows("Sam"))
        week.status, week.start_date = week_status, now.date()
        await repos.nudges.schedule(user.id, week.id, dues)
        return Person(user.id, week.id, chat_id)


async def checkin_person(core: Core, chat_id: int, due: datetime, **kw: Any) -> Person:
    return await add_person(core, chat_id, [("checkin", 1, due)], **kw)


async def nudges(core: Core) -> dict[int, Nudge]:
    async with core.store.unit() as repos:
        rows = await repos.session.scalars(select(Nudge).order_by(Nudge.id))
        return {n.id: n for n in rows}


async def nudges_of(core: Core, person: Person) -> list[Nudge]:
    async with core.store.unit() as repos:
        return await repos.nudges.for_week(person.week_id)


async def status_of(core: Core, person: Person) -> list[str]:
    return [n.status for n in await nudges_of(core, person)]


async def user_active(core: Core, person: Person) -> bool:
    async with core.store.unit() as repos:
        user = await repos.users.by_chat(person.chat_id)
        assert user is not None
        return user.active


async def claim(core: Core, worker: str, limit: int = 100, lease: timedelta = LEASE) -> set[int]:
    async with core.store.unit() as repos:
        return set(await repos.nudges.claim_due(core.clock.now(), worker, lease, limit))


async def bulk_people(core: Core, count: int, due: datetime, first_chat: int = 500_000) -> None:
    """`count` people with one due check-in each, in a few multi-row inserts (fast seeding)."""
    now = core.clock.now()
    async with core.store.unit() as repos:
        s = repos.session
        user_ids = list(
            await s.scalars(
                insert(User).returning(User.id, sort_by_parameter_order=True),
                [
                    {
                        "chat_id": first_chat + i,
                        "language": "en",
                        "timezone": "UTC",
                        "night_ok": False,
                        "step": "week",
                        "step_ctx": {},
                        "active": True,
                        "paused": False,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for i in range(count)
                ],
            )
        )
        week_ids = list(
            await s.scalars(
                insert(Week).returning(Week.id, sort_by_parameter_order=True),
                [
                    {
                        "user_id": uid,
                        "number": 1,
                        "status": "active",
                        "anchor_name": "Sam",
                        "draft_variant": 0,
                        "thank_variant": 0,
                        "started_at": now,
                    }
                    for uid in user_ids
                ],
            )
        )
        await s.execute(
            insert(Nudge),
            [
                {
                    "user_id": uid,
                    "week_id": wid,
                    "kind": "checkin",
                    "day": 1,
                    "due_at": due,
                    "status": PENDING,
                    "attempts": 0,
                }
                for uid, wid in zip(user_ids, week_ids, strict=True)
            ],
        )


class RecordingSender:
    """A `Sender` that remembers what it sent and fails on demand, per chat."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, Reply]] = []
        self.tries: Counter[int] = Counter()
        self._once: dict[int, list[Exception]] = {}
        self._always: dict[int, Exception] = {}

    def fail_once(self, chat_id: int, *errors: Exception) -> None:
        self._once.setdefault(chat_id, []).extend(errors)

    def fail_always(self, chat_id: int, error: Exception) -> None:
        self._always[chat_id] = error

    def recover(self, chat_id: int) -> None:
        self._always.pop(chat_id, None)

    @property
    def chats(self) -> list[int]:
        return [chat for chat, _ in self.sent]

    async def send(self, chat_id: int, reply: Reply) -> None:
        self.tries[chat_id] += 1
        await asyncio.sleep(0)  # let other sends (and other dispatchers) interleave
        queued = self._once.get(chat_id)
        if queued:
            raise queued.pop(0)
        if chat_id in self._always:
            raise self._always[chat_id]
        self.sent.append((chat_id, reply))


def dispatcher(core: Core, sender: Any, **kw: Any) -> Dispatcher:
    kw.setdefault("lease_seconds", LEASE.total_seconds())
    return build_dispatcher(core, sender, **kw)


# ---------------------------------------------------------------------------- migrations


async def test_migrations_create_the_schema_and_run_again_harmlessly(db: Core) -> None:
    await migrate(db.engine)  # build_core migrated once already
    await migrate(db.engine)

    def shape(conn: Any) -> tuple[set[str], set[str], set[str]]:
        found = inspect(conn)
        nudge_cols = {c["name"] for c in found.get_columns("nudges")}
        nudge_idx = {i["name"] for i in found.get_indexes("nudges")}
        return set(found.get_table_names()), nudge_cols, nudge_idx

    async with db.engine.connect() as conn:
        tables, nudge_cols, nudge_idx = await conn.run_sync(shape)
        versions = list(await conn.scalars(text("SELECT version_num FROM alembic_version")))
    assert tables >= TABLES | {"alembic_version"}
    assert {"status", "due_at", "claimed_by", "lease_until", "attempts"} <= nudge_cols
    assert "ix_nudges_status_due" in nudge_idx
    assert versions == [ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()]
    # The schema works after the repeated runs.
    person = await checkin_person(db, 1, START)
    assert await status_of(db, person) == [PENDING]


# ---------------------------------------------------------------------------- claiming


async def test_claim_takes_only_due_rows_earliest_first_in_batches(
    db: Core, clock: ManualClock
) -> None:
    offsets = {1: -50, 2: -10, 3: -30, 4: -20, 5: 0, 6: 1, 7: 24 * 60}  # day -> minutes from now
    person = await add_person(
        db,
        1,
        [("checkin", day, START + timedelta(minutes=m)) for day, m in offsets.items()],
    )
    by_day = {n.day: n.id for n in await nudges_of(db, person)}

    assert await claim(db, "w1", limit=2) == {by_day[1], by_day[3]}
    assert await claim(db, "w1", limit=2) == {by_day[4], by_day[2]}
    assert await claim(db, "w1", limit=10) == {by_day[5]}  # due exactly now counts
    assert await claim(db, "w1", limit=10) == set()

    rows = {n.day: n for n in await nudges_of(db, person)}
    for day in (1, 2, 3, 4, 5):
        assert rows[day].status == CLAIMED
        assert rows[day].claimed_by == "w1"
        assert rows[day].lease_until == START + LEASE
        assert rows[day].attempts == 1
    for day in (6, 7):
        assert (rows[day].status, rows[day].claimed_by, rows[day].attempts) == (PENDING, None, 0)

    clock.advance(minutes=1)
    assert await claim(db, "w1") == {by_day[6]}


async def test_a_claim_is_held_until_its_lease_runs_out(db: Core, clock: ManualClock) -> None:
    person = await add_person(
        db, 1, [("checkin", 1, START), ("checkin", 2, START - timedelta(minutes=5))]
    )
    ids = await claim(db, "w1")
    assert len(ids) == 2

    clock.advance(seconds=59)
    assert await claim(db, "w2") == set()
    assert await claim(db, "w1") == set()  # not even the holder claims its rows twice
    clock.advance(seconds=1)
    assert await claim(db, "w2") == set()  # the lease ends strictly after lease_until

    clock.advance(seconds=1)
    assert await claim(db, "w2") == ids  # the expired lease is reclaimed
    rows = await nudges_of(db, person)
    assert {(n.status, n.claimed_by, n.attempts) for n in rows} == {(CLAIMED, "w2", 2)}
    assert {n.lease_until for n in rows} == {clock.now() + LEASE}

    # The first worker lost its claim: what it reports late changes nothing.
    async with db.store.unit() as repos:
        await repos.nudges.finish(list(ids), SENT, "w1", clock.now())
        await repos.nudges.release(list(ids), "w1")
    assert await status_of(db, person) == [CLAIMED, CLAIMED]
    async with db.store.unit() as repos:
        await repos.nudges.finish(list(ids), SENT, "w2", clock.now())
    assert await status_of(db, person) == [SENT, SENT]


async def test_finish_and_release(db: Core, clock: ManualClock) -> None:
    person = await add_person(
        db,
        1,
        [("checkin", d, START - timedelta(minutes=10 - d)) for d in (1, 2, 3, 4)],
    )
    a, b, c, d = (n.id for n in await nudges_of(db, person))
    assert await claim(db, "w1") == {a, b, c, d}

    done = clock.advance(seconds=5)
    retry_at = START + timedelta(minutes=5)
    async with db.store.unit() as repos:
        await repos.nudges.finish([a], SENT, "w1", done)
        await repos.nudges.finish([b], MISSED, "w1", done)
        await repos.nudges.release([c], "w1", retry_at=retry_at)
        await repos.nudges.release([d], "w1")
    rows = await nudges(db)
    assert (rows[a].status, rows[a].sent_at, rows[a].lease_until) == (SENT, done, None)
    assert (rows[b].status, rows[b].sent_at, rows[b].lease_until) == (MISSED, None, None)
    assert (rows[c].status, rows[c].claimed_by, rows[c].retry_at) == (PENDING, None, retry_at)
    assert rows[c].due_at == START - timedelta(minutes=7)  # the grace period still counts from it
    assert (rows[d].status, rows[d].claimed_by, rows[d].lease_until) == (PENDING, None, None)
    assert rows[d].due_at == START - timedelta(minutes=6)

    assert await claim(db, "w1") == {d}  # c is not due before its retry time
    clock.set(retry_at)  # c is due now, and d's lease has run out meanwhile
    assert await claim(db, "w1") == {c, d}
    async with db.store.unit() as repos:
        await repos.nudges.release_worker("w1")
    rows = await nudges(db)
    assert [rows[i].status for i in (a, b, c, d)] == [SENT, MISSED, PENDING, PENDING]

    clock.advance(days=30)  # finished rows stay finished, however long we wait
    assert await claim(db, "w2") == {c, d}


# ---------------------------------------------------------------------------- dispatching


async def test_each_nudge_is_sent_once_across_wakeups_and_a_restart(
    db: Core, db_url: str, tmp_path: Path, clock: ManualClock
) -> None:
    people = [
        await add_person(
            db,
            100 + i,
            [
                ("checkin", 1, START - timedelta(minutes=i)),
                ("checkin", 2, START + timedelta(days=1) - timedelta(minutes=i)),
            ],
        )
        for i in range(5)
    ]
    sender = RecordingSender()
    first = dispatcher(db, sender, batch_size=2)
    stats = await first.run_once()
    assert stats.claimed == 5
    assert stats.outcomes[SENT] == 5
    assert sorted(sender.chats) == [p.chat_id for p in people]
    for p in people:
        assert await status_of(db, p) == [SENT, PENDING]
        assert (await nudges_of(db, p))[0].sent_at == START

    assert (await first.run_once()).claimed == 0
    assert len(sender.sent) == 5

    # A restart: a new engine, journey and dispatcher over the same database.
    again = await build_core(make_settings(tmp_path, db_url), clock)
    try:
        resent = RecordingSender()
        second = dispatcher(again, resent)
        assert (await second.run_once()).claimed == 0
        assert resent.sent == []

        clock.advance(days=1)
        stats = await second.run_once()
        assert stats.outcomes[SENT] == 5
        assert sorted(resent.chats) == [p.chat_id for p in people]
        assert (await second.run_once()).claimed == 0
        assert (await first.run_once()).claimed == 0
    finally:
        await again.close()
    for p in people:
        assert await status_of(db, p) == [SENT, SENT]
    assert len(sender.sent) + len(resent.sent) == 10


async def test_rows_a_crashed_worker_held_are_sent_after_its_lease(
    db: Core, clock: ManualClock
) -> None:
    person = await checkin_person(db, 7, START - timedelta(minutes=1))
    assert len(await claim(db, "crashed-worker", lease=timedelta(seconds=300))) == 1

    sender = RecordingSender()
    live = dispatcher(db, sender)
    assert (await live.run_once()).claimed == 0
    clock.advance(seconds=301)
    assert (await live.run_once()).outcomes[SENT] == 1
    assert sender.chats == [7]
    [row] = await nudges_of(db, person)
    assert (row.status, row.claimed_by, row.attempts) == (SENT, live.worker_id, 2)
    assert live.worker_id.startswith("test-worker-")


async def test_a_dead_workers_claims_go_before_the_rest_of_the_wave(
    db: Core, clock: ManualClock
) -> None:
    """After a crash mid-wave, the nudges the dead process held are sent as soon as their lease
    runs out, not after everything else that is due."""
    due = START - timedelta(minutes=1)
    stranded = await checkin_person(db, 7, due)
    assert len(await claim(db, "crashed-worker", lease=timedelta(seconds=20))) == 1
    for chat in range(100, 110):
        await checkin_person(db, chat, due - timedelta(minutes=1))  # due even earlier
    clock.advance(seconds=21)
    sender = RecordingSender()
    await dispatcher(db, sender, batch_size=3, max_batches=1).run_once()
    assert 7 in sender.chats and len(sender.chats) == 3
    assert await status_of(db, stranded) == [SENT]


async def test_a_nudge_overdue_beyond_the_grace_period_is_missed(db: Core) -> None:
    grace = timedelta(minutes=db.settings.missed_grace_minutes)
    late = await checkin_person(db, 1, START - grace - timedelta(seconds=1))
    edge = await checkin_person(db, 2, START - grace)
    fresh = await checkin_person(db, 3, START - timedelta(minutes=5))

    sender = RecordingSender()
    stats = await dispatcher(db, sender).run_once()
    assert stats.outcomes == Counter({SENT: 2, MISSED: 1, "released": 0})
    assert sorted(sender.chats) == [2, 3]
    assert await status_of(db, late) == [MISSED]
    assert (await nudges_of(db, late))[0].sent_at is None
    assert await status_of(db, edge) == [SENT]
    assert await status_of(db, fresh) == [SENT]


@pytest.mark.parametrize(
    ("local_time", "quiet"),
    [("07:59", True), ("08:00", False), ("12:00", False), ("21:59", False), ("22:00", True)],
)
async def test_quiet_hours_use_the_persons_local_time(
    db: Core, clock: ManualClock, local_time: str, quiet: bool
) -> None:
    hour, minute = map(int, local_time.split(":"))
    # 2026-03-23: Tokyo is UTC+9, New York UTC-4 (daylight time began on 8 March).
    now = START.replace(hour=(hour - 9) % 24, minute=minute)
    clock.set(now)
    due = now - timedelta(minutes=1)
    tokyo = await checkin_person(db, 1, due, zone="Asia/Tokyo")
    owl = await checkin_person(db, 2, due, zone="Asia/Tokyo", night_ok=True)
    new_york = await checkin_person(db, 3, due, zone="America/New_York")  # 13:00 hours earlier

    sender = RecordingSender()
    await dispatcher(db, sender).run_once()
    assert await status_of(db, tokyo) == [MISSED if quiet else SENT]
    assert await status_of(db, owl) == [SENT]
    ny_local = (hour - 13) % 24 * 60 + minute
    ny_quiet = ny_local >= 22 * 60 or ny_local < 8 * 60
    assert await status_of(db, new_york) == [MISSED if ny_quiet else SENT]
    assert (1 in sender.chats) is not quiet


async def test_paused_unreachable_and_closed_weeks_are_not_sent(db: Core) -> None:
    due = START - timedelta(minutes=1)
    paused = await checkin_person(db, 1, due, paused=True)
    gone = await checkin_person(db, 2, due, active=False)
    closed = await checkin_person(db, 3, due, week_status="completed")
    normal = await checkin_person(db, 4, due)

    sender = RecordingSender()
    stats = await dispatcher(db, sender).run_once()
    assert sender.chats == [4]
    assert sender.tries == Counter({4: 1})
    assert stats.outcomes == Counter({SKIPPED: 2, CANCELLED: 1, SENT: 1, "released": 0})
    assert await status_of(db, paused) == [SKIPPED]
    assert await status_of(db, gone) == [SKIPPED]
    assert await status_of(db, closed) == [CANCELLED]
    assert await status_of(db, normal) == [SENT]


async def test_blocked_marks_the_person_inactive_and_later_nudges_are_skipped(
    db: Core, clock: ManualClock
) -> None:
    days = [("checkin", 1, START), ("checkin", 2, START + timedelta(days=1))]
    blocker = await add_person(db, 1, days)
    other = await add_person(db, 2, days)
    sender = RecordingSender()
    sender.fail_always(1, Blocked("Forbidden: bot was blocked by the user"))
    d = dispatcher(db, sender)

    stats = await d.run_once()
    assert stats.outcomes[FAILED] == 1
    assert await status_of(db, blocker) == [FAILED, PENDING]
    assert not await user_active(db, blocker)
    assert await user_active(db, other)

    clock.advance(days=1)
    stats = await d.run_once()
    assert stats.outcomes == Counter({SKIPPED: 1, SENT: 1, "released": 0})
    assert await status_of(db, blocker) == [FAILED, SKIPPED]
    assert await status_of(db, other) == [SENT, SENT]
    assert sender.tries[1] == 1  # never tried again after the block
    assert sender.chats == [2, 2]


async def test_retry_later_releases_the_rows_and_holds_dispatch(
    db: Core, clock: ManualClock
) -> None:
    limited = await checkin_person(db, 1, START - timedelta(minutes=3))
    later = [await checkin_person(db, c, START - timedelta(minutes=2)) for c in (2, 3)]
    sender = RecordingSender()
    sender.fail_once(1, RetryLater(30))
    d = dispatcher(db, sender, batch_size=1)

    stats = await d.run_once()
    assert stats.claimed == 1  # the hold stops the wake-up before the next batch
    assert stats.outcomes["released"] == 1
    [row] = await nudges_of(db, limited)
    assert (row.status, row.claimed_by, row.lease_until) == (PENDING, None, None)
    assert [await status_of(db, p) for p in later] == [[PENDING], [PENDING]]

    clock.advance(seconds=29)
    assert (await d.run_once()).claimed == 0  # held, though three rows are due
    assert sender.sent == []

    clock.advance(seconds=2)
    stats = await d.run_once()
    assert stats.outcomes[SENT] == 3
    assert sorted(sender.chats) == [1, 2, 3]
    assert await status_of(db, limited) == [SENT]
    assert (await nudges_of(db, limited))[0].attempts == 2


async def test_transient_failures_back_off_and_are_retried_until_the_grace_ends(
    db: Core, clock: ManualClock
) -> None:
    """An outage holds every nudge (no knocking at a failing API) and retries them with growing,
    jittered pauses; a nudge still failing when its grace period ends is missed, not lost early."""
    down = await checkin_person(db, 1, START - timedelta(minutes=1))
    flaky = await checkin_person(db, 2, START - timedelta(minutes=1))
    sender = RecordingSender()
    sender.fail_always(1, TransientFailure("connection reset"))
    sender.fail_once(2, TransientFailure("timeout"))
    d = dispatcher(db, sender)
    d.grace = timedelta(minutes=30)

    first = await d.run_once()
    assert first.outcomes == Counter({"released": 2})
    assert sender.tries == Counter({1: 1, 2: 1})
    [row] = await nudges_of(db, down)
    assert row.status == PENDING and row.retry_at is not None
    assert START < row.retry_at <= START + timedelta(seconds=1)
    assert (await d.run_once()).claimed == 0  # held until the pause is over

    pauses = []
    for _ in range(12):  # twelve failed tries: pauses grow, up to the one-minute cap
        rows = [*await nudges_of(db, down), *await nudges_of(db, flaky)]
        clock.set(max(r.retry_at for r in rows if r.retry_at is not None))
        before = clock.now()
        await d.run_once()
        [retry_row] = await nudges_of(db, down)
        retry = retry_row.retry_at
        if retry is not None and retry > before:
            pauses.append((retry - before).total_seconds())
    assert await status_of(db, flaky) == [SENT]
    assert pauses[0] <= 4 and 20 < max(pauses) <= 60  # growing to the cap, never beyond
    assert await status_of(db, down) == [PENDING]

    clock.set(START + timedelta(minutes=32))  # the grace period (30 min after due) is over
    await d.run_once()
    assert await status_of(db, down) == [MISSED]
    assert await user_active(db, down)  # a network fault says nothing about the person


async def test_a_failing_batch_is_tried_once_per_wakeup(db: Core, clock: ManualClock) -> None:
    """A batch meeting an outage must not knock again in the same wake-up."""
    people = [await checkin_person(db, c, START - timedelta(minutes=1)) for c in (1, 2)]
    sender = RecordingSender()
    for p in people:
        sender.fail_always(p.chat_id, TransientFailure("network down"))
    d = dispatcher(db, sender, batch_size=2, concurrency=1)

    stats = await d.run_once()
    assert stats.claimed == 2
    assert sender.tries == Counter({1: 1})
    for p in people:
        rows = await nudges_of(db, p)
        assert [(n.status, n.attempts) for n in rows] == [(PENDING, 1)]

    sender.recover(1)  # the next wake-up tries again; chat 1 is reachable by then
    clock.advance(seconds=2)
    stats = await d.run_once()
    assert stats.outcomes == Counter({SENT: 1, "released": 1})
    assert sender.tries == Counter({1: 2, 2: 1})
    assert [await status_of(db, p) for p in people] == [[SENT], [PENDING]]


async def test_telegram_errors_through_the_real_sender(db: Core, clock: ManualClock) -> None:
    """Forbidden -> inactive, "chat not found" -> inactive, other 400s -> failed; RetryAfter and
    NetworkError -> handed back and held; all through PTB over the fake Bot API."""
    due = START - timedelta(minutes=1)
    blocked, gone, broken, fine = [
        await checkin_person(db, chat, due) for chat in (101, 102, 105, 106)
    ]
    fake = FakeBotApi()
    fake.block_chat(101)
    fake.fail_next("sendMessage", chat_id=102, error="bad_request", description="chat not found")
    fake.fail_next("sendMessage", chat_id=105, error="bad_request", description="message is bad")
    application = build_application(db.journey, TOKEN, request=fake, rate_limit=False)
    async with application:
        d = dispatcher(db, TelegramSender(application))
        stats = await d.run_once()
        assert stats.outcomes == Counter({SENT: 1, FAILED: 3})
        assert await status_of(db, blocked) == [FAILED]
        assert await status_of(db, gone) == [FAILED]
        assert await status_of(db, broken) == [FAILED]
        assert await status_of(db, fine) == [SENT]
        assert not await user_active(db, blocked)
        assert not await user_active(db, gone)
        assert await user_active(db, broken)
        assert len(fake.sent_texts(106)) == 1

        limited = await checkin_person(db, 103, due)
        fake.fail_next("sendMessage", chat_id=103, error="retry_after", retry_after=7)
        assert (await d.run_once()).outcomes == Counter({"released": 1})
        assert await status_of(db, limited) == [PENDING]
        clock.advance(seconds=6)
        assert (await d.run_once()).claimed == 0  # held for retry_after
        clock.advance(seconds=2)
        flaky = await checkin_person(db, 104, due)
        fake.fail_next("sendMessage", chat_id=104, error="network")
        stats = await d.run_once()
        assert stats.outcomes == Counter({SENT: 1, "released": 1})
        assert await status_of(db, limited) == [SENT]
        assert await status_of(db, flaky) == [PENDING]
        clock.advance(seconds=2)
        assert (await d.run_once()).outcomes == Counter({SENT: 1})
        assert await status_of(db, flaky) == [SENT]
        assert (await d.run_once()).claimed == 0

    per_chat = Counter(c.params["chat_id"] for c in fake.calls_to("sendMessage"))
    assert per_chat == Counter({101: 1, 102: 1, 103: 2, 104: 2, 105: 1, 106: 1})
    assert all(len(fake.sent_texts(chat)) == 1 for chat in (103, 104, 106))
    assert fake.sent_texts(101) == fake.sent_texts(102) == fake.sent_texts(105) == []


# ---------------------------------------------------------------------------- PostgreSQL only


@pytest.mark.postgres
async def test_pg_an_open_claim_is_skipped_not_waited_for(
    pg_url: str, tmp_path: Path, clock: ManualClock
) -> None:
    """While one claim's transaction is still open, another claims other rows at once."""
    one = await build_core(make_settings(tmp_path, pg_url), clock)
    two = await build_core(make_settings(tmp_path, pg_url), clock)
    try:
        await add_person(one, 1, [("checkin", d, START - timedelta(minutes=d)) for d in (1, 2)])
        async with one.store.unit() as first:
            held = await first.nudges.claim_due(START, "w1", LEASE, 1)
            # `first` has not committed: its row stays locked while `two` claims.
            other = await asyncio.wait_for(claim(two, "w2", limit=10), timeout=5)
            assert len(held) == 1
            assert len(other) == 1
            assert set(held).isdisjoint(other)
        rows = await nudges(one)
        assert {n.claimed_by for n in rows.values()} == {"w1", "w2"}
    finally:
        await one.close()
        await two.close()


@pytest.mark.slow(seconds=6)
@pytest.mark.postgres
async def test_pg_two_dispatchers_send_every_nudge_exactly_once(
    pg_url: str, tmp_path: Path, clock: ManualClock
) -> None:
    count = 2_000
    cores = [await build_core(make_settings(tmp_path, pg_url), clock) for _ in range(2)]
    try:
        await bulk_people(cores[0], count, START - timedelta(minutes=1))
        senders = [RecordingSender(), RecordingSender()]
        pair = [
            Dispatcher(
                core.store,
                core.journey,
                sender,
                clock,
                worker_id=f"worker-{n}",
                batch_size=50,
                concurrency=10,
                max_batches=4,
            )
            for n, (core, sender) in enumerate(zip(cores, senders, strict=True))
        ]
        for _ in range(100):
            rounds = await asyncio.gather(*(d.run_once() for d in pair))
            if not any(s.claimed for s in rounds):
                break
        per_chat = Counter(senders[0].chats + senders[1].chats)
        assert len(per_chat) == count
        assert set(per_chat.values()) == {1}
        assert all(s.sent for s in senders)  # both claimed work side by side

        async with cores[0].store.unit() as repos:
            summary = (
                await repos.session.execute(
                    select(Nudge.status, Nudge.attempts, func.count())
                    .group_by(Nudge.status, Nudge.attempts)
                    .order_by(Nudge.status)
                )
            ).all()
            workers = dict(
                (
                    await repos.session.execute(
                        select(Nudge.claimed_by, func.count()).group_by(Nudge.claimed_by)
                    )
                ).all()
            )
        assert [tuple(r) for r in summary] == [(SENT, 1, count)]  # no row claimed twice
        assert workers == {"worker-0": len(senders[0].sent), "worker-1": len(senders[1].sent)}
    finally:
        for core in cores:
            await core.close()


class GatedSender(RecordingSender):
    """Holds every send until `gate` opens, so a shutdown can arrive mid-batch."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = asyncio.Event()
        self.started = asyncio.Event()

    async def send(self, chat_id: int, reply: Reply) -> None:
        self.started.set()
        await self.gate.wait()
        await super().send(chat_id, reply)


async def test_a_shutdown_mid_batch_waits_and_sends_nothing_twice(
    db: Core, clock: ManualClock
) -> None:
    for chat in range(1, 6):
        await checkin_person(db, chat, START - timedelta(minutes=1))
    sender = GatedSender()
    first = dispatcher(db, sender)
    running = asyncio.create_task(first.run_once())
    await sender.started.wait()
    stopping = asyncio.create_task(first.stop())
    await asyncio.sleep(0.05)
    assert not stopping.done()  # it waits for the batch in flight instead of cancelling it
    sender.gate.set()
    await asyncio.gather(running, stopping)
    assert sorted(sender.chats) == [1, 2, 3, 4, 5]
    assert (await first.run_once()).claimed == 0  # a stopped dispatcher claims nothing more

    again = RecordingSender()
    assert (await dispatcher(db, again).run_once()).claimed == 0
    assert again.chats == []
    assert {n.status for n in (await nudges(db)).values()} == {SENT}


async def test_the_console_dispatcher_claims_only_its_own_chat(
    db: Core, clock: ManualClock
) -> None:
    await checkin_person(db, 1, START - timedelta(minutes=1))
    await checkin_person(db, 2, START - timedelta(minutes=1))
    sender = RecordingSender()
    assert (await dispatcher(db, sender, only_chat_id=1).run_once()).claimed == 1
    assert sender.chats == [1]
    assert sorted(n.status for n in (await nudges(db)).values()) == ["pending", SENT]
