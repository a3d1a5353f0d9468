"""Fluent functions for grammar a template cannot spell out itself.

`NAME_CASE($anchor, case: "dative")` gives a Russian name in another case, or "unknown" when it
cannot tell; a message selects on that and keeps a wording with the plain name otherwise:

    btn_share = { NAME_CASE($anchor, case: "dative") ->
        [unknown] ↗️ Отправить: { $anchor }
       *[other] ↗️ Отправить { NAME_CASE($anchor, case: "dative") }
    }

Deliberately cautious: only one Cyrillic word whose ending declines the same way for every
name with it (Мира → Мире, Оля → Оле, Мария → Марии, Андрей → Андрею, мама → маме). Names
ending in a consonant or a soft sign (Иван, Игорь, Любовь, Айгуль) depend on gender or origin, and
adjectives (родная, дорогой) on other rules, so they stay "unknown".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

UNKNOWN = "unknown"
_ONE_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]{2,}")
_NOT_A_NAME = ("ая", "яя", "ой", "ый", "ое", "ее")
_RU_DATIVE = (("ия", "ии"), ("ий", "ию"), ("а", "е"), ("я", "е"), ("й", "ю"))


def ru_dative(name: str) -> str:
    """The dative of a Russian name, or UNKNOWN when its ending does not settle it."""
    if not _ONE_CYRILLIC_WORD.fullmatch(name) or name.lower().endswith(_NOT_A_NAME):
        return UNKNOWN
    for ending, dative in _RU_DATIVE:
        if name.lower().endswith(ending):
            stem = name[: -len(ending)]
            upper = name[-len(ending) :].isupper() and len(name) > len(ending)
            return stem + (dative.upper() if upper else dative)
    return UNKNOWN


def name_case(name: object, case: str = "dative") -> str:
    """NAME_CASE for Fluent. Only the dative is known so far; any other case is UNKNOWN."""
    return ru_dative(str(name)) if case == "dative" else UNKNOWN


# fluent.runtime accepts plain strings from functions, though its hints ask for a FluentType.
FUNCTIONS: dict[str, Callable[..., Any]] = {"NAME_CASE": name_case}
