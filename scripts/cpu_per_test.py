"""Where the test suite's CPU goes: a pytest plugin that records each test's CPU, and a report.

    TEST_CPU_DIR=/tmp/cpu .venv/bin/python -m pytest -p scripts.cpu_per_test -n 2 -q
    .venv/bin/python -m scripts.cpu_per_test /tmp/cpu          # the top files and tests by CPU

Each test's CPU is its worker's user+sys time over setup, call and teardown, plus that of the
subprocesses it started and waited for (`python -m bot`, pg_dump). Session fixtures are charged
to the first test that used them. PostgreSQL's own server processes are not counted. Wall time
means little on a shared machine; CPU is what a 2-core run has to fit in.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Generator
from pathlib import Path

import pytest


def _cpu() -> tuple[float, float]:
    """(this process, its waited-for children): user+sys seconds."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None]:
    out = os.environ.get("TEST_CPU_DIR")
    before, began = _cpu(), time.perf_counter()
    yield
    if out:
        after = _cpu()
        own, kids = after[0] - before[0], after[1] - before[1]
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        Path(out).mkdir(parents=True, exist_ok=True)
        with (Path(out) / f"{worker}.jsonl").open("a") as f:
            row = {"id": item.nodeid, "cpu": round(own + kids, 4), "children": round(kids, 4),
                   "wall": round(time.perf_counter() - began, 4)}  # fmt: skip
            f.write(json.dumps(row) + "\n")


def report(folder: Path, top: int = 40) -> None:
    tests: dict[str, float] = {}
    for path in folder.glob("*.jsonl"):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            tests[row["id"]] = row["cpu"]
    files: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for test_id, cpu in tests.items():
        files[test_id.split("::")[0]] += cpu
        counts[test_id.split("::")[0]] += 1
    total = sum(tests.values())
    print(f"{len(tests)} tests, {total:.1f} s CPU in the workers and their subprocesses")
    print("\nby file:")
    for name, cpu in sorted(files.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{cpu:8.1f} s {100 * cpu / total:5.1f}%  {counts[name]:4d}  {name}")
    print("\nby test:")
    for test_id, cpu in sorted(tests.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{cpu:8.2f} s  {test_id}")


if __name__ == "__main__":
    report(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40)
