"""The safety question holds the conversation, through the real PTB Application.

While "Are you safe right now?" waits, an old button (a /reflect pick, a check-in's mood, a
settings choice) asks it again instead of opening something on top of it; the care buttons and
the crisis message to the anchor still work from there. Alex (English or Russian, Berlin) leans
on Mira, who joined; buttons are found by their data, so each test reads the same in both.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from content import Texts
from tests.harness import BotHarness, Chat, Seen, texts
from tests.test_flow_care_crossings import ANCHOR, CRISIS, DAY1, joined, press_data
from tests.test_flow_careflow import events

LANGS = ["en", "ru"]


def t(lang: str, key: str, **args: object) -> str:
    return Texts(lang)(key, **args)


def asks_safety(seen: list[Seen], lang: str) -> bool:
    """The last message is the safety question with its two buttons, and nothing else is asked."""
    last = seen[-1]
    return last.text.endswith(t(lang, "care_question")) and [
        b.get("callback_data") for b in last.buttons
    ] == ["cr:safe", "cr:unsafe"]


def data_of(chat: Chat, prefix: str) -> str:
    """The newest button whose data starts with `prefix`."""
    for seen in reversed(chat.seen):
        for b in seen.buttons:
            if str(b.get("callback_data", "")).startswith(prefix):
                return str(b["callback_data"])
    raise AssertionError(f"no button {prefix!r}")


def reflection_asked(seen: list[Seen], lang: str) -> bool:
    prompt = t(lang, "reflect_prompt", question="x").split("\n")[-1]
    return any(prompt in s.text for s in seen)


# ---------------------------------------------------------------- old buttons ask it again


@pytest.mark.parametrize("lang", LANGS)
async def test_an_old_reflect_pick_at_the_safety_question_asks_it_again(
    bot: BotHarness, lang: str
) -> None:
    """/reflect's menu is on the screen when words of crisis are typed; a tap on one of its
    questions once opened "Write your answer" on top of the safety question."""
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY1 + timedelta(hours=2))
    await alex.send("/reflect")
    pick = data_of(alex, "rq:")
    await alex.send(CRISIS[lang])
    out = await alex.press(pick)
    assert not reflection_asked(out, lang), texts(out)
    assert asks_safety(out, lang), texts(out)
    safe = await press_data(alex, "cr:safe")
    assert t(lang, "care_safe") in texts(safe)
    assert not reflection_asked(safe, lang), texts(safe)
    again = await alex.press(pick)  # once the question is answered, the pick works as ever
    assert reflection_asked(again, lang), texts(again)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("prefix", ["ck:", "se:time", "jr:"])
async def test_other_old_buttons_at_the_safety_question_ask_it_again(
    bot: BotHarness, lang: str, prefix: str
) -> None:
    """A check-in's mood, a settings choice, a journal day: none of them opens anything (nor
    closes care without a word) while the safety question waits."""
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY1)
    await bot.tick()  # day 1's check-in, with its mood buttons
    await alex.send("/settings")
    await alex.send("/journal")
    tapped = data_of(alex, prefix)
    await alex.send(CRISIS[lang])
    out = await alex.press(tapped)
    assert asks_safety(out, lang), (prefix, texts(out))
    still = await alex.send("/start")  # the question is still open, not closed by the tap
    assert asks_safety(still, lang), texts(still)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_crisis_message_to_mira_still_goes_from_the_safety_question(
    bot: BotHarness, lang: str
) -> None:
    """The care buttons stay theirs: "Send it to Mira here" from the first crisis, tapped when
    a second one has the safety question open, reaches Mira; "I'm not safe" gets help."""
    alex, mira = await joined(bot, lang)
    bot.clock.set(DAY1 + timedelta(hours=2))
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:unsafe")
    relay = data_of(alex, "crl:")
    await alex.press("cr:back")
    bot.clock.advance(seconds=600)
    care = await alex.send(CRISIS[lang])
    assert asks_safety(care, lang)
    before = len(mira.seen)
    sent = await alex.press(relay)
    assert t(lang, "care_relay_sending", anchor=ANCHOR[lang]) in texts(sent), texts(sent)
    assert Texts(lang).plain("care_draft") in texts(mira.seen[before:])
    unsafe = await press_data(alex, "cr:unsafe")
    assert t(lang, "care_not_safe") in texts(unsafe)


# ---------------------------------------------------------------- typed words ask it again

STRAY = {
    "en": ["4", "just tired, work was a lot", "0"],
    "ru": ["4", "просто устала, много работы", "0"],
}
ANSWERS = {"en": ("yeah", "nope"), "ru": ("да", "нет")}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_number_or_other_words_at_the_safety_question_ask_it_again_kindly(
    bot: BotHarness, lang: str
) -> None:
    """A typed "4" (no such button) once closed care with "Thank you for writing" and brought
    the week back: only an answer closes it. The question comes again, kindly, each time."""
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY1 + timedelta(hours=2))
    await alex.send(CRISIS[lang])
    for typed in STRAY[lang]:
        out = await alex.send(typed)
        assert texts(out).startswith(t(lang, "care_unclear")), (typed, texts(out))
        assert asks_safety(out, lang), (typed, texts(out))
    again = await alex.send(CRISIS[lang])  # words of crisis there keep care, as ever
    assert t(lang, "care_again") in texts(again) and asks_safety(again, lang)
    safe = await alex.send("1")  # the first button, typed
    assert t(lang, "care_safe") in texts(safe)
    assert await events(bot) == ["crisis_words", "crisis_words", "care_safe"]


@pytest.mark.parametrize("lang", LANGS)
async def test_a_typed_yes_or_no_after_a_stray_word_still_answers(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY1 + timedelta(hours=2))
    yes, no = ANSWERS[lang]
    await alex.send(CRISIS[lang])
    await alex.send("4")
    safe = await alex.send(yes)
    assert t(lang, "care_safe") in texts(safe) and not asks_safety(safe, lang)
    bot.clock.advance(seconds=600)
    await alex.send(CRISIS[lang])
    await alex.send(STRAY[lang][1])
    unsafe = await alex.send(no)
    assert t(lang, "care_not_safe") in texts(unsafe)
    assert any(str(b.get("callback_data", "")).startswith("crl:") for b in unsafe[-1].buttons)
