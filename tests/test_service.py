"""The bot run as a service, through `run()` with the real PTB Application and the fake Bot API:
webhook with its secret, roles, one poller per bot, /healthz and /metrics."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client import REGISTRY
from sqlalchemy import select

from bot import app as app_module
from bot.adapters.web import SECRET_HEADER
from bot.app import build_core, run
from bot.runtime.healthcheck import probe
from bot.runtime.locks import PollerLock, sqlite_single_process
from bot.runtime.settings import ConfigError, Role, Settings, load_settings
from bot.runtime.startup import StartupError
from storage.db import make_engine
from storage.models import Nudge, ProcessedUpdate
from tests.anchor_rows import rows
from tests.fake_bot_api import FakeBotApi, UpdateFactory
from tests.harness import TOKEN
from tests.service_tools import TcpProxy, free_port, get, sample, wait_until

SECRET = "s3cret-for-the-webhook_only"
HOOK_URL = "https://bot.example.org/tg/hook"


def service_settings(tmp_path: Path, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "data_dir": tmp_path / "data",
        "dispatch_interval_seconds": 0.05,
        "worker_id": "svc-test",
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@contextlib.asynccontextmanager
async def running(settings: Settings, fake: FakeBotApi) -> AsyncIterator[asyncio.Task[None]]:
    """The bot as `python -m bot` runs it, stopped (as by SIGTERM) on the way out."""
    stop = asyncio.Event()
    task = asyncio.create_task(run(settings, request=fake, stop=stop))
    try:
        yield task
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)


async def person_with_due_nudge(settings: Settings, chat_id: int) -> None:
    """A person in the middle of their week whose day-1 check-in fell due a minute ago."""
    core = await build_core(settings)
    now = datetime.now(UTC)
    try:
        async with core.store.unit() as repos:
            user = await repos.users.create(chat_id, "en", now)
            user.timezone, user.night_ok, user.step = "UTC", True, "week"
            week = await repos.weeks.create(user.id, now, anchors=rows("Sam"))
            week.status, week.start_date = "active", now.date()
            await repos.nudges.schedule(
                user.id, week.id, [("checkin", 1, now - timedelta(minutes=1))]
            )
    finally:
        await core.close()


# ------------------------------------------------------------------------------- webhook


async def test_webhook_takes_updates_with_the_right_secret_and_refuses_the_rest(
    tmp_path: Path,
) -> None:
    fake = FakeBotApi(record_get_updates=True)
    updates = UpdateFactory(start_update_id=500)
    port = free_port()
    settings = service_settings(
        tmp_path, webhook_url=HOOK_URL, webhook_secret=SECRET, listen_port=port
    )
    wrong = updates.message(7, "/start")
    missing = updates.message(8, "/start")
    right = updates.message(9, "/start")
    async with running(settings, fake):
        (set_hook,) = await fake.wait_for("setWebhook", within=15)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            refused = await client.post("/tg/hook", json=wrong, headers={SECRET_HEADER: "nope"})
            unsigned = await client.post("/tg/hook", json=missing)
            taken = await client.post("/tg/hook", json=right, headers={SECRET_HEADER: SECRET})
        await fake.wait_for("sendMessage", within=15)
        await asyncio.sleep(0.3)  # time enough for anything wrongly queued to be handled
    assert (refused.status_code, unsigned.status_code, taken.status_code) == (403, 403, 200)
    assert fake.sent_texts(9)[0].startswith("Hi, I'm Secure Base.")
    assert fake.sent_texts(7) == [] and fake.sent_texts(8) == []
    assert set_hook.params["url"] == HOOK_URL
    assert set_hook.params["secret_token"] == SECRET
    assert set(set_hook.params["allowed_updates"]) == {
        "message",
        "callback_query",
        "my_chat_member",
    }
    assert fake.calls_to("getUpdates") == [] and fake.calls_to("deleteWebhook") == []
    core = await build_core(settings)
    async with core.store.unit() as repos:
        handled = set(await repos.session.scalars(select(ProcessedUpdate.update_id)))
    await core.close()
    assert handled == {right["update_id"]}  # the refused ones were never processed


async def test_back_to_polling_the_webhook_is_deleted_before_the_first_poll(
    tmp_path: Path,
) -> None:
    fake = FakeBotApi(record_get_updates=True)
    async with running(service_settings(tmp_path), fake):
        await fake.wait_for("getUpdates", within=15)
    methods = [c.method for c in fake.calls]
    assert "setWebhook" not in methods
    assert methods.index("deleteWebhook") < methods.index("getUpdates")


# --------------------------------------------------------------------------------- roles


async def test_a_dispatch_only_process_sends_nudges_and_never_asks_for_updates(
    tmp_path: Path, pg_url: str
) -> None:
    settings = service_settings(tmp_path, database_url=pg_url, role=Role.DISPATCH)
    await person_with_due_nudge(settings, chat_id=41)
    fake = FakeBotApi(record_get_updates=True)
    async with running(settings, fake):
        await fake.wait_for("sendMessage", within=15)
        await asyncio.sleep(0.3)
    assert "check-in" in fake.sent_texts(41)[0].lower() or fake.last_keyboard(41)
    for method in ("getUpdates", "setWebhook", "deleteWebhook", "setMyCommands"):
        assert fake.calls_to(method) == [], method
    core = await build_core(settings)
    async with core.store.unit() as repos:
        statuses = list(await repos.session.scalars(select(Nudge.status)))
    await core.close()
    assert statuses == ["sent"]


async def test_a_second_poller_on_the_same_bot_is_refused_before_it_calls_telegram(
    tmp_path: Path, pg_url: str
) -> None:
    first = FakeBotApi(record_get_updates=True)
    settings = service_settings(tmp_path, database_url=pg_url)
    async with running(settings, first):
        await first.wait_for("getUpdates", within=15)
        second = FakeBotApi(record_get_updates=True)
        with pytest.raises(StartupError, match="another process already receives"):
            await run(service_settings(tmp_path / "b", database_url=pg_url), request=second)
        assert second.calls == []  # refused at start: no getMe, never a 409 loop
        # Dispatch-only processes may join the poller.
        helper = FakeBotApi(record_get_updates=True)
        async with running(
            service_settings(tmp_path / "c", database_url=pg_url, role=Role.DISPATCH), helper
        ):
            await helper.wait_for("getMe", within=15)
    # Once the first poller has stopped, another may take over.
    again = FakeBotApi(record_get_updates=True)
    async with running(settings, again):
        await again.wait_for("getUpdates", within=15)


async def test_sqlite_refuses_a_second_process_on_the_same_file(tmp_path: Path) -> None:
    settings = service_settings(tmp_path)
    fake = FakeBotApi()
    with (
        sqlite_single_process(settings.db_url),
        pytest.raises(StartupError, match="SQLite serves one process"),
    ):
        await run(settings, request=fake)
    assert fake.calls == []


def test_roles_that_split_the_work_need_postgresql(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^ROLE: dispatch .* PostgreSQL"):
        load_settings(role="dispatch", data_dir=tmp_path, _env_file=None)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"webhook_url": HOOK_URL}, "WEBHOOK_SECRET: required with WEBHOOK_URL"),
        ({"webhook_url": "http://bot.example.org/x", "webhook_secret": SECRET}, "WEBHOOK_URL: "),
        ({"webhook_url": HOOK_URL, "webhook_secret": "short"}, "WEBHOOK_SECRET: must be 16-256"),
        ({"webhook_url": HOOK_URL, "webhook_secret": SECRET, "webhook_path": "x"}, "WEBHOOK_PATH"),
        ({"listen_port": "70000"}, "LISTEN_PORT: "),
        ({"log_format": "xml"}, "LOG_FORMAT: "),
    ],
)
def test_service_settings_are_checked_in_one_line(values: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None, **values)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)
    assert SECRET not in str(caught.value) and "short" not in str(caught.value)


def test_webhook_defaults_listen_on_8080_at_the_urls_path() -> None:
    settings = load_settings(_env_file=None, webhook_url=HOOK_URL, webhook_secret=SECRET)
    assert (settings.webhook, settings.http_port, settings.webhook_route) == (
        True,
        8080,
        "/tg/hook",
    )
    polling = load_settings(_env_file=None)
    assert (polling.webhook, polling.http_port) == (False, None)


async def test_an_updates_only_process_answers_people_and_sends_no_nudges(
    tmp_path: Path, pg_url: str
) -> None:
    settings = service_settings(tmp_path, database_url=pg_url, role=Role.UPDATES)
    await person_with_due_nudge(settings, chat_id=42)
    fake = FakeBotApi()
    fake.push_update(UpdateFactory().message(43, "/start"))
    async with running(settings, fake):
        await fake.wait_for("sendMessage", within=15)
        await asyncio.sleep(0.5)  # ten dispatch intervals
    assert [c.params["chat_id"] for c in fake.calls_to("sendMessage")] == [43]
    core = await build_core(settings)
    async with core.store.unit() as repos:
        statuses = list(await repos.session.scalars(select(Nudge.status)))
    await core.close()
    assert statuses == ["pending"]


# ------------------------------------------------------------------------ health, metrics


async def test_healthz_turns_unhealthy_when_the_database_goes_away_and_back(
    tmp_path: Path, pg_url: str
) -> None:
    proxy = TcpProxy("127.0.0.1", 5432)
    await proxy.restore()
    proxied = pg_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
    assert proxied != pg_url
    port = free_port()
    settings = service_settings(tmp_path, database_url=proxied, listen_port=port)
    fake = FakeBotApi()
    try:
        async with running(settings, fake):
            await fake.wait_for("deleteWebhook", within=15)
            healthy = await get(port, "/healthz")
            probed_healthy = await asyncio.to_thread(probe, port)  # Docker's HEALTHCHECK
            await proxy.cut()
            down = await get(port, "/healthz")
            probed_down = await asyncio.to_thread(probe, port)
            await proxy.restore()
            back = await _until_healthy(port)
    finally:
        await proxy.cut()
    assert healthy.status_code == 200, healthy.text
    assert healthy.json() == {
        "status": "ok",
        "checks": {"database": "ok", "dispatcher": "ok", "telegram": "ok"},
    }
    assert down.status_code == 503
    assert probed_healthy and not probed_down
    assert down.json()["status"] == "unhealthy"
    assert down.json()["checks"]["database"].startswith("unreachable")
    assert back.status_code == 200, back.text


async def _until_unhealthy(port: int, within: float = 15.0) -> httpx.Response:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        response = await get(port, "/healthz")
        if response.status_code != 200 or asyncio.get_running_loop().time() > deadline:
            return response
        await asyncio.sleep(0.1)


async def _until_healthy(port: int, within: float = 15.0) -> httpx.Response:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        response = await get(port, "/healthz")
        if response.status_code == 200 or asyncio.get_running_loop().time() > deadline:
            return response
        await asyncio.sleep(0.2)


@pytest.mark.slow(seconds=5)
async def test_healthz_says_when_the_dispatcher_has_stopped_waking(tmp_path: Path) -> None:
    port = free_port()
    settings = service_settings(tmp_path, listen_port=port, health_stale_seconds=0.5)
    fake = FakeBotApi()
    async with running(settings, fake):
        fine = await _until_healthy(port)
        fake.latency = 4.0  # Telegram hangs: the wake-up that sends the nudge does not finish
        await person_with_due_nudge(settings, chat_id=79)
        stale = await _until_unhealthy(port)
        fake.latency = 0.0
    assert fine.status_code == 200, fine.text
    assert stale.status_code == 503
    assert stale.json()["checks"]["dispatcher"].startswith("stale")


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_metrics_move_after_a_nudge_and_a_check_in(tmp_path: Path) -> None:
    port = free_port()
    settings = service_settings(tmp_path, listen_port=port)
    await person_with_due_nudge(settings, chat_id=77)
    before = {
        "sent": _value("secure_base_dispatched_nudges_total", outcome="sent"),
        "buttons": _value("secure_base_updates_total", kind="button"),
        "replies": _value("secure_base_replies_sent_total"),
        "timed": _value("secure_base_update_handling_seconds_count", kind="button"),
    }
    fake = FakeBotApi()
    updates = UpdateFactory(start_update_id=9000)
    async with running(settings, fake):
        await fake.wait_for("sendMessage", within=15)  # the nudge
        mood = next(b for row in fake.last_keyboard(77) for b in row if b.get("callback_data"))
        fake.push_update(updates.callback(77, mood["callback_data"]))
        await fake.wait_for("sendMessage", count=2, within=15)  # the answer to the check-in
        await wait_until(lambda: _value("secure_base_replies_sent_total") > before["replies"])
        page = (await get(port, "/metrics")).text
    assert sample(page, "secure_base_dispatched_nudges_total", outcome="sent") == before["sent"] + 1
    assert sample(page, "secure_base_updates_total", kind="button") == before["buttons"] + 1
    assert sample(page, "secure_base_replies_sent_total") > before["replies"]
    assert (
        sample(page, "secure_base_update_handling_seconds_count", kind="button")
        == before["timed"] + 1
    )
    assert sample(page, "secure_base_nudges", kind="checkin", status="sent") == 1
    assert sample(page, "secure_base_people_active") == 1
    assert sample(page, "secure_base_dispatch_lag_seconds") == 0
    assert "# TYPE secure_base_update_handling_seconds histogram" in page


async def test_metrics_show_how_late_the_oldest_due_nudge_is(tmp_path: Path) -> None:
    port = free_port()
    settings = service_settings(tmp_path, listen_port=port, dispatch_interval_seconds=1)
    await person_with_due_nudge(settings, chat_id=78)
    fake = FakeBotApi()
    fake.fail_method_always("sendMessage", "network")  # Telegram cannot take the nudge
    async with running(settings, fake):
        await fake.wait_for("sendMessage", within=15)
        page = (await get(port, "/metrics")).text
    lag = sample(page, "secure_base_dispatch_lag_seconds")
    assert 55 <= lag <= 600


# ----------------------------------------------------------------- the poller's lock, kept


@contextlib.asynccontextmanager
async def _two_pollers(pg_url: str) -> AsyncIterator[tuple[TcpProxy, PollerLock, PollerLock]]:
    """A poller whose database connection goes through a proxy the test can cut, and another
    process's poller connected directly."""
    proxy = TcpProxy("127.0.0.1", 5432)
    await proxy.restore()
    through_proxy = make_engine(pg_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}"))
    direct = make_engine(pg_url)
    lock, other = PollerLock(through_proxy, TOKEN), PollerLock(direct, TOKEN)
    try:
        yield proxy, lock, other
    finally:
        await lock.release()
        await other.release()
        await proxy.cut()
        proxy.close_upstream()
        await through_proxy.dispose()
        await direct.dispose()


