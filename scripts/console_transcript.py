"""Print a console transcript of setup and the first check-in, in one language.

    .venv/bin/python scripts/console_transcript.py es > /tmp/es.txt

Runs the real console (`python -m bot`, no token) with CONSOLE_LANGUAGE and a fast clock in a
throw-away DATA_DIR, answers by button numbers (the same in every language) and prints what the
person would see. Used for the three-language transcript in the i18n closing note.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time

ANCHOR = {"en": "Mira", "es": "Mira", "ru": "Игорь"}  # ru: a name that declines
WHY = {
    "en": "She listens without judging.",
    "es": "Me escucha sin juzgarme.",
    "ru": "Он слушает и не осуждает.",
}
# The zone question, answered the way people type it: a near spelling, a city, a skip word.
ZONE = {"en": ("Lisbn", "1"), "es": ("saltar", "Bogotá"), "ru": ("Калининград",)}
NOTE = {"en": "Asked for a raise", "es": "Pedí un aumento", "ru": "Попросила о повышении"}
CHECKIN_MARK = "🔔"


def main(language: str) -> None:
    with tempfile.TemporaryDirectory() as data:
        env = {
            **os.environ,
            "CONSOLE_LANGUAGE": language,
            "DATA_DIR": data,
            "DAY_SECONDS": "30",
            "DISPATCH_INTERVAL_SECONDS": "0.2",
            "TELEGRAM_BOT_TOKEN": "",
            "DATABASE_URL": "",
            "PYTHONUNBUFFERED": "1",
        }
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert proc.stdin is not None and proc.stdout is not None
        output: list[str] = []
        stdout = proc.stdout
        reader = threading.Thread(target=lambda: output.extend(iter(stdout.readline, "")))
        reader.daemon = True
        reader.start()

        def wait_for(mark: str, timeout: float) -> None:
            deadline = time.monotonic() + timeout
            while mark not in "".join(output) and time.monotonic() < deadline:
                time.sleep(0.1)

        def type_line(line: str) -> None:
            assert proc.stdin is not None
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            time.sleep(1.0)

        time.sleep(2.0)
        for line in ("1", ANCHOR[language], WHY[language], "2", "1", "1", *ZONE[language], "21:00"):
            type_line(line)
        wait_for(CHECKIN_MARK, 60)
        time.sleep(0.5)
        for line in ("4", "1", NOTE[language], "2"):
            type_line(line)
        type_line("/quit")
        proc.wait(10)
        print("".join(output), end="")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
