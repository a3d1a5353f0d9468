"""Who may do what at once: one process per SQLite file, one poller per bot on PostgreSQL."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import uuid
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


# Who holds the poller's advisory lock (two int4 keys: classid, objid, objsubid 2).
_HOLDER = text(
    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
    " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :a AND l.objid = :b"
    " AND l.objsubid = 2"
)


class PollerLock:
    """A PostgreSQL session advisory lock, held on its own connection, that says who polls.

    The lock lives as long as that connection: if the database restarts it is gone, so `keep`
    checks the connection and takes the lock again, or reports that another process has it.
    """

    def __init__(self, engine: AsyncEngine, token: str) -> None:
        self.engine = engine
        self.key = {"a": POLLER_LOCK_CLASS, "b": _bot_key(token)}
        # The lock's session is named after this process, so a session of its own left behind
        # by a dropped network is told apart from another process's.
        self.name = f"secure-base poller {uuid.uuid4().hex[:12]}"
        self._conn: AsyncConnection | None = None

    async def acquire(self) -> bool:
        """Take the lock on a fresh connection: False if another session holds it."""
        await self.release()
        conn = await self.engine.connect()
        try:
            await conn.execute(
                text("SELECT set_config('application_name', :name, false)"), {"name": self.name}
            )
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
            return await self.acquire() or await self._left_behind()
        except DATABASE_ERRORS as exc:
            log.warning("poller lock: database unreachable (%s)", type(exc).__name__)
            return True

    async def _left_behind(self) -> bool:
        """Whether the session holding the lock is this process's own old one, which the
        database has not yet seen lose its client (a network that dropped without a word): the
        lock is still this process's, and the next check takes it again once that session ends."""
        async with self.engine.connect() as conn:
            holder = await conn.scalar(_HOLDER, self.key)
        if holder == self.name:
            log.warning("poller lock: still held by this process's old session; keeping on")
        return bool(holder == self.name)

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