async def test_the_poller_lock_is_taken_again_after_the_database_comes_back(pg_url: str) -> None:
    async with _two_pollers(pg_url) as (proxy, lock, other):
        assert await lock.acquire()
        assert not await other.acquire()
        await proxy.cut()
        assert await lock.keep()  # the database is away: nobody else can take the lock either
        await proxy.restore()
        assert await lock.keep()  # taken again on a new connection
        assert not await other.acquire()


async def test_a_network_drop_that_leaves_its_old_session_holding_the_lock_keeps_polling(
    pg_url: str,
) -> None:
    """The network went away and came back, but the database has not yet noticed that the old
    session's client is gone: that session still holds the lock. It is this process's own, so
    the poller goes on (stopping would leave the bot with no poller at all), and another
    process still cannot take the lock."""
    async with _two_pollers(pg_url) as (proxy, lock, other):
        assert await lock.acquire()
        await proxy.cut(half_open=True)
        await proxy.restore()
        assert await lock.keep()
        assert not await other.acquire()


async def test_a_poller_that_lost_its_lock_to_another_stops(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(app_module, "LOCK_CHECK_SECONDS", 0.2)
    proxy = TcpProxy("127.0.0.1", 5432)
    await proxy.restore()
    settings = service_settings(
        tmp_path, database_url=pg_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
    )
    fake = FakeBotApi(record_get_updates=True)
    direct = make_engine(pg_url)
    stop = asyncio.Event()
    first = asyncio.create_task(run(settings, request=fake, stop=stop))
    try:
        await fake.wait_for("getUpdates", within=15)
        await proxy.cut()  # the database "restarts": the first poller's session and lock are gone
        other = PollerLock(direct, TOKEN)
        await wait_until_async(other.acquire, within=10)  # a second poller starts meanwhile
        await proxy.restore()
        await asyncio.wait_for(first, 15)  # the first one notices and stops by itself
        await other.release()
        assert "another process now polls this bot" in caplog.text
    finally:
        stop.set()
        await proxy.cut()
        if not first.done():
            await asyncio.wait_for(first, 15)
        await direct.dispose()


async def wait_until_async(check: Callable[[], Awaitable[bool]], within: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.1)


@pytest.mark.slow(seconds=3)
async def test_a_failing_poll_is_one_log_line_and_polling_goes_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeBotApi(record_get_updates=True)
    updates = UpdateFactory()
    async with running(service_settings(tmp_path), fake):
        await fake.wait_for("getUpdates", within=15)
        fake.fail_next("getUpdates", error="network", times=2)
        await wait_until(lambda: "polling: NetworkError" in caplog.text, within=15)
        fake.push_update(updates.message(12, "/start"))
        await fake.wait_for("sendMessage", within=15)  # polling came back by itself
    failed = [r for r in caplog.records if r.getMessage().startswith("polling: ")]
    assert failed and all(r.exc_info is None and "\n" not in r.getMessage() for r in failed)


async def test_a_webhook_telegram_refuses_stops_the_start_in_one_line(tmp_path: Path) -> None:
    fake = FakeBotApi()
    fake.fail_method_always(
        "setWebhook", "bad_request", description="Bad Request: bad webhook: Failed to resolve host"
    )
    settings = service_settings(
        tmp_path, webhook_url=HOOK_URL, webhook_secret=SECRET, listen_port=free_port()
    )
    with pytest.raises(StartupError) as caught:
        await run(settings, request=fake)
    assert (
        str(caught.value)
        == "WEBHOOK_URL: Telegram refused it (Bad webhook: failed to resolve host)"
    )


async def test_webhook_path_can_differ_from_the_public_url(tmp_path: Path) -> None:
    fake = FakeBotApi()
    port = free_port()
    settings = service_settings(
        tmp_path,
        webhook_url=HOOK_URL,
        webhook_secret=SECRET,
        webhook_path="/inside",
        listen_port=port,
    )
    update = UpdateFactory().message(15, "/start")
    async with running(settings, fake):
        await fake.wait_for("setWebhook", within=15)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            public = await client.post("/tg/hook", json=update, headers={SECRET_HEADER: SECRET})
            inside = await client.post("/inside", json=update, headers={SECRET_HEADER: SECRET})
        await fake.wait_for("sendMessage", within=15)
    assert (public.status_code, inside.status_code) == (404, 200)
    assert fake.calls_to("setWebhook")[0].params["url"] == HOOK_URL


async def test_a_port_in_use_stops_the_start_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(StartupError) as caught:
            await run(service_settings(tmp_path, listen_port=port), request=FakeBotApi())
    assert str(caught.value).startswith(f"LISTEN_PORT: cannot listen on 127.0.0.1:{port} (")
