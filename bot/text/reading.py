"""Reading a short answer for what it says, in en, ru and es: the tone of "how did it go?"
("It went better than I feared" went well; «так себе» is mixed; "Not really" was hard), a mood
typed at the check-in ("pretty good today", "😄", «норм», "fatal"), and a typed yes / not yet /
no to "did you send it?". The words are lexicons in content/locales/*/main.ftl; every
language's lexicon is read whatever the person's language, their own first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from functools import cache

from content import LOCALES, Texts
from content.program import RequestSent

MAX_MOOD_WORDS = 6  # a longer text is a note, not a mood ("I had a good talk with mom")


class Tone(StrEnum):
    WELL = "well"
    MIXED = "mixed"
    HARD = "hard"
    NONE = "none"  # no answer yet, or it has not happened yet


_NEGATIONS = frozenset({"not", "no", "never", "не", "ни", "nada", "nunca"})
_EMOJI_MOODS = {"😞": 1, "😢": 1, "😭": 1, "😩": 1, "😕": 2, "🙁": 2, "☹": 2, "😔": 2, "😐": 3,
                "😶": 3, "🤷": 3, "🙂": 4, "😊": 4, "👍": 4, "😄": 5, "😀": 5, "😁": 5, "🤩": 5,
                "🥰": 5}  # fmt: skip


def fold(text: str) -> str:
    """Lower case, "ё" as "е", Latin letters without accents, words split by spaces only."""
    text = text.casefold().replace("ё", "е")
    text = "".join(unicodedata.normalize("NFKD", c)[0] if c < "ɏ" else c for c in text)
    return " ".join(re.sub(r"[^\w\s]", " ", text.replace("’", "'").replace("'", "")).split())


@cache
def _lexicon(locale: str, key: str) -> tuple[str, ...]:
    """A lexicon's phrases in the person's language first, then in every other one."""
    order = [locale, *(code for code in LOCALES if code != locale)]
    phrases = (fold(p) for code in order for p in Texts(code).plain(key).split("|"))
    return tuple(dict.fromkeys(p for p in phrases if p))


def _matches(words: list[str], phrases: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Non-overlapping phrase matches, longest first: (start, end, what it means)."""
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        size = len(phrase.split())
        for i in range(len(words) - size + 1):
            span = set(range(i, i + size))
            if " ".join(words[i : i + size]) == phrase and not span & taken:
                found.append((i, i + size, phrases[phrase]))
                taken |= span
    return found


def tone(text: str, locale: str) -> Tone | None:
    """The tone of an answer to "how did it go?", or None when it says none of them."""
    words = fold(text).split()
    phrases = {p: kind for kind in Tone for p in _lexicon(locale, f"tone_words_{kind}")}
    kinds: set[Tone] = set()
    for start, _end, kind in _matches(words, phrases):
        negated = start > 0 and words[start - 1] in _NEGATIONS
        flipped = {Tone.WELL: Tone.HARD, Tone.HARD: Tone.MIXED}.get(Tone(kind), Tone(kind))
        kinds.add(flipped if negated else Tone(kind))
    if Tone.NONE in kinds:
        return Tone.NONE
    if Tone.MIXED in kinds or {Tone.WELL, Tone.HARD} <= kinds:
        return Tone.MIXED
    return kinds.pop() if kinds else None


def mood(text: str, locale: str) -> int | None:
    """A mood from 1 to 5 typed at the check-in: a number, a face, or a few words."""
    stripped = text.strip().removesuffix("/5").strip()
    if stripped.isascii() and stripped.isdigit():
        return int(stripped) if 1 <= int(stripped) <= 5 else None
    faces = {_EMOJI_MOODS[c] for c in stripped if c in _EMOJI_MOODS}
    if len(faces) == 1 and not fold(stripped):
        return faces.pop()
    words = fold(stripped).split()
    if not words or len(words) > MAX_MOOD_WORDS:
        return None
    phrases = {p: str(n) for n in range(1, 6) for p in _lexicon(locale, f"mood_words_{n}")}
    found = {int(kind) for *_, kind in _matches(words, phrases)}
    return found.pop() if len(found) == 1 else None


def sent(text: str, locale: str) -> RequestSent | None:
    """ "yes", "not yet", "not really", «пока нет», "todavía no": the answer it starts with."""
    words = fold(text).split()
    best: tuple[int, RequestSent] | None = None
    for kind in RequestSent:
        for phrase in _lexicon(locale, f"sent_words_{kind}"):
            size = len(phrase.split())
            if words[:size] == phrase.split() and (best is None or size > best[0]):
                best = (size, kind)
    return best[1] if best else None
