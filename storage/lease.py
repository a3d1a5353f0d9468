"""One lease protocol for both queues of the bot: the nudges and the outbox (`relays`).

A row waits (PENDING, maybe not before `retry_at`), is claimed by one worker for a while
(CLAIMED, `claimed_by`, `lease_until`, one more `attempt`), and is then finished (a final status),
released (back to PENDING, maybe with a `retry_at`) or recovered: a claim whose lease ran out
(its worker died) is due again, before any other work. A live worker renews its claims.

Every change names the worker: a claim taken over by another after its lease ran out is no
longer the first worker's to finish or release.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, or_, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Nudge, Relay


class LeasedQueue:
    """The protocol over one table (`Nudge` or `Relay`) whose statuses are `pending`/`claimed`."""

    def __init__(
        self,
        session: AsyncSession,
        model: type[Nudge] | type[Relay],
        statuses: tuple[StrEnum, StrEnum, StrEnum],
    ) -> None:
        """`statuses`: the table's pending, claimed and sent."""
        self.s, self.model = session, model
        self.pending, self.claimed, self.sent = (s.value for s in statuses)

    def ready(self, now: datetime, *due: ColumnElement[bool]) -> ColumnElement[bool]:
        """Rows to claim: waiting and due (`due`, and past any `retry_at`), or recovered."""
        m = self.model
        waiting = and_(m.status == self.pending, or_(m.retry_at.is_(None), m.retry_at <= now), *due)
        return or_(waiting, and_(m.status == self.claimed, m.lease_until < now))

    def recovered_first(self) -> Any:
        """Order key: a dead worker's claims first (the oldest work, already late)."""
        return case((self.model.status == self.claimed, 0), else_=1)

    async def claim(
        self, ids: Select[Any], worker: str, lease_until: datetime, *only: ColumnElement[bool]
    ) -> list[int]:
        """Claim the rows `ids` selects (its own where, order and limit); `FOR UPDATE SKIP
        LOCKED` lets several workers claim side by side on PostgreSQL (SQLite serialises)."""
        chosen = self.model.id.in_(ids.with_for_update(skip_locked=True).scalar_subquery())
        return await self._take(worker, lease_until, chosen, *only)

    async def claim_one(
        self, row_id: int, worker: str, lease_until: datetime, *only: ColumnElement[bool]
    ) -> bool:
        """Claim one waiting row now (`only`: further conditions), if nobody has it."""
        m = self.model
        return bool(
            await self._take(worker, lease_until, m.id == row_id, m.status == self.pending, *only)
        )

    async def _take(
        self, worker: str, lease_until: datetime, *where: ColumnElement[bool]
    ) -> list[int]:
        """Mark the rows `where` selects as this worker's until `lease_until`; their ids."""
        m = self.model
        result = await self.s.execute(
            update(m)
            .where(*where)
            .values(
                status=self.claimed,
                claimed_by=worker,
                lease_until=lease_until,
                attempts=m.attempts + 1,
            )
            .returning(m.id)
            .execution_options(synchronize_session=False)
        )
        return list(result.scalars())

    def _mine(self, worker: str, ids: Sequence[int] | None = None) -> list[ColumnElement[bool]]:
        m = self.model
        where = [m.status == self.claimed, m.claimed_by == worker]
        return [m.id.in_(ids), *where] if ids is not None else where

    async def _update(self, where: list[ColumnElement[bool]], values: dict[str, Any]) -> int:
        result = await self.s.execute(
            update(self.model)
            .where(*where)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def finish(
        self, ids: Sequence[int], status: StrEnum, worker: str, now: datetime, **extra: Any
    ) -> None:
        """Close this worker's claims with a final `status` (`sent` records when)."""
        if not ids:
            return
        values: dict[str, Any] = {"status": status.value, "lease_until": None, "retry_at": None}
        if status.value == self.sent:
            values["sent_at"] = now
        await self._update(self._mine(worker, ids), values | extra)

    async def release(
        self, ids: Sequence[int], worker: str, retry_at: datetime | None = None
    ) -> None:
        """Give this worker's claims back, not to be tried again before `retry_at`."""
        if not ids:
            return
        values = {
            "status": self.pending,
            "claimed_by": None,
            "lease_until": None,
            "retry_at": retry_at,
        }
        await self._update(self._mine(worker, ids), values)

    async def renew(self, worker: str, lease_until: datetime) -> int:
        """Extend this worker's claims: a live worker keeps them, a dead one's run out soon."""
        return await self._update(self._mine(worker), {"lease_until": lease_until})

    async def release_worker(self, worker: str) -> None:
        """A worker stopping: everything it holds goes back at once (no lease to wait out)."""
        values = {"status": self.pending, "claimed_by": None, "lease_until": None}
        await self._update(self._mine(worker), values)
