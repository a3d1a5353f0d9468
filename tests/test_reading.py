"""Reading short answers for what they say (bot/text/reading.py), in en, ru and es."""

from __future__ import annotations

import pytest

from bot.text.reading import Tone, mood, sent, tone
from content import LOCALES, Texts
from content.program import RequestSent


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("It went better than I feared", "en", Tone.WELL),
        ("She was lovely about it", "en", Tone.WELL),
        ("not bad at all", "en", Tone.WELL),
        ("Not really", "en", Tone.HARD),
        ("not good", "en", Tone.HARD),
        ("It was awkward but she was kind", "en", Tone.MIXED),
        ("so-so", "en", Tone.MIXED),
        ("He hasn't replied yet", "en", Tone.NONE),
        ("Лучше, чем ожидал", "ru", Tone.WELL),
        ("Всё прошло отлично!", "ru", Tone.WELL),
        ("Так себе", "ru", Tone.MIXED),
        ("Было неловко и обидно", "ru", Tone.HARD),
        ("не очень хорошо", "ru", Tone.HARD),
        ("Пока не ответила", "ru", Tone.NONE),
        ("Mejor de lo que esperaba", "es", Tone.WELL),
        ("No estuvo mal", "es", Tone.WELL),
        ("Más o menos", "es", Tone.MIXED),
        ("Fatal, fue muy incómodo", "es", Tone.HARD),
        ("No ha respondido todavía", "es", Tone.NONE),
        ("Лучше, чем ожидал", "en", Tone.WELL),  # a Russian answer in an English chat
    ],
)
def test_the_tone_of_how_it_went(text: str, locale: str, expected: Tone) -> None:
    assert tone(text, locale) is expected


@pytest.mark.parametrize("text", ["We talked on Tuesday", "Мы созвонились", "Hablamos el martes"])
def test_words_without_a_tone_have_none(text: str) -> None:
    assert tone(text, "en") is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("4", "en", 4), ("3/5", "en", 3), ("😄", "en", 5), ("😞", "ru", 1), ("🙂", "es", 4),
        ("good", "en", 4), ("pretty good today", "en", 4), ("meh", "en", 3),
        ("great!", "en", 5), ("not good", "en", 2), ("awful", "en", 1),
        ("норм", "ru", 3), ("хорошо", "ru", 4), ("не очень", "ru", 2), ("отлично", "ru", 5),
        ("ужасно", "ru", 1), ("bien", "es", 4), ("fatal", "es", 1), ("muy bien", "es", 5),
        ("más o menos", "es", 3), ("mal", "es", 2),
    ],
)  # fmt: skip
def test_a_mood_typed_as_a_number_a_face_or_words(text: str, locale: str, expected: int) -> None:
    assert mood(text, locale) == expected


@pytest.mark.parametrize(
    "text",
    [
        "0",
        "6",
        "45",
        "😄🙁",
        "I had a good talk with mom about the week ahead",
        "hello",
        "",
        "Mira",
    ],
)
def test_not_a_mood(text: str) -> None:
    assert mood(text, "en") is None


def test_each_button_face_reads_as_its_own_mood() -> None:
    for code in LOCALES:
        faces = Texts(code).variants("mood_emoji")
        assert [mood(face, code) for face in faces] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("yes", "en", RequestSent.SENT), ("Yes, I did!", "en", RequestSent.SENT),
        ("not yet", "en", RequestSent.NOT_YET), ("Not really", "en", RequestSent.DECLINED),
        ("nope", "en", RequestSent.DECLINED), ("да", "ru", RequestSent.SENT),
        ("пока нет", "ru", RequestSent.NOT_YET), ("не особо", "ru", RequestSent.DECLINED),
        ("sí", "es", RequestSent.SENT), ("todavía no", "es", RequestSent.NOT_YET),
        ("la verdad es que no", "es", RequestSent.DECLINED),
    ],
)  # fmt: skip
def test_a_typed_answer_to_did_you_send_it(text: str, locale: str, expected: RequestSent) -> None:
    assert sent(text, locale) is expected


def test_an_unclear_answer_to_did_you_send_it_is_none() -> None:
    assert sent("maybe", "en") is None and sent("", "ru") is None
