"""Russian names and the words for people close to us, in any case and with their gender.

People name their anchor as "Игорь", "мама", "бабушка Нина" or "мой брат Дима", and the bot
speaks of them in sentences that need another case: «Позвать сюда Игоря», «Отправить маме»,
«бабушке Нине», «моему брату Диме». Two maintained libraries do the grammar, each where it is
strongest (measured in benchmarks/ru_inflection.py against tests/ru_names.tsv):

- first names: pymorphy3's dictionary where it knows the name (Игорь, Серёжа, Саша), else the
  petrovich rules through pytrovich (also for patronymics), with its gender detector;
- common words (мама, брат, подруга, лучший, мой): pymorphy3 (the OpenCorpora dictionary).

The gender is told only from the dictionary (a name or a word for a relative); a name it does not
know, or one used for both (Саша, Женя), gets the neutral wording.

Words in another script ("Mira", "Jo") and anything the libraries do not know stay as written.

In Fluent: `{ NAME_CASE($anchor, case: "dative") }` and `{ GENDER($anchor) -> [feminine] …
[masculine] … *[other] … }`, where "other" is the neutral wording for a name whose gender the
name alone does not tell (Саша, Женя, коллега, Mira).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from pytrovich.detector import PetrovichGenderDetector
from pytrovich.enums import Case as PetrovichCase
from pytrovich.enums import Gender as PetrovichGender
from pytrovich.enums import NamePart
from pytrovich.maker import PetrovichDeclinationMaker

if TYPE_CHECKING:  # loaded by the first Russian word that needs it, not by every start
    import pymorphy3


class Case(StrEnum):
    NOMINATIVE = "nominative"
    GENITIVE = "genitive"
    DATIVE = "dative"
    ACCUSATIVE = "accusative"
    INSTRUMENTAL = "instrumental"
    PREPOSITIONAL = "prepositional"


class Gender(StrEnum):
    MASCULINE = "masculine"
    FEMININE = "feminine"
    UNKNOWN = "other"  # the neutral wording's selector key in Fluent


_PYMORPHY_CASE = {
    Case.NOMINATIVE: "nomn",
    Case.GENITIVE: "gent",
    Case.DATIVE: "datv",
    Case.ACCUSATIVE: "accs",
    Case.INSTRUMENTAL: "ablt",
    Case.PREPOSITIONAL: "loct",
}
_PETROVICH_CASE = {
    Case.NOMINATIVE: PetrovichCase.NOMINATIVE,
    Case.GENITIVE: PetrovichCase.GENITIVE,
    Case.DATIVE: PetrovichCase.DATIVE,
    Case.ACCUSATIVE: PetrovichCase.ACCUSATIVE,
    Case.INSTRUMENTAL: PetrovichCase.INSTRUMENTAL,
    Case.PREPOSITIONAL: PetrovichCase.PREPOSITIONAL,
}
_TOKENS = re.compile(r"([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ична|овна|евна)$", re.IGNORECASE)
# Words that join names and are never declined.
_KEEP = frozenset(["и", "или", "да"])
# Nouns for a person whose grammatical gender says nothing of theirs (a woman is «психолог»).
_ANY_GENDER = frozenset(
    ["человек", "психолог", "терапевт", "врач", "наставник", "тренер", "коуч", "учитель"]
)


@cache
def morph() -> pymorphy3.MorphAnalyzer:
    """The one Russian dictionary of the process (names here, places in bot.places.place_text),
    loaded when a Russian word first needs it (~75 ms, once): a start, and a process that never
    hears Russian, does not pay for it."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=4096)
def _parse(word: str) -> tuple[Any, ...]:
    """pymorphy3's readings of a word, kept: its pure-Python dictionary takes milliseconds."""
    return tuple(morph().parse(word))


@cache
def _detector() -> PetrovichGenderDetector:
    return PetrovichGenderDetector()


@cache
def _maker() -> PetrovichDeclinationMaker:
    return PetrovichDeclinationMaker()


def _common_noun(word: str) -> Any | None:
    """pymorphy3's reading of a lowercase word as a noun for a person in the nominative
    (мама, брат, коллега), or None when it is not one (a name, a thing, another form)."""
    for parse in _parse(word.lower()):
        tag = parse.tag
        if {"NOUN", "anim", "nomn", "sing"} in tag and "Name" not in tag and "Surn" not in tag:
            return parse
    return None


def _modifier(word: str, gender: str | None) -> Any | None:
    """An adjective or pronoun in the nominative (мой, лучшая), agreeing with its noun."""
    for parse in _parse(word.lower()):
        tag = parse.tag
        if ("ADJF" in tag or "PRTF" in tag) and "nomn" in tag and (gender is None or gender in tag):
            return parse
    return None


