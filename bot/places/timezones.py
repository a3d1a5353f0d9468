"""Turning what a person types ("sao paulo", "Лиссабон", "UTC+3", "мск", "EST") into an IANA zone.

Zone aliases, city names in every lookup locale, country names and abbreviations come from CLDR
through Babel; content/zones.py adds only what CLDR does not carry. A country or region on several
clocks ("USA", "Россия") and a name shared by far-apart places ("Portland") are Ambiguous, offering
the country's main zones (CLDR's territory zones, one per clock) or the places; a region after the
name settles it ("Portland, Maine", "Córdoba, España"). Words around the place ("I'm in",
«живу в», "vivo en") are dropped and Russian forms read in the nominative
(bot/places/place_text.py).
A typed whole-hour offset becomes a fixed zone (Etc/GMT-3 for "UTC+3"): it is what the person
said, though it will not follow daylight saving. An abbreviation with several meanings ("CST")
is returned as Ambiguous.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import get_timezone_location

from bot.places import place_text, stored
from bot.places.clocks import abbreviation, abbreviations, golden_zones, metazone_home, typed_offset
from bot.places.keys import (
    Ambiguous,
    OneMatch,
    Resolved,
    ZoneMatch,
    canonical,
    city_key,
    match_zones,
    name_key,
)
from content import zones as data

MAX_INPUT = 100
FUZZY_MIN_LENGTH = 5

_CITY_AREAS = re.compile(
    r"(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/"
)
_NOT_ZONES = re.compile(
    r"Factory|localtime|posixrules|Etc/Unknown|[A-Z]{3}\d[A-Z]{3}|(SystemV|posix|right)/.*"
)
_NOT_PLACES = re.compile(r"/(North|South|East|West|Victoria|[A-Z]+)$")
_UTC_NAMES = frozenset({"utc", "gmt", "zulu", "uct", "universal", "greenwich", "z"})
_TRAILING = string.punctuation.replace("+", "") + string.whitespace + "…«»“”„"


@cache
def _zone_names() -> dict[str, str]:
    """Every accepted full zone name, folded, to its canonical zone."""
    return {
        name_key(zone): canonical(zone)
        for zone in available_timezones()
        if not _NOT_ZONES.fullmatch(zone)
    }


def _add(index: dict[str, str], name: str, zone: str) -> None:
    key = city_key(name)
    if key and zone != "UTC":
        index.setdefault(key, zone)


@cache
def _places() -> dict[str, str]:
    """Place names to zones, earlier sources winning: IANA cities, CLDR exemplar cities,
    the curated big cities, retired IANA cities, then single-zone countries."""
    if (kept := stored.indexes().get("places")) is not None:
        return dict(kept)
    index: dict[str, str] = {}
    zones = sorted(set(_zone_names().values()))
    cities = [z for z in zones if _CITY_AREAS.match(z)]
    for zone in cities:
        _add(index, zone.rsplit("/", 1)[-1], zone)
    for locale in data.LOOKUP_LOCALES:
        for zone in cities:
            _add(index, get_timezone_location(zone, locale, return_city=True), zone)
    for zone, names in data.EXTRA_CITIES.items():
        for name in names.split("|"):
            _add(index, name, zone)
    for name, zone in get_global("zone_aliases").items():
        if _CITY_AREAS.match(name) and not _NOT_PLACES.search(name):
            _add(index, name.rsplit("/", 1)[-1], canonical(zone))
    for name, in_region in _regions().items():
        if len(in_region) == 1:
            index.setdefault(name, in_region[0])
    return index


def _clock(zone: str) -> tuple[timedelta, ...]:
    """The zone's UTC offset on the 1st and 15th of each month this year (the 15th of March
    tells American from European summer time): zones on one clock share it."""
    tz, year = ZoneInfo(zone), datetime.now(UTC).year
    moments = (
        datetime(year, month, day, 12, tzinfo=UTC) for month in range(1, 13) for day in (1, 15)
    )
    return tuple(m.astimezone(tz).utcoffset() or timedelta(0) for m in moments)


@cache
def _alias_count() -> Counter[str]:
    return Counter(canonical(zone) for zone in get_global("zone_aliases").values())


def _main_of(zones: list[str]) -> str:
    """The best-known of zones on one clock: a metazone's main zone that is a Windows zone
    (America/New_York over America/Detroit), then a Windows zone, then the most old names."""
    metazones = get_global("meta_zones")

    def rank(zone: str) -> tuple[bool, bool, bool, int, str]:
        golden = zone in golden_zones()
        home = metazone_home(metazones.get(zone, "")) == zone
        return golden and home, golden, home, _alias_count()[zone], zone

    return max(zones, key=rank)


@cache
def country_zones(territory: str) -> tuple[str, ...]:
    """A country's main zones from CLDR, one per clock, west to east ("US": New York, Chicago,
    Denver, Phoenix, Los Angeles, Anchorage, Honolulu); outlying small zones left out."""
    known = set(_zone_names().values())
    in_it = get_global("territory_zones").get(territory, ())
    zones = dict.fromkeys(z for z in map(canonical, in_it) if z in known and z != "UTC")
    if len(zones) > 1:
        zones = {z: None for z in zones if z not in data.MINOR_ZONES} or zones
    clocks: dict[tuple[timedelta, ...], list[str]] = {}
    for zone in zones:
        clocks.setdefault(_clock(zone), []).append(zone)
    return tuple(_main_of(same) for _, same in sorted(clocks.items()))


@cache
def _regions() -> dict[str, tuple[str, ...]]:
    """Countries (CLDR names in every lookup locale) and the regions of content/zones.py, to
    their zones: one, or several to ask among."""
    if (kept := stored.indexes().get("regions")) is not None:
        return {name: tuple(zones) for name, zones in kept.items()}
    index: dict[str, tuple[str, ...]] = {}
    for locale in data.LOOKUP_LOCALES:
        for territory, name in Locale.parse(locale).territories.items():
            if zones := country_zones(territory):
                index.setdefault(city_key(name), zones)
    for target, names in data.REGIONS.items():
        zones = country_zones(target[1:]) if target.startswith("@") else tuple(target.split())
        for name in names.split("|"):
            index[city_key(name)] = zones
    return index


@cache
def _state_codes() -> dict[str, str]:
    return {
        code.casefold(): zone for zone, codes in data.STATE_CODES.items() for code in codes.split()
    }


@cache
def _shared_names() -> dict[str, tuple[str, ...]]:
    return {city_key(n): tuple(z.split()) for n, z in data.SHARED_NAMES.items()}


@cache
def _metazone_names() -> dict[str, str]:
    """Metazone names ("Eastern Time", "Eastern", "hora de Moscú") to their main zone.
    Matched exactly only: "Atlantis" is not a misspelt "Atlantic"."""
    if (kept := stored.indexes().get("metazones")) is not None:
        return dict(kept)
    index: dict[str, str] = {}
    for locale in map(Locale.parse, data.LOOKUP_LOCALES):
        for metazone, names in locale.meta_zones.items():
            home = metazone_home(metazone)
            for name in map(str, (names.get("long") or {}).values() if home else ()):
                _add(index, name, str(home))
                if locale.language == "en" and name.endswith(" Time"):
                    _add(index, name.removesuffix(" Time"), str(home))
    return index


@cache
def _near_index() -> dict[str, set[str]]:
    """Each place key and each of its one-letter deletions, to the keys they come from."""
    index: dict[str, set[str]] = {}
    for key in (*_places(), *_regions()):
        if len(key) >= FUZZY_MIN_LENGTH:
            for variant in {key} | _deletions(key):
                index.setdefault(variant, set()).add(key)
    return index


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter wrong, missing, extra, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return short in _deletions(long_)


def _misspelled_place(text: str) -> ZoneMatch:
    """The place one edit away from the text (names of five letters or more), if all such
    places agree: a guess to confirm, or a region's zones to choose among."""
    key = city_key(text)
    if len(key) < FUZZY_MIN_LENGTH:
        return None
    index, places, regions = _near_index(), _places(), _regions()
    near = {k for v in {key} | _deletions(key) for k in index.get(v, ())}
    found = {places.get(k) or regions[k] for k in near if _one_edit_apart(key, k)}
    if len(found) != 1:
        return None
    zones = found.pop()
    return Resolved(zones, guessed=True) if isinstance(zones, str) else match_zones(text, zones)


