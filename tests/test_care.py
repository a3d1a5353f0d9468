"""Crisis words in free text (per locale, without obvious false alarms) and low-mood runs."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

import pytest

from benchmarks import care_recall
from bot.care.detector import explain, has_crisis_words, has_listed_words, normalise
from bot.care.phrases import first_chars, plain_heads, plain_starts
from bot.care.stretches import spans
from content.crisis import (
    CRISIS_PATTERNS,
    FALSE_ALARM_PATTERNS,
    REWRITES,
    TYPO_KEEP,
    TYPO_WORDS,
)

MAX_MESSAGE = 4096  # Telegram's limit for one text message

EN_CRISIS = [
    "honestly some days I just want to die",
    "I've been cutting myself again",
    "I keep thinking about suicide",
    "I feel suicidal tonight",
    "sometimes I think about killing myself",
    "I want to end my life",
    "I just want to end it all",
    "i wanna die",
    "I wish I was dead",
    "I wish I were dead",
    "everyone would be better off without me",
    "I'd be better off dead",
    "there's no reason to live",
    "I have nothing left to live for",
    "I don't want to live anymore",
    "I do not want to be alive",
    "dont wanna live like this",
    "I don't want to live in this world anymore",
    "I want to die for real",
    "I've been self-harming",
    "thinking about self harm again",
    "I want to hurt myself",
    "I might harm myself",
    "I've thought about how to take my own life",
    "I'm scared I'll overdose",
    "I wish I could go to sleep and never wake up",
    "I'm tired of being alive",
    "I took all of my sleeping pills",
]

EN_SAFE = [
    "I'm dying to try that new cafe",
    "we killed it at the gig",
    "you're killing it!",
    "my phone died halfway through the call",
    "this deadline is killing me",  # a common idiom; decided: NOT crisis
    "my feet are killing me",
    "I died laughing at his joke",
    "that chocolate cake is to die for",
    "I was bored to death in the meeting",
    "she scared me to death",
    "we played cards to kill time",
    "what a killer view",
    "I'm dead tired after work",
    "we watched Suicide Squad last night",
    "quitting like that would be career suicide",
    "I could kill for a coffee right now",
    "I cut myself off from everyone for a while",
    "I cut myself shaving this morning",
    "I hurt myself at the gym",
    "I don't want to live in London anymore",
    "I don't want to live with my parents",
    "I want to live a long and happy life",
    "I'm not afraid of change any more",
    "I skilled up and took my own lunch to work",
    "I overdosed on chocolate at the party",
]

RU_CRISIS = [
    "я больше не хочу жить",
    "иногда думаю покончить с собой",
    "не хочу больше жить",
    "жить не хочется совсем",
    "хочу умереть",
    "мне хочется просто умереть",
    "лучше бы я умерла",
    "лучше бы я умер",
    "нет смысла жить",
    "я не вижу смысла жить дальше",
    "опять суицидальные мысли",
    "думаю о самоубийстве",
    "боюсь, что убью себя",
    "хочу убить себя",
    "боюсь причинить себе вред",
    "я снова режу себя",
    "хочется порезать себя",
    "у меня был период самоповреждения",
    "хочется наложить на себя руки",
    "хочу выпилиться",
    "я устала жить",
    "всем будет лучше без меня",
    "не хочу жить в этом мире",
    "хочу уснуть и не проснуться",
    "Жить Не Хочется",
    "думала наглотаться таблеток",
]

RU_SAFE = [
    "убили весь вечер на сериал",
    "умираю от смеха",
    "я чуть не умерла со смеху",
    "до смерти устала на работе",
    "смертельно устал сегодня",
    "телефон умер, не могла ответить",
    "телефон сел",
    "пошли гулять, чтобы убить время",
    "на работе завал, хоть вешайся",
    "не хочу жить в Москве",
    "не хочу жить с родителями",
    "я хочу жить у моря",
    "жить не могу без кофе",
    "вчера резались в карты до ночи",
    "она выпилилась из чата",
    "он выпил чаю и лёг спать",
    "смотрели «Отряд самоубийц»",
    "это было бы политическое самоубийство",
    "хочу жить полной жизнью",
    "она вешается ему на шею",
    "сегодня хорошо поговорили с мамой",
]

MIXED = [
    ("ru", "сегодня тяжело, honestly I want to die"),
    ("ru", "I've been cutting myself, никому не говорила"),
    ("en", "ugh, I just want to die."),
    ("en-US", "I WANT TO END MY LIFE"),
    ("ru-RU", "Хочу Умереть!!!"),
    ("en", "I don’t want to live anymore"),  # curly apostrophe
    ("en", "I   don't\nwant   to\tlive"),  # odd whitespace
    ("en", "self\u2014harm"),  # em dash
    ("ru", "покончить с собой\u200b"),  # zero-width space at the end
    ("ru", "лучше бы я умерла"),
    ("ru", "лучше бы я умерла".replace("е", "ё", 1)),  # ё instead of е
    ("xx", "I want to die"),  # unknown locale: English still checked
]


@pytest.mark.parametrize("text", EN_CRISIS)
def test_english_crisis_phrases_are_noticed(text: str) -> None:
    assert has_crisis_words(text, "en")


@pytest.mark.parametrize("text", EN_SAFE)
def test_english_idioms_are_not_false_alarms(text: str) -> None:
    assert not has_crisis_words(text, "en")


@pytest.mark.parametrize("text", RU_CRISIS)
def test_russian_crisis_phrases_are_noticed(text: str) -> None:
    assert has_crisis_words(text, "ru")


@pytest.mark.parametrize("text", RU_SAFE)
def test_russian_idioms_are_not_false_alarms(text: str) -> None:
    assert not has_crisis_words(text, "ru")


@pytest.mark.parametrize("text", EN_SAFE)
def test_english_idioms_are_not_false_alarms_for_russian_speakers(text: str) -> None:
    assert not has_crisis_words(text, "ru")


@pytest.mark.parametrize(("locale", "text"), MIXED)
def test_mixed_language_case_and_punctuation(locale: str, text: str) -> None:
    assert has_crisis_words(text, locale)


def test_english_false_alarm_stripped_but_real_phrase_in_same_text_still_found() -> None:
    assert has_crisis_words("my phone died and honestly I want to kill myself", "en")
    assert has_crisis_words("убили весь вечер, а потом я думала покончить с собой", "ru")


def test_empty_and_harmless_text() -> None:
    assert not has_crisis_words("", "en")
    assert not has_crisis_words("   ", "ru")
    assert not has_crisis_words("Mum, because she always picks up the phone.", "en")


def test_normalise() -> None:
    assert normalise("  Ёлка\u00a0 И  I’M \tOK ") == "елка и i'm ok"
    # a line break ends a clause (two messages the split-cry check reads together)
    assert normalise("  Ёлка\u00a0 И  I’M\n\tOK ") == "елка и i'm\nok"


def test_two_words_are_read_by_the_model_only_as_one_phrase() -> None:
    assert [s.text(r) for s in spans(normalise("goodnight forever")) for r in s.ranges] == [
        "goodnight forever"
    ]
    assert not spans(normalise("спасибо\nумереть"))  # "thanks", then another message
    assert not spans(normalise("ya. adiós"))
    assert not spans(normalise("петля"))
    # a longer text is read as one line, as the model learnt from one-line messages
    lines = "had a long day at work\nthe bus was late\nnow on the sofa with tea"
    assert spans(normalise(lines)) == spans(normalise(lines.replace("\n", " ")))


def _long(tail: str, filler: str) -> str:
    body = (filler * (MAX_MESSAGE // len(filler) + 1))[: MAX_MESSAGE - len(tail)]
    return body + tail


@pytest.mark.parametrize(
    ("locale", "filler", "tail"),
    [
        (
            "en",
            "Today I walked in the park and thought about my mum. The ducks were loud. I bought "
            "bread on the way home, made soup and called my sister about the weekend. ",
            " I want to die",
        ),
        ("ru", "Сегодня гуляла в парке и думала о маме. ", " не хочу жить"),
    ],
)
def test_long_message_is_checked_to_the_end(locale: str, filler: str, tail: str) -> None:
    found = _long(tail, filler)
    not_found = _long(" and then I slept.", filler)
    assert len(found) == len(not_found) == MAX_MESSAGE
    assert has_crisis_words(found, locale)
    assert not has_crisis_words(not_found, locale)


@pytest.mark.parametrize("table", [CRISIS_PATTERNS, FALSE_ALARM_PATTERNS])
def test_every_fragment_compiles_and_starts_at_a_word(table: dict[str, tuple[str, ...]]) -> None:
    assert {"en", "ru"} <= set(table) <= set(CRISIS_PATTERNS)  # a language is one more key
    for fragments in table.values():
        for fragment in fragments:
            re.compile(fragment)
            assert fragment.startswith((r"\b", "(?<!")), fragment
            assert fragment == fragment.lower(), fragment  # the text is lower-cased first
            assert "ё" not in fragment, fragment  # ...and ё becomes е


def test_each_fragment_is_tried_at_every_letter_it_can_start_with() -> None:
    """Fragments are tried only at words starting with a letter they can start with; the quick
    reading of plain fragments must agree with the regex parser, or a cry could go unnoticed."""
    for fragments in CRISIS_PATTERNS.values():
        for fragment in fragments:
            quick = plain_starts(fragment)
            assert quick is None or quick == first_chars(_parser.parse(fragment)), fragment
    assert plain_starts(r"\b(?:off|top)\s+myself") == {"o", "t"}
    assert plain_starts(r"\b(?:a|b)?c") is None  # the group may be skipped
    assert plain_starts(r"\bkill|\bdie") is None  # a second branch


def test_a_fragment_is_tried_at_the_first_characters_it_plainly_starts_with() -> None:
    assert plain_heads(r"\bkill(?:s|ed)?\s+myself") == {"kil"}
    assert plain_heads(r"\b(?:off|top)\s+myself") == {"off", "top"}
    assert plain_heads(r"\b(?:me|mi)\s+voy") == {"me", "mi"}
    assert plain_heads(r"\bi'm\s+done") == {"i'm"}
    assert plain_heads(r"\bme\s+mato") == {"me"}
    assert plain_heads(r"\bkil?l") == {"ki"}  # the third may be absent
    assert plain_heads(r"\bkil+") == {"kil"}
    assert plain_heads(r"\bi\s+want\s+out") is None  # a word of one letter
    assert plain_heads(r"\bk?ill") is None
    assert plain_heads(r"\bki?ll") is None  # the second may be absent
    assert plain_heads(r"\bk+ill") is None
    assert plain_heads(r"\b(?:a|an)\s+end") is None
    assert plain_heads(r"\b(?:off|top)?\s+myself") is None
    assert plain_heads(r"\bd[iy]e") is None


# --- the labelled evaluation set (tests/care_eval/, see benchmarks/care_recall.py) -----------

ISSUE_7_PHRASES = [
    ("en", "I took too many pills"),
    ("en", "I swallowed a whole bottle of my sleeping pills"),
    ("en", "I'm going to jump off a bridge tonight"),
    ("en", "I wish I wasn't alive"),
    ("en", "I don't want to wake up tomorrow"),
    ("en", "nobody would miss me"),
    ("en", "what's the point of living"),
    ("en", "kms"),
    ("en", "gonna OD tonight"),
    ("en", "I have a plan to end things"),
    ("en", "I wrote a goodbye letter"),
    ("en", "I bought a rope"),
    ("en", "I have my dad's gun and I'm thinking about using it on myself"),
    ("en", "life isn't worth living"),
    ("ru", "хочу порезаться"),
    ("ru", "опять резала руки"),
    ("ru", "выпила все таблетки"),
    ("ru", "хочу спрыгнуть с крыши"),
    ("ru", "сил больше нет, хочу чтобы всё закончилось"),
    ("ru", "я написал прощальное письмо"),
]


@pytest.mark.parametrize(("locale", "text"), ISSUE_7_PHRASES)
def test_every_phrase_from_the_issue_starts_care(locale: str, text: str) -> None:
    assert has_crisis_words(text, locale)
    for kind in ("crisis_a", "crisis_b"):  # ...and each is part of the labelled set
        if text in care_recall.load(locale, *kind.split("_")):
            break
    else:
        pytest.fail(f"{text!r} is not in tests/care_eval/{locale}/")


@pytest.mark.parametrize("locale", ["en", "ru", "es"])
def test_the_labelled_set_is_big_enough_and_labels_do_not_overlap(locale: str) -> None:
    crisis = [p for h in care_recall.HALVES for p in care_recall.load(locale, "crisis", h)]
    everyday = [p for h in care_recall.HALVES for p in care_recall.load(locale, "everyday", h)]
    assert len(crisis) >= 200 and len(everyday) >= 200
    assert not {normalise(p) for p in crisis} & {normalise(p) for p in everyday}


@pytest.mark.parametrize("locale", ["en", "ru", "es"])
def test_recall_and_false_alarms_meet_the_targets_on_the_labelled_set(locale: str) -> None:
    score = care_recall.score(locale)
    assert score.recall >= care_recall.TARGET_RECALL, score.missed
    assert score.false_alarm_rate <= care_recall.TARGET_FALSE_ALARMS, score.false_alarms


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "k.m.s"),  # letters spelled out
        ("en", "k m s"),
        ("en", "kmsssss"),
        ("en", "i want to dieeeee"),  # repeated letters
        ("en", "i dont wanna liveeee anymore"),  # missing apostrophe, slang, repeats
        ("en", "im gonna kil myself"),  # a letter missing in "kill" is fine after "myself"
        ("en", "i want to kill myslef"),  # swapped letters
        ("en", "sucidal again"),  # a letter missing
        ("en", "thinking about sewer slide"),
        ("en", "i want 2 die"),
        ("en", "i od'd on my meds"),  # shorthand for an overdose
        ("en", "i odd on my meds last night"),
        ("en", "oded on my pills"),
        ("en", "i think he ODd"),
        ("ru", "хачу умиреть"),  # common misspellings
        ("ru", "нехочу жить"),
        ("ru", "не хочеться жить"),
        ("ru", "суецидальные мысли"),
        ("ru", "хочу умереееть"),
    ],
)
def test_spelling_slang_and_typos_are_understood(locale: str, text: str) -> None:
    assert has_crisis_words(text, locale)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "goodbyes at the airport are the worst"),  # "goodbyes" is not a typo of "goodbye"
        ("en", "a b c"),  # single letters joined do not make words of crisis
        ("en", "I don't want to die, I'm just very tired"),  # negation
        ("ru", "не хочу умирать, просто очень устала"),
        ("ru", "хочу умерить аппетит"),  # a real word one letter from "умереть"
        ("en", "that was odd"),  # "odd" is not "OD'd"
        ("en", "an odd day, felt oddly peaceful"),
        ("en", "the odd one out at work again"),
        ("en", "odd numbers on the left side of the street"),
    ],
)
def test_careful_tidying_does_not_invent_a_crisis(locale: str, text: str) -> None:
    assert not has_crisis_words(text, locale)


def test_explain_names_the_rule_that_matched() -> None:
    assert any("overdos" in fragment for fragment in explain("gonna OD tonight", "en"))
    assert explain("we killed it at the gig", "en") == []


def test_a_negation_never_hides_a_real_cry_in_the_same_message() -> None:
    assert has_crisis_words("I don't want to die but I don't want to live either", "en")
    assert has_crisis_words("не хочу умирать, но и жить больше не хочу", "ru")


def test_every_language_table_is_keyed_like_the_crisis_phrases() -> None:
    for table in (REWRITES, TYPO_WORDS, TYPO_KEEP, FALSE_ALARM_PATTERNS):
        assert set(table) <= set(CRISIS_PATTERNS)
    for rewrites in REWRITES.values():
        for pattern, _ in rewrites:
            re.compile(pattern)
    for words in (*TYPO_WORDS.values(), *TYPO_KEEP.values()):
        assert all(word == word.lower() and "ё" not in word for word in words)


def test_a_language_without_phrases_of_its_own_is_still_checked_in_every_language() -> None:
    assert has_crisis_words("I want to die", "pt")
    assert has_crisis_words("хочу умереть", "pt-BR")
    assert has_crisis_words("me quiero morir", "fr")


ES_CRISIS = [
    "me quiero morir",
    "me quería morir",  # tenses and persons
    "quisiera morirme",
    "a veces quisiera estar muerta",
    "morirme es lo único que quiero",
    "ya no quiero vivir",
    "no quiero seguir viviendo",
    "pienso en quitarme la vida",
    "estoy pensando en suicidarme",
    "me voy a suicidar",
    "escribí una carta de despedida",
    "siento que soy una carga para todos",
    "no hay salida",
    "me tomé todas las pastillas",
    "me tragué un bote entero de somníferos",
    "voy a tirarme de un puente",
    "me tiro a las vías",
    "voy a estrellar el coche contra un muro",
    "ya compré la soga",
    "me corté otra vez",
    "ME QUIERO MORIR!!!",
    "me quiero matar esta noche",  # a time after the verb is not an object
    "me voy a colgar el domingo",
    "me corté la otra noche",
]

ES_SAFE = [
    "me muero de risa",
    "me muero de hambre",
    "me muero de ganas de verte",
    "me mata el tráfico",
    "me voy a matar estudiando",
    "lo maté en la entrevista",
    "ese chiste me mató",
    "matamos el tiempo jugando a las cartas",
    "tengo que cortar la cebolla",
    "me corté el pelo",
    "me lastimé la rodilla jugando",
    "tomé pastillas para el dolor de cabeza",
    "saltamos la cuerda en el recreo",
    "me tiré a la piscina y pedí el aumento",
    "se me murió el móvil",
    "no quiero morir sin conocer Japón",
    "no quiero vivir en Madrid",
    "hoy fue un buen día",
    "mi vida tiene sentido.",
    "la vida vale la pena",
]


@pytest.mark.parametrize("text", ES_CRISIS)
@pytest.mark.parametrize("locale", ["es", "es-MX", "es-419"])
def test_spanish_crisis_phrases_are_noticed(locale: str, text: str) -> None:
    assert has_crisis_words(text, locale)


@pytest.mark.parametrize("text", ES_SAFE)
@pytest.mark.parametrize("locale", ["es", "en", "ru"])
def test_spanish_idioms_are_not_false_alarms_in_any_language(locale: str, text: str) -> None:
    assert not has_crisis_words(text, locale)


@pytest.mark.parametrize(
    "text",
    [
        "kiero morir",  # chat spelling
        "q me muera",
        "ya no kiero vivir",
        "mekiero morir",
        "quiero morirrrr",  # repeated letters
        "ya no quiero bibir",  # b for v
        "quiero suisidarme",  # misspelt
        "estoi pensando en matarme",
        "no quiero despertar",
        "ya no queria seguir",  # accents left out
    ],
)
def test_spanish_chat_spelling_and_typos_are_understood(text: str) -> None:
    assert has_crisis_words(text, "es")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "had tacos at the cantina with my abuela"),
        ("en", "learned the phrase matar el tiempo in Spanish class today"),
        ("en", "my Spanish teacher says me muero de risa a lot"),
        ("en", "we took the metro to see the puente in Seville"),
        ("en", "k thanks, see you tomorrow"),
        ("en", "ran 5 kms today"),  # kilometres, not "kms"
        ("en", "sería un alivio terminar la mudanza"),  # "un alivio" is not "unalive"
        ("es", "sería un alivio terminar la mudanza"),
        ("en", "the toy store was packed"),
        ("en", "tomé un café means I had a coffee, I learned that today"),
        ("ru", "на испанском «me muero de risa» значит «умираю от смеха»"),
        ("ru", "в Мадриде сели в metro и поехали к puente de Segovia"),
        ("ru", "выучила слово «pastillas» на уроке испанского"),
    ],
)
def test_spanish_words_in_english_and_russian_everyday_text_are_not_false_alarms(
    locale: str, text: str
) -> None:
    assert not has_crisis_words(text, locale)


def test_spanish_wishes_to_die_are_noticed_in_every_tense_and_form() -> None:
    """Any way of wanting, with any way of saying die: not a list of memorised sentences."""
    wants = [
        "quiero", "quería", "querría", "quisiera", "deseo", "desearía", "prefiero",
        "me gustaría", "tengo ganas de", "necesito", "solo quiero", "a veces quiero",
        "ojalá pudiera", "ya quiero", "de verdad quiero",
    ]  # fmt: skip
    deaths = [
        "morir", "morirme", "estar muerta", "estar muerto", "desaparecer para siempre",
        "dejar de existir", "no despertar", "no despertarme nunca", "dormir para siempre",
        "matarme", "suicidarme", "quitarme la vida", "acabar con mi vida", "acabar con todo",
        "irme de este mundo", "no vivir más",
    ]  # fmt: skip
    missed = [f"{w} {d}" for w in wants for d in deaths if not has_crisis_words(f"{w} {d}", "es")]
    assert missed == []
    forms = [
        "me quiero morir", "me quería morir", "me querría morir", "me quisiera morir",
        "me iba a matar", "me quise matar", "me voy a suicidar", "me quería quitar la vida",
        "me mataría", "me mataré", "me suicidaría", "me voy a cortar", "me he cortado",
        "me estoy cortando", "me cortaba", "me tiré del puente", "me tiraría del puente",
        "me voy a ahorcar", "ya no quería vivir", "ya no quisiera vivir",
        "no quería seguir viviendo", "vivir ya no quiero", "quiero ya no vivir",
        "no me quiero despertar",
    ]  # fmt: skip
    assert [t for t in forms if not has_crisis_words(t, "es")] == []


def test_a_spanish_negation_never_hides_a_real_cry() -> None:
    assert not has_crisis_words("no quiero morir, solo estoy muy cansada", "es")
    assert has_crisis_words("no quiero morir, pero tampoco quiero vivir", "es")


def test_spanish_words_of_crisis_are_noticed_whatever_the_chosen_language() -> None:
    assert has_crisis_words("hoy fue horrible. ya no quiero vivir", "en")
    assert has_crisis_words("me quiero morir", "ru")
    assert has_crisis_words("honestly I want to die", "es")


IDIOMS = {
    "en": ["this traffic is killing me", "I killed it at the interview", "my phone died"],
    "ru": ["эта пробка меня убивает", "я умираю от смеха", "пошли гулять, чтобы убить время"],
    "es": [
        "me mata el tráfico",
        "me muero de risa",
        "lo maté en la entrevista",
        "me tiré a la piscina y pedí el aumento",
        "tomé pastillas para el dolor de cabeza",
    ],
}


@pytest.mark.slow(seconds=8)  # every crisis phrase of the corpus beside every idiom
@pytest.mark.parametrize("locale", ["en", "ru", "es"])
def test_an_idiom_next_to_a_real_cry_never_hides_it(locale: str) -> None:
    """Cutting out look-alike idioms must never swallow the words of crisis beside them."""
    crisis = [p for h in care_recall.HALVES for p in care_recall.load(locale, "crisis", h)]
    hidden = [
        text
        for phrase in crisis
        if has_crisis_words(phrase, locale)
        for idiom in IDIOMS[locale]
        for text in (f"{idiom}. {phrase}", f"{idiom}, {phrase}", f"{phrase}. {idiom}")
        if not has_crisis_words(text, locale)
    ]
    assert hidden == []


def test_russian_one_letter_words_are_not_glued_together() -> None:
    assert has_crisis_words("и я в окно выйду сегодня", "ru")
    assert has_crisis_words("а я в петлю полезу", "ru")


# Someone else hurting the person right now, said the way people say it in a hurry; and the
# same verbs as everyday idioms. Before these lists knew them, the first English form was cut
# out as "this deadline is killing me" and none of these opened care in any language.
SOMEONE_HURTING_ME = [
    ("en", "my husband is killing me help"),
    ("en", "hes trying to kill me"),
    ("en", "he is killing me please help"),
    ("ru", "он меня убивает"),
    ("ru", "помогите муж меня убивает"),
    ("ru", "меня убивают"),
    ("es", "mi esposo me esta matando"),
    ("es", "me esta matando ayuda"),
]
SAME_WORDS_EVERYDAY = [
    ("en", "this deadline is killing me"),
    ("en", "my mum is going to kill me when she sees my room"),
    ("ru", "эта пробка меня убивает"),
    ("ru", "она убивает время в тиктоке"),
    ("ru", "учу русский, падежи меня убивают"),
    ("ru", "он меня убивает своими каламбурами"),
    ("es", "el trafico me esta matando"),
    ("es", "el calor me está matando"),
]


@pytest.mark.parametrize(("locale", "text"), SOMEONE_HURTING_ME)
def test_someone_hurting_the_person_right_now_opens_care(locale: str, text: str) -> None:
    assert has_listed_words(text, locale)


@pytest.mark.parametrize(("locale", "text"), SAME_WORDS_EVERYDAY)
def test_the_same_verbs_as_everyday_idioms_do_not(locale: str, text: str) -> None:
    assert not has_crisis_words(text, locale)


# An everyday line that shares a cry's words ("last message", "rope", a parent who "left life",
# an exam that "killed me", a hopeful "want to live to see"), and the cry beside it.
# Corpus writers' everyday lines that the lists answered with care; each look-alike is cut only
# where nothing after it turns it back into a goodbye.
EVERYDAY_WITH_A_CRYS_WORDS = [
    ("ru", "это моё последнее сообщение на сегодня, спать пошла"),
    ("es", "ya compré la cuerda pa la guitarra, se me reventó la de mi"),
    ("ru", "мой отец ушёл из жизни в прошлом году до сих пор не верится"),
    ("es", "el examen me mato"),
    ("en", "i wanna live to see my grandkids grow up"),
    ("es", "ya compré la cuerda pa tender la ropa, la otra se rompió"),
    ("es", "uff el examen de bioquimica me mato"),
    ("es", "jajaja ese meme me mato"),
    ("ru", "чуть не задохнулся от смеха над этим видео"),
    ("en", "my sister, because she never makes me feel like a burden"),
    ("en", "thank you for never once making me feel like a burden"),
    ("ru", "подруга, с ней я никогда не чувствую себя обузой"),
    ("ru", "мечтаю сдохнуть от счастья на концерте земфиры"),
    ("en", "this is goodbye to my old car 😢 sold it"),
    ("es", "ya no voy a molestar más a mi ex, lo bloqueé"),
    ("en", "this is goodbye... to my old car 😢"),
    ("ru", "мечтаю умереть в 90 в окружении внуков"),
    ("ru", "картошку чистил, порезался, заклеил пластырем"),
    ("ru", "бритвой брила ноги, порезалась, пластырь"),
    ("en", "shot myself in the foot by agreeing to host christmas"),
    # on day 7, a question about the week of practice
    ("en", "is it the last day already? that went fast"),
    ("en", "is today the last day?"),
    ("ru", "это последний день?"),
    ("ru", "сегодня уже последний день?"),
    ("es", "ya es el último día?"),
    ("es", "¿mañana es el último día?"),
    # at the care question: help is on its way
    ("es", "vale. Llamé a Mira, viene para acá"),
    # round 15's corpus writers: a clothesline, a new rope for the washing, a daily dose
    ("ru", "бельевую верёвку на балконе натянул"),
    ("es", "compre una cuerda nueva pa tender"),
    ("es", "mi abuela se toma como 6 pastillas al dia jaja"),
    ("ru", "написала прощальное письмо коллективу, ухожу в другую школу, все плакали"),
    ("ru", "это моё последнее сообщение в этой практике, неделя закончилась"),
    # round 16's corpus writers: a wish to grow old
    ("ru", "мечтаю умереть от старости в своём домике в деревне с кучей внуков"),
    ("ru", "хочу помереть от старости рядом с тобой, как бабушка с дедом"),
    ("en", "i want to die of old age in a cottage by the sea with you"),
    ("en", "hope i die peacefully of old age, snoring in my chair"),
    ("en", "took the whole box of biscuits into work, they went in 10 mins"),
    ("en", "my son ate the entire pack of chocolate biscuits before dinner"),
    # round 17's corpus writers: an anchor's love passed on, the shuttle-run drill
    ("en", "tell him i love him and im here whenever he needs"),
    ("en", "tell grandma i love her and i'll see her on sunday"),
    ("en", "i'll be dead on my feet tomorrow but the gig was worth it"),
    ("en", "coach ran suicides for 40 min and i cant feel my legs"),
    ("en", "we did 20 suicides after practice"),
]
THE_CRY_BESIDE_THEM = [
    ("ru", "это моё последнее сообщение"),
    ("ru", "последнее сообщение на сегодня и навсегда"),
    ("ru", "это моё последнее сообщение на сегодня. а может и вообще"),
    ("es", "ya compre la cuerda para colgarme"),
    ("es", "compre cuerda de guitarra, la mas gruesa, para colgarme esta noche"),
    ("ru", "я решила уйти из жизни как мама ушла из жизни"),
    ("es", "el examen me mato, ya no aguanto, esta noche me mato"),
    ("en", "i don't want to live a long life, i want it over tonight"),
    ("en", "i want to live a long life but i took all my pills an hour ago"),
    ("es", "ya tengo la soga pa colgarme hoy"),
    ("es", "compre cuerda pa tender ropa y la amarre a la viga del cuarto para esta noche"),
    ("es", "el examen de bioquimica me mato y esta noche me mato yo"),
    ("ru", "днём чуть не задохнулась от смеха, а ночью хочу задохнуться и не проснуться"),
    ("en", "mum never made me feel like a burden but i feel like a burden to everyone now"),
    ("ru", "с ней я никогда не чувствую себя обузой, а с другими я обуза, лучше бы меня не было"),
    ("ru", "раньше мечтала сдохнуть от счастья, а теперь просто хочу сдохнуть"),
    ("en", "this is goodbye to my old car and to all of you, i won't be here tomorrow"),
    ("en", "this is goodbye"),
    ("es", "ya no voy a molestar más a mi ex ni a nadie, ya no voy a molestar más"),
    ("es", "ya no voy a molestar mas"),
    ("ru", "мечтала умереть в 90 в окружении внуков, а теперь хочу умереть сегодня"),
    ("ru", "хочу умереть в 25"),
    ("ru", "картошку чистила, порезалась специально, глубоко"),
    ("ru", "чистила картошку и порезалась, а потом ещё раз порезалась, уже не случайно"),
    ("en", "shot myself in the foot at work and tonight i want to shoot myself for real"),
    ("en", "is it the last day? good, because tonight i end it"),
    ("en", "is it the last day of my life?"),
    ("en", "today is my last day"),
    ("ru", "это последний день? для меня точно последний, я всё решила уйти"),
    ("ru", "сегодня мой последний день"),
    ("es", "ya es el ultimo dia? mejor, esta noche me mato"),
    ("es", "hoy es mi ultimo dia"),
    ("es", "es el ultimo dia de mi vida"),
    ("es", "llamé a mi ex, viene para acá y me va a matar"),
    ("es", "llamé a mi ex, viene para acá, tengo miedo"),
    ("es", "llamé a mi hermana, viene para acá, pero ya me tomé todas las pastillas"),
    ("ru", "бельевую верёвку на балконе натянула и сделала петлю"),
    ("ru", "взяла бельевую верёвку, привяжу к люстре"),
    ("es", "compre una cuerda nueva pa colgarme"),
    ("es", "se toma 6 pastillas al dia y hoy me tome todas las suyas"),
    ("ru", "написала прощальное письмо коллективу и маме, ухожу из жизни"),
    ("ru", "это моё последнее сообщение в этой практике и вообще"),
    ("ru", "хочу умереть, и не от старости, а сегодня"),
    ("en", "ran suicides at practice, then came home and thought about suicide again"),
    ("en", "tell him i love him. i won't be here tomorrow"),
    ("en", "tell my mum i love her and that i'm sorry"),
    ("en", "i'll be dead by tomorrow, on my feet or not"),
    ("en", "i'll be dead tomorrow"),
    ("en", "after practice i keep thinking about suicides, mine"),
    ("ru", "мечтала умереть от старости, а теперь хочу умереть сейчас"),
    ("en", "i want to die. not of old age, tonight"),
    ("en", "always hoped to die of old age, now i just want to die"),
    ("en", "took the whole box of pills"),
    ("en", "ate a whole box of cookies and then took the whole box of sleeping pills"),
]


@pytest.mark.parametrize(("locale", "text"), EVERYDAY_WITH_A_CRYS_WORDS)
def test_an_everyday_line_with_a_crys_words_is_left_alone(locale: str, text: str) -> None:
    assert not has_crisis_words(text, locale)


@pytest.mark.parametrize(("locale", "text"), THE_CRY_BESIDE_THEM)
def test_the_cry_with_the_same_words_still_opens_care(locale: str, text: str) -> None:
    assert has_crisis_words(text, locale)
