"""The anchors a nudge may name are the week's named anchors, by the one rule of naming: a check-in
never names an anchor still being added (no request drafted yet), and names the others in their
order, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import Core, build_core
from bot.timing.clock import ManualClock
from storage.models import Anchor, LinkStatus, Week
from storage.nudge_enums import NudgeKind
from tests.conftest import make_settings

LEASE = timedelta(seconds=60)


@pytest.fixture
async def core(tmp_path: Path, db_url: str, clock: ManualClock) -> AsyncIterator[Core]:
    built = await build_core(make_settings(tmp_path, db_url), clock)
    yield built
    await built.close()


# Each week's anchor rows as (position, name, request drafted?), and the names a nudge may say.
WEEKS = [
    ([(1, "Igor", False)], ("Igor",)),
    ([(1, "Igor", True), (2, "мама", False)], ("Igor",)),  # мама half-added: her why, no ask
    ([(1, "Igor", False), (2, "мама", True)], ("Igor", "мама")),
    ([(2, "Mira", True), (1, "Sam", True)], ("Sam", "Mira")),  # in their order, not the rows'
    ([(1, "Sam", False), (2, "", True)], ("Sam",)),  # a nameless row is never named
]


async def _week(core: Core, chat_id: int, anchors: list[tuple[int, str, bool]]) -> int:
    now = core.clock.now()
    async with core.store.unit() as repos:
        user = await repos.users.create(chat_id, "en", now)
        rows = [
            Anchor(position=n, name=name, why="why", request_text="…" if asked else None)
            for n, name, asked in anchors
        ]
        week = await repos.weeks.create(user.id, now, anchors=rows)
        await repos.nudges.schedule(user.id, week.id, [(NudgeKind.CHECKIN, 1, now)])
        return week.id


async def test_a_nudge_names_exactly_the_weeks_named_anchors(core: Core) -> None:
    weeks = [await _week(core, 100 + i, anchors) for i, (anchors, _) in enumerate(WEEKS)]
    async with core.store.unit() as repos:
        ids = await repos.nudges.claim_due(core.clock.now(), "w", LEASE, 100)
        said = {due.week_id: due.anchor_names for due in await repos.nudges.load_due(ids)}
        for week_id, (_, expected) in zip(weeks, WEEKS, strict=True):
            week = await repos.session.get(Week, week_id)
            assert week is not None
            assert said[week_id] == expected
            assert said[week_id] == tuple(a.name for a in week.named_anchors())


# The second anchor's own ask (kind, words), or none: then they share the first one's "listen".
ASKS = [(None, None), ("own", "walk with me on Sunday"), ("comfort", None)]


async def _linked_week(core: Core, chat_id: int, ask: tuple[str | None, str | None]) -> int:
    """A week whose second anchor (Jo) joined through their link: a reminder is due to Jo."""
    now = core.clock.now()
    async with core.store.unit() as repos:
        person = await repos.users.create(chat_id, "en", now)
        jo = await repos.users.create(chat_id + 1, "en", now)
        rows = [
            Anchor(position=1, name="Mira", support_kind="listen", request_text="…"),
            Anchor(position=2, name="Jo", support_kind=ask[0], support_text=ask[1],
                   request_text="…"),
        ]  # fmt: skip
        week = await repos.weeks.create(person.id, now, anchors=rows)
        link = await repos.anchors.create(week, f"hash{chat_id}", "Alex", now, now, anchor_no=2)
        link.status, link.anchor_id = LinkStatus.JOINED, jo.id
        await repos.nudges.schedule(jo.id, week.id, [(NudgeKind.ANCHOR, 1, now)])
        return week.id


async def test_an_anchors_reminder_asks_what_their_drafts_ask(core: Core) -> None:
    """A later anchor without an ask of their own is reminded of the first one's, like their
    drafts: the one rule of `Week.support_of`."""
    weeks = [await _linked_week(core, 300 + 10 * i, ask) for i, ask in enumerate(ASKS)]
    async with core.store.unit() as repos:
        ids = await repos.nudges.claim_due(core.clock.now(), "w", LEASE, 100)
        dues = await repos.anchors.nudge_info(await repos.nudges.load_due(ids))
        about = {d.week_id: d.about for d in dues}
        said = [(a.support_kind, a.support_text) for w in weeks if (a := about[w]) is not None]
        expected = []
        for week_id in weeks:
            week = await repos.session.get(Week, week_id)
            assert week is not None
            kind, words = week.support_of(2)
            expected.append((kind, words or ""))
    assert said == expected == [("listen", ""), ("own", "walk with me on Sunday"), ("comfort", "")]
