"""Where the anchor meets the rest of the week, through the real PTB Application: another week
with the same anchor, the own link opened late, a confirmation lost to a kill, and the two
buttons under the thank-you an anchor receives."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from content import Texts
from storage.models import AnchorLink, LinkStatus
from tests.harness import BotHarness, Chat
from tests.test_flow_anchor import joined, march, pass_time


async def close_week(bot: BotHarness, alex: Chat) -> None:
    await pass_time(bot, march(31, 12, 0))
    await alex.tap("Close the week")
    if "no answers yet" in alex.last_text():
        await alex.tap("Close the week")
    await alex.tap("Use this")


async def links(bot: BotHarness) -> list[AnchorLink]:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        return list(await repos.session.scalars(select(AnchorLink).order_by(AnchorLink.id)))


async def test_same_anchor_asks_mira_once_whether_she_is_in_again(bot: BotHarness) -> None:
    """ "Same anchor" carries the link into the new week, with Mira's consent: one tap."""
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    await close_week(bot, alex)
    before = len(mira.seen)
    out = await alex.tap("Same anchor")
    assert any("asked Mira" in s.text for s in out)
    (asked,) = mira.seen[before:]
    assert asked.text.startswith("💛 Alex empezó otra semana")
    assert "¿Te apuntas otra vez?" in asked.text
    assert asked.labels() == ["💛 Me apunto", "Esta vez no"]
    before = len(alex.seen)
    await mira.tap("Me apunto")
    assert alex.seen[before].text.startswith("Mira said yes")
    await alex.tap("ordinary week")
    await alex.tap("A comforting text")
    await alex.tap("Use this")
    await alex.tap("Yes, same time")
    shown = await alex.send("/settings")
    assert any(s.labels() == ["🔕 No reminders for Mira", "Unlink Mira"] for s in shown)
    old, new = await links(bot)
    assert (old.status, new.status, new.anchor_id) == ("joined", "joined", old.anchor_id)
    assert new.week_id != old.week_id


async def test_same_anchor_and_a_no_this_time_leaves_the_new_week_unlinked(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    await close_week(bot, alex)
    await alex.tap("Same anchor")
    before = len(alex.seen)
    await mira.tap("Esta vez no")
    assert alex.seen[before].text.startswith("Mira can't this time.")
    again = await mira.press(mira.button("Me apunto")["callback_data"])
    # One answer per week; a second tap hears she has answered, not that the link is dead.
    assert again[0].text == Texts("es")("invite_answered_no", person="Alex")
    assert [link.status for link in await links(bot)] == [LinkStatus.JOINED, LinkStatus.DECLINED]


async def test_own_link_opened_after_mira_answered_says_she_has(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    token = await joined(bot, alex, mira)
    out = await alex.send(f"/start {token}")
    assert "Send it to Mira" not in out[0].text
    assert out[0].text.startswith("That's your own invitation link 🙂 Mira has already answered")


class Killed(BaseException):
    """The process dies here: nothing after it in this turn runs."""


async def test_a_kill_between_her_words_and_sent_still_tells_mira_once(bot: BotHarness) -> None:
    """Mira's words reach Alex, then the bot is killed before "Sent to Alex"; Telegram gives
    the update again. Alex reads her words once; Mira learns they went, once."""
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    await mira.send("/status")
    await mira.tap("Escribir a Alex")
    words = "Estoy contigo, hoy y mañana."
    real = bot.fake.do_request

    async def dies_before_the_confirmation(url: str, method: str, *args: Any, **kw: Any) -> Any:
        data = args[0] if args else kw.get("request_data")
        params = data.parameters if data is not None else {}
        if url.endswith("/sendMessage") and str(params.get("chat_id")) == "202":
            raise Killed
        return await real(url, method, *args, **kw)

    bot.fake.do_request = dies_before_the_confirmation  # type: ignore[method-assign]
    update = bot.updates.message(202, words, first_name="Mira", language_code="es")
    with pytest.raises(Killed):
        await bot.feed(update)
    bot.fake.do_request = real  # type: ignore[method-assign]
    await bot.restart()
    await bot.feed(update)  # Telegram redelivers what was never acknowledged
    for _ in range(4):
        bot.clock.advance(seconds=30)
        await bot.tick()
    assert sum(words in s.text for s in alex.seen) == 1
    assert sum(s.text == "Enviado a Alex 💛" for s in mira.seen) == 1


async def thanked(bot: BotHarness) -> tuple[Chat, Chat]:
    """Alex's week with Mira, closed; his thank-you sent to her through the bot."""
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    await close_week(bot, alex)
    await alex.tap("Send it to Mira here")
    assert mira.seen[-1].labels() == ["✉️ Responder a Alex", "🌱 Una semana para mí"]
    return alex, mira


async def test_replying_to_the_thank_you_keeps_a_week_of_her_own_offered(
    bot: BotHarness,
) -> None:
    _, mira = await thanked(bot)
    await mira.tap("Responder a Alex")
    out = await mira.send("Gracias a ti.")
    assert out[0].text == "Enviado a Alex 💛"
    offer = next(s for s in out if s.labels() == ["🌱 Una semana para mí"])
    own = await mira.press(offer.buttons[0]["callback_data"])
    assert own[0].text == Texts("es")("anchor_name_q")


async def test_a_week_of_her_own_keeps_the_reply_and_her_words_go_to_alex(
    bot: BotHarness,
) -> None:
    """After "A week of my own" the reply is still one tap away, and what she writes there goes
    to Alex, not into her own anchor's name."""
    alex, mira = await thanked(bot)
    own = await mira.tap("Una semana para mí")
    assert own[0].text == Texts("es")("anchor_name_q")
    assert own[0].labels() == ["✉️ Responder a Alex"]
    await mira.press(own[0].buttons[0]["callback_data"])
    before = len(alex.seen)
    out = await mira.send("Gracias a ti. Aquí estoy.")
    assert [s.text for s in alex.seen[before:]] == [
        "💌 Mira answered your thank-you:\n\n<blockquote>Gracias a ti. Aquí estoy.</blockquote>"
    ]
    assert out[-1].text == Texts("es")("anchor_name_q")  # her own week goes on where it was
    await mira.send("Leo")
    assert mira.last_text().startswith("¿Qué hace que Leo sea un lugar seguro")
