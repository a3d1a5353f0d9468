"""`python -m bot.runtime.healthcheck`: exit 0 when the bot here answers /healthz with 200."""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request

from bot.runtime.settings import DEFAULT_LISTEN_PORT


def probe(port: int, timeout: float = 4.0) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=timeout) as answer:
            return bool(answer.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def main() -> None:
    port = int(os.environ.get("LISTEN_PORT") or DEFAULT_LISTEN_PORT)
    sys.exit(0 if probe(port) else 1)


if __name__ == "__main__":
    main()
