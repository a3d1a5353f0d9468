"""Care as a sub-flow that holds the conversation, through the real PTB Application.

The safety question is the only open question while it waits; "I'm not safe" gets the lines of
the person's country, an offer to write to their anchor, and a warm reply to what they write
next; the next check-in remembers the hard day. English, Russian and Spanish.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from bot.app import forget_old_words
from content import Texts
from storage.models import Base
from tests.harness import BotHarness, Chat, Seen, texts

SAFE = {"en": "I'm safe", "ru": "Я в безопасности", "es": "Estoy a salvo"}
NOT_SAFE = {"en": "I'm not safe", "ru": "Мне небезопасно", "es": "No estoy a salvo"}
# Day 1's check-in: 19:00 in Berlin (CET) on Monday 23 March 2026.
DAY1 = datetime(2026, 3, 23, 18, 0, tzinfo=UTC)


async def set_up(chat: Chat, zone: str = "Berlin", typed_zone: bool = False) -> None:
    """Setup in the person's language, by taps and (for a city off the buttons) one typed name."""
    await chat.send("/start")
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # "Let's begin"
    await chat.send("Mum")
    await chat.send("She always picks up, even at midnight.")
    await chat.press(chat.seen[-1].buttons[3]["callback_data"])  # an ordinary week
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # a comforting text
    await chat.press(chat.seen[-1].buttons[0]["callback_data"])  # use this draft
    if typed_zone:
        await chat.send(zone)
    else:
        await chat.tap(zone)
    await chat.tap("19:00")


async def nudge(bot: BotHarness, chat: Chat, at: datetime) -> Seen:
    """Let the clock reach `at` and return the check-in the dispatcher sent."""
    bot.clock.set(at)
    before = len(chat.seen)
    await bot.tick()
    came = chat.seen[before:]
    assert came, "no check-in came"
    return came[-1]


def safety_buttons(seen: Seen, lang: str) -> bool:
    return seen.labels() == [SAFE[lang], NOT_SAFE[lang]]


async def events(bot: BotHarness) -> list[str]:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        rows = await repos.session.execute(text("select kind from events order by id"))
        return list(rows.scalars().all())


async def stored_anywhere(bot: BotHarness, *traces: str) -> list[str]:
    """Rows of any table that hold one of `traces`."""
    assert bot.core is not None
    found = []
    async with bot.core.store.unit() as repos:
        for table in Base.metadata.sorted_tables:
            for row in (await repos.session.execute(select(table))).all():
                flat = " ".join(str(v) for v in row)
                found += [f"{table.name}: {flat}" for trace in traces if trace in flat]
    return found


async def finish_day(chat: Chat) -> None:
    """After the mood: not today, calmer, and "later" to a follow-up or reflection."""
    t = Texts(chat.language_code)
    await chat.tap(t.plain("btn_not_today"))
    await chat.tap(t.plain("effect_calmer"))
    for _ in range(3):  # a follow-up ("did you send it?") or a reflection may come next
        labels = chat.seen[-1].labels()
        if t.plain("btn_later") in labels:
            await chat.tap(t.plain("btn_later"))
        elif labels:
            await chat.press(chat.seen[-1].buttons[-1]["callback_data"])  # "I decided not to"


async def low_days(bot: BotHarness, chat: Chat, days: int, start: datetime = DAY1) -> list[Seen]:
    """Answer `days` check-ins at the lowest mood (fully, but the last one only its mood)."""
    last: list[Seen] = []
    for n in range(days):
        await nudge(bot, chat, start + timedelta(days=n))
        last = await chat.tap("1 ")
        if n < days - 1:
            await finish_day(chat)
    return last


# ---------------------------------------------------------------- the question waits


async def test_after_three_low_days_the_check_in_waits_behind_the_safety_question(
    bot: BotHarness,
) -> None:
    ana = bot.chat(701)
    await set_up(ana)
    care = await low_days(bot, ana, 3)
    assert "really low" in care[0].text
    assert safety_buttons(ana.seen[-1], "en"), "the safety question must be the last thing asked"
    assert "Did you try something new" not in texts(care)
    assert "act on these thoughts" not in texts(care)

    # A typed "1" answers the safety question, not the check-in.
    safe = await ana.send("1")
    assert "glad" in safe[0].text.lower()
    assert "Did you try something new" in safe[-1].text  # the check-in comes back
    await ana.tap("Not today")
    saved = await ana.tap("Calmer")
    assert any("Saved for day 3." in s.text for s in saved)
    assert await events(bot) == ["low_mood", "care_safe"]
    whole = texts(ana.seen[-6:])
    assert whole.count("carry this alone") <= 1


