"""Intake through the webhook: Telegram hears "ok" only once a person's message is handled, and
a handling slower than Telegram's patience answers 503, so Telegram sends the update again.
The real PTB Application (tests/harness.py) behind the real webhook handler, over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.telegram.intake import Intake
from bot.adapters.web import SECRET_HEADER, Webhook
from tests.harness import BotHarness
from tests.intake_rig import writes_held

SECRET = "s3cret-for-the-webhook_only"
CHAT = 61


@pytest.fixture
async def hook(bot: BotHarness) -> Webhook:
    assert bot.app is not None and bot.core is not None
    return Webhook(bot.app, Intake(bot.app, bot.core.store, "receiver-1"), SECRET)


@pytest.fixture
async def client(hook: Webhook) -> AsyncIterator[TestClient[Any, Any]]:
    app = web.Application()
    app.router.add_post("/hook", hook.handle)
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


async def post(client: TestClient[Any, Any], update: dict[str, Any]) -> int:
    response = await client.post("/hook", json=update, headers={SECRET_HEADER: SECRET})
    return response.status


async def test_ok_only_once_the_person_is_answered(
    bot: BotHarness, client: TestClient[Any, Any]
) -> None:
    status = await post(client, bot.updates.message(CHAT, "/start"))
    assert status == 200
    assert bot.fake.sent_texts(CHAT)[0].startswith("Hi, I'm Secure Base.")


async def test_slow_handling_answers_503_and_the_resent_update_counts_once(
    bot: BotHarness, hook: Webhook, client: TestClient[Any, Any], sqlite_url: str
) -> None:
    update = bot.updates.message(CHAT, "/start")
    hook.answer_within = 0.0  # Telegram's patience, run out at once
    async with writes_held(sqlite_url):
        assert await post(client, update) == 503
        assert bot.fake.sent_texts(CHAT) == []
    hook.answer_within = 20.0
    assert await post(client, update) == 200  # Telegram again: the same handling, awaited
    assert await post(client, update) == 200  # and once more, after it finished: dropped
    assert len(bot.fake.sent_texts(CHAT)) == 1
