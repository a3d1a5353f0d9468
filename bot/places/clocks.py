"""Zones by their clocks: abbreviations ("CEST", "мск"), typed UTC offsets ("UTC+3", "+05:30")."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers

from bot.places import stored
from bot.places.keys import Ambiguous, Resolved, ZoneMatch, canonical, fold
from content import zones as data

_OFFSET = re.compile(r"(utc|gmt|msk|мск)?([+\-−–])(\d{1,2})(?::?(\d{2}))?")  # − and – as minus


@cache
def golden_zones() -> tuple[str, ...]:
    """Each Windows zone's main IANA zone (CLDR): the well-known zone of a region."""
    return tuple(dict.fromkeys(canonical(z) for z in get_global("windows_zone_mapping").values()))


@cache
def metazone_home(metazone: str) -> str | None:
    """The main zone of a CLDR metazone ("America_Eastern" -> "America/New_York")."""
    if metazone in data.METAZONE_HOMES:
        return data.METAZONE_HOMES[metazone]
    members = [canonical(z) for z, m in get_global("meta_zones").items() if m == metazone]
    if named := [z for z in members if z.endswith("/" + metazone)]:
        return named[0]
    where = Counter(get_global("zone_territories").get(z) for z in members)
    golden = [z for z in golden_zones() if z in members] or sorted(members)
    return max(golden, key=lambda z: where[get_global("zone_territories").get(z)], default=None)


@cache
def abbreviations() -> dict[str, tuple[str, ...]]:
    """Folded abbreviation ("est", "cest", "aest", "мск") to the metazones it stands for."""
    if (kept := stored.indexes().get("abbreviations")) is not None:
        return {name: tuple(metazones) for name, metazones in kept.items()}
    found: dict[str, dict[str, None]] = {}
    for locale in locale_identifiers():
        if locale.split("_")[0] not in ("en", "es", "ru") or locale.count("_") > 1:
            continue
        for metazone, names in Locale.parse(locale).meta_zones.items():
            for name in map(str, (names.get("short") or {}).values()):
                if re.fullmatch(r"[A-Za-z]{2,5}", name):
                    found.setdefault(fold(name), {})[metazone] = None
    for name, metazones in data.EXTRA_ABBREVIATIONS.items():
        found[fold(name)] = dict.fromkeys(metazones.split())
    return {name: tuple(metazones) for name, metazones in found.items()}


def abbreviation(text: str) -> ZoneMatch:
    metazones = abbreviations().get(fold(text))
    if not metazones:
        return None
    zones = tuple(dict.fromkeys(z for m in metazones if (z := metazone_home(m))))
    return Resolved(zones[0]) if len(zones) == 1 else Ambiguous(text, zones) if zones else None


def _offsets(zone: str, year: int) -> tuple[timedelta, timedelta]:
    tz = ZoneInfo(zone)
    winter, summer = (datetime(year, m, 15, 12, tzinfo=UTC).astimezone(tz) for m in (1, 7))
    return winter.utcoffset() or timedelta(0), summer.utcoffset() or timedelta(0)


def offset_zone(offset: timedelta) -> str | None:
    """A zone for a typed UTC offset: a fixed Etc zone for whole hours; for "+05:30" and the
    like (which Etc lacks) the well-known zone with that offset, one without DST first."""
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if not rest:
        zone = "UTC" if not hours else f"Etc/GMT{-hours:+d}"
        return zone if zone in available_timezones() else None
    year = datetime.now(UTC).year
    fits = [(len(set(pair)), z) for z in golden_zones() if offset in (pair := _offsets(z, year))]
    return min(fits, key=lambda fit: fit[0])[1] if fits else None


def typed_offset(text: str) -> ZoneMatch:
    match = _OFFSET.fullmatch("".join(fold(text).split()))
    if match is None:
        return None
    prefix, sign, hours, minutes = match.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if int(minutes or 0) >= 60 or offset > timedelta(hours=14):
        return None
    offset = offset if sign == "+" else -offset
    if prefix in ("msk", "мск"):
        offset += timedelta(hours=3)
    zone = offset_zone(offset)
    return Resolved(zone) if zone else None
