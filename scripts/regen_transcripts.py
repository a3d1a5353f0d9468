"""Regenerate the transcripts in docs/transcripts/*.md from the scripts that print them.

    .venv/bin/python scripts/regen_transcripts.py               # every docs/transcripts/*.md
    .venv/bin/python scripts/regen_transcripts.py docs/transcripts/care-en.md
    .venv/bin/python scripts/regen_transcripts.py --check       # exit 1 if any would change
    .venv/bin/python scripts/regen_transcripts.py --dry-run     # list the commands only

A transcript names each command on a line of its own, in backticks, and its output follows in a
fenced block (blank lines between are allowed):

    `.venv/bin/python scripts/care_transcript.py en words`

    ```
    ...output...
    ```

Each such command is run again from the repository root (one at a time: the machine is
shared) and the fenced block after it is replaced by what it printed; a command with no block
after it gets one. A command named inside a sentence is left alone. A file is written only if
every command in it succeeded, so a failure never leaves a transcript half old, half new.
"""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = re.compile(r"^`(\.venv/bin/python scripts/[\w./-]+\.py(?: [^`]*)?)`\s*$")
FENCE = re.compile(r"^(`{3,})[^`]*$")
TIMEOUT_SECONDS = 900.0

Runner = Callable[[str], str]


class CommandFailed(RuntimeError):
    """A transcript's command exited with an error (its file is left as it was)."""


@dataclass(frozen=True)
class Block:
    """One command and where its output block stands: lines [start, end) of the file (an
    empty range right after the command when there is no block yet)."""

    command: str
    line: int
    start: int
    end: int


def _block_after(lines: list[str], at: int) -> tuple[int, int]:
    """The fenced block following line `at` across blank lines only: its [start, end)."""
    i = at + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    opening = FENCE.match(lines[i]) if i < len(lines) else None
    if opening is None:
        return at + 1, at + 1
    fence = opening.group(1)
    for j in range(i + 1, len(lines)):
        if lines[j].strip() == fence:
            return i, j + 1
    raise ValueError(f"line {i + 1}: a fenced block that never closes")


def blocks(text: str) -> list[Block]:
    """Every command on a line of its own, with the output block after it."""
    lines = text.splitlines()
    found = []
    for n, line in enumerate(lines):
        match = COMMAND.match(line)
        if match:
            start, end = _block_after(lines, n)
            found.append(Block(match.group(1), n, start, end))
    return found


def fenced(output: str) -> list[str]:
    """The output as a fenced block, the fence longer than any run of backticks inside."""
    body = output.rstrip("\n").splitlines()
    longest = max((len(m) for line in body for m in re.findall(r"`+", line)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, *body, fence]


def regenerate(text: str, run: Runner) -> str:
    """The transcript with each command's block replaced by what `run(command)` prints now."""
    lines = text.splitlines()
    out: list[str] = []
    at = 0
    for block in blocks(text):
        out.extend(lines[at : block.start])
        new = block.start == block.end  # no block yet: one set off by blank lines
        if new:
            out.append("")
        out.extend(fenced(run(block.command)))
        if new and block.end < len(lines) and lines[block.end].strip():
            out.append("")
        at = block.end
    out.extend(lines[at:])
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def run_command(command: str, root: Path = ROOT) -> str:
    """Run one transcript command from the repository root and return what it printed."""
    argv = shlex.split(command)
    print(f"  running: {command}", file=sys.stderr, flush=True)
    done = subprocess.run(
        argv, cwd=root, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
    )
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-10:])
        raise CommandFailed(f"{command!r} exited with {done.returncode}:\n{tail}")
    return done.stdout


def regen_file(path: Path, run: Runner, check: bool = False) -> bool:
    """Regenerate one file (or, with `check`, only compare); returns whether it changed."""
    text = path.read_text(encoding="utf-8")
    new = regenerate(text, run)
    if new == text:
        return False
    if not check:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(new, encoding="utf-8")
        tmp.replace(path)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="default: docs/transcripts/*.md")
    parser.add_argument("--check", action="store_true", help="exit 1 if a transcript is stale")
    parser.add_argument("--dry-run", action="store_true", help="list the commands, run none")
    parser.add_argument("--root", type=Path, default=ROOT, help="where the commands run")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    files = args.files or sorted((root / "docs" / "transcripts").glob("*.md"))
    changed, failed = [], []
    for path in files:
        found = blocks(path.read_text(encoding="utf-8"))
        print(f"{path}: {len(found)} command(s)", file=sys.stderr)
        if args.dry_run:
            for block in found:
                print(f"  line {block.line + 1}: {block.command}")
            continue
        try:
            if regen_file(path, lambda command: run_command(command, root), check=args.check):
                changed.append(path)
        except (CommandFailed, subprocess.TimeoutExpired) as exc:
            failed.append(path)
            print(f"{path}: left as it was: {exc}", file=sys.stderr)
    verb = "stale" if args.check else "rewritten"
    for path in changed:
        print(f"{verb}: {path}")
    if failed:
        return 2
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
