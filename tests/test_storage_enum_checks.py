"""Enum columns typed as their enums, each kept within its values by the database: a database
filled at revision 0012 (every kind and status there is) keeps its rows through 0013 and reads
them back as enums, on SQLite and on PostgreSQL; the database refuses a value outside an enum,
the checks made by earlier revisions still hold after SQLite's table copies; and back down."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_engine, make_sessionmaker, migrate
from storage.models import AnchorLink, Event, EventKind, LinkStatus, Nudge, Relay, Week, WeekStatus
from storage.nudge_enums import NudgeKind, NudgeStatus, RelayKind, RelayStatus
from tests.test_storage_anchor_rows import LINKS, USERS, _table, _to

# The event kinds a database at 0012 can hold (later revisions add their own: 0015 care_remembered).
EVENT_KINDS_AT_0012 = [k for k in EventKind if k is not EventKind.CARE_REMEMBERED]
# The relay kinds a database at 0012 can hold (0017 adds ask_again).
RELAY_KINDS_AT_0012 = [k for k in RelayKind if k is not RelayKind.ASK_AGAIN]

AT = datetime(2026, 3, 23, 12, 0)
WEEKS = _table(
    "weeks", "id", "user_id", "number", "status", "draft_variant", "thank_variant",
    started_at=sa.DateTime,
)  # fmt: skip
NUDGES = _table(
    "nudges", "id", "user_id", "week_id", "kind", "day", "status", "attempts", due_at=sa.DateTime
)
RELAYS = _table(
    "relays", "id", "to_user_id", "link_id", "text", "status", "kind", "attempts",
    buttons=sa.JSON, created_at=sa.DateTime,
)  # fmt: skip
EVENTS = _table("events", "id", "user_id", "week_id", "kind", at=sa.DateTime)


async def _fill_at_0012(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(_to, "0012_anchors")
        await conn.execute(
            sa.insert(USERS),
            [
                dict(id=i, chat_id=100 + i, language="en", night_ok=False, quiet_start=1320,
                     quiet_end=480, step="week", active=True, paused=False, step_ctx={},
                     created_at=AT, updated_at=AT)
                for i in (1, 2)
            ],
        )  # fmt: skip
        await conn.execute(
            sa.insert(WEEKS),
            [
                dict(id=n, user_id=1, number=n, status=status.value, draft_variant=0,
                     thank_variant=0, started_at=AT)
                for n, status in enumerate(WeekStatus, start=1)
            ],
        )  # fmt: skip
        pairs = [(k, s) for k in NudgeKind for s in NudgeStatus]
        await conn.execute(
            sa.insert(NUDGES),
            [
                dict(id=n, user_id=1, week_id=1, kind=k.value, day=n, status=s.value, attempts=0,
                     due_at=AT)
                for n, (k, s) in enumerate(pairs, start=1)
            ],
        )  # fmt: skip
        await conn.execute(
            sa.insert(LINKS),
            [
                dict(id=n, week_id=1, person_id=1, anchor_id=2, token_hash=f"h{n}", anchor_no=1,
                     person_name="Alex", status=s.value, reminders=True, messages_sent=0,
                     created_at=AT, expires_at=AT)
                for n, s in enumerate(LinkStatus, start=1)
            ],
        )  # fmt: skip
        relays = [(k, s) for k in RELAY_KINDS_AT_0012 for s in RelayStatus]
        await conn.execute(
            sa.insert(RELAYS),
            [
                dict(id=n, to_user_id=2, link_id=1, text="Estoy contigo", status=s.value,
                     kind=k.value, attempts=0, buttons=[], created_at=AT)
                for n, (k, s) in enumerate(relays, start=1)
            ],
        )  # fmt: skip
        await conn.execute(
            sa.insert(EVENTS),
            [
                *(dict(id=n, user_id=1, week_id=1, kind=k.value, at=AT)
                  for n, k in enumerate(EVENT_KINDS_AT_0012, start=1)),
                dict(id=99, user_id=1, week_id=None, kind="care_maybe", at=AT),  # forged button
            ],
        )  # fmt: skip


async def _read_back(engine: AsyncEngine) -> None:
    """Every row is still there, each value read as its enum (the forged event is gone)."""
    async with make_sessionmaker(engine)() as session:
        weeks = (await session.scalars(sa.select(Week).order_by(Week.id))).all()
        assert [w.status for w in weeks] == list(WeekStatus)
        assert all(type(w.status) is WeekStatus for w in weeks)
        nudges = (await session.scalars(sa.select(Nudge).order_by(Nudge.id))).all()
        assert [(n.kind, n.status) for n in nudges] == [
            (k, s) for k in NudgeKind for s in NudgeStatus
        ]
        links = (await session.scalars(sa.select(AnchorLink).order_by(AnchorLink.id))).all()
        assert [link.status for link in links] == list(LinkStatus)
        relays = (await session.scalars(sa.select(Relay).order_by(Relay.id))).all()
        assert [(r.kind, r.status) for r in relays] == [
            (k, s) for k in RELAY_KINDS_AT_0012 for s in RelayStatus
        ]
        events = (await session.scalars(sa.select(Event).order_by(Event.id))).all()
        assert [e.kind for e in events] == EVENT_KINDS_AT_0012


# (table, a row's values but the checked one, the column, a value outside its enum)
REFUSED = (
    ("relays", "id, to_user_id, link_id, text, status, attempts, buttons, created_at",
     "100, 2, 1, 'x', 'pending', 0, '[]', '2026-03-23'", "kind", "shout"),
    ("relays", "id, to_user_id, link_id, text, kind, attempts, buttons, created_at",
     "101, 2, 1, 'x', 'message', 0, '[]', '2026-03-23'", "status", "lost"),
    ("events", "id, user_id, week_id, at", "100, 1, 1, '2026-03-23'", "kind", "care_maybe"),
    ("weeks", "id, user_id, number, draft_variant, thank_variant, started_at",
     "100, 1, 9, 0, 0, '2026-03-23'", "status", "paused"),
    ("nudges", "id, user_id, week_id, day, status, attempts, due_at",
     "1000, 1, 1, 1000, 'pending', 0, '2026-03-23'", "kind", "ping"),
    ("anchor_links", "id, week_id, person_id, token_hash, anchor_no, person_name, reminders,"
     " messages_sent, created_at, expires_at",
     "100, 1, 1, 'hx', 1, 'Alex', true, 0, '2026-03-23', '2026-03-23'", "status", "maybe"),
)  # fmt: skip


async def _refused(engine: AsyncEngine, table: str, columns: str, values: str, column: str,
                   value: str) -> bool:  # fmt: skip
    try:
        async with engine.begin() as conn:
            await conn.execute(
                sa.text(f"INSERT INTO {table} ({columns}, {column}) VALUES ({values}, '{value}')")
            )
    except IntegrityError:
        return True
    return False


async def _round_trip(url: str) -> None:
    engine = make_engine(url)
    try:
        await _fill_at_0012(engine)
        await migrate(engine)
        await _read_back(engine)
        for table, columns, values, column, value in REFUSED:
            assert await _refused(engine, table, columns, values, column, value), (table, column)
        async with engine.begin() as conn:
            await conn.run_sync(_to, "0012_anchors", True)
        # Down at 0012: the two new checks are gone, the older ones stay.
        for table, columns, values, column, value in REFUSED:
            new = (table, column) in {("relays", "kind"), ("events", "kind")}
            assert await _refused(engine, table, columns, values, column, value) is not new
    finally:
        await engine.dispose()


async def test_enum_checks_keep_every_row_and_refuse_the_rest_on_sqlite(tmp_path: Any) -> None:
    await _round_trip(f"sqlite+aiosqlite:///{tmp_path / 'enums.db'}")


@pytest.mark.postgres
async def test_enum_checks_keep_every_row_and_refuse_the_rest_on_postgres(
    pg_empty_url: str,
) -> None:
    await _round_trip(pg_empty_url)


async def test_a_value_outside_its_enum_is_refused_before_it_reaches_the_database(
    sqlite_url: str,
) -> None:
    """A stray string (a typo, a forged button) fails where it is written, naming the enum."""
    engine = make_engine(sqlite_url)
    try:
        async with make_sessionmaker(engine)() as session:
            session.add(Event(user_id=1, kind="care_maybe", at=AT.astimezone()))
            with pytest.raises(sa.exc.StatementError, match="not among the defined enum values"):
                await session.flush()
    finally:
        await engine.dispose()


async def _ask_again_round_trip(url: str) -> None:
    """A "still in?" waiting in the outbox survives going down to 0015 (as a plain message,
    which that schema knows) and back up; 0015 refuses the new kind, head takes it."""
    engine = make_engine(url)
    try:
        await _fill_at_0012(engine)
        await migrate(engine)
        row = dict(
            id=500, to_user_id=2, link_id=1, text="¿Te apuntas?", status="pending",
            kind=RelayKind.ASK_AGAIN.value, attempts=0, buttons=[], created_at=AT,
        )  # fmt: skip
        async with engine.begin() as conn:
            await conn.execute(sa.insert(RELAYS), [row])
            await conn.run_sync(_to, "0015_care_remembered", True)
            kind = await conn.scalar(sa.text("SELECT kind FROM relays WHERE id = 500"))
        assert kind == RelayKind.MESSAGE.value
        columns = "id, to_user_id, link_id, text, status, attempts, buttons, created_at"
        values = "501, 2, 1, 'x', 'pending', 0, '[]', '2026-03-23'"
        assert await _refused(engine, "relays", columns, values, "kind", "ask_again")
        await migrate(engine)
        assert not await _refused(engine, "relays", columns, values, "kind", "ask_again")
    finally:
        await engine.dispose()


async def test_a_waiting_still_in_question_survives_a_downgrade_on_sqlite(tmp_path: Any) -> None:
    await _ask_again_round_trip(f"sqlite+aiosqlite:///{tmp_path / 'ask.db'}")


@pytest.mark.postgres
async def test_a_waiting_still_in_question_survives_a_downgrade_on_postgres(
    pg_empty_url: str,
) -> None:
    await _ask_again_round_trip(pg_empty_url)
