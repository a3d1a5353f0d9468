"""Adding an anchor is one sub-flow, through the real PTB Application: people mid-way in a step
of the older version (the second anchor's own steps, setup's first anchor outside any sub-flow)
go on from the same question after the upgrade, and "Same anchors" after a week where both
anchors joined asks each of them, in their own language, whether they are in again (a later
anchor once the person keeps them this week)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from storage.models import AnchorLink, Week
from tests.anchor_rows import of
from tests.harness import BotHarness, Chat
from tests.test_flow_anchor import invite, march, pass_time
from tests.test_flow_two_anchors import to_the_draft, with_jo


async def set_up_with_mira(alex: Chat) -> None:
    await to_the_draft(alex)
    await alex.tap("Berlin")
    await alex.tap("19:00")


async def as_stored_by_the_old_version(
    bot: BotHarness, chat_id: int, step: str, ctx: dict[str, Any], **second: str
) -> None:
    """Where the older version left the person: its step and context, and the second anchor's
    fields it had saved so far."""
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        user = await repos.users.by_chat(chat_id)
        assert user is not None
        user.step, user.step_ctx = step, ctx
        week = await repos.weeks.latest(user.id)
        assert week is not None
        if second:
            row = week.add_anchor(2, second.pop("name"))
            for field, value in second.items():
                setattr(row, field, value)


async def the_week(bot: BotHarness) -> Week:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        return (await repos.session.scalars(select(Week).order_by(Week.id.desc()))).first()


async def test_mid_way_in_the_old_second_anchor_step_the_next_answer_goes_on(
    bot: BotHarness,
) -> None:
    """Alex was adding Jo from the week (the old `anchor2_why` step) when the bot upgraded: his
    answer is Jo's why, Jo's own support is asked next, and Jo is added with a request."""
    alex = bot.chat(101, "en", first_name="Alex")
    await set_up_with_mira(alex)
    old_ctx = {"stack": [{"step": "week", "ctx": {}, "then": "second_anchor"}]}
    await as_stored_by_the_old_version(bot, 101, "anchor2_why", old_ctx, name="Jo")
    asked = await alex.send("Jo makes me laugh when it's hard.")
    assert asked[0].text.startswith("What small thing could Jo do for you this week?")
    out = await alex.tap("Help with one worry")
    assert out[0].text.startswith("Good: this week it's Mira and Jo.")
    assert out[0].labels()[0] == "🤝 Invite Jo to join me here"
    week = await the_week(bot)
    assert (of(week, 2).why, of(week, 2).support_kind) == (
        "Jo makes me laugh when it's hard.",
        "help",
    )
    assert of(week, 2).request_text is not None and "Jo" in of(week, 2).request_text
    status = await alex.send("/status")
    assert "Mira and Jo" in status[0].text


async def test_mid_way_in_the_old_second_anchor_support_from_settings_the_menu_comes_back(
    bot: BotHarness,
) -> None:
    """Jo's support was being asked from /settings (old `anchor2_support_own`): the typed words
    are Jo's ask, and the settings menu comes back after, as it did."""
    alex = bot.chat(101, "en", first_name="Alex")
    await set_up_with_mira(alex)
    old_ctx = {
        "stack": [
            {"step": "week", "ctx": {}, "then": "settings"},
            {"step": "set_menu", "ctx": {}, "then": "second_anchor"},
        ]
    }
    await as_stored_by_the_old_version(
        bot, 101, "anchor2_support_own", old_ctx, name="Jo", why="Jo gets it."
    )
    out = await alex.send("send me a photo of the sea")
    assert out[0].text.startswith("Good: this week it's Mira and Jo.")
    assert out[-1].text.startswith("<b>Your settings</b>")
    week = await the_week(bot)
    assert (of(week, 2).support_kind, of(week, 2).support_text) == (
        "own",
        "send me a photo of the sea",
    )


