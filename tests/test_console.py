"""The console chat, run as a real process (`python -m bot` with no token) with a fast clock."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest


class ConsoleProcess:
    """Types lines into the bot's stdin and waits for text on its stdout."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.output = ""
        self._read_to = 0
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        while chunk := await self.proc.stdout.read(4096):
            self.output += chunk.decode()

    async def expect(self, text: str, within: float = 90.0) -> str:
        """Wait until `text` appears after what was already matched; return the new output."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while (found := self.output.find(text, self._read_to)) < 0:
            if loop.time() > deadline or self.proc.returncode is not None:
                raise AssertionError(f"never saw {text!r}; output tail:\n{self.output[-1500:]}")
            await asyncio.sleep(0.02)
        chunk = self.output[self._read_to : found + len(text)]
        self._read_to = found + len(text)
        return chunk

    async def type(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((line + "\n").encode())
        await self.proc.stdin.drain()


# A console day lasts this many real seconds: long enough for a day's answers (a dozen lines)
# on a loaded machine, short enough for the week to pass in a quarter of a minute.
WEEK_DAY_SECONDS = 2
# The other tests meet no check-in: a slower clock keeps every nudge out of their way.
DAY_SECONDS = 4


@pytest.fixture
def day_seconds() -> float:
    return DAY_SECONDS


@pytest.fixture
async def console(tmp_path: Path, day_seconds: float):  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "DATA_DIR": str(tmp_path / "data"),
        "DAY_SECONDS": str(day_seconds),
        "DISPATCH_INTERVAL_SECONDS": "0.1",
        "MISSED_GRACE_MINUTES": "1440",
        "TELEGRAM_BOT_TOKEN": "",
        "DATABASE_URL": "",
        "PYTHONUNBUFFERED": "1",
    }
    pipe = asyncio.subprocess.PIPE
    with (tmp_path / "stderr.txt").open("wb") as errors:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            stdin=pipe,
            stdout=pipe,
            stderr=errors,
            cwd=tmp_path,
            env=env,
        )
    chat = ConsoleProcess(proc)
    yield chat
    if proc.returncode is None:
        proc.kill()
    await proc.wait()
    (tmp_path / "transcript.txt").write_text(chat.output)


@pytest.mark.slow(seconds=30)
@pytest.mark.parametrize("day_seconds", [WEEK_DAY_SECONDS], ids=["day_2s"])
async def test_a_person_completes_the_week_in_the_console(console: ConsoleProcess) -> None:
    welcome = await console.expect("Let's begin")
    assert "Type /start" not in welcome  # the welcome is already on screen
    await console.type("1")
    await console.expect("Who makes you feel safe?")
    await console.type("My sister Lea")
    await console.expect("What makes your sister Lea a safe place")
    await console.type("She listens without judging.")
    await console.expect("[4] ☀️ Just an ordinary week")
    await console.type("1")  # something big
    await console.expect("[4] ✏️ Something else")
    await console.type("4")
    await console.expect("What would help?")
    await console.type("call me before my exam on Friday")
    drafted = await console.expect("[3] ✏️ Write my own")
    assert "something big coming up this week" in drafted
    assert "Could you call me before my exam on Friday?" in drafted
    await console.type("1")
    zones = await console.expect("🌍 Another place")
    # Copy and Send stay choosable next to the zone list that follows them.
    assert "[2] 📋 Copy" in zones and "[3] ↗️ Send to your sister Lea" in zones
    assert "[1] 🤝 Invite your sister Lea to join me here" in zones
    assert "[1] " not in zones.split("[3] ↗️ Send to your sister Lea", 1)[1]
    await console.type("2")
    copied = await console.expect("before my exam on Friday")
    assert "(to copy or send)" in copied
    await console.type("Reykjavik")
    await console.expect("Your time zone: Reykjavik")
    await console.type("12:00")
    await console.expect("All set.")

    for day in range(1, 8):
        await console.expect(f"🔔 Day {day} of 7. How are you feeling today?")
        await console.type("4")
        await console.expect("new or a little hard")
        await console.type("1" if day % 2 else "2")
        if day % 2:
            await console.expect("note what it was")
            await console.type(f"Brave thing number {day}")
        await console.expect("calmer or braver")
        await console.type("2")
        await console.expect(f"Saved for day {day}.")
        if day == 2:
            await console.expect("Did you send your request")
            await console.type("1")
            await console.expect("How did your sister Lea respond?")
            await console.type("She said of course, and called twice!")
        if day in (1, 3, 5, 7):
            await console.expect("Answer in a message now, or later with /reflect.")
            await console.type(f"Reflection for day {day}")
            await console.expect("Saved. Thank you for putting that into words.")

    await console.expect("close the circle with your sister Lea")
    await console.type("1")
    summary = await console.expect("Would you like another week?")
    assert "Moods, day by day: 🙂 🙂 🙂 🙂 🙂 🙂 🙂" in summary
    assert "Days you tried something new or hard: 4 of 7" in summary
    assert "Days your secure base made you calmer or braver: 7 of 7" in summary
    assert "Reflection for day 5" in summary and "Brave thing number 7" in summary
    await console.type("5")  # [1] Copy and [2] Send the thank-you, then the offer's three
    await console.expect("Whenever you'd like another, /start is here.")
    await console.type("/progress")
    chart = await console.expect(".png)")
    png = Path(chart.rsplit("(chart saved: ", 1)[1].removesuffix(")"))
    assert (await asyncio.to_thread(png.read_bytes)).startswith(b"\x89PNG")
    await console.type("/export")
    await console.expect("Send them here?")
    await console.type("1")
    saved = await console.expect(".csv)")
    assert "secure-base-" in saved and ".json)" in saved
    await console.type("/quit")
    assert await asyncio.wait_for(console.proc.wait(), 10) == 0


@pytest.mark.slow(seconds=10)
async def test_the_console_plays_both_sides_of_an_invitation(console: ConsoleProcess) -> None:
    await console.expect("Let's begin")
    await console.type("1")
    await console.expect("Who makes you feel safe?")
    await console.type("Mira")
    await console.expect("What makes Mira a safe place")
    await console.type("She listens.")
    await console.expect("[4] ☀️ Just an ordinary week")
    await console.type("4")
    await console.expect("[4] ✏️ Something else")
    await console.type("1")
    await console.expect("[3] ✏️ Write my own")
    await console.type("1")
    await console.expect("🌍 Another place")
    await console.type("1")  # invite Mira
    ready = await console.expect("The link works once and only this week.")
    token = ready.split("?start=", 1)[1].split()[0]
    await console.type("/as 2 es")
    await console.expect("(ahora eres el chat 2")
    await console.type(f"/start {token}")
    card = await console.expect("[2] Esta vez no")
    assert "[1] 💛 Me apunto" in card
    assert "La persona que te invitó te eligió" in card  # no messenger name: a neutral phrase
    await console.type("1")
    told = await console.expect("📨 [1] Mira said yes 💛")
    assert "¿En qué zona horaria estás?" in await console.expect("Otro lugar")
    assert "Mira said yes" in told
    await console.type("America/Mexico_City")
    await console.expect("Te llegarán 2 recordatorios cortos")
    await console.type("/as 1")
    back = await console.expect("(you are now chat 1")
    assert "Mira said yes" in await console.expect("Unlink Mira")
    assert back
    assert console.output.count("Mira said yes") == 2  # printed once, shown again after /as 1
    assert "🔔 📨" not in console.output  # the outbox delivered it in its turn: no tick repeats it


@pytest.mark.slow(seconds=10)
async def test_the_console_gives_each_side_a_name(console: ConsoleProcess) -> None:
    """`/as <chat id> <language> <name>` plays a person with the name a messenger would give, so
    the anchor reads who asked them, as in Telegram."""
    await console.expect("Let's begin")
    await console.type("/as 1 en Alex")
    await console.expect("(you are now chat 1")
    await console.type("1")  # the buttons before the switch still answer: same chat
    await console.expect("Who makes you feel safe?")
    await console.type("Mira")
    await console.expect("What makes Mira a safe place")
    await console.type("She listens.")
    await console.expect("[4] ☀️ Just an ordinary week")
    await console.type("4")
    await console.expect("[4] ✏️ Something else")
    await console.type("1")
    await console.expect("[3] ✏️ Write my own")
    await console.type("1")
    await console.expect("🌍 Another place")
    await console.type("1")
    ready = await console.expect("The link works once and only this week.")
    token = ready.split("?start=", 1)[1].split()[0]
    await console.type("/as 2 es Mira")
    await console.expect("(ahora eres el chat 2")
    await console.type(f"/start {token}")
    card = await console.expect("[2] Esta vez no")
    assert "Alex te eligió" in card
