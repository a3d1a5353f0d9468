"""The practice's structure as data: what is asked when, and the choices offered."""

from __future__ import annotations

from enum import StrEnum

WEEK_DAYS = 7
CLOSE_DAY = WEEK_DAYS + 1


class SupportKind(StrEnum):
    """What is asked of an anchor this week (`anchors.support_kind`); "own": in the person's
    words (`anchors.support_text`)."""

    COMFORT = "comfort"
    LISTEN = "listen"
    HELP = "help"
    OWN = "own"


class Situation(StrEnum):
    """What the person is facing this week (`weeks.situation`): something big, trying something
    new, supporting someone who depends on them, or an ordinary week. It picks the example, the
    request's wording and one follow-up question on the day below (an ordinary week has none and
    keeps the general wording)."""

    BIG = "big"
    NEW = "new"
    CARE = "care"
    ORDINARY = "ordinary"


class Effect(StrEnum):
    """Whether the anchor made the person calmer or braver that day (`checkins.effect`)."""

    CALMER = "calmer"
    BRAVER = "braver"
    BOTH = "both"
    NEITHER = "neither"


class RequestSent(StrEnum):
    """Whether the person sent their request (`weeks.request_sent`; None: not asked yet)."""

    SENT = "sent"
    NOT_YET = "not_yet"
    DECLINED = "declined"


SUPPORT_KINDS = tuple(SupportKind)
SITUATIONS = tuple(Situation)
SITUATION_FOLLOWUP_DAY = {Situation.BIG: 4, Situation.NEW: 5, Situation.CARE: 5}
EFFECTS = tuple(Effect)
HELPED_EFFECTS = (Effect.CALMER, Effect.BRAVER, Effect.BOTH)  # the anchor made a difference
MOODS = (1, 2, 3, 4, 5)

# Reflection question index asked after the check-in of each of these days.
REFLECTION_DAYS = {1: 0, 3: 1, 5: 2, 7: 3}
REFLECTION_COUNT = 4

# Days from which the bot asks whether the request was sent (again if "not yet").
FOLLOWUP_FIRST_DAY = 2
FOLLOWUP_AGAIN_DAY = 4

TIME_CHOICES = ("08:00", "12:00", "18:00", "19:00", "20:00", "21:00")
DEFAULT_CHECKIN_MINUTE = 19 * 60

# Quiet hours (local minutes after midnight): no nudge in them unless the person asked for one.
QUIET_START_MINUTE = 22 * 60
QUIET_END_MINUTE = 8 * 60
QUIET_CHOICES = ((22 * 60, 8 * 60), (23 * 60, 7 * 60), (21 * 60, 9 * 60), (0, 7 * 60))

NAME_MAX = 64
ANCHORS_MAX = 2  # a week has one anchor, and may have one more
SHORT_TEXT_MAX = 1000
LONG_TEXT_MAX = 4096
DRAFT_MAX = 3000  # a draft is echoed inside a message, which Telegram caps at 4,096
