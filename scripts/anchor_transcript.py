"""Print a two-sided console transcript of a week with an anchor, on a fast clock.

    .venv/bin/python scripts/anchor_transcript.py > /tmp/anchor.txt

Runs the real console (`python -m bot`, no token) in a throw-away DATA_DIR. Alex (chat 1,
English, Berlin) sets up a week before something big with Mira, invites her, then adds Jo from
/settings with his own ask and invites him too. Mira (`/as 2 es Mira`, Spanish, Mexico City) says
yes, writes once after a reminder and answers the thank-you; Jo (`/as 3 ru Jo`, Russian) says not
this time. Alex answers day 1 and day 4 (with the big moment's follow-up) and closes the week.
Used for docs/transcripts/anchor-two-sided.txt. Takes about DAY_SECONDS × 9 seconds.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import threading
import time

DAY_SECONDS = 20


class Console:
    def __init__(self, data: str) -> None:
        env = {
            **os.environ,
            "DATA_DIR": data,
            "DAY_SECONDS": str(DAY_SECONDS),
            "DISPATCH_INTERVAL_SECONDS": "0.2",
            "MISSED_GRACE_MINUTES": "1440",
            "TELEGRAM_BOT_TOKEN": "",
            "DATABASE_URL": "",
            "PYTHONUNBUFFERED": "1",
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert self.proc.stdout is not None
        self.output: list[str] = []
        stdout = self.proc.stdout
        reader = threading.Thread(target=lambda: self.output.extend(iter(stdout.readline, "")))
        reader.daemon = True
        reader.start()
        self.mark = 0

    def text(self) -> str:
        return "".join(self.output)

    def wait_for(self, needle: str, timeout: float = 60) -> str:
        """Wait for `needle` after the last mark; return the text up to it."""
        deadline = time.monotonic() + timeout
        while (found := self.text().find(needle, self.mark)) < 0:
            if time.monotonic() > deadline:
                raise SystemExit(f"never saw {needle!r}; the end:\n{self.text()[-2500:]}")
            time.sleep(0.1)
        chunk = self.text()[self.mark : found + len(needle)]
        self.mark = found + len(needle)
        return chunk

    def type(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        time.sleep(0.8)

    def choose(self, label: str) -> None:
        """Type the number of the newest button whose label contains `label`."""
        deadline = time.monotonic() + 60  # a busy machine answers late: wait for it
        pattern = r"\[(\d+)\] [^\n]*" + re.escape(label)
        while not (numbers := re.findall(pattern, self.text())):
            if time.monotonic() > deadline:
                raise SystemExit(f"no button {label!r}; the end:\n{self.text()[-2500:]}")
            time.sleep(0.1)
        self.type(numbers[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        c = Console(data)
        c.wait_for("Let's begin")
        c.type("/as 1 en Alex")
        for line in ("1", "Mira", "She listens without judging.", "1", "1", "1"):
            c.type(line)
        c.choose("Invite Mira")
        mira = re.findall(r"\?start=([A-Za-z0-9_-]+)", c.wait_for("only this week."))[-1]
        c.type("Europe/Berlin")
        c.type("19:00")
        c.type("/settings")
        c.choose("Add a second person")
        c.type("Jo")
        c.type("He makes me laugh when it's hard.")
        c.choose("Five minutes of listening")
        c.choose("Invite Jo")
        jo = re.findall(r"\?start=([A-Za-z0-9_-]+)", c.wait_for("only this week."))[-1]
        c.type("/as 2 es Mira")
        c.type(f"/start {mira}")
        c.choose("Me apunto")
        c.type("America/Mexico_City")
        c.type("/as 3 ru Jo")
        c.type(f"/start {jo}")
        c.choose("В этот раз не смогу")
        c.type("/as 1")
        c.wait_for("Day 1 of 7", timeout=DAY_SECONDS * 2)
        for line in ("4", "1", "Asked for a raise", "2", "Mira, mostly."):
            c.type(line)
        c.wait_for("🔔 📨 [2]", timeout=DAY_SECONDS * 3)
        c.type("/as 2")
        c.choose("Escribir a")
        c.type("¡Tú puedes! Aquí estoy.")
        c.type("/as 1")
        c.wait_for("🔔 Day 4 of 7", timeout=DAY_SECONDS * 4)
        for line in ("5", "1", "The interview itself", "3"):
            c.type(line)
        c.wait_for("How did it go", timeout=DAY_SECONDS)
        c.type("It went well: a second round next week!")
        c.choose("Later")  # the reflection question waits for /reflect
        c.wait_for("Close the week", timeout=DAY_SECONDS * 10)
        c.choose("Close the week")
        if "no answers yet" in c.text()[c.mark :]:
            c.choose("Close the week")
        c.choose("Use this")
        c.choose("Send it to Mira here")
        c.type("/as 2")
        c.choose("Responder a")
        c.type("Gracias a ti. Cuando quieras.")
        c.type("/as 1")
        c.type("/quit")
        c.proc.wait(10)
        print(c.text(), end="")


if __name__ == "__main__":
    main()
