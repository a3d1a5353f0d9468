"""The step graph, read from the declarations: `python -m bot.journey.graph` prints it.

Each line is a step, its group, what it accepts (taps, typed text and its limit) and where it can
lead; a sub-flow's value goes to the `⮐` handler of whoever started it.
"""

from __future__ import annotations

from collections import deque

from bot.journey.care_days import CARE_STEPS
from bot.journey.commands import CANCEL, ENTRIES, TAP_ENTRIES
from bot.journey.engine import Flow, Group
from bot.journey.flow import build_flow
from bot.journey.steps import Step


def neighbours(flow: Flow, step: Step) -> set[Step]:
    """Where a step can lead: its own targets, and those of the sub-flows it starts."""
    decl = flow.steps[step]
    out = set(decl.to)
    started, seen = list(decl.starts), set()
    while started:  # a sub-flow's handler may start another, whose value comes back here too
        then = started.pop()
        if then not in seen:
            seen.add(then)
            out |= set(flow.results[then].to)
            started += flow.results[then].starts
    return out


def reachable(flow: Flow) -> set[Step]:
    """Every step a person can get to from the welcome, by answers, commands and taps."""
    seen = {Step.WELCOME}
    for targets in ENTRIES.values():
        seen |= set(targets)
    seen |= set(TAP_ENTRIES)
    seen |= set(CARE_STEPS)  # words of crisis at any step, or "I'm not safe" on any message
    queue = deque(seen)
    while queue:
        for nxt in neighbours(flow, queue.popleft()) - seen:
            seen.add(nxt)
            queue.append(nxt)
    return seen


def groups_without_cancel(flow: Flow) -> set[Group]:
    groups = {d.group for d in flow.steps.values()} | {r.group for r in flow.results.values()}
    return groups - set(CANCEL) - {Group.SUBFLOW}


def listing(flow: Flow) -> list[str]:
    counts = len(flow.steps), len(flow.results), len(flow.anywhere)
    lines = ["{} steps, {} sub-flow results, {} taps anywhere".format(*counts)]
    for step, decl in flow.steps.items():
        accepts = [t.__name__ for t in decl.taps]
        if decl.text is not None:
            accepts.append(f"text≤{decl.limit}" if decl.limit else "text")
        if decl.holds:
            accepts.append("(any other tap: asked again)")
        to = ", ".join(sorted(s.value for s in decl.to)) or "-"
        starts = "".join(f" +{t.value}" for t in decl.starts)
        lines.append(
            f"{step.value:<15} [{decl.group.value}] {' '.join(accepts) or '-'} → {to}{starts}"
        )
    for then, result in flow.results.items():
        to = ", ".join(s.value for s in result.to) or "the question put aside"
        lines.append(f"⮐ {then.value:<13} [{result.group.value}] → {to}")
    anywhere = ", ".join(t.__name__ for t in flow.anywhere)
    lines.append(f"taps accepted at any step: {anywhere}")
    lines.append("commands: " + ", ".join(f"/{c} → {'/'.join(s.value for s in t)}"
                                           for c, t in ENTRIES.items()))  # fmt: skip
    lines.append("words of crisis at any step, or a run of low moods → care (the question waits)")
    return lines


def main() -> None:
    print("\n".join(listing(build_flow())))


if __name__ == "__main__":
    main()
