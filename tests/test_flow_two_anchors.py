"""One or two anchors, through the real PTB Application and the fake Bot API.

Alex (English, Berlin) leans on Mira and, if he wants, on Jo too. Setup offers Jo in one tap that
costs nothing to pass by; Jo gets their own ask and their own request; the week's end, the
follow-up, the summary, the thank-you and the export name both.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.text import week_view
from content import Texts
from storage.models import User, Week
from tests.anchor_rows import of, rows
from tests.harness import BotHarness, Chat, Seen
from tests.test_flow_anchor import invite

MEXICO = "America/Mexico_City"
SEA = "send me a photo of the sea"


def march(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


async def pass_time(bot: BotHarness, until: datetime, step: timedelta) -> None:
    await bot.pass_time(until, step)


async def to_the_draft(chat: Chat) -> list[Seen]:
    """Setup up to the first request, taken as drafted: what "Use this" brings."""
    await chat.send("/start")
    await chat.tap("Let's begin")
    await chat.send("Mira")
    await chat.send("She always picks up, even at midnight.")
    await chat.tap("ordinary week")
    await chat.tap("A comforting text")
    return await chat.tap("Use this")


def is_zone_question(seen: Seen) -> bool:
    return any("Berlin" in label for label in seen.labels())


async def weeks(bot: BotHarness) -> list[Week]:
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        return list((await repos.session.scalars(select(Week))).all())


async def with_jo(chat: Chat, support: str, own: str | None = None) -> list[Seen]:
    """Add Jo from setup's offer and pick Jo's own support; what the last answer brings."""
    asked = await chat.tap("Add a second person")
    assert asked[0].text.startswith("Who else makes you feel safe?")
    await chat.send("Jo")
    question = (await chat.send("Jo makes me laugh when it's hard."))[0]
    assert question.text.startswith("What small thing could Jo do for you this week?")
    first = next(s for s in chat.seen if s.text.startswith("Now let's choose"))
    assert question.labels() == first.labels()  # the same choices as for Mira
    out = await chat.tap(support)
    if own is not None:
        assert out[0].text.startswith("What would help?")
        out = await chat.send(own)
    return out


async def test_setup_offers_a_second_person_and_passing_it_by_costs_no_step(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    out = await to_the_draft(alex)
    assert out[0].text.startswith("Here it is, ready to copy or forward to Mira")
    assert out[0].labels()[-2:] == ["➕ Add a second person (optional)", "Just Mira is fine"]
    assert is_zone_question(out[-1])  # the next question is already there
    await alex.tap("Berlin")
    done = await alex.tap("19:00")
    assert done[0].text.startswith("All set.") and done[0].labels() == []
    assert [of(w, 2).name for w in await weeks(bot)] == [None]


async def test_just_mira_is_a_kind_word_and_the_same_question_again(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    await to_the_draft(alex)
    out = await alex.tap("Just Mira is fine")
    assert out[0].text.startswith("Just Mira, then.") and "/settings" in out[0].text
    assert is_zone_question(out[-1]) and len(out) == 1  # the kind word and the question, together
    await alex.tap("Berlin")
    assert (await alex.tap("19:00"))[0].text.startswith("All set.")
    assert [of(w, 2).name for w in await weeks(bot)] == [None]


async def test_cancel_while_adding_jo_keeps_one_anchor_and_the_setup_question(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    await to_the_draft(alex)
    await alex.tap("Add a second person")
    await alex.send("Jo")
    out = await alex.send("/cancel")
    assert out[0].text.startswith("Okay, one anchor it is.")
    assert is_zone_question(out[-1])
    assert [(of(w, 2).name, of(w, 2).why) for w in await weeks(bot)] == [(None, None)]


async def test_jo_gets_their_own_ask_and_each_anchor_is_reminded_of_theirs(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "es", first_name="Mira")
    dima = bot.chat(303, "ru", first_name="Dima")
    await to_the_draft(alex)
    out = await with_jo(alex, "Five minutes of listening")
    ready = out[0]
    assert ready.text.startswith("Good: this week it's Mira and Jo.")
    to_jo = Texts("en").variant("request_listen", 0, anchor="Jo", support="")
    assert f"<blockquote>{to_jo}</blockquote>" in ready.text
    assert ready.labels() == ["🤝 Invite Jo to join me here", "📋 Copy", "↗️ Send to Jo"]
    assert is_zone_question(out[-1])  # setup goes on where it was
    await alex.tap("Berlin")
    assert (await alex.tap("19:00"))[0].text.startswith("All set.")
    (week,) = await weeks(bot)
    assert (of(week).support_kind, of(week, 2).support_kind, of(week, 2).request_text) == (
        "comfort",
        "listen",
        to_jo,
    )

    for chat, anchor, yes, zone in (
        (mira, "Mira", "Me apunto", MEXICO),
        (dima, "Jo", "Я с тобой", "Europe/Moscow"),
    ):
        found = await alex.tap(f"Invite {anchor} to join me here")
        token = found[0].text.split("?start=")[1].split()[0].split("<")[0]
        await chat.send(f"/start {token}")
        await chat.tap(yes)
        await chat.send(zone)
    await pass_time(bot, march(31, 12), timedelta(hours=1))

    mira_asked = [s.text for s in mira.seen if s.text.startswith("💛 Alex")]
    jo_asked = [s.text for s in dima.seen if s.text.startswith("💛 Alex")]
    assert len(mira_asked) == 2 and len(jo_asked) == 2
    assert all(Texts("es").plain("anchor_ask_comfort") in text for text in mira_asked)
    assert all(Texts("ru").plain("anchor_ask_listen") in text for text in jo_asked)

    await alex.send("/export")
    await alex.tap("Send my data")
    document = json.loads(bot.fake.calls_to("sendDocument")[-2].files["document"][1])
    links = [(x["anchor"], x["status"]) for x in document["anchor_links"]]
    assert sorted(links) == [(1, "joined"), (2, "joined")]


async def test_a_week_with_two_anchors_names_both_to_the_end_and_in_the_export(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    await to_the_draft(alex)
    ready = (await with_jo(alex, "Something else", own=SEA))[0]
    assert SEA in ready.text and "Jo" in ready.text
    await alex.tap("Berlin")
    await alex.tap("19:00")

    await pass_time(bot, march(23, 18, 5), timedelta(minutes=30))
    await alex.tap("4 ")
    await alex.tap("Not today")
    await alex.tap("Calmer")
    await alex.send("Mira and Jo, really.")
    await pass_time(bot, march(24, 18, 5), timedelta(minutes=30))
    await alex.tap("3 ")
    await alex.tap("Not today")
    asked = (await alex.tap("Calmer"))[-1]
    assert asked.text == (
        "Saved for day 2. Thank you for checking in.\n\nDid you send your requests to Mira and Jo?"
    )
    assert asked.labels() == ["Yes, I sent them", "Not yet", "I decided not to"]
    still = await alex.tap("Not yet")
    assert still[0].text.startswith("That's okay. Your message is still here")
    assert still[0].labels()[-1] == "↗️ Send to Mira"
    assert still[1].text.startswith("And the one for Jo:") and SEA in still[1].text
    assert still[1].labels() == ["📋 Copy", "↗️ Send to Jo"]
    status = await alex.send("/status")
    assert status[0].text.startswith("Day 2 of 7 with Mira and Jo as your anchors.")

    await pass_time(bot, march(31, 12), timedelta(hours=1))
    close = next(s for s in alex.seen if "seven days are done" in s.text)
    assert "a thank-you for Mira and Jo" in close.text
    await alex.tap("Close the week")
    if "no answers yet" in alex.last_text():
        await alex.tap("Close the week")
    picker = alex.seen[-1]
    assert "close the circle with Mira" in picker.text
    assert "And one for Jo:\n\n<blockquote>Jo, thank you" in picker.text
    final = await alex.tap("Use this")
    assert final[0].text.startswith("Here it is, ready to send")
    assert "<blockquote>Mira, thank you" in final[0].text
    assert final[1].text.startswith("And the one for Jo:\n\n<blockquote>Jo, thank you")
    assert final[1].labels() == ["📋 Copy", "↗️ Send to Jo"]
    summary = next(s.text for s in alex.seen if s.text.startswith("<b>Your week</b>"))
    assert "Your requests to Mira and Jo: not sent yet" in summary

    await alex.send("/export")
    await alex.tap("Send my data")
    document = json.loads(bot.fake.calls_to("sendDocument")[-2].files["document"][1])
    (exported,) = document["weeks"]
    mira, jo = exported["anchors"]
    assert (mira["name"], jo["name"]) == ("Mira", "Jo")
    assert (mira["support_kind"], jo["support_kind"]) == ("comfort", "own")
    assert jo["support_text"] == SEA
    assert "Mira" in mira["request_text"] and SEA in jo["request_text"]

    await alex.send("/delete")
    await alex.tap("Yes")
    assert bot.core is not None
    async with bot.core.store.unit() as repos:
        left = await repos.session.scalar(select(func.count()).select_from(Week))
        users = await repos.session.scalar(select(func.count()).select_from(User))
    assert (left, users) == (0, 0)


def test_two_anchors_read_right_in_russian_and_spanish() -> None:
    """ "Mira and Jo" in the words this feature touched: verbs and endings agree with two."""
    cases = {
        "ru": (
            ("Мира", "Дима"),
            {
                "followup_q": "Как там твои просьбы: получилось отправить? Мира и Дима уже",
                "followup_how_q": "И как Мира и Дима откликаются на просьбы?",
                "week_close_nudge": "которые получат Мира и Дима.",
                "summary_request": "Твои просьбы к Мире и Диме: отправлены",
            },
        ),
        "es": (
            ("Mira", "Inés"),
            {
                "followup_q": "¿Les enviaste tus peticiones a Mira e Inés?",
                "followup_how_q": "¿Cómo respondieron Mira e Inés?",
                "week_close_nudge": "unas palabras de gracias para Mira e Inés",
                "summary_request": "Tus peticiones a Mira e Inés: enviadas",
            },
        ),
    }
    for locale, ((one, two), expected) in cases.items():
        t = Texts(locale)
        week = Week(anchors=rows(one, two))
        names, count = week_view.anchors(t, week)
        state = t.plain("request_state_sent", count=count)
        for key, words in expected.items():
            assert words in t(key, anchor=names, count=count, state=state), (locale, key)
        single, n = week_view.anchors(t, Week(anchors=rows(one)))
        assert t(
            "summary_request", anchor=single, count=n, state=t.plain("request_state_sent", count=n)
        ).endswith(("отправлена", "enviada"))


async def test_from_settings_jo_is_asked_the_same_and_the_menu_comes_back(
    bot: BotHarness,
) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    await to_the_draft(alex)
    await alex.tap("Berlin")
    await alex.tap("19:00")
    shown = await alex.send("/settings")
    assert shown[0].text.startswith("You can add a second person")
    out = await with_jo(alex, "Help with one worry")
    assert out[0].text.startswith("Good: this week it's Mira and Jo.")
    assert out[-1].text.startswith("<b>Your settings</b>")  # back where the person was
    (week,) = await weeks(bot)
    assert (of(week, 2).support_kind, of(week, 2).request_text) == (
        "help",
        Texts("en").variant("request_help", 0, anchor="Jo", support=""),
    )


def test_a_second_anchor_added_before_they_had_their_own_ask_shares_the_first() -> None:
    from bot.journey.words import draft_for

    week = Week(anchors=rows("Mira", "Jo", support_kind="listen"), draft_variant=0)
    week.thank_variant = 0
    assert week.support_of(2) == ("listen", None)
    t = Texts("en")
    assert draft_for(t, week, thanks=False, no=2) == t.variant(
        "request_listen", 0, anchor="Jo", support=""
    )
    of(week, 2).support_kind = "help"
    thanks = draft_for(t, week, thanks=True, no=2)
    assert thanks.startswith("Jo, thank you") and t.plain("return_help") in thanks


async def a_week_with_mira_and_jo_closed(bot: BotHarness) -> Chat:
    """Alex's first week with Mira and Jo, lived through and closed up to "another week?"."""
    alex = bot.chat(101, "en", first_name="Alex")
    await to_the_draft(alex)
    await with_jo(alex, "Five minutes of listening")
    await alex.tap("Berlin")
    await alex.tap("19:00")
    await pass_time(bot, march(31, 12), timedelta(hours=2))
    await alex.tap("Close the week")
    if "no answers yet" in alex.last_text():
        await alex.tap("Close the week")
    await alex.tap("Use this")
    return alex


