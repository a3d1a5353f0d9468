"""Durable intake: each update stored in the inbox before Telegram hears "received", then handled.

Each update is parsed once and handled from memory; once handled its row is deleted (in small
batches). A killed process leaves its unhandled rows behind: the next start handles them, and with
several webhook receivers on PostgreSQL another receiver takes them over once their lease runs
out. A row handled but not yet deleted when the process died is handled again; the journey drops
a repeated update id (its table of seen updates), so a person's words count once.

One chat's updates run one after another, in the order received; each chat with updates in hand
has its own task, so a stuck chat holds back only itself. The poller (polling.py) and the webhook
(bot/adapters/web.py) both hand their updates here.

The inbox's own reads and writes (storing, clearing, claiming) go through `inbox`, a store with
its own few connections (bot/app.py): people's turns stuck on the database (a locked table) can
hold every connection of the shared pool, and updates must still be stored and acknowledged
meanwhile. What a turn asks of the journey's tables goes through the shared `store`.

An update whose handling fails (the database locked under load, say) stays in the inbox and at
the head of its chat's queue, and is tried again with the one backoff (bot/delivery/backoff.py),
up to `RETRY_ATTEMPTS` tries. Then it is given up: counted, and the person, unless their update
was already answered (the journey records each update it handles), is asked kindly to send it
again. An update whose handling kills the process is taken over at the next start; the inbox
counts those takeovers, and past `RETRY_ATTEMPTS` it is given up the same way.

A chat that writes faster than `FLOOD_UPDATES_PER_MINUTE` (counted as its updates arrive: the
update processor's `arrived` and `flooding`) has what waits in its queue coalesced before its
next turn (coalesce.py), so one account cannot take the whole bot. The updates folded into
another leave the inbox with it; a folded tap is still answered at once, so its button stops
spinning.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import deque
from collections.abc import Coroutine, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from telegram import CallbackQuery, Update
from telegram.ext import Application, ContextTypes

from bot.adapters.telegram.coalesce import coalesce
from bot.adapters.telegram.give_up import give_up
from bot.delivery.backoff import Backoff
from storage.db import DATABASE_AWAY
from storage.repositories import Store
from storage.repositories.inbox import InboxRepo, Received

log = logging.getLogger(__name__)


T = TypeVar("T")
Raw = dict[str, Any]

FINISH_GRACE_SECONDS = 15.0  # on shutdown, updates in hand get this long to finish
LEASE = timedelta(seconds=60)  # a receiver's claim on its updates; renewed while it lives
KEEP_SECONDS = 20.0  # renew claims and look for a dead receiver's updates this often
DONE_FLUSH_SECONDS = 0.2  # handled updates leave the inbox together, this soon after
MAX_IN_HAND = 1000  # past this many unhandled updates, fetch no more until some finish
CLAIM_BATCH = 500
RETRY_ATTEMPTS = 5  # tries of a failing update before it is given up
RETRY_BASE_SECONDS = 0.5  # the one backoff: ~0.5, 1, 2, 4 s between tries (jittered)
RETRY_CAP_SECONDS = 8.0


def chat_of(update: Update) -> int | None:
    chat = update.effective_chat
    return chat.id if chat is not None else None


class Intake:
    """The updates this process holds: stored in the inbox, then handled, each exactly once
    here, one chat's in order; `worker` names this process's claims; `inbox` (default: `store`)
    holds the inbox's rows, on connections the turns cannot take."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        store: Store,
        worker: str,
        *,
        sole_receiver: bool = True,
        lease: timedelta = LEASE,
        keep_every: float = KEEP_SECONDS,
        attempts: int = RETRY_ATTEMPTS,
        retry: Backoff | None = None,
        inbox: Store | None = None,
    ) -> None:
        self.application, self.store, self.worker = application, store, worker
        self.inbox = inbox or store
        self.sole_receiver = sole_receiver  # then every row left in the inbox is an orphan
        self.lease, self.keep_every = lease, keep_every
        self.attempts = attempts
        self.retry = retry or Backoff(RETRY_BASE_SECONDS, RETRY_CAP_SECONDS)
        self._failed: set[int] = set()  # updates in hand whose last try met an error
        self._folded: dict[int, list[int]] = {}  # a coalesced update -> the ones folded into it
        self._begun: set[int] = set()  # in hand and tried at least once (with what it folded)
        # PTB hands a handler's error to the error handlers, not to the caller: hear it there.
        application.add_error_handler(self._note_failure)
        self._pending: dict[int, asyncio.Future[None]] = {}  # in hand: done once handled
        self._arriving: dict[int, asyncio.Task[None]] = {}  # the webhook's, by update id
        self._queues: dict[int, deque[Update]] = {}  # chat -> its updates not yet handled
        self._tasks: set[asyncio.Task[None]] = set()
        self._finished: list[int] = []  # handled, still in the inbox
        self._flusher: asyncio.Task[None] | None = None
        self._keeper: asyncio.Task[None] | None = None
        self._room = asyncio.Event()
        self._room.set()

    @property
    def in_hand(self) -> int:
        return len(self._pending)

    async def start(self) -> None:
        """Take the updates a stopped or dead receiver left in the inbox; keep our claims."""
        await self._claim(anyones=self.sole_receiver)
        self._keeper = asyncio.create_task(self._keep(), name="inbox-keeper")

    async def wait_for_room(self) -> None:
        await self._room.wait()

    def parse(self, raw: Raw) -> Update | None:
        """The one parse of an update; one Telegram could not have meant is logged and dropped."""
        try:
            return Update.de_json(raw, self.application.bot)
        except Exception as exc:
            log.error("an update could not be read (%s); dropped", type(exc).__name__)
            return None

    async def accept(self, batch: Sequence[tuple[Update, Raw]]) -> None:
        """Store `batch` in the inbox (one transaction), then handle what is new here. Returns
        once stored: from then on Telegram may be told the batch was received."""
        fresh = [(u, raw) for u, raw in batch if u.update_id not in self._pending]
        stored = await self._store(fresh)
        for update, _raw in fresh:
            if update.update_id in stored:
                self._enqueue(update)

    def submit(self, update: Update, raw: Raw) -> asyncio.Task[None]:
        """One update (the webhook's): stored, handled; the task ends once it is handled (or
        once stored, if another receiver holds it). The same update again: the same task."""
        task = self._arriving.get(update.update_id)
        if task is None:
            task = asyncio.create_task(self._arrive(update, raw), name=f"update:{update.update_id}")
            self._arriving[update.update_id] = task
            task.add_done_callback(lambda _t: self._arriving.pop(update.update_id, None))
        return task

    async def _arrive(self, update: Update, raw: Raw) -> None:
        done = self._pending.get(update.update_id)
        if done is None:
            stored = await self._store([(update, raw)])
            done = self._enqueue(update) if update.update_id in stored else None
        if done is not None:
            await asyncio.shield(done)

    async def _store(self, batch: Sequence[tuple[Update, Raw]]) -> set[int]:
        if not batch:
            return set()
        received = [Received(u.update_id, chat_of(u), json.dumps(raw)) for u, raw in batch]
        now = datetime.now(UTC)
        async with self.inbox.unit() as repos:
            return await InboxRepo(repos.session).store(
                received, self.worker, now + self.lease, now
            )

    def _enqueue(self, update: Update) -> asyncio.Future[None]:
        done = self._pending.get(update.update_id)
        if done is not None:
            return done
        done = asyncio.get_running_loop().create_future()
        self._pending[update.update_id] = done
        if len(self._pending) >= MAX_IN_HAND:
            self._room.clear()
        chat = chat_of(update)
        arrived = getattr(self.application.update_processor, "arrived", None)
        if callable(arrived):  # a flood counted as it comes (updates.py)
            arrived(update)
        if chat is None:
            self._spawn(self._handle(update), f"update:{update.update_id}")
        elif chat in self._queues:
            self._queues[chat].append(update)
        else:
            self._queues[chat] = deque([update])
            self._spawn(self._run_chat(chat), f"chat:{chat}")
        return done

    def _spawn(self, coroutine: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.create_task(coroutine, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_chat(self, chat: int) -> None:
        queue = self._queues[chat]
        try:
            while queue:
                if len(queue) > 1 and self._flooding(chat) and await self._drop_answered(queue):
                    self._answer_taps(self._coalesce(queue))
                if queue:
                    await self._handle(queue[0])
                    queue.popleft()
        finally:
            del self._queues[chat]

    def _flooding(self, chat: int) -> bool:
        flooding = getattr(self.application.update_processor, "flooding", None)
        return bool(flooding(chat)) if callable(flooding) else False

    async def _drop_answered(self, queue: deque[Update]) -> bool:
        """Before a flood is joined: the updates the journey already took (an earlier process
        died before they left the inbox) leave the queue; were one of them the head, the new
        updates folded into it would be dropped with it. Whether that is known: if not (the
        database away), nothing is joined this turn (its handling would fail anyway)."""
        try:
            async with self.store.unit() as repos:
                answered = await InboxRepo(repos.session).handled_among(
                    [u.update_id for u in queue]
                )
        except DATABASE_AWAY as exc:
            log.warning("could not tell which waiting updates were answered (%s)", exc)
            return False
        except Exception:
            log.exception("asking which waiting updates were answered failed")
            return False
        for update in [u for u in queue if u.update_id in answered]:
            queue.remove(update)
            self._finished_with(update.update_id)
        return True

    def _coalesce(self, queue: deque[Update]) -> list[Update]:
        """Fold what waits behind the head of a flooding chat's queue into it (coalesce.py);
        the folded updates leave the inbox with it. Returns them."""
        head = queue[0]
        folded = coalesce(queue)
        if folded:
            ids = [u.update_id for u in folded]
            self._folded.setdefault(head.update_id, []).extend(ids)
            log.info("update %s: %d waiting update(s) folded in", head.update_id, len(ids))
        return folded

    def _answer_taps(self, folded: list[Update]) -> None:
        """Answer the taps folded into another (the one handled is answered by its handler):
        Telegram shows a tapped button spinning until its tap is answered."""
        queries = [u.callback_query for u in folded if u.callback_query is not None]
        if queries:
            self._spawn(self._answer(queries), f"answer:{queries[0].id}")

    async def _answer(self, queries: list[CallbackQuery]) -> None:
        bot = self.application.bot
        answers = [bot.answer_callback_query(q.id) for q in queries]
        for outcome in await asyncio.gather(*answers, return_exceptions=True):
            if isinstance(outcome, Exception):
                log.debug("a folded tap's answer failed (%s)", type(outcome).__name__)

    async def _handle(self, update: Update) -> None:
        """Handle `update`, trying again with backoff while it fails; then it leaves the inbox."""
        backoff = replace(self.retry, failures=0, waited=0.0)
        self._begun.update([update.update_id, *self._folded.get(update.update_id, [])])
        while not await self._try(update):
            if backoff.failures + 1 >= self.attempts:
                await self._give_up(update, backoff.failures + 1)
                break
            delay = backoff.next_delay()
            backoff.warn(log, "update %s: not handled", update.update_id, delay=delay)
            await backoff.wait(delay)
        for handled in [update.update_id, *self._folded.pop(update.update_id, [])]:
            self._finished_with(handled)

    def _finished_with(self, update_id: int) -> None:
        """Handled: it leaves the inbox soon, and makes room for more."""
        self._finished.append(update_id)
        self._begun.discard(update_id)
        done = self._pending.pop(update_id, None)
        if done is not None and not done.done():
            done.set_result(None)
        if len(self._pending) < MAX_IN_HAND:
            self._room.set()
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_soon(), name="inbox-flush")

    async def _try(self, update: Update) -> bool:
        """One try; whether it went through without an error."""
        app = self.application
        self._failed.discard(update.update_id)
        try:
            # What PTB's own update fetcher does: the processor limits concurrency.
            await app.update_processor.process_update(update, app.process_update(update))
        except Exception as exc:  # handler errors go to PTB's error handler; this is the rest
            log.error("update %s: not handled (%s)", update.update_id, type(exc).__name__)
            return False
        return update.update_id not in self._failed

    async def _note_failure(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if isinstance(update, Update) and update.update_id in self._pending:
            self._failed.add(update.update_id)

    async def _give_up(self, update: Update, tries: int, *, tell: bool = True) -> bool:
        self._failed.discard(update.update_id)
        return await give_up(self.application, self.store, update, tries, tell=tell)

    async def _flush_soon(self) -> None:
        await asyncio.sleep(DONE_FLUSH_SECONDS)
        await self._flush()

    async def _flush(self) -> None:
        """Handled updates leave the inbox; if the database says no, the next flush tries."""
        ids, self._finished = self._finished, []
        if not ids:
            return
        try:
            async with self.inbox.unit() as repos:
                await InboxRepo(repos.session).done(ids)
        except DATABASE_AWAY as exc:
            self._finished.extend(ids)
            log.warning(
                "inbox: could not clear %d handled update(s) (%s)", len(ids), type(exc).__name__
            )
        except Exception:
            self._finished.extend(ids)
            log.exception("inbox: clearing %d handled update(s) failed", len(ids))

    async def _keep(self) -> None:
        while True:
            await asyncio.sleep(self.keep_every)
            try:
                await self._flush()
                now = datetime.now(UTC)
                async with self.inbox.unit() as repos:
                    await InboxRepo(repos.session).renew(self.worker, now + self.lease)
                await self._claim(anyones=False)
            except DATABASE_AWAY as exc:
                log.warning("inbox: could not renew its claims (%s)", type(exc).__name__)
            except Exception:
                log.exception("inbox: renewing its claims failed")

    async def _claim(self, *, anyones: bool) -> None:
        """Handle the inbox's orphans (`anyones`: every row not ours), lowest update id first.
        Pieces of one joined flood are given up together: the person is asked once."""
        told: set[int | None] = set()
        while True:
            now = datetime.now(UTC)
            async with self.inbox.unit() as repos:
                rows = await InboxRepo(repos.session).claim(
                    self.worker, now, now + self.lease, anyones=anyones, limit=CLAIM_BATCH
                )
            for row in rows:
                update = self.parse(json.loads(row.payload))
                if update is None:
                    self._finished.append(row.update_id)
                elif row.takeovers >= self.attempts:  # each process before died with it
                    chat = chat_of(update)
                    if await self._give_up(update, row.takeovers, tell=chat not in told):
                        told.add(chat)
                    self._finished.append(row.update_id)
                elif update.update_id not in self._pending:
                    self._enqueue(update)
            if rows:
                log.info("inbox: took %d update(s) left unhandled", len(rows))
            if len(rows) < CLAIM_BATCH:
                return

    async def finish(self, grace: float) -> None:
        """Let the updates in hand finish for up to `grace` seconds; the rest stay in the inbox
        for the next start."""
        if self._keeper is not None:
            self._keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._keeper
            self._keeper = None
        waiting = [*self._pending.values(), *self._arriving.values()]
        if waiting:
            _done, late = await asyncio.wait(waiting, timeout=grace)
            if late:
                log.warning(
                    "%d update(s) unfinished at shutdown; handled at the next start", len(late)
                )
        for task in [*self._tasks, *self._arriving.values()]:
            task.cancel()
        await asyncio.gather(*self._tasks, *self._arriving.values(), return_exceptions=True)
        if self._flusher is not None:
            await asyncio.gather(self._flusher, return_exceptions=True)
        await self._flush()
        await self._release([i for i in self._pending if i not in self._begun])

    async def _release(self, update_ids: list[int]) -> None:
        """Updates that only waited their turn: the next start takes them without counting a
        takeover (a normal stop is not a crash)."""
        if not update_ids:
            return
        try:
            async with self.store.unit() as repos:
                await InboxRepo(repos.session).release(update_ids, self.worker, datetime.now(UTC))
        except DATABASE_AWAY as exc:
            log.warning("inbox: could not release %d update(s) (%s)", len(update_ids), exc)
