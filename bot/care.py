"""Noticing when someone may be in danger: words of crisis in free text, and runs of low mood.

The phrases themselves live in `content.crisis`, where people who are not programmers can
review them. This module only tidies the text and applies them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from content.crisis import CRISIS_PATTERNS, FALSE_ALARM_PATTERNS

FALLBACK_LOCALE = "en"

# Apostrophe look-alikes (curly quotes, modifier letters, primes, backtick, acute) → '.
_APOSTROPHES = re.compile("[\u2018\u2019\u201a\u201b\u02bc\u02b9\u2032\u0060\u00b4\uff07]")
# Hyphen and dash look-alikes → - ("self—harm" is "self-harm").
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
# Invisible characters that would split a word: zero-width space/joiners, BOM, soft hyphen.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")
# What a removed false alarm leaves behind: not a space, so no crisis phrase can span it.
_GAP = " | "


def normalise(text: str) -> str:
    """Lower-case NFKC text with ё → е, plain apostrophes and dashes, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("ё", "е")
    text = _INVISIBLE.sub("", text)
    text = _APOSTROPHES.sub("'", text)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def _locales_for(locale: str) -> tuple[str, ...]:
    """Every locale we have, the person's first: people mix languages whatever their settings."""
    base = (locale or "").lower().replace("_", "-").split("-")[0]
    ordered = dict.fromkeys((base, FALLBACK_LOCALE, *CRISIS_PATTERNS))
    return tuple(code for code in ordered if code in CRISIS_PATTERNS)


def _alternation(fragments: list[str]) -> re.Pattern[str] | None:
    """One regex for many fragments, tried only where a word starts (about 3x faster)."""
    if not fragments:
        return None
    body = "|".join(f"(?:{fragment})" for fragment in fragments)
    return re.compile(rf"\b(?=\w)(?:{body})", re.UNICODE)


@cache
def _compiled(locales: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(false alarms, crisis phrases) for these locales, each compiled once into one regex."""
    false_alarms = [f for code in locales for f in FALSE_ALARM_PATTERNS.get(code, ())]
    crisis = [f for code in locales for f in CRISIS_PATTERNS.get(code, ())]
    return _alternation(false_alarms), _alternation(crisis)


def has_crisis_words(text: str, locale: str) -> bool:
    """Whether free text contains words of crisis (self-harm, suicide, wanting to die).

    Checks the phrases of every locale, after cutting out look-alike idioms
    ("my phone died", "убить время"). Errs on the side of noticing.
    """
    if not text:
        return False
    false_alarms, crisis = _compiled(_locales_for(locale))
    if crisis is None:
        return False
    cleaned = normalise(text)
    if false_alarms is not None:
        cleaned = false_alarms.sub(_GAP, cleaned)
    return crisis.search(cleaned) is not None


def low_mood_run(moods_by_day: dict[int, int | None], threshold: int = 1, run: int = 3) -> bool:
    """Whether `run` consecutive days (no gaps, no None) all have mood <= `threshold`."""
    if run < 1:
        raise ValueError("run must be at least 1")
    streak = 0
    previous: int | None = None
    for day in sorted(moods_by_day):
        mood = moods_by_day[day]
        if mood is None or mood > threshold:
            streak = 0
        elif previous is not None and day == previous + 1 and streak:
            streak += 1
        else:
            streak = 1
        previous = day
        if streak >= run:
            return True
    return False
