"""Words of crisis split over two messages a few seconds apart, through the real PTB Application.

A person types "i want to" and, a little later, "die": each half alone says nothing, together
they are a cry. The care check reads the person's last few words of the last short while (kept
in the database, a few minutes only) joined with the new ones. English, Spanish and Russian;
then the crossings: during care, a tap between the halves, a restart, the console, two
languages, an erase, and a message already answered with care.
"""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.adapters.console import ConsoleChat
from bot.app import Core, forget_old_words
from bot.timing.clock import ManualClock
from content import Texts
from storage.models import Base
from tests.harness import BotHarness, Chat, texts
from tests.test_flow_care_crossings import DAY1, press_data, set_up, tick_at

LANGS = ["en", "es", "ru"]
# Each half alone is no cry; joined, they are.
HALVES = {
    "en": ("i want to", "die"),
    "es": ("no quiero", "seguir viviendo"),
    "ru": ("хочу", "умереть"),
}
OTHER_HALVES = {
    "en": ("i just want to", "disappear"),
    "es": ("quiero", "desaparecer"),
    "ru": ("не хочу", "жить"),
}
ANCHOR = {"en": "Mira", "es": "Mira", "ru": "Мира"}
CHATTER = {"en": "thanks", "es": "gracias", "ru": "спасибо"}


def says(lang: str, key: str, **args: object) -> str:
    return Texts(lang)(key, **args)


def care_asked(lang: str, seen: str) -> bool:
    return says(lang, "care_question") in seen


async def in_the_week(bot: BotHarness, lang: str, chat_id: int = 101) -> Chat:
    chat = bot.chat(chat_id, lang)
    await set_up(chat, ANCHOR[lang])
    bot.clock.set(DAY1 - timedelta(hours=5))  # Monday 14:00 in Berlin
    return chat


async def split(bot: BotHarness, chat: Chat, first: str, second: str, gap: float = 20) -> str:
    """The two halves, `gap` seconds apart; what the second one got."""
    out = await chat.send(first)
    assert not care_asked(chat.language_code, texts(out)), texts(out)
    bot.clock.advance(seconds=gap)
    return texts(await chat.send(second))


@pytest.mark.parametrize("lang", LANGS)
async def test_words_of_crisis_split_over_two_messages_get_care(bot: BotHarness, lang: str) -> None:
    chat = await in_the_week(bot, lang)
    got = await split(bot, chat, *HALVES[lang])
    assert care_asked(lang, got), got
    assert says(lang, "care_words") in got  # the caring word and help lines, not "care again"
    other = await in_the_week(bot, lang, chat_id=102)
    got = await split(bot, other, *OTHER_HALVES[lang], gap=90)
    assert care_asked(lang, got), got


@pytest.mark.parametrize("lang", LANGS)
async def test_a_half_from_long_ago_is_not_joined(bot: BotHarness, lang: str) -> None:
    """Ten minutes between them: not one sentence any more (the words are gone by then)."""
    chat = await in_the_week(bot, lang)
    got = await split(bot, chat, HALVES[lang][0], HALVES[lang][1], gap=600)
    assert not care_asked(lang, got), got


@pytest.mark.parametrize("lang", LANGS)
async def test_a_message_answered_with_care_does_not_bring_care_again_with_the_next(
    bot: BotHarness, lang: str
) -> None:
    chat = await in_the_week(bot, lang)
    got = await split(bot, chat, *HALVES[lang])
    assert care_asked(lang, got), got
    safe = await press_data(chat, "cr:safe")
    assert says(lang, "care_safe") in texts(safe)
    bot.clock.advance(seconds=20)
    after = texts(await chat.send(CHATTER[lang]))
    assert not care_asked(lang, after), after
    bot.clock.advance(seconds=20)
    after = texts(await chat.send(HALVES[lang][1]))  # the second half again, alone
    assert not care_asked(lang, after), after


