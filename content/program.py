"""The practice's structure as data: what is asked when, and the choices offered."""

from __future__ import annotations

WEEK_DAYS = 7
CLOSE_DAY = WEEK_DAYS + 1

SUPPORT_KINDS = ("comfort", "listen", "help", "own")
# What the person is facing this week: something big, trying something new, supporting someone
# who depends on them, or an ordinary week. It picks the example, the request's wording and one
# follow-up question on the day below ("ordinary" has none and keeps the general wording).
SITUATIONS = ("big", "new", "care", "ordinary")
SITUATION_FOLLOWUP_DAY = {"big": 4, "new": 5, "care": 5}
EFFECTS = ("calmer", "braver", "both", "neither")
HELPED_EFFECTS = ("calmer", "braver", "both")  # the anchor made a difference that day
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
