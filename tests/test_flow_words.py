"""Issue 19 from the person's side, through the real PTB Application and the fake Bot API: a
Russian name declined on the screens and buttons of setup, a name typed in lowercase with its
capital where a sentence starts, and no "Alguien" mid-sentence for a person without a name."""

from __future__ import annotations

import re

import pytest

from tests.harness import BotHarness, Chat


async def to_the_draft(chat: Chat, anchor: str, why: str) -> str:
    """Setup up to the first draft (a comforting text, in an ordinary week): the draft's screen."""
    await chat.send("/start")
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # begin
    await chat.send(anchor)
    await chat.send(why)
    await chat.press(chat.seen[-1].buttons[3]["callback_data"])  # an ordinary week
    return (await chat.press(chat.seen[-1].buttons[0]["callback_data"]))[-1].text


def labels(chat: Chat) -> list[str]:
    return [b["text"] for b in chat.seen[-1].buttons]


async def test_a_russian_name_is_declined_on_setups_screens_and_buttons(bot: BotHarness) -> None:
    ira = bot.chat(1, "ru", first_name="Ира")
    draft = await to_the_draft(ira, "Игорь", "Он всегда рядом.")
    assert draft.startswith("Вот сообщение для Игоря:")
    assert "<blockquote>Привет, Игорь!" in draft
    await ira.press(ira.seen[-1].buttons[0]["callback_data"])  # use this
    final = next(s for s in reversed(ira.seen) if s.text.startswith("Готово."))
    assert "переслать Игорю:" in final.text
    shown = [b["text"] for b in final.buttons]
    assert "🤝 Позвать сюда Игоря" in shown and "↗️ Отправить Игорю" in shown
    assert not any(": Игорь" in label for label in shown)


async def test_a_grandmother_keeps_her_title_and_is_declined_whole(bot: BotHarness) -> None:
    ira = bot.chat(2, "ru", first_name="Ира")
    draft = await to_the_draft(ira, "бабушка Нина", "Она всегда меня выслушает.")
    assert draft.startswith("Вот сообщение для бабушки Нины:")
    assert "<blockquote>Привет, бабушка Нина!" in draft


@pytest.mark.parametrize(
    ("language", "anchor", "capital"),
    [("ru", "мама", "Мама, привет!"), ("es", "mamá", "Mamá, eres de las personas")],
)
async def test_a_name_typed_in_lowercase_opens_a_sentence_with_a_capital(
    bot: BotHarness, language: str, anchor: str, capital: str
) -> None:
    chat = bot.chat(3, language, first_name="Ira")
    drafts = [await to_the_draft(chat, anchor, "…")]
    for _ in range(2):  # another wording, twice
        drafts.append((await chat.press(chat.seen[-1].buttons[1]["callback_data"]))[-1].text)
    quoted = [d.split("<blockquote>", 1)[1] for d in drafts]
    assert any(q.startswith(capital) for q in quoted), quoted
    assert not any(q.startswith(anchor) for q in quoted)  # never "мама, привет!"


async def test_an_anchor_never_reads_alguien_mid_sentence_for_a_person_without_a_name(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="")
    await to_the_draft(alex, "Mira", "She listens.")
    await alex.press(alex.seen[-1].buttons[0]["callback_data"])  # use this
    invite = await alex.tap("Invite Mira to join me here")
    token = re.search(r"\?start=([A-Za-z0-9_-]+)", invite[0].text)
    assert token, invite[0].text
    mira = bot.chat(202, "es", first_name="Mira")
    card = (await mira.send(f"/start {token.group(1)}"))[0].text
    assert "Alguien" not in card and "a alguien" not in card
    assert "La persona que te invitó te eligió" in card
    assert "enviar a la persona que te invitó unas palabras" in card


async def test_a_big_moment_draft_does_not_repeat_the_persons_own_ask(bot: BotHarness) -> None:
    alex = bot.chat(4, "en", first_name="Alex")
    await alex.send("/start")
    await alex.tap("Let's begin")
    await alex.send("Mira")
    await alex.send("She listens.")
    await alex.tap("Something big")
    await alex.tap("Something else")
    draft = (await alex.send("call me after the interview"))[-1].text
    assert "Could you call me after the interview? It would mean a lot." in draft
    assert "afterwards how it went" not in draft
