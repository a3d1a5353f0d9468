"""All SQL lives in this package, one module per aggregate. Each repository works inside the
caller's session (one unit of work); `Store.unit()` opens one and hands over `Repos`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.repositories.anchors import (
    ANCHOR_DAY_BASE,
    AnchorRepo,
    anchor_days,
    link_reminders,
)
from storage.repositories.events import EventRepo
from storage.repositories.nudges import (
    ANCHOR_NUDGE,
    CANCELLED,
    CLAIMED,
    FAILED,
    MISSED,
    PENDING,
    SENT,
    SKIPPED,
    AnchorNudgeInfo,
    DueNudge,
    NudgeRepo,
)
from storage.repositories.people import PeopleRepo, PersonRecords, Standing, UserRepo
from storage.repositories.relays import DueRelay, RelayRepo
from storage.repositories.updates import UndeliveredReplies, UpdateLog
from storage.repositories.weeks import CheckInRepo, ReflectionRepo, WeekRepo

__all__ = [
    "ANCHOR_DAY_BASE",
    "ANCHOR_NUDGE",
    "CANCELLED",
    "CLAIMED",
    "FAILED",
    "MISSED",
    "PENDING",
    "SENT",
    "SKIPPED",
    "AnchorNudgeInfo",
    "AnchorRepo",
    "CheckInRepo",
    "DueNudge",
    "DueRelay",
    "EventRepo",
    "NudgeRepo",
    "PeopleRepo",
    "PersonRecords",
    "ReflectionRepo",
    "RelayRepo",
    "Repos",
    "Standing",
    "Store",
    "UndeliveredReplies",
    "UpdateLog",
    "UserRepo",
    "WeekRepo",
    "anchor_days",
    "link_reminders",
]


class Repos:
    """The repositories of one unit of work."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.users = UserRepo(session)
        self.weeks = WeekRepo(session)
        self.checkins = CheckInRepo(session)
        self.reflections = ReflectionRepo(session)
        self.nudges = NudgeRepo(session)
        self.updates = UpdateLog(session)
        self.events = EventRepo(session)
        self.people = PeopleRepo(session)
        self.anchors = AnchorRepo(session)
        self.undelivered = UndeliveredReplies(session)
        self.relays = RelayRepo(session)


class Store:
    """Opens units of work: `async with store.unit() as repos:` commits on success."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessionmaker = sessionmaker

    @asynccontextmanager
    async def unit(self) -> AsyncIterator[Repos]:
        async with self._sessionmaker() as session, session.begin():
            yield Repos(session)

    async def flush_erased(self) -> None:
        """After an erase on SQLite, fold the write-ahead log into the (securely deleted) file."""
        async with self._sessionmaker() as session:
            if session.get_bind().dialect.name == "sqlite":
                await session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
