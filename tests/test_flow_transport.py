"""The aiohttp transport under the real Application: files (the week's chart, the /export
documents) arrive whole with their captions and buttons; a 429 and a 5xx on a reply are lived
through; HTTPS_PROXY and NO_PROXY are honoured. The fake Bot API over real HTTP on loopback.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.adapters.telegram.adapter import TelegramSender, build_application
from bot.app import build_dispatcher
from bot.charts.data import CHART_SIZE
from bot.timing.clock import ManualClock
from tests.fake_bot_api import FakeBotServer
from tests.harness import TOKEN, BotHarness
from tests.test_flow_weeks_add_up import close, live_week
from tests.test_flow_weeks_progress import photos, set_up, size

ANA = 51


async def over_http(harness: BotHarness, server: FakeBotServer) -> BotHarness:
    """The harness's bot with its default transport (aiohttp) to the fake over HTTP."""
    assert harness.app is not None and harness.core is not None
    await harness.app.shutdown()
    harness.app = build_application(
        harness.core.journey, TOKEN, base_url=server.base_url, rate_limit=False
    )
    await harness.app.initialize()
    harness.dispatcher = build_dispatcher(harness.core, TelegramSender(harness.app))
    return harness


@pytest.fixture
async def bot(tmp_path: Path, sqlite_url: str, clock: ManualClock) -> AsyncIterator[BotHarness]:
    server = await FakeBotServer().start()
    harness = BotHarness(tmp_path, sqlite_url, clock)
    harness.fake = server
    await over_http(await harness.start(), server)
    yield harness
    await harness.stop()
    await server.stop()


async def test_the_weeks_chart_and_the_export_arrive_whole_over_aiohttp(bot: BotHarness) -> None:
    ana = bot.chat(ANA)
    await set_up(ana)
    await live_week(bot, ana, {1}, datetime(2026, 3, 31, 9, tzinfo=UTC))

    bot.fake.fail_next("sendPhoto", chat_id=ANA, error="retry_after")  # 429: wait, then again
    bot.fake.fail_next("sendPhoto", chat_id=ANA, error="bad_gateway")  # then a 502
    await ana.send("/progress")
    assert [c.ok for c in bot.fake.calls_to("sendPhoto")] == [False, False, True]
    [(png, caption)] = [
        p for p, c in zip(photos(bot, ANA), bot.fake.calls_to("sendPhoto"), strict=True) if c.ok
    ]
    assert size(png) == CHART_SIZE and caption == "Your week so far, with Mum."

    await ana.send("/export")
    await ana.tap("Send my data")
    docs = [c for c in bot.fake.calls_to("sendDocument") if c.ok]
    assert [c.files["document"][0].rsplit("-", 4)[0] for c in docs] == [
        "secure-base",
        "secure-base-checkins",
    ]
    assert json.loads(docs[0].files["document"][1])["profile"]["telegram_chat_id"] == ANA
    assert docs[0].params.get("caption")

    await close(ana)  # the week's summary: its chart, then what comes next, with buttons
    summary = photos(bot, ANA)[-1]
    assert size(summary[0]) == CHART_SIZE and summary[1] == "Your week with Mum."
    assert "Same anchor" in " ".join(ana.seen[-1].labels())


async def test_a_429_a_502_and_a_reset_on_replies_over_aiohttp_each_reply_arrives_once(
    bot: BotHarness,
) -> None:
    ana = bot.chat(ANA)
    bot.fake.retry_after_next(1, seconds=1)
    seen = await ana.send("/start")
    assert len(seen) == 1 and "Let's begin" in seen[0].labels()
    bot.fake.fail_next("sendMessage", chat_id=ANA, error="bad_gateway")
    seen = await ana.tap("Let's begin")
    assert len(seen) == 1 and "Who makes you feel safe?" in seen[0].text
    bot.fake.fail_next("sendMessage", chat_id=ANA, error="network")  # the connection dropped
    seen = await ana.send("Mum")
    assert len(seen) == 1 and "Mum" in seen[0].text
    assert [c.ok for c in bot.fake.calls_to("sendMessage")].count(False) == 3


class RecordingProxy:
    """A plain HTTP proxy on loopback: notes each request line it is handed, forwards the bytes
    to the fake (which reads an absolute URI's method as Telegram's)."""

    def __init__(self, target_port: int) -> None:
        self.target_port, self.port, self.seen = target_port, 0, 0
        self._server: asyncio.Server | None = None

    async def start(self) -> RecordingProxy:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        await asyncio.gather(
            self._pipe(reader, up_writer, count=True), self._pipe(up_reader, writer)
        )

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, count: bool = False
    ) -> None:
        try:
            while data := await reader.read(65536):
                if count and b" HTTP/1.1\r\n" in data and b"http://" in data.split(b"\r\n")[0]:
                    self.seen += 1
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()


async def test_the_proxy_from_the_environment_is_used_and_no_proxy_bypasses_it(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(bot.fake, FakeBotServer)
    proxy = await RecordingProxy(bot.fake.port).start()
    try:
        for name in ("NO_PROXY", "no_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")
        await over_http(bot, bot.fake)
        seen = await bot.chat(ANA).send("/start")
        assert "Let's begin" in seen[0].labels() and proxy.seen >= 1

        monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
        await over_http(bot, bot.fake)
        before = proxy.seen
        seen = await bot.chat(ANA + 1).send("/start")
        assert "Let's begin" in seen[0].labels() and proxy.seen == before
    finally:
        await proxy.stop()


def test_https_proxy_is_taken_for_telegram_unless_no_proxy_names_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Telegram is reached over https: HTTPS_PROXY is its proxy, as with httpx before, and a
    NO_PROXY naming the domain (or a parent of it) bypasses it."""
    from bot.adapters.telegram.transport import AiohttpRequest

    url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@proxy.example:3128")
    proxy, auth = AiohttpRequest()._proxy(url)
    assert str(proxy) == "http://proxy.example:3128" and auth is not None
    assert auth.login == "user"
    for bypass in ("api.telegram.org", ".telegram.org", "telegram.org", "*"):
        monkeypatch.setenv("NO_PROXY", bypass)
        assert AiohttpRequest()._proxy(url) == (None, None), bypass


def test_all_proxy_is_honoured_as_httpx_honoured_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deployment that sets only ALL_PROXY (httpx, before aiohttp, took it) still reaches
    Telegram through it; NO_PROXY still bypasses it; HTTPS_PROXY, when set, comes first."""
    from bot.adapters.telegram.transport import AiohttpRequest

    url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ALL_PROXY", "http://all.example:3128")
    assert str(AiohttpRequest()._proxy(url)[0]) == "http://all.example:3128"
    monkeypatch.setenv("HTTPS_PROXY", "http://https.example:3128")
    assert str(AiohttpRequest()._proxy(url)[0]) == "http://https.example:3128"
    monkeypatch.setenv("NO_PROXY", ".telegram.org")
    assert AiohttpRequest()._proxy(url) == (None, None)
