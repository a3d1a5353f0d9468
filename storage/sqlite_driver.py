"""SQLite through aiosqlite with one trip to its thread per statement.

aiosqlite runs each connection in a thread of its own; every call to it is a hand-over to that
thread and back (a queue, a wake-up, the event loop's self-pipe). SQLAlchemy's adapter makes four
such trips for one SELECT (cursor, execute, fetchall, close) and three for a write, plus a
commit and a rollback per unit of work even when only reads ran (sqlite3 then has no
transaction open). This adapter runs a statement's execute, fetch and close as one call on the
connection's thread, and sends a commit or rollback only while a transaction is open: an
update's turn takes about a third of the trips (benchmarks/intake_cpu.py).

Writers also take their turn in the order they come (`WriterTurns`): SQLite lets one connection
write at a time, and its own busy handler makes a waiting connection sleep and try again (1, 2,
5 ... 100 ms) while a busy chat's next write takes the lock the moment the last one lets go, so
one person's write could wait for a whole flood of another's (tests/test_sqlite_fair_writes.py).

Plugged in as the engine's DBAPI module (`create_async_engine(..., module=one_trip_dbapi())`,
SQLAlchemy's documented way to give a dialect another driver module); the dialect and the URL
(`sqlite+aiosqlite://`) are unchanged.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import weakref
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any, ClassVar

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util.concurrency import await_

# description, rows, rowcount, lastrowid, and whether a transaction is open after it
Outcome = tuple[Any, list[Any], int, int | None, bool]


def _run(conn: sqlite3.Connection, operation: str, parameters: Any, many: bool = False) -> Outcome:
    """On the connection's thread: the whole statement, its rows read and its cursor closed."""
    cursor = conn.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, rows, cursor.rowcount, cursor.lastrowid, conn.in_transaction
    finally:
        cursor.close()


# Statements that never write: they open no transaction and need no turn to write.
_READS = ("SELECT", "PRAGMA")


def _writes(operation: str) -> bool:
    return not operation.lstrip().upper().startswith(_READS)


class WriterTurns:
    """One writing connection at a time per database file in this process, first come first
    served (an asyncio lock hands itself on in the order it was asked for). A connection takes
    its turn before the statement that opens a write transaction and gives it back once no
    transaction is open (commit, rollback, an autocommitted statement, a failure, close). It
    holds exactly while SQLite's own lock is held, so it adds no wait SQLite would not; other
    processes still meet SQLite's busy handler."""

    _locks: ClassVar[
        weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Lock]]
    ] = weakref.WeakKeyDictionary()

    @classmethod
    def of(cls, database: str) -> asyncio.Lock:
        """The turn of `database` (a file path) in the running event loop."""
        per_loop = cls._locks.setdefault(asyncio.get_running_loop(), {})
        return per_loop.setdefault(database, asyncio.Lock())

    @staticmethod
    async def take(turn: asyncio.Lock, patience: float) -> None:
        """Wait for the turn, at most `patience` seconds (as long as SQLite would have waited
        for its lock); then fail as a locked database does."""
        try:
            async with asyncio.timeout(patience):
                await turn.acquire()
        except TimeoutError:
            raise sqlite3.OperationalError("database is locked") from None


