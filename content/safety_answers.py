"""Typed answers to "Are you safe right now?", per language (written lower-case, no end mark).

Only whole answers count: "no" is an answer, "no idea what to cook" is not. An unsure answer
("I don't know") counts as not safe: it is better to offer help to someone who was fine than
to walk past someone who was not. Every language is checked (people mix languages).
"""

from __future__ import annotations

SAFE: dict[str, tuple[str, ...]] = {
    "en": (
        "yes", "yeah", "yep", "yes i am", "safe", "i'm safe", "im safe", "i am safe",
        "i'm ok", "im ok", "i'm okay", "im okay", "i am ok", "i'm fine", "im fine", "i am fine",
        "i'm safe now", "yes i'm safe", "yes im safe",
    ),
    "ru": (
        "да", "ага", "да, в безопасности", "в безопасности", "я в безопасности",
        "нормально", "все нормально", "я в порядке", "в порядке", "все в порядке",
    ),
    "es": (
        "sí", "si", "sí, estoy a salvo", "estoy a salvo", "a salvo", "estoy bien",
        "sí, estoy bien", "todo bien",
    ),
}  # fmt: skip

NOT_SAFE: dict[str, tuple[str, ...]] = {
    "en": (
        "no", "nope", "nah", "not really", "not safe", "i'm not safe", "im not safe",
        "i am not safe", "no i'm not", "no im not", "i'm not", "im not", "idk", "i don't know",
        "i dont know", "not sure", "i'm not sure", "im not sure", "no i am not",
    ),
    "ru": (
        "нет", "неа", "не очень", "не знаю", "небезопасно", "мне небезопасно",
        "не в безопасности", "я не в безопасности", "нет, не в безопасности", "не уверен",
        "не уверена", "не в порядке", "я не в порядке",
    ),
    "es": (
        "no", "no estoy a salvo", "no sé", "no se", "la verdad no", "no mucho",
        "no estoy bien", "no lo sé", "no lo se", "no estoy segura", "no estoy seguro",
    ),
}  # fmt: skip
