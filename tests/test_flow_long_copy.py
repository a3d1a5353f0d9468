"""A long request keeps a way to copy it, through the real PTB Application and the fake Bot API.

Telegram's copy button carries at most 256 characters, and a share link about 2,000 (after
encoding): Alex writes his own request to Mira, about a thousand characters (or the longest the
bot accepts), and once saw only the words, with no Copy button and no Send button under them.
A short one keeps its copy button; a long one also comes alone, as its own message with nothing
else in it, to hold and copy or forward as it is (a callback button to ask for it would take the
buttons off the message it sits under). English, Russian and Spanish.
"""

from __future__ import annotations

import html
import re

import pytest

from content import Texts, program
from tests.harness import BotHarness, Chat, Seen, texts
from tests.test_flow_care_crossings import press_data

LANGS = ["en", "ru", "es"]
FIRST = {"en": "Mira", "ru": "Мира", "es": "Mira"}
LINE = {
    "en": "Could you check in on me one evening this week & ask how I'm really doing? ",
    "ru": "Можешь как-нибудь вечером на этой неделе спросить, как я на самом деле? ",
    "es": "¿Podrías escribirme una tarde esta semana y preguntarme cómo estoy de verdad? ",
}


def long_request(lang: str, size: int) -> str:
    return (LINE[lang] * (size // len(LINE[lang]) + 1))[:size].strip()


async def own_request(alex: Chat, lang: str, text: str) -> list[Seen]:
    await alex.send("/start")
    await press_data(alex, "begin")
    await alex.send(FIRST[lang])
    await alex.send("Always there.")
    await press_data(alex, "sit:.*:ordinary")
    await press_data(alex, "sp:")
    await press_data(alex, "dr:.*:own")
    return await alex.send(text)


def copies(seen: Seen, text: str) -> bool:
    return any(b.get("copy_text", {}).get("text") == text for b in seen.buttons)


def alone(seen: list[Seen], text: str) -> list[Seen]:
    """The messages that hold `text` and nothing else."""
    return [s for s in seen if s.text == html.escape(text, quote=False)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", [1000, program.DRAFT_MAX])
async def test_a_long_request_also_comes_alone_to_copy_or_forward(
    bot: BotHarness, lang: str, size: int
) -> None:
    alex = bot.chat(101, lang, first_name="Alex")
    text = long_request(lang, size)
    out = await own_request(alex, lang, text)
    ready = next(s for s in out if html.escape(text, quote=False) in s.text)
    assert Texts(lang)("draft_alone_hint") in ready.text, ready.text[-300:]
    (own,) = alone(out, text)
    assert out.index(own) == out.index(ready) + 1
    assert any(b.get("callback_data", "").startswith("tz:") for b in out[-1].buttons)
    assert own is not out[-1]  # the next question is a message of its own


@pytest.mark.parametrize("lang", LANGS)
async def test_a_short_request_keeps_its_copy_button(bot: BotHarness, lang: str) -> None:
    alex = bot.chat(101, lang, first_name="Alex")
    text = long_request(lang, 200)
    out = await own_request(alex, lang, text)
    ready = next(s for s in out if html.escape(text, quote=False) in s.text)
    assert copies(ready, text) and alone(out, text) == []


@pytest.mark.parametrize("lang", LANGS)
async def test_a_long_request_sent_with_an_invitation_comes_alone_with_its_link(
    bot: BotHarness, lang: str
) -> None:
    """ "Invite Mira": the invitation is the request with her link; too long for a copy button,
    it also comes as its own message, link included, to forward as it is."""
    alex = bot.chat(101, lang, first_name="Alex")
    text = long_request(lang, 1000)
    await own_request(alex, lang, text)
    out = await press_data(alex, r"inv:\d+:1")
    alone = [s for s in out if s.text.startswith(html.escape(text[:40], quote=False))]
    assert len(alone) == 1, texts(out)
    assert re.search(r"https://t\.me/\w+\?start=[A-Za-z0-9_-]+", alone[0].text)
