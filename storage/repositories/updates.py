"""Handled Telegram update ids, and chats whose last reply never arrived."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import dialect_insert, upsert_insert
from storage.models import (
    ProcessedUpdate,
    UndeliveredReply,
)


class UndeliveredReplies:
    """Chats whose last reply never arrived: their next message shows the open question again."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def remember(self, chat_id: int, now: datetime) -> None:
        insert = upsert_insert(self.s)
        await self.s.execute(
            insert(UndeliveredReply)
            .values(chat_id=chat_id, since=now)
            .on_conflict_do_nothing(index_elements=["chat_id"])
        )

    async def take(self, chat_id: int) -> bool:
        """Whether a reply to this chat was owed; the debt is cleared.

        Looked up first, so the usual case (nothing owed) takes no write lock.
        """
        owed = await self.s.scalar(
            select(UndeliveredReply.chat_id).where(UndeliveredReply.chat_id == chat_id)
        )
        if owed is None:
            return False
        result = await self.s.execute(
            delete(UndeliveredReply).where(UndeliveredReply.chat_id == chat_id)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


@functools.cache
def _first_time(dialect: str) -> Any:
    """Built once per dialect (every update runs it)."""
    insert = dialect_insert(dialect)
    seen = ProcessedUpdate.__table__.c
    return (
        insert(ProcessedUpdate)
        .values(
            update_id=bindparam("update_id", type_=seen.update_id.type),
            seen_at=bindparam("seen_at", type_=seen.seen_at.type),
        )
        .on_conflict_do_nothing(index_elements=["update_id"])
    )


class UpdateLog:
    """Remembers handled Telegram update ids (the first writer wins)."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def first_time(self, update_id: int, now: datetime) -> bool:
        conn = await self.s.connection()  # Core, in the unit's transaction: no ORM needed
        result = await conn.execute(
            _first_time(conn.dialect.name), {"update_id": update_id, "seen_at": now}
        )
        return bool(result.rowcount)

    async def also_seen(self, update_ids: tuple[int, ...], now: datetime) -> None:
        """Updates folded into the one being handled (a flood, joined): taken with it."""
        if update_ids:
            conn = await self.s.connection()
            rows = [{"update_id": i, "seen_at": now} for i in update_ids]
            await conn.execute(_first_time(conn.dialect.name), rows)

    async def forget_before(self, when: datetime) -> None:
        await self.s.execute(delete(ProcessedUpdate).where(ProcessedUpdate.seen_at < when))