def _keep_case(source: str, result: str) -> str:
    if source.isupper() and len(source) > 1:
        return result.upper()
    if source[:1].isupper():
        return result[:1].upper() + result[1:]
    return result


def _closest_form(parse: Any, grammemes: set[str], source: str) -> str | None:
    """The form of a parse's word with the given grammemes that looks most like the source.

    pymorphy3 files "лучший" under "хороший" and would answer "наилучшего" or "наихорошего";
    among the lexeme's forms the one sharing the longest start with the word typed is right.
    """
    wanted = grammemes | {g for g in ("masc", "femn", "neut", "sing") if g in parse.tag}
    quick = parse.inflect(wanted)  # one form, no walk through the lexeme: most words
    if quick is not None and quick.word[:3] == source.lower()[:3] and "V-ey" not in quick.tag:
        return str(quick.word)
    forms = [f for f in parse.lexeme if wanted in f.tag and "Infr" not in f.tag]
    if not forms:
        return None

    def shared(form: Any) -> int:
        return len(_common_prefix(form.word, source.lower()))

    return str(max(forms, key=lambda f: (shared(f), "V-ey" not in f.tag)).word)


def _common_prefix(a: str, b: str) -> str:
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    return a[:size]


def _dictionary_name(word: str) -> Any | None:
    """pymorphy3's dictionary entry for a first name in the nominative (Игорь, Серёжа, Саша)."""
    for parse in _parse(word.capitalize()):
        tag = parse.tag
        if {"Name", "nomn", "sing"} in tag and "Fixd" not in tag and parse.is_known:
            return parse
    return None


def _name_gender(word: str) -> PetrovichGender:
    """The dictionary's gender for a name it knows, else the petrovich detector's guess."""
    known = _dictionary_name(word) if not _PATRONYMIC.search(word) else None
    if known is not None:
        if "masc" in known.tag:
            return PetrovichGender.MALE
        return PetrovichGender.FEMALE if "femn" in known.tag else PetrovichGender.ANDROGYNOUS
    if _PATRONYMIC.search(word):
        return _detector().detect(middlename=word)
    return _detector().detect(firstname=word)


def _inflect_name(word: str, case: Case) -> str:
    """A first name: its dictionary forms where pymorphy3 knows it, else the petrovich rules
    (which also decline patronymics) with the gender guessed from the name."""
    plain = word.capitalize() if word.isupper() else word
    known = _dictionary_name(plain) if not _PATRONYMIC.search(word) else None
    if known is not None:
        form = _closest_form(known, {_PYMORPHY_CASE[case], "Name"}, plain)
        if form:
            return _keep_case(word, form)
    part = NamePart.MIDDLENAME if _PATRONYMIC.search(word) else NamePart.FIRSTNAME
    gender = _name_gender(plain)
    result = _maker().make(part, gender, _PETROVICH_CASE[case], plain, known_gender=False)
    return _keep_case(word, result)


def _word_gender(word: str, grammatical: bool = False) -> Gender:
    """The gender of a noun or name; `grammatical` for agreement («моего психолога»), else the
    person's, which some nouns do not tell (психолог, человек)."""
    noun = _common_noun(word) if word.islower() else None
    if noun is not None and noun.normal_form in _ANY_GENDER and not grammatical:
        return Gender.UNKNOWN
    if noun is not None:
        if "masc" in noun.tag:
            return Gender.MASCULINE
        return Gender.FEMININE if "femn" in noun.tag else Gender.UNKNOWN
    if not grammatical and _dictionary_name(word) is None:
        return Gender.UNKNOWN  # a name the dictionary does not know: its ending only guesses
    found = _name_gender(word)
    if found == PetrovichGender.MALE:
        return Gender.MASCULINE
    return Gender.FEMININE if found == PetrovichGender.FEMALE else Gender.UNKNOWN


def _head(words: list[str]) -> str | None:
    """The word that decides the gender: the first noun for a person or name."""
    for word in words:
        if word.lower() in _KEEP or not _CYRILLIC_WORD.fullmatch(word):
            continue
        if word.islower() and _common_noun(word) is None:
            continue  # мой, лучшая, тебе
        return word
    return None


def _surname(words: list[str]) -> str | None:
    """The surname of a full name: a capitalised word after a first name or a patronymic
    («Анна Петрова», «Пётр Ильич Чайковский»), never the first name itself."""
    names = [w for w in words if _CYRILLIC_WORD.fullmatch(w) and not w.islower()]
    names = [w for w in names if _common_noun(w.lower()) is None]  # «Бабушка Нина»
    last = names[-1] if len(names) >= 2 else None
    if last is None or _PATRONYMIC.search(last) or _dictionary_name(last) is not None:
        return None  # «Анна Мария», «Оля Ивановна»: no surname there
    return last


