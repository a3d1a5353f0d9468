"""Split words of crisis when two webhook receivers share one PostgreSQL database.

Two receivers (two `Core`s on one schema, as two processes would be) may each take one half of
"i want to" ... "die" at the same moment. Each must read the other's half: a person's turns run
one at a time across processes, so the second half always sees the first.
"""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import pytest

from bot.app import Core, build_core
from bot.journey import Incoming
from bot.timing.clock import ManualClock
from content import Texts
from tests.conftest import make_settings

pytestmark = pytest.mark.postgres
HALVES = ("i want to", "die")
CHATS = range(501, 509)
_ids = itertools.count(1)


def typed(chat_id: int, words: str) -> Incoming:
    return Incoming(chat_id, "text", words, language_code="en", update_id=next(_ids))


async def test_halves_taken_by_two_receivers_at_once_still_get_care(
    pg_url: str, tmp_path: Path, clock: ManualClock
) -> None:
    cores: list[Core] = [
        await build_core(make_settings(tmp_path / str(n), pg_url), clock) for n in (1, 2)
    ]
    try:
        for chat_id in CHATS:
            await cores[0].journey.handle(Incoming(chat_id, "command", "start", "en"))
        first, second = cores
        answers = await asyncio.gather(
            *(first.journey.handle(typed(chat_id, HALVES[0])) for chat_id in CHATS),
            *(second.journey.handle(typed(chat_id, HALVES[1])) for chat_id in CHATS),
        )
    finally:
        for core in cores:
            await core.engine.dispose()
    question = Texts("en")("care_question")
    cared = {
        chat_id
        for chat_id, replies in zip([*CHATS, *CHATS], answers, strict=True)
        if any(question in reply.text for reply in replies)
    }
    assert cared == set(CHATS)
