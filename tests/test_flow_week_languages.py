"""A whole week in Spanish and in Russian through the real Application: nothing in English.

The person taps the labels their own language shows; afterwards every message and button they
saw is checked against the English texts (each English sentence of three words or more) and
against the message keys, so an English fallback or a missing message cannot slip through.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta
from functools import cache
from zoneinfo import ZoneInfo

from fluent.syntax import ast as fl
from fluent.syntax import parse
from fluent.syntax.visitor import Visitor

from content import DEFAULT_LOCALE, LOCALE_DIR, Texts
from tests.harness import BotHarness, Chat


@cache
def english_messages() -> tuple[fl.Message, ...]:
    body = parse((LOCALE_DIR / DEFAULT_LOCALE / "main.ftl").read_text(encoding="utf-8")).body
    return tuple(e for e in body if isinstance(e, fl.Message))


def english_keys() -> tuple[str, ...]:
    return tuple(m.id.name for m in english_messages())


class _FixedText(Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []

    def visit_TextElement(self, node: fl.TextElement) -> None:
        self.pieces.append(node.value)


@cache
def english_sentences() -> frozenset[str]:
    """Every run of fixed English words (three or more) in any English message or variant."""
    visitor = _FixedText()
    for message in english_messages():
        visitor.visit(message)
    found = set()
    for text in visitor.pieces:
        for piece in re.split(r"<[^>]+>|\n|/[a-z]+|[():;“”]|[.!?](?=\s|$)", text):
            piece = piece.strip(" .,!?–-")
            if sum(bool(re.search(r"[a-zA-Z]", word)) for word in piece.split()) >= 3:
                found.add(piece)
    return frozenset(found)


def everything_seen(chat: Chat) -> list[str]:
    return [s.text for s in chat.seen] + [label for s in chat.seen for label in s.labels()]


def exported_names(bot: BotHarness, chat: Chat) -> list[str]:
    sent = bot.fake.calls_to("sendDocument")
    return [c.files["document"][0] for c in sent if int(c.params["chat_id"]) == chat.chat_id]


def exported_rows(bot: BotHarness, chat: Chat) -> list[list[str]]:
    sent = [
        c for c in bot.fake.calls_to("sendDocument") if int(c.params["chat_id"]) == chat.chat_id
    ]
    data = next(c.files["document"][1] for c in sent if c.files["document"][0].endswith(".csv"))
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def assert_no_english_and_no_keys(chat: Chat) -> None:
    seen = everything_seen(chat)
    joined = "\n".join(seen)
    leaked_keys = [k for k in english_keys() if "_" in k and re.search(rf"\b{k}\b", joined)]
    assert not leaked_keys, f"message keys shown to the person: {leaked_keys}"
    assert "{" not in joined and "}" not in joined, "an unfilled placeholder was shown"
    english = sorted(s for s in english_sentences() if s in joined)
    assert not english, f"English shown in a {chat.language_code} chat: {english[:5]}"


async def live_a_week(bot: BotHarness, chat: Chat, t: Texts, anchor: str) -> None:
    """Seven days of check-ins answered by taps (day 4 left unanswered), then the week closes."""
    nudge = re.compile(re.escape(t("checkin_mood_q", day=999, days=7)).replace("999", r"(\d)"))
    script = {
        1: ("4", "btn_yes", "Hablé en la reunión", "effect_braver"),
        2: ("3", "btn_not_today", None, "effect_calmer"),
        3: ("5", "btn_yes", None, "effect_both"),
        5: ("2", "btn_not_today", None, "effect_neither"),
        6: ("4", "btn_yes", "Llamé al casero", "effect_braver"),
        7: ("5", "btn_not_today", None, "effect_calmer"),
    }

    async def answer(day: int) -> None:
        if day not in script:
            return
        mood, tried, note, effect = script[day]
        await chat.tap(f"{mood} ")
        await chat.tap(t.plain(tried))
        if tried == "btn_yes":
            await (chat.send(note) if note else chat.tap(t.plain("btn_skip")))
        await chat.tap(t.plain(effect))
        if day == 1:
            await chat.send(f"{anchor}. <3 & siempre.")
        if day == 2:
            await chat.tap(t.plain("btn_sent_yes", count=1))
            await chat.tap(t.plain("btn_resp_warm"))
        if day == 3:
            await chat.tap(t.plain("btn_later"))
        if day == 5:
            await chat.send("Pedir ayuda sin disculparme.")
        if day == 7:
            await chat.send("No tanto como quisiera.")
            await chat.tap(t.plain("btn_close_now"))  # day 4 stays empty
            await chat.tap(t.plain("btn_draft_take"))

    before = len(chat.seen)
    async for _ in bot.wake_ups(bot.clock.now() + timedelta(days=8, hours=12)):
        for seen in chat.seen[before:]:
            if match := nudge.search(seen.text):
                await answer(int(match.group(1)))
        before = len(chat.seen)


async def a_week_in(bot: BotHarness, code: str, language_code: str, anchor: str) -> Chat:
    t = Texts(code)
    chat = bot.chat(300 + len(code), language_code=language_code)
    welcome = await chat.send("/start")
    assert welcome[0].text == t("welcome")
    await chat.tap(t.plain("btn_begin"))
    await chat.send(anchor)
    await chat.send("Siempre contesta, incluso a medianoche.")
    await chat.tap(t.plain("situation_ordinary"))
    await chat.tap(t.plain("support_listen"))
    await chat.tap(t.plain("btn_draft_again"))
    await chat.tap(t.plain("btn_draft_take"))
    await chat.tap(t.plain("btn_tz_other"))
    await chat.send("Europe/Berlin")
    await chat.tap("19:00")
    for command in ("/help", "/status", "/settings"):
        await chat.send(command)
    await chat.tap(t.plain("btn_done"))
    await chat.send("/hola")
    await live_a_week(bot, chat, t, anchor)
    await chat.send("/journal")
    await chat.send("/reflect")
    await chat.send("/export")
    await chat.tap(t.plain("btn_cancel"))
    await chat.send("/export")
    await chat.tap(t.plain("btn_export_yes"))
    await chat.send("/delete")
    await chat.tap(t.plain("btn_delete_no"))
    await chat.tap(t.plain("btn_again_no"))
    return chat


async def test_a_whole_week_in_spanish_shows_no_english_and_no_key(bot: BotHarness) -> None:
    chat = await a_week_in(bot, "es", "es-MX", "Mira")
    texts = [s.text for s in chat.seen]
    assert sum("¿Cómo te sientes hoy?" in s for s in texts) == 7
    assert any("¿Le enviaste tu petición a Mira?" in s for s in texts)
    summary = next(s for s in texts if s.startswith("<b>Tu semana</b>"))
    assert "Ánimo medio: 3,8 de 5" in summary
    assert "Tu petición a Mira: enviada" in summary
    assert "Mira. &lt;3 &amp; siempre." in summary
    assert any(s.startswith("Ayer se pasó sin más") for s in texts)
    assert "Gracias por esta semana." in chat.last_text()
    rows = exported_rows(bot, chat)
    assert rows[0] == [
        "Semana",
        "Día",
        "Fecha",
        "Ánimo",
        "Algo nuevo o difícil",
        "Nota",
        "Más calma o más valor",
        "Saltado",
    ]
    assert rows[1][4:7] == ["sí", "Hablé en la reunión", "más valor"]
    assert any("<b>Día 1</b> · lun, 23 mar\n" in s for s in texts)  # the journal, dated by CLDR
    local = bot.clock.now().astimezone(ZoneInfo("Europe/Berlin")).strftime("%Y-%m-%d-%H%M")
    assert exported_names(bot, chat) == [
        f"secure-base-{local}.json",
        f"secure-base-mis-dias-{local}.csv",
    ]
    menus = {c.params.get("language_code"): c.params for c in bot.fake.calls_to("setMyCommands")}
    assert "Lo que puedo hacer" in str(menus["es"]["commands"])
    assert_no_english_and_no_keys(chat)


async def test_a_whole_week_in_russian_shows_no_english_and_no_key(bot: BotHarness) -> None:
    chat = await a_week_in(bot, "ru", "ru-RU", "Мира")
    texts = [s.text for s in chat.seen]
    assert sum("Как ты сегодня себя чувствуешь?" in s for s in texts) == 7
    summary = next(s for s in texts if s.startswith("<b>Твоя неделя</b>"))
    assert "Среднее настроение: 3,8 из 5" in summary
    assert "Твоя просьба к Мире: отправлена" in summary
    assert "Спасибо за эту неделю." in chat.last_text()
    rows = exported_rows(bot, chat)
    assert rows[0][:4] == ["Неделя", "День", "Дата", "Настроение"]
    assert rows[2][4:7] == ["нет", "", "спокойнее"]
    assert any("<b>День 1</b> · пн, 23 мар.\n" in s for s in texts)
    assert exported_names(bot, chat)[1].startswith("secure-base-отметки-")
    assert_no_english_and_no_keys(chat)


def test_the_english_check_would_catch_english() -> None:
    """The sentence list is not empty, and a typical English reply is in it."""
    sentences = english_sentences()
    assert len(sentences) > 150
    assert "How are you feeling today" in sentences
    assert "Thank you for checking in" in sentences
