"""On time at scale, by simulation (no network): how late do check-ins go out when 10k, 100k or
1M people are in their week, at Telegram's 30 messages a second and at a raised broadcast rate?

    .venv/bin/python -m benchmarks.scale_sim                   # both policies, 30, 100, 300/s
    .venv/bin/python -m benchmarks.scale_sim --policy old      # only the strict one
    .venv/bin/python -m benchmarks.scale_sim --people 100000 --rates 30

The people: zones weighted like a Russian-, Spanish- and English-speaking audience; times as
people choose them in the time picker (most keep 19:00, the first choice offered and the
default; the rest take the other buttons or type a time). Every one has a check-in today (the
hard case: all in their week at once). Their due instants come from the real scheduling code
(bot/timing/schedule.py), the early-send rule from the real planner
(bot/delivery/send_ahead.py) and the quiet hours from bot/timing/schedule.py, as the dispatcher
uses them.

The limiter, modelled second by second: `rate` messages a second for the whole bot; replies
first, check-ins with what is left, in due order. Replies: 70% of people answer their check-in
(a minute to three hours later), three taps, three replies; and everyone chats twice more a day
in their waking hours. The dispatcher wakes every 2 s: the old policy claims what is due; the
new one claims ahead as far as `claim_horizon` says (at most EARLY_WINDOW early; an early claim
inside quiet hours waits for their end).

Prints, per population and rate, check-in lateness p50/p99/max (minutes after their minute, of
those sent), the share missed (later than MISSED_GRACE_MINUTES, 180: never sent) and how early
the earliest went out.
"""

from __future__ import annotations

import argparse
import bisect
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from bot.delivery.send_ahead import EARLY_WINDOW, NUDGE_SHARE, claim_horizon
from bot.timing import schedule
from content import program

DAY = date(2026, 6, 10)
TICK = 2  # seconds between dispatcher wake-ups (DISPATCH_INTERVAL_SECONDS)
GRACE = 180 * 60  # MISSED_GRACE_MINUTES: later than this, a check-in is marked missed
ZONES = {  # share of the audience
    "Europe/Moscow": 22, "Europe/Kyiv": 4, "Europe/Minsk": 2, "Europe/Istanbul": 2,
    "Asia/Yekaterinburg": 3, "Asia/Novosibirsk": 2, "Asia/Almaty": 2, "Europe/Madrid": 8,
    "America/Mexico_City": 8, "America/Bogota": 4, "America/Argentina/Buenos_Aires": 5,
    "America/Lima": 2, "America/Santiago": 2, "America/New_York": 7, "America/Chicago": 3,
    "America/Los_Angeles": 4, "Europe/London": 5, "Europe/Berlin": 4, "Asia/Kolkata": 3,
    "Asia/Manila": 2, "Australia/Sydney": 2, "Asia/Tokyo": 1,
}  # fmt: skip
BUTTON_SHARE = {"19:00": 55, "20:00": 12, "21:00": 8, "18:00": 7, "08:00": 8, "12:00": 4}
TYPED_SHARE = 6  # typed a time of their own: on the quarter hour, 08:00 to 21:45
ANSWERED = 0.7
TAPS = 3  # an answered check-in: three taps, three replies
ANSWER_DELAYS = (  # seconds after the check-in arrived, share of those who answer
    (60, 0.10), (120, 0.10), (180, 0.10), (300, 0.10), (600, 0.10), (900, 0.10),
    (1800, 0.10), (3600, 0.10), (5400, 0.10), (10800, 0.10),
)  # fmt: skip
CHATS_A_DAY = 2  # other replies a person gets, in waking hours (08:00-23:00 local)
assert set(BUTTON_SHARE) == set(program.TIME_CHOICES)


@dataclass
class Group:
    """People whose check-in falls due at the same instant (same offset, same wall time)."""

    due: int  # seconds from the simulation's start
    allowed_early: int  # the earliest it may go out: the window, and quiet hours ending
    count: float
    left: float = field(init=False)

    def __post_init__(self) -> None:
        self.left = self.count


def people(total: int, seed: int) -> Counter[tuple[str, time]]:
    """(zone, wall time) -> how many people keep it."""
    rng = random.Random(seed)
    zones, zone_weights = zip(*ZONES.items(), strict=True)
    choices = [*BUTTON_SHARE, "typed"]
    weights = [*BUTTON_SHARE.values(), TYPED_SHARE]
    counts: Counter[tuple[str, time]] = Counter()
    for zone, pick in zip(
        rng.choices(zones, zone_weights, k=total),
        rng.choices(choices, weights, k=total),
        strict=True,
    ):
        if pick == "typed":
            at = schedule.minute_time(8 * 60 + 15 * rng.randrange(56))
        else:
            at = schedule.parse_clock_time(pick) or time(19)
        counts[(zone, at)] += 1
    return counts


def groups(counts: Counter[tuple[str, time]], origin: datetime) -> list[Group]:
    by_due: dict[tuple[int, int], float] = {}
    for (zone, at), n in counts.items():
        due = schedule.week_due_times(DAY, at, zone, days=1)[0]
        earliest = schedule.next_allowed(due - EARLY_WINDOW, zone)  # quiet hours end first
        key = (_seconds(due, origin), _seconds(min(earliest, due), origin))
        by_due[key] = by_due.get(key, 0) + n
    return [Group(due, early, n) for (due, early), n in sorted(by_due.items())]


