"""The deploy files name only settings that exist, set every one that is required, and pass the
bot's own checks (Docker does not run here: what can be checked without it is checked)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.runtime.settings import Role, Settings, load_settings

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
SETTINGS = {name.upper() for name in Settings.model_fields}
REQUIRED = {"TELEGRAM_BOT_TOKEN"}  # everything else has a default
NOT_SETTINGS_BUT_PYTHON = {"PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED", "PTB_TIMEDELTA"}
INTERPOLATION = re.compile(r"\$\{([A-Z_]+)(?::?[-?][^}]*)?\}")


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return data


def env_example_names() -> tuple[set[str], set[str]]:
    """(every name in deploy/env.example, the names set on uncommented lines)."""
    named, active = set(), set()
    for line in (DEPLOY / "env.example").read_text().splitlines():
        found = re.match(r"^(#\s*)?([A-Z][A-Z0-9_]*)=", line)
        if found:
            named.add(found.group(2))
            if found.group(1) is None:
                active.add(found.group(2))
    return named, active


def compose_only_names() -> set[str]:
    """Names the compose file itself uses for services that are not the bot (the database)."""
    services = compose()["services"]
    used: set[str] = set()
    for name, service in services.items():
        if name in ("bot", "dispatch"):
            continue
        used |= set(INTERPOLATION.findall(yaml.safe_dump(service)))
    return used


def test_the_env_example_names_every_setting_and_nothing_else() -> None:
    named, active = env_example_names()
    assert named - SETTINGS - compose_only_names() == set()
    assert SETTINGS - named == set()  # a setting nobody can find is a setting nobody uses
    assert active >= REQUIRED


def test_the_env_example_as_it_stands_is_a_working_env_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(_env_file=DEPLOY / "env.example")
    assert settings.token == "123456789:replace-with-the-token-from-BotFather"
    assert settings.role is Role.ALL and not settings.webhook


@pytest.mark.parametrize("service", ["bot", "dispatch"])
def test_the_compose_services_set_only_real_settings_and_pass_the_checks(service: str) -> None:
    spec = compose()["services"][service]
    environment: dict[str, Any] = spec["environment"]
    assert set(environment) <= SETTINGS
    assert set(environment) >= REQUIRED
    assert ":?" in environment["TELEGRAM_BOT_TOKEN"]  # compose refuses to start without it
    values = {
        key.lower(): INTERPOLATION.sub("example", str(value)) for key, value in environment.items()
    }
    values["telegram_bot_token"] = "123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
    settings = load_settings(_env_file=None, **values)
    assert settings.db_url.startswith("postgresql+asyncpg://") and "@db:5432/" in settings.db_url
    assert settings.http_port == 8080 and settings.listen_host == "0.0.0.0"
    assert settings.role is (Role.ALL if service == "bot" else Role.DISPATCH)
    assert spec["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert spec["env_file"] == ".env"


def test_compose_runs_postgresql_16_with_a_named_volume_and_a_healthcheck() -> None:
    data = compose()
    db = data["services"]["db"]
    assert db["image"] == "postgres:16"
    volume = db["volumes"][0].split(":")[0]
    assert volume in data["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert data["services"]["bot"]["build"]["dockerfile"] == "deploy/Dockerfile"


def test_the_image_is_slim_runs_as_a_user_and_checks_its_health() -> None:
    lines = (DEPLOY / "Dockerfile").read_text().splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    instructions = [line.split(None, 1) for line in text.splitlines() if re.match(r"^[A-Z]", line)]
    bases = [rest for op, rest in instructions if op == "FROM"]
    assert bases and all(re.match(r"python:3\.\d+-slim\b", base) for base in bases)
    users = [rest.strip() for op, rest in instructions if op == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert "[dev]" not in text and "pytest" not in text
    assert "HEALTHCHECK" in text and "bot.runtime.healthcheck" in text
    env_names = set(re.findall(r"\b([A-Z][A-Z0-9_]+)=", text.split("ENV", 1)[1].split("RUN")[0]))
    assert env_names <= SETTINGS | NOT_SETTINGS_BUT_PYTHON
    assert {"LISTEN_PORT", "LISTEN_HOST", "DATA_DIR"} <= env_names


def test_the_systemd_unit_sets_only_real_settings() -> None:
    text = (DEPLOY / "secure-base.service").read_text()
    names = set(re.findall(r"^Environment=([A-Z_]+)=", text, flags=re.M))
    assert names and names <= SETTINGS
    assert "ExecStart=/opt/secure-base/.venv/bin/python -m bot" in text
