"""CONSOLE_LANGUAGE picks the console's language; an unknown one says so once, then uses English."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest

from tests.test_console import ConsoleProcess

Console = Callable[[str], AbstractAsyncContextManager[ConsoleProcess]]


def console_in(tmp_path: Path) -> Console:
    @asynccontextmanager
    async def run(language: str) -> AsyncIterator[ConsoleProcess]:
        env = {
            **os.environ,
            "DATA_DIR": str(tmp_path / "data"),
            "DAY_SECONDS": "40",
            "TELEGRAM_BOT_TOKEN": "",
            "DATABASE_URL": "",
            "CONSOLE_LANGUAGE": language,
            "PYTHONUNBUFFERED": "1",
        }
        pipe = asyncio.subprocess.PIPE
        with (tmp_path / "stderr.txt").open("wb") as errors:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", stdin=pipe, stdout=pipe, stderr=errors, env=env
            )
        chat = ConsoleProcess(proc)
        try:
            yield chat
        finally:
            if proc.returncode is None:
                proc.kill()
            await proc.wait()

    return run


@pytest.mark.slow(seconds=5)
async def test_the_console_speaks_spanish(tmp_path: Path) -> None:
    async with console_in(tmp_path)("es") as console:
        await console.expect("(reloj rápido: un día dura 40 segundos)")
        await console.expect("Hola, soy Secure Base.")
        await console.expect("Empecemos")
        await console.type("1")
        await console.expect("¿Con quién te sientes a salvo?")
        await console.type("/quit")
    assert "fast clock" not in console.output and "Let's begin" not in console.output


@pytest.mark.slow(seconds=5)
async def test_the_console_speaks_russian(tmp_path: Path) -> None:
    async with console_in(tmp_path)("ru") as console:
        await console.expect("(быстрые часы: один день длится 40 секунд)")
        await console.expect("Привет, я Secure Base.")
        await console.type("/quit")


@pytest.mark.slow(seconds=5)
async def test_an_unknown_console_language_is_logged_once_then_english(tmp_path: Path) -> None:
    async with console_in(tmp_path)("fr") as console:
        await console.expect("(fast clock: one day lasts 40 seconds)")
        await console.expect("Let's begin")
        await console.type("1")
        await console.expect("Who makes you feel safe?")
        await console.type("/quit")
    # The console keeps its chat clean: logs go to DATA_DIR/console.log.
    logged = (tmp_path / "data" / "console.log").read_text(encoding="utf-8")
    assert "SELECT" not in logged and "INSERT" not in logged  # no SQL statements in the log
    lines = [line for line in logged.splitlines() if "'fr'" in line]
    assert len(lines) == 1, logged
    assert "no texts for language 'fr'; answering in en" in lines[0]
