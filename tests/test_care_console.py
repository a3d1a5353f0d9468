"""The care flow in the console chat: typing 1 answers the safety question, not another."""

from __future__ import annotations

from scripts.care_transcript import transcript


async def test_typing_1_in_the_console_answers_the_safety_question() -> None:
    out = await transcript("en", "low")
    asked = out.index("Are you safe right now?")
    after = out[asked:]
    assert "  [1] I'm safe\n  [2] I'm not safe\n\n› 1\n\nI'm glad." in after
    assert after.index("I'm glad.") < after.index("Did you try something new")
    assert "Day 4 of 7. Yesterday sounded really hard." in after


async def test_the_console_transcript_of_not_safe_stays_and_comes_back() -> None:
    out = await transcript("ru", "words")
    assert "Мне небезопасно" in out and "Можешь мне позвонить? Мне сейчас очень тяжело." in out
    stay = out.index("› я позвонила Мире")
    assert out[stay:].index("Хорошо, что ты пишешь.") < out[stay:].index("Вернуться к неделе")
    assert "WARNING" not in out and "care moment" not in out  # no log line in the chat


async def test_typing_a_number_that_is_no_button_in_the_console_asks_the_question_again() -> None:
    """The console sends "4" on as text when only two buttons are shown: it once closed care
    with "Thank you for writing" and went on with the check-in."""
    for language, question, safe in (
        ("en", "Are you safe right now?", "I'm glad."),
        ("ru", "Ты сейчас в безопасности?", "Хорошо. Если что-то изменится"),
    ):
        out = await transcript(language, "low-stray")
        after = out[out.index("› 4") :]
        asked_again = after.index(question)
        assert asked_again < after.index("› 1") < after.index(safe), after[:600]
        assert after.count(question, 0, after.index("› 1")) == 1
