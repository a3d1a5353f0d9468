"""All SQL lives here. Each repository works inside the caller's session (one unit of work)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, text, true, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from storage.lease import LeasedQueue
from storage.models import (
    CARE_MOMENTS,
    Anchor,
    AnchorLink,
    CheckIn,
    Event,
    EventKind,
    LinkStatus,
    Nudge,
    ProcessedUpdate,
    Reflection,
    Relay,
    UndeliveredReply,
    User,
    Week,
    WeekStatus,
)
from storage.nudge_enums import NudgeKind, NudgeStatus
from storage.relays import RelayRepo

ANCHOR_NUDGE = NudgeKind.ANCHOR  # a reminder to an anchor: user_id is the anchor
PENDING, CLAIMED, SENT = NudgeStatus.PENDING, NudgeStatus.CLAIMED, NudgeStatus.SENT
MISSED, SKIPPED = NudgeStatus.MISSED, NudgeStatus.SKIPPED
CANCELLED, FAILED = NudgeStatus.CANCELLED, NudgeStatus.FAILED


@dataclass
class PersonRecords:
    """Every row that is about one person."""

    user: User
    weeks: list[Week] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    nudges: list[Nudge] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    links: list[AnchorLink] = field(default_factory=list)  # as the person or as the anchor
    relays: list[Relay] = field(default_factory=list)  # messages to them from another chat


class UserRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def by_chat(self, chat_id: int) -> User | None:
        return await self.s.scalar(select(User).where(User.chat_id == chat_id))

    async def create(self, chat_id: int, language: str, now: datetime) -> User:
        user = User(
            chat_id=chat_id,
            language=language,
            step="welcome",
            step_ctx={},
            night_ok=False,
            active=True,
            paused=False,
            created_at=now,
            updated_at=now,
        )
        self.s.add(user)
        await self.s.flush()
        return user

    async def set_active(self, chat_id: int, active: bool, now: datetime) -> None:
        await self.s.execute(
            update(User).where(User.chat_id == chat_id).values(active=active, updated_at=now)
        )

    async def set_inactive_by_id(self, user_ids: Sequence[int], now: datetime) -> None:
        if user_ids:
            await self.s.execute(
                update(User).where(User.id.in_(user_ids)).values(active=False, updated_at=now)
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
    anchor_name: str
    quiet_start: int = 22 * 60
    quiet_end: int = 8 * 60
    day_settled: bool = False
    prev_settled: bool = True
    prev2_settled: bool = True
    cared_at: datetime | None = None  # the person's latest care moment, if any
    remembered_at: datetime | None = None  # when the next day's line about it was last said
    step: str = ""  # where the person is in the conversation (the care conversation, say)
    about: AnchorNudgeInfo | None = None  # an anchor's reminder: whose week, and what was asked
    anchor2_name: str = ""  # the week's second anchor, if any


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
        at each instant up to `until` (bot/send_ahead.py plans on these)."""
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

        cared = (
            select(func.max(Event.at))
            .where(Event.user_id == Nudge.user_id, Event.kind.in_(CARE_MOMENTS))
            .scalar_subquery()
        )
        remembered = (
            select(func.max(Event.at))
            .where(Event.user_id == Nudge.user_id, Event.kind == EventKind.CARE_REMEMBERED)
            .scalar_subquery()
        )
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
                func.coalesce(anchor_name(1), "").label("anchor_name"),
                func.coalesce(anchor_name(2), "").label("anchor2_name"),
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
        dues = []
        for row in rows.mappings():
            fields = dict(row)
            fields["kind"] = NudgeKind(fields["kind"])
            for flag in ("day_settled", "prev_settled", "prev2_settled"):
                fields[flag] = bool(fields[flag])
            dues.append(DueNudge(**fields))
        return dues

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


def anchor_name(position: int) -> Any:
    """The name of the nudge's week's anchor in `position`, once fully added (with a request:
    one still being added is named nowhere), as a scalar subquery."""
    return (
        select(Anchor.name)
        .where(
            Anchor.week_id == Nudge.week_id,
            Anchor.position == position,
            Anchor.request_text.is_not(None) if position > 1 else true(),
        )
        .scalar_subquery()
    )


def upsert_insert(session: AsyncSession) -> Any:
    """The dialect's INSERT that knows ON CONFLICT (PostgreSQL's or SQLite's)."""
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


class UndeliveredReplies:
    """Chats whose last reply never arrived: their next message shows the open question again."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def remember(self, chat_id: int, now: datetime) -> None:
        insert = upsert_insert(self.s)
        await self.s.execute(
            insert(UndeliveredReply)
            .values(chat_id=chat_id, since=now)
            .on_conflict_do_nothing(index_elements=["chat_id"])
        )

    async def take(self, chat_id: int) -> bool:
        """Whether a reply to this chat was owed; the debt is cleared.

        Looked up first, so the usual case (nothing owed) takes no write lock.
        """
        owed = await self.s.scalar(
            select(UndeliveredReply.chat_id).where(UndeliveredReply.chat_id == chat_id)
        )
        if owed is None:
            return False
        result = await self.s.execute(
            delete(UndeliveredReply).where(UndeliveredReply.chat_id == chat_id)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


class UpdateLog:
    """Remembers handled Telegram update ids (the first writer wins)."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def first_time(self, update_id: int, now: datetime) -> bool:
        insert = upsert_insert(self.s)
        stmt = (
            insert(ProcessedUpdate)
            .values(update_id=update_id, seen_at=now)
            .on_conflict_do_nothing(index_elements=["update_id"])
        )
        result = await self.s.execute(stmt)
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def forget_before(self, when: datetime) -> None:
        await self.s.execute(delete(ProcessedUpdate).where(ProcessedUpdate.seen_at < when))


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