@pytest.mark.parametrize("lang", LANGS)
async def test_halves_typed_at_the_open_safety_question_are_heard(
    bot: BotHarness, lang: str
) -> None:
    """Care is open (an earlier cry); the halves come while the question waits: care hears
    them (not "please answer the question")."""
    chat = await in_the_week(bot, lang)
    first = texts(await chat.send(" ".join(OTHER_HALVES[lang])))
    assert care_asked(lang, first), first
    bot.clock.advance(seconds=30)
    half = texts(await chat.send(HALVES[lang][0]))
    assert says(lang, "care_unclear") in half, half  # no answer yet: the question again
    bot.clock.advance(seconds=20)
    got = texts(await chat.send(HALVES[lang][1]))
    assert says(lang, "care_again") in got, got
    assert says(lang, "care_unclear") not in got, got


@pytest.mark.parametrize("lang", LANGS)
async def test_halves_typed_after_not_safe_get_the_help_line_again(
    bot: BotHarness, lang: str
) -> None:
    chat = await in_the_week(bot, lang)
    await chat.send(" ".join(OTHER_HALVES[lang]))
    await press_data(chat, "cr:unsafe")
    bot.clock.advance(seconds=30)
    got = await split(bot, chat, *HALVES[lang])
    assert says(lang, "care_stay_words") in got, got


@pytest.mark.parametrize("lang", LANGS)
async def test_a_mood_tapped_between_the_halves_does_not_part_them(
    bot: BotHarness, lang: str
) -> None:
    chat = await in_the_week(bot, lang)
    await tick_at(bot, chat, DAY1)  # day 1's check-in
    await chat.send(HALVES[lang][0])
    bot.clock.advance(seconds=10)
    await press_data(chat, r"ck:\d+:1:3")
    bot.clock.advance(seconds=10)
    got = texts(await chat.send(HALVES[lang][1]))
    assert care_asked(lang, got), got


@pytest.mark.parametrize("lang", LANGS)
async def test_halves_either_side_of_a_restart_are_joined(bot: BotHarness, lang: str) -> None:
    chat = await in_the_week(bot, lang)
    await chat.send(HALVES[lang][0])
    await bot.restart()
    bot.clock.advance(seconds=30)
    got = texts(await chat.send(HALVES[lang][1]))
    assert care_asked(lang, got), got


@pytest.mark.parametrize(("lang", "written"), [("ru", "en"), ("en", "ru"), ("es", "en")])
async def test_halves_in_another_language_than_the_bots_are_heard(
    bot: BotHarness, lang: str, written: str
) -> None:
    chat = await in_the_week(bot, lang)
    got = await split(bot, chat, *HALVES[written])
    assert care_asked(lang, got), got


async def test_halves_of_two_languages_in_a_row_are_heard(bot: BotHarness) -> None:
    """She starts in Russian and ends in English (her keyboard switched)."""
    chat = await in_the_week(bot, "ru")
    got = await split(bot, chat, "я просто", "want to die")
    assert care_asked("ru", got), got


