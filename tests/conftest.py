"""Shared fixtures: a controlled clock, a real SQLite file, and (when reachable) PostgreSQL.

Databases come migrated from a template made once per session (per xdist worker): `sqlite_url`
is a file copy of it, `pg_url` a schema replayed from it. Tests of the migrations themselves use
their own file or `pg_empty_url`.
"""

from __future__ import annotations

import asyncio
import gc
import os
import shutil
import subprocess
import uuid
from collections.abc import AsyncIterator, Generator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from bot.app import Core, build_core
from bot.runtime.settings import Settings
from bot.timing.clock import ManualClock
from storage.db import make_engine, migrate

if TYPE_CHECKING:
    from tests.harness import BotHarness

# The test processes (not the bot's) collect garbage less often. With Python's default thresholds
# a worker spent ~15% of its CPU in full collections, walking the million objects SQLAlchemy,
# PTB and the app keep alive over and over (gc.callbacks over two flow files: 2.0 s of 13 s; with
# these, 0.45 s). Cyclic garbage is still collected, in larger batches; no test waits on it.
gc.set_threshold(20_000, 20, 20)

# Opt in to PTB's coming behaviour (RetryAfter.retry_after as a timedelta), as the app does.
os.environ.setdefault("PTB_TIMEDELTA", "1")

PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
# A Monday, six days before Europe's clocks spring forward (2026-03-29).
START = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> Generator[None, None, None]:
    """Every test on the PostgreSQL server is marked `postgres` before `-m` picks (so
    `-m postgres` and `-m "not postgres"` pick by what a test needs); once `-m` and `-k` have
    picked, a parallel run shares the slow tests (real bot processes, fault runs) out so that
    each worker starts with its part of them."""
    for item in items:
        if _PG_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)
    yield
    workers = int(getattr(config, "workerinput", {}).get("workercount", 1))
    items[:] = slow_first_per_worker(items, workers)


_PG_FIXTURES = frozenset({"pg_url", "pg_empty_url"})
FAULT_SECONDS = 15.0  # a fault test's wall time, roughly, unless its `slow` mark says


def expected_seconds(item: pytest.Item) -> float:
    """Roughly how long a test waits and works: its `slow(seconds)` mark, a fault test's
    default, else nothing worth scheduling for."""
    if (mark := item.get_closest_marker("slow")) is not None:
        return float(mark.kwargs.get("seconds", mark.args[0] if mark.args else FAULT_SECONDS))
    return FAULT_SECONDS if item.get_closest_marker("fault") is not None else 0.0


def slow_first_per_worker(items: list[pytest.Item], workers: int) -> list[pytest.Item]:
    """The order for `--dist worksteal` over `workers`: it hands worker i the i-th contiguous
    share of the list and lets idle workers steal from the ends of the others' shares. So each
    share begins with slow tests dealt longest first to whichever share has the least so far,
    and ends with its part of the quick ones (in file order); no slow test is left for the end,
    where one worker would run it alone. Every worker computes the same order."""
    if workers < 2:
        return items
    slow = sorted((i for i in items if expected_seconds(i)), key=expected_seconds, reverse=True)
    quick = [i for i in items if not expected_seconds(i)]
    heads: list[list[pytest.Item]] = [[] for _ in range(workers)]
    loads = [0.0] * workers
    for item in slow:
        least = loads.index(min(loads))
        heads[least].append(item)
        loads[least] += expected_seconds(item)
    # worksteal's shares: of what is left, each next worker gets len // workers remaining
    ordered: list[pytest.Item] = []
    left = len(items)
    for i, head in enumerate(heads):
        size = left // (workers - i)
        take = max(size - len(head), 0)
        ordered += head + quick[:take]
        quick = quick[take:]
        left -= size
    return ordered + quick


