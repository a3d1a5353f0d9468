"""Engine creation and schema migration (Alembic, applied at start)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect, make_url, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.sqlite_driver import one_trip_dbapi

if TYPE_CHECKING:  # Alembic is imported only by a start that has migrations to apply
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The newest migration's revision id (tests/test_db.py holds it to Alembic's head). A start on a
# database already there skips Alembic: importing it and reading the revision scripts cost
# ~0.2 s of CPU, on every start, every restart after a crash and every test of the process.
HEAD_REVISION = "0018_recent_words"

# The database being away: unreachable, restarting, a dropped connection (DBAPIError wraps the
# driver's errors, asyncpg's and sqlite3's), a lock or a pool wait that ran out. Worth waiting
# for and trying again; anything else a query raises is a bug, logged with its traceback.
DATABASE_AWAY: tuple[type[BaseException], ...] = (DBAPIError, PoolTimeout, OSError, TimeoutError)


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine; SQLite gets WAL, a busy timeout and enforced foreign keys.

    A PostgreSQL URL may end in `?schema=name` to keep the tables in that schema.
    """
    # SQL parameters are what people wrote: never let them into a logged exception.
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"timeout": 30})
        if url.startswith("sqlite+aiosqlite"):
            kwargs.setdefault("module", one_trip_dbapi())  # one thread trip per statement
        engine = create_async_engine(url, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA secure_delete=ON")  # erased words are overwritten, not left behind
            cur.close()

        return engine
    parsed = make_url(url)
    schema = parsed.query.get("schema")
    if isinstance(schema, str):
        # `?schema=name` keeps the app's tables in their own PostgreSQL schema.
        parsed = parsed.difference_update_query(["schema"])
        kwargs.setdefault("connect_args", {"server_settings": {"search_path": schema}})
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(parsed, **kwargs)


def make_side_engine(url: str, connections: int) -> AsyncEngine | None:
    """A second engine with `connections` of its own, beside the shared pool, for work that
    must go on while everything else waits on the database: when every shared connection is
    held by a turn waiting on a lock, updates are still stored. None for an in-memory SQLite
    database (a second engine would open a second, empty database)."""
    if url.startswith("sqlite") and make_url(url).database in (None, "", ":memory:"):
        return None
    return make_engine(url, pool_size=connections, max_overflow=0)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[Any]:
    return async_sessionmaker(engine, expire_on_commit=False)


def _alembic_config(connection: Connection | None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def _stored_revisions(connection: Connection) -> list[str]:
    """The revisions Alembic recorded in this database (none in an empty one)."""
    if not inspect(connection).has_table("alembic_version"):
        return []
    return list(connection.scalars(text("SELECT version_num FROM alembic_version")))


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to the newest revision over the engine's own connection."""

    def _upgrade(connection: Connection) -> None:
        if _stored_revisions(connection) == [HEAD_REVISION]:
            return  # already there: no need to load Alembic and walk the revision scripts
        from alembic import command

        command.upgrade(_alembic_config(connection), "head")

    async with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Several processes may start at once: one migrates, the others wait for it.
            await conn.execute(text("SELECT pg_advisory_xact_lock(74210531)"))
        await conn.run_sync(_upgrade)


def dialect_insert(dialect: str) -> Any:
    """The dialect's INSERT that knows ON CONFLICT (PostgreSQL's or SQLite's); each dialect's
    module is imported by a process that uses it (PostgreSQL's costs a SQLite start ~30 ms)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def upsert_insert(session: AsyncSession) -> Any:
    """`dialect_insert` for the session's database."""
    return dialect_insert(session.get_bind().dialect.name)