def _lookup(text: str) -> ZoneMatch:
    """The text exactly as a zone, offset, abbreviation, place or region (no guessing)."""
    if name_key(text) in _UTC_NAMES:
        return Resolved("UTC")
    key, name = city_key(text), name_key(text)
    if shared := _shared_names().get(key):
        return Ambiguous(text, shared)
    found = typed_offset(text) or abbreviation(text)
    if found is not None:
        return found
    if zone := _zone_names().get(name) or _places().get(key):
        return Resolved(zone)
    if zones := _regions().get(key):
        return match_zones(text, zones)
    return Resolved(zone) if (zone := _metazone_names().get(key)) else None


def _region_zones(text: str) -> tuple[str, ...]:
    """The zones of a region named after a place ("Maine", "TX", "España"), else ()."""
    if zone := _state_codes().get(city_key(text)):
        return (zone,)
    found = _lookup(text)
    return found.zones if isinstance(found, Ambiguous) else (found.zone,) if found else ()


def _narrowed(place: OneMatch, region: tuple[str, ...], text: str) -> ZoneMatch:
    """A place read with the region after it: the place's zones in that region ("Portland" in
    Maine), or the region's own zone when the place is elsewhere ("London, Ontario")."""
    zones = place.zones if isinstance(place, Ambiguous) else (place.zone,)
    where = {_territory(z) for z in region}
    inside = tuple(z for z in zones if z in region)
    inside = inside or tuple(z for z in zones if _territory(z) in where)
    if inside:
        return match_zones(text, inside)
    return match_zones(text, region) if isinstance(place, Resolved) else place


