"""Prometheus metrics: what this process did (counters) and what the database holds (at scrape).

Counters and the latency histogram live in the client library's default registry, as is usual;
the database figures come from `DatabaseCollector`, refreshed by the /metrics handler just before
it renders, so nothing in the dispatcher or the journey keeps books for it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from prometheus_client import Counter, Histogram, disable_created_metrics
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.delivery.sender import Blocked, PermanentFailure, RetryLater, TransientFailure
from bot.runtime.logs import person_ref
from storage.repositories.stats import ServiceStats

log = logging.getLogger("bot.updates")
disable_created_metrics()  # the *_created series say when the process started, nothing more

UPDATES = Counter("secure_base_updates_total", "Telegram updates handled, by kind.", ["kind"])
HANDLER_SECONDS = Histogram(
    "secure_base_update_handling_seconds",
    "Time from an update reaching its handler to the last reply sent, by kind.",
    ["kind"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
REPLIES_SENT = Counter("secure_base_replies_sent_total", "Replies sent in answer to updates.")
REPLIES_FAILED = Counter(
    "secure_base_replies_failed_total",
    "Replies given up (not delivered after retrying through passing faults), by reason "
    "(blocked: the person blocked the bot; network: a fault that outlasted the retries).",
    ["reason"],
)
UPDATES_GIVEN_UP = Counter(
    "secure_base_updates_given_up_total",
    "Updates whose handling kept failing (retried with backoff) and was given up; the person "
    "is asked to send it again unless it was already answered.",
)
FLOODS = Counter(
    "secure_base_floods_total",
    "Times a chat wrote faster than FLOOD_UPDATES_PER_MINUTE and was told 'one moment'.",
)
DISPATCH_OUTCOMES = Counter(
    "secure_base_dispatched_nudges_total",
    "Nudges this process's dispatcher settled, by outcome (sent, missed, skipped, ...).",
    ["outcome"],
)
RELAY_OUTCOMES = Counter(
    "secure_base_relays_total",
    "Messages to another chat (the outbox) settled or handed back, by outcome and by path "
    "(now: right after their turn; later: by the dispatcher).",
    ["outcome", "path"],
)
DISPATCH_TICKS = Counter(
    "secure_base_dispatch_ticks_total", "Times this process's dispatcher woke up."
)


FAILURE_REASONS: dict[type[Exception], str] = {
    Blocked: "blocked",
    RetryLater: "rate_limited",
    TransientFailure: "network",
    PermanentFailure: "refused",
}


def reply_failed(exc: Exception) -> None:
    REPLIES_FAILED.labels(FAILURE_REASONS.get(type(exc), "other")).inc()


@contextmanager
def track_update(kind: str, update_id: int | None, chat_id: int) -> Iterator[None]:
    """Count, time and log one handled update, with a person reference instead of the chat id."""
    started = time.perf_counter()
    UPDATES.labels(kind).inc()
    try:
        yield
    finally:
        seconds = time.perf_counter() - started
        HANDLER_SECONDS.labels(kind).observe(seconds)
        if log.isEnabledFor(logging.INFO):  # the person reference is a keyed hash: made only
            _log_handled(kind, update_id, chat_id, seconds)  # for a line that is kept


def _log_handled(kind: str, update_id: int | None, chat_id: int, seconds: float) -> None:
    log.info(
        "update handled: %s in %.0f ms",
        kind,
        seconds * 1000,
        extra={
            "event": "update_handled",
            "update_id": update_id,
            "person": person_ref(chat_id),
            "kind": kind,
            "duration_ms": round(seconds * 1000, 1),
        },
    )


class DatabaseCollector(Collector):
    """Gauges computed from the database; `stats` is set by the scrape handler before collect."""

    def __init__(self) -> None:
        self.stats: ServiceStats | None = None

    def describe(self) -> Iterable[GaugeMetricFamily]:
        return []  # the families appear only once the database has been read

    def collect(self) -> Iterable[GaugeMetricFamily]:
        stats = self.stats
        if stats is None:
            return
        nudges = GaugeMetricFamily(
            "secure_base_nudges",
            "Nudge rows in the database, by kind and status (sent, missed, pending, ...).",
            labels=["kind", "status"],
        )
        for (kind, status), count in sorted(stats.nudges.items()):
            nudges.add_metric([kind, status], count)
        yield nudges
        yield GaugeMetricFamily(
            "secure_base_dispatch_lag_seconds",
            "Real seconds since the oldest due nudge still unsent fell due (0 when none).",
            value=stats.lag_seconds,
        )
        yield GaugeMetricFamily(
            "secure_base_people_active",
            "People who wrote to the bot in the last seven days (clock time).",
            value=stats.people_active,
        )
