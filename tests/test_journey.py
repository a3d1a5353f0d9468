"""Journey unit tests: the whole product logic, no Telegram at all.

A `Person` sends `Incoming` commands, texts, taps and stickers straight to `core.journey.handle`
and reads the `Reply` objects that come back; `Bot.tick()` plays the dispatcher's part for due
nudges (claim, verdict, `nudge_reply`). What a person would notice is asserted through the key
phrases of content/en.py, and what is stored through the repositories of `core.store.unit()`.

The clock starts on Monday 2026-03-23 at 09:00 UTC (tests/conftest.py); "day N" below is the
N-th day of a week that starts that Monday.
"""

from __future__ import annotations

import asyncio
import itertools
import shutil
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.adapters.telegram.adapter import keyboard
from bot.app import Core, build_core
from bot.delivery.outcomes import verdict
from bot.delivery.replies import Button, Reply, drawn
from bot.journey import Incoming
from bot.timing.clock import ManualClock
from content import Texts
from storage.models import CheckIn, Nudge, Reflection, User, Week
from storage.repositories import SENT, DueNudge
from tests.anchor_rows import of
from tests.conftest import START, make_settings

MONDAY = date(2026, 3, 23)
WORKER = "journey-tests"
EN = Texts("en")
MOOD = {m: f"{m} {emoji}" for m, emoji in enumerate(EN.variants("mood_emoji"), start=1)}
QUESTIONS = EN.variants("reflection_questions")
SHORT_QUESTIONS = EN.variants("reflection_short")
SNOOZE_ROW = ["⏰ Later", "Skip today"]  # under every check-in nudge's mood buttons
MISSED = EN("missed_reminder")  # said once before a nudge that follows a missed day
WHY = "She always picks up, even at midnight."

_update_ids = itertools.count(1)


def utc(day: int, hhmm: str = "19:00") -> datetime:
    """Wall time `hhmm` in UTC on day `day` of the week (day 1 is Monday 23 March)."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime.combine(MONDAY + timedelta(days=day - 1), time(hour, minute), tzinfo=UTC)


def data_buttons(reply: Reply) -> list[Button]:
    return [b for row in reply.buttons for b in row if b.data]


def labels(reply: Reply) -> list[str]:
    return [b.label for row in reply.buttons for b in row]


def texts(replies: list[Reply]) -> str:
    return "\n---\n".join(r.text for r in replies)


def variant(key: str, index: int, **values: str) -> str:
    """The index-th plain draft in English, filled like the journey fills it."""
    return EN.variant(key, index, **values)


class Person:
    """One chat talking to the journey; remembers every reply it got, nudges included."""

    def __init__(self, bot: Bot, chat_id: int) -> None:
        self.bot, self.chat_id = bot, chat_id
        self.seen: list[Reply] = []
        self.last: list[Reply] = []

    # ---------------------------------------------------------------- doing things
    async def send(self, kind: str, value: str = "", update_id: int | None = None) -> list[Reply]:
        uid = next(_update_ids) if update_id is None else update_id
        msg = Incoming(self.chat_id, kind, value, "en", uid)  # type: ignore[arg-type]
        self.last = await self.bot.core.journey.handle(msg)
        self.seen.extend(self.last)
        return self.last

    async def say(self, text: str, update_id: int | None = None) -> list[Reply]:
        return await self.send("text", text, update_id)

    async def command(self, name: str) -> list[Reply]:
        return await self.send("command", name)

    async def press(self, data: str, update_id: int | None = None) -> list[Reply]:
        return await self.send("button", data, update_id)

    async def sticker(self) -> list[Reply]:
        return await self.send("other")

    def receive(self, reply: Reply) -> None:
        self.last = [reply]
        self.seen.append(reply)

    def button(self, label: str) -> Button:
        """The tappable button labelled `label` (else containing it), newest reply first."""
        for reply in reversed(self.seen):
            found = [b for b in data_buttons(reply) if b.label == label] or [
                b for b in data_buttons(reply) if label in b.label
            ]
            if found:
                return found[0]
        recent = [labels(r) for r in self.seen[-3:]]
        raise AssertionError(f"no button {label!r}; recent buttons: {recent}")

    async def tap(self, label: str) -> list[Reply]:
        data = self.button(label).data
        assert data is not None
        return await self.press(data)

    def text(self) -> str:
        """Everything the last action answered, as one string."""
        return texts(self.last)

    # ---------------------------------------------------------------- what is stored
    async def user(self) -> User:
        async with self.bot.core.store.unit() as repos:
            found = await repos.users.by_chat(self.chat_id)
        assert found is not None
        return found

    async def step(self) -> str:
        return (await self.user()).step

    async def weeks(self) -> list[Week]:
        user = await self.user()
        async with self.bot.core.store.unit() as repos:
            found = await repos.session.scalars(
                select(Week).where(Week.user_id == user.id).order_by(Week.id)
            )
            return list(found)

    async def week(self) -> Week:
        weeks = await self.weeks()
        assert weeks, "no week yet"
        return weeks[-1]

    async def nudges(self, week: Week | None = None) -> list[Nudge]:
        week = week or await self.week()
        async with self.bot.core.store.unit() as repos:
            return await repos.nudges.for_week(week.id)

    async def checkins(self, week: Week | None = None) -> dict[int, CheckIn]:
        week = week or await self.week()
        async with self.bot.core.store.unit() as repos:
            return {c.day: c for c in await repos.checkins.for_week(week.id)}

    async def reflections(self) -> list[Reflection]:
        week = await self.week()
        async with self.bot.core.store.unit() as repos:
            return await repos.reflections.for_week(week.id)


class Bot:
    """The journey plus a stand-in for the dispatcher, over the real SQLite file."""

    def __init__(self, core: Core, clock: ManualClock) -> None:
        self.core, self.clock = core, clock
        self.people: dict[int, Person] = {}

    def person(self, chat_id: int = 1) -> Person:
        return self.people.setdefault(chat_id, Person(self, chat_id))

    async def tick(self) -> list[tuple[DueNudge, str]]:
        """Deliver what is due now, as the dispatcher would: each claimed nudge and its fate."""
        now = self.clock.now()
        async with self.core.store.unit() as repos:
            ids = await repos.nudges.claim_due(now, WORKER, timedelta(minutes=5), 1000)
            outcomes = []
            for due in await repos.nudges.load_due(ids):
                status = (
                    verdict(due, now, timedelta(minutes=self.core.settings.missed_grace_minutes))
                    or SENT
                )
                await repos.nudges.finish([due.id], status, WORKER, now)
                outcomes.append((due, status))
        for due, status in outcomes:
            if status == SENT and due.chat_id in self.people:
                self.people[due.chat_id].receive(self.core.journey.nudge_reply(due))
        return outcomes

    async def evening(self, day: int, hhmm: str = "19:00") -> list[tuple[DueNudge, str]]:
        """Move the clock to `hhmm` UTC on day `day` and deliver what is due."""
        self.clock.set(utc(day, hhmm))
        return await self.tick()


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file with the schema migrated, built once per test session."""
    folder = tmp_path_factory.mktemp("template")
    url = f"sqlite+aiosqlite:///{folder / 'template.db'}"

    async def build() -> None:
        await (await build_core(make_settings(folder, url), ManualClock(START))).close()

    asyncio.run(build())
    return folder / "template.db"


@pytest.fixture
def sqlite_url(tmp_path: Path, migrated_db: Path) -> str:
    """Overrides conftest's: a copy of the migrated file, so `core` skips re-migrating (fast)."""
    shutil.copy(migrated_db, tmp_path / "secure_base.db")
    return f"sqlite+aiosqlite:///{tmp_path / 'secure_base.db'}"


@pytest.fixture
def bot(core: Core, clock: ManualClock) -> Bot:
    return Bot(core, clock)


