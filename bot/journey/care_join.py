"""Words of crisis split over messages: "i want to" now, "die" a few seconds later.

Each typed message is checked alone first (`bot.care.has_crisis_words`); if it says nothing, it
is checked once more joined after the person's last messages of the last few minutes. Those
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
RUN = KEPT + 1  # pieces of a flood read together, as a message is with the ones before it
SCAN = 64  # past this many pieces of a flood, each is read alone (and all of them joined)
TYPED = ("text", "other")  # a typed message, or a photo's caption
REACH = 16  # words on each side of the join of two messages read together again


@dataclass(frozen=True, slots=True)
class Heard:
    """What the care check heard in one message: words of crisis (alone or joined with the
    last ones), and, in a flood, the pieces before them to keep as ordinary answers."""

    crisis: bool = False
    answers: tuple[str, ...] = ()


NOTHING = Heard()


def hear(
    user: User, msg: Incoming, now: datetime, window: timedelta, *, owed: bool = False
) -> Heard:
    """The care check of one message, with what the person wrote just before it. `owed`: the
    last replies never arrived, so nothing typed is an answer to a question never seen."""
    text = msg.value.strip()
    if msg.kind not in TYPED or not text:
        return NOTHING
    locale = user.language
    parts = [p.strip() for p in msg.pieces if p.strip()] or [text]
    found = _first_cry(parts, locale)
    if found is not None:
        answers = () if owed or len(parts) > MAX_PIECES else tuple(parts[:found])
        return Heard(True, answers)
    if len(parts) > 1 and has_crisis_words(text, locale):  # a flood's pieces all joined
        return Heard(True)
    # One more check, not one per earlier message: the kept words are few and short, and a cry
    # split in two is heard as well after another message as right after its first half
    # (benchmarks/care_join.py); a message costs at most two checks.
    earlier = _earlier(user, now, window)
    if earlier and cry_across(earlier, text, locale):
        return Heard(True)
    return NOTHING


def cry_across(earlier: Sequence[str], text: str, locale: str) -> bool:
    """Whether words of crisis cross the join of the earlier messages and the new one. Each was
    already read alone, so only the join is read again: the last `REACH` words before it and
    the first `REACH` after it (a cry split in two lies across it), which keeps a message's
    second check as cheap as a short message's first."""
    head = " ".join(text.split()[:REACH])
    return _cry([*_tail(earlier, REACH), head], locale)


def _tail(earlier: Sequence[str], reach: int) -> list[str]:
    """The last `reach` words of the earlier messages, each message on its own line."""
    lines: list[str] = []
    for words in reversed(earlier):
        found = words.split()[-reach:]
        if found:
            lines.insert(0, " ".join(found))
        reach -= len(found)
        if reach <= 0:
            break
    return lines


def remember(
    user: User,
    msg: Incoming,
    heard: Heard,
    now: datetime,
    window: timedelta,
    *,
    own_word: bool = False,
) -> None:
    """After the turn: keep this message's words for the next few minutes; words care heard
    are forgotten (with what they were joined to). `own_word`: the message was one of the bot's
    own words ("saltar" to skip a question), not kept: joined to the next one ("Salta", the
    city) it read as a cry ("saltar salta", jump, jump)."""
    if heard.crisis or window <= timedelta(0):
        forget(user)
        return
    text = msg.value.strip()
    if msg.kind not in TYPED or not text or own_word:
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


def _first_cry(parts: Sequence[str], locale: str) -> int | None:
    """Where the first cry among a message's pieces begins: the first piece at which a run of
    up to `RUN` pieces ends holding one (a model reads a cry diluted among other pieces less
    surely than the cry alone), the shortest such run ("i want to" + "die" are both the cry;
    "3" before them is an answer). None: no piece, nor a short run, holds one."""
    for end in range(len(parts)):
        span = RUN if end < SCAN else 1
        for start in range(end, max(end - span, -1), -1):
            if _cry(parts[start : end + 1], locale):
                return start
    return None


def _cry(parts: Sequence[str], locale: str) -> bool:
    return has_crisis_words(_joined(parts), locale)
