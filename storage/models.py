"""Database tables. Every step, answer and nudge of a person lives here, never only in memory."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from content import program
from content.program import Effect, RequestSent, Situation, SupportKind
from storage.column_types import UTCDateTime, enum_of
from storage.nudge_enums import NudgeKind, NudgeStatus, RelayKind, RelayStatus


class WeekStatus(StrEnum):
    SETUP = "setup"
    ACTIVE = "active"
    COMPLETED = "completed"
    STOPPED = "stopped"


class EventKind(StrEnum):
    """What an event row records (never with the person's words)."""

    CRISIS_WORDS = "crisis_words"
    LOW_MOOD = "low_mood"
    CARE_SAFE = "care_safe"
    CARE_UNSAFE = "care_unsafe"
    CARE_REMEMBERED = "care_remembered"  # the next day's one line about a hard day was said


# The events that open care (an "I'm not safe" from an old message too): the rest of that local
# day is a care day, and the next day's first message remembers it.
CARE_MOMENTS = (EventKind.CRISIS_WORDS, EventKind.LOW_MOOD, EventKind.CARE_UNSAFE)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        datetime: UTCDateTime,
        date: Date,
    }


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    timezone: Mapped[str | None] = mapped_column(String(64))
    nudge_minute: Mapped[int | None] = mapped_column(Integer)
    night_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    quiet_start: Mapped[int] = mapped_column(
        Integer, default=program.QUIET_START_MINUTE, server_default=str(program.QUIET_START_MINUTE)
    )
    quiet_end: Mapped[int] = mapped_column(
        Integer, default=program.QUIET_END_MINUTE, server_default=str(program.QUIET_END_MINUTE)
    )
    # Where the person is in the journey: a `bot.journey.steps.Step` value, kept as a string here
    # (a name from an older version falls back to a resting step when read).
    step: Mapped[str] = mapped_column(String(32), default="welcome")
    step_ctx: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # The person's last typed words of the last few minutes, each with when it came, so words
    # of crisis split over two messages are heard (bot/journey/care_join.py). Never longer:
    # cleared once care hears them, and by the housekeeping once `words_until` has passed.
    recent_words: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))
    words_until: Mapped[datetime | None] = mapped_column(index=True)


class Week(Base):
    """One run of the practice: anchor, request, and the week's dates."""

    __tablename__ = "weeks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[WeekStatus] = mapped_column(
        enum_of(WeekStatus, "ck_weeks_status", 12), default=WeekStatus.SETUP
    )
    # The week's anchors, one row each in their order (see `Anchor`); loaded with the week.
    anchors: Mapped[list[Anchor]] = relationship(
        order_by="Anchor.position",
        lazy="selectin",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    draft_variant: Mapped[int] = mapped_column(Integer, default=0)
    request_sent: Mapped[RequestSent | None] = mapped_column(
        enum_of(RequestSent, "ck_weeks_request_sent", 12)
    )
    anchor_response: Mapped[str | None] = mapped_column(Text)
    thank_variant: Mapped[int] = mapped_column(Integer, default=0)
    # Reflection questions already put to the person, one bit each: a question whose day was
    # missed comes with the next check-in, and none is asked twice.
    reflections_asked: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    thank_text: Mapped[str | None] = mapped_column(Text)
    # What the person is facing this week (program.SITUATIONS; None: asked before this existed),
    # and their answer to the one follow-up about it, asked once (on its day, or with the next
    # check-in when that day was missed).
    situation: Mapped[Situation | None] = mapped_column(
        enum_of(Situation, "ck_weeks_situation", 16)
    )
    situation_note: Mapped[str | None] = mapped_column(Text)
    situation_asked_at: Mapped[datetime | None]
    start_date: Mapped[date | None]
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]

    def anchor_at(self, position: int) -> Anchor | None:
        """The anchor in `position` (1: the first), if the week has one there."""
        return next((a for a in self.anchors if a.position == position), None)

    def named_anchors(self) -> list[Anchor]:
        """The anchors the bot may name, in their order (see `named`)."""
        return named(self.anchors)

    def support_of(self, position: int = 1) -> tuple[SupportKind, str | None]:
        """What is asked of the anchor in `position` (see `support_of`)."""
        return support_of(self.anchors, position)

    def unfinished_anchor(self) -> Anchor | None:
        """A later anchor still being added (or kept from last week without this week's ask)."""
        return next((a for a in self.anchors if a.position > 1 and not a.added), None)

    def add_anchor(self, position: int, name: str = "", why: str | None = None) -> Anchor:
        row = Anchor(position=position, name=name, why=why)
        self.anchors.append(row)
        self.anchors.sort(key=lambda a: a.position)
        return row


