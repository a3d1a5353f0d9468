"""What a typed place is without the words around it, for the zone lookup (bot/places/timezones.py):
"I'm in Berlin" -> "Berlin", «живу в Нижнем Новгороде» -> «нижний новгород» (the lemmas of
pymorphy3, so «в Москве», «из Питера» and «под Москвой» are Moscow), "new york city" -> "new york".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from content import zones as data
from content.grammar import morph

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _lemma(word: str) -> str:
    """A Russian word's dictionary form, a place's when it can be one («Перми» -> «пермь»)."""
    if not _CYRILLIC.search(word):
        return word
    parses = morph().parse(word.casefold())
    place = [p for p in parses if "Geox" in p.tag] or parses
    return str(place[0].normal_form) if place else word


def lemmas(text: str) -> str:
    """The text with each Russian word in its dictionary form; other words as typed."""
    return " ".join(_lemma(w) for w in text.split())


def _strip_lead_in(text: str) -> str | None:
    low = text.casefold()
    for lead in data.LEAD_INS:
        if low.startswith(lead + " ") or (lead.endswith(".") and low.startswith(lead)):
            return text[len(lead) :].strip()
    return None


def _strip_tail(text: str) -> str | None:
    words = text.split()
    if len(words) > 1 and words[-1].casefold() in data.TAILS:
        return " ".join(words[:-1])
    return None


def variants(text: str) -> Iterator[str]:
    """Shorter readings of the text, most literal first: without each lead-in in turn, then
    without a trailing "city", then in Russian dictionary forms."""
    seen = {text}
    current: str | None = text
    while current:
        for candidate in (current, _strip_tail(current)):
            for form in (candidate, lemmas(candidate) if candidate else None):
                if form and form not in seen:
                    seen.add(form)
                    yield form
        current = _strip_lead_in(current)