async def same_anchors_to_the_draft(alex: Chat) -> None:
    """ "Same anchors", an ordinary week, a comforting text: the next week's first draft."""
    await alex.tap("Same anchors")
    await alex.tap("ordinary week")
    await alex.tap("A comforting text")


async def test_another_week_with_the_same_anchors_keeps_both_and_asks_jo_afresh(
    bot: BotHarness,
) -> None:
    """ "Same anchors" after a week with two keeps Mira and Jo; Jo is asked for this week's own
    thing in one tap (or let go), and nobody is asked for their name again."""
    alex = await a_week_with_mira_and_jo_closed(bot)
    again = alex.seen[-1]
    assert "keep Mira and Jo as your anchors" in again.text
    assert again.labels()[0] == "Same anchors"
    await same_anchors_to_the_draft(alex)
    ready = await alex.tap("Use this")
    assert "Who else makes you feel safe?" not in "\n".join(s.text for s in alex.seen[-6:])
    offer = ready[0].labels()
    assert "Ask Jo for something too" in offer and "Just Mira this week" in offer
    asked = await alex.tap("Ask Jo for something too")
    assert asked[0].text.startswith("What small thing could Jo do for you this week?")
    out = await alex.tap("Help with one worry")
    assert any(s.text.startswith("Hi Jo") or "Jo" in s.text.split("\n")[0] for s in out)
    new = max(await weeks(bot), key=lambda w: w.id)
    assert (of(new).name, of(new, 2).name, of(new, 2).support_kind) == ("Mira", "Jo", "help")
    assert of(new, 2).why == "Jo makes me laugh when it's hard."


