"""Where logs go and how they look: text lines or JSON for a log pipeline; never people's words.

Every record carries the worker id and an event name (the message template unless the call gives
one), so the same event has the same name however its values vary. People appear only as a
keyed hash of their chat id (`person_ref`): stable within a deployment, not reversible without the
key, which never leaves the process.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import sys
from pathlib import Path
from typing import TextIO

from pythonjsonlogger.json import JsonFormatter

from bot.runtime.settings import LogFormat, Settings

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JSON_FIELDS = ("asctime", "levelname", "name", "message")
STDERR = "-"
CONSOLE_LOG = "console.log"
WORDY_LIBRARIES = ("aiosqlite", "asyncpg", "telegram", "httpcore", "aiohttp")

_person_key = secrets.token_bytes(32)


def person_ref(chat_id: int) -> str:
    """A short keyed hash of a chat id: the same person reads the same, nobody can reverse it.

    A plain hash would not do: chat ids are few enough to try them all.
    """
    digest = hmac.new(_person_key, str(chat_id).encode(), hashlib.sha256).hexdigest()
    return f"p-{digest[:16]}"


def set_person_key(settings: Settings) -> None:
    """LOG_PERSON_KEY if given, else a key derived from the bot token (stable across restarts)."""
    global _person_key
    if settings.log_person_key is not None:
        secret = settings.log_person_key.get_secret_value()
    elif settings.token:
        secret = settings.token
    else:
        return  # the console: a fresh random key per run is enough
    _person_key = hashlib.sha256(b"secure-base person ref\0" + secret.encode()).digest()


class ServiceFields(logging.Filter):
    """Adds `worker_id` and `event` to every record."""

    def __init__(self, worker_id: str) -> None:
        super().__init__()
        self.worker_id = worker_id

    def filter(self, record: logging.LogRecord) -> bool:
        record.worker_id = self.worker_id
        if not getattr(record, "event", None):
            record.event = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        return True


def make_formatter(log_format: LogFormat) -> logging.Formatter:
    if log_format is LogFormat.JSON:
        return JsonFormatter(
            list(JSON_FIELDS),
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
            datefmt="%Y-%m-%dT%H:%M:%S%z",
        )
    return logging.Formatter(TEXT_FORMAT)


def log_stream(settings: Settings, console: bool) -> TextIO | Path:
    """stderr for a service; a file for the console, so its chat shows only the conversation."""
    if settings.log_file == STDERR:
        return sys.stderr
    if settings.log_file:
        return Path(settings.log_file)
    if console:
        return settings.data_dir / CONSOLE_LOG
    return sys.stderr


def configure_logging(settings: Settings, console: bool) -> None:
    target = log_stream(settings, console)
    handler: logging.Handler
    if isinstance(target, Path):
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(target, encoding="utf-8")
    else:
        handler = logging.StreamHandler(target)
    handler.setFormatter(make_formatter(settings.log_format))
    handler.addFilter(ServiceFields(settings.worker_id))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
        if isinstance(old, logging.FileHandler):
            old.close()
    root.addHandler(handler)
    root.setLevel(settings.log_level)
    # SQLAlchemy's engine logs every statement at INFO: noise, and a step away from parameters.
    for noisy in ("httpx", "apscheduler", "aiohttp.access", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # Their DEBUG lines carry SQL parameters and Bot API payloads: what people wrote.
    floor = max(logging.INFO, logging.getLevelName(settings.log_level))
    for library in WORDY_LIBRARIES:
        logging.getLogger(library).setLevel(floor)
    set_person_key(settings)
