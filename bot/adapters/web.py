"""The small HTTP listener: Telegram's webhook (when configured), /healthz and /metrics."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from telegram import Update
from telegram.ext import Application

from bot.adapters.telegram.intake import Intake
from bot.runtime.health import Health
from bot.runtime.metrics import DatabaseCollector
from bot.runtime.startup import StartupError
from bot.timing.clock import Clock
from storage.db import DATABASE_AWAY
from storage.repositories import Store
from storage.repositories.stats import StatsRepo

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram hears "ok" only once the update is handled. Slower than this, it hears 503 and sends
# the update again later (still in hand: the same handling is awaited; finished: the journey
# drops the repeat). The update is in the inbox by then, so a crash loses nothing either way.
# Telegram's own patience is longer than this.
ANSWER_WITHIN_SECONDS = 20.0


class Webhook:
    """Takes Telegram's POSTs: only with the right secret; answers once the update is handled."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        intake: Intake,
        secret: str,
        *,
        answer_within: float = ANSWER_WITHIN_SECONDS,
    ) -> None:
        self.application = application
        self.intake = intake
        self.answer_within = answer_within
        self._secret = secret.encode()

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            log.warning("webhook: refused a request without the right secret")
            return web.Response(status=403, text="forbidden")
        try:
            data = await request.json()
            update = Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            return web.Response(status=400, text="not an update")
        if update is None or not isinstance(data, dict):
            return web.Response(status=400, text="not an update")
        task = self.intake.submit(update, data)  # stored in the inbox, then handled
        try:
            # Shielded: a dropped connection or a timeout never cuts the handling short.
            await asyncio.wait_for(asyncio.shield(task), self.answer_within)
        except TimeoutError:
            log.warning(
                "webhook: update %s still in hand; Telegram will send it again", update.update_id
            )
            return web.Response(status=503, text="still handling")
        except DATABASE_AWAY as exc:  # the inbox's database unavailable: Telegram tries again
            log.warning("webhook: update %s not stored (%s)", update.update_id, type(exc).__name__)
            return web.Response(status=503, text="not stored")
        except Exception:
            log.exception("webhook: update %s not stored", update.update_id)
            return web.Response(status=503, text="not stored")
        return web.Response(text="ok")


class WebServer:
    def __init__(
        self,
        health: Health,
        store: Store,
        clock: Clock,
        *,
        host: str,
        port: int,
        webhook: tuple[str, Webhook] | None = None,
    ) -> None:
        self.health, self.store, self.clock = health, store, clock
        self.host, self.port = host, port
        self.collector = DatabaseCollector()
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.metrics)
        if webhook is not None:
            path, hook = webhook
            app.router.add_post(path, hook.handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)

    async def start(self) -> None:
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            reason = exc.strerror or type(exc).__name__
            raise StartupError(
                f"LISTEN_PORT: cannot listen on {self.host}:{self.port} ({reason})"
            ) from None
        REGISTRY.register(self.collector)
        log.info("listening on http://%s:%s (/healthz, /metrics)", self.host, self.port)

    async def stop(self) -> None:
        REGISTRY.unregister(self.collector)
        await self._runner.cleanup()

    async def healthz(self, request: web.Request) -> web.Response:
        report = await self.health.report()
        body: dict[str, Any] = {
            "status": "ok" if report.healthy else "unhealthy",
            "checks": report.checks,
        }
        return web.Response(
            status=200 if report.healthy else 503,
            text=json.dumps(body),
            content_type="application/json",
        )

    async def metrics(self, request: web.Request) -> web.Response:
        try:
            async with self.store.unit() as repos:
                stats = await StatsRepo(repos.session).snapshot(self.clock.now())
            self.collector.stats = stats.in_real_seconds(self.clock.speed)
        except DATABASE_AWAY as exc:  # the process's own counters are still worth serving
            log.warning("metrics: database figures unavailable (%s)", type(exc).__name__)
            self.collector.stats = None
        except Exception:
            log.exception("metrics: database figures failed")
            self.collector.stats = None
        return web.Response(
            body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )
