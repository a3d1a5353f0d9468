"""The inbox's SQL: updates stored before they are acknowledged, claimed, and deleted when done."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import upsert_insert
from storage.models import InboxUpdate, ProcessedUpdate

RELEASED = ""  # claimed by nobody: a receiver stopped normally before it began this update


@dataclass(frozen=True, slots=True)
class Received:
    """One update as Telegram sent it, with the chat it belongs to (None: no chat)."""

    update_id: int
    chat_id: int | None
    payload: str
    takeovers: int = 0  # times taken over from a receiver that stopped or died with it


class InboxRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def store(
        self, received: Sequence[Received], worker: str, lease_until: datetime, now: datetime
    ) -> set[int]:
        """Store the updates not yet in the inbox, claimed by `worker`: the ids newly stored."""
        if not received:
            return set()
        rows = [
            {
                "update_id": r.update_id,
                "chat_id": r.chat_id,
                "payload": r.payload,
                "claimed_by": worker,
                "claimed_until": lease_until,
                "received_at": now,
            }
            for r in received
        ]
        # Already there (Telegram sent it again, or two receivers raced): the first row wins,
        # and only the receiver that stored it handles it.
        stmt = (
            upsert_insert(self.s)(InboxUpdate)
            .values(rows)
            .on_conflict_do_nothing(index_elements=["update_id"])
            .returning(InboxUpdate.update_id)
        )
        return set((await self.s.scalars(stmt)).all())

    async def done(self, update_ids: Iterable[int]) -> None:
        ids = list(update_ids)
        if ids:
            await self.s.execute(delete(InboxUpdate).where(InboxUpdate.update_id.in_(ids)))

    async def handled(self, update_id: int) -> bool:
        """Whether the journey took this update (it records every update it handles)."""
        found = await self.s.scalar(
            select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id == update_id)
        )
        return found is not None

    async def handled_among(self, update_ids: Sequence[int]) -> set[int]:
        """Which of these updates the journey already took."""
        found = await self.s.scalars(
            select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id.in_(update_ids))
        )
        return set(found.all())

    async def renew(self, worker: str, lease_until: datetime) -> None:
        await self.s.execute(
            update(InboxUpdate)
            .where(InboxUpdate.claimed_by == worker)
            .values(claimed_until=lease_until)
        )

    async def release(self, update_ids: Sequence[int], worker: str, now: datetime) -> None:
        """A normal stop: these updates were never begun here, so taking them over next is
        not counted (only a receiver that stopped or died while handling one counts)."""
        if update_ids:
            await self.s.execute(
                update(InboxUpdate)
                .where(InboxUpdate.update_id.in_(update_ids), InboxUpdate.claimed_by == worker)
                .values(claimed_by=RELEASED, claimed_until=now)
            )

    async def claim(
        self, worker: str, now: datetime, lease_until: datetime, *, anyones: bool, limit: int
    ) -> list[Received]:
        """Take over updates whose receiver's lease ran out (`anyones`: every update not yet
        ours, when this process is the only receiver), lowest update id first. On PostgreSQL
        rows another receiver is claiming at the same moment are skipped, never waited for."""
        free = InboxUpdate.claimed_by != worker if anyones else InboxUpdate.claimed_until < now
        rows = (
            await self.s.execute(
                select(
                    InboxUpdate.update_id,
                    InboxUpdate.chat_id,
                    InboxUpdate.payload,
                    InboxUpdate.takeovers,
                    InboxUpdate.claimed_by,
                )
                .where(free)
                .order_by(InboxUpdate.update_id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        ).all()
        if not rows:
            return []
        await self.s.execute(
            update(InboxUpdate)
            .where(InboxUpdate.update_id.in_([row.update_id for row in rows]))
            .values(
                claimed_by=worker,
                claimed_until=lease_until,
                takeovers=case(
                    (InboxUpdate.claimed_by == RELEASED, InboxUpdate.takeovers),
                    else_=InboxUpdate.takeovers + 1,
                ),
            )
        )
        return [
            Received(
                row.update_id,
                row.chat_id,
                row.payload,
                row.takeovers + (row.claimed_by != RELEASED),
            )
            for row in rows
        ]
