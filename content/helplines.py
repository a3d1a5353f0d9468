"""Where to find help now, by country: crisis lines and emergency numbers, each with its source.

This file is content, meant to be read and reviewed by people who are not programmers.
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
    country: str | None = None  # ISO 3166 code; filled in from LINES by bot.helplines
    reviewed: date = FIRST_REVIEW  # when this entry was last checked against `source`


def _emergency(
    number: str, source: str, name: str = "Emergency", reviewed: date = FIRST_REVIEW,
    notes: tuple[Note, ...] = (),
) -> HelpLine:  # fmt: skip
    return HelpLine(
        name=name, kind=Kind.EMERGENCY, number=number, source=source, reviewed=reviewed,
        notes=notes,
    )  # fmt: skip


_EU_112 = "https://digital-strategy.ec.europa.eu/en/policies/112"
_EU_112_LINE = _emergency("112", _EU_112)
_SAMARITANS = HelpLine(
    name="Samaritans",
    kind=Kind.CRISIS,
    number="116 123",
    link="samaritans.org",
    source="https://www.samaritans.org",
    notes=(Note.FREE, Note.ALWAYS),
    languages=("en",),
)

# Lines by ISO 3166 country code, most useful first.
LINES: dict[str, tuple[HelpLine, ...]] = {
    # --- North America ---------------------------------------------------------------------
    "US": (
        HelpLine(
            name="988 Suicide and Crisis Lifeline",
            kind=Kind.CRISIS,
            number="988",
            link="988lifeline.org",
            source="https://988lifeline.org",
            notes=(Note.CALL_OR_TEXT, Note.FREE, Note.ALWAYS),
            languages=("en", "es"),
        ),
        _emergency("911", "https://www.911.gov"),
    ),
    "CA": (
        HelpLine(
            name="9-8-8 Suicide Crisis Helpline",
            kind=Kind.CRISIS,
            number="988",
            link="988.ca",
            source="https://988.ca",
            notes=(Note.CALL_OR_TEXT, Note.FREE, Note.ALWAYS),
            languages=("en", "fr"),
        ),
        _emergency("911", "https://www.canada.ca"),
    ),
    "MX": (
        HelpLine(
            name="Línea de la Vida",
            kind=Kind.CRISIS,
            number="800 911 2000",
            source="https://www.gob.mx/salud",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("es",),
        ),
        _emergency("911", "https://www.gob.mx"),
    ),
    # --- South America ---------------------------------------------------------------------
    "BR": (
        HelpLine(
            name="CVV – Centro de Valorização da Vida",
            kind=Kind.CRISIS,
            number="188",
            link="cvv.org.br",
            source="https://cvv.org.br",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("pt",),
        ),
        _emergency("192", "https://www.gov.br/saude", name="SAMU"),
    ),
    "AR": (
        HelpLine(
            name="Centro de Asistencia al Suicida",
            kind=Kind.CRISIS,
            number="011 5275-1135",
            link="asistenciaalsuicida.org.ar",
            source="https://www.asistenciaalsuicida.org.ar",
            languages=("es",),
        ),
        _emergency("911", "https://www.argentina.gob.ar"),
    ),
    "CL": (
        HelpLine(
            name="Línea *4141 No estás solo",
            kind=Kind.CRISIS,
            number="*4141",
            source="https://www.minsal.cl",
            notes=(Note.FREE, Note.FROM_MOBILE),
            languages=("es",),
        ),
        _emergency("131", "https://www.minsal.cl", name="SAMU"),
    ),
    "CO": (
        HelpLine(
            name="Línea 106",
            kind=Kind.CRISIS,
            number="106",
            source="https://www.saludcapital.gov.co",
            notes=(Note.BOGOTA,),
            languages=("es",),
        ),
        _emergency("123", "https://www.gov.co"),
    ),
    "EC": (_emergency("911", "https://www.ecu911.gob.ec", name="ECU 911"),),
    # Countries the Spanish picker offers; emergency numbers only where no crisis line is sure.
    "VE": (_emergency("911", "https://www.ven911.gob.ve", name="VEN 911"),),
    "CR": (_emergency("911", "https://www.911.go.cr", name="9-1-1"),),
    "SV": (_emergency("911", "https://www.pnc.gob.sv"),),
    "GT": (_emergency("110", "https://pnc.edu.gt", name="Policía Nacional Civil"),),
    "DO": (_emergency("911", "https://911.gob.do", name="Sistema 9-1-1"),),
    "PE": (
        HelpLine(
            name="Línea 113, opción 5 (salud mental)",
            kind=Kind.CRISIS,
            number="113",
            source="https://www.gob.pe/minsa",
            languages=("es",),
        ),
        _emergency("105", "https://www.gob.pe/pnp", name="Policía Nacional"),
    ),
    # --- Europe ----------------------------------------------------------------------------
    "GB": (
        _SAMARITANS,
        HelpLine(
            name="Shout",
            kind=Kind.CRISIS,
            number="85258",
            link="giveusashout.org",
            source="https://giveusashout.org",
            notes=(Note.TEXT, Note.FREE, Note.ALWAYS),
            languages=("en",),
        ),
        _emergency("999", "https://www.nhs.uk"),
    ),
    "IE": (
        _SAMARITANS,
        HelpLine(
            name="Pieta",
            kind=Kind.CRISIS,
            number="1800 247 247",
            link="pieta.ie",
            source="https://www.pieta.ie",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("en",),
        ),
        _EU_112_LINE,
    ),
    "FR": (
        HelpLine(
            name="3114 – numéro national de prévention du suicide",
            kind=Kind.CRISIS,
            number="3114",
            link="3114.fr",
            source="https://3114.fr",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("fr",),
        ),
        _EU_112_LINE,
    ),
    "DE": (
        HelpLine(
            name="TelefonSeelsorge",
            kind=Kind.CRISIS,
            number="0800 111 0 111 / 0800 111 0 222",
            link="telefonseelsorge.de",
            source="https://www.telefonseelsorge.de",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("de",),
        ),
        _EU_112_LINE,
    ),
    "AT": (
        HelpLine(
            name="TelefonSeelsorge",
            kind=Kind.CRISIS,
            number="142",
            link="telefonseelsorge.at",
            source="https://www.telefonseelsorge.at",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("de",),
        ),
        _EU_112_LINE,
    ),
    "CH": (
        HelpLine(
            name="Die Dargebotene Hand / La Main Tendue / Telefono Amico",
            kind=Kind.CRISIS,
            number="143",
            link="143.ch",
            source="https://www.143.ch",
            notes=(Note.ALWAYS,),
            languages=("de", "fr", "it"),
        ),
        _emergency("144", "https://www.ch.ch"),
    ),
    "NL": (
        HelpLine(
            name="113 Zelfmoordpreventie",
            kind=Kind.CRISIS,
            number="113 / 0800 0113",
            link="113.nl",
            source="https://www.113.nl",
            notes=(Note.SUICIDE, Note.ALWAYS),
            languages=("nl",),
        ),
        _EU_112_LINE,
    ),
    "BE": (
        HelpLine(
            name="Zelfmoordlijn 1813",
            kind=Kind.CRISIS,
            number="1813",
            link="zelfmoord1813.be",
            source="https://www.zelfmoord1813.be",
            notes=(Note.SUICIDE, Note.ALWAYS),
            languages=("nl",),
        ),
        HelpLine(
            name="Centre de Prévention du Suicide",
            kind=Kind.CRISIS,
            number="0800 32 123",
            link="preventionsuicide.be",
            source="https://www.preventionsuicide.be",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("fr",),
        ),
        _EU_112_LINE,
    ),
    "ES": (
        HelpLine(
            name="024 – Línea de atención a la conducta suicida",
            kind=Kind.CRISIS,
            number="024",
            source="https://www.sanidad.gob.es",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("es",),
        ),
        _EU_112_LINE,
    ),
    "PT": (
        HelpLine(
            name="SOS Voz Amiga",
            kind=Kind.CRISIS,
            number="213 544 545",
            link="sosvozamiga.org",
            source="https://www.sosvozamiga.org",
            languages=("pt",),
        ),
        HelpLine(
            name="SNS 24",
            kind=Kind.CRISIS,
            number="808 24 24 24",
            source="https://www.sns24.gov.pt",
            notes=(Note.ALWAYS,),
            languages=("pt",),
        ),
        _EU_112_LINE,
    ),
    "IT": (
        HelpLine(
            name="Telefono Amico Italia",
            kind=Kind.CRISIS,
            number="02 2327 2327",
            link="telefonoamico.it",
            source="https://www.telefonoamico.it",
            languages=("it",),
        ),
        _EU_112_LINE,
    ),
    "PL": (
        HelpLine(
            name="Centrum Wsparcia",
            kind=Kind.CRISIS,
            number="800 70 2222",
            link="centrumwsparcia.pl",
            source="https://centrumwsparcia.pl",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("pl",),
        ),
        HelpLine(
            name="Telefon Zaufania dla Dzieci i Młodzieży",
            kind=Kind.CRISIS,
            number="116 111",
            source="https://116111.pl",
            notes=(Note.YOUNG, Note.FREE, Note.ALWAYS),
            languages=("pl",),
        ),
        _EU_112_LINE,
    ),
    "SE": (
        HelpLine(
            name="Mind Självmordslinjen",
            kind=Kind.CRISIS,
            number="90101",
            link="mind.se",
            source="https://mind.se",
            notes=(Note.SUICIDE,),
            languages=("sv",),
        ),
        _EU_112_LINE,
    ),
    "NO": (
        HelpLine(
            name="Mental Helse Hjelpetelefonen",
            kind=Kind.CRISIS,
            number="116 123",
            link="mentalhelse.no",
            source="https://mentalhelse.no",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("no",),
        ),
        _emergency("113", "https://www.helsenorge.no"),
    ),
    "DK": (
        HelpLine(
            name="Livslinien",
            kind=Kind.CRISIS,
            number="70 201 201",
            link="livslinien.dk",
            source="https://www.livslinien.dk",
            notes=(Note.SUICIDE,),
            languages=("da",),
        ),
        _EU_112_LINE,
    ),
    "FI": (
        HelpLine(
            name="MIELI Kriisipuhelin",
            kind=Kind.CRISIS,
            number="09 2525 0111",
            link="mieli.fi",
            source="https://mieli.fi",
            notes=(Note.ALWAYS,),
            languages=("fi",),
        ),
        _EU_112_LINE,
    ),
    "GR": (
        HelpLine(
            name="Klimaka",
            kind=Kind.CRISIS,
            number="1018",
            link="klimaka.org.gr",
            source="https://www.klimaka.org.gr",
            notes=(Note.SUICIDE, Note.ALWAYS),
            languages=("el",),
        ),
        _EU_112_LINE,
    ),
    "UA": (
        HelpLine(
            name="Lifeline Ukraine",
            kind=Kind.CRISIS,
            number="7333",
            link="lifelineukraine.com",
            source="https://lifelineukraine.com",
            notes=(Note.SUICIDE, Note.FREE, Note.ALWAYS),
            languages=("uk", "ru"),
        ),
        _emergency("112", "https://dsns.gov.ua"),
    ),
    "RU": (
        # There is no free federal crisis line for adults (a single short number was still being
        # proposed in the Duma in February 2026). The federal MChS line answers adults from
        # anywhere in Russia, day and night; it is a Moscow number, so a call from elsewhere is
        # long-distance. The children's line is free and federal; the 051 line serves Moscow.
        HelpLine(
            name="Телефон доверия МЧС России",
            kind=Kind.CRISIS,
            number="8-495-989-50-50",
            source="https://psi.mchs.gov.ru",
            notes=(Note.ADULTS_NATIONWIDE, Note.ALWAYS),
            languages=("ru",),
            reviewed=REVIEWED,
        ),
        HelpLine(
            name="Детский телефон доверия",
            kind=Kind.CRISIS,
            number="8-800-2000-122",
            link="telefon-doveria.ru",
            source="https://telefon-doveria.ru",
            notes=(Note.YOUNG_AND_PARENTS, Note.FREE),
            languages=("ru",),
            reviewed=REVIEWED,
        ),
        HelpLine(
            name="Московская служба психологической помощи населению",
            kind=Kind.CRISIS,
            number="051 / 8-495-051",
            link="msph.ru",
            source="https://msph.ru",
            notes=(Note.MOSCOW, Note.FREE, Note.ALWAYS),
            languages=("ru",),
            reviewed=REVIEWED,
        ),
        _emergency("112", "https://mchs.gov.ru", reviewed=REVIEWED),
    ),
    "BY": (_emergency("103", "https://minzdrav.gov.by"),),
    "TR": (_emergency("112", "https://www.turkiye.gov.tr"),),
    "GE": (_emergency("112", "https://112.gov.ge"),),
    # --- Asia and the Middle East ----------------------------------------------------------
    "IN": (
        HelpLine(
            name="Tele-MANAS",
            kind=Kind.CRISIS,
            number="14416 / 1-800-891-4416",
            source="https://telemanas.mohfw.gov.in",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("en", "hi"),
        ),
        _emergency("112", "https://112.gov.in"),
    ),
    "PK": (
        HelpLine(
            name="Umang",
            kind=Kind.CRISIS,
            number="0311 7786264",
            link="umang.com.pk",
            source="https://www.umang.com.pk",
            languages=("ur", "en"),
        ),
        _emergency("1122", "https://rescue.gov.pk", name="Rescue 1122"),
    ),
    "BD": (
        HelpLine(
            name="Kaan Pete Roi",
            kind=Kind.CRISIS,
            link="kaanpeteroi.org",
            source="https://kaanpeteroi.org",
            languages=("bn",),
        ),
        _emergency("999", "https://bangladesh.gov.bd"),
    ),
    "CN": (
        HelpLine(
            name="12356 心理援助热线",
            kind=Kind.CRISIS,
            number="12356",
            source="https://www.nhc.gov.cn",
            languages=("zh",),
        ),
        _emergency("120", "https://www.nhc.gov.cn"),
    ),
    "HK": (
        HelpLine(
            name="The Samaritan Befrienders Hong Kong",
            kind=Kind.CRISIS,
            number="2389 2222",
            source="https://sbhk.org.hk",
            notes=(Note.ALWAYS,),
            languages=("zh", "en"),
        ),
        _emergency("999", "https://www.gov.hk"),
    ),
    "JP": (
        HelpLine(
            name="いのちの電話 (Inochi no Denwa)",
            kind=Kind.CRISIS,
            number="0570-783-556",
            source="https://www.inochinodenwa.org",
            languages=("ja",),
        ),
        HelpLine(
            name="TELL Lifeline",
            kind=Kind.CRISIS,
            number="03-5774-0992",
            link="telljp.com",
            source="https://telljp.com",
            notes=(Note.ENGLISH,),
            languages=("en",),
        ),
        _emergency("119", "https://www.fdma.go.jp"),
    ),
    "KR": (
        HelpLine(
            name="자살예방상담전화 (suicide prevention line)",
            kind=Kind.CRISIS,
            number="109",
            source="https://www.mohw.go.kr",
            notes=(Note.SUICIDE, Note.ALWAYS),
            languages=("ko",),
        ),
        _emergency("119", "https://www.nfa.go.kr"),
    ),
    "ID": (_emergency("112 / 119", "https://www.kemkes.go.id"),),
    "VN": (_emergency("115", "https://moh.gov.vn"),),
    "TH": (
        HelpLine(
            name="Department of Mental Health hotline",
            kind=Kind.CRISIS,
            number="1323",
            source="https://www.dmh.go.th",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("th",),
        ),
        _emergency("1669", "https://www.niems.go.th"),
    ),
    "PH": (
        HelpLine(
            name="NCMH Crisis Hotline",
            kind=Kind.CRISIS,
            number="1553",
            source="https://ncmh.gov.ph",
            notes=(Note.ALWAYS,),
            languages=("en", "tl"),
        ),
        _emergency("911", "https://www.gov.ph"),
    ),
    "MY": (
        HelpLine(
            name="Befrienders Kuala Lumpur",
            kind=Kind.CRISIS,
            number="03-7627 2929",
            link="befrienders.org.my",
            source="https://www.befrienders.org.my",
            notes=(Note.ALWAYS,),
            languages=("ms", "en"),
        ),
        _emergency("999", "https://www.malaysia.gov.my"),
    ),
    "SG": (
        HelpLine(
            name="Samaritans of Singapore (SOS)",
            kind=Kind.CRISIS,
            number="1767",
            link="sos.org.sg",
            source="https://www.sos.org.sg",
            notes=(Note.ALWAYS,),
            languages=("en",),
        ),
        _emergency("995", "https://www.scdf.gov.sg"),
    ),
    "IR": (
        HelpLine(
            name="Behzisti counselling line (صدای مشاور)",
            kind=Kind.CRISIS,
            number="1480",
            source="https://www.behzisti.ir",
            languages=("fa",),
        ),
        _emergency("115", "https://behdasht.gov.ir"),
    ),
    "IL": (
        HelpLine(
            name="ERAN",
            kind=Kind.CRISIS,
            number="1201",
            link="eran.org.il",
            source="https://www.eran.org.il",
            notes=(Note.ALWAYS,),
            languages=("he", "ar", "ru", "en"),
        ),
        _emergency("101", "https://www.mdais.org", name="Magen David Adom"),
    ),
    "AE": (_emergency("999 / 998", "https://u.ae"),),
    "QA": (_emergency("999", "https://portal.moi.gov.qa"),),
    "SA": (_emergency("997", "https://srca.org.sa", name="Saudi Red Crescent"),),
    "KZ": (_emergency("112", "https://www.gov.kz"),),
    "UZ": (_emergency("103", "https://ssv.uz"),),
    # --- Africa ----------------------------------------------------------------------------
    "ZA": (
        HelpLine(
            name="SADAG Suicide Crisis Helpline",
            kind=Kind.CRISIS,
            number="0800 567 567",
            link="sadag.org",
            source="https://www.sadag.org",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("en",),
        ),
        _emergency("10177", "https://www.gov.za"),
    ),
    "KE": (
        HelpLine(
            name="Kenya Red Cross",
            kind=Kind.CRISIS,
            number="1199",
            source="https://www.redcross.or.ke",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("en", "sw"),
        ),
        _emergency("999 / 112", "https://www.nationalpolice.go.ke"),
    ),
    "NG": (_emergency("112", "https://www.ncc.gov.ng"),),
    "EG": (_emergency("123", "https://www.mohp.gov.eg"),),
    "MA": (_emergency("15", "https://www.maroc.ma"),),
    # --- Oceania ---------------------------------------------------------------------------
    "AU": (
        HelpLine(
            name="Lifeline",
            kind=Kind.CRISIS,
            number="13 11 14",
            link="lifeline.org.au",
            source="https://www.lifeline.org.au",
            notes=(Note.ALWAYS,),
            languages=("en",),
        ),
        _emergency("000", "https://www.triplezero.gov.au"),
    ),
    "NZ": (
        HelpLine(
            name="Need to talk? 1737",
            kind=Kind.CRISIS,
            number="1737",
            link="1737.org.nz",
            source="https://1737.org.nz",
            notes=(Note.CALL_OR_TEXT, Note.FREE, Note.ALWAYS),
            languages=("en",),
        ),
        HelpLine(
            name="Lifeline Aotearoa",
            kind=Kind.CRISIS,
            number="0800 543 354",
            link="lifeline.org.nz",
            source="https://www.lifeline.org.nz",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("en",),
        ),
        _emergency("111", "https://www.police.govt.nz"),
    ),
}

# The other EU countries: 112 reaches the emergency services everywhere in the EU.
for _code in ("BG", "HR", "CY", "CZ", "EE", "HU", "LV", "LT", "LU", "MT", "RO", "SK", "SI"):
    LINES.setdefault(_code, (_EU_112_LINE,))

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
    LINES.setdefault(_code, (_emergency(_number, _ABROAD, reviewed=REVIEWED),))
_MOBILE_112 = _emergency("112", _3GPP, reviewed=REVIEWED, notes=(Note.FROM_MOBILE,))
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
