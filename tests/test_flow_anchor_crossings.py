"""Adding a second anchor where it crosses the rest of the week, from the person's side, through
the real PTB Application, the fake Bot API and a real SQLite file.

Alex (English or Russian, Berlin) leans on Mira and adds Jo (in Russian: Дима) from /settings or
from setup's offer, while a check-in falls due, words of crisis are typed, /settings is opened
again to switch language, the bot restarts, or an impatient finger taps "Add" twice. Buttons and
answers are found by their data, so each test reads the same in both languages.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from content import Texts
from storage.models import Week
from tests.harness import BotHarness, Chat, Seen, texts
from tests.test_flow_anchor import march
from tests.test_flow_care_crossings import CRISIS, press_data

LANGS = ["en", "ru"]
FIRST = {"en": "Mira", "ru": "Мира"}
SECOND = {"en": "Jo", "ru": "Дима"}
WHY = {"en": "Jo makes me laugh when it's hard.", "ru": "Дима смешит меня, когда тяжело."}


async def to_the_offer(chat: Chat, lang: str) -> None:
    """Setup up to the first request taken as drafted: the offer of a second person is shown."""
    await chat.send("/start")
    await press_data(chat, "begin")
    await chat.send(FIRST[lang])
    await chat.send("Always there.")
    await press_data(chat, "sit:.*:ordinary")
    await press_data(chat, "sp:")
    await press_data(chat, "dr:.*:take")


async def set_up(chat: Chat, lang: str) -> None:
    """A week with Mira alone, the second person passed by in silence: check-ins at 19:00."""
    await to_the_offer(chat, lang)
    await press_data(chat, "tz:Europe/Berlin")
    await press_data(chat, "tm:19:00")


def data_of(chat: Chat, pattern: str) -> str:
    for seen in reversed(chat.seen):
        for b in seen.buttons:
            if re.match(pattern, str(b.get("callback_data", ""))):
                return str(b["callback_data"])
    raise AssertionError(f"no button {pattern!r}")


def t(lang: str, key: str, **args: object) -> str:
    return Texts(lang)(key, **args)


def asked(seen: list[Seen], lang: str, key: str, **args: object) -> bool:
    return any(s.text.endswith(t(lang, key, **args)) for s in seen)


async def anchor_names(bot: BotHarness) -> list[str | None]:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        week = (await repos.session.scalars(select(Week).order_by(Week.id.desc()))).first()
        assert week is not None
        return [a.name for a in week.anchors]


async def name_and_why(chat: Chat, lang: str) -> None:
    await chat.send(SECOND[lang])
    await chat.send(WHY[lang])


@pytest.mark.parametrize("lang", LANGS)
async def test_two_taps_on_add_ask_for_one_person_and_jo_is_kept(
    bot: BotHarness, lang: str
) -> None:
    """A second tap on "Add a second person" (a double tap, or the button tapped again while
    answering) once asked "who else?" again after Jo was added, and the next name replaced Jo."""
    alex = bot.chat(101, lang, first_name="Alex")
    await set_up(alex, lang)
    await alex.send("/settings")
    add = data_of(alex, "a2:")
    await alex.press(add)
    again = await alex.press(add)
    assert asked(again, lang, "anchor_more_name_q")  # the same question, not a second one
    await alex.send(SECOND[lang])
    await alex.press(add)  # once more, at the "why" question
    await alex.send(WHY[lang])
    out = await press_data(alex, "sp:.*:listen")
    assert not asked(out, lang, "anchor_more_name_q"), texts(out)
    assert not any(t(lang, "anchor_why_q", anchor=SECOND[lang])[:20] in s.text for s in out)
    assert out[-1].text.startswith(t(lang, "settings_menu", time="19:00", zone="x", quiet="x",
                                     language="x").split("\n")[0])  # fmt: skip
    await alex.send("Sam")  # no name question is open: nobody is renamed
    assert await anchor_names(bot) == [FIRST[lang], SECOND[lang]]


@pytest.mark.parametrize("lang", LANGS)
async def test_add_tapped_at_the_safety_question_keeps_the_safety_question(
    bot: BotHarness, lang: str
) -> None:
    """Words of crisis under setup's offer, then "Add a second person" (still on the screen):
    the safety question stays the only open question; nobody is asked for names."""
    alex = bot.chat(101, lang, first_name="Alex")
    await to_the_offer(alex, lang)
    await alex.send(CRISIS[lang])
    out = await press_data(alex, "a2:")
    assert not asked(out, lang, "anchor_more_name_q"), texts(out)
    assert out[-1].text.endswith(t(lang, "care_question"))
    assert [b["callback_data"] for b in out[-1].buttons] == ["cr:safe", "cr:unsafe"]
    safe = await press_data(alex, "cr:safe")
    assert any(b.get("callback_data") == "tz:Europe/Berlin" for b in safe[-1].buttons)
    assert await anchor_names(bot) == [FIRST[lang]]


@pytest.mark.parametrize("lang", LANGS)
async def test_a_check_in_while_adding_from_the_setup_offer_points_to_settings(
    bot: BotHarness, lang: str
) -> None:
    """Jo is being added from setup's offer (tapped on day 1) when the check-in comes: the word
    on what was set aside names /settings, and /settings offers to finish adding Jo."""
    alex = bot.chat(101, lang, first_name="Alex")
    await set_up(alex, lang)
    await bot.pass_time(march(23, 12))
    await press_data(alex, "a2:")
    await alex.send(SECOND[lang])
    await bot.pass_time(march(23, 18, 30))
    out = await press_data(alex, r"ck:\d+:1:4")
    assert out[0].text.startswith(t(lang, "put_aside", how="/settings")), out[0].text
    shown = await alex.send("/settings")
    assert any(b.get("callback_data", "").startswith("a2:") for s in shown for b in s.buttons)


@pytest.mark.parametrize("lang", LANGS)
async def test_settings_opened_again_while_adding_jo_offers_to_finish(
    bot: BotHarness, lang: str
) -> None:
    """Adding Jo from /settings, Alex opens /settings again to switch language: the menu comes
    with "Finish adding Jo", which goes on in the new language from Jo's "why"."""
    other = "ru" if lang == "en" else "en"
    alex = bot.chat(101, lang, first_name="Alex")
    await set_up(alex, lang)
    await alex.send("/settings")
    await press_data(alex, "a2:")
    await alex.send(SECOND[lang])
    shown = await alex.send("/settings")
    assert any(b.get("callback_data", "").startswith("a2:") for s in shown for b in s.buttons)
    await press_data(alex, "se:language")
    await press_data(alex, f"sl:{other}")
    await press_data(alex, "se:done")
    why = await press_data(alex, "a2:")
    assert why[-1].text == t(other, "anchor_why_q", anchor=SECOND[lang])
    await alex.send(WHY[lang])
    ready = await press_data(alex, "sp:.*:help")
    assert any(b.get("callback_data") == "inv:1:2" for s in ready for b in s.buttons)
    assert await anchor_names(bot) == [FIRST[lang], SECOND[lang]]


