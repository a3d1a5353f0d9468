"""The outbox's SQL: messages to another person's chat, claimed and finished like nudges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.lease import LeasedQueue
from storage.models import AnchorLink, Relay, User
from storage.nudge_enums import RelayKind, RelayStatus

WAITING = (RelayStatus.PENDING, RelayStatus.CLAIMED)


@dataclass(frozen=True, slots=True)
class DueRelay:
    """A claimed message with where it goes (and the recipient's zone and quiet hours)."""

    id: int
    to_user_id: int
    chat_id: int
    text: str
    buttons: list[Any]
    attempts: int
    created_at: datetime
    zone: str | None
    quiet_start: int
    quiet_end: int


class RelayRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session
        statuses = (RelayStatus.PENDING, RelayStatus.CLAIMED, RelayStatus.SENT)
        self.queue = LeasedQueue(session, Relay, statuses)

    async def add(
        self, to_user_id: int, link_id: int | None, text: str, buttons: list[Any], now: datetime,
        kind: RelayKind = RelayKind.MESSAGE,
    ) -> int:  # fmt: skip
        relay = Relay(
            to_user_id=to_user_id,
            link_id=link_id,
            text=text,
            buttons=buttons,
            kind=kind.value,
            status=RelayStatus.PENDING.value,
            attempts=0,
            created_at=now,
        )
        self.s.add(relay)
        await self.s.flush()
        return relay.id

    async def reported_on(self, relay_id: int) -> tuple[AnchorLink, RelayKind] | None:
        """The link a message its sender hears back about went over, and what it was (a care
        message, a "still in?"); None for any other message, or a link gone."""
        row = (
            await self.s.execute(
                select(AnchorLink, Relay.kind)
                .join(Relay, Relay.link_id == AnchorLink.id)
                .where(Relay.id == relay_id, Relay.kind != RelayKind.MESSAGE)
            )
        ).one_or_none()
        return None if row is None else (row[0], RelayKind(row[1]))

    async def care_since(self, link_id: int, since: datetime) -> bool:
        """Whether a care message on this link was written since `since` and is not given up."""
        found = await self.s.scalar(
            select(Relay.id)
            .where(
                Relay.link_id == link_id,
                Relay.kind == RelayKind.CARE,
                Relay.created_at >= since,
                Relay.status.in_([*WAITING, RelayStatus.SENT]),
            )
            .limit(1)
        )
        return found is not None

    async def care_waiting_to(self, user_id: int) -> set[int]:
        """The links over which a care message to this person still waits to go."""
        rows = await self.s.scalars(
            select(Relay.link_id).where(
                Relay.to_user_id == user_id,
                Relay.kind == RelayKind.CARE,
                Relay.status.in_([s.value for s in WAITING]),
                Relay.link_id.is_not(None),
            )
        )
        return {link_id for link_id in rows if link_id is not None}

    async def link_between(self, one: int, other: int) -> int | None:
        """The newest anchor link between two people (either way round), if any."""
        return await self.s.scalar(
            select(AnchorLink.id)
            .where(
                or_(
                    and_(AnchorLink.person_id == one, AnchorLink.anchor_id == other),
                    and_(AnchorLink.person_id == other, AnchorLink.anchor_id == one),
                )
            )
            .order_by(AnchorLink.id.desc())
            .limit(1)
        )

    async def claim_one(self, relay_id: int, worker: str, lease_until: datetime) -> bool:
        """Take a fresh row for sending now, unless an older one to the same chat still waits
        (that one goes first, through the dispatcher) or someone else has it."""
        older = aliased(Relay)
        waits = exists().where(
            older.to_user_id == Relay.to_user_id,
            older.id < Relay.id,
            older.status.in_([s.value for s in WAITING]),
        )
        return await self.queue.claim_one(relay_id, worker, lease_until, ~waits)

    async def claim_due(
        self,
        now: datetime,
        worker: str,
        lease: timedelta,
        limit: int,
        chat_id: int | None = None,
        written_before: datetime | None = None,
    ) -> list[int]:
        """Up to `limit` waiting rows (or rows whose lease ran out), oldest first; with
        `written_before`, not the rows written since (their turn is about to send them).

        `FOR UPDATE SKIP LOCKED` lets several dispatchers claim side by side on PostgreSQL.
        """
        queue = self.queue
        due = (
            select(Relay.id)
            .where(queue.ready(now, Relay.created_at <= (written_before or now)))
            .order_by(queue.recovered_first(), Relay.id)
            .limit(limit)
        )
        if chat_id is not None:  # the console serves one person's chats only
            due = due.where(Relay.to_user_id.in_(select(User.id).where(User.chat_id == chat_id)))
        return await queue.claim(due, worker, now + lease)

    async def load(self, ids: Sequence[int]) -> list[DueRelay]:
        """Claimed rows with their recipient's chat, in the order they were written."""
        if not ids:
            return []
        rows = await self.s.execute(
            select(
                Relay.id,
                Relay.to_user_id,
                User.chat_id,
                Relay.text,
                Relay.buttons,
                Relay.attempts,
                Relay.created_at,
                User.timezone,
                User.quiet_start,
                User.quiet_end,
            )
            .join(User, User.id == Relay.to_user_id)
            .where(Relay.id.in_(ids))
            .order_by(Relay.id)
        )
        return [DueRelay(*row) for row in rows]

    async def finish(
        self, ids: Sequence[int], status: RelayStatus, worker: str, now: datetime
    ) -> None:
        """Close this worker's claims as sent, failed or dropped; their words are cleared."""
        await self.queue.finish(ids, status, worker, now, text="", buttons=[])

    async def release(self, ids: Sequence[int], worker: str, retry_at: datetime | None) -> None:
        """Give this worker's claims back, not to be tried again before `retry_at`."""
        await self.queue.release(ids, worker, retry_at)

    async def renew(self, worker: str, lease_until: datetime) -> None:
        await self.queue.renew(worker, lease_until)

    async def release_worker(self, worker: str) -> None:
        await self.queue.release_worker(worker)

    async def to_user(self, user_id: int) -> list[Relay]:
        """Every message to this person still on record (for their export)."""
        rows = await self.s.scalars(
            select(Relay).where(Relay.to_user_id == user_id).order_by(Relay.id)
        )
        return list(rows)

    async def erase_to(self, user_id: int) -> None:
        await self.s.execute(
            delete(Relay)
            .where(Relay.to_user_id == user_id)
            .execution_options(synchronize_session=False)
        )

    async def forget_done_before(self, when: datetime) -> None:
        """Finished rows (already without words) are kept a while for the record, then go."""
        await self.s.execute(
            delete(Relay)
            .where(Relay.status.not_in([s.value for s in WAITING]), Relay.created_at < when)
            .execution_options(synchronize_session=False)
        )
