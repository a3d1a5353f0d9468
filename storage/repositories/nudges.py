"""The nudge queue: due check-ins, snoozes and anchor reminders, claimed under a lease."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.lease import LeasedQueue
from storage.models import (
    Anchor,
    CheckIn,
    EventKind,
    Nudge,
    User,
    Week,
    named,
)
from storage.nudge_enums import NudgeKind, NudgeStatus
from storage.repositories.events import latest_at

ANCHOR_NUDGE = NudgeKind.ANCHOR  # a reminder to an anchor: user_id is the anchor


PENDING, CLAIMED, SENT = NudgeStatus.PENDING, NudgeStatus.CLAIMED, NudgeStatus.SENT


MISSED, SKIPPED = NudgeStatus.MISSED, NudgeStatus.SKIPPED


CANCELLED, FAILED = NudgeStatus.CANCELLED, NudgeStatus.FAILED


@dataclass(frozen=True, slots=True)
class DueNudge:
    """A claimed nudge with what is needed to decide on it and word it, in one read."""

    id: int
    kind: NudgeKind
    day: int
    due_at: datetime
    attempts: int
    user_id: int
    chat_id: int
    language: str
    timezone: str
    night_ok: bool
    user_active: bool
    paused: bool
    week_id: int
    week_status: str
    quiet_start: int = 22 * 60
    quiet_end: int = 8 * 60
    day_settled: bool = False
    prev_settled: bool = True
    prev2_settled: bool = True
    cared_at: datetime | None = None  # the person's latest care moment, if any
    remembered_at: datetime | None = None  # when the next day's line about it was last said
    step: str = ""  # where the person is in the conversation (the care conversation, say)
    about: AnchorNudgeInfo | None = None  # an anchor's reminder: whose week, and what was asked
    anchor_names: tuple[str, ...] = ()  # the week's anchors the bot may name, in their order


class NudgeRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session
        self.queue = LeasedQueue(session, Nudge, (PENDING, CLAIMED, SENT))

    async def schedule(
        self, user_id: int, week_id: int, items: Sequence[tuple[str, int, datetime]]
    ) -> None:
        """Add pending nudges (kind, day, due_at) for a week."""
        self.s.add_all(
            Nudge(
                user_id=user_id,
                week_id=week_id,
                kind=k,
                day=d,
                due_at=due,
                status=PENDING,
                attempts=0,
            )
            for k, d, due in items
        )
        await self.s.flush()

    async def cancel_pending(self, week_id: int) -> None:
        await self.s.execute(
            update(Nudge)
            .where(Nudge.week_id == week_id, Nudge.status == PENDING)
            .values(status=CANCELLED)
        )

    async def next_pending(self, week_id: int) -> Nudge | None:
        """The next check-in still to come (a snooze counts; the week's closing note does not)."""
        return await self.s.scalar(
            select(Nudge)
            .where(
                Nudge.week_id == week_id,
                Nudge.status == PENDING,
                Nudge.kind.not_in((NudgeKind.CLOSE, ANCHOR_NUDGE)),
            )
            .order_by(Nudge.due_at)
            .limit(1)
        )

    async def sent_between(
        self, user_id: int, kinds: Sequence[str], start: datetime, end: datetime
    ) -> bool:
        """Whether a nudge of these kinds, due in [start, end), went to the person."""
        found = await self.s.scalar(
            select(Nudge.id)
            .where(
                Nudge.user_id == user_id,
                Nudge.kind.in_(kinds),
                Nudge.status == SENT,
                Nudge.due_at >= start,
                Nudge.due_at < end,
            )
            .limit(1)
        )
        return found is not None

    async def for_week(self, week_id: int) -> list[Nudge]:
        rows = await self.s.scalars(
            select(Nudge).where(Nudge.week_id == week_id).order_by(Nudge.due_at)
        )
        return list(rows)

    async def checkins_ahead(
        self, since: datetime, now: datetime, until: datetime
    ) -> tuple[int, list[tuple[datetime, int]]]:
        """Check-ins still to go out: how many are due (since `since`), and how many fall due
        at each instant up to `until` (bot/delivery/send_ahead.py plans on these)."""
        waiting = and_(Nudge.kind == NudgeKind.CHECKIN, Nudge.status.in_((PENDING, CLAIMED)))
        overdue = await self.s.scalar(
            select(func.count()).where(waiting, Nudge.due_at > since, Nudge.due_at <= now)
        )
        rows = await self.s.execute(
            select(Nudge.due_at, func.count())
            .where(waiting, Nudge.due_at > now, Nudge.due_at <= until)
            .group_by(Nudge.due_at)
        )
        return int(overdue or 0), [(due, int(count)) for due, count in rows]

    async def claim_due(
        self,
        now: datetime,
        worker: str,
        lease: timedelta,
        limit: int,
        chat_id: int | None = None,
        checkins_until: datetime | None = None,
    ) -> list[int]:
        """Take up to `limit` due rows (or rows whose lease ran out) for this worker; check-ins
        due up to `checkins_until` too, when a wave needs them sent ahead."""
        queue = self.queue
        ready = Nudge.due_at <= now
        if checkins_until is not None and checkins_until > now:
            ahead = and_(Nudge.kind == NudgeKind.CHECKIN, Nudge.due_at <= checkins_until)
            ready = or_(ready, ahead)
        due = (
            select(Nudge.id)
            .where(queue.ready(now, ready))
            .order_by(queue.recovered_first(), Nudge.due_at, Nudge.id)
            .limit(limit)
        )
        if chat_id is not None:  # the console serves one person only
            due = due.where(Nudge.user_id.in_(select(User.id).where(User.chat_id == chat_id)))
        return await queue.claim(due, worker, now + lease)

    async def load_due(self, ids: Sequence[int]) -> list[DueNudge]:
        """Claimed rows with their person, week, and whether nearby days were settled."""
        if not ids:
            return []
        today, prev, prev2 = aliased(CheckIn), aliased(CheckIn), aliased(CheckIn)

        def settled(alias: Any) -> Any:
            return or_(alias.mood.is_not(None), alias.skipped.is_(True))

        def near(alias: Any, offset: int) -> Any:
            return and_(alias.week_id == Nudge.week_id, alias.day == Nudge.day - offset)

        cared = latest_at(Nudge.user_id)
        remembered = latest_at(Nudge.user_id, (EventKind.CARE_REMEMBERED,))
        rows = await self.s.execute(
            select(
                Nudge.id.label("id"),
                Nudge.kind.label("kind"),
                Nudge.day.label("day"),
                Nudge.due_at.label("due_at"),
                Nudge.attempts.label("attempts"),
                User.id.label("user_id"),
                User.chat_id.label("chat_id"),
                User.language.label("language"),
                func.coalesce(User.timezone, "UTC").label("timezone"),
                User.night_ok.label("night_ok"),
                User.active.label("user_active"),
                User.paused.label("paused"),
                Week.id.label("week_id"),
                Week.status.label("week_status"),
                User.quiet_start.label("quiet_start"),
                User.quiet_end.label("quiet_end"),
                func.coalesce(settled(today), False).label("day_settled"),
                or_(Nudge.day <= 1, func.coalesce(settled(prev), False)).label("prev_settled"),
                or_(Nudge.day <= 2, func.coalesce(settled(prev2), False)).label("prev2_settled"),
                cared.label("cared_at"),
                remembered.label("remembered_at"),
                User.step.label("step"),
            )
            .join(User, User.id == Nudge.user_id)
            .join(Week, Week.id == Nudge.week_id)
            .outerjoin(today, near(today, 0))
            .outerjoin(prev, near(prev, 1))
            .outerjoin(prev2, near(prev2, 2))
            .where(Nudge.id.in_(ids))
            .order_by(Nudge.due_at)
        )
        found = [dict(row) for row in rows.mappings()]
        names = await self.anchor_names({fields["week_id"] for fields in found})
        dues = []
        for fields in found:
            fields["kind"] = NudgeKind(fields["kind"])
            for flag in ("day_settled", "prev_settled", "prev2_settled"):
                fields[flag] = bool(fields[flag])
            fields["anchor_names"] = names.get(fields["week_id"], ())
            dues.append(DueNudge(**fields))
        return dues

    async def anchor_names(self, week_ids: Collection[int]) -> dict[int, tuple[str, ...]]:
        """The names each week's nudges may say, by the one rule of naming (`models.named`)."""
        rows = await self.s.scalars(select(Anchor).where(Anchor.week_id.in_(week_ids)))
        by_week: dict[int, list[Anchor]] = defaultdict(list)
        for row in rows:
            by_week[row.week_id].append(row)
        return {week: tuple(a.name for a in named(own)) for week, own in by_week.items()}

    async def snooze(self, user_id: int, week_id: int, day: int, due: datetime) -> None:
        """One pending "later" per day: a new snooze replaces the old; regular rows never move."""
        existing = await self.s.scalar(
            select(Nudge).where(
                Nudge.week_id == week_id, Nudge.kind == NudgeKind.SNOOZE, Nudge.day == day
            )
        )
        if existing is None:
            self.s.add(
                Nudge(
                    user_id=user_id,
                    week_id=week_id,
                    kind=NudgeKind.SNOOZE,
                    day=day,
                    due_at=due,
                    status=PENDING,
                    attempts=0,
                )
            )
        else:
            existing.due_at, existing.status, existing.attempts = due, PENDING, 0
            existing.claimed_by = existing.lease_until = existing.sent_at = None
            existing.retry_at = None
        await self.s.flush()

    async def cancel_snooze(self, week_id: int, day: int) -> None:
        await self.s.execute(
            update(Nudge)
            .where(
                Nudge.week_id == week_id,
                Nudge.kind == NudgeKind.SNOOZE,
                Nudge.day == day,
                Nudge.status == PENDING,
            )
            .values(status=CANCELLED)
            .execution_options(synchronize_session=False)
        )

    async def reschedule(self, week_id: int, due_by_day: dict[int, datetime]) -> None:
        """Move the week's pending regular nudges to new due times (snoozes stay as asked)."""
        rows = await self.s.scalars(
            select(Nudge).where(
                Nudge.week_id == week_id, Nudge.status == PENDING, Nudge.kind != NudgeKind.SNOOZE
            )
        )
        for nudge in rows:
            if nudge.day in due_by_day:
                nudge.due_at = due_by_day[nudge.day]
        await self.s.flush()

    async def postpone(self, ids: Sequence[int], worker: str, due_at: datetime) -> None:
        """Give this worker's claims back as new nudges due at `due_at` (the week's close put
        off from a care day to the next day)."""
        if not ids:
            return
        await self.s.execute(
            update(Nudge)
            .where(Nudge.id.in_(ids), Nudge.status == CLAIMED, Nudge.claimed_by == worker)
            .values(
                status=PENDING, due_at=due_at, claimed_by=None, lease_until=None, retry_at=None,
                attempts=0,
            )
            .execution_options(synchronize_session=False)
        )  # fmt: skip

    async def finish(
        self, ids: Sequence[int], status: NudgeStatus, worker: str, now: datetime
    ) -> None:
        """Close claimed rows as sent, missed, skipped or failed (only this worker's claims)."""
        await self.queue.finish(ids, status, worker, now)

    async def release(
        self, ids: Sequence[int], worker: str, retry_at: datetime | None = None
    ) -> None:
        """Give claimed rows back, not to be tried again before `retry_at` (a RetryAfter, a
        passing fault, a shutdown). The due time stays, so the grace period still counts from it.
        """
        await self.queue.release(ids, worker, retry_at)

    async def renew(self, worker: str, lease_until: datetime) -> int:
        return await self.queue.renew(worker, lease_until)

    async def release_worker(self, worker: str) -> None:
        await self.queue.release_worker(worker)


@dataclass(frozen=True, slots=True)
class AnchorNudgeInfo:
    """What an anchor's reminder says: never a mood, a note or a reflection."""

    link_id: int
    person_name: str
    support_kind: str
    support_text: str
