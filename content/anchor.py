"""How the anchor is named: spoken of by the bot, and greeted in a draft the person sends.

People answer "who makes you feel safe?" with a name ("Lea"), a relation ("my sister", "mom",
"мама", "mi hermana", "mamá") or both ("my sister Lea"). The bot speaks of "your sister" ("tu
hermana"); a draft greets "Lea", "Mum", "mamá", "бабушка Нина" (a grandmother or an aunt keeps
her title), or, for a bare relation, nobody by name ("Hi!" rather than "Hi my sister!").
"""

from __future__ import annotations

import re

# "my X" said by the person is "your X" said by the bot.
POSSESSIVES: dict[str, dict[str, str]] = {
    "en": {"my": "your", "our": "your"},
    "ru": {"моя": "твоя", "мой": "твой", "мои": "твои", "моё": "твоё", "мое": "твое"},
    "es": {"mi": "tu", "mis": "tus", "nuestra": "tu", "nuestro": "tu"},
}
# Relations people also use as a name when they greet ("Hi Mum!", "Привет, мама!").
NAME_LIKE: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "mum",
            "mom",
            "mummy",
            "mommy",
            "mama",
            "ma",
            "dad",
            "daddy",
            "papa",
            "pa",
            "grandma",
            "granny",
            "gran",
            "nana",
            "grandpa",
            "grandad",
            "granddad",
        ]
    ),
    "ru": frozenset(
        ["мама", "мамочка", "мам", "папа", "папочка", "пап", "бабушка", "бабуля", "дедушка", "деда"]
    ),
    "es": frozenset(
        [
            "mamá",
            "mama",
            "mami",
            "mamita",
            "papá",
            "papa",
            "papi",
            "papito",
            "abuela",
            "abuelita",
            "abuelo",
            "abuelito",
            "yaya",
            "yayo",
            "nana",
            "tata",
            "ama",
            "amá",
            "apá",
        ]
    ),
}
# Relations that are not a greeting on their own ("Hi sister!" reads oddly).
RELATIONS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "sister",
            "brother",
            "sis",
            "bro",
            "aunt",
            "auntie",
            "uncle",
            "cousin",
            "wife",
            "husband",
            "partner",
            "girlfriend",
            "boyfriend",
            "friend",
            "bestie",
            "best",
            "son",
            "daughter",
            "niece",
            "nephew",
            "neighbour",
            "neighbor",
            "therapist",
            "colleague",
            "roommate",
            "flatmate",
            "fiance",
            "fiancee",
            "fiancé",
            "fiancée",
        ]
    ),
    "ru": frozenset(
        [
            "сестра",
            "сестрёнка",
            "сестренка",
            "брат",
            "братишка",
            "тётя",
            "тетя",
            "дядя",
            "муж",
            "жена",
            "парень",
            "девушка",
            "подруга",
            "подружка",
            "друг",
            "дружище",
            "сын",
            "дочь",
            "дочка",
            "племянник",
            "племянница",
            "коллега",
            "соседка",
            "сосед",
            "психолог",
            "терапевт",
        ]
    ),
    "es": frozenset(
        [
            "hermana",
            "hermano",
            "hermanita",
            "hermanito",
            "tía",
            "tia",
            "tío",
            "tio",
            "prima",
            "primo",
            "esposa",
            "esposo",
            "mujer",
            "marido",
            "pareja",
            "novia",
            "novio",
            "amiga",
            "amigo",
            "mejor",
            "hija",
            "hijo",
            "sobrina",
            "sobrino",
            "vecina",
            "vecino",
            "madre",
            "padre",
            "terapeuta",
            "psicóloga",
            "psicólogo",
            "psicologa",
            "psicologo",
            "compañera",
            "compañero",
            "colega",
            "suegra",
            "suegro",
            "cuñada",
            "cuñado",
            "madrina",
            "padrino",
            "prometida",
            "prometido",
            "jefa",
            "jefe",
            "roomie",
        ]
    ),
}
# Relations that stay in the greeting before a name: "Привет, бабушка Нина!", "¡Hola, tía Ana!"
# (an aunt or a grandmother is not greeted by her bare name).
TITLES: dict[str, frozenset[str]] = {
    "en": frozenset(["aunt", "auntie", "uncle"]),
    "ru": frozenset(["тётя", "тетя", "дядя"]),
    "es": frozenset(["tía", "tia", "tío", "tio"]),
}
_CLEAN = (
    (re.compile(r",\s*([!?.])"), r"\1"),  # "Привет, !" -> "Привет!"
    (re.compile(r"\s+([!?.,])"), r"\1"),  # "Hi !" -> "Hi!"
)


def _split(name: str, locale: str) -> tuple[str | None, list[str]]:
    words = name.split()
    possessive = POSSESSIVES.get(locale, {}).get(words[0].lower()) if len(words) > 1 else None
    return possessive, words[1:] if possessive else words


def mention(name: str, locale: str) -> str:
    """The anchor as the bot speaks of them: "my sister Lea" -> "your sister Lea"."""
    possessive, rest = _split(name.strip(), locale) if name.strip() else (None, [])
    if possessive:
        return " ".join([possessive, *rest])
    if len(rest) == 1 and locale == "en" and rest[0].lower() in NAME_LIKE["en"]:
        return rest[0].capitalize()
    return name


def address(name: str, locale: str) -> str:
    """The anchor as a draft greets them: a name, a name-like relation, or "" for nobody."""
    if not name.strip():
        return ""
    _, rest = _split(name.strip(), locale)
    first = rest[0].lower()
    relation = first in RELATIONS.get(locale, frozenset())
    name_like = first in NAME_LIKE.get(locale, frozenset())
    if not (relation or name_like):
        return " ".join(rest)
    if len(rest) > 1 and (name_like or first in TITLES.get(locale, frozenset())):
        titled = " ".join(rest)  # "бабушка Нина", "Grandma Nina"
        return titled[:1].upper() + titled[1:] if locale == "en" else titled
    if len(rest) > 1:
        return " ".join(rest[1:])  # "sister Lea" -> "Lea"
    if name_like:
        return rest[0].capitalize() if locale == "en" else rest[0]
    return ""


def tidy(draft: str) -> str:
    """A draft filled with an empty greeting, put right: "Hi !" -> "Hi!", ", you" -> "You"."""
    for pattern, repl in _CLEAN:
        draft = pattern.sub(repl, draft)
    draft = re.sub(r"^[,\s]+", "", draft)
    opening = len(draft) - len(draft.lstrip("¡¿"))  # Spanish opens a sentence with ¡ or ¿
    return draft[: opening + 1].upper() + draft[opening + 1 :]


BUTTON_NAME_MAX = 24  # a name inside a button's label (`in_button`)


def in_button(name: str) -> str:
    """A name as it goes into a button's label: shortened to fit, with an ellipsis. Whole words
    where it can, a double name's parts counting as words (a word cut short would be declined
    wrongly in Russian: «Константинопольскае-Пету…»); the label is plain text, so markup in a
    name shows as typed."""
    name = " ".join(name.split())
    if len(name) <= BUTTON_NAME_MAX:
        return name
    cut = name[: BUTTON_NAME_MAX - 1]
    boundary = max(cut.rfind(" "), cut.rfind("-"))
    if boundary >= BUTTON_NAME_MAX // 3:
        cut = cut[:boundary]
    return cut.rstrip(" ,.;:-") + "…"
