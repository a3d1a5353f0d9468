"""Words of crisis split over messages: "i want to" now, "die" a few seconds later.

Each typed message is checked alone first (`bot.care.has_crisis_words`); if it says nothing, it
is checked again joined after the person's last few messages of the last few minutes. Those
words live on the person's row (`User.recent_words`, the database: a restart or another process
hears the second half too), only the last `KEPT` messages of the last `window`, and never what
care already heard: words answered with care are forgotten at once, so joined to the next message
they cannot open care a second time. The housekeeping clears the rest once their minutes have
passed (`UserRepo.forget_words_before`); /delete takes them with the row. They are never logged.
Taps and commands between two halves do not part them.

A flood is typed words joined into one turn (bot/adapters/telegram/coalesce.py). When it holds
words of crisis, the pieces typed before them are the person's ordinary answers (a mood, "3",
sent just before "i can't keep myself safe tonight"): `hear` names them, so the journey can keep
them as answers before care opens (bot/journey/flow.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.care import has_crisis_words
from bot.journey.core import Incoming
from storage.models import User

DEFAULT_WINDOW = timedelta(minutes=3)
KEPT = 2  # earlier messages a new one is joined after
KEPT_CHARS = 300  # of each, its end: where a broken-off sentence goes on
MAX_PIECES = 6  # a flood of more pieces than this is chatter: none is taken as an answer
TYPED = ("text", "other")  # a typed message, or a photo's caption


@dataclass(frozen=True, slots=True)
class Heard:
    """What the care check heard in one message: words of crisis (alone or joined with the
    last ones), and, in a flood, the pieces before them to keep as ordinary answers."""

    crisis: bool = False
    answers: tuple[str, ...] = ()


NOTHING = Heard()


def hear(user: User, msg: Incoming, now: datetime, window: timedelta) -> Heard:
    """The care check of one message, with what the person wrote just before it."""
    text = msg.value.strip()
    if msg.kind not in TYPED or not text:
        return NOTHING
    locale = user.language
    if has_crisis_words(text, locale):
        return Heard(True, _answers(msg.pieces, locale))
    earlier = _earlier(user, now, window)
    for count in range(1, len(earlier) + 1):
        if has_crisis_words(_joined([*earlier[-count:], text]), locale):
            return Heard(True)
    return NOTHING


def remember(user: User, msg: Incoming, heard: Heard, now: datetime, window: timedelta) -> None:
    """After the turn: keep this message's words for the next few minutes; words care heard
    are forgotten (with what they were joined to)."""
    if heard.crisis or window <= timedelta(0):
        forget(user)
        return
    text = msg.value.strip()
    if msg.kind not in TYPED or not text:
        return
    kept = [[at.isoformat(), words] for at, words in _entries(user) if at >= now - window]
    kept.append([now.isoformat(), text[-KEPT_CHARS:]])
    user.recent_words = kept[-KEPT:]
    user.words_until = now + window


def forget(user: User) -> None:
    if user.recent_words is not None or user.words_until is not None:
        user.recent_words = None
        user.words_until = None


def _earlier(user: User, now: datetime, window: timedelta) -> list[str]:
    return [words for at, words in _entries(user) if now - window <= at <= now]


def _entries(user: User) -> list[tuple[datetime, str]]:
    """The kept words with when each came; anything unreadable is left out."""
    found = []
    for entry in user.recent_words or []:
        try:
            at, words = entry
            found.append((datetime.fromisoformat(at), str(words)))
        except (TypeError, ValueError):
            continue
    return found


def _joined(parts: Sequence[str]) -> str:
    return "\n".join(parts)


def _answers(pieces: Sequence[str], locale: str) -> tuple[str, ...]:
    """The pieces of a joined flood before its words of crisis: up to the first piece at which
    the words so far hold a cry, less the shortest run of pieces ending there that holds it
    alone ("i want to" + "die" are both the cry; "3" before them is an answer)."""
    parts = [p.strip() for p in pieces if p.strip()]
    if not 1 < len(parts) <= MAX_PIECES:
        return ()
    end = next((k for k in range(len(parts)) if _cry(parts[: k + 1], locale)), None)
    if end is None:
        return ()
    start = next(j for j in range(end, -1, -1) if _cry(parts[j : end + 1], locale))
    return tuple(parts[:start])


def _cry(parts: Sequence[str], locale: str) -> bool:
    return has_crisis_words(_joined(parts), locale)
