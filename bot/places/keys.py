"""What a typed place resolves to, and the folded keys every place index is looked up by."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from babel.core import get_global

_UNSPLIT = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"})


@dataclass(frozen=True, slots=True)
class Resolved:
    zone: str
    guessed: bool = False  # from a misspelling: worth a "did you mean…?"


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """The text names several zones ("CST", "USA", "Portland"): ask which one, offering `zones`."""

    typed: str
    zones: tuple[str, ...]


def match_zones(text: str, zones: tuple[str, ...]) -> ZoneMatch:
    zones = tuple(dict.fromkeys(zones))
    return Resolved(zones[0]) if len(zones) == 1 else Ambiguous(text, zones) if zones else None


ZoneMatch = Resolved | Ambiguous | None


OneMatch = Resolved | Ambiguous


def fold(text: str) -> str:
    """Case-fold and drop accents (NFKD marks), keeping the base letters."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_UNSPLIT)


def city_key(text: str) -> str:
    """A lookup key for a place name: folded, with `_ - .` as spaces and no apostrophes."""
    folded = fold(text).replace("'", "").replace("’", "")
    for sep in "_-.":
        folded = folded.replace(sep, " ")
    return " ".join(folded.split())


def name_key(text: str) -> str:
    """A lookup key for a full IANA name typed by hand: folded, spaces as underscores."""
    return "_".join(fold(text).split())


def canonical(zone: str) -> str:
    """The current IANA name for a zone name, old or new (CLDR's aliases); "UTC" for UTC."""
    zone = get_global("zone_aliases").get(zone, zone)
    return "UTC" if zone in ("Etc/UTC", "Etc/GMT") else zone
