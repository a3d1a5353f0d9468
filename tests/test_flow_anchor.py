"""The anchor in the chat, both sides through the real PTB Application and the fake Bot API.

Alex (English, Berlin) invites Mira (Spanish, Mexico City). Everything Mira sees is checked for
what Alex wrote privately; every refused link is checked for anything about Alex.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, or_, select

from bot.timing.schedule import local_now
from content import Texts
from storage.models import AnchorLink, Nudge, User
from storage.repositories import ANCHOR_NUDGE
from tests.anchor_rows import rows
from tests.harness import BotHarness, Chat, Seen

MEXICO = "America/Mexico_City"
NOTE = "Asked my boss for a raise"
REFLECTION = "My sister, mostly"
REFUSED_ES = "Este enlace de invitación ya no se puede abrir."
REFUSED_EN = "This invitation link can't be opened any more."


async def set_up(chat: Chat, anchor: str = "Mira") -> None:
    await chat.send("/start")
    await chat.tap("Let's begin")
    await chat.send(anchor)
    await chat.send("She always picks up, even at midnight.")
    await chat.tap("ordinary week")
    await chat.tap("A comforting text")
    await chat.tap("Use this")
    await chat.tap("Berlin")
    await chat.tap("19:00")


async def invite(chat: Chat, anchor: str = "Mira") -> str:
    """Tap the invite button; the token from the link in the message to send."""
    out = await chat.tap(f"Invite {anchor} to join me here")
    assert out, "no answer to the invite button"
    found = re.search(r"https://t\.me/secure_base_test_bot\?start=([A-Za-z0-9_-]+)", out[0].text)
    assert found, out[0].text
    return found.group(1)


def db_bytes(directory: Path) -> bytes:
    """The SQLite file and its write-ahead log, raw."""
    return b"".join(f.read_bytes() for f in directory.glob("secure_base.db*"))


def text_es(key: str) -> str:
    return Texts("es")(key)


def march(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


async def pass_time(
    bot: BotHarness, until: datetime, step: timedelta = timedelta(minutes=30)
) -> None:
    await bot.pass_time(until, step)


def everything(chat: Chat) -> str:
    return "\n".join(s.text + " " + " ".join(s.labels()) for s in chat.seen)


def reminders(chat: Chat) -> list[Seen]:
    return [s for s in chat.seen if s.text.startswith("💛 ") and "Hoy podría" in s.text]


async def count(bot: BotHarness, stmt: object) -> int:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        return int(await repos.session.scalar(stmt) or 0)  # type: ignore[call-overload]


async def link_rows(bot: BotHarness) -> int:
    return await count(bot, select(func.count()).select_from(AnchorLink))


async def anchor_nudge_rows(bot: BotHarness) -> int:
    return await count(
        bot, select(func.count()).select_from(Nudge).where(Nudge.kind == ANCHOR_NUDGE)
    )


async def joined(bot: BotHarness, alex: Chat, mira: Chat) -> str:
    await set_up(alex)
    token = await invite(alex)
    await mira.send(f"/start {token}")
    await mira.tap("Me apunto")
    await mira.send(MEXICO)
    return token


async def test_a_two_sided_week(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await set_up(alex)
    token = await invite(alex)
    ready = alex.seen[-2].text  # then the invitation alone, to forward (too long to copy)
    assert alex.last_text().startswith("Hi Mira!") and token in alex.last_text()
    assert "Mira" in ready and "at most two short reminders" in ready
    assert "never see your moods, notes or reflections" in ready
    assert token not in ready.split("<blockquote>")[0]  # the link is only in the message to send

    card = (await mira.send(f"/start {token}"))[0]
    assert card.text.startswith("¡Hola! 👋 Soy Secure Base")  # in Mira's own language
    assert "Alex te eligió" in card.text
    assert "short encouraging text" in card.text  # what Alex asked for, in his own words
    assert "como mucho dos recordatorios cortos" in card.text
    assert card.labels() == ["💛 Me apunto", "Esta vez no"]

    before = len(alex.seen)
    out = await mira.tap("Me apunto")
    said_yes = alex.seen[before:]
    assert [s.text.split(" 💛")[0] for s in said_yes] == ["Mira said yes"]
    assert said_yes[0].labels() == ["🔕 No reminders for Mira", "Unlink Mira"]
    assert "Se lo diré a Alex" in out[0].text
    assert "¿En qué zona horaria estás?" in out[-1].text
    planned = await mira.send(MEXICO)
    assert "Te llegarán 2 recordatorios cortos" in planned[-1].text

    # Alex's week: a check-in with a private note and a reflection.
    await pass_time(bot, march(23, 18, 5))
    await alex.tap("4")
    await alex.tap("Yes")
    await alex.send(NOTE)
    await alex.tap("Braver")
    await alex.send(REFLECTION)

    await pass_time(bot, march(25, 0, 0))
    first = reminders(mira)
    assert len(first) == 1
    assert first[0].text == (
        "💛 Alex te pidió esto para esta semana: unas palabras de ánimo. "
        "Hoy podría ser un buen día."
    )
    assert first[0].labels() == ["💬 Escribir a Alex", "Parar estos recordatorios"]

    await mira.tap("Escribir a Alex")
    assert "Escribe unas palabras para Alex" in mira.last_text()
    before = len(alex.seen)
    sent = await mira.send("¡Tú puedes con todo! Estoy contigo.")
    assert sent[0].text == "Enviado a Alex 💛"
    assert [s.text for s in alex.seen[before:]] == [
        "💬 A message from Mira:\n\n<blockquote>¡Tú puedes con todo! Estoy contigo.</blockquote>"
    ]

    await pass_time(bot, march(31, 12, 0))
    all_reminders = reminders(mira)
    assert len(all_reminders) == 2  # at most two in the week
    for seen in all_reminders:
        local = local_now(seen.at, MEXICO)
        assert 8 <= local.hour < 22, local  # Mira's daytime, never her quiet hours

    seen_by_mira = everything(mira)
    for private in (NOTE, REFLECTION, "She always picks up", "Braver", "How are you feeling"):
        assert private not in seen_by_mira

    # The week closes: the thank-you goes to Mira through the bot, she answers once, and she is
    # offered a week of her own.
    await alex.tap("Close the week")
    if "no answers yet" in alex.last_text():
        await alex.tap("Close the week")
    final = await alex.tap("Use this")
    thank = next(s for s in final if s.text.startswith("Here it is, ready to send"))
    assert thank.labels()[-1] == "💌 Send it to Mira here"
    before = len(mira.seen)
    out = await alex.tap("Send it to Mira here")
    assert out[0].text.startswith("Sent to Mira 💌")
    thanks = mira.seen[before:]
    assert len(thanks) == 1 and thanks[0].text.startswith("💌 Alex quiere darte las gracias")
    assert thanks[0].labels() == ["✉️ Responder a Alex", "🌱 Una semana para mí"]
    again = await alex.tap("Send it to Mira here")
    assert again[0].text == "Your thank-you already reached Mira 💛"
    assert len(mira.seen) == before + 1  # once only

    await mira.tap("Responder a Alex")
    before = len(alex.seen)
    await mira.send("Gracias a ti. Aquí estoy.")
    assert [s.text for s in alex.seen[before:]] == [
        "💌 Mira answered your thank-you:\n\n<blockquote>Gracias a ti. Aquí estoy.</blockquote>"
    ]
    twice = await mira.press(mira.button("Responder a Alex")["callback_data"])
    assert twice[0].text.startswith("Ya respondiste")
    own = await mira.tap("Una semana para mí")
    assert own[0].text == text_es("anchor_name_q")  # her own week begins, in Spanish
    await mira.send("Leo")
    assert mira.last_text().startswith("¿Qué hace que Leo sea un lugar seguro")

    # The used link, forwarded on: a kind refusal that says nothing about Alex.
    stranger = bot.chat(303, "en", first_name="Sam")
    refused = (await stranger.send(f"/start {token}"))[0].text
    assert refused.startswith(REFUSED_EN)
    assert "Alex" not in refused and "Mira" not in refused and "ánimo" not in refused


async def test_refusals_reveal_nothing(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    sam = bot.chat(303, "en", first_name="Sam")
    await set_up(alex)
    token = await invite(alex)

    own = (await alex.send(f"/start {token}"))[0].text
    assert own.startswith("That's your own invitation link")

    forged = (await sam.send("/start " + "A" * 22))[0].text
    garbage = (await sam.send("/start ../../etc"))[0].text
    assert forged == garbage
    assert forged.startswith(REFUSED_EN)

    await mira.send(f"/start {token}")  # opened: the link is Mira's now
    used = (await sam.send(f"/start {token}"))[0].text
    assert used == forged

    later = await invite(alex)  # a second link, opened only after the week is over
    await pass_time(bot, march(31, 12, 0), timedelta(hours=6))
    expired = (await sam.send(f"/start {later}"))[0].text
    assert expired == forged
    for text in (forged, used, expired):
        assert "Alex" not in text and "Mira" not in text
    assert await anchor_nudge_rows(bot) == 0  # nobody said yes


async def test_decline_is_answered_warmly_on_both_sides(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await set_up(alex)
    token = await invite(alex)
    await mira.send(f"/start {token}")
    before = len(alex.seen)
    out = await mira.tap("Esta vez no")
    assert out[0].text.startswith("Gracias por responder.")
    told = alex.seen[before:]
    assert len(told) == 1 and told[0].text.startswith("Mira can't this time.")
    assert "Would you like to keep going on your own?" in told[0].text
    again = (await mira.send(f"/start {token}"))[0].text
    assert again == "Ya respondiste a la invitación de Alex. Gracias por hacérselo saber."
    assert await anchor_nudge_rows(bot) == 0


async def test_the_anchor_leaves_with_stop(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    before = len(alex.seen)
    out = await mira.send("/stop")
    assert out[0].text.startswith("Hecho: no volveré a recordarte lo que te pidió Alex.")
    assert [s.text for s in alex.seen[before:]] == ["Mira is no longer linked."]
    await pass_time(bot, march(31, 12, 0), timedelta(hours=2))
    assert reminders(mira) == []


async def test_the_person_turns_reminders_off_and_unlinks(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    shown = await alex.send("/settings")
    assert shown[0].text.startswith("You can add a second person")
    assert shown[1].text.startswith("🤝 Mira is linked to your week and gets at most two")
    assert shown[-1].text.startswith("<b>Your settings</b>")
    out = await alex.tap("No reminders for Mira")
    assert out[0].text.startswith("Okay, Mira gets no more reminders from me.")
    await alex.send("/cancel")
    await pass_time(bot, march(26, 12, 0), timedelta(hours=2))
    assert reminders(mira) == []
    await alex.tap("Reminders for Mira back on")
    await pass_time(bot, march(31, 12, 0), timedelta(hours=2))
    assert len(reminders(mira)) == 1  # the first one's day had passed; the second still came

    before = len(mira.seen)
    out = await alex.tap("Unlink Mira")
    assert out[0].text.startswith("Mira is no longer linked to your week.")
    assert mira.seen[before:][0].text.startswith("Alex cerró el vínculo de esta semana.")
    ended = await mira.press(mira.button("Escribir a Alex")["callback_data"])
    assert ended[0].text.startswith("Este vínculo ya terminó")


@pytest.mark.parametrize("who", ["person", "anchor"])
async def test_delete_on_either_side_leaves_no_link(bot: BotHarness, who: str) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    assert await link_rows(bot) == 1 and await anchor_nudge_rows(bot) == 2
    leaving, staying = (alex, mira) if who == "person" else (mira, alex)
    await leaving.send("/delete")
    before = len(staying.seen)
    await leaving.tap("Yes" if who == "person" else "Sí")
    assert await link_rows(bot) == 0 and await anchor_nudge_rows(bot) == 0
    told = [s.text for s in staying.seen[before:]]
    if who == "anchor":
        assert told == ["Mira is no longer linked."]
    else:
        assert told == [
            "Alex cerró el vínculo de esta semana. No llegarán más recordatorios. "
            "Gracias por estar ahí 💛"
        ]
    gone = leaving.chat_id
    users = await count(bot, select(func.count()).select_from(User).where(User.chat_id == gone))
    assert users == 0
    linking = await count(
        bot,
        select(func.count())
        .select_from(AnchorLink)
        .where(or_(AnchorLink.person_id.is_not(None), AnchorLink.anchor_id.is_not(None))),
    )
    assert linking == 0


async def test_an_anchor_with_a_week_of_their_own_and_two_people(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    bo = bot.chat(102, "en", first_name="Bo")
    mira = bot.chat(202, "en", first_name="Mira")
    await set_up(mira, anchor="Dad")  # Mira's own week, check-ins at 19:00 Berlin
    await set_up(alex)
    await set_up(bo)
    first, second = await invite(alex), await invite(bo)
    await mira.send(f"/start {first}")
    await mira.tap("I'm in")
    assert "You'll get 2 short reminders" in mira.last_text()  # her zone is known: not asked again
    await mira.send(f"/start {second}")
    assert "Bo picked you" in mira.last_text()
    await mira.tap("I'm in")
    status = await mira.send("/status")
    assert "Dad" in status[0].text  # her own week is untouched
    await pass_time(bot, march(31, 12, 0))
    asked = [s.text for s in mira.seen if "asked you for this" in s.text]
    assert sum(t.startswith("💛 Alex") for t in asked) == 2
    assert sum(t.startswith("💛 Bo") for t in asked) == 2
    assert sum("How are you feeling today?" in s.text for s in mira.seen) == 7


async def test_the_token_is_stored_hashed_and_never_logged(
    bot: BotHarness, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    # Our own code at every level (the libraries' payload logs are floored by bot.logs).
    for ours in ("bot", "storage", "content"):
        caplog.set_level(logging.DEBUG, logger=ours)
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    token = await joined(bot, alex, mira)
    assert token not in caplog.text
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        link = (await repos.session.scalars(select(AnchorLink))).one()
    assert link.token_hash != token and len(token) >= 22
    assert token not in (link.token_hash + link.person_name + link.status)
    stored = db_bytes(tmp_path)
    assert stored and token.encode() not in stored  # nor in the SQLite file or its log


async def test_an_anchor_who_blocks_the_bot_is_unreachable_and_the_person_is_not_told(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    bot.fake.block_chat(202)
    before = len(alex.seen)
    await pass_time(bot, march(25, 0), timedelta(hours=1))
    assert reminders(mira) == []
    active = await count(bot, select(User.active).where(User.chat_id == 202))
    assert active == 0  # marked unreachable
    assert not any("Mira" in s.text for s in alex.seen[before:])


async def test_export_on_both_sides_shows_the_link_and_nothing_of_the_other(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    documents = []
    for chat, label in ((alex, "Send my data"), (mira, "Enviar mis datos")):
        await chat.send("/export")
        await chat.tap(label)
        json_doc = bot.fake.calls_to("sendDocument")[-2]
        documents.append(json.loads(json_doc.files["document"][1]))
    mine, theirs = documents
    assert [(x["role"], x["week"], x["status"]) for x in mine["anchor_links"]] == [
        ("person", 1, "joined")
    ]
    assert [(x["role"], x["week"], x["person_name"]) for x in theirs["anchor_links"]] == [
        ("anchor", None, "Alex")
    ]
    assert theirs["weeks"] == []  # Alex's week is not Mira's data
    assert "She always picks up" not in json.dumps(theirs)


async def test_a_second_anchor_is_asked_about_and_can_be_invited_when_the_first_declines(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    dima = bot.chat(303, "ru", first_name="Dima")
    await set_up(alex)
    first = await invite(alex)  # the invitation for Mira, made during setup
    scheduled = next(s for s in alex.seen if s.text.startswith("All set."))
    assert scheduled.labels() == []  # setup offered a second person under the request
    await alex.tap("Add a second person")  # that offer still works once the week runs
    assert alex.last_text().startswith("Who else makes you feel safe?")
    await alex.send("Jo")
    await alex.send("Jo makes me laugh when it's hard.")
    await alex.tap("A comforting text")
    ready = alex.seen[-1]
    assert ready.text.startswith("Good: this week it's Mira and Jo.")
    assert "Hi Jo!" in ready.text
    assert ready.labels()[0] == "🤝 Invite Jo to join me here"

    await pass_time(bot, march(23, 18, 5))
    await alex.tap("4")
    await alex.tap("Not today")
    assert alex.last_text() == (
        "Did knowing Mira and Jo have your back make you feel calmer or braver today?"
    )

    await mira.send(f"/start {first}")
    before = len(alex.seen)
    await mira.tap("Esta vez no")
    told = alex.seen[before:]
    assert told[0].text.startswith("Mira can't this time.")
    assert "Would you like to ask Jo, or keep going on your own?" in told[0].text
    assert told[0].labels() == ["🤝 Invite Jo to join me here"]
    second = await invite(alex, "Jo")
    card = (await dima.send(f"/start {second}"))[0].text
    assert card.startswith("Привет! 👋 Я Secure Base")
    assert "Hi Jo!" in card and "Hi Mira!" not in card  # the request addressed to Jo
    before = len(alex.seen)
    await dima.tap("Я с тобой")
    assert alex.seen[before].text.startswith("Jo said yes 💛")


def test_two_anchors_read_right_in_every_language() -> None:
    from bot.journey.anchor_steps import both
    from storage.models import Week

    cases = {
        "en": ("Mira", "Jo", "Did knowing Mira and Jo have your back"),
        "es": ("Mira", "Inés", "Saber que Mira e Inés te respaldan,"),
        "ru": ("Мира", "Дима", "Мира и Дима на твоей стороне."),
    }
    for locale, (one, two, expected) in cases.items():
        t = Texts(locale)
        names, count = both(t, Week(anchors=rows(one, two)))
        assert count == 2
        assert t("checkin_effect_q", anchor=names, count=count).startswith(expected)
        single, n = both(t, Week(anchors=rows(one)))
        assert n == 1 and single == one
    assert Texts("en")("checkin_effect_q", anchor="Mira", count=1).startswith(
        "Did knowing Mira has your back"
    )
    assert "te respalda," in Texts("es")("checkin_effect_q", anchor="Mira", count=1)


async def test_with_two_anchors_each_gets_a_thank_you_that_greets_them(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    dima = bot.chat(303, "ru", first_name="Dima")
    await set_up(alex)
    first = await invite(alex)
    await alex.tap("Add a second person")
    await alex.send("Jo")
    await alex.send("Jo makes me laugh when it's hard.")
    await alex.tap("A comforting text")
    second = await invite(alex, "Jo")
    for chat, token, yes in ((mira, first, "Me apunto"), (dima, second, "Я с тобой")):
        await chat.send(f"/start {token}")
        await chat.tap(yes)
    await mira.send(MEXICO)
    await dima.send("Europe/Moscow")
    await pass_time(bot, march(31, 12), timedelta(hours=2))
    await alex.tap("Close the week")
    if "no answers yet" in alex.last_text():
        await alex.tap("Close the week")
    final = await alex.tap("Use this")
    thank = next(s for s in final if s.text.startswith("Here it is, ready to send"))
    assert thank.labels()[-1] == "💌 Send it to Mira here"
    for_jo = next(s for s in final if s.text.startswith("And the one for Jo"))
    assert for_jo.labels() == ["📋 Copy", "↗️ Send to Jo", "💌 Send it to Jo here"]
    photo = bot.fake.calls_to("sendPhoto")[-1]
    assert photo.params["caption"] == "Your week with Mira and Jo."
    await alex.tap("Send it to Mira here")
    await alex.tap("Send it to Jo here")
    to_mira = next(s.text for s in mira.seen if s.text.startswith("💌"))
    to_jo = next(s.text for s in dima.seen if s.text.startswith("💌"))
    assert "<blockquote>Mira, thank you" in to_mira
    assert "<blockquote>Jo, thank you" in to_jo and "Mira" not in to_jo
    assert to_jo.startswith("💌 Alex благодарит тебя за эту неделю")


async def test_the_persons_schedule_never_moves_or_names_the_anchors_reminders(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    assert bot.core is not None

    async def reminder_times() -> list[datetime]:
        assert bot.core is not None
        async with bot.core.store.unit() as repos:
            rows = await repos.session.scalars(
                select(Nudge.due_at).where(Nudge.kind == ANCHOR_NUDGE).order_by(Nudge.due_at)
            )
            return list(rows)

    before = await reminder_times()
    await pass_time(bot, march(23, 21))  # day 1 has come; Mira's first reminder is tomorrow 19:00
    await alex.send("/settings")
    await alex.tap("Check-in time")
    moved = await alex.tap("21:00")
    assert "Next one: tomorrow at 21:00." in moved[0].text  # not Mira's reminder
    await alex.tap("Time zone")
    await alex.tap("New York")
    assert await reminder_times() == before
    status = await alex.send("/status")
    assert "tomorrow at 21:00" in status[-1].text


def test_an_anchor_reminder_never_goes_in_quiet_hours_even_with_night_check_ins() -> None:
    from bot.delivery.outcomes import verdict
    from storage.repositories import AnchorNudgeInfo, DueNudge

    night = datetime(2026, 3, 24, 5, 0, tzinfo=UTC)  # 23:00 in Mexico City
    due = DueNudge(
        id=1, kind=ANCHOR_NUDGE, day=1002, due_at=night, attempts=1, user_id=2, chat_id=202,
        language="es", timezone=MEXICO, night_ok=True, user_active=True, paused=False,
        week_id=1, week_status="active", anchor_names=("Mira",),
        about=AnchorNudgeInfo(1, "Alex", "comfort", ""),
    )  # fmt: skip
    assert verdict(due, night, timedelta(hours=3)) == "missed"
    day = datetime(2026, 3, 24, 18, 0, tzinfo=UTC)  # 12:00 in Mexico City
    assert verdict(replace(due, due_at=day), day, timedelta(hours=3)) is None
    assert verdict(replace(due, due_at=day, about=None), day, timedelta(hours=3)) == "cancelled"


async def test_stop_with_both_roles_says_which_and_leaves_each_in_one_tap(bot: BotHarness) -> None:
    """Someone with a week of their own who is also Alex's anchor: /stop asks about their own
    week as always, and offers stepping back from Alex in one tap; either leaves the other."""
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "en", first_name="Mira")
    await set_up(mira, anchor="Dad")
    await set_up(alex)
    await mira.send(f"/start {await invite(alex)}")
    await mira.tap("I'm in")
    out = await mira.send("/stop")
    assert "also there for Alex" in out[0].text
    assert out[0].labels() == ["Stop supporting Alex"]
    assert "End this week?" in out[-1].text
    before = len(alex.seen)
    await mira.tap("Stop supporting Alex")
    assert [s.text for s in alex.seen[before:]] == ["Mira is no longer linked."]
    status = await mira.send("/status")
    assert "Dad" in status[0].text  # her own week goes on
    out = await mira.send("/stop")
    assert "also there for" not in "\n".join(s.text for s in out)


async def test_what_an_anchor_types_is_offered_on_not_dropped(bot: BotHarness) -> None:
    """An anchor with no week of their own types to the bot: their words are not lost behind a
    welcome; they are offered to Alex in one tap, and /status tells them where they stand."""
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "en", first_name="Mira")
    await set_up(alex)
    await mira.send(f"/start {await invite(alex)}")
    await mira.tap("I'm in")
    await mira.send(MEXICO)
    words = "Hey Alex, I'm here for you. <b>Always</b>."
    out = await mira.send(words)
    assert "Let's begin" not in "\n".join(s.text for s in out)
    assert out[-1].text.startswith("Shall I pass this on to Alex?")
    assert out[-1].labels() == ["💬 Send it to Alex", "Not now"]
    before = len(alex.seen)
    sent = await mira.tap("Send it to Alex")
    assert sent[0].text == "Sent to Alex 💛"
    assert [s.text for s in alex.seen[before:]] == [
        "💬 A message from Mira:\n\n<blockquote>Hey Alex, I'm here for you. "
        "&lt;b&gt;Always&lt;/b&gt;.</blockquote>"
    ]
    again = await mira.press(sent[0].buttons[0]["callback_data"]) if sent[0].buttons else []
    assert len(alex.seen) == before + 1 and not again  # nothing to tap twice
    status = await mira.send("/status")
    assert status[0].text.startswith("You're there for Alex this week")
    assert status[0].labels() == ["💬 Write to Alex", "Stop these reminders"]
    kept = await mira.send("Never mind")
    await mira.tap("Not now")
    assert kept[-1].text.startswith("Shall I pass this on to Alex?")
    assert len(alex.seen) == before + 1


async def test_stop_as_an_anchor_two_weeks_running_ends_this_weeks_link(bot: BotHarness) -> None:
    """Mira was Alex's anchor last week too: /stop offers one button, for this week's link."""
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "en", first_name="Mira")
    await set_up(mira, anchor="Dad")
    await set_up(alex)
    await mira.send(f"/start {await invite(alex)}")
    await mira.tap("I'm in")
    await pass_time(bot, march(31, 12, 0), timedelta(hours=2))
    await alex.tap("Close the week")
    if "no answers yet" in alex.last_text():
        await alex.tap("Close the week")
    await alex.tap("Use this")
    before = len(mira.seen)
    await alex.tap("Send it to Mira here")
    (thanks,) = mira.seen[before:]
    assert "one tap away" not in thanks.text  # her own week is running: no week offered
    assert thanks.labels() == ["✉️ Answer Alex"]
    await alex.tap("Same anchor")
    await alex.tap("ordinary week")
    await alex.tap("A comforting text")
    await alex.tap("Use this")
    await alex.tap("Yes, same time")
    await mira.send(f"/start {await invite(alex)}")
    await mira.tap("I'm in")
    await mira.send("/stop")
    offer = next(s for s in reversed(mira.seen) if "also there for Alex" in s.text)
    assert offer.labels() == ["Stop supporting Alex"]
    await mira.tap("Stop supporting Alex")
    settings = await alex.send("/settings")
    assert not any("Mira is linked" in s.text for s in settings)


async def test_a_long_message_from_the_anchor_arrives_whole(bot: BotHarness) -> None:
    """A letter-length message goes through in one piece; a full 4,096-character paste is
    answered kindly with the limit, and nothing half-sent."""
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    await pass_time(bot, march(25, 0, 0))
    letter = ("Querido Alex, " + "estoy aquí para ti. " * 200)[:3400]
    await mira.tap("Escribir a Alex")
    before = len(alex.seen)
    too_long = await mira.send("y" * 4096)
    assert "3500" in too_long[0].text and len(alex.seen) == before
    await mira.send(letter)
    (got,) = alex.seen[before:]
    assert letter.strip() in got.text


async def test_not_safe_offers_to_reach_a_linked_anchor_through_the_bot(bot: BotHarness) -> None:
    """In crisis, the anchor who joined can be reached in one tap with the drafted words; the
    anchor reads only those words, nothing of what Alex wrote."""
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    await joined(bot, alex, mira)
    await alex.send("I want to die")
    offer = (await alex.tap("I'm not safe"))[-1]
    assert "write to Mira too" in offer.text
    assert "💌 Send it to Mira here" in offer.labels()
    before = len(mira.seen)
    sent = await alex.tap("Send it to Mira here")
    assert sent[0].text.startswith("Sending it to Mira now.")
    assert sent[-1].text == "Mira has your message now. 💛"  # told when it arrived
    (got,) = mira.seen[before:]
    assert got.text == (
        "💬 Alex te escribe a través de Secure Base:\n\n"
        "<blockquote>Can you call me? I'm having a really hard time.</blockquote>"
    )
    assert "die" not in got.text
    again = await alex.press(alex.button("Send it to Mira here")["callback_data"])
    assert len(mira.seen) == before + 1 and again[0].text.startswith("Already sent to Mira")