def chat_load(counts: Counter[tuple[str, time]], origin: datetime, span: int) -> list[float]:
    """Replies a second from people chatting, spread over their waking hours."""
    load = [0.0] * span
    per_zone: Counter[str] = Counter()
    for (zone, _at), n in counts.items():
        per_zone[zone] += n
    for zone, n in per_zone.items():
        start = _seconds(schedule.local_to_utc(DAY, time(8), zone), origin)
        end = _seconds(schedule.local_to_utc(DAY, time(23), zone), origin)
        each = n * CHATS_A_DAY / (end - start)
        for second in range(max(start, 0), min(end, span)):
            load[second] += each
    return load


def _seconds(when: datetime, origin: datetime) -> int:
    return int((when - origin).total_seconds())


@dataclass
class Result:
    late: list[tuple[int, float]] = field(default_factory=list)  # (seconds late, how many)
    missed: float = 0.0  # later than the grace period: marked missed, never sent

    def percentile(self, q: float) -> float:
        ordered = sorted(self.late)
        total = sum(n for _s, n in ordered)
        seen = 0.0
        for seconds, n in ordered:
            seen += n
            if seen >= q * total:
                return seconds / 60
        return 0.0

    def line(self) -> str:
        worst = max(s for s, _n in self.late) / 60
        earliest = -min(s for s, _n in self.late) / 60
        late = [(max(s, 0), n) for s, n in self.late]
        only_late = Result(late)
        sent = sum(n for _s, n in self.late)
        return (
            f"p50 {only_late.percentile(0.5):6.1f}  p99 {only_late.percentile(0.99):6.1f}  "
            f"max {worst:6.1f}  missed {100 * self.missed / (sent + self.missed):5.1f}%  "
            f"(earliest {max(earliest, 0):4.1f} min before)"
        )


def simulate(counts: Counter[tuple[str, time]], rate: float, ahead: bool) -> Result:
    origin = datetime.combine(DAY, time(0), tzinfo=UTC) - timedelta(hours=16)
    span = int(timedelta(days=2, hours=8).total_seconds())
    todo = groups(counts, origin)
    dues = [g.due for g in todo]
    replies = chat_load(counts, origin, span)
    result = Result()
    waiting_replies = 0.0
    first = 0  # every group before it is out
    horizon = -1
    window = int(EARLY_WINDOW.total_seconds())
    for now in range(span):
        if now % TICK == 0:
            horizon = _horizon(todo, dues, first, now, rate, ahead, window)
        budget = float(rate)
        waiting_replies += replies[now]
        used = min(budget, waiting_replies)
        waiting_replies -= used
        budget -= used
        index = first
        while budget > 1e-9 and index < len(todo) and todo[index].due <= horizon:
            group = todo[index]
            if group.left > 0 and now - group.due > GRACE:  # the dispatcher's verdict: missed
                result.missed += group.left
                group.left = 0
            elif group.left > 0 and group.allowed_early <= now:
                take = min(budget, group.left)
                group.left -= take
                budget -= take
                result.late.append((now - group.due, take))
                _answers(replies, now, take, span)
            index += 1
        while first < len(todo) and todo[first].left <= 1e-9:
            first += 1
        if first == len(todo):
            break
    return result


def _horizon(
    todo: list[Group], dues: list[int], first: int, now: int, rate: float, ahead: bool, window: int
) -> int:
    if not ahead:
        return now
    cut = bisect.bisect_right(dues, now)
    overdue = sum(g.left for g in todo[first:cut])
    end = bisect.bisect_right(dues, now + window)
    origin = datetime(2000, 1, 1, tzinfo=UTC)
    coming = [(origin + timedelta(seconds=g.due), int(g.left)) for g in todo[cut:end] if g.left]
    limit = claim_horizon(origin + timedelta(seconds=now), int(overdue), coming, rate * NUDGE_SHARE)
    return _seconds(limit, origin)


def _answers(replies: list[float], now: int, sent: float, span: int) -> None:
    for delay, share in ANSWER_DELAYS:
        if now + delay < span:
            replies[now + delay] += sent * ANSWERED * share * TAPS


def rows(populations: list[int], rates: list[float], policies: list[str]) -> Iterator[str]:
    for total in populations:
        counts = people(total, seed=total)
        for rate in rates:
            for policy in policies:
                result = simulate(counts, rate, ahead=policy == "new")
                label = f"{total:>9,} people  {rate:>5.0f}/s  {policy:<3}"
                yield f"{label}  {result.line()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--rates", type=float, nargs="+", default=[30.0, 100.0, 300.0])
    parser.add_argument("--policy", choices=("old", "new", "both"), default="both")
    args = parser.parse_args()
    policies = ["old", "new"] if args.policy == "both" else [args.policy]
    print(
        f"check-in lateness in minutes (old: sent from their minute on; new: claimed ahead, "
        f"at most {EARLY_WINDOW.total_seconds() / 60:.0f} min early, never in quiet hours)"
    )
    for line in rows(args.people, args.rates, policies):
        print(line, flush=True)


if __name__ == "__main__":
    main()
