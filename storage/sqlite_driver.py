"""SQLite through aiosqlite with one trip to its thread per statement.

aiosqlite runs each connection in a thread of its own; every call to it is a hand-over to that
thread and back (a queue, a wake-up, the event loop's self-pipe). SQLAlchemy's adapter makes four
such trips for one SELECT (cursor, execute, fetchall, close) and three for a write, plus a
commit and a rollback per unit of work even when only reads ran (sqlite3 then has no
transaction open). This adapter runs a statement's execute, fetch and close as one call on the
connection's thread, and sends a commit or rollback only while a transaction is open: an
update's turn takes about a third of the trips (benchmarks/intake_cpu.py).

Plugged in as the engine's DBAPI module (`create_async_engine(..., module=one_trip_dbapi())`,
SQLAlchemy's documented way to give a dialect another driver module); the dialect and the URL
(`sqlite+aiosqlite://`) are unchanged.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

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

    __slots__ = ("_clean",)
    _cursor_cls = OneTripCursor  # type: ignore[assignment]

    def __init__(self, dbapi: Any, connection: Any) -> None:
        super().__init__(dbapi, connection)
        self._clean = True  # no transaction open: a commit or rollback would change nothing

    async def run(self, operation: str, parameters: Any, many: bool) -> Outcome:
        async with self._execute_mutex:
            self._clean = False
            connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
            outcome: Outcome = await connection._execute(
                partial(_run, connection._conn, operation, parameters, many)
            )
            self._clean = not outcome[-1]  # reads alone open no transaction in sqlite3
            return outcome

    def commit(self) -> None:
        if not self._clean:
            super().commit()
            self._clean = True

    def rollback(self) -> None:
        if not self._clean:
            super().rollback()
            self._clean = True


class OneTripDBAPI(AsyncAdapt_aiosqlite_dbapi):
    def connect(self, *arg: Any, **kw: Any) -> OneTripConnection:
        adapted = super().connect(*arg, **kw)
        return OneTripConnection(self, adapted._connection)  # type: ignore[arg-type]


def one_trip_dbapi() -> OneTripDBAPI:
    return OneTripDBAPI(aiosqlite, sqlite3)
