"""Shared fixtures: a controlled clock, a real SQLite file, and (when reachable) PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.app import Core, build_core
from bot.clock import ManualClock
from bot.settings import Settings
from storage.db import make_engine

# Opt in to PTB's coming behaviour (RetryAfter.retry_after as a timedelta), as the app does.
os.environ.setdefault("PTB_TIMEDELTA", "1")

PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
# A Monday, six days before Europe's clocks spring forward (2026-03-29).
START = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'secure_base.db'}"


def make_settings(tmp_path: Path, database_url: str, **extra: object) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=database_url,
        worker_id="test-worker",
        _env_file=None,  # type: ignore[call-arg]
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
async def core(tmp_path: Path, sqlite_url: str, clock: ManualClock) -> AsyncIterator[Core]:
    built = await build_core(make_settings(tmp_path, sqlite_url), clock)
    yield built
    await built.close()


async def _pg_reachable() -> str | None:
    engine = make_engine(PG_URL)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("select 1"))
        return None
    except Exception as exc:  # any failure to connect means "not here"
        return f"{type(exc).__name__}: {exc}"
    finally:
        await engine.dispose()


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """A fresh schema on the test PostgreSQL server; skipped (or failed on CI) if unreachable."""
    problem = await _pg_reachable()
    if problem is not None:
        reason = f"PostgreSQL not reachable at {PG_URL} ({problem})"
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_URL)
    async with admin.begin() as conn:
        await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}schema={schema}"
    async with admin.begin() as conn:
        await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    await admin.dispose()
