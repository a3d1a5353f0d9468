"""Structured logs: one JSON object a line, with event, update id, worker id and a person
reference that cannot be turned back into a chat id; never what people wrote."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.runtime.logs import configure_logging, person_ref
from bot.runtime.settings import LogFormat, Settings
from bot.timing.clock import ManualClock
from tests.harness import TOKEN, BotHarness

SECRET_WORDS = "Grandma Lyudmila who hid me in 1994"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def json_settings(tmp_path: Path, **extra: object) -> Settings:
    return Settings(
        telegram_bot_token=TOKEN,
        data_dir=tmp_path,
        log_format=LogFormat.JSON,
        log_file=str(tmp_path / "bot.log"),
        log_level="DEBUG",
        worker_id="bot-7",
        _env_file=None,  # type: ignore[call-arg]
        **extra,  # type: ignore[arg-type]
    )


async def test_json_logs_name_events_and_people_without_their_words(
    tmp_path: Path, sqlite_url: str, clock: ManualClock, restore_logging: None
) -> None:
    configure_logging(json_settings(tmp_path), console=False)
    bot = await BotHarness(tmp_path, sqlite_url, clock).start()
    ana = bot.chat(31)
    await ana.send("/start")
    await ana.tap("Let's begin")
    await ana.send(SECRET_WORDS)
    await bot.stop()
    logging.shutdown()
    raw = (tmp_path / "bot.log").read_text()
    records = [json.loads(line) for line in raw.splitlines()]
    assert records and all(
        {"time", "level", "logger", "event", "worker_id"} <= r.keys() for r in records
    )
    assert {r["worker_id"] for r in records} == {"bot-7"}
    handled = [r for r in records if r["event"] == "update_handled"]
    assert [r["kind"] for r in handled] == ["command", "button", "text"]
    assert [r["update_id"] for r in handled] == sorted(r["update_id"] for r in handled)
    assert {r["person"] for r in handled} == {person_ref(31)}
    assert person_ref(31).startswith("p-") and "31" not in person_ref(31)[2:4]
    assert SECRET_WORDS not in raw and "Lyudmila" not in raw
    assert '"chat_id"' not in raw


def test_the_person_reference_is_keyed(tmp_path: Path, restore_logging: None) -> None:
    configure_logging(json_settings(tmp_path), console=False)
    first = person_ref(31)
    configure_logging(json_settings(tmp_path), console=False)
    assert person_ref(31) == first  # stable across restarts of one deployment
    assert person_ref(32) != first
    configure_logging(json_settings(tmp_path, log_person_key="another-key"), console=False)
    assert person_ref(31) != first  # without the key, nobody can match a chat id to it


def test_text_logs_stay_the_default(tmp_path: Path, restore_logging: None) -> None:
    settings = Settings(
        log_file=str(tmp_path / "t.log"),
        data_dir=tmp_path,
        _env_file=None,  # type: ignore[call-arg]
    )
    configure_logging(settings, console=False)
    logging.getLogger("bot").warning("dispatch: rate limited, holding for %.1fs", 2.0)
    logging.shutdown()
    line = (tmp_path / "t.log").read_text().strip()
    assert line.endswith(" WARNING bot: dispatch: rate limited, holding for 2.0s")
