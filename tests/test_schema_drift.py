"""The migrations and the models describe the same schema, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Connection,
    DateTime,
    Integer,
    String,
    column,
    insert,
    select,
    table,
    text,
)
from sqlalchemy.exc import IntegrityError

from content.program import Effect, RequestSent, Situation, SupportKind
from storage.db import _alembic_config, make_engine, migrate
from storage.models import (
    Anchor,
    AnchorLink,
    Base,
    CheckIn,
    Event,
    EventKind,
    LinkStatus,
    Nudge,
    Relay,
    User,
    Week,
    WeekStatus,
)
from storage.nudge_enums import NudgeKind, NudgeStatus, RelayKind, RelayStatus


def _drift(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return compare_metadata(context, Base.metadata)


async def _assert_no_drift(url: str) -> None:
    engine = make_engine(url)
    try:
        await migrate(engine)
        async with engine.connect() as conn:
            diff = await conn.run_sync(_drift)
    finally:
        await engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


async def test_migrated_sqlite_matches_the_models(tmp_path: Any) -> None:
    await _assert_no_drift(f"sqlite+aiosqlite:///{tmp_path / 'drift.db'}")


@pytest.mark.postgres
async def test_migrated_postgres_matches_the_models(pg_empty_url: str) -> None:
    await _assert_no_drift(pg_empty_url)


@pytest.mark.parametrize(
    ("model", "name", "enum"),
    [
        (Week, "ck_weeks_status", WeekStatus),
        (Nudge, "ck_nudges_kind", NudgeKind),
        (Nudge, "ck_nudges_status", NudgeStatus),
        (AnchorLink, "ck_anchor_links_status", LinkStatus),
        (Relay, "ck_relays_status", RelayStatus),
        (Relay, "ck_relays_kind", RelayKind),
        (Event, "ck_events_kind", EventKind),
        (Week, "ck_weeks_request_sent", RequestSent),
        (Week, "ck_weeks_situation", Situation),
        (CheckIn, "ck_checkins_effect", Effect),
        (Anchor, "ck_anchors_support_kind", SupportKind),
    ],
)
def test_each_enum_column_is_checked_against_exactly_its_enum(
    model: Any, name: str, enum: Any
) -> None:
    checks = [c for c in model.__table__.constraints if isinstance(c, CheckConstraint)]
    (check,) = (c for c in checks if c.name == name)
    sql = str(check.sqltext.compile(compile_kwargs={"literal_binds": True}))
    allowed = set(sql.split("(", 1)[1].rstrip(")").replace("'", "").split(", "))
    assert allowed == {s.value for s in enum}


async def test_the_database_refuses_an_unknown_week_status(tmp_path: Any) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'check.db'}")
    try:
        await migrate(engine)
        async with engine.begin() as conn:
            await conn.execute(
                text(
                    "INSERT INTO users (id, chat_id, language, night_ok, quiet_start, quiet_end,"
                    " step, step_ctx, active, paused, created_at, updated_at) VALUES"
                    " (1, 1, 'en', 0, 1320, 480, 'welcome', '{}', 1, 0, '2026-01-01', '2026-01-01')"
                )
            )
        with pytest.raises(IntegrityError):  # the database's own check, not the model's
            async with engine.begin() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO weeks (user_id, number, status, draft_variant, thank_variant,"
                        " started_at) VALUES (1, 1, 'paused', 0, 0, '2026-01-01')"
                    )
                )
    finally:
        await engine.dispose()


OLD_STEPS = {
    1: ("set_time", {"back": "checkin_effect", "back_ctx": {"day": 3}}),
    2: ("stop_confirm", {"back": "week", "back_ctx": {}}),
    3: ("thank", {}),
    4: ("time_confirm", {"minute": 1380}),
    5: ("reflection", {"q": 2, "back": "week", "back_ctx": {}}),
    6: ("checkin_note", {"day": 4, "edit": True}),
}


async def _moved_by_0003(url: str) -> dict[int, tuple[str, dict[str, Any]]]:
    """Users in OLD_STEPS at revision 0002, then migrated to the head: their steps and contexts."""
    engine = make_engine(url)
    users = table(
        "users",
        *(column(n, Integer) for n in ("id", "chat_id", "quiet_start", "quiet_end")),
        *(column(n, Boolean) for n in ("night_ok", "active", "paused")),
        column("language", String),
        column("step", String),
        column("step_ctx", JSON),
        column("created_at", DateTime),
        column("updated_at", DateTime),
    )
    then = datetime(2026, 1, 1)
    rows = [
        dict(id=uid, chat_id=uid, quiet_start=1320, quiet_end=480, night_ok=False, active=True,
             paused=False, language="en", step=step, step_ctx=ctx, created_at=then,
             updated_at=then)
        for uid, (step, ctx) in OLD_STEPS.items()
    ]  # fmt: skip
    try:
        async with engine.begin() as conn:
            await conn.run_sync(lambda c: command.upgrade(_alembic_config(c), "0002"))
            await conn.execute(insert(users), rows)
        await migrate(engine)
        async with engine.connect() as conn:
            found = (await conn.execute(select(User.id, User.step, User.step_ctx))).all()
    finally:
        await engine.dispose()
    return {uid: (step, ctx) for uid, step, ctx in found}


def _assert_moved(moved: dict[int, tuple[str, dict[str, Any]]]) -> None:
    assert moved[1] == ("checkin_effect", {"day": 3})
    assert moved[2] == ("week", {})
    assert moved[3] == ("draft", {"stack": [{"step": "week", "ctx": {}, "then": "thanks"}]})
    assert moved[4][0] == "time_confirm" and moved[4][1]["minute"] == 1380
    assert moved[4][1]["stack"][0]["then"] == "setup_time"
    reflect = {"q": 2, "stack": [{"step": "week", "ctx": {}, "then": "reflect"}]}
    assert moved[5] == ("reflection", reflect)
    assert moved[6] == ("checkin_note", {"day": 4, "edit": True})  # unchanged


async def test_people_mid_question_when_0003_runs_keep_their_place(tmp_path: Any) -> None:
    """Old step names (detours, the old thank-you) move to the sub-flows that replaced them."""
    _assert_moved(await _moved_by_0003(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"))


@pytest.mark.postgres
async def test_people_mid_question_keep_their_place_on_postgres(pg_empty_url: str) -> None:
    _assert_moved(await _moved_by_0003(pg_empty_url))
