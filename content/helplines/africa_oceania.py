"""Help lines of Africa and Oceania, by ISO 3166 country code, most useful first (see content/helplines)."""

from __future__ import annotations

from content.helplines.kinds import HelpLine, Kind, Note, emergency

LINES: dict[str, tuple[HelpLine, ...]] = {
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
        emergency("10177", "https://www.gov.za"),
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
        emergency("999 / 112", "https://www.nationalpolice.go.ke"),
    ),
    "NG": (emergency("112", "https://www.ncc.gov.ng"),),
    "EG": (emergency("123", "https://www.mohp.gov.eg"),),
    "MA": (emergency("15", "https://www.maroc.ma"),),
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
        emergency("000", "https://www.triplezero.gov.au"),
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
        emergency("111", "https://www.police.govt.nz"),
    ),
}
