"""Long names (and names with HTML in them) in buttons, through the real PTB Application.

Alex (English, Russian or Spanish; his messenger name is long) calls his anchor by a long name
with markup in it; Mira joins, Alex says he is not safe, Mira gets a reminder and writes to him.
Every button that carries either name shows it shortened to fit, with an ellipsis, and the markup
as typed (a label is plain text, never "&lt;b&gt;").
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.harness import BotHarness, Chat
from tests.test_flow_anchor import march
from tests.test_flow_care_crossings import CRISIS, press_data

LANGS = ["en", "ru", "es"]
ANCHOR = {
    "en": "<b>Mira</b> Alexandrovna Konstantinopolskaya",
    "ru": "<b>Мира</b> Александровна Константинопольская",
    "es": "<b>Mira</b> Alejandra Constantinopolitana",
}
ANCHOR_PART = {"en": "<b>Mir", "ru": "<b>Мир", "es": "<b>Mir"}  # the name, in any case
PERSON = "Alexander <i>Sasha</i> Konstantinopolsky-Petrov"
PERSON_PART = "Sasha"
LABEL_MAX = 48  # a label that fits on a phone's button row, with the words around the name


def labels_with(chat: Chat, part: str) -> list[str]:
    return [b["text"] for s in chat.seen for b in s.buttons if part in b["text"]]


def too_long(labels: list[str]) -> list[str]:
    return [x for x in labels if len(x) > LABEL_MAX or "…" not in x or "&lt;" in x]


@pytest.mark.parametrize("lang", LANGS)
async def test_every_button_with_a_long_name_shows_it_shortened(bot: BotHarness, lang: str) -> None:
    alex = bot.chat(101, lang, first_name=PERSON)
    mira = bot.chat(202, "es", first_name="Mira")
    await alex.send("/start")
    await press_data(alex, "begin")
    await alex.send(ANCHOR[lang])
    await alex.send("Always there.")
    await press_data(alex, "sit:.*:ordinary")
    await press_data(alex, "sp:")
    await press_data(alex, "dr:.*:take")  # Invite, Send to, "Just … is fine"
    out = await press_data(alex, r"inv:\d+:1")  # Copy, Send to
    token = re.search(r"\?start=([A-Za-z0-9_-]+)", out[0].text)
    assert token, out[0].text
    await press_data(alex, "tz:Europe/(Berlin|Madrid)")
    await press_data(alex, "tm:19:00")
    await mira.send(f"/start {token.group(1)}")
    await press_data(mira, r"join:\d+:1")  # Alex: reminders off, unlink
    await mira.send("Mexico City")
    await bot.pass_time(march(25, 21), timedelta(hours=1))  # Mira's reminder: write to Alex
    await press_data(mira, "aw:")
    await mira.send("Thinking of you")  # Alex: answer Mira; Mira: sent
    await alex.send("/settings")
    bot.clock.advance(seconds=3600)
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:unsafe")  # Send it to … here, Send to …

    alex_labels = labels_with(alex, ANCHOR_PART[lang])
    assert len(alex_labels) >= 6, alex_labels
    assert too_long(alex_labels) == [], alex_labels
    mira_labels = labels_with(mira, PERSON_PART)
    assert len(mira_labels) >= 1, [b["text"] for s in mira.seen for b in s.buttons]
    assert too_long(mira_labels) == [], mira_labels


@pytest.mark.parametrize("lang", LANGS)
async def test_the_care_report_when_mira_blocked_the_bot_shortens_her_name(
    bot: BotHarness, lang: str
) -> None:
    """Mira blocked the bot; Alex, not safe, taps "Send it to … here": "I couldn't get your
    message to …" comes with Copy and "Send to …", the name shortened there too."""
    alex = bot.chat(101, lang, first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await alex.send("/start")
    await press_data(alex, "begin")
    await alex.send(ANCHOR[lang])
    await alex.send("Always there.")
    await press_data(alex, "sit:.*:ordinary")
    await press_data(alex, "sp:")
    await press_data(alex, "dr:.*:take")
    out = await press_data(alex, r"inv:\d+:1")
    token = re.search(r"\?start=([A-Za-z0-9_-]+)", out[0].text)
    assert token, out[0].text
    await press_data(alex, "tz:Europe/(Berlin|Madrid)")
    await press_data(alex, "tm:19:00")
    await mira.send(f"/start {token.group(1)}")
    await press_data(mira, r"join:\d+:1")
    await mira.send("Mexico City")
    bot.fake.block_chat(mira.chat_id)
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:unsafe")
    report = await press_data(alex, "crl:")
    shares = [b["text"] for s in report for b in s.buttons if "switch_inline_query" in b
              or "url" in b]  # fmt: skip
    assert shares, [s.buttons for s in report]
    assert too_long(shares) == [], shares


async def test_a_long_double_surname_is_shortened_at_its_hyphen_not_inside_a_word(
    bot: BotHarness,
) -> None:
    """Alex (Russian) calls his anchor by a long double surname. Cut inside a word, the piece
    is declined as if it were a word («Отправить Константинопольскае-Пету…»); cut at the
    hyphen, only whole parts go into the label."""
    alex = bot.chat(101, "ru", first_name="Саша")
    await alex.send("/start")
    await press_data(alex, "begin")
    await alex.send("Константинопольская-Петрова")
    await alex.send("Always there.")
    await press_data(alex, "sit:.*:ordinary")
    await press_data(alex, "sp:")
    out = await press_data(alex, "dr:.*:take")
    named = [b["text"] for s in out for b in s.buttons if "Константинопольск" in b["text"]]
    assert len(named) >= 3, named
    assert all(x.endswith("…") and "-" not in x for x in named), named
