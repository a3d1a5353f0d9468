"""scripts/regen_transcripts.py, run as the integrator runs it, over a small repository of its
own: a real interpreter behind `.venv/bin/python`, real scripts, real transcript files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from scripts.regen_transcripts import main

HELLO = 'import sys\nprint("hello", *sys.argv[1:])\nprint("```inside```")\n'
FAIL = 'import sys\nprint("half")\nsys.exit("broken")\n'
TRANSCRIPT = """# Two runs

Run with `.venv/bin/python scripts/hello.py prose` from the root (a sentence: left alone).

`.venv/bin/python scripts/hello.py en`

```
old output
```

Between.

`.venv/bin/python scripts/hello.py "two words"`
Text right after, no block yet.
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    os.symlink(sys.executable, tmp_path / ".venv" / "bin" / "python")
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "hello.py").write_text(HELLO)
    (tmp_path / "scripts" / "fail.py").write_text(FAIL)
    (tmp_path / "docs" / "transcripts").mkdir(parents=True)
    return tmp_path


def test_each_commands_block_is_replaced_by_what_it_prints_now(root: Path) -> None:
    doc = root / "docs" / "transcripts" / "a.md"
    doc.write_text(TRANSCRIPT)
    assert main(["--root", str(root)]) == 0
    assert doc.read_text() == TRANSCRIPT.replace(
        "```\nold output\n```", "````\nhello en\n```inside```\n````"
    ).replace(
        '"two words"`\n',
        '"two words"`\n\n````\nhello two words\n```inside```\n````\n\n',
    )
    again = doc.read_text()
    assert main(["--root", str(root), "--check"]) == 0  # up to date: nothing stale
    assert doc.read_text() == again


def test_a_failing_command_leaves_its_file_as_it_was(root: Path) -> None:
    doc = root / "docs" / "transcripts" / "b.md"
    text = TRANSCRIPT + "\n`.venv/bin/python scripts/fail.py`\n\n```\nkept\n```\n"
    doc.write_text(text)
    assert main(["--root", str(root)]) == 2
    assert doc.read_text() == text


def test_check_says_stale_and_writes_nothing(root: Path) -> None:
    doc = root / "docs" / "transcripts" / "c.md"
    doc.write_text(TRANSCRIPT)
    assert main(["--root", str(root), "--check"]) == 1
    assert doc.read_text() == TRANSCRIPT
