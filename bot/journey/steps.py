"""Where a person can be in the journey (stored as a string in `users.step`)."""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    """Where a person is in the journey; each has one declaration in bot/journey/."""

    WELCOME = "welcome"
    ANCHOR_NAME = "anchor_name"
    ANCHOR_WHY = "anchor_why"
    SUPPORT = "support"
    SUPPORT_OWN = "support_own"
    DRAFT = "draft"
    DRAFT_OWN = "draft_own"
    SCHED_KEEP = "sched_keep"
    TZ = "tz"
    TZ_TEXT = "tz_text"
    TZ_CONFIRM = "tz_confirm"
    TIME = "time"
    TIME_TEXT = "time_text"
    TIME_CONFIRM = "time_confirm"
    WEEK = "week"
    CHECKIN_TRIED = "checkin_tried"
    CHECKIN_NOTE = "checkin_note"
    CHECKIN_EFFECT = "checkin_effect"
    FOLLOWUP_SENT = "followup_sent"
    FOLLOWUP_HOW = "followup_how"
    REFLECTION = "reflection"
    FILL_DAY = "fill_day"
    AGAIN = "again"
    ENDED = "ended"
    SET_MENU = "set_menu"
    SET_QUIET = "set_quiet"
    SET_LANG = "set_lang"
    CONFIRM = "confirm"
    CARE = "care"  # "are you safe right now?", the question put aside waits behind it
    CARE_STAY = "care_stay"  # after "I'm not safe": staying with them
    ANCHOR_MSG = "anchor_msg"  # an anchor writing a short message to the person they support
    SITUATION = "situation"  # what is coming up this week (setup)
    SITUATION_HOW = "situation_how"  # the one follow-up about it ("How did the interview go?")