async def test_cancel_in_the_old_second_anchor_step_keeps_one_anchor(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    await set_up_with_mira(alex)
    old_ctx = {"stack": [{"step": "week", "ctx": {}, "then": "second_anchor"}]}
    await as_stored_by_the_old_version(bot, 101, "anchor2_name", old_ctx)
    out = await alex.send("/cancel")
    assert out[0].text.startswith("Okay, one anchor it is.")
    assert [a.name for a in (await the_week(bot)).anchors] == ["Mira"]


async def test_mid_way_in_the_old_setup_support_step_the_draft_comes_next(
    bot: BotHarness,
) -> None:
    """The older version asked the first anchor's support outside any sub-flow: a tap there
    after the upgrade brings the draft, and setup goes on to the zone."""
    alex = bot.chat(101, "en", first_name="Alex")
    await alex.send("/start")
    await alex.tap("Let's begin")
    await alex.send("Mira")
    await alex.send("She always picks up, even at midnight.")
    await alex.tap("ordinary week")
    await as_stored_by_the_old_version(bot, 101, "support", {})
    draft = await alex.tap("A comforting text")
    assert "Mira" in draft[0].text and "👍 Use this" in draft[0].labels()
    ready = await alex.tap("Use this")
    assert ready[0].text.startswith("Here it is, ready to copy or forward to Mira")
    assert any("Berlin" in label for label in ready[-1].labels())
    status = await alex.send("/status")
    assert status[0].text.startswith("You're setting up your week")


async def test_same_anchors_after_both_joined_asks_each_whether_they_are_in_again(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    dima = bot.chat(303, "ru", first_name="Dima")
    await to_the_draft(alex)
    await with_jo(alex, "Five minutes of listening")
    await alex.tap("Berlin")
    await alex.tap("19:00")
    await mira.send(f"/start {await invite(alex, 'Mira')}")
    await mira.tap("Me apunto")
    await mira.send("Mexico City")
    await dima.send(f"/start {await invite(alex, 'Jo')}")
    await dima.tap(dima.seen[-1].labels()[0])
    await pass_time(bot, march(31, 12), timedelta(hours=2))
    await alex.tap("Close the week")
    if "no answers yet" in alex.last_text():
        await alex.tap("Close the week")
    await alex.tap("Use this")
    seen = len(mira.seen), len(dima.seen)
    out = await alex.tap("Same anchors")
    assert any("asked Mira whether" in s.text for s in out)
    assert "otra semana" in mira.seen[seen[0]].text
    assert len(dima.seen) == seen[1]  # Jo is asked once Alex keeps him this week
    await alex.tap("ordinary week")
    await alex.tap("A comforting text")
    await alex.tap("Use this")
    await alex.tap("Ask Jo for something too")
    out = await alex.tap("Five minutes of listening")
    assert any("asked Jo whether" in s.text for s in out)
    assert "ещё одну неделю" in dima.seen[seen[1]].text
    await dima.tap(dima.seen[-1].labels()[0])
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        links = list(await repos.session.scalars(select(AnchorLink).order_by(AnchorLink.id)))
    new = [(link.anchor_no, link.status) for link in links[2:]]
    assert new == [(1, "invited"), (2, "joined")]
    week = await the_week(bot)
    assert [a.name for a in week.anchors] == ["Mira", "Jo"] and week.number == 2


async def test_the_invitation_link_is_this_bots_own_in_the_words_and_the_send_button(
    bot: BotHarness,
) -> None:
    """The Telegram adapter builds the link from the bot's own name (getMe): the same link in
    the message, in "Send to Mira", and it opens Alex's invitation for Mira."""
    from urllib.parse import unquote

    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "en", first_name="Mira")
    await set_up_with_mira(alex)
    token = await invite(alex, "Mira")
    link = f"https://t.me/secure_base_test_bot?start={token}"
    shown = alex.seen[-1]
    assert link in shown.text and "{invite-link}" not in shown.text
    send = next(b for b in shown.buttons if b["text"] == "↗️ Send to Mira")
    assert link in unquote(send["url"])
    card = await mira.send(f"/start {token}")
    assert "Alex" in card[0].text and card[0].labels() == ["💛 I'm in", "Not this time"]


def test_the_adapter_knows_what_a_telegram_start_link_can_carry() -> None:
    from bot.adapters.telegram.adapter import START_PAYLOAD
    from bot.delivery.replies import Button, Reply, with_invite_links

    assert START_PAYLOAD.fullmatch("a" * 64) and not START_PAYLOAD.fullmatch("a" * 65)
    assert not START_PAYLOAD.fullmatch("has space")
    said = Reply(
        "Link: {invite-link}",
        ((Button("Copy", copy="Join: {invite-link}", invite="tok"), Button("Other", data="x")),),
    )
    filled = with_invite_links(said, lambda token: f"<{token}>")
    assert filled.text == "Link: <tok>" and filled.buttons[0][0].copy == "Join: <tok>"
    assert filled.buttons[0][1] == Button("Other", data="x")
