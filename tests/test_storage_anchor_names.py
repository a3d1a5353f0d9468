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
from storage.models import Anchor, Week
from storage.nudge_enums import NudgeKind
from tests.conftest import make_settings

LEASE = timedelta(seconds=60)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


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