class Anchor(Base):
    """One anchor of one week: who they are to the person, why, what is asked of them (their
    support, program.SUPPORT_KINDS) and the request drafted to them. `position` orders them
    (1: the first named); an anchor link names its anchor by it (`AnchorLink.anchor_no`).

    A row without a request is an anchor still being added: named nowhere until it has one.
    A second anchor without a support of their own shares the first one's.
    """

    __tablename__ = "anchors"
    __table_args__ = (
        CheckConstraint("position >= 1", name="ck_anchors_position"),
        UniqueConstraint("week_id", "position", name="uq_anchors_week_position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("weeks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(128), server_default="")
    why: Mapped[str | None] = mapped_column(Text)
    support_kind: Mapped[SupportKind | None] = mapped_column(
        enum_of(SupportKind, "ck_anchors_support_kind", 16)
    )
    support_text: Mapped[str | None] = mapped_column(Text)
    request_text: Mapped[str | None] = mapped_column(Text)

    @property
    def added(self) -> bool:
        """The one rule of naming an anchor: the first once named, a later one once their
        request is drafted (one still being added is named nowhere)."""
        return bool(self.name) and (self.position == 1 or self.request_text is not None)


def named(anchors: Iterable[Anchor]) -> list[Anchor]:
    """Of one week's anchor rows, those the bot may name, in their order: the one rule that
    every text, summary and nudge follows (`Anchor.added`)."""
    return sorted((a for a in anchors if a.added), key=lambda a: a.position)


def support_of(anchors: Iterable[Anchor], position: int) -> tuple[SupportKind, str | None]:
    """Of one week's anchor rows, what is asked of the one in `position` and in whose words: a
    later anchor added before they had an ask of their own shares the first one's (the one rule
    of the drafts and of the anchors' reminders)."""
    by_position = {a.position: a for a in anchors}
    for row in (by_position.get(position), by_position.get(1)):
        if row is not None and row.support_kind:
            return row.support_kind, row.support_text
    return SupportKind.COMFORT, None


class CheckIn(Base):
    """A day's answers; one row per (week, day), filled in one tap at a time."""

    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("week_id", "day", name="uq_checkin_week_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("weeks.id", ondelete="CASCADE"))
    day: Mapped[int] = mapped_column(Integer)
    mood: Mapped[int | None] = mapped_column(Integer)
    tried: Mapped[bool | None] = mapped_column(Boolean)
    tried_note: Mapped[str | None] = mapped_column(Text)
    effect: Mapped[Effect | None] = mapped_column(enum_of(Effect, "ck_checkins_effect", 12))
    skipped: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    answered_at: Mapped[datetime]


class Reflection(Base):
    __tablename__ = "reflections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("weeks.id", ondelete="CASCADE"), index=True)
    question: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(Text)
    answered_at: Mapped[datetime]


class Nudge(Base):
    """A scheduled message. The dispatcher claims due rows; status says what became of each."""

    __tablename__ = "nudges"
    __table_args__ = (
        Index("ix_nudges_status_due", "status", "due_at"),
        UniqueConstraint("week_id", "kind", "day", name="uq_nudge_week_kind_day"),
        Index("ix_nudges_claimed_by", "claimed_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("weeks.id", ondelete="CASCADE"))
    kind: Mapped[NudgeKind] = mapped_column(enum_of(NudgeKind, "ck_nudges_kind", 12))
    day: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime]
    status: Mapped[NudgeStatus] = mapped_column(
        enum_of(NudgeStatus, "ck_nudges_status", 12), default=NudgeStatus.PENDING
    )
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    retry_at: Mapped[datetime | None]  # after a passing failure: not tried again before this


class UndeliveredReply(Base):
    """A chat whose last reply could not be delivered: its next message shows the open question."""

    __tablename__ = "undelivered_replies"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    since: Mapped[datetime]


class LinkStatus(StrEnum):
    """Where an invitation to an anchor stands."""

    INVITED = "invited"  # the link is out; nobody has answered it yet
    JOINED = "joined"
    DECLINED = "declined"
    LEFT = "left"  # either side ended it


class AnchorLink(Base):
    """An anchor invited into one person's week. Only the token's hash is stored.

    Holds no mood, note or reflection: the anchor's side reads the person's chosen name and
    their request, nothing else.
    """

    __tablename__ = "anchor_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("weeks.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    anchor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    anchor_no: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # 1 or 2
    person_name: Mapped[str] = mapped_column(String(128))
    status: Mapped[LinkStatus] = mapped_column(
        enum_of(LinkStatus, "ck_anchor_links_status", 12), default=LinkStatus.INVITED
    )
    reminders: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    messages_sent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    thanked_at: Mapped[datetime | None]  # the thank-you went to the anchor through the bot
    replied: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]


class Relay(Base):
    """A message to another person's chat (across an anchor link): the outbox.

    Written in the same transaction as the change that caused it, sent right after the commit
    or, failing that, by the dispatcher. Its words are cleared once it is delivered or given up
    on. Removed with the recipient, and with the link (either side's /delete).
    """

    __tablename__ = "relays"
    __table_args__ = (
        Index("ix_relays_status_created", "status", "created_at"),
        Index("ix_relays_claimed_by", "claimed_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    to_user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    link_id: Mapped[int | None] = mapped_column(
        ForeignKey("anchor_links.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    buttons: Mapped[list[Any]] = mapped_column(JSON)
    status: Mapped[RelayStatus] = mapped_column(
        enum_of(RelayStatus, "ck_relays_status", 12), default=RelayStatus.PENDING
    )
    kind: Mapped[RelayKind] = mapped_column(
        enum_of(RelayKind, "ck_relays_kind", 12),
        default=RelayKind.MESSAGE,
        server_default=RelayKind.MESSAGE.value,
    )
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    retry_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class ProcessedUpdate(Base):
    """Telegram update ids already handled, so a redelivered update changes nothing twice."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    seen_at: Mapped[datetime] = mapped_column(index=True)


class InboxUpdate(Base):
    """A Telegram update received but not yet handled: stored before Telegram hears "received",
    deleted once handled. A receiver's claim (with a lease it renews) says who handles it; a
    crashed receiver's rows are taken over when the lease runs out
    (bot/adapters/telegram/polling.py)."""

    __tablename__ = "inbox"
    __table_args__ = (Index("ix_inbox_claimed_until", "claimed_until"),)

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    payload: Mapped[str] = mapped_column(Text)  # the update's JSON, as Telegram sent it
    claimed_by: Mapped[str] = mapped_column(String(64))
    claimed_until: Mapped[datetime]
    received_at: Mapped[datetime]
    # Times a receiver took it over from one that stopped or died with it in hand: the tries
    # of an update that kills the process count across processes.
    takeovers: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Event(Base):
    """A moment worth knowing about (a crisis answer, a low-mood run), never with their words."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    week_id: Mapped[int | None] = mapped_column(ForeignKey("weeks.id", ondelete="CASCADE"))
    kind: Mapped[EventKind] = mapped_column(enum_of(EventKind, "ck_events_kind", 24))
    at: Mapped[datetime]
