"""Configuration from the environment and `.env`, checked once at start."""

from __future__ import annotations

import os
import re
import socket
from enum import StrEnum
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TOKEN_RE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
# Telegram's rule for X-Telegram-Bot-Api-Secret-Token.
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{16,256}$")
DEFAULT_WEBHOOK_PATH = "/telegram"
DEFAULT_LISTEN_PORT = 8080


class Role(StrEnum):
    """What one process does: everything, only receive updates, or only send due nudges."""

    ALL = "all"
    UPDATES = "updates"
    DISPATCH = "dispatch"

    @property
    def receives(self) -> bool:
        return self is not Role.DISPATCH

    @property
    def dispatches(self) -> bool:
        return self is not Role.UPDATES


class LogFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class ConfigError(Exception):
    """A setting is wrong; the message is one line that names it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str | None = None
    database_url: str | None = None
    data_dir: Path = Path("data")
    day_seconds: float | None = Field(default=None, gt=0)
    dispatch_interval_seconds: float = Field(default=2.0, gt=0, le=300)
    missed_grace_minutes: int = Field(default=180, ge=1, le=1440)
    # How long a claimed nudge or message stays with the process that claimed it; the process
    # renews it while alive, so a killed one's claims are sent again once it runs out.
    claim_lease_seconds: float = Field(default=15.0, ge=1, le=600)
    # Messages a second for the whole bot: Telegram's free limit is about 30; paid broadcasts
    # allow up to 1,000. Check-ins plan their waves on a share of it (bot/delivery/send_ahead.py).
    telegram_broadcast_rate: float = Field(default=30.0, gt=0, le=1000)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    console_chat_id: int = 1
    console_language: str = "en"
    worker_id: str = Field(
        default_factory=lambda: f"{socket.gethostname()[:30]}-{os.getpid()}",
        min_length=1,
        max_length=40,
    )
    role: Role = Role.ALL
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_path: str | None = None
    listen_host: str = "127.0.0.1"
    listen_port: int | None = Field(default=None, ge=1, le=65535)
    health_stale_seconds: float = Field(default=60.0, gt=0)
    # A chat sending more updates than this in a minute hears "one moment" once (0: never).
    flood_updates_per_minute: int = Field(default=40, ge=0)
    # A person's typed words wait this long (real seconds, DAY_SECONDS or not) to be joined to
    # their next message for the care check ("i want to" ... "die"; bot/journey/care_join.py).
    # 0: each message alone.
    care_join_seconds: float = Field(default=180.0, ge=0, le=900)
    log_format: LogFormat = LogFormat.TEXT
    log_file: str | None = None
    log_person_key: SecretStr | None = None

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _token(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not TOKEN_RE.match(value.strip()):
            raise ValueError("does not look like a bot token from @BotFather (digits:letters)")
        return value.strip()

    @field_validator("telegram_api_base_url", mode="before")
    @classmethod
    def _base_url(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not re.match(r"^https?://[^\s/]+", value):
            raise ValueError(
                "must be the Bot API server's root, such as http://localhost:8081 "
                "(the bot adds the token path itself)"
            )
        root = value.rstrip("/")
        # The bot appends "/bot<token>"; a root given with "/bot" would double it.
        return root.removesuffix("/bot")

    @field_validator("database_url", mode="before")
    @classmethod
    def _database_url(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str):
            raise ValueError("must be a database URL")
        if value.startswith(("postgres://", "postgresql://")):
            return "postgresql+asyncpg://" + value.split("://", 1)[1]
        if value.startswith("sqlite://") and "+aiosqlite" not in value:
            return value.replace("sqlite://", "sqlite+aiosqlite://", 1)
        if not value.startswith(("postgresql+asyncpg://", "sqlite+aiosqlite://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("webhook_url", mode="before")
    @classmethod
    def _webhook_url(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not re.match(r"^https://[^\s/]+", value):
            raise ValueError("must be the public https:// address Telegram posts updates to")
        return value

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _webhook_secret(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not SECRET_RE.match(value):
            raise ValueError("must be 16-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("webhook_path", mode="before")
    @classmethod
    def _webhook_path(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not re.match(r"^/[A-Za-z0-9_\-/.]*$", value):
            raise ValueError("must be a path such as /telegram")
        return value

    @field_validator("log_file", "log_person_key", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError(
                "WEBHOOK_SECRET: required with WEBHOOK_URL, so only Telegram can post updates"
            )
        if self.role is not Role.ALL and not self.db_url.startswith("postgresql"):
            raise ValueError(
                f"ROLE: {self.role.value} splits the work across processes, which needs "
                "PostgreSQL in DATABASE_URL (SQLite serves one process)"
            )
        return self

    @property
    def webhook(self) -> bool:
        """Updates arrive by webhook (else by long polling)."""
        return self.webhook_url is not None and self.role.receives

    @property
    def webhook_route(self) -> str:
        if self.webhook_path:
            return self.webhook_path
        assert self.webhook_url is not None
        return urlsplit(self.webhook_url).path.rstrip("/") or DEFAULT_WEBHOOK_PATH

    @property
    def http_port(self) -> int | None:
        """The port of the HTTP listener (webhook, /healthz, /metrics), or None for none."""
        if self.listen_port is not None:
            return self.listen_port
        return DEFAULT_LISTEN_PORT if self.webhook else None

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'secure_base.db').resolve()}"

    @property
    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None


def load_settings(**overrides: object) -> Settings:
    """Read and check the settings; raise ConfigError with one line naming the bad setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        if not first["loc"]:  # a check across settings names its setting in the message
            raise ConfigError(str(first["msg"]).removeprefix("Value error, ")) from None
        name = str(first["loc"][0]).upper()
        secret = any(word in name for word in ("TOKEN", "URL", "SECRET", "KEY"))
        shown = "" if secret else f" (got {first.get('input')!r})"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{name}: {message}{shown}") from None
