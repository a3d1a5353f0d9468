"""Where to find help now, by country: crisis lines and emergency numbers, each with its source.

This package is content, meant to be read and reviewed by people who are not programmers.
`bot.care.helplines.lines_for` picks from it: the person's country first (from their time zone),
then lines in their language, then the international directories.

Rules for every entry:
- Only services we are confident exist, each with a number to call or text, or a link.
- `source` is the service's own official site (or, for an emergency number, an official
  government page), where the entry was checked. Re-check every entry at least twice a year and
  remove any that went out of service: a dead number in a crisis is worse than none.
- When unsure for a country, give only its emergency number, or nothing: the international
  directories (findahelpline.com lists lines by country) always come last.
- Plain text only (no "<", ">" or "&"): the care message is HTML.

A country's lines are listed in the order they should be offered. Descriptions are built from
`notes` and `NOTE_TEXT` (one table per language), so adding a language (say "es") means adding
its column to NOTE_TEXT and KIND_TEXT here (en, ru and es have theirs); country names come from Babel's CLDR data.
"""

from __future__ import annotations

from content.helplines import africa_oceania, americas, asia, europe
from content.helplines.kinds import (
    EU_112_LINE,
    FIRST_REVIEW,
    REVIEWED,
    HelpLine,
    Kind,
    Note,
    emergency,
)

__all__ = [
    "DIRECTORIES",
    "EMERGENCY_NUMBERS",
    "FIRST_REVIEW",
    "KIND_TEXT",
    "LANGUAGE_HOME",
    "LINES",
    "MOBILE_ONLY",
    "NOTE_TEXT",
    "REVIEWED",
    "SHARED_ZONES",
    "HelpLine",
    "Kind",
    "Note",
]

# Lines by ISO 3166 country code, most useful first (one module per part of the world).
LINES: dict[str, tuple[HelpLine, ...]] = {
    **americas.LINES,
    **europe.LINES,
    **asia.LINES,
    **africa_oceania.LINES,
}

# The other EU countries: 112 reaches the emergency services everywhere in the EU.
for _code in ("BG", "HR", "CY", "CZ", "EE", "HU", "LV", "LT", "LU", "MT", "RO", "SK", "SI"):
    LINES.setdefault(_code, (EU_112_LINE,))

# Every other territory a time zone can name: its emergency number, as dialled there (the
# ambulance first where the services have their own numbers), checked against the U.S.
# Department of State's list of emergency numbers abroad. Where we are not sure of a number,
# no guess: the mobile-phone standard (3GPP TS 22.101) makes 112 an emergency call on every
# mobile phone on any GSM, 3G, 4G or 5G network, so that is what we give, said to be from a
# mobile. The first crisis line of a country is added above when we are sure of one.
_ABROAD = "https://travel.state.gov/content/dam/students-abroad/pdfs/911_ABROAD.pdf"
_3GPP = "https://www.3gpp.org/dynareport/22101.htm"
EMERGENCY_NUMBERS: dict[str, str] = {
    # Europe
    "AD": "112", "AL": "127 / 129", "AX": "112", "BA": "124 / 122", "FO": "112",
    "GG": "999 / 112", "GI": "112 / 999", "IM": "999 / 112", "IS": "112", "JE": "999 / 112",
    "LI": "112", "MC": "112", "MD": "112", "ME": "112", "MK": "112", "RS": "194 / 192",
    "SJ": "112 / 113", "SM": "112", "VA": "112", "GL": "112",
    # Caucasus, Central Asia, the Middle East
    "AM": "911 / 112", "AZ": "112 / 103", "KG": "103 / 102", "TJ": "103 / 102",
    "TM": "03 / 02", "BH": "999", "IQ": "122 / 104", "JO": "911", "KW": "112",
    "LB": "140 / 112", "OM": "9999", "PS": "101 / 100", "SY": "110 / 112",
    # South and East Asia
    "BN": "991 / 993", "BT": "112 / 113", "KH": "119 / 117", "LA": "1195 / 191",
    "LK": "1990 / 119", "MM": "199", "MN": "103 / 102", "MO": "999", "MV": "102 / 119",
    "NP": "102 / 100", "TW": "119 / 110",
    # Africa
    "BW": "997 / 999", "CI": "185 / 180", "CV": "130 / 132", "DZ": "14 / 17", "ET": "907 / 991",
    "GH": "112", "GM": "116 / 117", "ML": "15 / 17", "MU": "114 / 999", "MW": "998 / 997",
    "NA": "10111", "RW": "112", "SC": "999", "SN": "17 / 18", "SZ": "977 / 999",
    "TN": "190 / 197", "UG": "999 / 112", "ZM": "991 / 999", "ZW": "999",
    # The Americas and the Caribbean
    "AG": "911", "AI": "911", "AS": "911", "AW": "911", "BB": "511 / 211", "BM": "911",
    "BO": "110", "BQ": "911", "BS": "911 / 919", "BZ": "911", "CU": "104 / 106", "CW": "911",
    "DM": "999", "FK": "999", "GD": "911", "GY": "911 / 913", "HN": "911", "HT": "114 / 116",
    "JM": "119 / 110", "KN": "911", "KY": "911", "LC": "911", "MS": "911", "NI": "128 / 118",
    "PA": "911", "PR": "911", "PY": "911", "SR": "115", "SX": "911", "TC": "911",
    "TT": "999 / 811", "UY": "911", "VC": "911", "VG": "911", "VI": "911",
    # Oceania
    "CC": "000", "CX": "000", "NF": "000", "FJ": "911", "FM": "911", "GU": "911",
    "MP": "911", "NC": "15 / 17", "PF": "15 / 17", "PW": "911",
    # France overseas (112 reaches the emergency services there as in France)
    "BL": "112", "GF": "112", "GP": "112", "MF": "112", "MQ": "112", "PM": "15 / 17",
    "RE": "112", "YT": "112",
}  # fmt: skip
# Territories where we know no number well enough to give it (some have no one living there):
# 112 from a mobile phone, and the international directories.
MOBILE_ONLY = (
    "AF", "AO", "AQ", "BF", "BI", "BJ", "CD", "CF", "CG", "CK", "CM", "DJ", "EH", "ER", "GA",
    "GN", "GQ", "GS", "GW", "IO", "KI", "KM", "KP", "LR", "LS", "LY", "MG", "MH", "MR", "MZ",
    "NE", "NR", "NU", "PG", "PN", "SB", "SD", "SH", "SL", "SO", "SS", "ST", "TD", "TF", "TG",
    "TK", "TL", "TO", "TV", "TZ", "UM", "VU", "WF", "WS", "YE",
)  # fmt: skip
for _code, _number in EMERGENCY_NUMBERS.items():
    LINES.setdefault(_code, (emergency(_number, _ABROAD, reviewed=REVIEWED),))
