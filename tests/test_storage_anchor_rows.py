"""Anchors as rows: a database filled by the old schema (revision 0009, the anchor_* and
anchor2_* columns of `weeks`) keeps its two anchors, their links and the messages between them
through the migration, on SQLite and on PostgreSQL; and back down again."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import _alembic_config, make_engine, make_sessionmaker, migrate
from storage.models import Week

AT = datetime(2026, 3, 23, 12, 0)
WHY_MIRA, WHY_JO = "She always picks up.", "Jo makes me laugh when it's hard."
TO_MIRA, TO_JO = "Mira, could you text me?", "Jo, five minutes of listening?"


def _table(name: str, *columns: str, **typed: Any) -> sa.TableClause:
    return sa.table(
        name, *(sa.column(c) for c in columns), *(sa.column(c, t) for c, t in typed.items())
    )


USERS = _table(
    "users", "id", "chat_id", "language", "night_ok", "quiet_start", "quiet_end", "step",
    "active", "paused", step_ctx=sa.JSON, created_at=sa.DateTime, updated_at=sa.DateTime,
)  # fmt: skip
WEEKS = _table(
    "weeks", "id", "user_id", "number", "status", "draft_variant", "thank_variant",
    "anchor_name", "anchor_why", "support_kind", "support_text", "request_text",
    "anchor2_name", "anchor2_why", "support2_kind", "support2_text", "request2_text",
    started_at=sa.DateTime,
)  # fmt: skip
LINKS = _table(
    "anchor_links", "id", "week_id", "person_id", "anchor_id", "token_hash", "anchor_no",
    "person_name", "status", "reminders", "messages_sent",
    created_at=sa.DateTime, expires_at=sa.DateTime,
)  # fmt: skip
RELAYS = _table(
    "relays", "id", "to_user_id", "link_id", "text", "status", "attempts",
    buttons=sa.JSON, created_at=sa.DateTime,
)  # fmt: skip


def _to(connection: sa.Connection, revision: str, down: bool = False) -> None:
    step = command.downgrade if down else command.upgrade
    step(_alembic_config(connection), revision)


async def _fill_at_0009(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(_to, "0009_situation_asked")
        people = [(1, 101), (2, 202), (3, 303)]
        await conn.execute(
            sa.insert(USERS),
            [
                dict(id=i, chat_id=c, language="en", night_ok=False, quiet_start=1320,
                     quiet_end=480, step="week", active=True, paused=False, step_ctx={},
                     created_at=AT, updated_at=AT)
                for i, c in people
            ],
        )  # fmt: skip
        both = dict(
            anchor_name="Mira", anchor_why=WHY_MIRA, support_kind="comfort", support_text=None,
            request_text=TO_MIRA, anchor2_name="Jo", anchor2_why=WHY_JO, support2_kind="own",
            support2_text="send me the sea", request2_text=TO_JO,
        )  # fmt: skip
        only = {k: None for k in both} | {"anchor_name": "Mira", "anchor_why": WHY_MIRA}
        common = dict(user_id=1, draft_variant=0, thank_variant=0, started_at=AT)
        await conn.execute(
            sa.insert(WEEKS),
            [
                dict(id=1, number=1, status="completed", **common, **both),
                dict(id=2, number=2, status="setup", **common, **only),
                dict(id=3, number=3, status="setup", **common, **{k: None for k in both}),
            ],
        )
        await conn.execute(
            sa.insert(LINKS),
            [
                dict(id=10 + no, week_id=1, person_id=1, anchor_id=1 + no, token_hash=f"h{no}",
                     anchor_no=no, person_name="Alex", status=status, reminders=True,
                     messages_sent=no, created_at=AT, expires_at=AT)
                for no, status in ((1, "joined"), (2, "invited"))
            ],
        )  # fmt: skip
        await conn.execute(
            sa.insert(RELAYS),
            [dict(id=7, to_user_id=1, link_id=11, text="Estoy contigo", status="pending",
                  attempts=0, buttons=[], created_at=AT)],
        )  # fmt: skip


async def _check_after(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        rows = (
            await conn.execute(
                sa.text(
                    "SELECT week_id, position, name, why, support_kind, support_text, request_text"
                    " FROM anchors ORDER BY week_id, position"
                )
            )
        ).all()
        assert [tuple(r) for r in rows] == [
            (1, 1, "Mira", WHY_MIRA, "comfort", None, TO_MIRA),
            (1, 2, "Jo", WHY_JO, "own", "send me the sea", TO_JO),
            (2, 1, "Mira", WHY_MIRA, None, None, None),
        ]
        links = (
            await conn.execute(
                sa.text("SELECT id, anchor_no, anchor_id, status FROM anchor_links ORDER BY id")
            )
        ).all()
        assert [tuple(r) for r in links] == [(11, 1, 2, "joined"), (12, 2, 3, "invited")]
        relay = (await conn.execute(sa.text("SELECT link_id, text, status FROM relays"))).one()
        assert tuple(relay) == (11, "Estoy contigo", "pending")
        columns = await conn.run_sync(
            lambda c: {x["name"] for x in sa.inspect(c).get_columns("weeks")}
        )
        assert not columns & {"anchor_name", "anchor2_name", "request2_text", "support_kind"}
    async with make_sessionmaker(engine)() as session:
        week = await session.get(Week, 1)
        assert week is not None
        assert [(a.name, a.request_text) for a in week.named_anchors()] == [
            ("Mira", TO_MIRA),
            ("Jo", TO_JO),
        ]


async def _check_down(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(_to, "0009_situation_asked", True)
        rows = (
            await conn.execute(
                sa.text(
                    "SELECT id, anchor_name, anchor2_name, request2_text FROM weeks ORDER BY id"
                )
            )
        ).all()
    assert [tuple(r) for r in rows] == [(1, "Mira", "Jo", TO_JO), (2, "Mira", None, None),
                                        (3, None, None, None)]  # fmt: skip


async def _round_trip(url: str) -> None:
    engine = make_engine(url)
    try:
        await _fill_at_0009(engine)
        await migrate(engine)
        await _check_after(engine)
        await _check_down(engine)
    finally:
        await engine.dispose()


async def test_two_anchors_links_and_relays_survive_the_migration_on_sqlite(
    tmp_path: Any,
) -> None:
    await _round_trip(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")


@pytest.mark.postgres
async def test_two_anchors_links_and_relays_survive_the_migration_on_postgres(
    pg_empty_url: str,
) -> None:
    await _round_trip(pg_empty_url)