_FROM_PETROVICH = {PetrovichGender.MALE: Gender.MASCULINE, PetrovichGender.FEMALE: Gender.FEMININE}
_TO_PETROVICH = {Gender.MASCULINE: PetrovichGender.MALE, Gender.FEMININE: PetrovichGender.FEMALE}


def _surname_gender(surname: str) -> Gender:
    """What a surname's ending says (Морозова, Ковальская; Шевчук or Черных say nothing)."""
    return _FROM_PETROVICH.get(_detector().detect(lastname=surname), Gender.UNKNOWN)


@lru_cache(maxsize=2048)
def gender(name: object) -> Gender:
    """The grammatical gender of how the person named someone, or UNKNOWN when the words do not
    tell (Саша, Женя, коллега, a name in another script, two people). A surname tells what its
    first name does not (Саша Морозова)."""
    words = str(name).split()
    if any(w.lower() in _KEEP for w in words) or "," in str(name):
        return Gender.UNKNOWN
    head = _head(words)
    found = _word_gender(head) if head else Gender.UNKNOWN
    surname = _surname(words)
    if found == Gender.UNKNOWN and surname is not None:
        return _surname_gender(surname)
    return found


def _noun_form(word: str, case: Case) -> str | None:
    noun = _common_noun(word) if word.islower() else None
    if noun is None:
        return None
    return _closest_form(noun, {_PYMORPHY_CASE[case]}, word)


def _modifier_form(word: str, case: Case, agree: Gender, animate: bool) -> str | None:
    grammeme = {Gender.MASCULINE: "masc", Gender.FEMININE: "femn"}.get(agree)
    parse = _modifier(word, grammeme)
    if parse is None:
        return None
    wanted = {_PYMORPHY_CASE[case]}
    if case == Case.ACCUSATIVE and agree == Gender.MASCULINE:
        wanted.add("anim" if animate else "inan")
    return _closest_form(parse, wanted, word)


def _inflect_surname(word: str, case: Case, person: Gender) -> str:
    """A surname by the petrovich rules for the person's gender; where neither the name nor the
    surname tells it, the surname's own ending is all there is to go by."""
    known = person if person != Gender.UNKNOWN else _surname_gender(word)
    sex = _TO_PETROVICH.get(known, PetrovichGender.ANDROGYNOUS)
    plain = word.capitalize() if word.isupper() else word
    return _keep_case(word, _maker().make(NamePart.LASTNAME, sex, _PETROVICH_CASE[case], plain))


def _inflect_phrase(words: list[str], case: Case) -> list[str]:
    head = _head(words)
    agree = _word_gender(head, grammatical=True) if head else Gender.UNKNOWN
    surname = _surname(words) if _KEEP.isdisjoint(w.lower() for w in words) else None
    out: list[str] = []
    for word in words:
        if word.lower() in _KEEP or not _CYRILLIC_WORD.fullmatch(word):
            out.append(word)
            continue
        if word == surname:
            out.append(_inflect_surname(word, case, agree))
            continue
        form = _noun_form(word, case)
        if form is None and word.islower() and word != head:
            form = _modifier_form(word, case, agree, animate=True)
        if form is None and not word.islower():
            form = _inflect_name(word, case)
        out.append(_keep_case(word, form) if form else word)
    return out


@lru_cache(maxsize=2048)  # the same few names are rendered again and again
def inflect(name: str, case: Case | str) -> str:
    """The name in the given case: inflect("бабушка Нина", "dative") == "бабушке Нине"."""
    case = Case(case)
    if case == Case.NOMINATIVE or not _CYRILLIC_WORD.search(name):
        return name
    pieces = _TOKENS.split(name)
    words = [p for p in pieces[1::2]]
    forms = iter(_inflect_phrase(words, case))
    return "".join(next(forms) if i % 2 else piece for i, piece in enumerate(pieces))


def name_case(name: object, case: str = "dative") -> str:
    """NAME_CASE for Fluent: the name in a case; an unknown case leaves it as written."""
    try:
        return inflect(str(name), case)
    except ValueError:
        return str(name)


def name_gender(name: object) -> str:
    """GENDER for Fluent: "masculine", "feminine", or "other" for the neutral wording."""
    return str(gender(name))


# fluent.runtime accepts plain strings from functions, though its hints ask for a FluentType.
FUNCTIONS: dict[str, Callable[..., Any]] = {"NAME_CASE": name_case, "GENDER": name_gender}
