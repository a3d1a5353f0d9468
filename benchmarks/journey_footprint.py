"""Prints what the journey costs to load and what an idle bot holds in memory.

    .venv/bin/python benchmarks/journey_footprint.py

1. `import bot.journey.flow` (the whole journey) in a fresh interpreter (-X importtime: the
   cumulative microseconds of that import), and whether matplotlib came with it;
2. the resident memory (VmRSS from /proc/<pid>/status) of a console `python -m bot` (no token)
   that has shown its welcome and sits idle.
Run it on two revisions to compare; the figures vary a little from run to run, so it takes the
median of a few runs.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def import_ms() -> float:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import bot.journey.flow"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stderr
    for line in out.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == "bot.journey.flow":
            return int(parts[1]) / 1000
    raise RuntimeError("bot.journey.flow not in the importtime output")


def loads_matplotlib() -> bool:
    code = "import sys, bot.journey.flow; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    return out.stdout.strip() == "True"


def idle_rss_mb() -> float:
    with tempfile.TemporaryDirectory() as data:
        env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        env.update(DATA_DIR=data, DATABASE_URL="", LOG_LEVEL="WARNING")
        env.pop("DATABASE_URL")
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot"], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        try:
            assert proc.stdout is not None
            seen = b""
            deadline = time.monotonic() + 60
            while b"[1]" not in seen and time.monotonic() < deadline:  # the welcome's button
                chunk = os.read(proc.stdout.fileno(), 4096)
                if not chunk:
                    break
                seen += chunk
            time.sleep(2)  # let it settle
            status = Path(f"/proc/{proc.pid}/status").read_text()
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            assert match, status
            return int(match.group(1)) / 1024
        finally:
            proc.kill()
            proc.wait()


def main() -> None:
    imports = [import_ms() for _ in range(RUNS)]
    rss = [idle_rss_mb() for _ in range(3)]
    print(f"import bot.journey.flow: {statistics.median(imports):.0f} ms (median of {RUNS})")
    print(f"matplotlib loaded by import bot.journey.flow: {loads_matplotlib()}")
    print(f"idle console bot VmRSS: {statistics.median(rss):.1f} MB (median of 3)")


if __name__ == "__main__":
    main()
