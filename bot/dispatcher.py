"""Sends due nudges: claim a batch of rows, decide on each, send, mark. Nothing is held in memory.

A restart loses nothing (rows stay pending or their lease runs out) and sends nothing twice (a
row is marked in the same pass that sent it). On PostgreSQL several dispatchers may run at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot import schedule
from bot.clock import Clock, real_seconds
from bot.delivery import Blocked, PermanentFailure, RetryLater, Sender, TransientFailure
from bot.journey import Journey
from bot.schedule import minute_time
from storage.repositories import (
    ANCHOR_NUDGE,
    CANCELLED,
    FAILED,
    MISSED,
    SENT,
    SKIPPED,
    DueNudge,
    Store,
)

log = logging.getLogger(__name__)


@dataclass
class DispatchStats:
    claimed: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)


def verdict(due: DueNudge, now: datetime, grace: timedelta) -> str | None:
    """None to send now, otherwise the status the nudge ends with unsent."""
    if due.week_status != "active":
        return CANCELLED
    if due.kind == ANCHOR_NUDGE and due.about is None:
        return CANCELLED  # the anchor left, or the person turned the reminders off
    if not due.user_active or due.paused:
        return SKIPPED
    if due.kind == "snooze" and due.day_settled:
        return CANCELLED
    if now - due.due_at > grace:
        return MISSED
    local = schedule.local_now(now, due.timezone).time()
    quiet = schedule.is_quiet(local, minute_time(due.quiet_start), minute_time(due.quiet_end))
    if quiet and not (due.night_ok and due.kind not in ("snooze", ANCHOR_NUDGE)):
        return MISSED
    return None


class Dispatcher:
    def __init__(
        self,
        store: Store,
        journey: Journey,
        sender: Sender,
        clock: Clock,
        *,
        worker_id: str,
        batch_size: int = 500,
        concurrency: int = 50,
        lease_seconds: float = 300.0,
        grace: timedelta = timedelta(hours=3),
        max_attempts: int = 5,
        max_batches: int = 20,
        only_chat_id: int | None = None,
    ) -> None:
        self.store, self.journey, self.sender, self.clock = store, journey, sender, clock
        self.worker_id = worker_id
        self.batch_size, self.concurrency = batch_size, concurrency
        self.lease_seconds, self.grace = lease_seconds, grace
        self.max_attempts, self.max_batches = max_attempts, max_batches
        self.only_chat_id = only_chat_id
        self._hold_until: datetime | None = None
        self._running = asyncio.Lock()
        self._stopping = False

    async def run_once(self) -> DispatchStats:
        """One wake-up: drain due rows batch by batch (bounded, so a tick always ends)."""
        if self._stopping:
            return DispatchStats()
        async with self._running:
            return await self._run_batches()

    async def _run_batches(self) -> DispatchStats:
        stats = DispatchStats()
        for _ in range(self.max_batches):
            if self._stopping:
                break
            now = self.clock.now()
            if self._hold_until is not None and now < self._hold_until:
                break
            claimed, released = await self._run_batch(now, stats)
            # A short batch means nothing more is due. Released rows are due again at once:
            # claiming on would spend their attempts in one wake-up, so they wait for the next.
            if claimed < self.batch_size or released:
                break
        if stats.claimed:
            log.info("dispatch: claimed %d %s", stats.claimed, dict(stats.outcomes))
        return stats

    async def _run_batch(self, now: datetime, stats: DispatchStats) -> tuple[int, int]:
        """Claim, decide, send and mark one batch: (rows claimed, rows handed back)."""
        lease = real_seconds(self.clock, self.lease_seconds)
        async with self.store.unit() as repos:
            ids = await repos.nudges.claim_due(
                now, self.worker_id, lease, self.batch_size, chat_id=self.only_chat_id
            )
            dues = await repos.anchors.nudge_info(await repos.nudges.load_due(ids))
        stats.claimed += len(ids)
        if not ids:
            return 0, 0
        groups: dict[str, list[int]] = {}
        to_send: list[DueNudge] = []
        for due in dues:
            status = verdict(due, now, self.grace)
            if status is None:
                to_send.append(due)
            else:
                groups.setdefault(status, []).append(due.id)
        results = await self._send_all(to_send)
        blocked_users: list[int] = []
        release: list[int] = []
        retry_after = 0.0
        for due, outcome in zip(to_send, results, strict=True):
            if outcome is None:
                groups.setdefault(SENT, []).append(due.id)
            elif isinstance(outcome, Blocked):
                groups.setdefault(FAILED, []).append(due.id)
                blocked_users.append(due.user_id)
            elif isinstance(outcome, RetryLater):
                retry_after = max(retry_after, outcome.seconds)
                release.append(due.id)
            elif isinstance(outcome, TransientFailure) and due.attempts < self.max_attempts:
                release.append(due.id)
            else:
                groups.setdefault(FAILED, []).append(due.id)
        done_at = self.clock.now()
        async with self.store.unit() as repos:
            for status, status_ids in groups.items():
                await repos.nudges.finish(status_ids, status, self.worker_id, done_at)
            await repos.users.set_inactive_by_id(blocked_users, done_at)
            await repos.nudges.release(release, self.worker_id)
        if retry_after:
            self._hold_until = done_at + real_seconds(self.clock, retry_after)
            log.warning("dispatch: rate limited, holding for %.1fs", retry_after)
        for status, status_ids in groups.items():
            stats.outcomes[status] += len(status_ids)
        stats.outcomes["released"] += len(release)
        return len(ids), len(release)

    async def _send_all(self, dues: list[DueNudge]) -> list[Exception | None]:
        gate = asyncio.Semaphore(self.concurrency)

        async def one(due: DueNudge) -> Exception | None:
            async with gate:
                try:
                    await self.sender.send(due.chat_id, self.journey.nudge_reply(due))
                except (Blocked, RetryLater, TransientFailure, PermanentFailure) as exc:
                    return exc
                except Exception as exc:  # a bug must not leave the batch claimed forever
                    log.exception("dispatch: unexpected error sending nudge %s", due.id)
                    return PermanentFailure(str(exc))
                return None

        return await asyncio.gather(*(one(d) for d in dues))

    async def stop(self) -> None:
        """On shutdown: let the batch in flight finish and be marked, then hand back the rest.

        Cancelling a batch half-sent would put sent nudges back to pending: a double send.
        """
        self._stopping = True
        async with self._running:
            await self.release_claims()

    async def release_claims(self) -> None:
        """Hand back whatever this worker still holds (nothing is lost)."""
        async with self.store.unit() as repos:
            await repos.nudges.release_worker(self.worker_id)
