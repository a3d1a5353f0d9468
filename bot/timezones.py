"""Turning what a person types ("sao paulo", "Europe/Berlin", "Киев") into an IANA zone.

Fixed offsets ("+3", "UTC+3", "Etc/GMT-3") are deliberately not accepted: they drift by an
hour across daylight-saving changes, which is exactly what storing a real zone avoids.
"""

from __future__ import annotations

import string
import unicodedata
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from content.zones import CITY_ALIASES

MAX_INPUT = 100

# Areas whose last name component is a real place.
_CITY_AREAS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)

# Old spellings and retired city names -> current canonical zone. Their city part is
# still searchable ("calcutta" -> Asia/Kolkata).
_RENAMED: dict[str, str] = {
    "Africa/Asmera": "Africa/Asmara",
    "Africa/Timbuktu": "Africa/Abidjan",
    "America/Argentina/ComodRivadavia": "America/Argentina/Catamarca",
    "America/Atka": "America/Adak",
    "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "America/Catamarca": "America/Argentina/Catamarca",
    "America/Cordoba": "America/Argentina/Cordoba",
    "America/Ensenada": "America/Tijuana",
    "America/Fort_Wayne": "America/Indiana/Indianapolis",
    "America/Godthab": "America/Nuuk",
    "America/Indianapolis": "America/Indiana/Indianapolis",
    "America/Jujuy": "America/Argentina/Jujuy",
    "America/Louisville": "America/Kentucky/Louisville",
    "America/Mendoza": "America/Argentina/Mendoza",
    "America/Montreal": "America/Toronto",
    "America/Porto_Acre": "America/Rio_Branco",
    "America/Rosario": "America/Argentina/Cordoba",
    "America/Shiprock": "America/Denver",
    "Asia/Ashkhabad": "Asia/Ashgabat",
    "Asia/Calcutta": "Asia/Kolkata",
    "Asia/Chongqing": "Asia/Shanghai",
    "Asia/Chungking": "Asia/Shanghai",
    "Asia/Dacca": "Asia/Dhaka",
    "Asia/Harbin": "Asia/Shanghai",
    "Asia/Istanbul": "Europe/Istanbul",
    "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Macao": "Asia/Macau",
    "Asia/Rangoon": "Asia/Yangon",
    "Asia/Saigon": "Asia/Ho_Chi_Minh",
    "Asia/Tel_Aviv": "Asia/Jerusalem",
    "Asia/Thimbu": "Asia/Thimphu",
    "Asia/Ujung_Pandang": "Asia/Makassar",
    "Asia/Ulan_Bator": "Asia/Ulaanbaatar",
    "Atlantic/Faeroe": "Atlantic/Faroe",
    "Australia/Canberra": "Australia/Sydney",
    "Europe/Belfast": "Europe/London",
    "Europe/Kiev": "Europe/Kyiv",
    "Europe/Nicosia": "Asia/Nicosia",
    "Europe/Tiraspol": "Europe/Chisinau",
    "Europe/Uzhgorod": "Europe/Kyiv",
    "Europe/Zaporozhye": "Europe/Kyiv",
    "Pacific/Enderbury": "Pacific/Kanton",
    "Pacific/Ponape": "Pacific/Pohnpei",
    "Pacific/Truk": "Pacific/Chuuk",
}

# Legacy names that are not places: accepted only when typed in full, then canonicalised.
_LEGACY: dict[str, str] = {
    "Australia/ACT": "Australia/Sydney",
    "Australia/NSW": "Australia/Sydney",
    "Australia/North": "Australia/Darwin",
    "Australia/Queensland": "Australia/Brisbane",
    "Australia/South": "Australia/Adelaide",
    "Australia/Tasmania": "Australia/Hobart",
    "Australia/Victoria": "Australia/Melbourne",
    "Australia/West": "Australia/Perth",
    "Pacific/Samoa": "Pacific/Pago_Pago",
    "Brazil/East": "America/Sao_Paulo",
    "Canada/Atlantic": "America/Halifax",
    "Canada/Central": "America/Winnipeg",
    "Canada/Eastern": "America/Toronto",
    "Canada/Mountain": "America/Edmonton",
    "Canada/Newfoundland": "America/St_Johns",
    "Canada/Pacific": "America/Vancouver",
    "US/Alaska": "America/Anchorage",
    "US/Arizona": "America/Phoenix",
    "US/Central": "America/Chicago",
    "US/Eastern": "America/New_York",
    "US/Hawaii": "Pacific/Honolulu",
    "US/Mountain": "America/Denver",
    "US/Pacific": "America/Los_Angeles",
    "Eire": "Europe/Dublin",
    "GB": "Europe/London",
    "GB-Eire": "Europe/London",
    "Hongkong": "Asia/Hong_Kong",
    "Iceland": "Atlantic/Reykjavik",
    "Iran": "Asia/Tehran",
    "Israel": "Asia/Jerusalem",
    "Japan": "Asia/Tokyo",
    "NZ": "Pacific/Auckland",
    "Poland": "Europe/Warsaw",
    "Portugal": "Europe/Lisbon",
    "PRC": "Asia/Shanghai",
    "ROC": "Asia/Taipei",
    "ROK": "Asia/Seoul",
    "Singapore": "Asia/Singapore",
    "Turkey": "Europe/Istanbul",
    "W-SU": "Europe/Moscow",
}

