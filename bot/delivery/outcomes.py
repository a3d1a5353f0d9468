"""What became of each claimed nudge: the verdict at send time; outcomes written in batches."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.delivery.backoff import Backoff
from bot.timing import schedule
from bot.timing.clock import Clock
from bot.timing.schedule import minute_time
from storage.db import DATABASE_AWAY
from storage.models import WeekStatus
from storage.nudge_enums import NudgeKind, NudgeStatus
from storage.repositories import DueNudge, Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one claimed nudge. `status` None hands it back until `retry_at`."""

    nudge_id: int
    user_id: int
    status: NudgeStatus | None
    blocked: bool = False
    retry_at: datetime | None = None
    move_to: datetime | None = None  # a new due time: put off (the week's close after care)


# Nudges at the person's chosen time are checked against their quiet hours when sent. Every other
# nudge (a "Later", an anchor's reminder) was placed outside the quiet hours when it was made and
# the bot said when it would come: that time is a promise, kept even if sending it runs late into
# the quiet hours. Only its due time itself is checked (the zone or the quiet hours may have
# moved since it was made).
RECHECKED_AT_SEND = frozenset({NudgeKind.CHECKIN, NudgeKind.CLOSE})


NEVER_AT_NIGHT = frozenset({NudgeKind.SNOOZE, NudgeKind.ANCHOR})  # whatever night_ok says


def verdict(due: DueNudge, now: datetime, grace: timedelta) -> NudgeStatus | None:
    """None to send now, otherwise the status the nudge ends with unsent."""
    if due.week_status != WeekStatus.ACTIVE:
        return NudgeStatus.CANCELLED
    if due.kind == NudgeKind.ANCHOR and due.about is None:
        return NudgeStatus.CANCELLED  # the anchor left, or the person turned the reminders off
    if not due.user_active or due.paused:
        return NudgeStatus.SKIPPED
    if due.kind == NudgeKind.SNOOZE and due.day_settled:
        return NudgeStatus.CANCELLED
    if now - due.due_at > grace:
        return NudgeStatus.MISSED
    if due.night_ok and due.kind not in NEVER_AT_NIGHT:
        return None
    at = now if due.kind in RECHECKED_AT_SEND else due.due_at
    local = schedule.local_now(at, due.timezone).time()
    if schedule.is_quiet(local, minute_time(due.quiet_start), minute_time(due.quiet_end)):
        return NudgeStatus.MISSED
    return None


class OutcomeLog:
    """Outcomes waiting to be written. Whatever has arrived is written in one transaction;
    if the database is away they wait here (in order) and are written when it is back."""

    def __init__(self, store: Store, clock: Clock, worker_id: str) -> None:
        self.store, self.clock, self.worker_id = store, clock, worker_id
        self._queue: list[Outcome] = []
        self._arrived = asyncio.Event()
        self._writing = asyncio.Lock()
        self._backoff = Backoff(base=0.25, cap=8.0)
        self._closed = False
        self.give_up_at: float | None = None  # loop time after which a shutdown stops trying

    def __len__(self) -> int:
        return len(self._queue)

    def add(self, outcome: Outcome) -> None:
        self._queue.append(outcome)
        self._arrived.set()

    async def write(self) -> None:
        """Write everything queued now; raises (keeping the queue) if the database fails."""
        async with self._writing:
            if self._queue:
                await self._write(list(self._queue))

    async def _write(self, taken: list[Outcome]) -> None:
        groups: dict[NudgeStatus, list[int]] = {}
        releases: dict[datetime | None, list[int]] = {}
        blocked: list[int] = []
        moves: dict[datetime, list[int]] = {}
        for outcome in taken:
            if outcome.move_to is not None:
                moves.setdefault(outcome.move_to, []).append(outcome.nudge_id)
            elif outcome.status is None:
                releases.setdefault(outcome.retry_at, []).append(outcome.nudge_id)
            else:
                groups.setdefault(outcome.status, []).append(outcome.nudge_id)
            if outcome.blocked:
                blocked.append(outcome.user_id)
        done_at = self.clock.now()
        async with self.store.unit() as repos:
            for status, ids in groups.items():
                await repos.nudges.finish(ids, status, self.worker_id, done_at)
            for retry_at, ids in releases.items():
                await repos.nudges.release(ids, self.worker_id, retry_at)
            for due_at, ids in moves.items():
                await repos.nudges.postpone(ids, self.worker_id, due_at)
            await repos.users.set_inactive_by_id(blocked, done_at)
        del self._queue[: len(taken)]

    async def drain(self) -> bool:
        """Write until nothing is queued, backing off while the database is away.

        Gives up (returning False) only after `give_up_at` (loop time), set on shutdown.
        """
        loop = asyncio.get_running_loop()
        while self._queue:
            try:
                await self.write()
                self._backoff.reset()
            except Exception as exc:  # the database is away (or a bug): keep them, wait, again
                if not isinstance(exc, DATABASE_AWAY):
                    log.exception("dispatch: recording outcomes failed")
                delay = self._backoff.next_delay()
                if self.give_up_at is not None and loop.time() + delay > self.give_up_at:
                    log.error("dispatch: %d outcomes could not be written", len(self._queue))
                    return False
                self._backoff.warn(
                    log, "dispatch: cannot record %d outcomes (%s)", len(self._queue),
                    type(exc).__name__, delay=delay,
                )  # fmt: skip
                await asyncio.sleep(delay)
        return True

    def start(self) -> asyncio.Task[None]:
        """Write outcomes as they arrive, until `close()`."""
        self._closed = False
        return asyncio.create_task(self._run())

    async def _run(self) -> None:
        while not self._closed:
            await self._arrived.wait()
            self._arrived.clear()
            await self.drain()

    def close(self) -> None:
        self._closed = True
        self._arrived.set()
