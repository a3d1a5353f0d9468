"""The outbox: messages to another person's chat (an anchor's words, a thank-you, "Mira said yes")
live in the `relays` table from the moment they are decided until Telegram has them.

Life of one message, and what a crash (or a restart, or Telegram away) at each point does:

1. The turn that decides it writes the row (PENDING) in its own transaction (`keep`). A crash
   before the commit loses the state change and the message together; Telegram redelivers the
   update and it is handled afresh. Nothing half-done.
2. Right after the commit the adapter sends it at once (`Outbox.send_now`): claim the row (CLAIMED,
   with a lease) → send → SENT. A crash before the claim leaves it PENDING: a dispatcher tick
   (in this process after a restart, or in any other) sends it once it is `FRESH_SECONDS` old;
   younger rows are left to their own turn, so the two never race for a message.
3. A crash after the claim, before or during the send, or after the send but before SENT is
   written: the lease runs out and the dispatcher sends it again. Only a message in flight at the
   instant of the crash can arrive twice (at-least-once, as for nudges); none is lost.
4. Telegram fails (5xx, timeout): the row goes back to PENDING with a retry time that backs off
   (1 s … 60 s); a RetryAfter is waited out. The dispatcher tries again on its ticks, at reply
   priority, oldest first and one chat's messages in order, until `MAX_AGE` has passed (FAILED).
5. The recipient blocked the bot: DROPPED at once (never retried), and they are marked
   unreachable. The one who wrote is not told why. A refused message (400) is FAILED.
6. A care message (a person in crisis writing to their anchor, `RelayKind.CARE`) is the one
   exception: when it is SENT, DROPPED or FAILED, a short report for the person who sent it is
   written in the same transaction as the outcome ("Mira has your message now", or "I couldn't
   get it to Mira: here are the words to send yourself") and sent at once. Never silent.
   A "still in?" to an anchor ("Same anchors", `RelayKind.ASK_AGAIN`) that cannot reach them
   is reported the same way, in the journey's words (`Unreached`, given by the journey): "My
   question didn't reach Mira", with the invitation to send herself.

A finished row keeps no words (text and buttons are cleared); housekeeping removes it later.
Logs name relay ids and outcomes, never the text.

Quiet hours: a message that goes while it is night for the recipient (their zone, their quiet
hours) is delivered silently: no sound, no buzz, the words are there in the morning. This holds
for every kind (an anchor's words, "Mira said yes", a thank-you, "no longer linked"): they are one
person's answer to another, often to something the recipient just did, so holding them until
morning would leave the other side waiting for nothing and could reorder a conversation, while a
silent message keeps the rule that nothing rings at night. It is decided when the message goes, so
a message held back by an outage until morning rings as usual.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.delivery.backoff import delay_for
from bot.delivery.replies import Button, Reply
from bot.delivery.sender import Blocked, PermanentFailure, RetryLater, Sender, TransientFailure
from bot.timing import schedule
from bot.timing.clock import Clock, real_seconds
from content import Texts
from content.anchor import in_button, mention
from storage.db import DATABASE_AWAY
from storage.models import AnchorLink, User
from storage.nudge_enums import RelayKind, RelayStatus
from storage.repositories import Repos, Store
from storage.repositories.relays import DueRelay

log = logging.getLogger(__name__)

MAX_AGE = timedelta(days=3)  # a message still undelivered after this is stale: given up
FRESH_SECONDS = 5.0  # a row younger than this is its own turn's to send: the dispatcher waits
BACKOFF_BASE, BACKOFF_CAP = 1.0, 60.0
RECORD_TRIES = 5  # writing an outcome after a send: tries while the database is away
_BUTTON_FIELDS = ("label", "data", "url", "copy", "share", "invite")


def buttons_json(buttons: tuple[tuple[Button, ...], ...]) -> list[Any]:
    return [
        [{k: getattr(b, k) for k in _BUTTON_FIELDS if getattr(b, k) is not None} for b in row]
        for row in buttons
    ]


def buttons_of(raw: list[Any]) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(Button(**{k: b.get(k) for k in _BUTTON_FIELDS}) for b in row) for row in raw)


async def keep(repos: Repos, sender: User, replies: Sequence[Reply], now: datetime) -> list[Reply]:
    """Write each message for another chat into the outbox, in the turn's own transaction.

    Returns the replies with those messages carrying their row id (`relay_id`). The row names
    the anchor link between the two, so that either side's /delete takes it away unsent. A
    `durable` reply to the sender's own chat (a confirmation) is kept the same way.
    """
    out: list[Reply] = []
    for reply in replies:
        if reply.to_chat is None or reply.to_chat == sender.chat_id:
            if not reply.durable:
                out.append(reply)
                continue
            # A confirmation: in the outbox behind what it confirms, sent in that order.
            relay_id = await repos.relays.add(
                sender.id, None, reply.text, buttons_json(reply.buttons), now
            )
            out.append(replace(reply, to_chat=sender.chat_id, relay_id=relay_id))
            continue
        to = await repos.users.by_chat(reply.to_chat)
        if to is None:  # nobody there (any more): nothing to keep
            log.warning("message for an unknown chat dropped")
            continue
        link_id = await repos.relays.link_between(sender.id, to.id)
        relay_id = await repos.relays.add(
            to.id, link_id, reply.text, buttons_json(reply.buttons), now, reply.kind
        )
        out.append(replace(reply, relay_id=relay_id))
    return out


class Unreached(Protocol):
    """The journey's report on a "still in?" that could not reach its anchor: who hears it and
    the words (None: nothing to say now, e.g. care is open and the journey says it later)."""

    async def __call__(
        self, repos: Repos, link: AnchorLink, now: datetime
    ) -> tuple[User, Reply] | None: ...


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one claimed row; `status` None hands it back until `retry_at`."""

    status: RelayStatus | None
    retry_at: datetime | None = None
    blocked_chat: int | None = None


