"""The outbox's rows and its sending, on SQLite and on PostgreSQL alike.

Rows are written with the repositories, as a turn writes them; sending goes through a recording
`Sender` that fails on demand (tests/test_storage_dispatch.py), so each Telegram answer can be
given exactly: an outage, a RetryAfter, a blocked chat, a refusal.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import Core, build_core
from bot.delivery.outbox import FRESH_SECONDS, MAX_AGE, Outbox
from bot.delivery.sender import Blocked, PermanentFailure, RetryLater, TransientFailure
from bot.timing.clock import ManualClock
from storage.models import Relay
from storage.nudge_enums import RelayStatus
from tests.conftest import START, make_settings
from tests.test_storage_dispatch import RecordingSender

LEASE = timedelta(seconds=60)
PENDING, CLAIMED, SENT = RelayStatus.PENDING, RelayStatus.CLAIMED, RelayStatus.SENT


@pytest.fixture
async def db(tmp_path: Path, db_url: str, clock: ManualClock) -> AsyncIterator[Core]:
    core = await build_core(make_settings(tmp_path, db_url), clock)
    yield core
    await core.close()


class Chat:
    def __init__(self, user_id: int, chat_id: int) -> None:
        self.user_id, self.chat_id = user_id, chat_id


async def person(core: Core, chat_id: int) -> Chat:
    async with core.store.unit() as repos:
        user = await repos.users.create(chat_id, "en", core.clock.now())
        return Chat(user.id, chat_id)


async def write(core: Core, to: Chat, text: str = "words") -> int:
    async with core.store.unit() as repos:
        return await repos.relays.add(to.user_id, None, text, [[{"label": "ok"}]], core.clock.now())


def settle(clock: ManualClock) -> None:
    """Let the rows just written age past the moment their own turn sends them."""
    clock.advance(seconds=FRESH_SECONDS)


async def rows(core: Core) -> dict[int, Relay]:
    async with core.store.unit() as repos:
        return {r.id: r for r in await repos.session.scalars(select(Relay).order_by(Relay.id))}


async def claim(core: Core, worker: str, limit: int = 10) -> list[int]:
    async with core.store.unit() as repos:
        return await repos.relays.claim_due(core.clock.now(), worker, LEASE, limit)


def outbox(core: Core, worker: str = "w1") -> Outbox:
    return Outbox(core.store, core.clock, worker)


# ---------------------------------------------------------------------------- claiming


async def test_claims_take_waiting_rows_oldest_first_and_hold_them_for_the_lease(
    db: Core, clock: ManualClock
) -> None:
    alex = await person(db, 1)
    ids = [await write(db, alex) for _ in range(3)]
    assert await claim(db, "w1", limit=2) == ids[:2]
    assert await claim(db, "w2") == [ids[2]]
    assert await claim(db, "w2") == []
    clock.advance(seconds=61)
    assert sorted(await claim(db, "w2")) == ids  # the expired leases are taken over
    by_id = await rows(db)
    assert [by_id[i].attempts for i in ids] == [2, 2, 2]
    async with db.store.unit() as repos:  # the first worker's late outcome changes nothing
        await repos.relays.finish(ids[:1], SENT, "w1", clock.now())
    assert (await rows(db))[ids[0]].status == CLAIMED


async def test_one_chats_messages_go_in_order(db: Core, clock: ManualClock) -> None:
    """A fresh message is not sent at once while an older one to the same chat still waits."""
    alex, bo = await person(db, 1), await person(db, 2)
    older, newer, other = await write(db, alex), await write(db, alex), await write(db, bo)
    end = clock.now() + LEASE
    async with db.store.unit() as repos:
        assert not await repos.relays.claim_one(newer, "w1", end)
        assert await repos.relays.claim_one(other, "w1", end)
        assert await repos.relays.claim_one(older, "w1", end)
        assert not await repos.relays.claim_one(older, "w2", end)  # never twice


async def test_finished_rows_keep_no_words_and_released_rows_wait(
    db: Core, clock: ManualClock
) -> None:
    alex = await person(db, 1)
    done, later = await write(db, alex, "secret"), await write(db, alex, "secret")
    await claim(db, "w1")
    async with db.store.unit() as repos:
        await repos.relays.finish([done], SENT, "w1", clock.now())
        await repos.relays.release([later], "w1", clock.now() + timedelta(seconds=30))
    by_id = await rows(db)
    assert (by_id[done].status, by_id[done].text, by_id[done].buttons) == (SENT, "", [])
    assert by_id[done].sent_at is not None
    assert (by_id[later].status, by_id[later].text) == (PENDING, "secret")
    assert await claim(db, "w2") == []
    clock.advance(seconds=31)
    assert await claim(db, "w2") == [later]


# ---------------------------------------------------------------------------- sending


async def test_an_outage_backs_off_then_the_message_goes_once(db: Core, clock: ManualClock) -> None:
    alex = await person(db, 1)
    await write(db, alex)
    settle(clock)
    sender, box = RecordingSender(), outbox(db)
    sender.fail_once(1, TransientFailure("x"), TransientFailure("x"))
    assert (await box.send_due(sender))["released"] == 1
    assert (await box.send_due(sender)) == {}  # held: not knocking again at once
    clock.advance(seconds=1)
    await box.send_due(sender)
    assert sender.tries[1] == 2 and sender.sent == []
    clock.advance(seconds=2)
    assert (await box.send_due(sender))[SENT] == 1
    clock.advance(seconds=120)
    await box.send_due(sender)
    assert [chat for chat, _ in sender.sent] == [1]
    assert [b.label for row in sender.sent[0][1].buttons for b in row] == ["ok"]


async def test_retry_after_is_waited_out(db: Core, clock: ManualClock) -> None:
    alex = await person(db, 1)
    await write(db, alex)
    settle(clock)
    sender, box = RecordingSender(), outbox(db)
    sender.fail_once(1, RetryLater(20))
    await box.send_due(sender)
    clock.advance(seconds=19)
    await box.send_due(sender)
    assert sender.tries[1] == 1
    clock.advance(seconds=2)
    await box.send_due(sender)
    assert [chat for chat, _ in sender.sent] == [1]


async def test_blocked_is_dropped_and_refused_is_failed_neither_tried_again(
    db: Core, clock: ManualClock
) -> None:
    alex, bo = await person(db, 1), await person(db, 2)
    blocked, refused = await write(db, alex), await write(db, bo)
    settle(clock)
    sender, box = RecordingSender(), outbox(db)
    sender.fail_always(1, Blocked("gone"))
    sender.fail_always(2, PermanentFailure("bad"))
    await box.send_due(sender)
    clock.advance(seconds=600)
    await box.send_due(sender)
    by_id = await rows(db)
    assert (by_id[blocked].status, by_id[refused].status) == ("dropped", "failed")
    assert sender.tries == {1: 1, 2: 1}
    async with db.store.unit() as repos:
        reachable = [(await repos.users.by_chat(chat)).active for chat in (1, 2)]  # type: ignore[union-attr]
    assert reachable == [False, True]  # only the one who blocked the bot


async def test_the_dispatcher_leaves_a_fresh_message_to_its_own_turn(
    db: Core, clock: ManualClock
) -> None:
    alex = await person(db, 1)
    await write(db, alex)
    sender, box = RecordingSender(), outbox(db)
    assert await box.send_due(sender) == {}
    settle(clock)
    assert (await box.send_due(sender))[SENT] == 1


async def test_a_message_undelivered_for_days_is_given_up(db: Core, clock: ManualClock) -> None:
    alex = await person(db, 1)
    stale = await write(db, alex)
    clock.advance(seconds=MAX_AGE.total_seconds() + 1)
    sender = RecordingSender()
    await outbox(db).send_due(sender)
    assert sender.tries[1] == 0 and (await rows(db))[stale].status == "failed"


# ---------------------------------------------------------------------------- PostgreSQL only


@pytest.mark.postgres
async def test_pg_an_open_relay_claim_is_skipped_not_waited_for(
    pg_url: str, tmp_path: Path, clock: ManualClock
) -> None:
    one = await build_core(make_settings(tmp_path, pg_url), clock)
    two = await build_core(make_settings(tmp_path, pg_url), clock)
    try:
        alex = await person(one, 1)
        await write(one, alex)
        await write(one, alex)
        async with one.store.unit() as first:
            held = await first.relays.claim_due(START, "w1", LEASE, 1)
            other = await asyncio.wait_for(claim(two, "w2"), timeout=5)
            assert len(held) == len(other) == 1 and set(held).isdisjoint(other)
        assert {r.claimed_by for r in (await rows(one)).values()} == {"w1", "w2"}
    finally:
        await one.close()
        await two.close()


@pytest.mark.slow(seconds=6)
@pytest.mark.postgres
async def test_pg_two_outboxes_send_every_message_exactly_once(
    pg_url: str, tmp_path: Path, clock: ManualClock
) -> None:
    cores = [await build_core(make_settings(tmp_path, pg_url), clock) for _ in range(2)]
    try:
        chats = [await person(cores[0], chat) for chat in range(1, 201)]
        for chat in chats:
            await write(cores[0], chat)
        settle(clock)
        senders = [RecordingSender(), RecordingSender()]
        boxes = [outbox(core, f"w{n}") for n, core in enumerate(cores)]
        for _ in range(20):
            counts = await asyncio.gather(
                *(box.send_due(s, limit=10) for box, s in zip(boxes, senders, strict=True))
            )
            if not any(counts):
                break
        sent = sorted(chat for s in senders for chat, _ in s.sent)
        assert sent == list(range(1, 201))  # each once
        assert all(s.sent for s in senders)  # side by side
    finally:
        for core in cores:
            await core.close()
