"""A person's turn waits for their last one (PostgreSQL, several receivers), but not forever:
a turn stuck mid-transaction (a process hung on a dropped link) holds that person's next
message for at most the turn's patience, then it fails as the database being away does and is
tried again; nobody else's turn waits at all."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Core, build_core
from bot.timing.clock import ManualClock
from storage.db import DATABASE_AWAY
from tests.conftest import make_settings

pytestmark = pytest.mark.postgres
STUCK, OTHER = 701, 702


@pytest.fixture
async def pg_core(tmp_path: Path, pg_url: str, clock: ManualClock) -> AsyncIterator[Core]:
    built = await build_core(make_settings(tmp_path, pg_url), clock)
    yield built
    await built.close()


async def test_a_stuck_turn_holds_the_next_one_only_for_its_patience(pg_core: Core) -> None:
    async with pg_core.store.unit() as stuck:
        await stuck.users.take_turn(STUCK)  # and never commits while the others try

        started = time.monotonic()
        with pytest.raises(DATABASE_AWAY):
            async with pg_core.store.unit() as next_turn:
                await next_turn.users.take_turn(STUCK, patience=0.3)
        waited = time.monotonic() - started

        async with pg_core.store.unit() as someone_else:
            await someone_else.users.take_turn(OTHER, patience=0.3)

    assert waited < 5, waited
    async with pg_core.store.unit() as later:  # the stuck turn ended: the chat is free again
        await later.users.take_turn(STUCK, patience=0.3)
