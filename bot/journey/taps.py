"""Typed callback data: one small codec per kind of button, with named fields.

`Mood(week=3, day=2, mood=4).pack()` gives "ck:3:2:4"; `decode("ck:3:2:4")` gives the `Mood` back.
Telegram returns at most 64 bytes of callback data, so `pack()` refuses anything longer where the
button is built, not when a person taps it. The last field may hold ":" (a time like "08:00").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, Self, get_type_hints

CALLBACK_LIMIT = 64  # bytes, Telegram's limit for callback_data


class Tap:
    """Base of every codec; subclasses are frozen dataclasses with a unique `prefix`."""

    prefix: ClassVar[str]

    def __init_subclass__(cls, prefix: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        assert prefix, f"{cls.__name__} has no prefix"
        cls.prefix = prefix

    def pack(self) -> str:
        values = [_text(getattr(self, f.name)) for f in dataclasses.fields(self)]  # type: ignore[arg-type]
        data = ":".join([self.prefix, *values])
        if len(data.encode()) > CALLBACK_LIMIT:
            raise ValueError(f"callback data over {CALLBACK_LIMIT} bytes: {data[:20]}…")
        return data

    @classmethod
    def unpack(cls, data: str) -> Self:
        """The tap `data` encodes; ValueError if it is not a well-formed `cls`."""
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        head, *rest = data.split(":", len(fields)) if fields else [data]
        if head != cls.prefix or len(rest) != len(fields):
            raise ValueError("not this kind of button")
        hints = get_type_hints(cls)
        return cls(**{f.name: _value(hints[f.name], v) for f, v in zip(fields, rest, strict=True)})


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _value(kind: Any, raw: str) -> Any:
    if kind is bool:
        if raw not in ("0", "1"):
            raise ValueError("not a flag")
        return raw == "1"
    if kind is int:
        return int(raw)
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        return kind(raw)
    return raw


def decode(data: str) -> Tap | None:
    """Any button's data back into its tap, or None for a stale or foreign string."""
    data = _modern(data)
    cls = CODECS.get(data.split(":", 1)[0])
    if cls is None:
        return None
    try:
        return cls.unpack(data)
    except (ValueError, TypeError):
        return None


class Pick(StrEnum):
    """The choices of the draft picker and the pickers' "something else"."""

    TAKE = "take"
    AGAIN = "again"
    OWN = "own"


class Answer(StrEnum):
    YES = "yes"
    NO = "no"


@dataclasses.dataclass(frozen=True)
class Begin(Tap, prefix="begin"):
    pass


@dataclasses.dataclass(frozen=True)
class Support(Tap, prefix="sp"):
    week: int
    kind: str


@dataclasses.dataclass(frozen=True)
class Draft(Tap, prefix="dr"):
    week: int
    pick: Pick


@dataclasses.dataclass(frozen=True)
class Keep(Tap, prefix="sk"):
    keep: bool


@dataclasses.dataclass(frozen=True)
class Zone(Tap, prefix="tz"):
    zone: str  # an IANA name, or "other" to type one


@dataclasses.dataclass(frozen=True)
class Clock(Tap, prefix="tm"):
    at: str  # "HH:MM", or "other" to type one


@dataclasses.dataclass(frozen=True)
class Confirm(Tap, prefix="ok"):
    about: str  # what is being confirmed ("stop", "export", "delete", "night")
    answer: Answer


@dataclasses.dataclass(frozen=True)
class Mood(Tap, prefix="ck"):
    week: int
    day: int
    mood: int


@dataclasses.dataclass(frozen=True)
class EditMood(Tap, prefix="ce"):
    week: int
    day: int
    mood: int


@dataclasses.dataclass(frozen=True)
class Tried(Tap, prefix="ct"):
    week: int
    day: int
    tried: bool


@dataclasses.dataclass(frozen=True)
class NoteSkip(Tap, prefix="cn"):
    week: int
    day: int


@dataclasses.dataclass(frozen=True)
class Effect(Tap, prefix="cf"):
    week: int
    day: int
    effect: str


@dataclasses.dataclass(frozen=True)
class Followup(Tap, prefix="fu"):
    week: int
    value: str


@dataclasses.dataclass(frozen=True)
class ReflectLater(Tap, prefix="rl"):
    week: int
    q: int


@dataclasses.dataclass(frozen=True)
class ReflectPick(Tap, prefix="rq"):
    week: int
    q: int


@dataclasses.dataclass(frozen=True)
class CloseWeek(Tap, prefix="th"):
    week: int


@dataclasses.dataclass(frozen=True)
class Again(Tap, prefix="ag"):
    choice: str  # "same", "new" or "no"


@dataclasses.dataclass(frozen=True)
class SnoozeMenu(Tap, prefix="zz"):
    week: int
    day: int


