"""Read-only figures for operators: nudges by kind and status, dispatch lag, active people.

Counted in the database at scrape time, so every process reports the same truth and the
dispatcher needs no bookkeeping of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Nudge, User
from storage.repositories.nudges import CLAIMED, PENDING

ACTIVE_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class ServiceStats:
    nudges: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, status) -> rows
    lag_seconds: float = 0.0  # age of the oldest due nudge nobody has sent yet
    people_active: int = 0  # people who wrote to the bot in the last seven days

    def in_real_seconds(self, speed: float) -> ServiceStats:
        """The lag as an operator lives it, when a fast clock runs `speed` times real time."""
        return replace(self, lag_seconds=self.lag_seconds / speed)


class StatsRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def ping(self) -> None:
        """Fails unless the database answers and the schema is there."""
        await self.s.execute(text("SELECT 1"))
        await self.s.execute(select(Nudge.id).limit(1))

    async def snapshot(self, now: datetime) -> ServiceStats:
        rows = await self.s.execute(
            select(Nudge.kind, Nudge.status, func.count()).group_by(Nudge.kind, Nudge.status)
        )
        nudges = {(str(kind), str(status)): int(count) for kind, status, count in rows}
        oldest = await self.s.scalar(
            select(func.min(Nudge.due_at)).where(
                or_(
                    and_(Nudge.status == PENDING, Nudge.due_at <= now),
                    and_(Nudge.status == CLAIMED, Nudge.lease_until < now),
                )
            )
        )
        lag = 0.0
        if oldest is not None:
            # min() loses the column type on SQLite: the value may come back naive or as text.
            if isinstance(oldest, str):
                oldest = datetime.fromisoformat(oldest)
            if oldest.tzinfo is None:
                oldest = oldest.replace(tzinfo=now.tzinfo)
            lag = max(0.0, (now - oldest).total_seconds())
        active = await self.s.scalar(
            select(func.count()).select_from(User).where(User.updated_at >= now - ACTIVE_WINDOW)
        )
        return ServiceStats(nudges, lag, int(active or 0))
