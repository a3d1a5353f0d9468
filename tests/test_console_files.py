"""Files the console saves hold a person's words: owner-only, and gone after /delete."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleChat
from bot.app import Core

ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_exports_are_owner_only_and_delete_removes_them(tmp_path: Path, core: Core) -> None:
    out = io.StringIO()
    files = tmp_path / "files" / "5"
    chat = ConsoleChat(core.journey, 5, "en", out, files_dir=files)
    await chat.handle_line("/start")
    await chat.handle_line("/export")
    await chat.handle_line("1")  # Send my data
    saved = sorted(files.iterdir())
    assert sorted(p.suffix for p in saved) == [".csv", ".json"]
    assert all(mode(p) == 0o600 for p in saved)
    assert mode(files) == 0o700
    await chat.handle_line("/delete")
    assert "Messages already in this chat stay" in out.getvalue()
    await chat.handle_line("1")  # Yes, erase everything
    assert list(files.iterdir()) == []
    said = out.getvalue()
    assert "I keep nothing more about you." in said
    assert f"the 2 files saved for you in {files.resolve()} were deleted too" in said


async def test_keeping_the_data_keeps_the_files(tmp_path: Path, core: Core) -> None:
    out = io.StringIO()
    files = tmp_path / "files" / "6"
    chat = ConsoleChat(core.journey, 6, "en", out, files_dir=files)
    await chat.handle_line("/start")
    await chat.handle_line("/export")
    await chat.handle_line("1")
    await chat.handle_line("/delete")
    await chat.handle_line("2")  # Keep my data
    assert len(list(files.iterdir())) == 2
    assert "deleted too" not in out.getvalue()


@pytest.mark.slow(seconds=8)
def test_the_console_shows_only_the_conversation(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATA_DIR": str(tmp_path / "data"),
        "TELEGRAM_BOT_TOKEN": "",
        "DATABASE_URL": "",
        "LOG_LEVEL": "DEBUG",
    }
    env.pop("LOG_FILE", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        input="/help\n/quit\n",
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Secure Base, console chat." in done.stdout
    for marker in (" DEBUG ", " INFO ", " WARNING ", "alembic"):
        assert marker not in done.stdout
    log = (tmp_path / "data" / "console.log").read_text()
    assert " INFO alembic" in log  # the logs went to the file instead


async def test_each_console_chat_keeps_its_own_files_and_deletes_only_them(
    tmp_path: Path, core: Core
) -> None:
    """Chat 2 (an anchor played with `/as 2`) saves in files/2, and its /delete leaves files/1."""
    out = io.StringIO()
    root = tmp_path / "files"
    chat = ConsoleChat(core.journey, 1, "en", out, files_dir=root / "1")
    for chat_id in ("1", "2"):
        await chat.handle_line(f"/as {chat_id}")
        await chat.handle_line("/start")
        await chat.handle_line("/export")
        await chat.handle_line("1")  # Send my data
    first, second = sorted((root / "1").iterdir()), sorted((root / "2").iterdir())
    assert len(first) == len(second) == 2
    assert f"(file saved: {(root / '2').resolve()}/" in out.getvalue()
    await chat.handle_line("/delete")
    await chat.handle_line("1")  # Yes, erase everything
    assert list((root / "2").iterdir()) == []
    assert sorted((root / "1").iterdir()) == first  # the other person's files stay
    assert f"saved for you in {(root / '2').resolve()} were deleted too" in out.getvalue()