class PeopleRepo:
    """Everything about one person at once: to hand it to them, or to erase it."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def records(self, user: User) -> PersonRecords:
        weeks = list(
            await self.s.scalars(select(Week).where(Week.user_id == user.id).order_by(Week.id))
        )
        week_ids = [w.id for w in weeks]
        return PersonRecords(
            user=user,
            weeks=weeks,
            checkins=list(
                await self.s.scalars(select(CheckIn).where(CheckIn.week_id.in_(week_ids)))
            ),
            reflections=list(
                await self.s.scalars(
                    select(Reflection)
                    .where(Reflection.week_id.in_(week_ids))
                    .order_by(Reflection.answered_at)
                )
            ),
            nudges=list(
                await self.s.scalars(
                    select(Nudge).where(Nudge.user_id == user.id).order_by(Nudge.due_at)
                )
            ),
            events=list(
                await self.s.scalars(
                    select(Event).where(Event.user_id == user.id).order_by(Event.at)
                )
            ),
            links=list(
                await self.s.scalars(
                    select(AnchorLink)
                    .where(or_(AnchorLink.person_id == user.id, AnchorLink.anchor_id == user.id))
                    .order_by(AnchorLink.id)
                )
            ),
            relays=await RelayRepo(self.s).to_user(user.id),
        )

    async def erase(self, user: User) -> dict[str, int]:
        """Delete every row about the person, child tables first; say how many of each."""
        week_ids = select(Week.id).where(Week.user_id == user.id).scalar_subquery()
        counts: dict[str, int] = {}
        await RelayRepo(self.s).erase_to(user.id)  # messages to them; theirs go with the links
        for name, stmt in (
            ("checkins", delete(CheckIn).where(CheckIn.week_id.in_(week_ids))),
            ("reflections", delete(Reflection).where(Reflection.week_id.in_(week_ids))),
            ("nudges", delete(Nudge).where(Nudge.user_id == user.id)),
            ("events", delete(Event).where(Event.user_id == user.id)),
            ("weeks", delete(Week).where(Week.user_id == user.id)),
            ("users", delete(User).where(User.id == user.id)),
        ):
            result = await self.s.execute(stmt.execution_options(synchronize_session=False))
            counts[name] = int(result.rowcount or 0)  # type: ignore[attr-defined]
        await self.s.execute(
            delete(UndeliveredReply).where(UndeliveredReply.chat_id == user.chat_id)
        )
        self.s.expunge_all()
        return counts


# An anchor reminder's `day` is ANCHOR_DAY_BASE + 2 * link id + (0 or 1): unique within the week
# (two anchors, or a second invitation after the first left) and clear of the check-in days that
# the week's own nudge code moves and counts by number.
ANCHOR_DAY_BASE = 1000


def anchor_days(link: AnchorLink) -> tuple[int, int]:
    first = ANCHOR_DAY_BASE + 2 * link.id
    return first, first + 1


def link_reminders(link: AnchorLink) -> tuple[Any, ...]:
    """WHERE conditions for the reminder rows that belong to one anchor link."""
    return (
        Nudge.week_id == link.week_id,
        Nudge.user_id == link.anchor_id,
        Nudge.kind == ANCHOR_NUDGE,
        Nudge.day.in_(anchor_days(link)),
    )


@dataclass(frozen=True, slots=True)
class AnchorNudgeInfo:
    """What an anchor's reminder says: never a mood, a note or a reflection."""

    link_id: int
    person_name: str
    support_kind: str
    support_text: str


