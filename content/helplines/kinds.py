"""What a help line is (kind, notes, source, review date), and the entries shared by countries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

# When the entries were checked against their sources. An entry checked again (or added) says
# its own date in `reviewed`; anything older than six months is due for another look.
FIRST_REVIEW = date(2026, 11, 27)
REVIEWED = date(2026, 12, 6)


class Kind(Enum):
    CRISIS = "crisis"  # someone to talk to now, day or night where noted
    EMERGENCY = "emergency"  # ambulance / police / all emergencies
    DIRECTORY = "directory"  # finds a line in any country


class Note(Enum):
    CALL_OR_TEXT = "call_or_text"
    TEXT = "text"  # text only (the number is an SMS short code)
    FREE = "free"
    ALWAYS = "always"  # 24 hours a day
    YOUNG = "young"  # for children and young people
    YOUNG_AND_PARENTS = "young_and_parents"  # for children, teens and their parents
    ENGLISH = "english"  # in English, in a country where that is not the main language
    MOSCOW = "moscow"
    BOGOTA = "bogota"
    FROM_MOBILE = "from_mobile"
    SUICIDE = "suicide"  # a national suicide-prevention line
    ADULTS_NATIONWIDE = "adults_nationwide"  # for adults, anywhere in the country


@dataclass(frozen=True)
class HelpLine:
    name: str  # as the service names itself
    kind: Kind
    source: str  # the official page this entry was checked against
    number: str | None = None  # as dialled inside the country
    link: str | None = None  # a site or chat, for lines reached online
    notes: tuple[Note, ...] = ()
    languages: tuple[str, ...] = ()  # ISO 639-1 codes the line answers in (empty: any)
    country: str | None = None  # ISO 3166 code; filled in from LINES by bot.care.helplines
    reviewed: date = FIRST_REVIEW  # when this entry was last checked against `source`


def emergency(
    number: str, source: str, name: str = "Emergency", reviewed: date = FIRST_REVIEW,
    notes: tuple[Note, ...] = (),
) -> HelpLine:  # fmt: skip
    return HelpLine(
        name=name, kind=Kind.EMERGENCY, number=number, source=source, reviewed=reviewed,
        notes=notes,
    )  # fmt: skip


EU_112 = "https://digital-strategy.ec.europa.eu/en/policies/112"
EU_112_LINE = emergency("112", EU_112)
SAMARITANS = HelpLine(
    name="Samaritans",
    kind=Kind.CRISIS,
    number="116 123",
    link="samaritans.org",
    source="https://www.samaritans.org",
    notes=(Note.FREE, Note.ALWAYS),
    languages=("en",),
)
