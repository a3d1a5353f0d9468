"""Where care meets the rest of the week, through the real PTB Application.

The crisis message to an anchor never fails silently (the week ending between the offer and the
tap, the anchor unlinked or blocked); care outranks the week for the rest of that local day (no
praise, no closing of the week, a gentle check-in) and the next day opens by remembering it
once. English, Russian and Spanish: the person's words differ, the anchor (Mira) reads Spanish.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from content import Texts
from tests.harness import BotHarness, Chat, Seen, texts

LANGS = ["en", "ru", "es"]
ANCHOR = {"en": "Mira", "ru": "Мира", "es": "Mira"}
CRISIS = {
    "en": "I want to die",
    "ru": "я хочу умереть",
    "es": "quiero morir",
}
MEXICO = "America/Mexico_City"
# Berlin, 19:00 check-ins from Monday 23 March 2026; day 7 is Sunday the 29th (summer time
# begins that night), the week's close comes on Monday the 30th at 19:00 (17:00 UTC).
DAY1 = datetime(2026, 3, 23, 18, 0, tzinfo=UTC)
DAY7_LATE = datetime(2026, 3, 29, 21, 40, tzinfo=UTC)  # 23:40 in Berlin, day 7
DAY8_JUST_AFTER = datetime(2026, 3, 29, 22, 5, tzinfo=UTC)  # 00:05, the week's days are over
CLOSE = datetime(2026, 3, 30, 17, 0, tzinfo=UTC)  # 19:00 on day 8


async def press_data(chat: Chat, pattern: str) -> list[Seen]:
    """Tap the newest button whose data starts with the regular expression `pattern` (the
    labels differ by language)."""
    for seen in reversed(chat.seen):
        for b in seen.buttons:
            if re.match(pattern, str(b.get("callback_data", ""))):
                return await chat.press(b["callback_data"])
    raise AssertionError(f"no button {pattern!r}")


async def set_up(chat: Chat, anchor: str) -> None:
    await chat.send("/start")
    await press_data(chat, "begin")
    await chat.send(anchor)
    await chat.send("Always there.")
    await press_data(chat, "sit:.*:ordinary")
    await press_data(chat, "sp:")
    await press_data(chat, "dr:")
    await press_data(chat, "tz:Europe/(Berlin|Madrid)")  # one clock: CET
    await press_data(chat, "tm:19:00")


async def joined(bot: BotHarness, lang: str) -> tuple[Chat, Chat]:
    """Alex (in `lang`) with Mira (Spanish, in Mexico) who said yes."""
    alex = bot.chat(101, lang, first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await set_up(alex, ANCHOR[lang])
    out = await press_data(alex, "inv:")
    token = re.search(r"\?start=([A-Za-z0-9_-]+)", out[0].text)
    assert token, out[0].text
    await mira.send(f"/start {token.group(1)}")
    await mira.tap("Me apunto")
    await mira.send(MEXICO)
    return alex, mira


async def not_safe(alex: Chat, lang: str) -> Seen:
    """Words of crisis and "I'm not safe": the offer to write to the anchor."""
    await alex.send(CRISIS[lang])
    unsafe = await press_data(alex, "cr:unsafe")
    return unsafe[-1]


def says(lang: str, key: str, **args: object) -> str:
    return Texts(lang)(key, **args)


def draft(lang: str) -> str:
    return Texts(lang).plain("care_draft")


def copies_draft(seen: Seen, lang: str) -> bool:
    return any(b.get("copy_text", {}).get("text") == draft(lang) for b in seen.buttons)


PASSED = [Texts(lang).plain("stale_button") for lang in LANGS]


def no_passed(seen: list[Seen]) -> bool:
    said = texts(seen)
    return not any(p in said for p in PASSED)


# ---------------------------------------------------------------- the crisis message


@pytest.mark.parametrize("lang", LANGS)
async def test_crisis_on_day_7_evening_reaches_mira_after_the_weeks_days_end(
    bot: BotHarness, lang: str
) -> None:
    alex, mira = await joined(bot, lang)
    bot.clock.set(DAY7_LATE)
    offer = await not_safe(alex, lang)
    assert any(b.get("callback_data", "").startswith("crl:") for b in offer.buttons)

    bot.clock.set(DAY8_JUST_AFTER)  # the link's days are over between the offer and the tap
    before = len(mira.seen)
    sent = await press_data(alex, "crl:")
    assert no_passed(sent), texts(sent)
    got = mira.seen[before:]
    assert len(got) == 1 and draft(lang) in got[0].text and "Alex" in got[0].text
    # Alex hears that it is on its way, and then that it arrived.
    assert says(lang, "care_relay_delivered", anchor=ANCHOR[lang]) in texts(sent)
    assert texts(sent).index(says(lang, "care_relay_sending", anchor=ANCHOR[lang])) < texts(
        sent
    ).index(says(lang, "care_relay_delivered", anchor=ANCHOR[lang]))

    again = await press_data(alex, "crl:")  # once per crisis
    assert len(mira.seen) == before + 1 and no_passed(again)


async def test_after_the_week_is_closed_the_crisis_message_still_reaches_mira(
    bot: BotHarness,
) -> None:
    alex, mira = await joined(bot, "en")
    bot.clock.set(DAY7_LATE)
    await not_safe(alex, "en")
    await alex.press("cr:back")
    bot.clock.set(CLOSE + timedelta(days=1))
    await alex.send("/start")  # the week closes: thank-you, summary, "another week?"
    for _ in range(3):
        datas = [b.get("callback_data", "") for b in alex.seen[-1].buttons]
        if any(d.startswith(("dr:", "fd:")) for d in datas):
            await press_data(alex, "(dr:|fd:.*:0$)")  # the thank-you as drafted, no day to fill
    assert any(b.get("callback_data", "").startswith("ag:") for b in alex.seen[-1].buttons)
    await alex.send(CRISIS["en"])
    await press_data(alex, "cr:unsafe")
    before = len(mira.seen)
    sent = await press_data(alex, "crl:")
    assert no_passed(sent), texts(sent)
    assert len(mira.seen) == before + 1 and "Can you call me?" in mira.seen[-1].text


async def test_a_crisis_message_held_up_by_an_outage_is_reported_when_it_arrives(
    bot: BotHarness,
) -> None:
    alex, mira = await joined(bot, "en")
    bot.clock.set(DAY1 + timedelta(days=2))
    await not_safe(alex, "en")
    bot.fake.fail_next("sendMessage", chat_id=202, error="network", times=2)
    before = len(mira.seen)
    sent = await press_data(alex, "crl:")
    assert texts(sent).startswith("Sending it to Mira now.")
    assert len(mira.seen) == before and "has your message" not in texts(sent)
    bot.clock.advance(seconds=30)
    await bot.tick()  # the outbox tries again: still away
    assert len(mira.seen) == before
    bot.clock.advance(seconds=120)
    await bot.tick()
    assert len(mira.seen) == before + 1 and "Can you call me?" in mira.seen[-1].text
    assert alex.seen[-1].text == "Mira has your message now. 💛"


@pytest.mark.parametrize("lang", LANGS)
async def test_an_anchor_who_blocked_the_bot_means_alex_is_told_at_once_with_the_words(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY1 + timedelta(days=2))
    await not_safe(alex, lang)
    bot.fake.block_chat(202)  # Mira blocked the bot; nobody knows yet
    sent = await press_data(alex, "crl:")
    assert no_passed(sent)
    failed_text = says(lang, "care_relay_failed", anchor=ANCHOR[lang], draft=draft(lang))
    failed = [s for s in sent if s.text == failed_text]
    assert len(failed) == 1 and copies_draft(failed[0], lang), texts(sent)
    assert says(lang, "care_relay_delivered", anchor=ANCHOR[lang]) not in texts(sent)

    # Known to be unreachable now: a new crisis offers no send button, only the words.
    bot.clock.advance(seconds=3 * 3600)
    offer = await not_safe(alex, lang)
    assert not any(b.get("callback_data", "").startswith("crl:") for b in offer.buttons)
    assert copies_draft(offer, lang)


@pytest.mark.parametrize("lang", LANGS)
async def test_an_anchor_unlinked_before_the_tap_means_alex_is_told_at_once(
    bot: BotHarness, lang: str
) -> None:
    alex, mira = await joined(bot, lang)
    bot.clock.set(DAY1 + timedelta(days=2))
    await not_safe(alex, lang)
    await mira.send("/stop")  # Mira leaves between the offer and the tap
    await press_data(mira, "")  # whatever /stop asks, the first choice ends the link
    before = len(mira.seen)
    sent = await press_data(alex, "crl:")
    assert no_passed(sent)
    assert len(mira.seen) == before
    told = sent[0]
    assert told.text == says(lang, "care_relay_cannot", anchor=ANCHOR[lang], draft=draft(lang))
    assert copies_draft(told, lang)


async def test_the_anchors_link_erased_before_the_tap_still_leaves_the_words(
    bot: BotHarness,
) -> None:
    alex, mira = await joined(bot, "en")
    await not_safe(alex, "en")
    await mira.send("/delete")
    await mira.tap("Sí")
    sent = await press_data(alex, "crl:")
    assert no_passed(sent)
    assert "Can you call me?" in sent[0].text and copies_draft(sent[0], "en")


# ---------------------------------------------------------------- stale care buttons


@pytest.mark.parametrize("lang", LANGS)
async def test_old_care_buttons_never_say_the_question_has_passed(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY1 - timedelta(hours=6))
    await not_safe(alex, lang)
    await alex.press("cr:back")
    bot.clock.advance(seconds=7200)
    for data in ("cr:back", "cr:safe", "cr:back"):
        out = await alex.press(data)
        assert out and no_passed(out), (data, texts(out))


# ---------------------------------------------------------------- care outranks the week


async def tick_at(bot: BotHarness, chat: Chat, at: datetime) -> list[Seen]:
    bot.clock.set(at)
    before = len(chat.seen)
    await bot.tick()
    return chat.seen[before:]


@pytest.mark.parametrize("lang", LANGS)
async def test_a_check_in_on_the_day_of_care_is_gentle_and_the_next_day_remembers_once(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    day3 = DAY1 + timedelta(days=2)
    bot.clock.set(day3 - timedelta(hours=7))  # 12:00 in Berlin
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:safe")
    (checkin,) = await tick_at(bot, alex, day3)
    assert checkin.text.startswith(says(lang, "checkin_mood_q_after_care_today", day=3, days=7))
    await press_data(alex, r"ck:\d+:\d+:4")
    await press_data(alex, r"ct:\d+:\d+:1")  # yes, something new
    note_q = alex.seen[-1].text
    praise = Texts(lang)("checkin_note_q").split("🌱")[0]
    assert praise not in note_q and "🌱" not in note_q
    await alex.send("spoke up")
    done = await press_data(alex, "cf:.*:calmer")
    said = texts(done)
    assert "/reflect" not in said  # no reflection question today
    assert says(lang, "followup_q", anchor=ANCHOR[lang], count=1) not in said
    assert done[-1].buttons == []  # nothing more is asked today

    (day4,) = await tick_at(bot, alex, day3 + timedelta(days=1))
    assert day4.text.startswith(says(lang, "checkin_mood_q_after_care", day=4, days=7))
    await press_data(alex, r"ck:\d+:\d+:4")
    await press_data(alex, r"ct:\d+:\d+:1")
    assert "🌱" in alex.seen[-1].text  # the usual words are back
    (day5,) = await tick_at(bot, alex, day3 + timedelta(days=2))
    assert day5.text == says(lang, "checkin_mood_q", day=5, days=7)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_weeks_close_waits_for_the_next_day_after_care(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    bot.clock.set(CLOSE - timedelta(hours=2))  # day 8, 17:00 in Berlin
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:unsafe")
    close_words = Texts(lang)("week_close_nudge", anchor=ANCHOR[lang], count=1).split("🌿")[0]
    during = await tick_at(bot, alex, CLOSE)  # 19:00: the close falls due during care
    assert close_words not in texts(during)
    later = await tick_at(bot, alex, CLOSE + timedelta(hours=4))
    assert close_words not in texts(later)

    (nxt,) = await tick_at(bot, alex, CLOSE + timedelta(days=1))
    assert nxt.text.startswith(says(lang, "care_yesterday"))
    assert close_words in nxt.text
    assert nxt.text.count(says(lang, "care_yesterday")) == 1
    again = await tick_at(bot, alex, CLOSE + timedelta(days=2))
    assert again == []


async def test_the_close_comes_on_the_care_day_when_asked_for(bot: BotHarness) -> None:
    alex, _ = await joined(bot, "en")
    bot.clock.set(CLOSE - timedelta(hours=2))
    await alex.send(CRISIS["en"])
    await alex.tap("I'm safe")
    asked = await alex.press("th:1")  # an old "✨ Close the week" button: they ask for it
    assert "Time to close the circle" in texts(asked)


@pytest.mark.parametrize("lang", LANGS)
async def test_day_7s_check_in_after_care_does_not_close_the_week_that_evening(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    day7 = DAY1 + timedelta(days=6) - timedelta(hours=1)  # 19:00 summer time
    bot.clock.set(day7 - timedelta(hours=3))
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:safe")
    await tick_at(bot, alex, day7)
    await press_data(alex, r"ck:\d+:\d+:4")
    await press_data(alex, r"ct:\d+:\d+:1")
    await alex.send("a walk")
    done = await press_data(alex, "cf:.*:calmer")
    thanks = Texts(lang)("thank_intro", anchor=ANCHOR[lang], draft="").split("\n")[0]
    assert thanks not in texts(done)
    assert says(lang, "care_close_later") in texts(done)
    assert any(b.get("callback_data", "").startswith("th:") for b in done[-1].buttons)
    (nxt,) = await tick_at(bot, alex, CLOSE)
    assert nxt.text.startswith(says(lang, "care_yesterday"))


@pytest.mark.parametrize("lang", LANGS)
async def test_the_next_day_remembers_in_the_persons_own_first_reply_when_no_nudge_came_first(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    day3 = DAY1 + timedelta(days=2)
    bot.clock.set(day3 - timedelta(hours=7))  # 12:00 in Berlin
    await alex.send(CRISIS[lang])
    await press_data(alex, "cr:safe")
    await tick_at(bot, alex, day3)  # the day's gentle check-in, left unanswered

    bot.clock.set(day3 + timedelta(hours=14))  # 09:00 the next morning: Alex writes first
    first = await alex.send("/status")
    yesterday = says(lang, "care_yesterday")
    assert texts(first).startswith(yesterday), texts(first)
    assert texts(first).count(yesterday) == 1
    bot.clock.advance(seconds=3600)
    later = await alex.send("/status")
    assert yesterday not in texts(later)

    (day4,) = await tick_at(bot, alex, day3 + timedelta(days=1))  # said once: not again
    assert day4.text == says(lang, "checkin_mood_q", day=4, days=7)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_crisis_late_in_the_evening_is_not_called_yesterday_just_after_midnight(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    day3 = DAY1 + timedelta(days=2)  # 19:00 in Berlin
    bot.clock.set(day3 + timedelta(hours=4, minutes=30))  # 23:30
    await alex.send(CRISIS[lang])
    bot.clock.set(day3 + timedelta(hours=5, minutes=20))  # 00:20: the same night, still talking
    yesterday = says(lang, "care_yesterday")
    night = await press_data(alex, "cr:safe")
    assert yesterday not in texts(night), texts(night)
    bot.clock.set(day3 + timedelta(hours=5, minutes=40))
    still = await alex.send("/status")
    assert yesterday not in texts(still), texts(still)

    bot.clock.set(day3 + timedelta(hours=14))  # 09:00: now it was yesterday, said once
    morning = await alex.send("/status")
    assert texts(morning).count(yesterday) == 1, texts(morning)


async def test_after_the_next_days_nudge_remembered_alexs_own_reply_does_not_repeat_it(
    bot: BotHarness,
) -> None:
    alex, _ = await joined(bot, "en")
    day3 = DAY1 + timedelta(days=2)
    bot.clock.set(day3 - timedelta(hours=7))
    await alex.send(CRISIS["en"])
    await press_data(alex, "cr:safe")
    await tick_at(bot, alex, day3)
    (day4,) = await tick_at(bot, alex, day3 + timedelta(days=1))
    assert day4.text.startswith(says("en", "checkin_mood_q_after_care", day=4, days=7))
    bot.clock.advance(seconds=600)
    reply = await alex.send("/status")
    assert "Yesterday sounded really hard" not in texts(reply)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_care_message_waiting_when_mira_erases_her_data_comes_back_to_alex_at_once(
    bot: BotHarness, lang: str
) -> None:
    alex, mira = await joined(bot, lang)
    bot.clock.set(DAY1 + timedelta(days=2))
    await not_safe(alex, lang)
    bot.fake.fail_next("sendMessage", chat_id=202, error="network", times=1)
    before = len(mira.seen)
    await press_data(alex, "crl:")  # Telegram is away for Mira's chat: the message waits
    assert len(mira.seen) == before
    heard = len(alex.seen)
    await mira.send("/delete")
    await mira.tap("Sí")
    told = alex.seen[heard:]
    failed_text = says(lang, "care_relay_failed", anchor=ANCHOR[lang], draft=draft(lang))
    failed = [s for s in told if s.text == failed_text]
    assert len(failed) == 1 and copies_draft(failed[0], lang), texts(told)

    bot.clock.advance(seconds=300)
    await bot.tick()  # nothing of it goes to Mira's chat later, and Alex hears no "delivered"
    assert not any(draft(lang) in s.text for s in mira.seen[before:])
    assert says(lang, "care_relay_delivered", anchor=ANCHOR[lang]) not in texts(alex.seen[heard:])


# Someone hurting the person right now, in their words; and the same verb as an idiom.
HURTING_NOW = {
    "en": ("my husband is killing me help", "this deadline is killing me"),
    "ru": ("помогите муж меня убивает", "эта пробка меня убивает"),
    "es": ("mi esposo me esta matando", "el trafico me esta matando"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_someone_hurting_alex_right_now_reaches_mira_and_the_idiom_does_not(
    bot: BotHarness, lang: str
) -> None:
    alex, mira = await joined(bot, lang)
    bot.clock.set(DAY1 - timedelta(hours=5))
    cry, idiom = HURTING_NOW[lang]
    calm = await alex.send(idiom)
    assert says(lang, "care_question") not in texts(calm), texts(calm)
    care = await alex.send(cry)
    assert says(lang, "care_question") in texts(care), texts(care)
    await press_data(alex, "cr:unsafe")
    before = len(mira.seen)
    sent = await press_data(alex, "crl:")
    assert len(mira.seen) == before + 1 and "Alex" in mira.seen[-1].text
    assert says(lang, "care_relay_delivered", anchor=ANCHOR[lang]) in texts(sent)


LAST_DAY_QUESTION = {
    "en": "is it the last day already?",
    "ru": "это последний день?",
    "es": "ya es el último día?",
}
LAST_DAY_CRY = {
    "en": "is it the last day? good, because tonight i end it",
    "ru": "это последний день? для меня точно последний, я всё решила уйти",
    "es": "ya es el ultimo dia? mejor, esta noche me mato",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_asking_on_day_7_whether_it_is_the_last_day_is_not_taken_for_a_goodbye(
    bot: BotHarness, lang: str
) -> None:
    alex, _ = await joined(bot, lang)
    bot.clock.set(DAY7_LATE - timedelta(hours=3))  # 20:40 in Berlin on day 7
    got = texts(await alex.send(LAST_DAY_QUESTION[lang]))
    assert says(lang, "care_question") not in got, got
    bot.clock.advance(minutes=10)
    got = texts(await alex.send(LAST_DAY_CRY[lang]))
    assert says(lang, "care_question") in got, got