class OneTripCursor:
    """A DBAPI cursor whose statement has already run to the end: rows held in memory."""

    server_side = False
    arraysize = 1

    def __init__(self, adapt_connection: OneTripConnection) -> None:
        self._adapt = adapt_connection
        self._rows: deque[Any] = deque()
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None

    def execute(self, operation: str, parameters: Any = None) -> None:
        self._call(operation, parameters, many=False)

    def executemany(self, operation: str, seq_of_parameters: Sequence[Any]) -> None:
        self._call(operation, seq_of_parameters, many=True)

    def _call(self, operation: str, parameters: Any, many: bool) -> None:
        try:
            outcome: Outcome = await_(self._adapt.run(operation, parameters, many))
        except Exception as error:
            self._adapt._handle_exception(error)
        self.description, rows, self.rowcount, self.lastrowid, _open = outcome
        self._rows = deque(rows)

    async def _async_soft_close(self) -> None:
        """Nothing to close: the cursor was closed on its thread."""

    def close(self) -> None:
        self._rows.clear()

    def setinputsizes(self, *inputsizes: Any) -> None:
        """Not used by SQLite."""

    def __iter__(self) -> Iterator[Any]:
        while self._rows:
            yield self._rows.popleft()

    def fetchone(self) -> Any:
        return self._rows.popleft() if self._rows else None

    def fetchmany(self, size: int | None = None) -> list[Any]:
        rows = self._rows
        return [rows.popleft() for _ in range(min(size or self.arraysize, len(rows)))]

    def fetchall(self) -> list[Any]:
        rows = list(self._rows)
        self._rows.clear()
        return rows


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    """aiosqlite's adapted connection with one-trip cursors; a commit or rollback with no
    transaction open (reads alone, or the pool's reset after a commit) is not sent at all."""

    __slots__ = ("_clean", "_database", "_timeout", "_turn")
    _cursor_cls = OneTripCursor  # type: ignore[assignment]

    def __init__(self, dbapi: Any, connection: Any, database: str, timeout: float) -> None:
        super().__init__(dbapi, connection)
        self._clean = True  # no transaction open: a commit or rollback would change nothing
        self._database = database
        self._timeout = timeout
        self._turn: asyncio.Lock | None = None  # held while this connection may write

    async def run(self, operation: str, parameters: Any, many: bool) -> Outcome:
        if self._turn is None and _writes(operation) and self._database not in _IN_MEMORY:
            turn = WriterTurns.of(self._database)
            await WriterTurns.take(turn, self._timeout)
            self._turn = turn
        try:
            async with self._execute_mutex:
                self._clean = False
                connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
                outcome: Outcome = await connection._execute(
                    partial(_run, connection._conn, operation, parameters, many)
                )
                self._clean = not outcome[-1]  # reads alone open no transaction in sqlite3
                return outcome
        finally:
            self._end_turn_unless_writing()

    def _end_turn_unless_writing(self) -> None:
        conn: sqlite3.Connection | None = self._connection._connection  # type: ignore[attr-defined]
        if conn is None or not conn.in_transaction:
            self._end_turn()

    def _end_turn(self) -> None:
        if self._turn is not None:
            self._turn.release()
            self._turn = None

    def commit(self) -> None:
        self._end_transaction(super().commit)

    def rollback(self) -> None:
        self._end_transaction(super().rollback)

    def _end_transaction(self, end: Callable[[], None]) -> None:
        """Commit or roll back, only if a transaction is open; then the writer's turn ends."""
        try:
            if not self._clean:
                end()
                self._clean = True
        finally:
            self._end_turn_unless_writing()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._end_turn()

    def terminate(self) -> None:
        """Closed after a cancellation or an error, its transaction with it."""
        try:
            super().terminate()
        finally:
            self._end_turn()


_SQLITE_DEFAULT_TIMEOUT = 5.0  # sqlite3.connect's own
# In-memory databases (one per connection): nobody to take turns with.
_IN_MEMORY = ("", ":memory:")


class OneTripDBAPI(AsyncAdapt_aiosqlite_dbapi):
    def connect(self, *arg: Any, **kw: Any) -> OneTripConnection:
        adapted = super().connect(*arg, **kw)
        database = str(arg[0] if arg else kw.get("database", ":memory:"))
        if database not in _IN_MEMORY and not database.startswith("file:"):
            database = os.path.abspath(database)
        timeout = float(kw.get("timeout", _SQLITE_DEFAULT_TIMEOUT))
        return OneTripConnection(self, adapted._connection, database, timeout)


def one_trip_dbapi() -> OneTripDBAPI:
    return OneTripDBAPI(aiosqlite, sqlite3)
