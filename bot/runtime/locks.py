"""Who may do what at once: one process per SQLite file, one poller per bot on PostgreSQL."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
from collections.abc import AsyncIterator, Iterator

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.runtime.startup import DATABASE_ERRORS, StartupError, database_error, sqlite_path

log = logging.getLogger(__name__)

POLLER_LOCK_CLASS = 74210532  # with the bot's id: one advisory lock per bot token
ANOTHER_POLLER = (
    "ROLE: another process already receives this bot's updates by polling; "
    "start this one with ROLE=dispatch, or use a webhook"
)


@contextlib.contextmanager
def sqlite_single_process(url: str) -> Iterator[None]:
    """SQLite serves one process: a second one on the same file is refused at start."""
    path = sqlite_path(url)
    if path is None:
        yield
        return
    lock_path = path.with_name(path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StartupError(
                f"DATABASE_URL: another Secure Base process is using {path}; SQLite serves one "
                "process (use PostgreSQL to run several)"
            ) from None
        yield
    finally:
        os.close(fd)  # closing the file releases the lock


def _bot_key(token: str) -> int:
    bot_id = token.split(":", 1)[0]
    if bot_id.isdigit():
        return int(bot_id) % 2**31
    return int.from_bytes(hashlib.sha256(bot_id.encode()).digest()[:4], "big") % 2**31


class PollerLock:
    """A PostgreSQL session advisory lock, held on its own connection, that says who polls.

    The lock lives as long as that connection: if the database restarts it is gone, so `keep`
    checks the connection and takes the lock again, or reports that another process has it.
    """

    def __init__(self, engine: AsyncEngine, token: str) -> None:
        self.engine = engine
        self.key = {"a": POLLER_LOCK_CLASS, "b": _bot_key(token)}
        self._conn: AsyncConnection | None = None

    async def acquire(self) -> bool:
        """Take the lock on a fresh connection: False if another session holds it."""
        await self.release()
        conn = await self.engine.connect()
        try:
            got = await conn.scalar(text("SELECT pg_try_advisory_lock(:a, :b)"), self.key)
            await conn.commit()  # the lock belongs to the session, not the transaction
        except BaseException:
            await _close(conn)
            raise
        if not got:
            await _close(conn)
            return False
        self._conn = conn
        return True

    async def keep(self) -> bool:
        """True while this process holds the lock (re-taken after a lost connection).

        False only when another process took it meanwhile; a database that is still away
        counts as held, since no one else can take the lock from it either.
        """
        if self._conn is not None:
            try:
                await self._conn.execute(text("SELECT 1"))
                await self._conn.commit()
                return True
            except DATABASE_ERRORS:
                log.warning("poller lock: its database connection was lost; taking it again")
                await self.release()
        try:
            return await self.acquire()
        except DATABASE_ERRORS as exc:
            log.warning("poller lock: database unreachable (%s)", type(exc).__name__)
            return True

    async def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await _close(conn)  # ends the session, which releases the lock


async def _close(conn: AsyncConnection) -> None:
    with contextlib.suppress(*DATABASE_ERRORS):
        await conn.close()
    if conn.sync_connection is not None:
        with contextlib.suppress(*DATABASE_ERRORS):
            await conn.invalidate()


@contextlib.asynccontextmanager
async def single_poller(engine: AsyncEngine, token: str) -> AsyncIterator[PollerLock | None]:
    """Only one process may long-poll a bot: the others would get 409 Conflict forever.

    On PostgreSQL the `PollerLock` says who polls; on SQLite the single-process lock already does.
    """
    if engine.dialect.name != "postgresql":
        yield None
        return
    lock = PollerLock(engine, token)
    try:
        got = await lock.acquire()
    except DATABASE_ERRORS as exc:
        raise database_error(exc, engine.url.render_as_string(hide_password=False)) from None
    if not got:
        raise StartupError(ANOTHER_POLLER)
    try:
        yield lock
    finally:
        await lock.release()