async def test_words_of_crisis_in_a_note_hold_the_note_question_until_answered(
    bot: BotHarness,
) -> None:
    ana = bot.chat(702)
    await set_up(ana)
    await nudge(bot, ana, DAY1)
    await ana.tap("3 ")
    await ana.tap("Yes")
    care = await ana.send("I tried, but honestly I took too many pills an hour ago")
    assert safety_buttons(care[-1], "en")
    assert "note what it was" not in texts(care) and "calmer or braver" not in texts(care)
    safe = await ana.tap(SAFE["en"])
    assert "note what it was" in safe[-1].text  # the note question is back, where it was
    await ana.send("I called my sister back")
    await ana.tap("Calmer")
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        note = (await repos.session.execute(text("select tried_note from checkins"))).scalar()
    assert note == "I called my sister back"  # the words of crisis were never kept


# ---------------------------------------------------------------- "I'm not safe"


async def test_not_safe_in_lisbon_gets_portugal_first_an_offer_to_write_to_mum_and_company(
    bot: BotHarness,
) -> None:
    ana = bot.chat(703)
    await set_up(ana, "Lisbon", typed_zone=True)
    care = await ana.send("I'm going to jump off a bridge tonight")
    first = care[0].text
    assert "Portugal" in first and first.index("Portugal") < first.index("findahelpline")
    assert "988" not in first  # not the US line for a person in Lisbon
    assert "If you've already hurt yourself or taken something, call 112 now." in first
    assert safety_buttons(care[-1], "en")

    unsafe = await ana.tap(NOT_SAFE["en"])
    said = texts(unsafe)
    assert "Portugal" in said and "112" in said
    assert said.count("findahelpline") == 0  # the short list is not repeated
    offer = unsafe[-1]
    assert "Can you call me? I'm having a really hard time." in offer.text
    assert "Mum" in offer.text
    assert any("copy_text" in b for b in offer.buttons)
    assert any("Mum" in b["text"] and "url" in b for b in offer.buttons)

    reply = await ana.send("ok. I called Mum, she's coming over")
    assert "no open question" not in texts(reply).lower()
    assert "glad" in reply[0].text.lower() or "here" in reply[0].text.lower()
    again = await ana.send("thank you")
    assert "no open question" not in texts(again).lower()
    assert again[0].text != reply[0].text  # a person, not a recording
    assert await events(bot) == ["crisis_words", "care_unsafe"]
    assert await stored_anywhere(bot, "bridge") == []  # the words care heard: never kept
    # What they wrote after waits a few minutes to be joined to their next words (a cry split
    # over two messages), then goes: nothing they wrote stays.
    bot.clock.advance(minutes=4)
    assert bot.core is not None
    await forget_old_words(bot.core)
    assert await stored_anywhere(bot, "bridge", "coming over", "thank you") == []


async def test_not_safe_in_tokyo_gets_japan_first(bot: BotHarness) -> None:
    ken = bot.chat(704)
    await set_up(ken, "Tokyo")
    await ken.send("i wish i wasnt alive")
    unsafe = await ken.tap(NOT_SAFE["en"])
    first_list = next(s.text for s in ken.seen if "findahelpline" in s.text)
    assert "Japan" in first_list and first_list.index("Japan") < first_list.index("findahelpline")
    assert "Japan" in texts(unsafe)


async def test_after_low_mood_not_safe_shows_the_short_list_once(bot: BotHarness) -> None:
    ana = bot.chat(705)
    await set_up(ana)
    care = await low_days(bot, ana, 3)
    assert "findahelpline" not in texts(care)  # no words of crisis: first the question
    unsafe = await ana.tap(NOT_SAFE["en"])
    said = texts(unsafe)
    assert said.count("findahelpline") == 1 and "Germany" in said
    assert said.index("Germany") < said.index("Can you call me?")


# ---------------------------------------------------------------- staying with them