def care_words(t: Texts, anchor: str) -> tuple[str, tuple[tuple[Button, ...], ...]]:
    """The crisis message's words for the person to send themselves, and buttons to do it (the
    anchor's name shortened to fit the button)."""
    draft = t.plain("care_draft")
    buttons = ((Button(t.plain("btn_copy"), copy=draft), Button(
        t.plain("btn_share", anchor=in_button(anchor)), share=draft)),)  # fmt: skip
    return draft, buttons


async def care_report(
    repos: Repos, link: AnchorLink, status: RelayStatus
) -> tuple[User, Reply] | None:
    """What the person hears about their care message: it arrived, or it could not (and the
    words to send themselves)."""
    person = await repos.anchors.user(link.person_id)
    week = await repos.anchors.week(link.week_id)
    if person is None or week is None:
        return None
    t = Texts(person.language)
    row = week.anchor_at(link.anchor_no)
    anchor = mention(row.name if row is not None else "", t.locale)
    if status == RelayStatus.SENT:
        return person, Reply(t("care_relay_delivered", anchor=anchor), to_chat=person.chat_id)
    draft, buttons = care_words(t, anchor)
    return person, Reply(
        t("care_relay_failed", anchor=anchor, draft=draft), buttons, to_chat=person.chat_id
    )


def night_for(user: User | DueRelay, now: datetime) -> bool:
    """Whether `now` lies in the recipient's quiet hours; without a zone we cannot tell (no)."""
    zone = user.timezone if isinstance(user, User) else user.zone
    if zone is None:
        return False
    local = schedule.local_now(now, zone).time()
    start, end = schedule.minute_time(user.quiet_start), schedule.minute_time(user.quiet_end)
    return schedule.is_quiet(local, start, end)


def backoff(attempts: int) -> float:
    return delay_for(attempts, BACKOFF_BASE, BACKOFF_CAP)


