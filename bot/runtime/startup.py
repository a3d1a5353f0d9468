"""Start-up checks that end in one clear line, and the wait for Telegram while the network is down.

Every failure an operator can cause at start (database unreachable or missing, an unwritable
directory, a token Telegram rejects, a second poller) becomes a `StartupError` whose message is
one line naming what to fix; `main` prints it and exits non-zero. A network that is down is not a
mistake: the bot says so once per attempt and tries again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.delivery.backoff import Backoff
from bot.runtime.settings import Settings

log = logging.getLogger("bot.runtime.startup")

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


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


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
    backoff = Backoff(first_delay, max_delay, jitter=False)
    while True:
        delay = backoff.next_delay()
        attempt = backoff.failures
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
