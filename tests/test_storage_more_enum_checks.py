"""Four more closed sets kept by the database (revision 0014): whether the request was sent, the
week's situation, the day's effect and what is asked of an anchor. A database filled at 0013
keeps every row (and every row that names a week) through the upgrade, reads each value back as
its enum, a value no version offered becomes "not answered", a value outside the enum is
refused; and back down at 0013 the columns take any string again. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from content.program import Effect, RequestSent, Situation, SupportKind
from storage.db import make_engine, make_sessionmaker, migrate
from storage.models import Anchor, CheckIn, Week
from tests.test_storage_anchor_rows import LINKS, USERS, _table, _to
from tests.test_storage_enum_checks import NUDGES

AT = datetime(2026, 3, 23, 12, 0)
BEFORE = "0013_enum_checks"
CHECKINS = _table("checkins", "id", "week_id", "day", "effect", "skipped", answered_at=sa.DateTime)
ANCHORS = _table("anchors", "id", "week_id", "position", "name", "support_kind")
WEEKS = _table(
    "weeks", "id", "user_id", "number", "status", "draft_variant", "thank_variant",
    "request_sent", "situation", started_at=sa.DateTime,
)  # fmt: skip

# One week, check-in and anchor per value: every value of each enum, None, and one no version
# offered ("yes", "huge", "scared", "same"), which the upgrade reads as None.
SENT = ["sent", "not_yet", "declined", None, "yes", "sent"]
SITUATIONS = ["big", "new", "care", "ordinary", None, "huge"]
EFFECTS = ["calmer", "braver", "both", "neither", None, "scared"]
KINDS = ["comfort", "listen", "help", "own", None, "same"]
TABLES = ("weeks", "checkins", "anchors", "nudges", "anchor_links")


async def _fill_at_0013(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(_to, BEFORE)
        await conn.execute(
            sa.insert(USERS),
            [
                dict(id=i, chat_id=100 + i, language="ru", night_ok=False, quiet_start=1320,
                     quiet_end=480, step="week", active=True, paused=False, step_ctx={},
                     created_at=AT, updated_at=AT)
                for i in (1, 2)
            ],
        )  # fmt: skip
        await conn.execute(
            sa.insert(WEEKS),
            [
                dict(id=n, user_id=1, number=n, status="active", draft_variant=0,
                     thank_variant=0, started_at=AT, request_sent=sent, situation=situation)
                for n, (sent, situation) in enumerate(zip(SENT, SITUATIONS, strict=True), 1)
            ],
        )  # fmt: skip
        await conn.execute(
            sa.insert(CHECKINS),
            [
                dict(id=n, week_id=1, day=n, effect=effect, skipped=False, answered_at=AT)
                for n, effect in enumerate(EFFECTS, 1)
            ],
        )
        await conn.execute(
            sa.insert(ANCHORS),
            [
                dict(id=n, week_id=n, position=1, name="мама", support_kind=kind)
                for n, kind in enumerate(KINDS, 1)
            ],
        )
        await conn.execute(
            sa.insert(NUDGES),
            [
                dict(id=n, user_id=1, week_id=n, kind="checkin", day=1, status="pending",
                     attempts=0, due_at=AT)
                for n in range(1, len(SENT) + 1)
            ],
        )  # fmt: skip
        await conn.execute(
            sa.insert(LINKS),
            dict(id=1, week_id=1, person_id=1, anchor_id=2, token_hash="h1", anchor_no=1,
                 person_name="Alex", status="joined", reminders=True, messages_sent=0,
                 created_at=AT, expires_at=AT),
        )  # fmt: skip


async def _counts(engine: AsyncEngine) -> dict[str, int]:
    async with engine.connect() as conn:
        return {
            table: int((await conn.execute(sa.text(f"SELECT count(*) FROM {table}"))).scalar_one())
            for table in TABLES
        }


def _read(kind: Any, values: list[str | None]) -> list[Any]:
    return [kind(v) if v in set(kind) else None for v in values]


async def _read_back(engine: AsyncEngine) -> None:
    async with make_sessionmaker(engine)() as session:
        weeks = (await session.scalars(sa.select(Week).order_by(Week.id))).all()
        assert [w.request_sent for w in weeks] == _read(RequestSent, SENT)
        assert [w.situation for w in weeks] == _read(Situation, SITUATIONS)
        assert all(type(w.request_sent) is RequestSent for w in weeks if w.request_sent)
        checkins = (await session.scalars(sa.select(CheckIn).order_by(CheckIn.id))).all()
        assert [c.effect for c in checkins] == _read(Effect, EFFECTS)
        assert all(type(c.effect) is Effect for c in checkins if c.effect)
        anchors = (await session.scalars(sa.select(Anchor).order_by(Anchor.id))).all()
        assert [a.support_kind for a in anchors] == _read(SupportKind, KINDS)
        assert [a.name for a in anchors] == ["мама"] * len(KINDS)


# (table, the column, a value outside its enum)
REFUSED = (
    ("weeks", "request_sent", "yes"),
    ("weeks", "situation", "huge"),
    ("checkins", "effect", "scared"),
    ("anchors", "support_kind", "same"),
)


async def _refused(engine: AsyncEngine, table: str, column: str, value: str) -> bool:
    try:
        async with engine.begin() as conn:
            await conn.execute(sa.text(f"UPDATE {table} SET {column} = '{value}' WHERE id = 1"))
    except IntegrityError:
        return True
    return False


async def _round_trip(url: str) -> None:
    engine = make_engine(url)
    try:
        await _fill_at_0013(engine)
        before = await _counts(engine)
        await migrate(engine)
        assert await _counts(engine) == before  # nothing that names a week went with it
        await _read_back(engine)
        for table, column, value in REFUSED:
            assert await _refused(engine, table, column, value), (table, column)
        async with engine.begin() as conn:
            await conn.run_sync(_to, BEFORE, True)
        assert await _counts(engine) == before
        for table, column, value in REFUSED:
            assert not await _refused(engine, table, column, value), (table, column)
    finally:
        await engine.dispose()


async def test_more_enum_checks_keep_every_row_and_refuse_the_rest_on_sqlite(
    tmp_path: Any,
) -> None:
    await _round_trip(f"sqlite+aiosqlite:///{tmp_path / 'enums.db'}")


@pytest.mark.postgres
async def test_more_enum_checks_keep_every_row_and_refuse_the_rest_on_postgres(
    pg_empty_url: str,
) -> None:
    await _round_trip(pg_empty_url)