# ---------------------------------------------------------------- crossings that hold


@pytest.mark.parametrize("lang", LANGS)
async def test_crisis_while_adding_jo_reaches_mira_and_jo_is_asked_after(
    bot: BotHarness, lang: str
) -> None:
    alex = bot.chat(101, lang, first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await set_up(alex, lang)
    invited = await press_data(alex, "inv:1:1")
    token = re.search(r"\?start=([A-Za-z0-9_-]+)", invited[0].text)
    assert token
    await mira.send(f"/start {token.group(1)}")
    await mira.tap("Me apunto")
    await mira.send("Mexico City")
    await alex.send("/settings")
    await press_data(alex, "a2:")
    await alex.send(SECOND[lang])
    care = await alex.send(CRISIS[lang])
    assert care[-1].text.endswith(t(lang, "care_question"))
    await press_data(alex, "cr:unsafe")
    before = len(mira.seen)
    await press_data(alex, "crl:")
    assert Texts(lang).plain("care_draft") in texts(mira.seen[before:])
    await alex.send("ok")
    back = await press_data(alex, "cr:back")
    assert back[-1].text.endswith(t(lang, "anchor_why_q", anchor=SECOND[lang]))


@pytest.mark.parametrize("lang", LANGS)
async def test_a_restart_while_adding_jo_goes_on_from_the_same_question(
    bot: BotHarness, lang: str
) -> None:
    alex = bot.chat(101, lang, first_name="Alex")
    await set_up(alex, lang)
    await alex.send("/settings")
    await press_data(alex, "a2:")
    await alex.send(SECOND[lang])
    await bot.restart()
    support = await alex.send(WHY[lang])
    assert support[-1].text.startswith(t(lang, "anchor_more_support_q", anchor=SECOND[lang])[:25])
    await press_data(alex, "sp:.*:comfort")
    assert await anchor_names(bot) == [FIRST[lang], SECOND[lang]]


async def test_last_weeks_add_button_in_a_new_week_has_passed(bot: BotHarness) -> None:
    alex = bot.chat(101, "ru", first_name="Alex")
    await set_up(alex, "ru")
    old = data_of(alex, "a2:")
    await bot.pass_time(march(31, 12), timedelta(hours=2))
    await press_data(alex, "th:")
    await press_data(alex, "fd:1:0")  # close the week as it is
    await press_data(alex, "dr:.*:take")
    await press_data(alex, "ag:same")
    out = await alex.press(old)
    assert out[0].text.startswith(Texts("ru").plain("stale_button"))
    assert not asked(out, "ru", "anchor_more_name_q")


@pytest.mark.parametrize("lang", LANGS)
async def test_just_mira_tapped_while_adding_jo_goes_back_to_setup(
    bot: BotHarness, lang: str
) -> None:
    """Alex names Jo, changes his mind and taps "Just Mira is fine" (still under the request):
    setup goes on where it was. It once asked "What makes  a safe place for you?" with no name,
    and then answered nothing at all to whatever he typed."""
    alex = bot.chat(101, lang, first_name="Alex")
    await to_the_offer(alex, lang)
    await press_data(alex, "a2:")
    await alex.send(SECOND[lang])
    out = await press_data(alex, "a2no:")
    assert out[0].text.startswith(Texts(lang).plain("anchor_more_not_now", anchor=FIRST[lang])[:12])
    assert any(b.get("callback_data") == "tz:Europe/Berlin" for b in out[-1].buttons), texts(out)
    assert await anchor_names(bot) == [FIRST[lang]]
    await press_data(alex, "tz:Europe/Berlin")
    done = await press_data(alex, "tm:19:00")
    scheduled = Texts(lang).plain("scheduled", when="", time="")
    assert done[0].text.startswith(scheduled[:8]), texts(done)


# ---------------------------------------------------------------- both anchors, from their side


async def mira_and_jo_joined(bot: BotHarness, lang: str) -> tuple[Chat, Chat, Chat]:
    """Alex (in `lang`) with Mira (Spanish, Mexico City) and Jo (Russian, Moscow), both in; Jo
    was added from /settings on day 1."""
    alex = bot.chat(101, lang, first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    jo = bot.chat(303, "ru", first_name="Jo")
    await set_up(alex, lang)
    await alex.send("/settings")
    await press_data(alex, "a2:")
    await name_and_why(alex, lang)
    await press_data(alex, "sp:.*:listen")
    await press_data(alex, "se:done")
    for chat, no, zone in ((mira, 1, "America/Mexico_City"), (jo, 2, "Europe/Moscow")):
        invited = await press_data(alex, f"inv:1:{no}")
        token = re.search(r"\?start=([A-Za-z0-9_-]+)", invited[0].text)
        assert token, invited[0].text
        await chat.send(f"/start {token.group(1)}")
        await press_data(chat, r"join:\d+:1")
        await chat.send(zone)
    return alex, mira, jo


@pytest.mark.parametrize("lang", LANGS)
async def test_both_anchors_write_while_alex_is_in_care_and_both_are_one_tap_away(
    bot: BotHarness, lang: str
) -> None:
    alex, mira, jo = await mira_and_jo_joined(bot, lang)
    await bot.pass_time(march(24, 16))  # 17:00 in Berlin, 10:00 in Mexico, 19:00 in Moscow
    await alex.send(CRISIS[lang])
    seen = len(alex.seen)
    for chat, words in ((mira, "Estoy aquí"), (jo, "Я рядом")):
        await chat.send(words)
        await press_data(chat, r"apo:\d+")
    got = texts(alex.seen[seen:])
    assert "Estoy aquí" in got and "Я рядом" in got
    assert CRISIS[lang] not in texts(mira.seen) + texts(jo.seen)  # his words stay his
    offer = await press_data(alex, "cr:unsafe")
    relays = [b["callback_data"] for b in offer[-1].buttons if "crl:" in b.get("callback_data", "")]
    assert len(relays) == 2
    before = len(jo.seen)
    await alex.press(relays[1])
    assert Texts(lang).plain("care_draft") in texts(jo.seen[before:])


@pytest.mark.parametrize("lang", LANGS)
async def test_jo_erasing_his_data_leaves_alex_with_mira_one_tap_away(
    bot: BotHarness, lang: str
) -> None:
    alex, _, jo = await mira_and_jo_joined(bot, lang)
    await jo.send("/delete")
    await press_data(jo, "ok:delete:yes")
    assert alex.seen[-1].text == t(lang, "anchor_unlinked", anchor=SECOND[lang])
    await alex.send(CRISIS[lang])
    offer = await press_data(alex, "cr:unsafe")
    relays = [b for b in offer[-1].buttons if "crl:" in b.get("callback_data", "")]
    assert len(relays) == 1 and FIRST[lang][:3] in relays[0]["text"]


async def test_jo_saying_yes_in_alexs_night_arrives_silently(bot: BotHarness) -> None:
    alex = bot.chat(101, "ru", first_name="Alex")
    jo = bot.chat(303, "ru", first_name="Jo")
    await set_up(alex, "ru")
    await alex.send("/settings")
    await press_data(alex, "a2:")
    await name_and_why(alex, "ru")
    await press_data(alex, "sp:.*:listen")
    invited = await press_data(alex, "inv:1:2")
    token = re.search(r"\?start=([A-Za-z0-9_-]+)", invited[0].text)
    assert token
    bot.clock.set(march(23, 23))  # midnight in Berlin
    await jo.send(f"/start {token.group(1)}")
    await press_data(jo, r"join:\d+:1")
    said = [c for c in bot.fake.calls if c.method == "sendMessage" and c.params["chat_id"] == 101]
    assert said and str(said[-1].params.get("disable_notification")).lower() in ("true", "1")


@pytest.mark.parametrize("lang", LANGS)
async def test_settings_counts_the_questions_left_about_a_half_added_jo(
    bot: BotHarness, lang: str
) -> None:
    """Jo was named, then the check-in came: /settings once said "one question is left" while
    two were (why Jo, and what to ask of him)."""
    alex = bot.chat(101, lang, first_name="Alex")
    await set_up(alex, lang)
    await alex.send("/settings")
    await press_data(alex, "a2:")
    await alex.send(SECOND[lang])
    await bot.pass_time(march(23, 18, 30))
    await press_data(alex, r"ck:\d+:1:4")
    shown = await alex.send("/settings")
    assert shown[0].text == t(lang, "settings_anchor_more_finish", anchor=SECOND[lang], count=2)
    assert shown[0].text != t(lang, "settings_anchor_more_finish", anchor=SECOND[lang], count=1)
    await press_data(alex, "a2:")
    await alex.send(WHY[lang])
    shown = await alex.send("/settings")
    assert shown[0].text == t(lang, "settings_anchor_more_finish", anchor=SECOND[lang], count=1)


@pytest.mark.parametrize("name", ["Иван", "Аня", "Оля", "Эмма", "Дима"])
async def test_the_russian_offer_to_finish_reads_right_for_a_name_on_a_vowel(
    bot: BotHarness, name: str
) -> None:
    """ "о Иване" is wrong Russian ("об Иване"); the offer says who is being added without it."""
    alex = bot.chat(101, "ru", first_name="Alex")
    await set_up(alex, "ru")
    await alex.send("/settings")
    await press_data(alex, "a2:")
    await alex.send(name)
    shown = await alex.send("/settings")  # opened again: the offer to finish comes first
    said = shown[0].text
    assert not re.search(r"\bо [АЕИОУЭЮЯ]", said), said
    accusative = {"Иван": "Ивана", "Аня": "Аню", "Оля": "Олю", "Эмма": "Эмму", "Дима": "Диму"}
    assert accusative[name] in said, said


@pytest.mark.parametrize("lang", LANGS)
async def test_two_invitation_links_for_mira_make_her_one_anchor_with_two_reminders(
    bot: BotHarness, lang: str
) -> None:
    """Alex taps "Invite Mira" twice (to copy, then to send) and Mira opens both links: she once
    said yes twice, got four reminders ("at most two"), Alex was told twice, and care offered
    "Send it to Mira here" twice."""
    alex = bot.chat(101, lang, first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await set_up(alex, lang)
    tokens = []
    for _ in range(2):
        invited = await press_data(alex, "inv:1:1")
        found = re.search(r"\?start=([A-Za-z0-9_-]+)", invited[0].text)
        assert found
        tokens.append(found.group(1))
    await mira.send(f"/start {tokens[0]}")
    await press_data(mira, r"join:\d+:1")
    await press_data(mira, "tz:Europe/(London|Madrid|Berlin)")
    told = len(alex.seen)
    second = await mira.send(f"/start {tokens[1]}")
    assert second[0].text == Texts("es")("invite_answered", person="Alex")
    assert not any("join:" in b.get("callback_data", "") for s in second for b in s.buttons)
    assert len(alex.seen) == told
    await bot.pass_time(march(29, 12))
    reminders = [s for s in mira.seen if s.text.startswith("💛 Alex")]
    assert len(reminders) == 2
    await alex.send(CRISIS[lang])
    offer = await press_data(alex, "cr:unsafe")
    assert len([b for b in offer[-1].buttons if "crl:" in b.get("callback_data", "")]) == 1


async def test_mira_tapping_im_in_on_two_cards_is_in_once(bot: BotHarness) -> None:
    """Both cards opened before either was answered: the second "I'm in" is thanked, not
    counted again."""
    alex = bot.chat(101, "ru", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await set_up(alex, "ru")
    cards = []
    for _ in range(2):
        invited = await press_data(alex, "inv:1:1")
        found = re.search(r"\?start=([A-Za-z0-9_-]+)", invited[0].text)
        assert found
        cards.append((await mira.send(f"/start {found.group(1)}"))[0])
    yes = [str(b["callback_data"]) for card in cards for b in card.buttons][::2]
    await mira.press(yes[0])
    await press_data(mira, "tz:Europe/(London|Madrid|Berlin)")
    told = len(alex.seen)
    again = await mira.press(yes[1])
    assert again[0].text == Texts("es")("invite_answered", person="Alex")
    assert len(alex.seen) == told
    await alex.send("/settings")
    settings = alex.seen[told:]
    linked = [s for s in settings if any("unl:" in b.get("callback_data", "") for b in s.buttons)]
    assert len(linked) == 1
    no = [str(b["callback_data"]) for card in cards for b in card.buttons][1::2]
    after = await mira.press(no[1])  # "not this time" on the second card: her yes stands
    assert after[0].text == Texts("es")("invite_answered", person="Alex")
    assert len(alex.seen) == told + len(settings)


@pytest.mark.parametrize("lang", LANGS)
async def test_after_the_seventh_day_no_one_is_added_to_the_week_that_is_over(
    bot: BotHarness, lang: str
) -> None:
    """On day 8, closing the week, Alex taps an old "Add a second person": it once asked for a
    name, promised "check-ins will ask about both" (none were left) and drafted a thank-you to
    Jo "for being there this week". Now it says the week's days are done and asks the thank-you
    question again; /settings offers no one more."""
    alex = bot.chat(101, lang, first_name="Alex")
    await set_up(alex, lang)
    await alex.send("/settings")
    await press_data(alex, "se:done")
    await bot.pass_time(march(31, 12), timedelta(hours=2))
    await press_data(alex, "th:")
    await press_data(alex, "fd:1:0")
    draft = alex.seen[-1]
    out = await press_data(alex, "a2:")
    assert not asked(out, lang, "anchor_more_name_q")
    assert out[0].text.startswith(t(lang, "anchor_more_week_over")), texts(out)
    assert out[-1].text.endswith(draft.text) and out[-1].buttons == draft.buttons
    await press_data(alex, "dr:.*:take")
    assert await anchor_names(bot) == [FIRST[lang]]


async def test_on_day_8_settings_offers_no_second_person(bot: BotHarness) -> None:
    alex = bot.chat(101, "ru", first_name="Alex")
    await set_up(alex, "ru")
    bot.clock.set(march(30, 9))  # day 8 in Berlin, the close not yet come
    shown = await alex.send("/settings")
    assert not any(b.get("callback_data", "").startswith("a2:") for s in shown for b in s.buttons)
