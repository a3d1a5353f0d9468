"""Each failure an operator can cause at start is one line on stderr, as `python -m bot` says."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.runtime.locks import single_poller, sqlite_single_process
from storage.db import make_engine
from tests.conftest import PG_URL
from tests.harness import TOKEN
from tests.service_tools import free_port

ROOT = Path(__file__).resolve().parent.parent


def bot_env(tmp_path: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        DATA_DIR=str(tmp_path / "data"),
        TELEGRAM_BOT_TOKEN=TOKEN,
        LOG_LEVEL="WARNING",
    )
    env.update(settings)
    return env


def start_bot(tmp_path: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=bot_env(tmp_path, **settings),
        capture_output=True,
        text=True,
        timeout=90,
        stdin=subprocess.DEVNULL,
    )


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert done.returncode == 1
    assert lines[0].startswith("Start-up error: ")
    return lines[0]


@pytest.mark.slow(seconds=3)
def test_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    line = one_line(
        start_bot(tmp_path, DATABASE_URL=f"postgresql://app:pw@127.0.0.1:{free_port()}/x")
    )
    assert "DATABASE_URL: cannot use the database" in line and "Connect" in line
    assert ":pw@" not in line  # the password is never echoed


@pytest.mark.slow(seconds=3)
@pytest.mark.postgres
def test_a_missing_database_is_one_line(tmp_path: Path, pg_url: str) -> None:
    missing = PG_URL.rsplit("/", 1)[0] + "/secure_base_no_such_db"
    line = one_line(start_bot(tmp_path, DATABASE_URL=missing))
    assert "DATABASE_URL: the database does not exist" in line


@pytest.mark.slow(seconds=6)
def test_an_unwritable_data_dir_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    for token in (TOKEN, ""):  # Telegram and the console alike
        line = one_line(
            start_bot(
                tmp_path, DATA_DIR=str(tmp_path / "a-file" / "data"), TELEGRAM_BOT_TOKEN=token
            )
        )
        assert line.startswith("Start-up error: DATA_DIR: cannot write to ")


class _Unauthorized(BaseHTTPRequestHandler):
    """A Bot API server that rejects the token, as Telegram does: 401 on every method."""

    def do_POST(self) -> None:
        body = json.dumps({"ok": False, "error_code": 401, "description": "Unauthorized"})
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    do_GET = do_POST

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def rejecting_api() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Unauthorized)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.slow(seconds=4)
def test_a_rejected_token_is_one_line(tmp_path: Path, rejecting_api: str) -> None:
    line = one_line(start_bot(tmp_path, TELEGRAM_API_BASE_URL=rejecting_api))
    assert "TELEGRAM_BOT_TOKEN: Telegram rejected the token (401 Unauthorized)" in line
    assert TOKEN not in line and TOKEN.split(":")[1] not in line


@pytest.mark.slow(seconds=4)
def test_a_second_process_on_one_sqlite_file_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with sqlite_single_process(f"sqlite+aiosqlite:///{data / 'secure_base.db'}"):
        line = one_line(start_bot(tmp_path))
    assert "another Secure Base process is using" in line and "PostgreSQL" in line


@pytest.mark.slow(seconds=4)
@pytest.mark.postgres
async def test_a_second_poller_is_one_line(tmp_path: Path, pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        async with single_poller(engine, TOKEN):
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                cwd=tmp_path,
                env=bot_env(tmp_path, DATABASE_URL=pg_url),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            _, err = await asyncio.wait_for(proc.communicate(), 90)
    finally:
        await engine.dispose()
    lines = err.decode().strip().splitlines()
    assert proc.returncode == 1
    assert lines == [
        "Start-up error: ROLE: another process already receives this bot's updates by polling; "
        "start this one with ROLE=dispatch, or use a webhook"
    ]


@pytest.mark.slow(seconds=6)
def test_an_unreachable_bot_api_is_retried_one_line_per_attempt(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=bot_env(tmp_path, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{free_port()}"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + 60
    try:
        while len(lines) < 2 and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            lines.append(line.rstrip("\n"))
    finally:
        proc.send_signal(signal.SIGTERM)
        rest = proc.communicate(timeout=30)[1]
    lines += rest.strip().splitlines()
    assert len(lines) == 2, lines  # one line per attempt and nothing else, not even on SIGTERM
    for attempt, line in enumerate(lines, start=1):
        assert "Telegram Bot API unreachable" in line and f"(attempt {attempt})" in line
    assert "trying again in 1s" in lines[0] and "trying again in 2s" in lines[1]
    assert proc.returncode == 0


@pytest.mark.slow(seconds=7)
def test_retry_lines_are_json_when_asked(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=bot_env(
            tmp_path,
            TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{free_port()}",
            LOG_FORMAT="json",
            WORKER_ID="bot-9",
        ),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    try:
        first = proc.stderr.readline()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    record = json.loads(first)
    assert record["event"] == "telegram_unreachable" and record["attempt"] == 1
    assert record["worker_id"] == "bot-9" and record["level"] == "WARNING"
