"""Help lines of North and South America, by ISO 3166 country code, most useful first (see content/helplines)."""

from __future__ import annotations

from content.helplines.kinds import HelpLine, Kind, Note, emergency

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
        emergency("911", "https://www.911.gov"),
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
        emergency("911", "https://www.canada.ca"),
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
        emergency("911", "https://www.gob.mx"),
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
        emergency("192", "https://www.gov.br/saude", name="SAMU"),
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
        emergency("911", "https://www.argentina.gob.ar"),
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
        emergency("131", "https://www.minsal.cl", name="SAMU"),
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
        emergency("123", "https://www.gov.co"),
    ),
    "EC": (emergency("911", "https://www.ecu911.gob.ec", name="ECU 911"),),
    # Countries the Spanish picker offers; emergency numbers only where no crisis line is sure.
    "VE": (emergency("911", "https://www.ven911.gob.ve", name="VEN 911"),),
    "CR": (emergency("911", "https://www.911.go.cr", name="9-1-1"),),
    "SV": (emergency("911", "https://www.pnc.gob.sv"),),
    "GT": (emergency("110", "https://pnc.edu.gt", name="Policía Nacional Civil"),),
    "DO": (emergency("911", "https://911.gob.do", name="Sistema 9-1-1"),),
    "PE": (
        HelpLine(
            name="Línea 113, opción 5 (salud mental)",
            kind=Kind.CRISIS,
            number="113",
            source="https://www.gob.pe/minsa",
            languages=("es",),
        ),
        emergency("105", "https://www.gob.pe/pnp", name="Policía Nacional"),
    ),
}
