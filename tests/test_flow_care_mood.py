"""A check-in's mood tapped while the care conversation is open, through the real PTB Application.

Alex wrote words of crisis at noon and has not answered "Are you safe right now?" (or said he is
not safe and is still talking) when day 3's check-in comes at 19:00. He taps a mood: it is kept,
he is told so in one line, and the care conversation goes on where it was. Once care closes, the
rest of day 3 comes, without asking the mood again. English, Russian and Spanish.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from content import Texts
from tests.harness import BotHarness, texts
from tests.test_flow_care_crossings import CRISIS, DAY1, joined, press_data, tick_at

LANGS = ["en", "ru", "es"]
DAY3 = DAY1 + timedelta(days=2)  # 19:00 in Berlin


def says(lang: str, key: str, **args: object) -> str:
    return Texts(lang)(key, **args)


def kept(lang: str, day: int, mood: int) -> str:
    emoji = Texts(lang).variants("mood_emoji")[mood - 1]
    return says(lang, "care_mood_kept", day=day, emoji=emoji)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_mood_tapped_at_the_safety_question_is_kept_and_the_question_stays(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY3 - timedelta(hours=7))  # noon in Berlin
    await alex.send(CRISIS[lang])
    (checkin,) = await tick_at(bot, alex, DAY3)  # the safety question is still unanswered
    assert any(str(b.get("callback_data")).startswith("ck:") for b in checkin.buttons)

    out = await press_data(alex, r"ck:\d+:3:4")
    assert kept(lang, 3, 4) in texts(out), texts(out)
    assert out[-1].text.endswith(says(lang, "care_question"))  # care goes on
    assert [b.get("callback_data") for b in out[-1].buttons] == ["cr:safe", "cr:unsafe"]

    safe = await press_data(alex, "cr:safe")
    assert says(lang, "care_safe") in texts(safe)
    assert safe[-1].text.endswith(says(lang, "checkin_tried_q")), texts(safe)  # the rest of day 3
    again = await press_data(alex, r"ck:\d+:3:2")  # the mood is not asked again: it is there
    assert says(lang, "mood_already", day=3) in texts(again), texts(again)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_mood_tapped_while_staying_after_not_safe_is_kept_and_care_stays_open(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY3 - timedelta(hours=7))
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:unsafe")
    await tick_at(bot, alex, DAY3)

    out = await press_data(alex, r"ck:\d+:3:2")
    assert kept(lang, 3, 2) in texts(out), texts(out)
    assert says(lang, "checkin_tried_q") not in texts(out)  # no check-in on top of care
    assert [b.get("callback_data") for b in out[-1].buttons] == ["cr:back"]
    stay = await alex.send("still here")  # still the care conversation: a warm word
    assert says(lang, "checkin_tried_q") not in texts(stay)
    assert [b.get("callback_data") for b in stay[-1].buttons] == ["cr:back"]

    back = await press_data(alex, "cr:back")
    assert back[-1].text.endswith(says(lang, "checkin_tried_q")), texts(back)
    again = await press_data(alex, r"ck:\d+:3:5")
    assert says(lang, "mood_already", day=3) in texts(again), texts(again)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_mood_tapped_in_settings_opened_during_care_keeps_the_safety_question(
    bot: BotHarness, lang: str
) -> None:
    """Alex wrote words of crisis, did not answer "Are you safe?", opened /settings; day 3's
    check-in came and he tapped a mood. The safety question must not vanish with the settings:
    the mood is kept, /settings is set aside (and said so), and care goes on."""
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY3 - timedelta(hours=7))
    await alex.send(CRISIS[lang])
    await alex.send("/settings")
    await tick_at(bot, alex, DAY3)

    out = await press_data(alex, r"ck:\d+:3:4")
    assert kept(lang, 3, 4) in texts(out), texts(out)
    assert says(lang, "put_aside", how="/settings") in texts(out), texts(out)
    assert out[-1].text.endswith(says(lang, "care_question")), texts(out)
    safe = await press_data(alex, "cr:safe")
    assert safe[-1].text.endswith(says(lang, "checkin_tried_q")), texts(safe)


@pytest.mark.parametrize("lang", LANGS)
async def test_skip_today_tapped_while_staying_after_not_safe_keeps_care_open(
    bot: BotHarness, lang: str
) -> None:
    """Alex said he is not safe and is still talking when day 3's check-in comes; he taps "Skip
    today". The day is skipped, but care must not close with it: his next words ("still here")
    get the care conversation, not "tap how you feel"."""
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY3 - timedelta(hours=7))
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:unsafe")
    await tick_at(bot, alex, DAY3)

    out = await press_data(alex, r"sd:\d+:3")
    assert says(lang, "skipped_day", day=3, next="")[:12] in texts(out), texts(out)
    assert [b.get("callback_data") for b in out[-1].buttons] == ["cr:back"], texts(out)
    stay = await alex.send("still here")
    assert [b.get("callback_data") for b in stay[-1].buttons] == ["cr:back"], texts(stay)
    back = await press_data(alex, "cr:back")
    assert not any(re.match(r"ck:\d+:3:", str(b.get("callback_data"))) for b in back[-1].buttons)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_journal_day_tapped_while_staying_after_not_safe_keeps_care_open(
    bot: BotHarness, lang: str
) -> None:
    """/journal was open when Alex wrote words of crisis and said he is not safe; he taps one
    of its days. Care comes first: the care conversation is offered again, not a past day's
    mood question that closes it (his next words would get "tap how you feel")."""
    alex, _ = await joined(bot, lang)
    await tick_at(bot, alex, DAY3)
    await alex.send("/journal")
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:unsafe")

    out = await press_data(alex, r"jr:\d+:1")
    assert [b.get("callback_data") for b in out[-1].buttons] == ["cr:back"], texts(out)
    stay = await alex.send("still here")
    assert [b.get("callback_data") for b in stay[-1].buttons] == ["cr:back"], texts(stay)
    await press_data(alex, "cr:back")  # then the journal's days work again
    day1 = await press_data(alex, r"jr:\d+:1")
    assert any(str(b.get("callback_data")).startswith("ce:") for b in day1[-1].buttons)
