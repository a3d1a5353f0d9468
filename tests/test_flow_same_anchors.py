"""Another week with the same anchors, through the real PTB Application and the fake Bot API.

Alex (English, Russian or Spanish, Berlin) had Mira (Spanish) and Jo (English) with him last
week; both said yes. He taps "Same anchors". Only the anchors he keeps this week are asked
whether they are in again, each once; and when the question cannot reach one of them (they
blocked the bot, and nobody knew yet), Alex is told kindly, with what he can do instead.
Buttons are found by their data, so each test reads the same in every language.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.text import week_view
from content import Texts
from tests.harness import BotHarness, Chat, Seen, texts
from tests.test_flow_anchor import march
from tests.test_flow_care_crossings import CRISIS, press_data

LANGS = ["en", "ru", "es"]
FIRST = {"en": "Mira", "ru": "Мира", "es": "Mira"}
SECOND = {"en": "Jo", "ru": "Дима", "es": "Jo"}


def says(lang: str, key: str, **args: object) -> str:
    return Texts(lang)(key, **args)


async def say_yes(bot: BotHarness, alex: Chat, anchor: Chat, no: int) -> None:
    out = await press_data(alex, rf"inv:\d+:{no}")
    token = re.search(r"\?start=([A-Za-z0-9_-]+)", out[0].text)
    assert token, out[0].text
    await anchor.send(f"/start {token.group(1)}")
    await press_data(anchor, r"join:\d+:1")
    await anchor.send("Mexico City")


async def a_week_with_both_closed(bot: BotHarness, lang: str) -> tuple[Chat, Chat, Chat]:
    """Alex's first week with Mira and Jo, both in, lived through and closed: "another week?"."""
    alex = bot.chat(101, lang, first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    jo = bot.chat(303, "en", first_name="Jo")
    await alex.send("/start")
    await press_data(alex, "begin")
    await alex.send(FIRST[lang])
    await alex.send("Always there.")
    await press_data(alex, "sit:.*:ordinary")
    await press_data(alex, "sp:")
    await press_data(alex, "dr:.*:take")
    await press_data(alex, "a2:")
    await alex.send(SECOND[lang])
    await alex.send("Makes me laugh.")
    await press_data(alex, "sp:.*:listen")
    await press_data(alex, "tz:Europe/(Berlin|Madrid)")
    await press_data(alex, "tm:19:00")
    await say_yes(bot, alex, mira, 1)
    await say_yes(bot, alex, jo, 2)
    await bot.pass_time(march(31, 12), timedelta(hours=2))
    await press_data(alex, "th:")
    if any(str(b.get("callback_data", "")).startswith("fd:") for b in alex.seen[-1].buttons):
        await press_data(alex, "fd:1:0")  # close the week as it is
    await press_data(alex, "dr:.*:take")
    assert any(b.get("callback_data") == "ag:same" for b in alex.seen[-1].buttons)
    return alex, mira, jo


def asked_again(seen: list[Seen]) -> bool:
    return any(re.match(r"join:\d+:1", str(b.get("callback_data", ""))) for s in seen
               for b in s.buttons)  # fmt: skip


def asked_line(lang: str, *names: str) -> str:
    shown, count = week_view.listed(Texts(lang), list(names))
    return says(lang, "again_asked_anchor", anchor=shown, count=count)


# ---------------------------------------------------------------- only the ones kept are asked


@pytest.mark.parametrize("lang", LANGS)
async def test_same_anchors_then_just_mira_never_asks_jo(bot: BotHarness, lang: str) -> None:
    """ "Same anchors", then "Just Mira this week": Jo once got "Still in?" and, moments later,
    "Alex has closed this week's link". Now he hears nothing; Alex hears only Mira was asked."""
    alex, mira, jo = await a_week_with_both_closed(bot, lang)
    jo_before = len(jo.seen)
    out = await press_data(alex, "ag:same")
    assert asked_line(lang, FIRST[lang]) in texts(out), texts(out)
    assert asked_again(mira.seen[-1:])
    await press_data(alex, "sit:.*:ordinary")
    await press_data(alex, "sp:")
    await press_data(alex, "dr:.*:take")
    await press_data(alex, "a2no:")
    await press_data(alex, "sk:1")
    assert jo.seen[jo_before:] == [], texts(jo.seen[jo_before:])


@pytest.mark.parametrize("lang", LANGS)
async def test_same_anchors_asks_jo_once_his_ask_for_this_week_is_chosen(
    bot: BotHarness, lang: str
) -> None:
    alex, _, jo = await a_week_with_both_closed(bot, lang)
    jo_before = len(jo.seen)
    await press_data(alex, "ag:same")
    await press_data(alex, "sit:.*:ordinary")
    await press_data(alex, "sp:")
    await press_data(alex, "dr:.*:take")
    assert jo.seen[jo_before:] == []  # not yet: Alex has not said whether Jo is in this week
    await press_data(alex, "a2:")
    out = await press_data(alex, "sp:.*:help")
    assert asked_line(lang, SECOND[lang]) in texts(out), texts(out)
    (asked,) = jo.seen[jo_before:]
    assert asked_again([asked])
    await press_data(jo, r"join:\d+:1")
    assert says(lang, "anchor_joined", anchor=SECOND[lang])[:12] in texts(alex.seen[-2:])


@pytest.mark.parametrize("lang", LANGS)
async def test_same_anchors_passed_by_in_setup_asks_jo_when_the_week_is_set(
    bot: BotHarness, lang: str
) -> None:
    """Going straight on to the time keeps Jo (his request shares Mira's ask): he is asked then."""
    alex, _, jo = await a_week_with_both_closed(bot, lang)
    jo_before = len(jo.seen)
    await press_data(alex, "ag:same")
    await press_data(alex, "sit:.*:ordinary")
    await press_data(alex, "sp:")
    await press_data(alex, "dr:.*:take")
    out = await press_data(alex, "sk:1")
    assert asked_line(lang, SECOND[lang]) in texts(out), texts(out)
    assert asked_again(jo.seen[jo_before:]) and len(jo.seen) == jo_before + 1


# ---------------------------------------------------------------- one who blocked the bot


@pytest.mark.parametrize("lang", LANGS)
async def test_same_anchors_with_mira_who_blocked_the_bot_tells_alex_kindly_at_once(
    any_bot: BotHarness, lang: str
) -> None:
    """Mira blocked the bot during the week and nobody knew. "I've asked Mira" was the last
    word about her: Alex waited for an answer that could never come. Now, as soon as the
    question fails to reach her (the same turn, like a care message's report), he hears it did
    not, and that he can send her his request himself; then the next question as ever."""
    bot = any_bot
    alex, mira, _ = await a_week_with_both_closed(bot, lang)
    bot.fake.block_chat(mira.chat_id)
    out = await press_data(alex, "ag:same")
    told = says(lang, "again_unreached", anchor=FIRST[lang])
    assert told in texts(out), texts(out)
    assert texts(out).index(asked_line(lang, FIRST[lang])) < texts(out).index(told)
    assert any(str(b.get("callback_data", "")).startswith("sit:") for b in out[-1].buttons)
    nxt = await press_data(alex, "sit:.*:ordinary")
    assert told not in texts(nxt)  # said once
    await press_data(alex, "sp:")
    ready = await press_data(alex, "dr:.*:take")
    assert any(str(b.get("callback_data", "")).startswith("inv:") for b in ready[0].buttons)


@pytest.mark.parametrize("lang", LANGS)
async def test_words_of_crisis_come_first_and_mira_unreached_waits_until_care_closes(
    bot: BotHarness, lang: str
) -> None:
    """The question to Mira is held up by an outage; Alex writes words of crisis; when it is
    tried again Mira has blocked the bot: the word about her waits until care closes."""
    alex, mira, _ = await a_week_with_both_closed(bot, lang)
    bot.fake.fail_next("sendMessage", chat_id=mira.chat_id, error="network", times=1)
    await press_data(alex, "ag:same")
    told = says(lang, "again_unreached", anchor=FIRST[lang])
    care = await alex.send(CRISIS[lang])
    bot.fake.block_chat(mira.chat_id)
    bot.clock.advance(seconds=30)
    await bot.tick()  # the outbox tries again: blocked
    assert told not in texts(care) and told not in texts(alex.seen[-1:])
    assert care[-1].text.endswith(says(lang, "care_question"))
    bot.clock.advance(seconds=60)
    safe = await press_data(alex, "cr:safe")
    assert told in texts(safe), texts(safe)
    assert texts(safe).index(says(lang, "care_safe")) < texts(safe).index(told)
    assert any(str(b.get("callback_data", "")).startswith("sit:") for b in safe[-1].buttons)


async def test_mira_tapping_yes_twice_hears_she_has_answered_not_that_the_link_is_dead(
    bot: BotHarness,
) -> None:
    """A slow phone: Mira taps "Yes" under "Still in?" twice. The second tap must not tell her
    the invitation can't be opened any more and someone should send her a new one."""
    alex, mira, _ = await a_week_with_both_closed(bot, "en")
    await press_data(alex, "ag:same")
    await press_data(mira, r"join:\d+:1")
    again = await press_data(mira, r"join:\d+:1")
    assert texts(again) == says("es", "invite_answered", person="Alex"), texts(again)
    assert says("es", "invite_refused") not in texts(again)


async def test_after_alex_ends_the_new_week_mira_unreached_is_not_brought_up(
    bot: BotHarness,
) -> None:
    """The question to Mira is held up by an outage; Alex ends the new week (/stop). When it is
    tried again Mira turns out to have blocked the bot: Alex, who has stopped, is not told to
    send her his request, neither at once nor when he next writes."""
    alex, mira, _ = await a_week_with_both_closed(bot, "en")
    bot.fake.fail_next("sendMessage", chat_id=mira.chat_id, error="network", times=1)
    await press_data(alex, "ag:same")
    await alex.send("/stop")
    await press_data(alex, "ok:stop:yes")
    before = len(alex.seen)
    bot.fake.block_chat(mira.chat_id)
    bot.clock.advance(seconds=30)
    await bot.tick()
    later = await alex.send("hello")
    told = says("en", "again_unreached", anchor="Mira")
    assert told not in texts(alex.seen[before:]), texts(alex.seen[before:])
    assert later, "Alex still gets an answer"


@pytest.mark.parametrize("lang", LANGS)
async def test_same_anchors_with_mira_known_to_have_blocked_the_bot_tells_alex(
    bot: BotHarness, lang: str
) -> None:
    """Mira blocked the bot last week and the bot knew (Telegram said so). "Same anchors" cannot
    ask her: Alex must hear that, once, not be left waiting for an answer from her that no one
    asked for ("I've asked Jo" and not a word about Mira)."""
    alex, mira, _ = await a_week_with_both_closed(bot, lang)
    bot.fake.block_chat(mira.chat_id)
    await bot.feed(bot.updates.my_chat_member(mira.chat_id, "kicked", first_name="Mira"))
    out = await press_data(alex, "ag:same")
    told = says(lang, "again_unreached", anchor=FIRST[lang])
    assert told in texts(out), texts(out)
    nxt = await press_data(alex, "sit:.*:ordinary")
    assert told not in texts(nxt)
    await press_data(alex, "sp:")
    await press_data(alex, "dr:.*:take")
    await press_data(alex, "a2:")
    jo_kept = await press_data(alex, "sp:.*:help")  # Jo is asked now; Mira is not named again
    assert asked_line(lang, SECOND[lang]) in texts(jo_kept) and told not in texts(jo_kept)
