"""Storage safety: no parameters in errors, erased words gone from disk, concurrent migrations."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from bot.app import Core
from storage.db import HEAD_REVISION, MIGRATIONS_DIR, make_engine, migrate


async def test_errors_never_carry_what_people_wrote(core: Core) -> None:
    assert core.engine.sync_engine.hide_parameters is True
    with pytest.raises(IntegrityError) as caught:
        async with core.engine.begin() as conn:
            insert = "INSERT INTO processed_updates (update_id, seen_at) VALUES (:id, :word)"
            await conn.execute(text(insert), {"id": 1, "word": "2026-01-01"})
            await conn.execute(text(insert), {"id": 1, "word": "my secret words"})
    assert "my secret words" not in str(caught.value)


async def test_erased_words_leave_neither_the_database_nor_its_log(
    core: Core, tmp_path: Path
) -> None:
    async with core.engine.connect() as conn:
        assert (await conn.execute(text("PRAGMA secure_delete"))).scalar() == 1
    word = "zebracornflower"
    async with core.store.unit() as repos:
        user = await repos.users.create(42, "en", core.clock.now())
        week = await repos.weeks.create(user.id, core.clock.now())
        week.thank_text = word  # the person's own words
    async with core.store.unit() as repos:
        found = await repos.users.by_chat(42)
        assert found is not None
        await repos.people.erase(found)
    await core.store.flush_erased()
    files = await asyncio.to_thread(
        lambda: {p.name: p.read_bytes() for p in tmp_path.glob("*.db*")}
    )
    assert "secure_base.db" in files
    assert [name for name, data in files.items() if word.encode() in data] == []


async def test_processes_starting_together_migrate_once(pg_empty_url: str) -> None:
    engines = [make_engine(pg_empty_url) for _ in range(3)]
    try:
        await asyncio.gather(*(migrate(engine) for engine in engines))
        async with engines[0].connect() as conn:
            version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar()
            tables = (await conn.execute(text("SELECT count(*) FROM nudges"))).scalar()
    finally:
        for engine in engines:
            await engine.dispose()
    assert version == _head() and tables == 0


def test_the_revision_a_start_looks_for_is_the_newest_migration() -> None:
    """A start on a database already there skips Alembic by comparing the stored revision with
    HEAD_REVISION: a new migration must move it, or starts would not apply the migration."""
    assert _head() == HEAD_REVISION


def _head() -> str | None:
    """The newest migration's revision id, whatever it is called."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


async def test_a_turn_that_fails_midway_keeps_none_of_its_writes(core: Core) -> None:
    """SQLite statements go to their thread in one trip, and a commit or rollback is skipped
    while no transaction is open (storage/sqlite_driver.py); a failed unit still rolls back."""
    with pytest.raises(IntegrityError):
        async with core.store.unit() as repos:
            await repos.users.create(43, "en", core.clock.now())
            await repos.updates.first_time(7, core.clock.now())
            await repos.session.execute(
                text("INSERT INTO processed_updates (update_id, seen_at) VALUES (7, '2026-01-01')")
            )
    async with core.store.unit() as repos:
        assert await repos.users.by_chat(43) is None
        assert await repos.updates.first_time(7, core.clock.now())  # never stored before
    async with core.store.unit() as repos:  # what a unit of reads and a write commits stays
        assert await repos.users.by_chat(44) is None
        await repos.users.create(44, "en", core.clock.now())
    async with core.store.unit() as repos:
        assert await repos.users.by_chat(44) is not None
