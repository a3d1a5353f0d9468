"""Sends due nudges: claim a small batch, decide on each, send, and record each outcome as it comes.

Crash safety: each nudge's outcome is written the moment its send returns (outcomes that arrive
together share one commit), so a killed process repeats at most the sends in flight at that
instant. Claims carry a short lease that the live worker renews while it works, so the claims of a
dead worker are free again within `lease_seconds`.

Messages to another chat (the outbox, bot/delivery/outbox.py) go first on each wake-up, at
reply priority (`relay_sender`), under the same lease renewal and the same shutdown.

Outages: when the database is unreachable, outcomes stay in memory and are written with backoff
when it is back; claims are never handed back while their outcome is unknown to the database. When
the platform fails (5xx, timeouts, network), every nudge waits with exponential backoff and jitter
and is tried again until its grace period ends. On PostgreSQL several dispatchers may run at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.delivery.backoff import Backoff
from bot.delivery.outcomes import Outcome, OutcomeLog, verdict
from bot.delivery.send_ahead import EARLY_WINDOW, claim_horizon, early_hold
from bot.delivery.sender import Blocked, PermanentFailure, RetryLater, Sender, TransientFailure
from bot.journey import Journey, care_days
from bot.timing.clock import Clock, real_seconds
from bot.timing.schedule import minute_time
from storage.db import DATABASE_AWAY
from storage.nudge_enums import NudgeStatus
from storage.repositories import DueNudge, Repos, Store

log = logging.getLogger(__name__)

RELEASED = "released"
CLAIM_BACKOFF_CAP = 10.0
POSTPONED = "postponed"


@dataclass
class DispatchStats:
    claimed: int = 0
    could_claim: bool = True  # False: the database was away (or is being waited out)
    claim_error: str = ""
    outcomes: Counter[str] = field(default_factory=Counter)
    relays: Counter[str] = field(default_factory=Counter)  # the outbox's, by outcome


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
        lease_seconds: float = 15.0,
        grace: timedelta = timedelta(hours=3),
        max_batches: int = 20,
        backoff_cap_seconds: float = 60.0,
        shutdown_seconds: float = 10.0,
        only_chat_id: int | None = None,
        relay_sender: Sender | None = None,
        nudge_rate: float | None = None,
        early_window: timedelta = EARLY_WINDOW,
    ) -> None:
        self.store, self.journey, self.sender, self.clock = store, journey, sender, clock
        self.relay_sender = relay_sender or sender
        self.worker_id = worker_id
        self.batch_size, self.concurrency = batch_size, concurrency
        self.lease_seconds, self.grace = lease_seconds, grace
        self.max_batches = max_batches
        self.shutdown_seconds = shutdown_seconds
        self.only_chat_id = only_chat_id
        # Check-ins a (real) second a wave can count on; None: never sent ahead of their minute.
        self.nudge_rate, self.early_window = nudge_rate, early_window
        self.outcomes = OutcomeLog(store, clock, worker_id)
        self._outage = Backoff(cap=backoff_cap_seconds)
        # Claims failing (the database is away): tried again at 1, 2, 4, 8, 10, 10 … s, so the
        # work resumes within seconds of its return, and the log says so once per step.
        self._database = Backoff(cap=min(backoff_cap_seconds, CLAIM_BACKOFF_CAP))
        self._claim_again_at = 0.0  # loop time before which no claim is tried
        self._hold_until: datetime | None = None
        self._running = asyncio.Lock()
        self._stopping = False

    async def run_once(self) -> DispatchStats:
        """One wake-up: drain due rows batch by batch (bounded, so a tick always ends)."""
        if self._stopping:
            return DispatchStats()
        async with self._running:
            if asyncio.get_running_loop().time() < self._claim_again_at:
                return DispatchStats(could_claim=False)  # the database is being waited out
            writer = self.outcomes.start()
            heartbeat = asyncio.create_task(self._renew_leases())
            try:
                relays = await self._send_relays()
                stats = await self._run_batches()
                stats.relays = relays
                self._claimed(stats)
                return stats
            finally:
                # Outcomes not yet written must be, before anything is claimed again.
                self.outcomes.close()
                await writer
                await self.outcomes.drain()
                heartbeat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await heartbeat

    def _claimed(self, stats: DispatchStats) -> None:
        """After a failed claim, wait before the next (backoff), saying so once per step."""
        if stats.could_claim:
            if self._database.failures:
                log.info("dispatch: claims again after %d failures", self._database.failures)
            self._database.reset()
            return
        delay = self._database.next_delay()
        self._claim_again_at = asyncio.get_running_loop().time() + delay
        self._database.warn(log, "dispatch: cannot claim (%s)", stats.claim_error, delay=delay)

    async def _send_relays(self) -> Counter[str]:
        """What the outbox still holds (a send that failed, a crash before the send)."""
        try:
            return await self.journey.outbox.send_due(
                self.relay_sender,
                worker=self.worker_id,
                lease_seconds=self.lease_seconds,
                only_chat_id=self.only_chat_id,
            )
        except DATABASE_AWAY as exc:  # the rows wait for the next wake-up
            log.debug("dispatch: cannot claim relays (%s)", type(exc).__name__)
        except Exception:
            log.exception("dispatch: sending relays failed")
        return Counter()

    async def _renew_leases(self) -> None:
        """While this worker works, its claims stay its own (a dead worker's run out)."""
        every = max(self.lease_seconds / 4, 0.05)
        while True:
            await asyncio.sleep(every)
            try:
                async with self.store.unit() as repos:
                    await repos.nudges.renew(self.worker_id, self._lease_end())
                    await repos.relays.renew(self.worker_id, self._lease_end())
            except DATABASE_AWAY as exc:
                log.warning("dispatch: could not renew leases (%s)", type(exc).__name__)
            except Exception:
                log.exception("dispatch: renewing leases failed")

    def _lease_end(self) -> datetime:
        return self.clock.now() + real_seconds(self.clock, self.lease_seconds)

    async def _run_batches(self) -> DispatchStats:
        stats = DispatchStats()
        for _ in range(self.max_batches):
            if self._stopping or not await self.outcomes.drain():
                break
            now = self.clock.now()
            if self._hold_until is not None and now < self._hold_until:
                break
            try:
                claimed, released = await self._run_batch(now, stats)
            except Exception as exc:  # nothing was claimed this time
                if not isinstance(exc, DATABASE_AWAY):
                    log.exception("dispatch: a batch failed")
                stats.could_claim, stats.claim_error = False, type(exc).__name__
                break
            # A short batch means nothing more is due; a handed-back row waits for its retry.
            if claimed < self.batch_size or released:
                break
        if stats.claimed:
            log.info("dispatch: claimed %d %s", stats.claimed, dict(stats.outcomes))
        return stats

    async def _run_batch(self, now: datetime, stats: DispatchStats) -> tuple[int, int]:
        """Claim, decide and send one batch: (rows claimed, rows handed back)."""
        async with self.store.unit() as repos:
            ids = await repos.nudges.claim_due(
                now, self.worker_id, self._lease_end() - now, self.batch_size,
                chat_id=self.only_chat_id, checkins_until=await self._horizon(repos, now),
            )  # fmt: skip
            dues = await repos.anchors.nudge_info(await repos.nudges.load_due(ids))
        stats.claimed += len(ids)
        to_send: list[DueNudge] = []
        held = 0
        for due in dues:
            quiet = minute_time(due.quiet_start), minute_time(due.quiet_end)
            hold = early_hold(due.due_at, now, due.timezone, quiet, due.night_ok)
            if hold is not None:  # claimed ahead, but the person's night is not over yet
                self._record(Outcome(due.id, due.user_id, None, retry_at=hold), stats)
                held += 1
                continue
            status = verdict(due, now, self.grace)
            later = care_days.close_waits(due, now) if status is None else None
            if later is not None:  # care outranks the week: its close waits for tomorrow
                self._record(Outcome(due.id, due.user_id, None, move_to=later), stats)
            elif status is None:
                to_send.append(due)
            else:
                self._record(Outcome(due.id, due.user_id, status), stats)
        # Rows claimed before (a dead worker's, or retried) are the oldest work: send them first.
        to_send.sort(key=lambda due: -due.attempts)
        gate = asyncio.Semaphore(self.concurrency)
        results = await asyncio.gather(*(self._deliver(due, gate, stats) for due in to_send))
        return len(ids), sum(results) + held

    async def _horizon(self, repos: Repos, now: datetime) -> datetime | None:
        """How far ahead check-ins are claimed now (delivery/send_ahead.py): a wave starts early."""
        if not self.nudge_rate:
            return None
        window = self.early_window
        overdue, ahead = await repos.nudges.checkins_ahead(now - self.grace, now, now + window)
        per_clock_second = self.nudge_rate / real_seconds(self.clock, 1.0).total_seconds()
        return claim_horizon(now, overdue, ahead, per_clock_second, window)

    async def _deliver(self, due: DueNudge, gate: asyncio.Semaphore, stats: DispatchStats) -> int:
        """Send one nudge and record what became of it at once; 1 if it was handed back."""
        async with gate:
            if self._held():
                # Another send just met an outage or a RetryAfter: don't knock again yet.
                self._record(Outcome(due.id, due.user_id, None, retry_at=self._hold_until), stats)
                return 1
            try:
                await self.sender.send(due.chat_id, self.journey.nudge_reply(due))
            except Blocked:
                self._record(Outcome(due.id, due.user_id, NudgeStatus.FAILED, blocked=True), stats)
                return 0
            except RetryLater as exc:
                self._hold(exc.seconds, "rate limited")
            except TransientFailure as exc:
                if not self._held():  # sends failing together are one failed try, not many
                    self._hold(self._outage.next_delay(), f"send failed ({exc})")
            except PermanentFailure:
                self._record(Outcome(due.id, due.user_id, NudgeStatus.FAILED), stats)
                return 0
            except Exception:  # a bug must not leave the nudge claimed forever
                log.exception("dispatch: unexpected error sending nudge %s", due.id)
                self._record(Outcome(due.id, due.user_id, NudgeStatus.FAILED), stats)
                return 0
            else:
                self._outage.reset()
                self._record(Outcome(due.id, due.user_id, NudgeStatus.SENT), stats)
                return 0
            self._record(Outcome(due.id, due.user_id, None, retry_at=self._hold_until), stats)
            return 1

    def _record(self, outcome: Outcome, stats: DispatchStats) -> None:
        self.outcomes.add(outcome)
        label = POSTPONED if outcome.move_to is not None else outcome.status or RELEASED
        stats.outcomes[label] += 1

    def _held(self) -> bool:
        return self._hold_until is not None and self.clock.now() < self._hold_until

    def _hold(self, seconds: float, why: str) -> None:
        until = self.clock.now() + real_seconds(self.clock, seconds)
        if self._hold_until is None or until > self._hold_until:
            self._hold_until = until
            log.warning("dispatch: %s; holding nudges for %.1fs", why, seconds)

    async def stop(self) -> None:
        """On shutdown: let the batch in flight finish and be recorded, then hand back the rest.

        Cancelling a batch half-sent would put sent nudges back to pending: a double send.
        """
        self._stopping = True
        self.outcomes.give_up_at = asyncio.get_running_loop().time() + self.shutdown_seconds
        async with self._running:
            if await self.outcomes.drain():
                await self.release_claims()

    async def release_claims(self) -> None:
        """Hand back whatever this worker still holds (nothing is lost)."""
        async with self.store.unit() as repos:
            await repos.nudges.release_worker(self.worker_id)
            await repos.relays.release_worker(self.worker_id)
