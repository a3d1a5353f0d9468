"""The inbox: every update fetched once, stored before Telegram hears "received", handled from
memory one chat at a time; one stuck chat holds back nobody else, and what a dead receiver left
unhandled is handled by the next one, once.

The real PTB Application and the real poller against the fake Bot API over HTTP (which keeps an
update until a later offset acknowledges it, like Telegram), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from telegram import Update
from telegram.ext import Application

from bot.adapters.telegram.adapter import build_application
from bot.adapters.telegram.intake import Intake
from bot.adapters.telegram.polling import Poller
from bot.app import ALLOWED_UPDATES, Core, build_core
from bot.timing.clock import ManualClock
from storage.db import make_engine, make_sessionmaker, migrate
from storage.models import InboxUpdate, ProcessedUpdate
from storage.repositories.inbox import InboxRepo, Received
from tests.conftest import make_settings
from tests.fake_bot_api import FakeBotServer, UpdateFactory
from tests.harness import TOKEN

A, B = 71, 72
WELCOME = "Hi, I'm Secure Base."


class StallingBotServer(FakeBotServer):
    """Telegram, where sends to one chat hang until released; counts each update handed out."""

    def __init__(self) -> None:
        super().__init__()
        self.handed_out: Counter[int] = Counter()
        self.stalled: int | None = None
        self.release = asyncio.Event()
        self.stalled_sends = 0

    async def answer(
        self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]] | None = None
    ) -> tuple[int, bytes]:
        to = int(params.get("chat_id", 0) or 0)
        if method == "sendMessage" and self.stalled is not None and to == self.stalled:
            self.stalled_sends += 1
            await self.release.wait()
        return await super().answer(method, params, files)

    async def _get_updates(self, params: dict[str, Any]) -> tuple[int, bytes]:
        status, payload = await super()._get_updates(params)
        for update in json.loads(payload)["result"]:
            self.handed_out[update["update_id"]] += 1
        return status, payload


@pytest.fixture
async def core(tmp_path: Path, db_url: str, clock: ManualClock) -> AsyncIterator[Core]:
    built = await build_core(make_settings(tmp_path, db_url), clock)
    yield built
    await built.close()


@pytest.fixture
async def fakes() -> AsyncIterator[list[StallingBotServer]]:
    servers = [await StallingBotServer().start() for _ in range(2)]
    yield servers
    for server in servers:
        server.release.set()
        await server.stop()


async def application(core: Core, fake: FakeBotServer) -> Application:  # type: ignore[type-arg]
    app = build_application(core.journey, TOKEN, base_url=fake.base_url, rate_limit=False)
    await app.initialize()
    return app


async def until(check: Callable[[], Awaitable[bool] | bool], within: float = 20.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        result = check()
        if result if isinstance(result, bool) else await result:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("not within the time")


async def inbox(core: Core) -> list[tuple[int, str]]:
    async with core.store.unit() as repos:
        rows = await repos.session.execute(
            select(InboxUpdate.update_id, InboxUpdate.claimed_by).order_by(InboxUpdate.update_id)
        )
        return [(int(i), str(w)) for i, w in rows]


@pytest.mark.slow(seconds=5)
async def test_a_stuck_chat_holds_back_nobody_and_nothing_is_fetched_twice(
    core: Core, fakes: list[StallingBotServer]
) -> None:
    fake = fakes[0]
    updates = UpdateFactory()
    app = await application(core, fake)
    intake = Intake(app, core.store, "receiver-1")
    await intake.start()
    poller = Poller(app, intake, ALLOWED_UPDATES, timeout=timedelta(seconds=1))
    await poller.start()
    try:
        fake.stalled = A  # Telegram hangs on every message to A
        a_ids = [fake.push_update(updates.message(A, "/start"))]
        await until(lambda: fake.stalled_sends == 1)
        a_ids.append(fake.push_update(updates.callback(A, "begin")))
        for n in range(110):  # more than one getUpdates answer holds, all behind the stuck one
            a_ids.append(fake.push_update(updates.message(A, f"word {n}")))
        fake.push_update(updates.message(B, "/start"))
        await until(lambda: len(fake.delivered_to(B)) == 1)
        assert fake.delivered_to(B)[0].text.startswith(WELCOME)
        assert fake.delivered_to(A) == []
        assert set(a_ids) <= {i for i, _w in await inbox(core)}  # stored, acknowledged, in hand
        assert set(fake.handed_out.values()) == {1}  # each fetched once: none re-read
        assert len(fake.handed_out) == 113

        fake.release.set()  # Telegram answers A again: A's turn goes on, in the order written
        await until(lambda: len(fake.delivered_to(A)) >= 3)
        said = [d.text for d in fake.delivered_to(A)]
        assert said[0].startswith(WELCOME)
        assert "Who makes you feel safe?" in said[1]
        assert "word 0" in said[2]  # the name A gave is the first word after the tap
        await until(lambda: inbox_empty(core), within=120)  # 112 turns, one after another
        async with core.store.unit() as repos:
            handled = await repos.session.scalar(select(func.count()).select_from(ProcessedUpdate))
        assert handled == 113
        assert set(fake.handed_out.values()) == {1}
    finally:
        fake.release.set()
        await poller.stop(grace=10)
        await app.shutdown()


async def inbox_empty(core: Core) -> bool:
    return await inbox(core) == []


async def test_a_dead_receivers_updates_are_taken_over_once_its_lease_runs_out(
    core: Core, fakes: list[StallingBotServer]
) -> None:
    """Two receivers (webhooks on PostgreSQL): the first stores A's words and dies with them in
    hand (it stops renewing its claim); the second leaves them alone while the claim holds,
    then handles each once."""
    first_fake, second_fake = fakes
    updates = UpdateFactory()
    first_app = await application(core, first_fake)
    second_app = await application(core, second_fake)
    first = Intake(first_app, core.store, "dead", lease=timedelta(seconds=2), keep_every=3600)
    second = Intake(second_app, core.store, "alive", sole_receiver=False, keep_every=0.1)
    first_fake.stalled = A
    try:
        await first.start()
        first.submit(*raw_and_update(first_app, updates.message(A, "/start")))
        await until(lambda: first_fake.stalled_sends == 1)
        words = [updates.message(A, "/help") for _ in range(3)]
        for word in words:
            first.submit(*raw_and_update(first_app, word))
        await until(lambda: _claimed_by(core, "dead", 4))
        await second.start()
        assert [w for _i, w in await inbox(core)] == ["dead"] * 4  # its claim still holds
        assert second_fake.deliveries == []

        await until(lambda: len(second_fake.delivered_to(A)) == 3)  # the lease ran out
        await until(lambda: inbox_empty(core))
        # /start was taken over too, and dropped: the dead one had begun it (and says it last).
        first_fake.release.set()
        await until(lambda: len(first_fake.delivered_to(A)) == 1)
        await asyncio.sleep(0.5)  # anything handled twice would show by now
        assert first_fake.delivered_to(A)[0].text.startswith(WELCOME)
        assert [d.text.startswith(WELCOME) for d in second_fake.delivered_to(A)] == [False] * 3
    finally:
        first_fake.release.set()
        await first.finish(5)
        await second.finish(5)
        await first_app.shutdown()
        await second_app.shutdown()
    assert await inbox(core) == []


async def _claimed_by(core: Core, worker: str, count: int) -> bool:
    return [w for _i, w in await inbox(core)] == [worker] * count


def raw_and_update(app: Application, raw: dict[str, Any]) -> tuple[Any, dict[str, Any]]:  # type: ignore[type-arg]
    return Update.de_json(raw, app.bot), raw


async def test_what_a_killed_run_left_in_the_inbox_is_handled_at_the_next_start(
    core: Core, fakes: list[StallingBotServer]
) -> None:
    """The only receiver (polling, or SQLite) takes an earlier run's rows at once, claim or not."""
    fake = fakes[0]
    updates = UpdateFactory()
    left = [updates.message(B, "/start"), updates.callback(B, "begin")]
    now = datetime.now(UTC)
    async with core.store.unit() as repos:
        received = [Received(u["update_id"], B, json.dumps(u)) for u in left]
        await InboxRepo(repos.session).store(received, "killed", now + timedelta(hours=1), now)
    app = await application(core, fake)
    intake = Intake(app, core.store, "next-run")
    try:
        await intake.start()
        await until(lambda: len(fake.delivered_to(B)) == 2)
        said = [d.text for d in fake.delivered_to(B)]
        assert said[0].startswith(WELCOME)
        assert "Who makes you feel safe?" in said[1]
        await until(lambda: inbox_empty(core))
    finally:
        await intake.finish(5)
        await app.shutdown()


@pytest.mark.postgres
async def test_two_receivers_claiming_at_once_never_take_the_same_update(pg_url: str) -> None:
    engine = make_engine(pg_url)
    await migrate(engine)
    sessions = make_sessionmaker(engine)
    now = datetime.now(UTC)
    try:
        async with sessions() as s, s.begin():
            received = [Received(i, i % 7, "{}") for i in range(1, 21)]
            await InboxRepo(s).store(received, "dead", now - timedelta(seconds=1), now)
        async with sessions() as one, one.begin(), sessions() as two, two.begin():
            first = await InboxRepo(one).claim(
                "one", now, now + timedelta(minutes=1), anyones=False, limit=8
            )
            # `one` has not committed: its rows are locked, and skipped, not waited for.
            second = await asyncio.wait_for(
                InboxRepo(two).claim(
                    "two", now, now + timedelta(minutes=1), anyones=False, limit=50
                ),
                5,
            )
        assert [r.update_id for r in first] == list(range(1, 9))
        assert [r.update_id for r in second] == list(range(9, 21))
    finally:
        await engine.dispose()