@pytest.fixture(autouse=True)
def moves_follow_the_declared_graph(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every move a test makes is one the step declarations list (so the graph stays true).

    A spy on `Turn.goto`: it records each move and lets it happen unchanged.
    """
    from bot.journey import graph
    from bot.journey.commands import ENTRIES, TAP_ENTRIES
    from bot.journey.core import REST_STEPS, Turn
    from bot.journey.flow import build_flow

    flow = build_flow()
    anywhere = set(REST_STEPS) | set(TAP_ENTRIES) | {s for ss in ENTRIES.values() for s in ss}
    goto = Turn.goto
    undeclared: list[tuple[str, str]] = []

    def spy(self: Turn, step: Any, **fields: Any) -> None:
        here = self.step
        if step != here and step not in anywhere and step not in graph.neighbours(flow, here):
            undeclared.append((here.value, step.value))
        goto(self, step, **fields)

    monkeypatch.setattr(Turn, "goto", spy)
    yield
    assert not undeclared, f"moves missing from the step declarations: {undeclared}"


async def set_up(
    p: Person,
    anchor: str = "Mum",
    support: str = "A comforting text",
    zone: str = "UTC",
    at: str = "19:00",
) -> None:
    """The setup a typical person goes through by taps; check-ins at 19:00 UTC by default."""
    await p.command("start")
    await p.tap("Let's begin")
    await p.say(anchor)
    await p.say(WHY)
    await p.tap("ordinary week")
    await p.tap(support)
    await p.tap("Use this")
    await p.tap(zone)
    await p.tap(at)
    assert "All set." in p.text()


async def check_in(
    p: Person, mood: int = 4, note: str | None = None, tried: bool = False, effect: str = "Calmer"
) -> list[Reply]:
    """Answer the newest check-in nudge; `note=""` taps Skip. Returns the last tap's replies."""
    await p.tap(MOOD[mood])
    if not tried and note is None:
        await p.tap("Not today")
    else:
        await p.tap("Yes")
        await (p.say(note) if note else p.tap("Skip"))
    return await p.tap(effect)


async def answers(p: Person) -> list[tuple[object, ...]]:
    """Everything the person answered in their latest week, for before/after comparisons."""
    checkins = [
        (c.day, c.mood, c.tried, c.tried_note, c.effect) for c in (await p.checkins()).values()
    ]
    return [*checkins, *((r.question, r.answer) for r in await p.reflections())]


# The main steps, grouped by how commands treat them, with a phrase of each step's question.
SETUP = (
    "welcome", "anchor_name", "anchor_why", "situation", "support", "draft", "tz", "time",
    "time_confirm",
)  # fmt: skip
OPEN = ("checkin_tried", "checkin_note", "checkin_effect", "reflection", "followup_sent", "thank")
AFTER = ("again", "ended")
STEPS = (*SETUP, "week", *OPEN, *AFTER)
ASKS = {
    "welcome": "For one week we'll practise something simple",
    "anchor_name": "Who makes you feel safe?",
    "anchor_why": "What makes Mum a safe place for you?",
    "situation": "what's coming up for you these days?",
    "support": "one small, concrete thing Mum could do for you this week",
    "draft": "Here's a message you could send to Mum",
    "tz": "First, your time zone",
    "time": "What time of day should I check in?",
    "time_confirm": "23:00 is during the night",
    "week": "Day 1 of 7 with Mum as your anchor.",
    "checkin_tried": "Did you try something new or a little hard today?",
    "checkin_note": "Want to note what it was?",
    "checkin_effect": "Did knowing Mum has your back make you feel calmer or braver today?",
    "reflection": "A question to sit with",
    "followup_sent": "Did you send your request to Mum?",
    "thank": "Time to close the circle with Mum",
    "again": "Would you like another week?",
    "ended": "You have no week running right now.",
}
DAY_OF = {"week": 1, **dict.fromkeys(OPEN, 1), "followup_sent": 2, "thank": 7}


# Where each step is stored: the thank-you is the draft picker, started for the thanks.
STORED = {"thank": "draft"}


async def reach(bot: Bot, step: str, chat_id: int = 1) -> Person:
    """Walk a new person (anchor "Mum", check-ins at 19:00 UTC) to `step` by ordinary answers."""
    p = await _walk(bot, step, chat_id)
    assert await p.step() == STORED.get(step, step), texts(p.last)
    if step not in ("week", "ended"):
        assert ASKS[step] in p.seen[-1].text
    return p


Action = Callable[[Bot, Person, str], Awaitable[object]]


async def _checkin_comes(bot: Bot, p: Person, step: str) -> None:
    await bot.evening(DAY_OF.get(step, 7))
    await p.tap(MOOD[4])


async def _to_the_thanks(bot: Bot, p: Person, step: str) -> None:
    await p.tap("I decided not to")  # day 7: the follow-up, then its reflection
    await p.tap("Later")
    if "Close the week" in labels(p.last[-1]):  # the days left empty are offered first
        await p.tap("Close the week")


# The main line: each step, and what a person does to get there from the one before.
WALK: tuple[tuple[tuple[str, ...], Action], ...] = (
    (("welcome",), lambda b, p, s: p.command("start")),
    (("anchor_name",), lambda b, p, s: p.tap("Let's begin")),
    (("anchor_why",), lambda b, p, s: p.say("Mum")),
    (("situation",), lambda b, p, s: p.say(WHY)),
    (("support",), lambda b, p, s: p.tap("ordinary week")),
    (("draft",), lambda b, p, s: p.tap("A comforting text")),
    (("tz",), lambda b, p, s: p.tap("Use this")),
    (("time",), lambda b, p, s: p.tap("UTC")),
    (("week",), lambda b, p, s: p.tap("19:00")),
    (("checkin_tried",), _checkin_comes),
    (("checkin_effect",), lambda b, p, s: p.tap("Not today")),
    (("reflection", "followup_sent"), lambda b, p, s: p.tap("Calmer")),
    (("thank",), _to_the_thanks),
    (("again",), lambda b, p, s: p.tap("Use this")),
    (("ended",), lambda b, p, s: p.tap("Not now")),
)
# Steps off the main line: the step they branch from, and the branch.
BRANCHES: dict[str, tuple[str, Action]] = {
    "time_confirm": ("time", lambda b, p, s: p.say("23:00")),
    "checkin_note": ("checkin_tried", lambda b, p, s: p.tap("Yes")),
}


async def _walk(bot: Bot, step: str, chat_id: int) -> Person:
    p = bot.person(chat_id)
    target, branch = BRANCHES.get(step, (step, None))
    for names, action in WALK:
        await action(bot, p, step)
        if target in names:
            break
    else:
        raise AssertionError(f"no way to {step}")
    if branch is not None:
        await branch(bot, p, step)
    return p


# =========================================================================== setup
async def test_setup_asks_every_step_in_order_and_stores_each_answer(bot: Bot) -> None:
    p = bot.person()
    welcome = await p.command("start")
    assert len(welcome) == 1 and welcome[0].text.startswith("Hi, I'm Secure Base.")
    assert "I'm not a crisis or medical service" in welcome[0].text
    assert labels(welcome[0]) == ["Let's begin"]
    assert await p.weeks() == []

    await p.tap("Let's begin")
    assert ASKS["anchor_name"] in p.text() and await p.step() == "anchor_name"
    assert (await p.week()).status == "setup"

    await p.say("Mum")
    assert p.text().startswith("What makes Mum a safe place for you?")
    assert of(await p.week()).name == "Mum"

    out = await p.say(WHY)
    assert out[0].text == "Thank you. It's good that you have Mum."
    assert ASKS["situation"] in out[1].text and await p.step() == "situation"
    assert len(labels(out[1])) == 4
    out = await p.tap("ordinary week")
    assert (await p.week()).situation == "ordinary"
    assert ASKS["support"] in out[0].text
    assert labels(out[0]) == [
        "💬 A comforting text",
        "👂 Five minutes of listening",
        "🤝 Help with one worry",
        "✏️ Something else",
    ]
    assert of(await p.week()).why == WHY

    out = await p.tap("A comforting text")
    draft = variant("request_comfort", 0, anchor="Mum")
    assert out[0].text.startswith("Here's a message you could send to Mum")
    assert f"<blockquote>{draft}</blockquote>" in out[0].text
    assert labels(out[0]) == ["👍 Use this", "🔄 Another wording", "✏️ Write my own"]
    assert of(await p.week()).support_kind == "comfort"

    final, zone_q = await p.tap("Use this")
    assert final.text.startswith("Here it is, ready to copy or forward to Mum")
    assert f"<blockquote>{draft}</blockquote>" in final.text
    assert "In a day or two I'll ask how it went." in final.text
    invite, copy, share, second, only = (b for row in final.buttons for b in row)
    assert invite.label == "🤝 Invite Mum to join me here" and invite.data is not None
    assert (second.label, only.label) == ("➕ Add a second person (optional)", "Just Mum is fine")
    assert copy.label == "📋 Copy" and copy.copy == draft and copy.data is None
    assert share.label == "↗️ Send to Mum"
    assert share.share == draft and share.url is None
    assert of(await p.week()).request_text == draft
    assert ASKS["tz"] in zone_q.text
    assert "Berlin · Paris · 10:00" in labels(zone_q) and "🌍 Another place" in labels(zone_q)

    out = await p.tap("Berlin")
    assert out[0].text.startswith("Your time zone: Berlin (it's 10:00 there now).")
    assert labels(out[0]) == ["08:00", "12:00", "18:00", "19:00", "20:00", "21:00", "Another time"]
    assert (await p.user()).timezone == "Europe/Berlin"
    assert await p.nudges() == []

    out = await p.tap("19:00")
    assert len(out) == 1
    assert out[0].text.startswith(
        "All set. 🌿 Your first check-in comes today at 19:00, then every day at 19:00 for "
        "seven days."
    )
    user, week = await p.user(), await p.week()
    assert (user.step, user.nudge_minute, user.night_ok) == ("week", 19 * 60, False)
    assert (week.status, week.start_date) == ("active", MONDAY)
    assert len(await p.nudges()) == 8


async def test_another_wording_shows_the_next_draft_and_use_this_keeps_the_one_shown(
    bot: Bot,
) -> None:
    p = await reach(bot, "support")
    out = await p.tap("Five minutes of listening")
    shown = [variant("request_listen", 0, anchor="Mum")]
    assert shown[0] in out[0].text
    for n in (1, 2, 3):
        out = await p.tap("Another wording")
        shown.append(variant("request_listen", n, anchor="Mum"))
        assert shown[-1] in out[0].text and shown[-2] not in out[0].text
    assert shown[3] == shown[0]  # three wordings, then round again
    await p.tap("Another wording")
    assert (await p.week()).draft_variant == 4
    final = (await p.tap("Use this"))[0]
    assert variant("request_listen", 1, anchor="Mum") in final.text
    week = await p.week()
    assert of(week).request_text == variant("request_listen", 1, anchor="Mum")
    assert of(week).support_kind == "listen"


async def test_write_my_own_request_keeps_the_persons_words(bot: Bot) -> None:
    p = await reach(bot, "draft")
    out = await p.tap("Write my own")
    assert out[0].text == "Write the message the way you would say it. I'll keep it ready for you."
    assert await p.step() == "draft_own"
    mine = "Mum, could you call me on Sunday? 🙏 Just 10 min & no advice <3"
    final, zone_q = await p.say(f"  {mine}\n")
    assert of(await p.week()).request_text == mine
    assert "Mum, could you call me on Sunday? 🙏 Just 10 min &amp; no advice &lt;3" in final.text
    copy = next(b for row in final.buttons for b in row if b.copy)
    assert copy.copy == mine
    assert ASKS["tz"] in zone_q.text


async def test_something_else_builds_the_draft_around_what_they_asked_for(bot: Bot) -> None:
    p = await reach(bot, "support")
    out = await p.tap("Something else")
    assert "What would help? Describe it in a few words" in out[0].text
    await p.say("come for a walk with me on Thursday")
    expected = variant(
        "request_own", 0, anchor="Mum", support="come for a walk with me on Thursday"
    )
    assert expected in p.text()
    week = await p.week()
    assert (of(week).support_kind, of(week).support_text) == (
        "own",
        "come for a walk with me on Thursday",
    )
    await p.tap("Another wording")
    assert "Hey Mum, small ask for this week: come for a walk with me on Thursday." in p.text()


async def test_a_long_own_request_can_be_shared_but_not_copied(bot: Bot) -> None:
    p = await reach(bot, "draft")
    await p.tap("Write my own")
    long_request = "Could you " + "really " * 40 + "help me?"
    assert len(long_request) > 256
    final = (await p.say(long_request))[0]
    markup = keyboard(final)  # Telegram copies at most 256 characters: only the link is left
    assert markup is not None
    invite, share, *_offer = (b for row in markup.inline_keyboard for b in row)
    assert invite.callback_data and invite.text == "🤝 Invite Mum to join me here"
    assert share.copy_text is None and share.text == "↗️ Send to Mum"
    assert share.url == "https://t.me/share/url?url=" + quote(long_request, safe="")


# ----------------------------------------------------------------------- time zone
@pytest.mark.parametrize("via_other", [False, True], ids=["typed-at-the-buttons", "another-place"])
async def test_a_typed_city_sets_the_zone(bot: Bot, via_other: bool) -> None:
    p = await reach(bot, "tz")
    if via_other:
        out = await p.tap("Another place")
        assert "Type your city (like “Lisbon”)" in out[0].text
        assert await p.step() == "tz_text"
    out = await p.say("lisbon")
    assert out[0].text.startswith("Your time zone: Lisbon (it's 09:00 there now).")
    assert (await p.user()).timezone == "Europe/Lisbon"
    assert await p.step() == "time"


@pytest.mark.parametrize("at_step", ["tz", "tz_text"])
async def test_an_unknown_place_gets_a_kind_answer_and_the_step_stays(
    bot: Bot, at_step: str
) -> None:
    p = await reach(bot, "tz")
    if at_step == "tz_text":
        await p.tap("Another place")
    out = await p.say("Atlantis <underwater>")
    assert len(out) == 1
    assert out[0].text.startswith("I couldn't find “Atlantis &lt;underwater&gt;”.")
    assert "“UTC+3”" in out[0].text and "“EST”" in out[0].text
    user = await p.user()
    assert (user.step, user.timezone) == (at_step, None)
    await p.say("Toronto")
    assert (await p.user()).timezone == "America/Toronto"


# ---------------------------------------------------------------------------- time
@pytest.mark.parametrize(
    ("typed", "minute", "shown"),
    [
        ("18:30", 18 * 60 + 30, "18:30"),
        ("7pm", 19 * 60, "19:00"),
        ("7:45 pm", 19 * 60 + 45, "19:45"),
    ],
)
@pytest.mark.parametrize("via_other", [False, True], ids=["typed-at-the-buttons", "another-time"])
async def test_a_typed_time_schedules_the_week(
    bot: Bot, typed: str, minute: int, shown: str, via_other: bool
) -> None:
    p = await reach(bot, "time")
    if via_other:
        out = await p.tap("Another time")
        assert out[0].text == "Type a time, like 18:30 or 7pm."
    out = await p.say(typed)
    assert f"Your first check-in comes today at {shown}, then every day at {shown}" in out[0].text
    user = await p.user()
    assert (user.nudge_minute, user.step) == (minute, "week")
    assert (await p.nudges())[0].due_at == utc(1, shown)


@pytest.mark.parametrize("at_step", ["time", "time_text"])
async def test_a_time_that_makes_no_sense_gets_a_kind_answer(bot: Bot, at_step: str) -> None:
    p = await reach(bot, "time")
    if at_step == "time_text":
        await p.tap("Another time")
    for nonsense in ("after dinner", "25:00", "7:75", "13pm"):
        out = await p.say(nonsense)
        assert [r.text for r in out] == [
            "I didn't catch that time. Try something like 18:30, 7pm or “half past seven”."
        ], nonsense
    user = await p.user()
    assert (user.step, user.nudge_minute) == (at_step, None)
    assert await p.nudges() == []


@pytest.mark.parametrize(
    ("typed", "night"), [("21:59", False), ("22:00", True), ("7:59", True), ("8am", False)]
)
async def test_only_times_in_the_quiet_hours_ask_for_confirmation(
    bot: Bot, typed: str, night: bool
) -> None:
    p = await reach(bot, "time")
    out = await p.say(typed)
    assert ("is during the night" in out[0].text) is night
    assert (await p.step()) == ("time_confirm" if night else "week")


async def test_a_night_time_needs_confirming_and_then_nudges_come_at_that_local_time(
    bot: Bot,
) -> None:
    p = await reach(bot, "tz")
    await p.tap("Berlin")
    out = await p.say("23:00")
    assert out[0].text.startswith(
        "23:00 is during the night. I normally stay quiet between 22:00 and 08:00"
    )
    assert labels(out[0]) == ["Yes, 23:00 is right", "Pick another time"]
    assert await p.nudges() == [] and (await p.user()).nudge_minute is None

    out = await p.tap("Pick another time")
    assert out[0].text.startswith("Your time zone: Berlin")
    assert await p.step() == "time"

    await p.say("11pm")
    out = await p.tap("Yes, 23:00 is right")
    assert "Your first check-in comes today at 23:00, then every day at 23:00" in out[0].text
    user = await p.user()
    assert (user.nudge_minute, user.night_ok) == (23 * 60, True)
    berlin = ZoneInfo("Europe/Berlin")
    dues = [n.due_at for n in await p.nudges()]
    assert {d.astimezone(berlin).strftime("%H:%M") for d in dues} == {"23:00"}
    assert dues[0] == utc(1, "22:00") and dues[6] == utc(7, "21:00")  # CET, then CEST

    bot.clock.set(dues[0])
    outcomes = await bot.tick()
    assert [(due.day, status) for due, status in outcomes] == [(1, SENT)]
    assert p.text() == "Day 1 of 7. How are you feeling today?"


async def test_midnight_confirmed_is_kept_as_midnight(bot: Bot) -> None:
    p = await reach(bot, "time")
    await p.say("00:00")
    out = await p.tap("Yes, 00:00 is right")
    assert "then every day at 00:00" in out[0].text
    assert (await p.nudges())[0].due_at == utc(2, "00:00")


# ====================================================================== scheduling
async def test_a_week_is_seven_checkins_and_a_close_at_local_time_stored_in_utc(bot: Bot) -> None:
    p = bot.person()
    await set_up(p, zone="Berlin", at="19:00")
    nudges = await p.nudges()
    assert [(n.kind, n.day, n.status) for n in nudges] == [
        *(("checkin", d, "pending") for d in range(1, 8)),
        ("close", 8, "pending"),
    ]
    # Berlin is UTC+1 until Sunday 29 March (day 7), UTC+2 after: the local time holds.
    assert [n.due_at for n in nudges] == [utc(d, "18:00") for d in range(1, 7)] + [
        utc(7, "17:00"),
        utc(8, "17:00"),
    ]
    berlin = ZoneInfo("Europe/Berlin")
    local = [n.due_at.astimezone(berlin) for n in nudges]
    assert {d.strftime("%H:%M") for d in local} == {"19:00"}
    assert [d.date() for d in local] == [MONDAY + timedelta(days=i) for i in range(8)]
    assert all(n.due_at.tzinfo is not None and n.due_at.utcoffset() == timedelta(0) for n in nudges)


@pytest.mark.parametrize(
    ("typed", "first_day", "when"),
    [
        ("09:30", MONDAY, "today at 09:30"),  # exactly 30 minutes ahead: still today
        ("9:29", MONDAY + timedelta(days=1), "tomorrow at 09:29"),
        ("8am", MONDAY + timedelta(days=1), "tomorrow at 08:00"),
        ("21:00", MONDAY, "today at 21:00"),
    ],
)
async def test_the_first_checkin_is_today_if_there_is_time_left_else_tomorrow(
    bot: Bot, typed: str, first_day: date, when: str
) -> None:
    p = await reach(bot, "tz")
    await p.say("Lisbon")  # 09:00 there now
    out = await p.say(typed)
    assert f"Your first check-in comes {when}," in out[0].text
    assert (await p.week()).start_date == first_day
    lisbon = ZoneInfo("Europe/Lisbon")
    local = [n.due_at.astimezone(lisbon) for n in await p.nudges()]
    assert [d.date() for d in local] == [first_day + timedelta(days=i) for i in range(8)]
    assert {d.strftime("%H:%M") for d in local} == {when[-5:]}


async def test_status_before_the_first_checkin_says_when_the_week_starts(bot: Bot) -> None:
    p = await reach(bot, "time")
    await p.tap("08:00")
    assert "Your first check-in comes tomorrow at 08:00" in p.text()
    out = await p.command("status")
    assert [r.text for r in out] == ["Your week starts tomorrow at 08:00."]
    bot.clock.set(utc(2, "07:00"))
    out = await p.command("status")
    assert out[0].text.startswith("Day 1 of 7 with Mum as your anchor.")
    assert "Your first check-in comes today at 08:00." in out[0].text
    assert "Check-ins answered" not in out[0].text  # "0 of 1" would read like a missed day


# ======================================================================= check-ins
async def test_a_checkin_where_they_tried_something_asks_for_a_note_then_the_effect(
    bot: Bot,
) -> None:
    p = await reach(bot, "week")
    outcomes = await bot.evening(1)
    assert [(due.kind, due.day, status) for due, status in outcomes] == [("checkin", 1, SENT)]
    nudge = p.last[0]
    assert nudge.text == "Day 1 of 7. How are you feeling today?"
    assert labels(nudge) == ["1 😞", "2 😕", "3 😐", "4 🙂", "5 😄", *SNOOZE_ROW]

    out = await p.tap(MOOD[4])
    assert out[0].text.startswith(ASKS["checkin_tried"]) and labels(out[0]) == ["Yes", "Not today"]
    assert (await p.checkins())[1].mood == 4
    out = await p.tap("Yes")
    assert out[0].text.startswith("Good for you. 🌱 Want to note what it was?")
    assert labels(out[0]) == ["Skip"]
    out = await p.say("Spoke up in the team meeting")
    assert out[0].text == ASKS["checkin_effect"]
    assert labels(out[0]) == ["😌 Calmer", "💪 Braver", "Both", "Not really"]
    out = await p.tap("Braver")
    assert out[0].text == "Saved for day 1. Thank you for checking in."
    c = (await p.checkins())[1]
    assert (c.mood, c.tried, c.tried_note, c.effect) == (
        4,
        True,
        "Spoke up in the team meeting",
        "braver",
    )
    assert c.answered_at == utc(1)


@pytest.mark.parametrize(("tried", "note"), [("Not today", None), ("Skip", "")])
async def test_a_checkin_without_a_note_goes_straight_to_the_effect(
    bot: Bot, tried: str, note: str | None
) -> None:
    p = await reach(bot, "checkin_tried")
    if tried == "Skip":
        await p.tap("Yes")
    out = await p.tap(tried)
    assert out[0].text == ASKS["checkin_effect"]
    await p.tap("Not really")
    assert "Saved for day 1." in p.text()
    c = (await p.checkins())[1]
    assert (c.tried, c.tried_note, c.effect) == (tried == "Skip", note, "neither")


async def test_a_late_answer_counts_for_the_day_it_was_asked(bot: Bot) -> None:
    p = await reach(bot, "week")
    await bot.evening(1)
    await check_in(p, mood=4)
    await p.tap("Later")
    await bot.evening(2)
    day2_mood3 = p.button(MOOD[3]).data
    assert day2_mood3 is not None
    await bot.evening(3)  # day 2 went unanswered; day 3's question is here
    assert p.text() == f"{MISSED}\n\nDay 3 of 7. How are you feeling today?"
    bot.clock.advance(hours=2)

    await p.press(day2_mood3)
    await p.tap("Not today")
    out = await p.tap("Calmer")
    assert out[0].text == "Saved for day 2. Thank you for checking in."
    assert ASKS["followup_sent"] in out[1].text  # day 2's follow-up comes with it
    checkins = await p.checkins()
    assert sorted(checkins) == [1, 2]
    assert (checkins[2].mood, checkins[2].answered_at) == (3, utc(3, "21:00"))
    await p.tap("Not yet")

    out = await check_in(p, mood=5)  # day 3's own buttons still work afterwards
    assert out[0].text == "Saved for day 3. Thank you for checking in."
    assert (await p.checkins())[3].mood == 5


@pytest.mark.parametrize(
    "old",
    ["Let's begin", "ordinary week", "A comforting text", "Use this", "UTC", "19:00"],
    ids=str,
)
async def test_an_old_setup_button_during_the_week_gets_the_current_question(
    bot: Bot, old: str
) -> None:
    p = bot.person()
    await p.command("start")
    found: dict[str, str] = {}

    async def remember_then_tap(label: str) -> None:
        found[label] = p.button(label).data or ""
        await p.tap(label)

    await remember_then_tap("Let's begin")
    await p.say("Mum")
    await p.say(WHY)
    await remember_then_tap("ordinary week")
    await remember_then_tap("A comforting text")
    await remember_then_tap("Use this")
    await remember_then_tap("UTC")
    await remember_then_tap("19:00")
    await bot.evening(1)
    await p.tap(MOOD[2])
    before = await p.week()

    out = await p.press(found[old])
    assert out[0].text == "That question has passed. Here's where we are now:"
    assert out[1].text.startswith(ASKS["checkin_tried"]) and labels(out[1]) == ["Yes", "Not today"]
    assert await p.step() == "checkin_tried"
    after = await p.week()
    assert (after.id, of(after).support_kind, of(after).request_text) == (
        before.id,
        of(before).support_kind,
        of(before).request_text,
    )
    assert len(await p.nudges()) == 8
    await p.tap("Yes")  # and the check-in carries on
    assert (await p.checkins())[1].tried is True


async def test_an_old_setup_button_during_setup_gets_the_current_question(bot: Bot) -> None:
    p = await reach(bot, "draft")
    out = await p.press("begin")
    assert out[0].text.startswith("That question has passed.")
    assert ASKS["draft"] in out[1].text
    out = await p.tap("Five minutes of listening")  # on the support question, now passed
    assert out[0].text.startswith("That question has passed.") and ASKS["draft"] in out[1].text
    assert len(await p.weeks()) == 1
    assert of(await p.week()).support_kind == "comfort"


async def test_a_checkin_button_of_another_week_or_person_is_stale(bot: Bot) -> None:
    ben = bot.person(2)
    await set_up(ben, anchor="Sam")
    ana = await reach(bot, "again", chat_id=1)
    ana_week = await ana.week()
    ana_day7 = ana.button(MOOD[2]).data
    assert ana_day7 == f"ck:{ana_week.id}:7:2"

    out = await ben.press(ana_day7)  # someone else's week
    assert out[0].text == "That question has passed. Here's where we are now:"
    assert "Day 7 of 7 with Sam as your anchor." in out[1].text
    assert await ben.checkins() == {}

    await ana.tap("Same anchor")  # ana's first week is over
    out = await ana.press(ana_day7)
    assert out[0].text.startswith("That question has passed.")
    assert ASKS["situation"] in out[1].text
    assert (await ana.checkins(ana_week))[7].mood == 4
    assert await ana.checkins() == {}


async def test_pause_skips_nudges_until_resume(bot: Bot) -> None:
    p = await reach(bot, "week")
    out = await p.command("pause")
    assert out[0].text == (
        "Paused. I won't send check-ins until you /resume. The week's days keep going."
    )
    assert (await p.user()).paused is True
    assert (await p.command("pause"))[0].text.startswith("Check-ins are already paused.")

    outcomes = await bot.evening(1)
    assert [status for _, status in outcomes] == ["skipped"]
    assert not any("How are you feeling" in r.text for r in p.seen)
    status = (await p.command("status"))[0].text
    assert "Day 1 of 7" in status and "Check-ins are paused. /resume turns them back on." in status

    out = await p.command("resume")
    assert out[0].text == "Check-ins are back on. Next one: tomorrow at 19:00."
    assert (await p.user()).paused is False
    assert (await p.command("resume"))[0].text.startswith("Check-ins are already on.")
    outcomes = await bot.evening(2)
    assert [(due.day, status) for due, status in outcomes] == [(2, SENT)]
    assert p.text().endswith("\n\nDay 2 of 7. How are you feeling today?")
    assert [n.status for n in await p.nudges()][:3] == ["skipped", "sent", "pending"]


# ================================================================ follow-up, reflect
@pytest.mark.parametrize("answer", ["tap", "words"])
async def test_followup_on_day_two_asks_whether_it_was_sent_and_how_it_went(
    bot: Bot, answer: str
) -> None:
    p = await reach(bot, "followup_sent")
    assert labels(p.last[-1]) == ["Yes, I sent it", "Not yet", "I decided not to"]
    out = await p.tap("Yes, I sent it")
    assert out[0].text == "How did Mum respond? Tap one, or tell me in a few words."
    assert labels(out[0]) == ["Warmly", "No answer yet", "It was awkward"]
    assert (await p.week()).request_sent == "sent"
    out = await (p.tap("Warmly") if answer == "tap" else p.say("She sent a heart & called"))
    if answer == "tap":
        assert out[0].text == "I'm so glad Mum answered warmly. Asking at all takes courage."
    else:
        assert out[0].text == "Thank you for telling me. Asking at all takes courage."
    # Day 1 went unanswered: its reflection question comes with this check-in instead.
    assert len(out) == 2 and QUESTIONS[0] in out[1].text and await p.step() == "reflection"
    expected = "warmly" if answer == "tap" else "She sent a heart & called"
    assert (await p.week()).anchor_response == expected

    await bot.evening(3)
    out = await check_in(p)
    assert "Did you send your request" not in texts(out)
    assert QUESTIONS[1] in out[-1].text


async def test_followup_not_yet_shows_the_draft_and_asks_again_on_day_four(bot: Bot) -> None:
    p = await reach(bot, "followup_sent")
    out = await p.tap("Not yet")
    draft = variant("request_comfort", 0, anchor="Mum")
    assert out[0].text == (
        "That's okay. Your message is still here when you want it:\n\n"
        f"<blockquote>{draft}</blockquote>"
    )
    assert (await p.week()).request_sent == "not_yet"

    await bot.evening(3)
    out = await check_in(p)
    assert "Did you send your request" not in texts(out)
    assert "A question to sit with" in out[-1].text
    await p.tap("Later")

    await bot.evening(4)
    out = await check_in(p)
    assert out[-1].text == "Did you send your request to Mum?"
    await p.tap("Yes, I sent it")
    await p.tap("It was awkward")
    week = await p.week()
    assert (week.request_sent, week.anchor_response) == ("sent", "it was awkward")
    await bot.evening(5)
    out = await check_in(p)
    assert "Did you send your request" not in texts(out)


async def test_followup_declined_is_respected_and_not_asked_again(bot: Bot) -> None:
    p = await reach(bot, "followup_sent")
    out = await p.tap("I decided not to")
    assert out[0].text.startswith("That's okay; you know your situation best.")
    assert (await p.week()).request_sent == "declined"
    for day in (3, 4):
        await bot.evening(day)
        out = await check_in(p)
        assert "Did you send your request" not in texts(out)
        if day == 3:
            await p.tap("Later")


async def test_reflect_menu_answers_any_time_and_marks_answered_questions(bot: Bot) -> None:
    p = await reach(bot, "week")
    bot.clock.set(utc(2, "11:15"))
    out = await p.command("reflect")
    assert out[0].text == "Which question would you like to answer? (✓ means you've answered it.)"
    assert labels(out[0]) == list(SHORT_QUESTIONS)

    out = await p.tap("Supporting them back")
    assert out[0].text == f"<i>{QUESTIONS[3]}</i>\n\nWrite your answer in a message."
    answer = "Not as often as I'd like. I <3 them & want to."
    out = await p.say(answer)
    assert [r.text for r in out] == ["Saved. Thank you for putting that into words."]
    assert await p.step() == "week"
    (saved,) = await p.reflections()
    assert (saved.question, saved.answer, saved.answered_at) == (3, answer, utc(2, "11:15"))

    out = await p.command("reflect")
    assert labels(out[0]) == [*SHORT_QUESTIONS[:3], f"✓ {SHORT_QUESTIONS[3]}"]
    await p.tap("Who is my secure base?")
    await p.say("Mum, and my friend Jo.")
    out = await p.command("reflect")
    assert labels(out[0]) == [
        f"✓ {SHORT_QUESTIONS[0]}",
        *SHORT_QUESTIONS[1:3],
        f"✓ {SHORT_QUESTIONS[3]}",
    ]

    await bot.evening(2)
    await check_in(p)  # day 2: the follow-up only
    await p.tap("I decided not to")
    await bot.evening(3)
    out = await check_in(p)
    assert QUESTIONS[1] in out[-1].text  # day 3's question is still asked


async def test_a_question_answered_through_reflect_is_not_asked_again_on_its_day(
    bot: Bot,
) -> None:
    p = await reach(bot, "week")
    await p.command("reflect")
    await p.tap("Who is my secure base?")
    await p.say("Mum.")
    await bot.evening(1)
    out = await check_in(p)
    assert [r.text for r in out] == ["Saved for day 1. Thank you for checking in."]
    assert await p.step() == "week"


async def test_reflect_is_for_a_week_that_has_begun(bot: Bot) -> None:
    p = await reach(bot, "tz")
    out = await p.command("reflect")
    assert [r.text for r in out] == [
        "The reflection questions open once your week has begun. /start sets it up."
    ]
    assert await p.step() == "tz"


async def test_a_reflect_detour_mid_checkin_comes_back_to_the_open_question(bot: Bot) -> None:
    p = await reach(bot, "checkin_effect")
    await p.command("reflect")
    await p.tap("What I dare to try")
    out = await p.say("More than I thought.")
    assert out[0].text == "Saved. Thank you for putting that into words."
    assert ASKS["checkin_effect"] in texts(out[1:])
    assert await p.step() == "checkin_effect"


async def test_a_long_reflection_is_kept_whole_up_to_4096_characters(bot: Bot) -> None:
    p = await reach(bot, "reflection")
    assert QUESTIONS[0] in p.seen[-1].text and labels(p.seen[-1]) == ["Later"]
    out = await p.say("x" * 4097)
    assert out[0].text.startswith("That's longer than I can keep here (up to 4096 characters).")
    assert labels(out[0]) == ["Save the first 4096", "I'll shorten it"]  # nothing lost yet
    assert await p.reflections() == [] and await p.step() == "reflection"
    long = "I lean on her. " * 273 + "x"
    assert len(long) == 4096
    out = await p.say(long)
    assert out[0].text == "Saved. Thank you for putting that into words."
    assert [r.answer for r in await p.reflections()] == [long]


# ============================================================================ day 7
async def test_a_whole_week_ends_with_a_thank_you_a_summary_and_an_offer(bot: Bot) -> None:
    p = await reach(bot, "week")

    async def day(n: int) -> None:
        outcomes = await bot.evening(n)
        assert [(due.day, status) for due, status in outcomes] == [(n, SENT)]
        missed_yesterday = n == 5  # day 4 goes unanswered
        question = f"Day {n} of 7. How are you feeling today?"
        assert p.text() == (f"{MISSED}\n\n{question}" if missed_yesterday else question)

    await day(1)
    out = await check_in(
        p, mood=4, tried=True, note="Spoke up in the team meeting", effect="Braver"
    )
    assert out[0].text == "Saved for day 1. Thank you for checking in."
    assert out[1].text == (
        f"A question to sit with:\n\n<i>{QUESTIONS[0]}</i>\n\n"
        "Answer in a message now, or later with /reflect."
    )
    await p.say("Mum. <3 & always has been.")

    await day(2)
    out = await check_in(p, mood=3, effect="Calmer")
    assert out[-1].text == "Did you send your request to Mum?"
    await p.tap("Yes, I sent it")
    out = await p.tap("Warmly")
    assert len(out) == 1  # no reflection on day 2

    await day(3)
    out = await check_in(p, mood=5, tried=True, note="", effect="Both")
    assert QUESTIONS[1] in out[-1].text
    out = await p.tap("Later")
    assert [r.text for r in out] == ["Of course. /reflect brings the questions back any time."]

    await day(4)  # no answer on day 4

    await day(5)
    out = await check_in(p, mood=2, effect="Not really")
    assert QUESTIONS[2] in out[-1].text
    await p.say("Asking for help without apologising.")

    await day(6)
    out = await check_in(p, mood=4, tried=True, note="Called the landlord", effect="Braver")
    assert [r.text for r in out] == ["Saved for day 6. Thank you for checking in."]

    await day(7)
    out = await check_in(p, mood=5, effect="Calmer")
    assert QUESTIONS[3] in out[-1].text
    out = await p.say("Not as often as I'd like.")
    assert out[0].text == "Saved. Thank you for putting that into words."
    assert out[1].text.startswith("Before we close the week: no answers yet for day 4.")
    assert labels(out[1]) == ["Day 4", "Close the week"]
    out = await p.tap("Close the week")
    idea = EN.plain("return_comfort")
    thank = [variant("thank_drafts", n, anchor="Mum", idea=str(idea)) for n in range(3)]
    assert out[0].text.startswith("Time to close the circle with Mum.")
    assert f"<blockquote>{thank[0]}</blockquote>" in out[0].text
    assert await p.step() == "draft"

    out = await p.tap("Another wording")
    assert thank[1] in out[0].text and thank[0] not in out[0].text
    final, summary, chart, offer = await p.tap("Use this")

    assert final.text.startswith(
        f"Here it is, ready to send:\n\n<blockquote>{thank[1]}</blockquote>"
    )
    assert "One way to give something back this week: send Mum a kind text" in final.text
    copy = next(b for row in final.buttons for b in row if b.copy)
    assert copy.copy == thank[1]

    assert summary.text.splitlines()[:6] == [
        "<b>Your week</b>",
        "Moods, day by day: 🙂 😐 😄 – 😕 🙂 😄",
        "Average mood: 3.8 of 5",
        "Days you tried something new or hard: 3 of 7",
        "Days your secure base made you calmer or braver: 5 of 7",
        "Your request to Mum: sent",
    ]
    dared = "<b>What you dared</b>\nDay 1: Spoke up in the team meeting\nDay 6: Called the landlord"
    assert dared in summary.text  # day 3's skipped note is not listed
    assert f"<i>{QUESTIONS[0]}</i>\nMum. &lt;3 &amp; always has been." in summary.text
    assert f"<i>{QUESTIONS[2]}</i>\nAsking for help without apologising." in summary.text
    assert f"<i>{QUESTIONS[3]}</i>\nNot as often as I'd like." in summary.text
    assert QUESTIONS[1] not in summary.text  # "Later", never answered
    assert chart.text == "Your week with Mum."  # the week is over: not "so far"
    assert chart.photo is None and chart.chart is not None  # the adapters draw it
    drawn_chart = (await drawn(chart)).photo
    assert drawn_chart is not None and drawn_chart.startswith(b"\x89PNG")

    assert offer.text == (
        "Would you like another week? You can keep Mum as your anchor or choose someone new."
    )
    assert labels(offer) == ["Same anchor", "Someone new", "Not now"]
    week = await p.week()
    assert (week.status, week.ended_at, week.thank_text) == ("completed", utc(7), thank[1])
    assert [n.status for n in await p.nudges()] == ["sent"] * 7 + ["cancelled"]
    assert await bot.evening(8) == []  # no close nudge after the week is closed
    assert await p.step() == "again"


async def test_a_thank_you_in_their_own_words(bot: Bot) -> None:
    p = await reach(bot, "thank")
    out = await p.tap("Write my own")
    assert out[0].text == "Write your thank-you the way you'd say it."
    mine = "Thanks Mum – you're my rock. Dinner's on me <3"
    final, summary, _chart, offer = await p.say(mine)
    assert "Thanks Mum – you're my rock. Dinner's on me &lt;3" in final.text
    assert next(b for row in final.buttons for b in row if b.copy).copy == mine
    assert "Your request to Mum: you chose not to send it" in summary.text
    assert "Moods, day by day: – – – – – – 🙂" in summary.text
    assert (await p.week()).thank_text == mine
    assert ASKS["again"] in offer.text


async def test_the_days_left_empty_are_named_as_a_list(bot: Bot) -> None:
    """Issue 19: "no answers yet for days 5 and 7", not "for day 5, 7"."""
    p = await reach(bot, "week")
    for n in (1, 2, 3, 4, 6):
        await bot.evening(n)
        await check_in(p, mood=4)
        while labels(p.last[-1]) and p.last[-1].text != EN("checkin_saved", day=n):
            for answer in ("Later", "I decided not to"):
                if answer in " ".join(labels(p.last[-1])):
                    await p.tap(answer)
                    break
            else:
                break
    await bot.evening(7)  # day 5 and day 7 go unanswered
    await bot.evening(8)
    out = await p.tap("Close the week")
    assert out[0].text.startswith("Before we close the week: no answers yet for days 5 and 7.")
    assert labels(out[0]) == ["Day 5", "Day 7", "Close the week"]


async def test_the_close_nudge_opens_the_thank_you_when_day_seven_went_unanswered(
    bot: Bot,
) -> None:
    p = await reach(bot, "week")
    outcomes = await bot.evening(8)
    assert [(due.kind, status) for due, status in outcomes][-1] == ("close", SENT)
    assert [status for _, status in outcomes[:-1]] == ["missed"] * 7
    nudge = p.last[0]
    assert nudge.text.startswith("Your seven days are done. 🌿")
    assert "a thank-you for Mum and a look back" in nudge.text
    assert labels(nudge) == ["✨ Close the week"]
    out = await p.tap("Close the week")
    assert out[0].text.startswith("Before we close the week: no answers yet for days 1, 2, 3,")
    out = await p.tap("Close the week")
    assert out[0].text.startswith("Time to close the circle with Mum.")
    _, summary, _, _ = await p.tap("Use this")
    assert "Moods, day by day: – – – – – – –" in summary.text
    assert "Average mood: – of 5" in summary.text
    assert "Your request to Mum: not answered" in summary.text
    assert (await p.week()).status == "completed"


async def test_another_week_with_the_same_anchor_starts_at_what_is_coming_up(bot: Bot) -> None:
    p = await reach(bot, "again")
    first = await p.week()
    out = await p.tap("Same anchor")
    assert ASKS["situation"] in out[0].text
    second = await p.week()
    assert second.id != first.id
    assert (second.number, second.status, of(second).name, of(second).why) == (
        2,
        "setup",
        "Mum",
        WHY,
    )
    assert await p.step() == "situation"
    await p.tap("ordinary week")
    await p.tap("Five minutes of listening")
    final, keep = await p.tap("Use this")
    assert variant("request_listen", 0, anchor="Mum") in final.text
    assert keep.text == "Shall I check in at the same time as last week, 19:00 (UTC)?"
    assert labels(keep) == ["Yes, same time", "Change it"]
    out = await p.tap("Yes, same time")
    assert "Your first check-in comes tomorrow at 19:00" in out[0].text
    assert (await p.week()).start_date == MONDAY + timedelta(days=7)
    assert len(await p.nudges()) == 8
    assert [n.status for n in await p.nudges(first)][-1] == "cancelled"


async def test_another_week_can_change_the_time(bot: Bot) -> None:
    p = await reach(bot, "again")
    await p.tap("Same anchor")
    await p.tap("ordinary week")
    await p.tap("A comforting text")
    await p.tap("Use this")
    out = await p.tap("Change it")
    assert ASKS["tz"] in out[0].text
    await p.tap("London")
    await p.tap("20:00")
    user = await p.user()
    assert (user.timezone, user.nudge_minute) == ("Europe/London", 20 * 60)


async def test_another_week_with_someone_new_starts_at_the_anchor(bot: Bot) -> None:
    p = await reach(bot, "again")
    out = await p.tap("Someone new")
    assert out[0].text.startswith(ASKS["anchor_name"])
    week = await p.week()
    assert (week.number, of(week).name, of(week).why) == (2, None, None)
    await p.say("Jo")
    assert p.text().startswith("What makes Jo a safe place for you?")
    assert [of(w).name for w in await p.weeks()] == ["Mum", "Jo"]


async def test_not_now_ends_kindly_and_start_offers_another_week_later(bot: Bot) -> None:
    p = await reach(bot, "again")
    out = await p.tap("Not now")
    assert [r.text for r in out] == [
        "Thank you for this week. Whenever you'd like another, /start is here. 🌿"
    ]
    assert await p.step() == "ended"
    assert len(await p.weeks()) == 1
    bot.clock.advance(days=10)
    out = await p.command("start")
    assert out[0].text.startswith("Would you like another week? You can keep Mum")
    await p.tap("Same anchor")
    assert await p.step() == "situation"


# ========================================================================= commands
class Said:
    """What one command at one step answered, with the facts the checks below need."""

    def __init__(self, p: Person, step: str, name: str, out: list[Reply]) -> None:
        self.p, self.step, self.out, self.text = p, step, out, texts(out)
        self.setup, self.after = step in SETUP, step in AFTER
        self.in_week = not self.setup and not self.after
        self.where = f"/{name} at {step}: {self.text[:200]!r}"

    def asks_again(self) -> bool:
        return any(ASKS[self.step] in r.text for r in self.out[1:])


async def _help(s: Said) -> None:
    assert len(s.out) == 1 and s.text.startswith("I walk with you through one week"), s.where
    assert "I'm not a crisis or medical service." in s.text, s.where
    assert "/reflect: answer a reflection question any time" in s.text, s.where


async def _dance(s: Said) -> None:
    assert s.text == "I don't know that command. /help lists the ones I understand.", s.where


async def _status(s: Said) -> None:
    if s.setup:
        assert s.out[0].text == "You're setting up your week. Here's the next step:", s.where
        assert s.asks_again(), s.where
    elif s.after:  # the finished week is named, not "no week"
        assert s.text.startswith("Your week with Mum is finished."), s.where
    else:
        assert len(s.out) == 1, s.where
        assert s.text.startswith(f"Day {DAY_OF[s.step]} of 7 with Mum as your anchor."), s.where
        assert "Next check-in: " in s.text or "Your first check-in comes" in s.text, s.where


async def _reflect(s: Said) -> None:
    if s.setup:
        assert s.text.startswith("The reflection questions open once your week"), s.where
    else:
        assert s.out[0].text.startswith("Which question would you like to answer?"), s.where
        assert labels(s.out[0]) == list(SHORT_QUESTIONS), s.where


async def _pause(s: Said) -> None:
    if s.setup:
        assert s.out[0].text.startswith("Check-ins begin once your week is set up."), s.where
        assert s.asks_again(), s.where
    elif s.after:
        assert s.text == "There's no week running right now. /start to begin one.", s.where
    else:
        assert s.text.startswith("Paused. I won't send check-ins until you /resume."), s.where
    assert (await s.p.user()).paused is s.in_week, s.where


async def _resume(s: Said) -> None:
    if s.in_week:
        assert s.text.startswith("Check-ins are back on. Next one: "), s.where
    elif s.setup:
        assert s.out[0].text.startswith("Check-ins begin once your week is set up."), s.where
        assert s.asks_again(), s.where
    else:
        assert s.text == "There's no week running right now. /start to begin one.", s.where
    assert (await s.p.user()).paused is False, s.where


async def _stop(s: Said) -> None:
    if s.step in ("welcome", *AFTER):
        assert s.text == "There's no week running right now. /start to begin one.", s.where
        return
    assert s.text.startswith("End this week? Your answers stay saved"), s.where
    assert labels(s.out[0]) == ["Yes, end the week", "No, keep going"], s.where
    kept = await s.p.tap("No, keep going")
    assert kept[0].text == "Good, we'll carry on.", s.where
    assert any(ASKS[s.step] in r.text for r in kept[1:]), f"{s.where} then No: {texts(kept)}"
    assert (await s.p.week()).status in ("setup", "active"), s.where


async def _start(s: Said) -> None:
    if s.step == "welcome":
        assert len(s.out) == 1 and ASKS["welcome"] in s.text, s.where
    elif s.step == "week":
        assert len(s.out) == 1 and s.text.startswith(ASKS["week"]), s.where
    elif s.after:
        assert s.text.startswith("Would you like another week?"), s.where
        assert labels(s.out[-1]) == ["Same anchor", "Someone new", "Not now"], s.where
    else:
        assert s.out[0].text == "Welcome back. Here's where we were:", s.where
        assert s.asks_again(), s.where


async def _cancel(s: Said) -> None:
    if s.setup:
        assert s.text == "No problem. We'll pick up from here whenever you send /start.", s.where
    elif s.step in ("week", *AFTER):
        assert s.text == "There's no open question right now. 🌿", s.where
    else:
        assert s.text == "Okay, I've set that question aside. Your week goes on.", s.where


EXPECT = {
    "help": _help,
    "dance": _dance,
    "status": _status,
    "reflect": _reflect,
    "pause": _pause,
    "resume": _resume,
    "stop": _stop,
    "start": _start,
    "cancel": _cancel,
}


async def expect_command(p: Person, step: str, name: str) -> None:
    """Send /name at `step` and check the answer a person at that step should get."""
    said = Said(p, step, name, await p.command(name))
    await EXPECT[name](said)
    moved = {
        ("start", "ended"): "again",
        ("cancel", "ended"): "again",  # /start just before moved them to the offer
        **{("cancel", s): "week" for s in OPEN},
    }
    expected = moved.get((name, step), step)
    assert await p.step() == STORED.get(expected, expected), said.where


# Read-only commands first; /pause then /resume; /stop then "No"; /start and /cancel last.
COMMANDS = ("help", "dance", "status", "reflect", "pause", "resume", "stop", "start", "cancel")


@pytest.mark.parametrize("step", STEPS)
async def test_every_command_at_every_step(bot: Bot, step: str) -> None:
    p = await reach(bot, step)
    weeks_before = [(w.id, of(w).name, of(w).why) for w in await p.weeks()]
    for name in COMMANDS:
        await expect_command(p, step, name)
    # Nothing was wiped: the same weeks with the same anchor.
    assert [(w.id, of(w).name, of(w).why) for w in await p.weeks()] == weeks_before
    if step not in ("welcome", "anchor_name"):
        assert of(await p.week()).name == "Mum"


@pytest.mark.parametrize("step", ["support", "week", "checkin_note", "thank"])
async def test_stop_yes_ends_the_week_and_cancels_what_is_pending(bot: Bot, step: str) -> None:
    p = await reach(bot, step)
    await p.command("stop")
    out = await p.tap("Yes, end the week")
    assert [r.text for r in out] == [
        "Your week is ended. Thank you for the part you did. /start whenever you want another."
    ]
    week = await p.week()
    assert (week.status, week.ended_at, of(week).name) == ("stopped", bot.clock.now(), "Mum")
    assert all(n.status in ("cancelled", "sent", "missed") for n in await p.nudges())
    assert not any(n.status == "pending" for n in await p.nudges())
    assert await p.step() == "ended"
    assert await bot.evening(9) == []  # nothing comes any more
    assert [r.text for r in await p.command("status")] == [
        ASKS["ended"] + " /start to begin another."
    ]
    assert (await p.command("stop"))[0].text.startswith("There's no week running right now.")


async def test_cancel_while_the_stop_question_is_open_keeps_going(bot: Bot) -> None:
    p = await reach(bot, "checkin_effect")
    await p.command("stop")
    out = await p.command("cancel")
    assert out[0].text == "Good, we'll carry on." and ASKS["checkin_effect"] in out[1].text
    await p.tap("Both")
    assert (await p.checkins())[1].effect == "both"


async def test_cancel_at_a_free_text_step_during_the_week_sets_the_question_aside(
    bot: Bot,
) -> None:
    p = await reach(bot, "checkin_note")
    out = await p.command("cancel")
    assert [r.text for r in out] == ["Okay, I've set that question aside. Your week goes on."]
    assert await p.step() == "week"
    out = await p.say("Went to the gym")
    assert out[0].text.startswith("Thank you for writing. There's no open question right now")
    c = (await p.checkins())[1]
    assert (c.mood, c.tried, c.tried_note, c.effect) == (4, True, None, None)
    assert (await p.reflections()) == []


# ======================================================================== bad input
FREE_TEXT = ("anchor_name", "anchor_why", "checkin_note", "reflection")
WORDS_ANSWER = {
    "tz": "I couldn't find “just some words”.",
    "time": "I didn't catch that time.",
    "week": "Thank you for writing. There's no open question right now",
    "ended": "You have no week running right now.",
}


@pytest.mark.parametrize("step", STEPS)
async def test_bad_input_at_every_step_gets_a_kind_answer_and_changes_nothing(
    bot: Bot, step: str
) -> None:
    p = await reach(bot, step)
    before = await p.week() if step != "welcome" else None
    answers_before = await answers(p) if before is not None else None

    out = await p.sticker()
    assert out[0].text == (
        "I can only read text and button taps, not stickers or pictures. Here's where we were:"
    )
    assert ASKS[step] in texts(out[1:]), texts(out)

    if step in FREE_TEXT:
        for empty in ("", "   \n "):
            out = await p.say(empty)
            assert [r.text for r in out] == ["I didn't get any words there. Could you try again?"]
    else:
        out = await p.say("just some words")
        if step in WORDS_ANSWER:
            assert len(out) == 1 and out[0].text.startswith(WORDS_ANSWER[step]), texts(out)
        else:
            assert out[0].text == (
                "Please tap one of the buttons (or type its number). Here it is again:"
            )
            assert ASKS[step] in out[1].text and data_buttons(out[1]), texts(out)

    assert await p.step() == STORED.get(step, step)
    if before is not None:
        after = await p.week()
        assert after.id == before.id
        for column in ("name", "why", "support_kind", "request_text"):
            assert getattr(of(after), column) == getattr(of(before), column), column
        assert await answers(p) == answers_before


@pytest.mark.parametrize(
    ("step", "typed", "lands_on", "says"),
    [
        ("welcome", "1", "anchor_name", ASKS["anchor_name"]),
        ("support", "2", "draft", "Could you give me five minutes this week"),
        ("draft", "2", "draft", "Hey Mum, small ask: could you send me a few kind words"),
        ("draft", "3", "draft_own", "Write the message the way you would say it."),
        ("tz", "2", "time", "Your time zone: Berlin"),
        ("tz", "15", "tz_text", "Type your city"),
        ("time_confirm", "2", "time", "What time of day should I check in?"),
        ("checkin_tried", "2", "checkin_effect", ASKS["checkin_effect"]),
        ("checkin_effect", "3", "reflection", "Saved for day 1."),
        ("followup_sent", "3", "reflection", "That's okay; you know your situation best."),
        ("thank", "1", "again", "Here it is, ready to send"),
        ("again", "3", "ended", "Thank you for this week."),
    ],
)
async def test_a_typed_number_picks_that_button(
    bot: Bot, step: str, typed: str, lands_on: str, says: str
) -> None:
    p = await reach(bot, step)
    out = await p.say(typed)
    assert says in texts(out)
    assert await p.step() == STORED.get(lands_on, lands_on)


@pytest.mark.parametrize("typed", ["0", "5", "99"])
async def test_a_number_without_a_button_gets_the_hint(bot: Bot, typed: str) -> None:
    p = await reach(bot, "support")
    out = await p.say(typed)
    assert out[0].text.startswith("Please tap one of the buttons (or type its number).")
    assert ASKS["support"] in out[1].text
    assert of(await p.week()).support_kind is None and await p.step() == "support"


async def test_at_the_time_step_a_number_is_an_hour_not_a_button(bot: Bot) -> None:
    p = await reach(bot, "time")
    out = await p.say("2")
    assert out[0].text.startswith("02:00 is during the night.")
    await p.tap("Pick another time")
    await p.say("19")
    assert (await p.user()).nudge_minute == 19 * 60


async def test_a_superscript_digit_where_a_button_is_expected_gets_the_hint(bot: Bot) -> None:
    p = await reach(bot, "support")
    out = await p.say("²")
    assert out[0].text.startswith("Please tap one of the buttons (or type its number).")


async def test_a_typed_number_answers_the_mood_question_of_a_nudge(bot: Bot) -> None:
    p = await reach(bot, "week")
    await bot.evening(1)
    out = await p.say("4")
    assert "There's no open question right now" not in texts(out)
    assert (await p.checkins())[1].mood == 4


@pytest.mark.parametrize(
    ("step", "length", "limit"),
    [("anchor_name", 4096, 64), ("anchor_name", 65, 64)],
)
async def test_a_too_long_answer_is_not_stored(
    bot: Bot, step: str, length: int, limit: int
) -> None:
    p = await reach(bot, step)
    out = await p.say("y" * length)
    assert [r.text for r in out] == [
        f"That's a little long for me to keep (up to {limit} characters). Could you shorten it?"
    ]
    week = await p.week()
    stored = of(week).name if step == "anchor_name" else of(week).why
    assert stored is None and await p.step() == step
    await p.say("z" * limit)  # the longest allowed is fine
    week = await p.week()
    assert (of(week).name if step == "anchor_name" else of(week).why) == "z" * limit


async def test_html_in_the_anchor_name_is_escaped_in_every_reply_but_raw_in_what_they_send(
    bot: Bot,
) -> None:
    raw = '<b>Bo</b> & "Co"'
    escaped = '&lt;b&gt;Bo&lt;/b&gt; &amp; "Co"'
    p = bot.person()
    await set_up(p, anchor=raw)
    assert of(await p.week()).name == raw
    draft = variant("request_comfort", 0, anchor=raw)
    assert of(await p.week()).request_text == draft
    final = next(r for r in p.seen if r.text.startswith("Here it is, ready to copy"))
    _invite, copy, share, *_offer = (b for row in final.buttons for b in row)
    assert copy.copy == draft and draft.startswith('Hi <b>Bo</b> & "Co"!')
    assert share.label == f"↗️ Send to {raw}"
    assert share.share == draft and share.url is None

    await bot.evening(2)  # day 1 passed unanswered
    await check_in(p)
    await p.tap("Yes, I sent it")
    await p.tap("Warmly")
    await p.command("status")
    await bot.evening(8)  # the close nudge names the anchor too
    await p.tap("Close the week")
    await p.tap("Close the week")  # without filling in the days that went unanswered
    await p.tap("Use this")

    thank = next(r for r in p.seen if r.text.startswith("Here it is, ready to send"))
    thank_copy = next(b for row in thank.buttons for b in row if b.copy)
    assert thank_copy.copy is not None and thank_copy.copy.startswith(f"{raw}, thank you")
    with_name = [r.text for r in p.seen if "Bo" in r.text]
    assert len(with_name) >= 12
    for text in (r.text for r in p.seen):
        assert "<b>Bo</b>" not in text and "&amp;lt;" not in text, text
    for text in with_name:
        assert escaped in text, text
    for phrase in (
        f"What makes {escaped} a safe place",
        f"It's good that you have {escaped}.",
        f"Did knowing {escaped} has your back",
        f"Did you send your request to {escaped}?",
        f"Day 2 of 7 with {escaped} as your anchor.",
        f"a thank-you for {escaped} and a look back",
        f"send {escaped} a kind text",
        f"Your request to {escaped}: sent",
        f"You can keep {escaped} as your anchor",
    ):
        assert any(phrase in text for text in with_name), phrase


async def test_words_of_crisis_where_a_button_is_expected_get_care_and_the_question_waits(
    bot: Bot,
) -> None:
    p = await reach(bot, "support")
    out = await p.say("honestly I want to die")
    assert len(out) == 2
    assert out[0].text.startswith("Thank you for telling me. That sounds so heavy")
    assert "<b>Help you can reach</b>" in out[0].text
    assert out[1].text == "Are you safe right now?"
    assert labels(out[1]) == ["I'm safe", "I'm not safe"]
    assert await p.step() == "care" and of(await p.week()).support_kind is None
    out = await p.tap("I'm safe")
    assert out[0].text.startswith("I'm glad.")
    assert "one small, concrete thing Mum could do" in out[-1].text  # the question is back
    assert await p.step() == "support"


async def test_words_of_crisis_typed_as_the_name_are_not_taken_as_the_name(bot: Bot) -> None:
    p = await reach(bot, "anchor_name")
    out = await p.say("I want to kill myself")
    assert out[0].text.startswith("Thank you for telling me.")
    assert labels(out[-1]) == ["I'm safe", "I'm not safe"]
    assert "What makes I want to kill myself" not in texts(out)
    assert of(await p.week()).name is None
    back = await p.say("2")  # typed: the second button of the safety question
    assert "Can you call me? I'm having a really hard time." in texts(back)
    assert "Mum" not in texts(back) and of(await p.week()).name is None


@pytest.mark.parametrize("name", ["Oma 👵🏽", "🌻", "👨‍👩‍👧 my family"])
async def test_emoji_names_are_kept_and_shown(bot: Bot, name: str) -> None:
    p = await reach(bot, "anchor_name")
    out = await p.say(name)
    assert out[0].text.startswith(f"What makes {name} a safe place for you?")
    await p.say(WHY)
    await p.tap("ordinary week")
    await p.tap("A comforting text")
    final, _ = await p.tap("Use this")
    assert of(await p.week()).name == name
    assert final.text.startswith(f"Here it is, ready to copy or forward to {name}")
    assert labels(final)[2:] == [
        f"↗️ Send to {name}",
        "➕ Add a second person (optional)",
        f"Just {name} is fine",
    ]
    assert of(await p.week()).request_text == variant("request_comfort", 0, anchor=name)


# ===================================================================== duplicates
async def test_the_same_update_twice_is_handled_once(bot: Bot) -> None:
    p = await reach(bot, "anchor_name")
    first = await p.say("Mum", update_id=5_000_001)
    assert first[0].text.startswith("What makes Mum a safe place")
    assert await p.say("Mum", update_id=5_000_001) == []
    assert await p.say("Bob", update_id=5_000_001) == []
    assert of(await p.week()).name == "Mum" and await p.step() == "anchor_why"

    await p.say(WHY)
    await p.tap("ordinary week")
    await p.tap("A comforting text")
    await p.tap("Another wording")
    again = p.button("Another wording").data
    assert again is not None
    await p.press(again, update_id=5_000_002)
    assert await p.press(again, update_id=5_000_002) == []
    assert (await p.week()).draft_variant == 2

    await p.tap("Use this")
    await p.tap("UTC")
    await p.tap("19:00")
    await bot.evening(1)
    mood = p.button(MOOD[2]).data
    assert mood is not None
    await p.press(mood, update_id=5_000_003)
    five = mood.rsplit(":", 1)[0] + ":5"
    assert await p.press(five, update_id=5_000_003) == []
    assert (await p.checkins())[1].mood == 2
    assert await p.command("start") != []  # a new update is handled as usual


# ====================================================================== the step graph
def test_every_step_is_declared_reachable_and_has_a_way_out() -> None:
    from bot.journey import graph
    from bot.journey.core import Then
    from bot.journey.flow import build_flow
    from bot.journey.steps import Step

    flow = build_flow()
    assert set(flow.steps) == set(Step), "a step without a declaration"
    assert set(flow.results) == set(Then), "a sub-flow whose value nobody receives"
    for step in flow.steps:
        assert graph.neighbours(flow, step) <= set(flow.steps), step
    assert graph.reachable(flow) == set(Step), "a step no answer, command or tap leads to"
    assert graph.groups_without_cancel(flow) == set(), "a group where /cancel has no answer"


def test_the_flow_is_built_where_it_is_asked_for_and_taps_load_alone() -> None:
    """Two flows built side by side are equal and independent (nothing registers itself on
    import), and importing the buttons' codecs loads no step, no model and no storage."""
    import subprocess
    import sys

    from bot.journey.flow import build_flow

    one, two = build_flow(), build_flow()
    assert one.steps == two.steps and one.steps is not two.steps
    ours = "m.startswith(('bot', 'storage', 'content'))"
    code = f"import sys, bot.journey.taps; print(sorted(m for m in sys.modules if {ours}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['bot', 'bot.journey', 'bot.journey.taps']"


def test_the_graph_listing_names_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.journey import graph
    from bot.journey.steps import Step

    graph.main()
    printed = capsys.readouterr().out
    for step in Step:
        assert f"\n{step.value} " in printed, step


def test_button_data_round_trips_and_is_checked_against_telegrams_64_bytes() -> None:
    from bot.journey import taps

    longest_zone = "America/Argentina/ComodRivadavia"
    for tap in (
        taps.Zone(longest_zone),
        taps.Clock("08:00"),
        taps.Mood(2_000_000_000, 7, 5),
        taps.Confirm("delete", taps.Answer.YES),
        taps.Tried(12, 3, False),
        taps.Draft(9, taps.Pick.AGAIN),
    ):
        data = tap.pack()
        assert len(data.encode()) <= 64 and taps.decode(data) == tap
    with pytest.raises(ValueError, match="64 bytes"):
        taps.Zone("x" * 70).pack()
    for junk in ("zz:not-a-button", "ck:1:2", "ck:a:b:c", "nope", "ct:1:2:maybe", ""):
        assert taps.decode(junk) is None, junk


async def test_checkin_buttons_sent_before_the_codecs_still_work(bot: Bot) -> None:
    """Nudges already on people's phones when this version starts keep their meaning."""
    p = await reach(bot, "week")
    await bot.evening(1)
    week = await p.week()
    await p.press(f"ck:m:{week.id}:1:4")
    assert ASKS["checkin_tried"] in p.text()
    await p.press(f"ck:t:{week.id}:1:1")
    await p.press(f"ck:n:{week.id}:1:skip")
    await p.press(f"ck:e:{week.id}:1:braver")
    day1 = (await p.checkins())[1]
    assert (day1.mood, day1.tried, day1.tried_note, day1.effect) == (4, True, "", "braver")


def test_telegram_leaves_out_a_copy_or_share_it_cannot_carry() -> None:
    fits, too_long = "Thank you, Mum.", "x" * 2500
    markup = keyboard(
        Reply("Here it is", ((Button("📋 Copy", copy=fits), Button("↗️ Send", share=fits)),))
    )
    assert markup is not None
    copy, share = markup.inline_keyboard[0]
    assert copy.copy_text is not None and copy.copy_text.text == fits
    assert share.url == "https://t.me/share/url?url=Thank%20you%2C%20Mum."
    none_fit = Reply(
        "Here it is", ((Button("📋 Copy", copy=too_long), Button("↗️", share=too_long)),)
    )
    assert keyboard(none_fit) is None  # no empty row, no broken button
