"""Start-up checks that end in one clear line, and the wait for Telegram while the network is down.

Every failure an operator can cause at start (database unreachable or missing, an unwritable
directory, a token Telegram rejects, a second poller) becomes a `StartupError` whose message is
one line naming what to fix; `main` prints it and exits non-zero. A network that is down is not a
mistake: the bot says so once per attempt and tries again.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import logging
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from sqlalchemy import make_url, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.settings import Settings

log = logging.getLogger("bot.startup")

POLLER_LOCK_CLASS = 74210532  # with the bot's id: one advisory lock per bot token
FIRST_RETRY_SECONDS = 1.0
MAX_RETRY_SECONDS = 60.0


class StartupError(Exception):
    """The bot cannot start; the message is one line saying why and what to do."""


def _first_line(exc: BaseException) -> str:
    text_ = str(exc).strip().splitlines()
    return text_[0] if text_ else type(exc).__name__


def _root_cause(exc: BaseException) -> BaseException:
    """The driver's own error under SQLAlchemy's and the adapter's wrappers."""
    seen: BaseException = getattr(exc, "orig", None) or exc
    while seen.__cause__ is not None:
        seen = seen.__cause__
    return seen


def database_error(exc: BaseException, url: str) -> StartupError:
    """A database failure at start in one line, with any password in the URL hidden."""
    where = make_url(url).render_as_string(hide_password=True)
    cause = _root_cause(exc)
    reason = f"{type(cause).__name__}: {_first_line(cause)}"
    if type(cause).__name__ == "InvalidCatalogNameError":
        return StartupError(f"DATABASE_URL: the database does not exist at {where} ({reason})")
    return StartupError(f"DATABASE_URL: cannot use the database at {where} ({reason})")


DATABASE_ERRORS = (SQLAlchemyError, OSError, asyncio.TimeoutError)


def check_writable(directory: Path, setting: str) -> None:
    """Make the directory if needed and prove a file can be written there."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".write-test-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise StartupError(f"{setting}: cannot write to {directory} ({reason})") from None


def directories_in_use(settings: Settings, console: bool) -> list[tuple[Path, str]]:
    """The directories this run will write to, each with the setting that names it."""
    used: list[tuple[Path, str]] = []
    if console or settings.day_seconds or settings.database_url is None:
        used.append((settings.data_dir, "DATA_DIR"))
    sqlite = sqlite_path(settings.db_url)
    if settings.database_url is not None and sqlite is not None:
        used.append((sqlite.parent, "DATABASE_URL"))
    if settings.log_file and settings.log_file != "-":
        used.append((Path(settings.log_file).parent, "LOG_FILE"))
    return used


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


@contextlib.contextmanager
def sqlite_single_process(url: str) -> Iterator[None]:
    """SQLite serves one process: a second one on the same file is refused at start."""
    path = sqlite_path(url)
    if path is None:
        yield
        return
    lock_path = path.with_name(path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StartupError(
                f"DATABASE_URL: another Secure Base process is using {path}; SQLite serves one "
                "process (use PostgreSQL to run several)"
            ) from None
        yield
    finally:
        os.close(fd)  # closing the file releases the lock


def _bot_key(token: str) -> int:
    bot_id = token.split(":", 1)[0]
    if bot_id.isdigit():
        return int(bot_id) % 2**31
    return int.from_bytes(hashlib.sha256(bot_id.encode()).digest()[:4], "big") % 2**31


@contextlib.asynccontextmanager
async def single_poller(engine: AsyncEngine, token: str) -> AsyncIterator[None]:
    """Only one process may long-poll a bot: the others would get 409 Conflict forever.

    On PostgreSQL a session advisory lock, held on its own connection for the life of the
    process, says who polls; on SQLite the single-process lock already says it.
    """
    if engine.dialect.name != "postgresql":
        yield
        return
    try:
        conn = await engine.connect()
    except DATABASE_ERRORS as exc:
        raise database_error(exc, engine.url.render_as_string(hide_password=False)) from None
    try:
        got = await conn.scalar(
            text("SELECT pg_try_advisory_lock(:a, :b)"),
            {"a": POLLER_LOCK_CLASS, "b": _bot_key(token)},
        )
        await conn.commit()  # the lock belongs to the session, not the transaction
        if not got:
            raise StartupError(
                "ROLE: another process already receives this bot's updates by polling; "
                "start this one with ROLE=dispatch, or use a webhook"
            )
        yield
    finally:
        with contextlib.suppress(*DATABASE_ERRORS):
            await conn.close()  # ends the session, which releases the lock


async def connect_telegram(
    application: Application,  # type: ignore[type-arg]
    stop: asyncio.Event,
    *,
    first_delay: float = FIRST_RETRY_SECONDS,
    max_delay: float = MAX_RETRY_SECONDS,
) -> bool:
    """Initialise PTB (getMe). Retries with backoff while the network is down; False if stopped.

    A rejected token or any other refusal is a StartupError: trying again would not help.
    """
    delay, attempt = first_delay, 0
    while True:
        attempt += 1
        try:
            await application.initialize()
            return True
        except InvalidToken:
            raise StartupError(
                "TELEGRAM_BOT_TOKEN: Telegram rejected the token (401 Unauthorized); "
                "copy it again from @BotFather"
            ) from None
        except NetworkError as exc:
            log.warning(
                "Telegram Bot API unreachable (%s: %s); trying again in %.0fs (attempt %d)",
                type(exc).__name__,
                _first_line(exc),
                delay,
                attempt,
                extra={"event": "telegram_unreachable", "attempt": attempt},
            )
        except TelegramError as exc:
            raise StartupError(
                f"TELEGRAM_API_BASE_URL: the Bot API refused getMe ({_first_line(exc)})"
            ) from None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)
            return False
        delay = min(delay * 2, max_delay)