_MOBILE_112 = emergency("112", _3GPP, reviewed=REVIEWED, notes=(Note.FROM_MOBILE,))
for _code in MOBILE_ONLY:
    LINES.setdefault(_code, (_MOBILE_112,))

# Always last: they find a line in any country, in many languages.
DIRECTORIES: tuple[HelpLine, ...] = (
    HelpLine(
        name="Find A Helpline",
        kind=Kind.DIRECTORY,
        link="findahelpline.com",
        source="https://findahelpline.com",
    ),
    HelpLine(
        name="Befrienders Worldwide",
        kind=Kind.DIRECTORY,
        link="befrienders.org",
        source="https://befrienders.org",
    ),
)

# When the country is not known (no zone, or UTC), the country whose lines suit a language.
# No entry: only the directories. Spanish, for example, is spoken in too many countries.
LANGUAGE_HOME: dict[str, str] = {
    "ru": "RU",
}

# A picker button that stands for more than one country ("Berlin · Paris"): the other
# countries, whose first crisis line is offered after the zone's own.
SHARED_ZONES: dict[str, tuple[str, ...]] = {
    "Europe/Berlin": ("FR",),
}

KIND_TEXT: dict[str, dict[Kind, str]] = {
    "en": {
        Kind.CRISIS: "someone to talk to now",
        Kind.EMERGENCY: "emergency services",
        Kind.DIRECTORY: "free, confidential helplines in every country",
    },
    "ru": {
        Kind.CRISIS: "можно поговорить прямо сейчас",
        Kind.EMERGENCY: "экстренные службы",
        Kind.DIRECTORY: "бесплатные конфиденциальные линии помощи в любой стране",
    },
    "es": {
        Kind.CRISIS: "alguien con quien hablar ahora",
        Kind.EMERGENCY: "servicios de emergencia",
        Kind.DIRECTORY: "líneas de ayuda gratuitas y confidenciales en cada país",
    },
}

NOTE_TEXT: dict[str, dict[Note, str]] = {
    "en": {
        Note.CALL_OR_TEXT: "call or text",
        Note.TEXT: "text",
        Note.FREE: "free",
        Note.ALWAYS: "24/7",
        Note.YOUNG: "for children and young people",
        Note.YOUNG_AND_PARENTS: "for children, teens and their parents",
        Note.ENGLISH: "in English",
        Note.MOSCOW: "Moscow",
        Note.BOGOTA: "Bogotá",
        Note.FROM_MOBILE: "from a mobile",
        Note.ADULTS_NATIONWIDE: "for adults, anywhere in the country",
        Note.SUICIDE: "suicide prevention",
    },
    "ru": {
        Note.CALL_OR_TEXT: "звонок или SMS",
        Note.TEXT: "SMS",
        Note.FREE: "бесплатно",
        Note.ALWAYS: "круглосуточно",
        Note.YOUNG: "для детей и подростков",
        Note.YOUNG_AND_PARENTS: "для детей, подростков и их родителей",
        Note.ENGLISH: "на английском",
        Note.MOSCOW: "Москва",
        Note.BOGOTA: "Богота",
        Note.FROM_MOBILE: "с мобильного",
        Note.ADULTS_NATIONWIDE: "для взрослых, из любого региона",
        Note.SUICIDE: "профилактика суицида",
    },
    "es": {
        Note.CALL_OR_TEXT: "llamada o mensaje",
        Note.TEXT: "mensaje de texto",
        Note.FREE: "gratis",
        Note.ALWAYS: "24 horas",
        Note.YOUNG: "para niños y jóvenes",
        Note.YOUNG_AND_PARENTS: "para niños, adolescentes y sus familias",
        Note.ENGLISH: "en inglés",
        Note.MOSCOW: "Moscú",
        Note.BOGOTA: "Bogotá",
        Note.FROM_MOBILE: "desde un móvil",
        Note.ADULTS_NATIONWIDE: "para adultos, desde todo el país",
        Note.SUICIDE: "prevención del suicidio",
    },
}