_UTC_NAMES = frozenset(
    {
        "utc",
        "gmt",
        "zulu",
        "uct",
        "universal",
        "greenwich",
        "gmt0",
        "gmt+0",
        "gmt-0",
        "etc/utc",
        "etc/gmt",
        "etc/uct",
        "etc/universal",
        "etc/zulu",
        "etc/greenwich",
        "etc/gmt0",
        "etc/gmt+0",
        "etc/gmt-0",
    }
)

# Zone names never offered: abbreviations, fixed offsets and files that are not zones.
_REJECTED_NAMES = frozenset(
    {
        "CET",
        "EET",
        "WET",
        "MET",
        "EST",
        "MST",
        "HST",
        "EST5EDT",
        "CST6CDT",
        "MST7MDT",
        "PST8PDT",
        "Factory",
        "localtime",
        "posixrules",
    }
)
_REJECTED_AREAS = frozenset({"Etc", "SystemV", "posix", "right"})

_TRAILING = string.punctuation + string.whitespace + "…«»“”„"
# Letters NFKD does not split into base + accent.
_UNSPLIT = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"})


def _fold(text: str) -> str:
    """Case-fold and drop accents (NFKD marks), keeping the base letters."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_UNSPLIT)


def _city_key(text: str) -> str:
    """A lookup key for a place name: folded, with `_ - .` as spaces and no apostrophes."""
    folded = _fold(text).replace("'", "").replace("’", "")
    for sep in "_-.":
        folded = folded.replace(sep, " ")
    return " ".join(folded.split())


def _name_key(text: str) -> str:
    """A lookup key for a full IANA name typed by hand: folded, spaces as underscores."""
    return "_".join(_fold(text).split())


def _canonical(zone: str) -> str:
    return _RENAMED.get(zone) or _LEGACY.get(zone) or zone


def _accepted(zone: str) -> bool:
    return zone not in _REJECTED_NAMES and zone.split("/", 1)[0] not in _REJECTED_AREAS


@cache
def _indexes() -> tuple[dict[str, str], dict[str, str]]:
    """Full-name and city-name indexes, built once from the installed zone database."""
    names: dict[str, str] = {}
    cities: dict[str, str] = {}
    legacy_cities: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if not _accepted(zone):
            continue
        names[_name_key(zone)] = _canonical(zone)
        area, _, rest = zone.partition("/")
        if area not in _CITY_AREAS or zone in _LEGACY:
            continue
        key = _city_key(rest.rsplit("/", 1)[-1])
        if zone in _RENAMED:
            legacy_cities.setdefault(key, _RENAMED[zone])
        else:
            cities.setdefault(key, zone)
    for key, zone in legacy_cities.items():
        cities.setdefault(key, zone)
    for alias, zone in CITY_ALIASES.items():
        cities[_city_key(alias)] = zone
    return names, cities


def _lookup(text: str) -> str | None:
    names, cities = _indexes()
    if _name_key(text) in _UTC_NAMES:
        return "UTC"
    return names.get(_name_key(text)) or cities.get(_city_key(text))


def parse_zone(text: str) -> str | None:
    """The canonical IANA zone for a zone name or city the person typed, else None."""
    if len(text) > MAX_INPUT:
        return None
    cleaned = text.strip().rstrip(_TRAILING)
    if not cleaned:
        return None
    found = _lookup(cleaned)
    if found is None and "," in cleaned:
        found = _lookup(cleaned.split(",", 1)[0].strip())
    return found


def zone_label_now(zone: str, now_utc: datetime) -> str:
    """The local wall-clock time in `zone` at `now_utc`, as "HH:MM"."""
    if now_utc.tzinfo is None:
        raise ValueError("now_utc must be timezone-aware")
    return now_utc.astimezone(ZoneInfo(zone)).strftime("%H:%M")
