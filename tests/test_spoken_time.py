"""Times of day in words, in en, ru and es (bot/timing/spoken_time.py through parse_clock_time)."""

from __future__ import annotations

from datetime import time

import pytest

from bot.timing.schedule import parse_clock_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("half past eight", time(8, 30)),
        ("half past eight pm", time(20, 30)),
        ("Half past 8 in the evening", time(20, 30)),
        ("quarter past seven", time(7, 15)),
        ("a quarter to nine pm", time(20, 45)),
        ("ten to eight", time(7, 50)),
        ("twenty five past six", time(6, 25)),
        ("eight thirty", time(8, 30)),
        ("seven oh five", time(7, 5)),
        ("at 9 in the morning", time(9, 0)),
        ("10 at night", time(22, 0)),
        ("eight o'clock", time(8, 0)),
        ("half eight", time(8, 30)),
        ("noon", time(12, 0)),
        ("midnight", time(0, 0)),
        ("8.30pm", time(20, 30)),
        ("8.30 p.m.", time(20, 30)),
        ("around 7pm", time(19, 0)),
        ("в полдевятого вечера", time(20, 30)),
        ("полвосьмого", time(7, 30)),
        ("в пол-девятого", time(8, 30)),
        ("в половине девятого вечера", time(20, 30)),
        ("четверть восьмого", time(7, 15)),
        ("без четверти девять", time(8, 45)),
        ("без пяти восемь вечера", time(19, 55)),
        ("десять минут девятого", time(8, 10)),
        ("в восемь вечера", time(20, 0)),
        ("в 8 утра", time(8, 0)),
        ("в час дня", time(13, 0)),
        ("в 12 ночи", time(0, 0)),
        ("в двадцать один час", time(21, 0)),
        ("в 20 часов", time(20, 0)),
        ("в восемь тридцать", time(8, 30)),
        ("в 8:30 вечера", time(20, 30)),
        ("полдень", time(12, 0)),
        ("a las ocho y media", time(8, 30)),
        ("a las ocho y media de la noche", time(20, 30)),
        ("a las 8 de la mañana", time(8, 0)),
        ("a las siete y cuarto", time(7, 15)),
        ("las nueve menos cuarto", time(8, 45)),
        ("a las nueve menos diez de la noche", time(20, 50)),
        ("a las diez de la noche", time(22, 0)),
        ("la una y media de la tarde", time(13, 30)),
        ("a las ocho y treinta y cinco", time(8, 35)),
        ("a las ocho en punto", time(8, 0)),
        ("mediodía", time(12, 0)),
        ("a las 20", time(20, 0)),
    ],
)
def test_a_time_in_words_is_read(text: str, expected: time) -> None:
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize(
    "text",
    ["evening", "вечером", "por la tarde", "hello", "thirteen am", "half past", "пол", "без",
     "a las", "quarter to", "7 pm tomorrow", "1 9", "eight sixty", "в сто часов", "x" * 61],
)  # fmt: skip
def test_words_that_are_no_time_are_not_read(text: str) -> None:
    assert parse_clock_time(text) is None
