"""What a nudge is (its kind) and what became of it (its status), as stored in `nudges`."""

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


def check_sql(column: str, enum: type[StrEnum]) -> str:
    """The CHECK constraint text that keeps a column within an enum's values."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"
