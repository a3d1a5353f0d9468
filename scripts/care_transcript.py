"""Print the care flow as the console shows it, in one language, from the real journey.

    .venv/bin/python scripts/care_transcript.py en words   # words of crisis in a check-in note
    .venv/bin/python scripts/care_transcript.py es low     # three days at the lowest mood
    .venv/bin/python scripts/care_transcript.py ru low-stray   # ... a typed "4", then "1"
    .venv/bin/python scripts/care_transcript.py es low-unsafe   # ... and "I'm not safe"
    .venv/bin/python scripts/care_transcript.py ru anchor  # day 7, late: not safe; to Mira

Runs the console chat (`bot.adapters.console.ConsoleChat`, the same renderer `python -m bot`
uses) over a throw-away SQLite file with a manual clock, so the next day's check-in comes on
cue. Answers are typed the way a person would: button numbers and words. Used for the
transcript in the careflow closing note.
"""

from __future__ import annotations

import asyncio
import io
import re
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.adapters.console import ConsoleChat
from bot.app import build_core, build_dispatcher
from bot.runtime.settings import Settings
from bot.timing.clock import ManualClock

CHAT = 1
START = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
ZONE = {"en": "Lisbon", "ru": "Москва", "es": "Madrid"}
ANCHOR = {"en": "Mira", "ru": "Мира", "es": "Mira"}
WHY = {
    "en": "She listens without judging.",
    "ru": "Она слушает и не осуждает.",
    "es": "Me escucha sin juzgarme.",
}
CRISIS = {
    "en": "I tried, but honestly I took too many pills an hour ago",
    "ru": "выпила все таблетки, сил больше нет",
    "es": "Lo intenté, pero la verdad me tomé demasiadas pastillas hace una hora",
}
AFTER = {
    "en": "ok. I called Mira, she's coming over",
    "ru": "я позвонила Мире, она едет ко мне",
    "es": "vale. Llamé a Mira, viene para acá",
}
# The zone's offset from UTC on day 7 (Sunday 29 March 2026, summer time from that night).
SUMMER = {"en": 1, "ru": 3, "es": 2}
NOTE = {"en": "Asked for a raise", "ru": "Попросила о повышении", "es": "Pedí un aumento"}


class Script:
    def __init__(self, chat: ConsoleChat, clock: ManualClock, out: io.StringIO) -> None:
        self.chat, self.clock, self.out = chat, clock, out

    async def type(self, *lines: str) -> None:
        for line in lines:
            await self.chat.handle_line(line)

    def choice(self, prefix: str) -> str:
        """The number that picks the newest button whose data starts with `prefix`."""
        found = [i for i, b in enumerate(self.chat.choices, 1) if (b.data or "").startswith(prefix)]
        return str(found[-1])

    async def until(self, at: datetime, dispatcher_run: object) -> None:
        self.clock.set(at)
        self.out.write(f"    ⏱ {at:%a %d %b %H:%M} UTC\n\n")
        await dispatcher_run()  # type: ignore[operator]


async def transcript(language: str, path: str) -> str:
    out = io.StringIO()
    with tempfile.TemporaryDirectory() as data:
        settings = Settings(
            data_dir=Path(data),
            database_url=f"sqlite+aiosqlite:///{data}/care.db",
            console_language=language,
            _env_file=None,  # type: ignore[call-arg]
        )
        clock = ManualClock(START)
        core = await build_core(settings, clock)
        chat = ConsoleChat(core.journey, CHAT, language, out, files_dir=Path(data) / "files")
        chat.echo = True
        dispatcher = build_dispatcher(core, chat, only_chat_id=CHAT)
        s = Script(chat, clock, out)
        try:
            if path == "anchor":
                await anchor_path(s, language, dispatcher.run_once)
                return out.getvalue()
            await s.type("/start", "1", ANCHOR[language], WHY[language], "4", "1", "1")
            await s.type(ZONE[language], "19:00")
            out.truncate(0)
            out.seek(0)
            first = START.replace(hour=16 if language == "ru" else 18)  # 19:00 local
            await s.until(first + timedelta(hours=1), dispatcher.run_once)
            if path == "words":
                await s.type("2", "1", CRISIS[language], "2", AFTER[language], "1")
                await s.type(NOTE[language], "1")  # calmer; nothing more is asked that day
                await s.until(first + timedelta(days=1, hours=1), dispatcher.run_once)
            else:
                for day in range(3):
                    if day:
                        at = first + timedelta(days=day, hours=1)
                        await s.until(at, dispatcher.run_once)
                    await s.type("1")
                    if day < 2:  # not today, calmer; then "later" / "I decided not to"
                        await s.type("2", "1", "1" if day == 0 else "3")
                if path == "low":
                    await s.type("1")  # typed 1: "I'm safe"
                elif path == "low-stray":  # a number that is no button first: asked again
                    await s.type("4", "1")
                else:
                    await s.type("2", AFTER[language], "1")  # not safe; a warm word; back
                await s.type("2", "1")  # the check-in goes on: not today, calmer
                await s.until(first + timedelta(days=3, hours=1), dispatcher.run_once)
        finally:
            await dispatcher.stop()
            await core.close()
    return out.getvalue()


async def anchor_path(s: Script, language: str, run: object) -> None:
    """Alex's anchor joined (chat 2, Spanish). Late on day 7 Alex is not safe; the week's days
    end before the tap on "Send it to Mira here"; it still goes, and Alex hears it arrived.
    The next evening the week's close remembers the hard day."""
    await s.type(f"/as {CHAT} {language} Alex", "/start", "1", ANCHOR[language], WHY[language])
    await s.type("4", "1", "1")
    await s.type(s.choice("inv:"))  # "Invite Mira to join me here"
    token = re.findall(r"start=([A-Za-z0-9_-]+)", s.out.getvalue())[-1]
    await s.type(ZONE[language], "19:00", "/as 2 es Mira", f"/start {token}", "1")
    await s.type("America/Mexico_City", f"/as {CHAT}")
    s.out.truncate(0)
    s.out.seek(0)
    late = datetime(2026, 3, 29, 23, 40, tzinfo=UTC) - timedelta(hours=SUMMER[language])
    await s.until(late, run)
    await s.type(CRISIS[language])
    await s.type(s.choice("cr:unsafe"))
    await s.until(late + timedelta(minutes=25), run)  # past midnight: the week's days are over
    await s.type(s.choice("crl:"))
    await s.type(AFTER[language])
    await s.type(s.choice("cr:back"))
    await s.until(late + timedelta(hours=19, minutes=20), run)  # 19:00 the next day


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    path = sys.argv[2] if len(sys.argv) > 2 else "words"
    print(asyncio.run(transcript(language, path)), end="")


if __name__ == "__main__":
    main()