async def test_just_mira_this_week_lets_jo_go_for_the_new_week_only(bot: BotHarness) -> None:
    alex = await a_week_with_mira_and_jo_closed(bot)
    await same_anchors_to_the_draft(alex)
    await alex.tap("Use this")
    out = await alex.tap("Just Mira this week")
    assert out[0].text.startswith("Just Mira, then.")
    old, new = sorted(await weeks(bot), key=lambda w: w.id)
    assert (of(old, 2).name, of(new, 2).name) == ("Jo", None)


async def test_same_anchors_passed_by_in_setup_keeps_jo_with_a_request_of_his_own(
    bot: BotHarness,
) -> None:
    """Going straight on to the time keeps both anchors: Jo's request shares Mira's ask, so the
    week's end names a request for each."""
    alex = await a_week_with_mira_and_jo_closed(bot)
    await same_anchors_to_the_draft(alex)
    await alex.tap("Use this")
    await alex.tap("Yes, same time")
    new = max(await weeks(bot), key=lambda w: w.id)
    assert of(new, 2).name == "Jo" and of(new, 2).request_text is not None
    assert of(new, 2).request_text.startswith("Hi Jo")


async def test_a_no_from_jo_while_mira_is_in_says_mira_is_still_there(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    mira = bot.chat(202, "en", first_name="Mira")
    jo = bot.chat(303, "en", first_name="Jo")
    await to_the_draft(alex)
    await with_jo(alex, "Five minutes of listening")
    await alex.tap("Berlin")
    await alex.tap("19:00")
    for chat, name in ((mira, "Mira"), (jo, "Jo")):
        await chat.send(f"/start {await invite(alex, name)}")
    await mira.tap("I'm in")
    before = len(alex.seen)
    await jo.tap("Not this time")
    assert [s.text for s in alex.seen[before:]] == [
        "Jo can't this time. That's all right: asking was the brave part, "
        "and Mira is still with you this week."
    ]


async def test_a_half_added_second_anchor_is_never_named_and_settings_offers_to_finish(
    bot: BotHarness,
) -> None:
    """Mum added from /settings, her why answered, then the check-in comes: until her support
    is chosen she is named nowhere (check-ins, /status, the week's end), and /settings offers
    to finish adding her, from the question where it stopped."""
    alex = bot.chat(101, "en", first_name="Alex")
    await to_the_draft(alex)
    await alex.tap("Berlin")
    await alex.tap("19:00")
    await alex.send("/settings")
    await alex.tap("Add a second person")
    await alex.send("Mum")
    await alex.send("She knows me best.")  # her support is asked; the check-in comes first
    await pass_time(bot, march(23, 18, 5), timedelta(minutes=30))
    await alex.tap("4 ")
    await alex.tap("Not today")
    await alex.tap("Calmer")
    await pass_time(bot, march(24, 18, 5), timedelta(minutes=30))
    await alex.tap("3 ")
    await alex.tap("Not today")
    asked = (await alex.tap("Calmer"))[-1]
    assert asked.text.split("\n\n")[-1] == "Did you send your request to Mira?"
    assert "Mum" not in asked.text
    status = await alex.send("/status")
    assert "Mum" not in status[0].text
    shown = await alex.send("/settings")
    assert shown[0].labels() == ["➕ Finish adding Mum"]
    out = await alex.tap("Finish adding Mum")
    assert out[0].text.startswith("What small thing could Mum do for you this week?")
    out = await alex.tap("Five minutes of listening")
    assert out[0].text.startswith("Good: this week it's Mira and Mum.")
    (week,) = await weeks(bot)
    assert (of(week, 2).name, of(week, 2).support_kind) == ("Mum", "listen")


async def test_a_half_added_second_anchor_is_left_out_of_the_weeks_end(bot: BotHarness) -> None:
    alex = bot.chat(101, "en", first_name="Alex")
    await to_the_draft(alex)
    await alex.tap("Berlin")
    await alex.tap("19:00")
    await alex.send("/settings")
    await alex.tap("Add a second person")
    await alex.send("Mum")
    await pass_time(bot, march(31, 12), timedelta(hours=2))
    close = next(s for s in alex.seen if "seven days are done" in s.text)
    assert "Mum" not in close.text
    await alex.tap("Close the week")
    if "no answers yet" in alex.last_text():
        await alex.tap("Close the week")
    assert "Mum" not in alex.seen[-1].text
    final = await alex.tap("Use this")
    assert not any("Mum" in s.text for s in final)
