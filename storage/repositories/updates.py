"""Handled Telegram update ids, and chats whose last reply never arrived."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import upsert_insert
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


class UpdateLog:
    """Remembers handled Telegram update ids (the first writer wins)."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def first_time(self, update_id: int, now: datetime) -> bool:
        insert = upsert_insert(self.s)
        stmt = (
            insert(ProcessedUpdate)
            .values(update_id=update_id, seen_at=now)
            .on_conflict_do_nothing(index_elements=["update_id"])
        )
        result = await self.s.execute(stmt)
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def forget_before(self, when: datetime) -> None:
        await self.s.execute(delete(ProcessedUpdate).where(ProcessedUpdate.seen_at < when))
