"""A person's row, and everything about one person at once (to hand it to them, or to erase it)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, bindparam, delete, func, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload

from storage.models import (
    AnchorLink,
    CheckIn,
    Event,
    LinkStatus,
    Nudge,
    Reflection,
    Relay,
    UndeliveredReply,
    User,
    Week,
)
from storage.repositories.events import latest_at
from storage.repositories.relays import RelayRepo


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


@functools.cache
def _standing() -> Select[User, Week, datetime, bool, bool]:
    """Built once: a statement is cheaper to run again than to build again (every update)."""
    other = aliased(Week)
    latest = (
        select(func.max(other.id)).where(other.user_id == User.id).correlate(User)
    ).scalar_subquery()
    cared = latest_at(User.id)
    owed = select(UndeliveredReply.chat_id).where(UndeliveredReply.chat_id == User.chat_id)
    anchor = aliased(User)
    unreached = (
        select(AnchorLink.id)
        .join(anchor, anchor.id == AnchorLink.anchor_id)
        .where(
            AnchorLink.week_id == Week.id,
            AnchorLink.status == LinkStatus.INVITED,
            anchor.active.is_(False),
        )
        .correlate(Week)
    )
    return (
        select(
            User,
            Week,
            cared.label("cared_at"),
            owed.exists().label("owed"),
            unreached.exists().label("unreached"),
        )
        .outerjoin(Week, Week.id == latest)
        .where(User.chat_id == bindparam("chat_id"))
        .options(joinedload(Week.anchors))
    )


@dataclass(frozen=True, slots=True)
class Standing:
    """What a person's turn starts from, read at once: them, their latest week (with its
    anchors), their latest care moment, whether their last replies never arrived, and whether
    an anchor asked this week can no longer be reached (they blocked the bot, unnoticed until
    the question went)."""

    user: User
    week: Week | None
    cared_at: datetime | None
    owed: bool
    unreached: bool = False


# A person's turns, one at a time across processes (with the chat's id in 31 bits).
TURN_LOCK_CLASS = 74210533
# How long a turn waits for the chat's last turn (or any lock) before it fails and is tried
# again later: a turn stuck mid-transaction (a process hung on a dropped link) must not hold
# that person's messages for as long as its connection lives.
TURN_PATIENCE_SECONDS = 20.0
# The wait's limit is set first (the lock is taken from the row that sets it), for the rest of
# the transaction only.
_TURN_LOCK = text(
    "WITH patience AS (SELECT set_config('lock_timeout', :patience, true)) "
    "SELECT pg_advisory_xact_lock(:a, :b) FROM patience"
)


class UserRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def take_turn(self, chat_id: int, patience: float = TURN_PATIENCE_SECONDS) -> None:
        """Wait for any other turn of this chat to commit, then hold the chat until this one
        does. Several webhook receivers on PostgreSQL may take one person's updates at the same
        moment; each turn must read what the last one wrote (the words kept for the care
        check's join above all). Past `patience` seconds it fails as the database being away
        does (the update is tried again). SQLite has one writer at a time already."""
        if self.s.get_bind().dialect.name == "postgresql":
            await self.s.execute(
                _TURN_LOCK,
                {
                    "patience": f"{round(patience * 1000)}ms",
                    "a": TURN_LOCK_CLASS,
                    "b": chat_id & 0x7FFFFFFF,
                },
            )

    async def by_chat(self, chat_id: int) -> User | None:
        return await self.s.scalar(select(User).where(User.chat_id == chat_id))

    async def standing(self, chat_id: int) -> Standing | None:
        """The person by chat with everything a turn starts from, in one statement."""
        rows = await self.s.execute(_standing(), {"chat_id": chat_id})
        row = rows.unique().one_or_none()
        if row is None:
            return None
        user, week, cared_at, is_owed, unreached = row
        return Standing(user, week, cared_at, bool(is_owed), bool(unreached))

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

    async def forget_words_before(self, when: datetime) -> None:
        """The words kept for joining (`User.recent_words`) whose few minutes have passed."""
        await self.s.execute(
            update(User)
            .where(User.words_until < when)
            .values(recent_words=None, words_until=None)
            .execution_options(synchronize_session=False)
        )

    async def set_active(self, chat_id: int, active: bool, now: datetime) -> None:
        await self.s.execute(
            update(User).where(User.chat_id == chat_id).values(active=active, updated_at=now)
        )

    async def set_inactive_by_id(self, user_ids: Sequence[int], now: datetime) -> None:
        if user_ids:
            await self.s.execute(
                update(User).where(User.id.in_(user_ids)).values(active=False, updated_at=now)
            )


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
