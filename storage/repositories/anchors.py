"""Invitations of anchors (links) and their reminders (nudge rows of kind anchor)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Anchor,
    AnchorLink,
    LinkStatus,
    Nudge,
    User,
    Week,
    support_of,
)
from storage.repositories.nudges import (
    ANCHOR_NUDGE,
    CANCELLED,
    PENDING,
    AnchorNudgeInfo,
    DueNudge,
)

# An anchor reminder's `day` is ANCHOR_DAY_BASE + 2 * link id + (0 or 1): unique within the week
# (two anchors, or a second invitation after the first left) and clear of the check-in days that
# the week's own nudge code moves and counts by number.
ANCHOR_DAY_BASE = 1000


def anchor_days(link: AnchorLink) -> tuple[int, int]:
    first = ANCHOR_DAY_BASE + 2 * link.id
    return first, first + 1


def link_reminders(link: AnchorLink) -> tuple[Any, ...]:
    """WHERE conditions for the reminder rows that belong to one anchor link."""
    return (
        Nudge.week_id == link.week_id,
        Nudge.user_id == link.anchor_id,
        Nudge.kind == ANCHOR_NUDGE,
        Nudge.day.in_(anchor_days(link)),
    )


class AnchorRepo:
    """Invitations of anchors and their reminders (the nudge rows of kind "anchor")."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def create(
        self,
        week: Week,
        token_hash: str,
        person_name: str,
        now: datetime,
        expires: datetime,
        anchor_no: int = 1,
    ) -> AnchorLink:
        link = AnchorLink(
            week_id=week.id,
            anchor_no=anchor_no,
            person_id=week.user_id,
            token_hash=token_hash,
            person_name=person_name,
            status=LinkStatus.INVITED.value,
            reminders=True,
            messages_sent=0,
            created_at=now,
            expires_at=expires,
        )
        self.s.add(link)
        await self.s.flush()
        return link

    async def by_token(self, token_hash: str) -> AnchorLink | None:
        return await self.s.scalar(select(AnchorLink).where(AnchorLink.token_hash == token_hash))

    async def get(self, link_id: int) -> AnchorLink | None:
        return await self.s.get(AnchorLink, link_id)

    async def user(self, user_id: int) -> User | None:
        return await self.s.get(User, user_id)

    async def week(self, week_id: int) -> Week | None:
        return await self.s.get(Week, week_id)

    async def set_reminders(self, link: AnchorLink, on: bool, now: datetime) -> None:
        """Turn the anchor's reminders still ahead off (cancelled) or back on (pending)."""
        if link.anchor_id is None:
            return
        await self.s.execute(
            update(Nudge)
            .where(
                *link_reminders(link),
                Nudge.status == (CANCELLED if on else PENDING),
                Nudge.due_at > now,
            )
            .values(status=PENDING if on else CANCELLED)
        )

    async def of_week(self, week_id: int) -> list[AnchorLink]:
        rows = await self.s.scalars(
            select(AnchorLink).where(AnchorLink.week_id == week_id).order_by(AnchorLink.id)
        )
        return list(rows)

    async def of_anchor(self, anchor_id: int, *statuses: LinkStatus) -> list[AnchorLink]:
        query = select(AnchorLink).where(AnchorLink.anchor_id == anchor_id)
        if statuses:
            query = query.where(AnchorLink.status.in_([s.value for s in statuses]))
        return list(await self.s.scalars(query.order_by(AnchorLink.id)))

    async def touching(self, user_id: int) -> list[AnchorLink]:
        """Every link the user is on, as the person or as the anchor."""
        rows = await self.s.scalars(
            select(AnchorLink).where(
                or_(AnchorLink.person_id == user_id, AnchorLink.anchor_id == user_id)
            )
        )
        return list(rows)

    async def schedule(self, link: AnchorLink, dues: Sequence[datetime]) -> None:
        assert link.anchor_id is not None
        self.s.add_all(
            Nudge(
                user_id=link.anchor_id,
                week_id=link.week_id,
                kind=ANCHOR_NUDGE,
                day=day,
                due_at=due,
                status=PENDING,
                attempts=0,
            )
            for day, due in zip(anchor_days(link), dues, strict=False)
        )
        await self.s.flush()

    async def cancel_reminders(self, link: AnchorLink) -> None:
        if link.anchor_id is None:
            return
        await self.s.execute(
            update(Nudge)
            .where(
                *link_reminders(link),
                Nudge.status == PENDING,
            )
            .values(status=CANCELLED)
        )

    async def reminders(self, link: AnchorLink) -> list[Nudge]:
        rows = await self.s.scalars(
            select(Nudge)
            .where(
                *link_reminders(link),
            )
            .order_by(Nudge.due_at)
        )
        return list(rows)

    async def unlink(self, user: User) -> list[tuple[AnchorLink, User | None]]:
        """Remove every link the user is on and the reminders they carry (for /delete).

        Returns each removed link with the other side, so they can be told it ended.
        """
        links = await self.touching(user.id)
        out: list[tuple[AnchorLink, User | None]] = []
        for link in links:
            other_id = link.person_id if link.anchor_id == user.id else link.anchor_id
            other = await self.s.get(User, other_id) if other_id is not None else None
            out.append((link, other))
            if link.anchor_id is not None:
                await self.s.execute(
                    delete(Nudge).where(
                        Nudge.week_id == link.week_id,
                        Nudge.user_id == link.anchor_id,
                        Nudge.kind == ANCHOR_NUDGE,
                    )
                )
            await self.s.delete(link)
        await self.s.flush()
        return out

    async def nudge_info(self, dues: Sequence[DueNudge]) -> list[DueNudge]:
        """The anchor reminders among claimed nudges, with whose week and what was asked."""
        wanted = [d for d in dues if d.kind == ANCHOR_NUDGE]
        if not wanted:
            return list(dues)
        weeks = {d.week_id for d in wanted}
        links = await self.s.execute(
            select(
                AnchorLink.id,
                AnchorLink.week_id,
                AnchorLink.anchor_id,
                AnchorLink.person_name,
                AnchorLink.anchor_no,
            ).where(
                AnchorLink.week_id.in_(weeks),
                AnchorLink.status == LinkStatus.JOINED.value,
                AnchorLink.reminders.is_(True),
            )
        )
        anchors: dict[int, list[Anchor]] = defaultdict(list)
        for row in await self.s.scalars(select(Anchor).where(Anchor.week_id.in_(weeks))):
            anchors[row.week_id].append(row)
        info = {}
        for link_id, week_id, anchor_id, person, no in links:
            kind, words = support_of(anchors[week_id], no)
            info[(week_id, anchor_id)] = AnchorNudgeInfo(link_id, person, kind, words or "")
        return [
            replace(d, about=info.get((d.week_id, d.user_id))) if d.kind == ANCHOR_NUDGE else d
            for d in dues
        ]