_PG_FIXTURES = frozenset({"pg_url", "pg_empty_url"})


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to the newest revision per test session (per xdist worker)."""
    path = tmp_path_factory.mktemp("template") / "secure_base.db"
    asyncio.run(_migrate_once(f"sqlite+aiosqlite:///{path}"))
    return path


async def _migrate_once(url: str) -> None:
    engine = make_engine(url)
    try:
        await migrate(engine)
        async with engine.connect() as conn:  # everything in the main file, nothing in the WAL
            await conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        await engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """This test's own SQLite file: a copy of the migrated template (0.1 ms, not 90)."""
    path = tmp_path / "secure_base.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
async def bot(tmp_path: Path, sqlite_url: str, clock: ManualClock) -> AsyncIterator[BotHarness]:
    """The real PTB Application behind the fake Bot API, on this test's own SQLite file."""
    from tests.harness import BotHarness  # it imports this module

    harness = await BotHarness(tmp_path, sqlite_url, clock).start()
    yield harness
    await harness.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """This test's own database, once on SQLite and once on PostgreSQL."""
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


@pytest.fixture
async def any_bot(db_url: str, tmp_path: Path, clock: ManualClock) -> AsyncIterator[BotHarness]:
    """The same bot as `bot`, on SQLite and on PostgreSQL."""
    from tests.harness import BotHarness

    harness = await BotHarness(tmp_path, db_url, clock).start()
    yield harness
    await harness.stop()


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


async def _pg_or_skip() -> None:
    problem = await _pg_reachable()
    if problem is not None:
        reason = f"PostgreSQL not reachable at {PG_URL} ({problem})"
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)


def _pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}schema={schema}"


@asynccontextmanager
async def _pg_schema(create_sql: str | None) -> AsyncIterator[str]:
    """A schema of its own (empty, or made by `create_sql` with SCHEMA_NAME replaced), dropped
    afterwards; yields its URL."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_URL)
    try:
        async with admin.begin() as conn:
            if create_sql is None:
                await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            else:  # one round trip: the whole script through the driver's simple protocol
                raw = await conn.get_raw_connection()
                await raw.driver_connection.execute(create_sql.replace(SCHEMA_NAME, schema))
        yield _pg_schema_url(schema)
    finally:
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await admin.dispose()


SCHEMA_NAME = "sb_template_schema"
_pg_template: list[str | None] = []  # [the migrated schema as SQL], once per session


async def _pg_template_sql() -> str | None:
    """The schema migrated once, dumped as SQL (pg_dump): replaying it is a file copy's
    equivalent. None without pg_dump (then each test migrates its own schema)."""
    if _pg_template:
        return _pg_template[0]
    sql = None
    if shutil.which("pg_dump"):
        async with _pg_schema(None) as url:
            await _migrate_url(url)
            schema = url.rpartition("schema=")[2]
            dsn = PG_URL.replace("+asyncpg", "")
            dumped = await asyncio.to_thread(
                subprocess.run,
                ["pg_dump", "--dbname", dsn, "--schema", schema, "--no-owner", "--no-privileges",
                 "--inserts"],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if dumped.returncode == 0:  # (a pg_dump older than the server refuses)
                # psql's own commands (\restrict...) are not SQL; the rest names the schema.
                lines = [line for line in dumped.stdout.splitlines() if not line.startswith("\\")]
                sql = "\n".join(lines).replace(schema, SCHEMA_NAME)
    _pg_template.append(sql)
    return sql


async def _migrate_url(url: str) -> None:
    engine = make_engine(url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """A schema of its own on the test PostgreSQL server, already migrated (a copy of the
    session's template); skipped (or failed on CI) if the server is unreachable."""
    await _pg_or_skip()
    async with _pg_schema(await _pg_template_sql()) as url:
        yield url


@pytest.fixture
async def pg_empty_url() -> AsyncIterator[str]:
    """An empty schema of its own, for tests of the migrations themselves."""
    await _pg_or_skip()
    async with _pg_schema(None) as url:
        yield url