async def test_the_halves_are_joined_in_the_console_too(
    core: Core, clock: ManualClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    console = ConsoleChat(core.journey, 1, "en", out, tmp_path / "files" / "1")
    await console.handle_line("/start")
    await console.handle_line("i want to")
    assert "Are you safe right now?" not in out.getvalue()
    clock.advance(seconds=15)
    await console.handle_line("die")
    assert "Are you safe right now?" in out.getvalue(), out.getvalue()[-600:]


async def words_in_db(bot: BotHarness, word: str) -> list[str]:
    assert bot.core is not None
    found = []
    async with bot.core.store.unit() as repos:
        for table in Base.metadata.sorted_tables:
            for row in (await repos.session.execute(select(table))).all():
                if word in " ".join(str(v) for v in row):
                    found.append(table.name)
    return found


async def test_the_words_kept_for_joining_go_with_an_erase(bot: BotHarness) -> None:
    chat = await in_the_week(bot, "en")
    await chat.send("xylophonic half")
    await chat.send("/delete")
    await chat.tap("Yes, erase everything")
    assert await words_in_db(bot, "xylophonic") == []


async def test_the_words_kept_for_joining_leave_the_database_after_a_few_minutes(
    bot: BotHarness,
) -> None:
    chat = await in_the_week(bot, "en")
    await chat.send("xylophonic half")
    assert await words_in_db(bot, "xylophonic")  # kept, for a few minutes
    bot.clock.advance(seconds=600)
    assert bot.core is not None
    await forget_old_words(bot.core)  # the housekeeping, every minute
    assert await words_in_db(bot, "xylophonic") == []


async def test_halves_are_joined_across_a_restart_on_either_database(any_bot: BotHarness) -> None:
    """SQLite and PostgreSQL: the first half kept, the second heard after a restart, and what
    was kept gone once care heard it."""
    chat = await in_the_week(any_bot, "en")
    await chat.send("i want to")
    await any_bot.restart()
    any_bot.clock.advance(seconds=30)
    got = texts(await chat.send("die"))
    assert care_asked("en", got), got
    assert await words_in_db(any_bot, "i want to") == []
    await chat.send("xylophonic half")
    any_bot.clock.advance(seconds=600)
    assert any_bot.core is not None
    await forget_old_words(any_bot.core)
    assert await words_in_db(any_bot, "xylophonic") == []


@pytest.mark.parametrize("lang", LANGS)
async def test_the_second_half_after_a_reply_that_never_arrived_still_gets_care(
    bot: BotHarness, lang: str
) -> None:
    """The reply to the first half was given up (Telegram failing): the next typed words
    re-show the open question instead of being taken as an answer, unless, joined with the
    first half, they are words of crisis."""
    chat = await in_the_week(bot, lang)
    await chat.send(HALVES[lang][0])
    assert bot.core is not None
    await bot.core.journey.reply_undelivered(chat.chat_id)  # as the adapter notes a reply lost
    bot.clock.advance(seconds=20)
    got = texts(await chat.send(HALVES[lang][1]))
    assert care_asked(lang, got), got


async def test_a_fast_demo_clock_still_joins_halves_typed_seconds_apart(bot: BotHarness) -> None:
    """With DAY_SECONDS set a day passes in minutes; the person still types at human speed, so
    the join window is real seconds: halves 4 real seconds apart (20 clock minutes at this
    speed) are one sentence, and the sweep keeps them that long too."""
    bot.clock.speed = 300.0  # a day in under five minutes, as a demo runs
    await bot.restart()
    chat = await in_the_week(bot, "en")
    await chat.send(HALVES["en"][0])
    bot.clock.advance(seconds=4 * 300)
    assert bot.core is not None
    await forget_old_words(bot.core)
    got = texts(await chat.send(HALVES["en"][1]))
    assert care_asked("en", got), got


# ("saltar" right after "no quiero" is read as "no quiero saltar", a cry: "omitir" here.)
SKIP = {"en": "skip", "es": "omitir", "ru": "пропустить"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_bots_own_skip_word_between_the_halves_does_not_part_them(
    bot: BotHarness, lang: str
) -> None:
    """A skip word typed at the zone question is the bot's word, not the person's, and is not
    kept to read with the next message (test_flow_zones: "saltar" then "Salta" read as "jump,
    jump"); the person's halves either side of it are still read as one sentence."""
    from tests.test_flow_zones import to_the_zone_question

    chat, _ = await to_the_zone_question(bot, lang)
    first, second = HALVES[lang]
    assert not care_asked(lang, texts(await chat.send(first)))
    bot.clock.advance(seconds=10)
    skipped = texts(await chat.send(SKIP[lang]))
    assert says(lang, "tz_needed") in skipped and not care_asked(lang, skipped)
    bot.clock.advance(seconds=10)
    got = texts(await chat.send(second))
    assert care_asked(lang, got), got


# Two words that no list holds, typed alone as an answer: the model reads them as one phrase.
TWO_WORD_CRIES = {"en": "swallowed everything", "es": "pastillas tomadas", "ru": "петлю сделал"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_cry_of_two_words_gets_care_and_one_of_its_words_after_a_thanks_does_not(
    bot: BotHarness, lang: str
) -> None:
    chat = await in_the_week(bot, lang)
    got = texts(await chat.send(TWO_WORD_CRIES[lang]))
    assert care_asked(lang, got), got
    other = await in_the_week(bot, lang, chat_id=102)
    last_word = TWO_WORD_CRIES[lang].split()[-1]
    got = await split(bot, other, CHATTER[lang], last_word)  # two messages: no phrase
    assert not care_asked(lang, got), got
