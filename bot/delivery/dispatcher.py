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
from bot.delivery.send_ahead import EARLY_WINDOW, claim_horizon, early_hold
from bot.delivery.sender import Blocked, PermanentFailure, RetryLater, Sender, TransientFailure
from bot.journey import Journey, care_steps
from bot.timing import schedule
from bot.timing.clock import Clock, real_seconds
from bot.timing.schedule import minute_time
from storage.models import WeekStatus
from storage.nudge_enums import NudgeKind, NudgeStatus
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
            except Exception as exc:  # the database is away: keep the outcomes, wait, again
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
        except Exception as exc:  # the database is away: the rows wait for the next wake-up
            log.debug("dispatch: cannot claim relays (%s)", type(exc).__name__)
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
            except Exception as exc:
                log.warning("dispatch: could not renew leases (%s)", type(exc).__name__)

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
            except Exception as exc:  # the database is away: nothing was claimed this time
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
            later = care_steps.close_waits(due, now) if status is None else None
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
