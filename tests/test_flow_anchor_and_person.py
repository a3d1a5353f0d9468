"""Someone in their own week who is also someone else's anchor, through the real PTB Application.

Alex (English, Russian or Spanish, Berlin) is answering his own check-in ("Did you try something
new today?") when Jo's invitation reaches him. He opens it and says "I'm in" (or "Not this
time"). He is thanked, and then his own open question comes back, so the conversation he was in
is not left hanging somewhere above.
"""

from __future__ import annotations

import re

import pytest

from content import Texts
from tests.harness import BotHarness, Chat, texts
from tests.test_flow_care_crossings import DAY1, press_data, set_up

LANGS = ["en", "ru", "es"]
ANCHOR = {"en": "Mira", "ru": "Мира", "es": "Mira"}


def says(lang: str, key: str, **args: object) -> str:
    return Texts(lang)(key, **args)


async def invited_mid_checkin(bot: BotHarness, lang: str) -> tuple[Chat, str]:
    """Alex at his own day-1 question, and the token of Jo's invitation for him."""
    alex = bot.chat(101, lang, first_name="Alex")
    jo = bot.chat(303, "en", first_name="Jo")
    await set_up(alex, ANCHOR[lang])
    await set_up(jo, "Alex")
    out = await press_data(jo, r"inv:\d+:1")
    token = re.search(r"\?start=([A-Za-z0-9_-]+)", out[0].text)
    assert token, out[0].text
    bot.clock.set(DAY1)
    await bot.tick()
    await press_data(alex, r"ck:\d+:1:4")
    assert alex.last_text().endswith(says(lang, "checkin_tried_q"))
    return alex, token.group(1)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("answer", ["1", "0"])
async def test_after_answering_jos_invitation_alexs_own_question_comes_back(
    bot: BotHarness, lang: str, answer: str
) -> None:
    alex, token = await invited_mid_checkin(bot, lang)
    card = await alex.send(f"/start {token}")
    assert any(str(b.get("callback_data", "")).startswith("join:") for b in card[-1].buttons)
    out = await press_data(alex, rf"join:\d+:{answer}")
    thanked = "join_yes" if answer == "1" else "join_no"
    assert says(lang, thanked, person="Jo") in texts(out), texts(out)
    assert out[-1].text.endswith(says(lang, "checkin_tried_q")), texts(out)
    assert any(str(b.get("callback_data", "")).startswith("ct:") for b in out[-1].buttons)
    done = await press_data(alex, r"ct:\d+:1:0")  # and it still answers where he was
    effect_q = says(lang, "checkin_effect_q", anchor=ANCHOR[lang], count=1)
    assert done[-1].text.startswith(effect_q[:12]), texts(done)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_second_tap_on_jos_card_also_gives_alex_his_own_question_back(
    bot: BotHarness, lang: str
) -> None:
    """A slow phone: Alex taps "I'm in" on Jo's card twice. The second tap says he has already
    answered, and his own open question comes back after it as after the first."""
    alex, token = await invited_mid_checkin(bot, lang)
    await alex.send(f"/start {token}")
    await press_data(alex, r"join:\d+:1")
    again = await press_data(alex, r"join:\d+:1")
    assert says(lang, "invite_answered", person="Jo") in texts(again), texts(again)
    assert again[-1].text.endswith(says(lang, "checkin_tried_q")), texts(again)
