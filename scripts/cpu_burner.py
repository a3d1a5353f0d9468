"""Keep N cores busy for a bounded time, then stop by itself: the loaded machine flakes show on.

    .venv/bin/python scripts/cpu_burner.py --cores 2 --seconds 900 &
    ./dev.sh test -q -p no:cacheprovider          # the suite while both cores are taken

    .venv/bin/python scripts/cpu_burner.py --cores 2 --runs 5 -- ./dev.sh test -q
        # the burner around five full runs, one after another; prints each run's result and
        # wall time, stops the burn when the last run ends (or at --seconds, whichever is first)

Each burner is a process spinning on arithmetic at normal priority, so the test processes get
no more than their share of the cores. Every burner checks the deadline itself and exits when it
passes, and all of them are ended when this script exits or is interrupted: nothing is left
running.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import subprocess
import sys
import time


def burn(until: float) -> None:
    """Spin until `until` (time.monotonic()), checking the time every few million steps."""
    x = 0
    while time.monotonic() < until:
        for i in range(200_000):
            x = (x * 31 + i) % 1_000_003


def start_burners(cores: int, seconds: float) -> list[mp.Process]:
    until = time.monotonic() + seconds
    burners = [mp.Process(target=burn, args=(until,), daemon=True) for _ in range(cores)]
    for p in burners:
        p.start()
    return burners


def stop_burners(burners: list[mp.Process]) -> None:
    for p in burners:
        if p.is_alive():
            p.terminate()
    for p in burners:
        p.join(5)


def run_repeatedly(command: list[str], runs: int) -> int:
    """Run `command` `runs` times; print each run's exit status and wall time; failures count."""
    failed = 0
    for n in range(1, runs + 1):
        began = time.monotonic()
        code = subprocess.call(command)
        took = time.monotonic() - began
        failed += code != 0
        print(f"cpu_burner: run {n}/{runs}: exit {code}, {took:.0f}s", flush=True)
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--seconds", type=float, default=1800, help="the burn's upper bound")
    parser.add_argument("--runs", type=int, default=1, help="times to run the command")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- command to run meanwhile")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    burners = start_burners(args.cores, args.seconds)
    print(f"cpu_burner: {args.cores} cores busy for at most {args.seconds:.0f}s", flush=True)
    try:
        if not command:
            for p in burners:
                p.join()
            return 0
        failed = run_repeatedly(command, args.runs)
        print(f"cpu_burner: {failed} of {args.runs} runs failed", flush=True)
        return 1 if failed else 0
    except KeyboardInterrupt:
        return 130
    finally:
        stop_burners(burners)


if __name__ == "__main__":
    sys.exit(main())
