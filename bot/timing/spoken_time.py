"""A time of day said in words, in en, ru and es: "half past eight", "quarter to nine pm",
«в полдевятого вечера», «без четверти семь», "a las ocho y media", "las nueve menos cuarto",
"8.30pm" (the digits the clock parser also reads). Words live in content/clock_words.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import time

from content import clock_words as words

MAX_LENGTH = 60

_Reading = Callable[[re.Match[str]], tuple[int, int]]


def _h(m: re.Match[str], i: int = 1) -> int:
    return int(m[i])


# Each reading of the tokens ("#8" a number, "@9" a Russian ordinal), to (hour, minute).
_READINGS: tuple[tuple[re.Pattern[str], _Reading], ...] = tuple(
    (re.compile(pattern), read)
    for pattern, read in (
        (r"half (?:past|after) #(\d+)", lambda m: (_h(m), 30)),
        (r"(?:a )?quarter (?:past|after) #(\d+)", lambda m: (_h(m), 15)),
        (r"#(\d+)(?: minutes?)? (?:past|after) #(\d+)", lambda m: (_h(m, 2), _h(m))),
        (r"(?:a )?quarter (?:to|till|before|of) #(\d+)", lambda m: (_h(m) - 1, 45)),
        (
            r"#(\d+)(?: minutes?)? (?:to|till|before|of) #(\d+)",
            lambda m: (_h(m, 2) - 1, 60 - _h(m)),
        ),
        (r"half #(\d+)", lambda m: (_h(m), 30)),
        (r"(?:пол|половина|половине) @(\d+)", lambda m: (_h(m) - 1, 30)),
        (r"четверть @(\d+)", lambda m: (_h(m) - 1, 15)),
        (r"#(\d+) @(\d+)", lambda m: (_h(m, 2) - 1, _h(m))),
        (r"без четверти #(\d+)", lambda m: (_h(m) - 1, 45)),
        (r"без #(\d+) #(\d+)", lambda m: (_h(m, 2) - 1, 60 - _h(m))),
        (r"#(\d+) y media", lambda m: (_h(m), 30)),
        (r"#(\d+) y cuarto", lambda m: (_h(m), 15)),
        (r"#(\d+) menos cuarto", lambda m: (_h(m) - 1, 45)),
        (r"#(\d+) y #(\d+)", lambda m: (_h(m), _h(m, 2))),
        (r"#(\d+) menos #(\d+)", lambda m: (_h(m) - 1, 60 - _h(m, 2))),
        (r"#(\d+) oh #(\d)", lambda m: (_h(m), _h(m, 2))),
        (r"#(\d+) #([1-5]\d|00)", lambda m: (_h(m), _h(m, 2))),
        (r"#(\d+)", lambda m: (_h(m), 0)),
    )
)


def _fold(text: str) -> str:
    """Lower case, "ё" as "е", Latin letters without accents, "a.m." as "am", a hyphen between
    letters as a space («пол-девятого»)."""
    text = text.casefold().replace("ё", "е").replace("a.m.", "am").replace("p.m.", "pm")
    text = "".join(unicodedata.normalize("NFKD", c)[0] if c < "ɏ" else c for c in text)
    text = re.sub(r"([0-9]{1,2})\s*[:.h]\s*([0-9]{2})", r"\1 \2", text)  # "8.30pm": "8 30 pm"
    text = re.sub(r"([0-9])(am|pm|h)\b", r"\1 \2", text)
    text = re.sub(r"(?<=[^\W\d])[-–](?=\w)", " ", text)
    return " ".join(re.sub(r"[,!?…]", " ", text).split())


def _period(text: str) -> tuple[str, str | None]:
    """The text without its part of the day, and which part: "am", "pm", "night", "noon"."""
    for part, phrases in (
        ("noon", words.NOON),
        ("midnight", words.MIDNIGHT),
        ("night", words.NIGHT),
        ("am", words.MORNING),
        ("pm", words.AFTERNOON),
    ):
        for phrase in sorted(map(_fold, phrases), key=len, reverse=True):
            found = re.search(rf"(?:^| ){re.escape(phrase)}(?: |$)", text)
            if found:
                rest = (text[: found.start()] + " " + text[found.end() :]).strip()
                return rest, part
    return text, None


def _tokens(text: str) -> str:
    """Numbers as "#8", Russian ordinals as "@9", «полдевятого» as «пол @9», fillers dropped."""
    out: list[str] = []
    for word in text.split():
        if word.startswith("пол") and word[3:] in words.ORDINALS:
            out += ["пол", f"@{words.ORDINALS[word[3:]]}"]
        elif word in words.ORDINALS:
            out.append(f"@{words.ORDINALS[word]}")
        elif (word.isascii() and word.isdigit()) or word in words.NUMBERS:
            out.append(f"#{int(word) if word.isdigit() else words.NUMBERS[word]}")
        elif word == "час" and not (out and out[-1].startswith("#")):
            out.append("#1")  # «в час дня»
        elif word not in words.FILLERS and word != "час":
            out.append(word)
    return " ".join(_compounds(out))


def _compounds(tokens: list[str]) -> list[str]:
    """ "twenty five", «двадцать пять», "treinta y cinco" as one number."""
    out: list[str] = []
    for token in tokens:
        joined = len(out) > 1 and out[-1] == "y"
        tens = out[-2 if joined else -1] if out else ""
        if _is_tens(tens) and token.startswith("#") and int(token[1:]) < 10:
            out[-2 if joined else -1 :] = [f"#{int(tens[1:]) + int(token[1:])}"]
            continue
        out.append(token)
    return out


def _is_tens(token: str) -> bool:
    return token.startswith("#") and token[1:] in ("20", "30", "40", "50")


def _on_the_clock(hour: int, minute: int, part: str | None) -> time | None:
    """The hour read with its part of the day: "8 pm" is 20, «12 ночи» is 0, "6 at night" 18."""
    hour += 24 if hour < 0 else 0  # "quarter to twelve" at midnight's side
    if hour > 23 or not 0 <= minute <= 59 or (part == "am" and hour > 12):
        return None
    if part in ("am", "night", "midnight") and hour == 12:
        hour = 0
    elif (part == "pm" and hour < 12) or (part == "night" and 6 <= hour < 12):
        hour += 12
    return time(hour, minute)


def parse_spoken_time(text: str) -> time | None:
    """The wall time said in words, digits or both, else None ("evening" alone is no time)."""
    if len(text) > MAX_LENGTH:
        return None
    rest, part = _period(_fold(text))
    tokens = _tokens(rest)
    if not tokens and part in ("noon", "midnight"):
        return time(12 if part == "noon" else 0)
    for pattern, read in _READINGS:
        if found := pattern.fullmatch(tokens):
            hour, minute = read(found)
            return _on_the_clock(hour, minute, part)
    return None
