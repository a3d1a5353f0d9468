"""Weeks, their daily check-ins and their reflections."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    CheckIn,
    Reflection,
    Week,
    WeekStatus,
)


class WeekRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def latest(self, user_id: int) -> Week | None:
        return await self.s.scalar(
            select(Week).where(Week.user_id == user_id).order_by(Week.id.desc()).limit(1)
        )

    async def previous_completed(self, week: Week) -> Week | None:
        """The person's last completed week before `week` (for "up from 1")."""
        return await self.s.scalar(
            select(Week)
            .where(
                Week.user_id == week.user_id, Week.id < week.id, Week.status == WeekStatus.COMPLETED
            )
            .order_by(Week.id.desc())
            .limit(1)
        )

    async def begun(self, user_id: int) -> list[Week]:
        """The person's weeks whose days began and that ran or are running, oldest first
        (not one still being set up, nor one they stopped)."""
        rows = await self.s.scalars(
            select(Week)
            .where(
                Week.user_id == user_id,
                Week.status.in_((WeekStatus.ACTIVE.value, WeekStatus.COMPLETED.value)),
                Week.start_date.is_not(None),
            )
            .order_by(Week.id)
        )
        return list(rows)

    async def create(self, user_id: int, now: datetime, **fields: Any) -> Week:
        count = await self.s.scalar(select(func.count()).where(Week.user_id == user_id))
        week = Week(
            user_id=user_id,
            number=(count or 0) + 1,
            status=WeekStatus.SETUP,
            started_at=now,
            draft_variant=0,
            thank_variant=0,
            anchors=[],  # loaded: its anchors are set below, never fetched lazily
        )
        for name, value in fields.items():
            setattr(week, name, value)
        self.s.add(week)
        await self.s.flush()
        return week


class CheckInRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def get(self, week_id: int, day: int) -> CheckIn | None:
        return await self.s.scalar(
            select(CheckIn).where(CheckIn.week_id == week_id, CheckIn.day == day)
        )

    async def get_or_create(self, week_id: int, day: int, now: datetime) -> CheckIn:
        found = await self.get(week_id, day)
        if found is not None:
            return found
        checkin = CheckIn(week_id=week_id, day=day, answered_at=now)
        self.s.add(checkin)
        await self.s.flush()
        return checkin

    async def for_week(self, week_id: int) -> list[CheckIn]:
        rows = await self.s.scalars(
            select(CheckIn).where(CheckIn.week_id == week_id).order_by(CheckIn.day)
        )
        return list(rows)


class ReflectionRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def add(self, week_id: int, question: int, answer: str, now: datetime) -> None:
        self.s.add(Reflection(week_id=week_id, question=question, answer=answer, answered_at=now))
        await self.s.flush()

    async def for_week(self, week_id: int) -> list[Reflection]:
        rows = await self.s.scalars(
            select(Reflection)
            .where(Reflection.week_id == week_id)
            .order_by(Reflection.question, Reflection.answered_at)
        )
        return list(rows)