async def test_the_next_check_in_remembers_the_hard_day_and_the_run_resets(
    any_bot: BotHarness,
) -> None:
    bot = any_bot  # SQLite and PostgreSQL: the moment's time is read back as UTC on both
    ana = bot.chat(706)
    await set_up(ana)
    await low_days(bot, ana, 3)
    await ana.tap(SAFE["en"])
    await finish_day(ana)
    day4 = await nudge(bot, ana, DAY1 + timedelta(days=3))
    assert day4.text.startswith("Day 4 of 7. Yesterday sounded really hard.")
    still = await ana.tap("1 ")  # still low: the same run does not ask again
    assert not any(safety_buttons(s, "en") for s in still)
    await finish_day(ana)
    day5 = await nudge(bot, ana, DAY1 + timedelta(days=4))
    assert "Yesterday sounded" not in day5.text  # one gentle line, not every day
    assert (await events(bot)).count("low_mood") == 1


async def test_a_new_run_of_low_days_after_a_better_day_is_noticed_again(
    bot: BotHarness,
) -> None:
    ana = bot.chat(707)
    await set_up(ana)
    await low_days(bot, ana, 3)  # days 1-3 low: care
    await ana.tap(SAFE["en"])
    await finish_day(ana)
    await nudge(bot, ana, DAY1 + timedelta(days=3))
    await ana.tap("4 ")  # a better day 4
    await finish_day(ana)
    care = await low_days(bot, ana, 3, start=DAY1 + timedelta(days=4))  # days 5-7 low
    assert safety_buttons(care[-1], "en")
    assert (await events(bot)).count("low_mood") == 2


# ---------------------------------------------------------------- other languages

FORMAL_RU = re.compile(r"\b(?:вы|вас|вам|вами|ваш\w*)\b", re.IGNORECASE)
FORMAL_ES = re.compile(r"\b(?:usted|ustedes|su|sus)\b", re.IGNORECASE)


async def test_russian_care_speaks_as_ty_and_gets_russian_lines(bot: BotHarness) -> None:
    olga = bot.chat(708, language_code="ru")
    await set_up(olga, "Москва", typed_zone=True)
    await nudge(bot, olga, DAY1 - timedelta(hours=1))  # 19:00 in Moscow is 16:00 UTC
    await olga.tap("2 ")
    care = await olga.send("хочу спрыгнуть с крыши")
    assert safety_buttons(care[-1], "ru")
    assert "Россия" in care[0].text
    unsafe = await olga.tap(NOT_SAFE["ru"])
    offer = unsafe[-1]
    assert "Можешь мне позвонить? Мне сейчас очень тяжело." in offer.text
    reply = await olga.send("я позвонила маме, она едет")
    flow = texts([*care, *unsafe, *reply])
    assert not FORMAL_RU.search(flow), FORMAL_RU.findall(flow)
    assert "нет открытого вопроса" not in flow.lower()
    day2 = await nudge(bot, olga, DAY1 + timedelta(days=1) - timedelta(hours=1))
    assert "вчера тебе было очень тяжело" in day2.text


async def test_spanish_care_after_low_days_holds_the_question_and_answers_warmly(
    bot: BotHarness,
) -> None:
    lucia = bot.chat(709, language_code="es")
    await set_up(lucia, "Madrid", typed_zone=True)
    care = await low_days(bot, lucia, 3)
    assert safety_buttons(care[-1], "es")
    unsafe = await lucia.tap(NOT_SAFE["es"])
    said = texts(unsafe)
    assert said.index("024") < said.index("¿Puedes llamarme?")  # Spain's line first
    assert "¿Puedes llamarme? Lo estoy pasando muy mal." in unsafe[-1].text
    reply = await lucia.send("gracias, ya hablé con mi hermana")
    flow = texts([*care, *unsafe, *reply])
    assert not FORMAL_ES.search(flow), FORMAL_ES.findall(flow)
    day4 = await nudge(bot, lucia, DAY1 + timedelta(days=3))
    assert "Ayer" in day4.text


def test_help_lines_are_described_in_spanish() -> None:
    from bot.care.helplines import describe, lines_for

    said = "\n".join(describe(line, "es") for line in lines_for("Europe/Madrid", "es"))
    assert "España" in said and "gratis" in said


