"""What a nudge is (its kind) and what became of it (its status), as stored in `nudges`; and
what became of a message to another chat, as stored in `relays`."""

from __future__ import annotations

from enum import StrEnum


class NudgeKind(StrEnum):
    CHECKIN = "checkin"
    SNOOZE = "snooze"
    CLOSE = "close"
    ANCHOR = "anchor"  # a reminder to an anchor: user_id is the anchor, week_id the person's


class NudgeStatus(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    MISSED = "missed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"
    FAILED = "failed"


class RelayStatus(StrEnum):
    """A message to another person's chat (the outbox): waiting, being sent, or done with."""

    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"  # refused for good (a malformed message): never tried again
    DROPPED = "dropped"  # the recipient blocked the bot: not tried again


class RelayKind(StrEnum):
    """What a message to another chat is: most are plain; the person hears back about a care
    message (delivered, or not and the words to send themselves), and about a "still in?" that
    could not reach their anchor, see bot/delivery/outbox.py."""

    MESSAGE = "message"
    CARE = "care"
    ASK_AGAIN = "ask_again"  # "Same anchors": an anchor asked whether they are in again