def _territory(zone: str) -> str | None:
    return get_global("zone_territories").get(zone)


def _with_region(text: str) -> ZoneMatch:
    """ "Portland, Maine", "Austin TX", "Córdoba, España": a place, then where it is."""
    head, comma, tail = text.rpartition(",")
    splits = [(head, tail)] if comma else []
    head, of, tail = text.rpartition(" de ")  # "San Juan de Puerto Rico"
    splits += [(head, tail)] if of else []
    words = text.split()
    splits += [(" ".join(words[:i]), " ".join(words[i:])) for i in range(len(words) - 1, 0, -1)]
    for place_part, region_part in splits:
        region = _region_zones(region_part.strip())
        place = _read(place_part.strip()) if region else None
        if place is not None:
            return _narrowed(place, region, text)
    return None


def _read(text: str) -> ZoneMatch:
    """The text, or a shorter reading of it (without "I'm in", in Russian dictionary forms)."""
    for candidate in (text, *place_text.variants(text)):
        if found := _lookup(candidate):
            return found
    return None


def find_zone(text: str) -> ZoneMatch:
    """What the person typed as a zone, city, country, region, offset or abbreviation, in a
    phrase or with its region after it; a guess for a near spelling; None if unknown."""
    cleaned = text.strip().rstrip(_TRAILING) if len(text) <= MAX_INPUT else ""
    if not cleaned:
        return None
    found = _read(cleaned) or _with_region(cleaned)
    if found is None and "," in cleaned:
        found = _read(cleaned.split(",", 1)[0].strip())
    for candidate in (cleaned, *place_text.variants(cleaned)):
        found = found or _misspelled_place(candidate)
    return found


def parse_zone(text: str) -> str | None:
    """The canonical IANA zone for the text, else None (also when it is ambiguous)."""
    found = find_zone(text)
    return found.zone if isinstance(found, Resolved) else None


def picker_label(zone: str, locale: str) -> str:
    """A one-tap zone's button text in `locale`: "Berlin · Paris", "Лондон"."""
    also = data.PICKER_ALSO.get(zone, "").split()
    return " · ".join(city_label(z, locale) for z in (zone, *also))


def is_fixed_offset(zone: str) -> bool:
    """A typed whole-hour offset ("UTC+3" is Etc/GMT-3): it does not follow daylight saving."""
    return zone.startswith("Etc/GMT") and zone != "Etc/GMT"


def city_label(zone: str, locale: str) -> str:
    """The zone as a person reads it in `locale`: "Лондон", "Londres", "UTC+3"."""
    fixed = re.fullmatch(r"Etc/GMT([+-])(\d+)", zone)
    if zone == "UTC" or fixed:
        return "UTC" + (f"{'-' if fixed[1] == '+' else '+'}{fixed[2]}" if fixed else "")
    try:
        return str(get_timezone_location(zone, locale, return_city=True))
    except (UnknownLocaleError, ValueError):
        return str(get_timezone_location(zone, "en", return_city=True))


def picker_zones(locale: str) -> tuple[str, ...]:
    """The one-tap zones offered to a person writing in `locale`."""
    return tuple(data.PICKER_ZONES.get(locale, data.PICKER_ZONES["en"]).split())


def warm() -> None:
    """Build every lookup index now (half a second; a few ms when the last start kept them in
    its file, bot/places/stored.py) rather than in the first person's turn."""
    _places(), _near_index(), _metazone_names(), abbreviations(), _regions()
    if not stored.indexes():
        kept = {"places": _places(), "regions": _regions(), "metazones": _metazone_names()}
        stored.keep({**kept, "abbreviations": abbreviations()})


def zone_label_now(zone: str, now_utc: datetime) -> str:
    """The local wall-clock time in `zone` at `now_utc`, as "HH:MM"."""
    if now_utc.tzinfo is None:
        raise ValueError("now_utc must be timezone-aware")
    return now_utc.astimezone(ZoneInfo(zone)).strftime("%H:%M")
