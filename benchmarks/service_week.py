"""A short fast-clock week through the running service, then its /metrics and a JSON log line.

Starts the bot as `python -m bot` would (`bot.app.run`: polling, the dispatcher, the HTTP
listener) with a fast clock, over the in-process fake Bot API. Three people set up their week by
taps; two answer every check-in, one never does. After the week it prints the `secure_base_*`
lines of /metrics, the /healthz answer, and the first `update_handled` JSON log line.

Usage (from the repository root):

    .venv/bin/python benchmarks/service_week.py                 # a day lasts 8 s: about 90 s
    .venv/bin/python benchmarks/service_week.py --day-seconds 12
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bot.app import run  # noqa: E402
from bot.runtime.logs import configure_logging  # noqa: E402
from bot.runtime.settings import LogFormat, Settings  # noqa: E402
from tests.fake_bot_api import FakeBotApi, UpdateFactory  # noqa: E402

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
PEOPLE = {301: True, 302: True, 303: False}  # chat id -> answers the check-ins


class People:
    def __init__(self, fake: FakeBotApi) -> None:
        self.fake = fake
        self.updates = UpdateFactory(start_update_id=1)

    def _count(self, chat: int) -> int:
        return len(self.fake.sent_texts(chat))

    async def _after(self, chat: int, before: int) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._count(chat) > before:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # the rest of a multi-message answer

    async def send(self, chat: int, text: str) -> None:
        before = self._count(chat)
        self.fake.push_update(self.updates.message(chat, text))
        await self._after(chat, before)

    async def tap(self, chat: int, label: str) -> None:
        buttons = [b for row in self.fake.last_keyboard(chat) for b in row]
        data = next(b["callback_data"] for b in buttons if label in b["text"])
        before = self._count(chat)
        self.fake.push_update(self.updates.callback(chat, data))
        await self._after(chat, before)

    async def set_up(self, chat: int) -> None:
        await self.send(chat, "/start")
        await self.tap(chat, "Let's begin")
        await self.send(chat, "Sam")
        await self.send(chat, "Sam listens without fixing things.")
        await self.tap(chat, "A comforting text")
        await self.tap(chat, "Use this")
        await self.tap(chat, "Berlin")
        await self.tap(chat, "19:00")

    async def answer_check_ins(self, chat: int, stop: asyncio.Event) -> None:
        answered = 0
        while not stop.is_set():
            texts = self.fake.sent_texts(chat)
            nudges = sum("How are you feeling today?" in t for t in texts)
            if nudges > answered:
                answered = nudges
                await self.tap(chat, "4 ")
                await self.tap(chat, "Not today")
                await self.tap(chat, "Calmer")
            await asyncio.sleep(0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def main(day_seconds: float) -> None:
    data = Path(tempfile.mkdtemp(prefix="secure-base-week-"))
    port = free_port()
    settings = Settings(
        telegram_bot_token=TOKEN,
        data_dir=data,
        day_seconds=day_seconds,
        dispatch_interval_seconds=0.2,
        listen_port=port,
        log_format=LogFormat.JSON,
        log_file=str(data / "bot.log"),
        worker_id="week-1",
        _env_file=None,  # type: ignore[call-arg]
    )
    configure_logging(settings, console=False)
    fake = FakeBotApi()
    stop, answering_stop = asyncio.Event(), asyncio.Event()
    bot = asyncio.create_task(run(settings, request=fake, stop=stop))
    await fake.wait_for("getMe", within=30)
    people = People(fake)
    for chat in PEOPLE:
        await people.set_up(chat)
    answering = [
        asyncio.create_task(people.answer_check_ins(chat, answering_stop))
        for chat, answers in PEOPLE.items()
        if answers
    ]
    await asyncio.sleep(day_seconds * 9)  # up to a day until the first 19:00, seven days, a bit
    answering_stop.set()
    await asyncio.gather(*answering)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        metrics = (await client.get("/metrics")).text
        health = (await client.get("/healthz")).text
    stop.set()
    await bot
    print(f"# /metrics after a week of {day_seconds:g}-second days ({len(PEOPLE)} people)")
    print("\n".join(line for line in metrics.splitlines() if "secure_base_" in line))
    print(f"\n# /healthz\n{health}")
    for line in (data / "bot.log").read_text().splitlines():
        if json.loads(line).get("event") == "update_handled":
            print(f"\n# a JSON log line\n{line}")
            break


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--day-seconds", type=float, default=8.0)
    asyncio.run(main(parser.parse_args().day_seconds))
