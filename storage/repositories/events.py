"""Moments worth remembering (care offered, a week closed): kind and time, never words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    CARE_MOMENTS,
    Event,
)


def latest_at(user_id: Any, kinds: Sequence[str] = CARE_MOMENTS) -> Any:
    """When the person's newest event of these kinds happened, as a scalar subquery over the
    `user_id` column of the outer query (by default: their latest care moment)."""
    return (
        select(func.max(Event.at))
        .where(Event.user_id == user_id, Event.kind.in_(kinds))
        .scalar_subquery()
    )


class EventRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def add(self, user_id: int, week_id: int | None, kind: str, now: datetime) -> None:
        self.s.add(Event(user_id=user_id, week_id=week_id, kind=kind, at=now))
        await self.s.flush()

    async def exists(self, user_id: int, week_id: int | None, kind: str) -> bool:
        found = await self.s.scalar(
            select(Event.id)
            .where(Event.user_id == user_id, Event.week_id == week_id, Event.kind == kind)
            .limit(1)
        )
        return found is not None

    async def latest(self, user_id: int, kinds: Sequence[str] = CARE_MOMENTS) -> datetime | None:
        """When the newest of these events happened (by default: the latest care moment)."""
        return await self.s.scalar(
            select(func.max(Event.at)).where(Event.user_id == user_id, Event.kind.in_(kinds))
        )

    async def count(self, user_id: int, week_id: int | None, kind: str) -> int:
        found = await self.s.scalar(
            select(func.count(Event.id)).where(
                Event.user_id == user_id, Event.week_id == week_id, Event.kind == kind
            )
        )
        return int(found or 0)