class AnchorRepo:
    """Invitations of anchors and their reminders (the nudge rows of kind "anchor")."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def create(
        self,
        week: Week,
        token_hash: str,
        person_name: str,
        now: datetime,
        expires: datetime,
        anchor_no: int = 1,
    ) -> AnchorLink:
        link = AnchorLink(
            week_id=week.id,
            anchor_no=anchor_no,
            person_id=week.user_id,
            token_hash=token_hash,
            person_name=person_name,
            status=LinkStatus.INVITED.value,
            reminders=True,
            messages_sent=0,
            created_at=now,
            expires_at=expires,
        )
        self.s.add(link)
        await self.s.flush()
        return link

    async def by_token(self, token_hash: str) -> AnchorLink | None:
        return await self.s.scalar(select(AnchorLink).where(AnchorLink.token_hash == token_hash))

    async def get(self, link_id: int) -> AnchorLink | None:
        return await self.s.get(AnchorLink, link_id)

    async def user(self, user_id: int) -> User | None:
        return await self.s.get(User, user_id)

    async def week(self, week_id: int) -> Week | None:
        return await self.s.get(Week, week_id)

    async def set_reminders(self, link: AnchorLink, on: bool, now: datetime) -> None:
        """Turn the anchor's reminders still ahead off (cancelled) or back on (pending)."""
        if link.anchor_id is None:
            return
        await self.s.execute(
            update(Nudge)
            .where(
                *link_reminders(link),
                Nudge.status == (CANCELLED if on else PENDING),
                Nudge.due_at > now,
            )
            .values(status=PENDING if on else CANCELLED)
        )

    async def of_week(self, week_id: int) -> list[AnchorLink]:
        rows = await self.s.scalars(
            select(AnchorLink).where(AnchorLink.week_id == week_id).order_by(AnchorLink.id)
        )
        return list(rows)

    async def of_anchor(self, anchor_id: int, *statuses: LinkStatus) -> list[AnchorLink]:
        query = select(AnchorLink).where(AnchorLink.anchor_id == anchor_id)
        if statuses:
            query = query.where(AnchorLink.status.in_([s.value for s in statuses]))
        return list(await self.s.scalars(query.order_by(AnchorLink.id)))

    async def touching(self, user_id: int) -> list[AnchorLink]:
        """Every link the user is on, as the person or as the anchor."""
        rows = await self.s.scalars(
            select(AnchorLink).where(
                or_(AnchorLink.person_id == user_id, AnchorLink.anchor_id == user_id)
            )
        )
        return list(rows)

    async def schedule(self, link: AnchorLink, dues: Sequence[datetime]) -> None:
        assert link.anchor_id is not None
        self.s.add_all(
            Nudge(
                user_id=link.anchor_id,
                week_id=link.week_id,
                kind=ANCHOR_NUDGE,
                day=day,
                due_at=due,
                status=PENDING,
                attempts=0,
            )
            for day, due in zip(anchor_days(link), dues, strict=False)
        )
        await self.s.flush()

    async def cancel_reminders(self, link: AnchorLink) -> None:
        if link.anchor_id is None:
            return
        await self.s.execute(
            update(Nudge)
            .where(
                *link_reminders(link),
                Nudge.status == PENDING,
            )
            .values(status=CANCELLED)
        )

    async def reminders(self, link: AnchorLink) -> list[Nudge]:
        rows = await self.s.scalars(
            select(Nudge)
            .where(
                *link_reminders(link),
            )
            .order_by(Nudge.due_at)
        )
        return list(rows)

    async def unlink(self, user: User) -> list[tuple[AnchorLink, User | None]]:
        """Remove every link the user is on and the reminders they carry (for /delete).

        Returns each removed link with the other side, so they can be told it ended.
        """
        links = await self.touching(user.id)
        out: list[tuple[AnchorLink, User | None]] = []
        for link in links:
            other_id = link.person_id if link.anchor_id == user.id else link.anchor_id
            other = await self.s.get(User, other_id) if other_id is not None else None
            out.append((link, other))
            if link.anchor_id is not None:
                await self.s.execute(
                    delete(Nudge).where(
                        Nudge.week_id == link.week_id,
                        Nudge.user_id == link.anchor_id,
                        Nudge.kind == ANCHOR_NUDGE,
                    )
                )
            await self.s.delete(link)
        await self.s.flush()
        return out

    async def nudge_info(self, dues: Sequence[DueNudge]) -> list[DueNudge]:
        """The anchor reminders among claimed nudges, with whose week and what was asked."""
        wanted = [d for d in dues if d.kind == ANCHOR_NUDGE]
        if not wanted:
            return list(dues)
        first, own = aliased(Anchor), aliased(Anchor)
        rows = await self.s.execute(
            select(
                AnchorLink.id,
                AnchorLink.week_id,
                AnchorLink.anchor_id,
                AnchorLink.person_name,
                AnchorLink.anchor_no,
                first.support_kind,
                first.support_text,
                own.support_kind,
                own.support_text,
            )
            .outerjoin(first, and_(first.week_id == AnchorLink.week_id, first.position == 1))
            .outerjoin(
                own, and_(own.week_id == AnchorLink.week_id, own.position == AnchorLink.anchor_no)
            )
            .where(
                AnchorLink.week_id.in_({d.week_id for d in wanted}),
                AnchorLink.status == LinkStatus.JOINED.value,
                AnchorLink.reminders.is_(True),
            )
        )
        info = {}
        for link_id, week_id, anchor_id, person, no, kind, words, kind2, words2 in rows:
            if no > 1 and kind2:  # a later anchor's own ask, once they have one
                kind, words = kind2, words2
            info[(week_id, anchor_id)] = AnchorNudgeInfo(
                link_id, person, kind or "comfort", words or ""
            )
        return [
            replace(d, about=info.get((d.week_id, d.user_id))) if d.kind == ANCHOR_NUDGE else d
            for d in dues
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