async def test_commands_at_the_safety_question_and_an_old_not_safe_button(bot: BotHarness) -> None:
    ana = bot.chat(710)
    await set_up(ana)
    await nudge(bot, ana, DAY1)
    await ana.tap("2 ")
    await ana.send("I don't want to wake up tomorrow")
    old_not_safe = ana.button(NOT_SAFE["en"])["callback_data"]
    status = await ana.send("/status")
    assert "Day 1 of 7" in status[0].text
    safe = await ana.send("yes")  # a typed yes answers it too
    assert safe[0].text.startswith("I'm glad.") and "Did you try something new" in safe[-1].text
    await ana.send("I want to die")
    cancel = await ana.send("/cancel")
    assert "Did you try something new" in texts(cancel)  # the check-in is back, not dropped
    await finish_day(ana)

    later = await ana.press(old_not_safe)  # hours later, from the old message
    assert "Please call someone now" in later[0].text and "findahelpline" in later[0].text
    reply = await ana.send("still here")
    assert "no open question" not in texts(reply).lower()
    assert ana.button("Back to my week")
    assert (await events(bot)).count("care_unsafe") == 1


async def test_something_else_at_the_safety_question_asks_it_again_and_the_day_waits(
    bot: BotHarness,
) -> None:
    """Words that are no answer once closed care and brought the check-in back: the safety
    question stays open until it is answered; then the day goes on where it was."""
    ana = bot.chat(711)
    await set_up(ana)
    care = await low_days(bot, ana, 3)
    assert safety_buttons(care[-1], "en")
    other = await ana.send("just tired, work was a lot")
    assert other[0].text.startswith("Thank you for writing to me. Before anything else")
    assert safety_buttons(other[-1], "en") and "Did you try something new" not in texts(other)
    safe = await ana.tap(SAFE["en"])
    assert "Did you try something new" in safe[-1].text
    assert await events(bot) == ["low_mood", "care_safe"]


@pytest.mark.parametrize("answer", ["no", "not really", "idk", "нет", "no sé"])
async def test_a_typed_no_or_unsure_at_the_safety_question_gets_help(
    bot: BotHarness, answer: str
) -> None:
    ana = bot.chat(712)
    await set_up(ana)
    await low_days(bot, ana, 3)
    unsafe = await ana.send(answer)
    assert "Please call someone now" in unsafe[0].text and "Germany" in unsafe[0].text
    assert "Can you call me?" in unsafe[-1].text


async def test_words_of_crisis_before_the_zone_is_known_still_name_an_emergency_number(
    bot: BotHarness,
) -> None:
    ana = bot.chat(713)
    await ana.send("/start")
    await ana.tap("Let's begin")
    care = await ana.send("I have a plan to end things")
    assert "findahelpline" in care[0].text
    assert "taken something, call your local emergency number now." in care[0].text
    unsafe = await ana.tap(NOT_SAFE["en"])
    assert "local emergency number" in unsafe[0].text
    assert "Is there someone you could write to as well?" in unsafe[-1].text  # no anchor yet
    assert [b["text"] for b in unsafe[-1].buttons] == ["📋 Copy", "↗️ Send it"]
    reply = await ana.send("my flatmate is here now")
    back = await ana.tap("Back to my week")
    assert "Who makes you feel safe" in back[-1].text  # setup goes on where it was
    assert reply and "no open question" not in texts(reply).lower()


async def test_a_check_in_the_same_evening_says_today_and_the_next_day_remembers_once(
    bot: BotHarness,
) -> None:
    ana = bot.chat(714)
    await set_up(ana)
    bot.clock.set(DAY1 - timedelta(hours=8))  # 11:00 in Berlin
    await ana.send("I wrote a goodbye letter")
    await ana.tap(SAFE["en"])
    day1 = await nudge(bot, ana, DAY1)
    assert day1.text.startswith("Day 1 of 7. Today sounded really hard. How are you feeling now?")
    await ana.tap("3 ")
    await finish_day(ana)
    day2 = await nudge(bot, ana, DAY1 + timedelta(days=1))
    assert day2.text.startswith("Day 2 of 7. Yesterday sounded really hard.")
    await ana.tap("3 ")
    await finish_day(ana)
    day3 = await nudge(bot, ana, DAY1 + timedelta(days=2))
    assert day3.text == "Day 3 of 7. How are you feeling today?"