class Outbox:
    """Sends what the outbox holds: at once after a turn, and the rest on dispatcher ticks."""

    def __init__(
        self, store: Store, clock: Clock, worker_id: str, lease_seconds: float = 15.0,
        unreached: Unreached | None = None,
    ) -> None:  # fmt: skip
        self.store, self.clock, self.worker_id = store, clock, worker_id
        self.lease_seconds = lease_seconds
        self.unreached = unreached
        self._hold_until: datetime | None = None

    def lease_end(self, seconds: float | None = None) -> datetime:
        return self.clock.now() + real_seconds(self.clock, seconds or self.lease_seconds)

    async def send_now(self, reply: Reply, sender: Sender) -> RelayStatus | None:
        """Claim, send and record one message just written (None: left for the dispatcher)."""
        relay_id, chat_id = reply.relay_id, reply.to_chat
        assert relay_id is not None and chat_id is not None
        try:
            async with self.store.unit() as repos:
                claimed = await repos.relays.claim_one(relay_id, self.worker_id, self.lease_end())
                to = await repos.users.by_chat(chat_id) if claimed else None
                silent = to is not None and night_for(to, self.clock.now())
        except DATABASE_AWAY as exc:  # the row waits for the dispatcher
            log.warning("relay %s: cannot claim (%s)", relay_id, type(exc).__name__)
            return None
        except Exception:
            log.exception("relay %s: claiming failed", relay_id)
            return None
        if not claimed:
            return None
        async with self._kept():
            outcome = await self._attempt(
                sender, relay_id, chat_id, replace(reply, silent=silent), 1
            )
        report = await self._record(relay_id, outcome, self.worker_id)
        if report is not None:  # a care message's sender hears at once what became of it
            await self.send_now(report, sender)
        return outcome.status

    @contextlib.asynccontextmanager
    async def _kept(self) -> AsyncIterator[None]:
        """While a send is under way its claim is renewed: a slow send is not a dead one."""
        task = asyncio.create_task(self._renew_every())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _renew_every(self) -> None:
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            try:
                await self.renew(self.lease_end())
            except DATABASE_AWAY as exc:
                log.warning("relays: could not renew leases (%s)", type(exc).__name__)
            except Exception:
                log.exception("relays: renewing leases failed")

    async def send_due(
        self, sender: Sender, *, worker: str | None = None, lease_seconds: float | None = None,
        limit: int = 50, only_chat_id: int | None = None,
    ) -> Counter[str]:  # fmt: skip
        """One tick: claim what waits (oldest first), send it in order, record each outcome.

        `worker` names the claims (the dispatcher's own, renewed and handed back with its nudges).
        """
        worker = worker or self.worker_id
        counts: Counter[str] = Counter()
        now = self.clock.now()
        if self._held(now):
            return counts
        async with self.store.unit() as repos:
            lease = self.lease_end(lease_seconds) - now
            fresh = now - real_seconds(self.clock, FRESH_SECONDS)
            ids = await repos.relays.claim_due(
                now, worker, lease, limit, chat_id=only_chat_id, written_before=fresh
            )
            dues = await repos.relays.load(ids)
        for due in dues:
            outcome = await self._next(sender, due)
            counts[outcome.status or "released"] += 1
            report = await self._record(due.id, outcome, worker)
            if report is not None:
                await self.send_now(report, sender)
        if dues:
            log.info("relays: %s", dict(counts))
        return counts

    def _held(self, now: datetime) -> bool:
        return self._hold_until is not None and now < self._hold_until

    async def _next(self, sender: Sender, due: DueRelay) -> Outcome:
        now = self.clock.now()
        if now - due.created_at > MAX_AGE:
            log.warning("relay %s: given up after %s", due.id, MAX_AGE)
            return Outcome(RelayStatus.FAILED)
        if self._held(now):  # the platform is away or asked us to wait: not again yet
            return Outcome(None, retry_at=self._hold_until)
        reply = Reply(
            due.text, buttons_of(due.buttons), to_chat=due.chat_id, silent=night_for(due, now)
        )
        return await self._attempt(sender, due.id, due.chat_id, reply, due.attempts)

    async def _attempt(
        self, sender: Sender, relay_id: int, chat_id: int, reply: Reply, attempts: int
    ) -> Outcome:
        """Send once and say what became of it; an outage or a 429 holds the whole outbox."""
        try:
            await sender.send(chat_id, reply)
        except Blocked:
            log.info("relay %s: the recipient blocked the bot; dropped", relay_id)
            return Outcome(RelayStatus.DROPPED, blocked_chat=chat_id)
        except RetryLater as exc:
            until = self._hold(exc.seconds)
        except TransientFailure as exc:
            until = self._hold(backoff(attempts))
            log.warning("relay %s: send failed (%s); again later", relay_id, exc)
        except PermanentFailure as exc:
            log.error("relay %s: refused (%s)", relay_id, type(exc).__name__)
            return Outcome(RelayStatus.FAILED)
        except Exception:  # a bug must not leave the row claimed forever
            log.exception("relay %s: unexpected error sending", relay_id)
            return Outcome(RelayStatus.FAILED)
        else:
            return Outcome(RelayStatus.SENT)
        return Outcome(None, retry_at=until)

    def _hold(self, seconds: float) -> datetime:
        until = self.clock.now() + real_seconds(self.clock, seconds)
        if self._hold_until is None or until > self._hold_until:
            self._hold_until = until
        return self._hold_until

    async def _record(self, relay_id: int, outcome: Outcome, worker: str) -> Reply | None:
        """Write an outcome, trying again for a while if the database is away (a row left
        CLAIMED would be sent again when its lease runs out). Returns the report on a care
        message, written to the outbox with it, for sending now."""
        delay = 0.25
        for left in range(RECORD_TRIES, 0, -1):
            try:
                return await self._write(relay_id, outcome, worker)
            except Exception as exc:  # the database is away (or a bug): try again a little later
                if not isinstance(exc, DATABASE_AWAY):
                    log.exception("relay %s: recording the outcome failed", relay_id)
                if left == 1:
                    log.error("relay %s: outcome not recorded (%s)", relay_id, type(exc).__name__)
                    return None
                await asyncio.sleep(delay)
                delay *= 2
        return None

    async def _write(self, relay_id: int, outcome: Outcome, worker: str) -> Reply | None:
        now = self.clock.now()
        report: Reply | None = None
        async with self.store.unit() as repos:
            if outcome.status is None:
                await repos.relays.release([relay_id], worker, outcome.retry_at)
            else:
                on = await repos.relays.reported_on(relay_id)
                await repos.relays.finish([relay_id], outcome.status, worker, now)
                if on is not None:
                    report = await self._report(repos, *on, outcome.status, now)
            if outcome.blocked_chat is not None:
                await repos.users.set_active(outcome.blocked_chat, False, now)
        return report

    async def _report(
        self, repos: Repos, link: AnchorLink, kind: RelayKind, status: RelayStatus, now: datetime
    ) -> Reply | None:
        """The report to the person who sent it (a care message's outcome, a "still in?" that
        could not reach), kept in the outbox (to the person's own chat) like any message."""
        if kind == RelayKind.CARE:
            found = await care_report(repos, link, status)
        elif status != RelayStatus.SENT and self.unreached is not None:
            found = await self.unreached(repos, link, now)
        else:
            return None
        if found is None:
            return None
        person, reply = found
        relay_id = await repos.relays.add(
            person.id, link.id, reply.text, buttons_json(reply.buttons), now
        )
        log.info("relay on link %s: %s outcome %s reported", link.id, kind.value, status.value)
        return replace(reply, relay_id=relay_id)

    async def renew(self, lease_until: datetime) -> None:
        async with self.store.unit() as repos:
            await repos.relays.renew(self.worker_id, lease_until)
