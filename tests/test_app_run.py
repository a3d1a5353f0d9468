"""The composition root as the bot really starts: settings checked, schema migrated, polling."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import build_core, forget_old_updates, run
from bot.runtime.settings import ConfigError, Settings, load_settings
from bot.timing.clock import FastClock, ManualClock
from storage.models import ProcessedUpdate
from tests.conftest import make_settings
from tests.fake_bot_api import FakeBotApi, UpdateFactory
from tests.harness import TOKEN


@pytest.mark.slow(seconds=8)
async def test_the_bot_starts_polls_answers_and_stops_cleanly(tmp_path: Path) -> None:
    fake = FakeBotApi()
    updates = UpdateFactory()
    fake.push_update(updates.message(7, "/start"))
    settings = Settings(
        telegram_bot_token=TOKEN,
        data_dir=tmp_path / "data",
        dispatch_interval_seconds=0.05,
        _env_file=None,  # type: ignore[call-arg]
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run(settings, request=fake, stop=stop))
    try:
        await fake.wait_for("sendMessage", within=15)
        fake.push_update(updates.callback(7, "begin"))
        await fake.wait_for("sendMessage", count=2, within=15)
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
    assert fake.sent_texts(7)[0].startswith("Hi, I'm Secure Base.")
    assert "Who makes you feel safe?" in fake.sent_texts(7)[1]
    assert len(fake.calls_to("setMyCommands")) == 3  # en (the default), ru, es
    assert (tmp_path / "data" / "secure_base.db").exists()


async def test_old_update_ids_are_forgotten_after_two_days(tmp_path: Path, sqlite_url: str) -> None:
    clock = ManualClock(datetime(2026, 5, 1, tzinfo=UTC))
    core = await build_core(make_settings(tmp_path, sqlite_url), clock)
    async with core.store.unit() as repos:
        assert await repos.updates.first_time(1, clock.now())
    clock.advance(days=1)
    async with core.store.unit() as repos:
        assert await repos.updates.first_time(2, clock.now())
        assert not await repos.updates.first_time(1, clock.now())
    clock.advance(days=1, hours=12)
    await forget_old_updates(core)
    async with core.store.unit() as repos:
        left = await repos.session.scalar(select(func.count()).select_from(ProcessedUpdate))
    assert left == 1
    await core.close()


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"DAY_SECONDS": "-5"}, "DAY_SECONDS"),
        ({"DAY_SECONDS": "fast"}, "DAY_SECONDS"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
        ({"DATABASE_URL": "mysql://admin:hunter2@localhost/x"}, "DATABASE_URL"),
        ({"WORKER_ID": "w" * 41}, "WORKER_ID"),
        ({"DISPATCH_INTERVAL_SECONDS": "0"}, "DISPATCH_INTERVAL_SECONDS"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"TELEGRAM_API_BASE_URL": "ftp://x"}, "TELEGRAM_API_BASE_URL"),
    ],
)
def test_a_wrong_setting_is_named_in_one_line(
    env: dict[str, str], named: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith(f"{named}: ") and "\n" not in message
    assert "not-a-token" not in message and "hunter2" not in message  # secrets are never echoed


@pytest.mark.parametrize(
    "given",
    [
        "http://localhost:8081",
        "http://localhost:8081/",
        "http://localhost:8081/bot",
        "http://localhost:8081/bot/",
    ],
)
def test_the_bot_api_root_is_taken_with_or_without_bot(
    given: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The bot appends /bot itself: an operator who adds it too still gets a working root."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", given)
    assert load_settings().telegram_api_base_url == "http://localhost:8081"


def test_a_wrong_bot_api_url_gives_an_example_that_works(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "localhost")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert "http://localhost:8081" in str(caught.value)
    assert "/bot" not in str(caught.value)


def test_settings_come_from_a_dot_env_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("DAY_SECONDS=30\nDATABASE_URL=postgres://u@h/db\n")
    settings = load_settings()
    assert settings.day_seconds == 30
    assert settings.db_url == "postgresql+asyncpg://u@h/db"
    assert settings.token is None


@pytest.mark.slow(seconds=4)
def test_the_bot_refuses_to_start_with_a_clear_line(tmp_path: Path) -> None:
    env = {**os.environ, "DAY_SECONDS": "-1", "TELEGRAM_BOT_TOKEN": ""}
    done = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "Configuration error: DAY_SECONDS: Input should be greater than 0 (got '-1')"
    ]


def test_the_fast_clock_keeps_its_time_across_a_restart(tmp_path: Path) -> None:
    anchor = tmp_path / "fast_clock.json"
    first = FastClock(day_seconds=60, anchor=anchor)
    start = first.now()
    state = json.loads(anchor.read_text())
    state["real"] -= 30  # the first run began half a real minute ago: half a fast day has passed
    anchor.write_text(json.dumps(state))
    again = FastClock(day_seconds=60, anchor=anchor)
    assert timedelta(hours=11, minutes=59) < again.now() - start < timedelta(hours=12, minutes=5)
    fresh = FastClock(day_seconds=60)
    assert abs(fresh.now() - datetime.now(UTC)) < timedelta(minutes=5)


# A console start (`python -m bot`) that prints, as it exits, which of the modules a start may
# leave out it loaded, and whether the garbage collector runs.
START_AND_LIST_MODULES = """
import atexit, gc, json, runpy, sys
LEFT_OUT = ("alembic", "mako", "asyncpg", "sqlalchemy.dialects.postgresql", "pymorphy3")
loaded = lambda: sorted(m for m in sys.modules if m.startswith(LEFT_OUT))
atexit.register(lambda: print(json.dumps([loaded(), gc.isenabled()]), file=sys.stderr))
runpy.run_module("bot", run_name="__main__", alter_sys=True)
"""


@pytest.mark.slow(seconds=3)
def test_a_start_on_a_migrated_sqlite_file_loads_only_what_it_uses(
    tmp_path: Path, sqlite_template: Path
) -> None:
    """Every start, restart after a crash and test of the process pays for what it imports:
    Alembic (~0.2 s of CPU) only when there are migrations to apply, PostgreSQL's dialect and
    driver (~30 ms) only on PostgreSQL, the Russian dictionary (~75 ms) only for Russian words.
    The garbage collector, paused while the start imports, runs again once it has."""
    shutil.copyfile(sqlite_template, tmp_path / "secure_base.db")
    env = {**os.environ, "DATA_DIR": str(tmp_path), "TELEGRAM_BOT_TOKEN": "", "DATABASE_URL": ""}
    done = subprocess.run(
        [sys.executable, "-c", START_AND_LIST_MODULES], input="/quit\n", env=env,
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    left_out, collecting = json.loads(done.stderr.strip().splitlines()[-1])
    assert left_out == []
    assert collecting
