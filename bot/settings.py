"""Configuration from the environment and `.env`, checked once at start."""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TOKEN_RE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")


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
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    console_chat_id: int = 1
    console_language: str = "en"
    worker_id: str = Field(
        default_factory=lambda: f"{socket.gethostname()[:30]}-{os.getpid()}",
        min_length=1,
        max_length=40,
    )

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
            raise ValueError("must be an http(s) URL such as http://localhost:8081/bot")
        return value.rstrip("/")

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
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        secret = "TOKEN" in name or "URL" in name  # a URL may carry a password
        shown = "" if secret else f" (got {first.get('input')!r})"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{name}: {message}{shown}") from None
