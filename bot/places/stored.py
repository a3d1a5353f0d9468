"""The zone finder's indexes kept in a file between starts: building them from CLDR costs half a
second of every start (of every restart after a crash, every deploy), reading them a few ms.

The file lives in the user's cache folder (`$XDG_CACHE_HOME` or `~/.cache`, `secure-base/`), is
plain JSON (nothing in it runs), and its name carries a digest of everything the indexes are built
from: the Python and Babel versions, the zone names on this machine, this year (offsets are this
year's), and the source of bot/places and content/zones.py. Any change there, a damaged file or a
folder that cannot be written, and the indexes are built as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import TZPATH, available_timezones

import babel

from content import zones as data

_SOURCES = (*sorted(Path(__file__).parent.glob("*.py")), Path(data.__file__))


def digest(zone_names: Iterable[str]) -> str:
    """What the indexes are built from, as a short hex digest."""
    h = hashlib.sha256()
    for part in (sys.version, babel.__version__, str(datetime.now(UTC).year), *zone_names):
        h.update(part.encode() + b"\0")
    for path in _SOURCES:
        h.update(path.read_bytes())
    return h.hexdigest()[:20]


def folder() -> Path | None:
    """Where the file is kept, or None without a home to keep it in."""
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no home directory at all
        return None
    return base / "secure-base"


def read(key: str, where: Path | None) -> dict[str, Any] | None:
    """The indexes stored under `key`, or None (absent, unreadable, damaged)."""
    if where is None:
        return None
    try:
        stored = json.loads((where / f"zone-index-{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stored if isinstance(stored, dict) and stored.get("key") == key else None


def write(key: str, where: Path | None, indexes: dict[str, Any]) -> None:
    """Store the indexes under `key` (whole or not at all: a temporary file renamed); a folder
    that cannot be written only means the next start builds them again."""
    if where is None:
        return
    with contextlib.suppress(OSError):
        where.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=where, suffix=".tmp", delete=False
        ) as f:
            json.dump({**indexes, "key": key}, f, ensure_ascii=False)
        os.replace(f.name, where / f"zone-index-{key}.json")
        for old in where.glob("zone-index-*.json"):  # built from what is no longer here
            if old.name != f"zone-index-{key}.json":
                old.unlink(missing_ok=True)


def _tz_versions() -> list[str]:
    """The time zone database's versions (the system's, the tzdata package's): a country's
    offsets can change with them while its zone names stay."""
    found = []
    for where in TZPATH:
        with contextlib.suppress(OSError), open(Path(where) / "tzdata.zi", encoding="utf-8") as f:
            found.append(f.readline().strip())
    with contextlib.suppress(ImportError):
        import tzdata

        found.append(str(tzdata.IANA_VERSION))
    return found


@cache
def _key() -> str:
    return digest([*_tz_versions(), *sorted(available_timezones())])


@cache
def indexes() -> dict[str, Any]:
    """What the file holds for this machine's sources, once per process ({} if nothing fits)."""
    return read(_key(), folder()) or {}


def keep(built: dict[str, Any]) -> None:
    write(_key(), folder(), built)
