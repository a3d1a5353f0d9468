"""Help lines of Asia and the Middle East, by ISO 3166 country code, most useful first (see content/helplines)."""

from __future__ import annotations

from content.helplines.kinds import HelpLine, Kind, Note, emergency

LINES: dict[str, tuple[HelpLine, ...]] = {
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
        emergency("112", "https://112.gov.in"),
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
        emergency("1122", "https://rescue.gov.pk", name="Rescue 1122"),
    ),
    "BD": (
        HelpLine(
            name="Kaan Pete Roi",
            kind=Kind.CRISIS,
            link="kaanpeteroi.org",
            source="https://kaanpeteroi.org",
            languages=("bn",),
        ),
        emergency("999", "https://bangladesh.gov.bd"),
    ),
    "CN": (
        HelpLine(
            name="12356 心理援助热线",
            kind=Kind.CRISIS,
            number="12356",
            source="https://www.nhc.gov.cn",
            languages=("zh",),
        ),
        emergency("120", "https://www.nhc.gov.cn"),
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
        emergency("999", "https://www.gov.hk"),
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
        emergency("119", "https://www.fdma.go.jp"),
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
        emergency("119", "https://www.nfa.go.kr"),
    ),
    "ID": (emergency("112 / 119", "https://www.kemkes.go.id"),),
    "VN": (emergency("115", "https://moh.gov.vn"),),
    "TH": (
        HelpLine(
            name="Department of Mental Health hotline",
            kind=Kind.CRISIS,
            number="1323",
            source="https://www.dmh.go.th",
            notes=(Note.FREE, Note.ALWAYS),
            languages=("th",),
        ),
        emergency("1669", "https://www.niems.go.th"),
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
        emergency("911", "https://www.gov.ph"),
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
        emergency("999", "https://www.malaysia.gov.my"),
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
        emergency("995", "https://www.scdf.gov.sg"),
    ),
    "IR": (
        HelpLine(
            name="Behzisti counselling line (صدای مشاور)",
            kind=Kind.CRISIS,
            number="1480",
            source="https://www.behzisti.ir",
            languages=("fa",),
        ),
        emergency("115", "https://behdasht.gov.ir"),
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
        emergency("101", "https://www.mdais.org", name="Magen David Adom"),
    ),
    "AE": (emergency("999 / 998", "https://u.ae"),),
    "QA": (emergency("999", "https://portal.moi.gov.qa"),),
    "SA": (emergency("997", "https://srca.org.sa", name="Saudi Red Crescent"),),
    "KZ": (emergency("112", "https://www.gov.kz"),),
    "UZ": (emergency("103", "https://ssv.uz"),),
}