@dataclasses.dataclass(frozen=True)
class Snooze(Tap, prefix="zh"):
    week: int
    day: int
    choice: str  # "hour" or "evening"


@dataclasses.dataclass(frozen=True)
class LongText(Tap, prefix="lt"):
    keep: bool  # save the first part of a text over the limit (else: the person shortens it)


@dataclasses.dataclass(frozen=True)
class SkipDay(Tap, prefix="sd"):
    week: int
    day: int


@dataclasses.dataclass(frozen=True)
class JournalDay(Tap, prefix="jr"):
    week: int
    day: int


@dataclasses.dataclass(frozen=True)
class Setting(Tap, prefix="se"):
    name: str  # "time", "zone", "quiet", "lang" or "done"


@dataclasses.dataclass(frozen=True)
class Quiet(Tap, prefix="sq"):
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class Language(Tap, prefix="sl"):
    code: str


@dataclasses.dataclass(frozen=True)
class Care(Tap, prefix="cr"):
    answer: str  # "safe", "unsafe", or "back" (to the week, after "unsafe")


@dataclasses.dataclass(frozen=True)
class FillDay(Tap, prefix="fd"):
    week: int
    day: int  # 0: close the week without filling the day in


def _modern(data: str) -> str:
    """Button data of the version before these codecs, in today's form."""
    head, _, rest = data.partition(":")
    field = rest.split(":", 1)[0]
    if head == "ck" and field in _LEGACY:
        return _LEGACY[field](data)
    if head == "th" and data.endswith(":start"):
        return data.removesuffix(":start")
    return data


def _checkin(prefix: str, keep_value: bool = True) -> Callable[[str], str]:
    def convert(data: str) -> str:
        _, _, week, day, value = (data.split(":") + [""] * 5)[:5]
        return ":".join([prefix, week, day, *([value] if keep_value else [])])

    return convert


# Check-in buttons sent before these codecs ("ck:m:<week>:<day>:<mood>", "th:<week>:start") are
# still on people's phones: they keep working.
_LEGACY: dict[str, Callable[[str], str]] = {
    "m": _checkin(Mood.prefix),
    "me": _checkin(EditMood.prefix),
    "t": _checkin(Tried.prefix),
    "n": _checkin(NoteSkip.prefix, keep_value=False),
    "e": _checkin(Effect.prefix),
}


@dataclasses.dataclass(frozen=True)
class Invite(Tap, prefix="inv"):
    week: int
    no: int  # the anchor's position in the week


@dataclasses.dataclass(frozen=True)
class AddAnchor(Tap, prefix="a2"):  # the prefix of buttons already sent, kept
    """ "Add a second person", "Finish adding Mum", "Ask Jo for something too"."""

    week: int


@dataclasses.dataclass(frozen=True)
class SkipAnchor(Tap, prefix="a2no"):
    """ "Just Mira is fine": one more anchor offered, and passed by."""

    week: int


@dataclasses.dataclass(frozen=True)
class Join(Tap, prefix="join"):
    link: int
    yes: bool


@dataclasses.dataclass(frozen=True)
class AnchorWrite(Tap, prefix="aw"):
    link: int


@dataclasses.dataclass(frozen=True)
class AnchorLeave(Tap, prefix="al"):
    link: int


@dataclasses.dataclass(frozen=True)
class CareRelay(Tap, prefix="crl"):
    """In crisis: the drafted words to the anchor on this link, through the bot."""

    link: int


@dataclasses.dataclass(frozen=True)
class PassOn(Tap, prefix="apo"):
    """An anchor's typed words: send them on this link (0: not now)."""

    link: int


@dataclasses.dataclass(frozen=True)
class Reminders(Tap, prefix="arm"):
    link: int
    on: bool


@dataclasses.dataclass(frozen=True)
class Unlink(Tap, prefix="unl"):
    link: int


@dataclasses.dataclass(frozen=True)
class DeliverThanks(Tap, prefix="dth"):
    link: int


@dataclasses.dataclass(frozen=True)
class AnchorReply(Tap, prefix="arp"):
    link: int


@dataclasses.dataclass(frozen=True)
class OwnWeek(Tap, prefix="own"):
    pass


@dataclasses.dataclass(frozen=True)
class Situation(Tap, prefix="sit"):
    week: int
    kind: str  # one of program.SITUATIONS


@dataclasses.dataclass(frozen=True)
class SituationLater(Tap, prefix="sil"):
    week: int


def _codecs() -> dict[str, type[Tap]]:
    """Each kind of button by its prefix: the taps defined above, one prefix each."""
    kinds = Tap.__subclasses__()
    table = {kind.prefix: kind for kind in kinds}
    assert len(table) == len(kinds), "two kinds of button share a prefix"
    return table


CODECS = _codecs()
