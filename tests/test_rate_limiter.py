"""The shared rate limiter: replies overtake waiting nudges; Telegram's ceilings hold."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from telegram.error import RetryAfter

from bot.delivery.rate_limiter import Priority, PriorityRateLimiter, sending_as


class Recorder:
    """Records each send that got through, with when (`clock`: time.monotonic by default)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.done: list[tuple[str, float]] = []
        self.fail_first: RetryAfter | None = None
        self.clock = clock

    async def call(self, label: str) -> bool:
        if self.fail_first is not None:
            error, self.fail_first = self.fail_first, None
            raise error
        self.done.append((label, self.clock()))
        return True


async def send(
    limiter: PriorityRateLimiter, recorder: Recorder, label: str, chat: int, priority: Priority
) -> Any:
    with sending_as(priority):
        return await limiter.process_request(
            recorder.call, (label,), {}, "sendMessage", {"chat_id": chat}, None
        )


async def test_a_reply_overtakes_a_queue_of_nudges() -> None:
    limiter = PriorityRateLimiter(overall_per_second=50)
    recorder = Recorder()
    nudges = [
        asyncio.create_task(send(limiter, recorder, f"n{i}", 100 + i, Priority.NUDGE))
        for i in range(20)
    ]
    await asyncio.sleep(0.05)  # a few nudges are out; the rest wait for tokens
    await send(limiter, recorder, "reply", 1, Priority.REPLY)
    await asyncio.gather(*nudges)
    order = [label for label, _ in recorder.done]
    assert order.index("reply") <= 5, order  # ahead of the ~17 nudges still waiting


async def test_the_ceiling_of_30_a_second_holds_for_replies_and_nudges_together() -> None:
    limiter = PriorityRateLimiter()  # Telegram's figures
    # Each send at the moment the limiter let it go (the overall bucket's clock reading for it),
    # not when the send's task next ran: on a loaded machine the process can be paused between
    # the two, and sends let go a second apart would be recorded bunched.
    recorder = Recorder(clock=lambda: limiter.overall.stamp)
    await asyncio.gather(
        *(send(limiter, recorder, f"n{i}", 100 + i, Priority.NUDGE) for i in range(60)),
        *(send(limiter, recorder, f"r{i}", 1 + i, Priority.REPLY) for i in range(20)),
    )
    times = [t for _, t in recorder.done]
    busiest = max(sum(1 for t in times if s <= t < s + 1) for s in times)
    assert busiest <= 30
    order = [label for label, _ in recorder.done]
    assert max(order.index(f"r{i}") for i in range(20)) < order.index("n59")  # replies first


async def test_one_chat_gets_a_short_burst_then_one_a_second() -> None:
    limiter = PriorityRateLimiter(per_chat_per_second=1, per_chat_burst=3)
    recorder = Recorder()
    await asyncio.gather(*(send(limiter, recorder, f"r{i}", 7, Priority.REPLY) for i in range(4)))
    times = [t for _, t in recorder.done]
    assert times[2] - times[0] < 0.1  # the burst
    assert times[3] - times[0] > 0.9  # then the per-chat pace


async def test_retry_after_pauses_every_sender_in_the_process() -> None:
    limiter = PriorityRateLimiter()
    recorder = Recorder()
    recorder.fail_first = RetryAfter(1)
    started = time.monotonic()
    first = asyncio.create_task(send(limiter, recorder, "limited", 1, Priority.REPLY))
    await asyncio.sleep(0.01)
    await send(limiter, recorder, "other chat", 2, Priority.REPLY)  # waits too
    await first
    assert sorted(label for label, _ in recorder.done) == ["limited", "other chat"]
    assert all(t - started >= 0.95 for _, t in recorder.done)


async def test_a_reply_waiting_for_its_own_chat_holds_back_no_other_chat() -> None:
    limiter = PriorityRateLimiter(per_chat_per_second=1, per_chat_burst=3)
    recorder = Recorder()
    for i in range(3):  # chat 7 spends its burst: its next reply waits about a second
        await send(limiter, recorder, f"r{i}", 7, Priority.REPLY)
    started = time.monotonic()
    late_reply = asyncio.create_task(send(limiter, recorder, "r3", 7, Priority.REPLY))
    await asyncio.sleep(0.01)
    await asyncio.gather(
        *(send(limiter, recorder, f"n{i}", 100 + i, Priority.NUDGE) for i in range(10))
    )
    nudges_done = time.monotonic() - started
    await late_reply
    assert nudges_done < 0.5  # the nudges to other chats did not wait for chat 7's allowance
    order = [label for label, _ in recorder.done]
    assert order[-1] == "r3" and order[:3] == ["r0", "r1", "r2"]


async def test_one_chat_writing_fast_gets_its_replies_in_order_at_its_pace() -> None:
    limiter = PriorityRateLimiter(per_chat_per_second=4, per_chat_burst=1)
    recorder = Recorder()
    sends = [asyncio.create_task(send(limiter, recorder, "r0", 7, Priority.REPLY))]
    for i in range(1, 6):  # each later one asks while the ones before still wait
        await asyncio.sleep(0.001)
        sends.append(asyncio.create_task(send(limiter, recorder, f"r{i}", 7, Priority.REPLY)))
    await asyncio.gather(*sends)
    assert [label for label, _ in recorder.done] == [f"r{i}" for i in range(6)]
    times = [t for _, t in recorder.done]
    assert times[-1] - times[0] > 1.1  # 5 gaps of a quarter second
