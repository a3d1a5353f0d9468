"""On SQLite one connection writes at a time. A write that finds the file locked must get its
turn in the order it came, not after everyone who comes later: a person whose message is
stored while another chat floods the bot (one write after another) is not held back by it.

SQLite's own busy handler makes a waiting connection sleep and try again (1, 2, 5 ... 100 ms),
while the flood's next write takes the lock the moment the last one lets go, so the calm
person's write could wait for the whole flood."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import make_engine

FLOOD_TURNS = 30


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'fair.db'}")
    async with engine.begin() as conn:
        await conn.execute(text("CREATE TABLE said (who TEXT, n INTEGER)"))
    yield engine
    await engine.dispose()


async def flood(engine: AsyncEngine, order: list[str]) -> None:
    """A chat whose turns come back to back: each writes, works a moment, commits."""
    for n in range(FLOOD_TURNS):
        async with engine.begin() as conn:
            await conn.execute(text("INSERT INTO said VALUES ('flood', :n)"), {"n": n})
            await asyncio.sleep(0.02)
        order.append("flood")


async def write_and_read(engine: AsyncEngine, who: str) -> list[str]:
    """Write one row as `who` in a transaction of its own, then read back who is stored."""
    async with engine.begin() as conn:
        await conn.execute(text("INSERT INTO said VALUES (:who)"), {"who": who})
    async with engine.connect() as conn:
        return list((await conn.execute(text("SELECT who FROM said"))).scalars().all())


async def test_a_calm_write_waits_for_one_flood_turn_not_the_whole_flood(
    engine: AsyncEngine,
) -> None:
    order: list[str] = []
    flooding = asyncio.create_task(flood(engine, order))
    await asyncio.sleep(0.005)  # the flood's first turn holds the lock
    done_before = len(order)  # on a loaded machine the flood may be a few turns on by now
    async with engine.begin() as conn:
        await conn.execute(text("INSERT INTO said VALUES ('calm', 0)"))
    order.append("calm")
    await flooding

    # behind the turn it met and, at most, one that opened while it was connecting
    waited = order.index("calm") - done_before
    assert waited <= 2, (waited, order.index("calm"))
    async with engine.connect() as conn:
        rows = (await conn.execute(text("SELECT count(*) FROM said"))).scalar_one()
    assert rows == FLOOD_TURNS + 1


async def test_a_write_still_gives_up_as_sqlite_would_when_the_lock_never_comes(
    tmp_path: Path,
) -> None:
    """The turn order does not wait forever: past the connection's timeout the write fails as
    a locked database does, and the writer after it still gets in."""
    engine = make_engine(
        f"sqlite+aiosqlite:///{tmp_path / 'stuck.db'}", connect_args={"timeout": 0.2}
    )
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE said (who TEXT)"))
        holder = await engine.connect()
        await holder.begin()
        await holder.execute(text("INSERT INTO said VALUES ('stuck')"))
        with pytest.raises(Exception) as raised:
            async with engine.begin() as conn:
                await conn.execute(text("INSERT INTO said VALUES ('late')"))
        assert "locked" in str(raised.value)
        await holder.rollback()
        await holder.close()
        assert await write_and_read(engine, "after") == ["after"]
    finally:
        await engine.dispose()


async def test_a_turn_cancelled_mid_write_lets_the_next_writer_in(tmp_path: Path) -> None:
    """A crash of one person's turn (its task cancelled while its write transaction is open)
    ends that transaction and its turn: the next writer, on another connection (here the side
    engine's, as the intake stores updates), is not left waiting for a turn nobody will give
    back (past the connection's timeout it would fail as a locked database)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'crash.db'}"
    engine = make_engine(url, connect_args={"timeout": 2})
    side = make_engine(url, connect_args={"timeout": 2})
    holding = asyncio.Event()

    async def crashing_turn() -> None:
        async with engine.begin() as conn:
            await conn.execute(text("INSERT INTO said VALUES ('lost')"))
            holding.set()
            await asyncio.sleep(60)

    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE said (who TEXT)"))
        turn = asyncio.create_task(crashing_turn())
        await holding.wait()
        turn.cancel()
        with pytest.raises(asyncio.CancelledError):
            await turn
        assert await write_and_read(side, "next") == ["next"]
    finally:
        await engine.dispose()
        await side.dispose()
