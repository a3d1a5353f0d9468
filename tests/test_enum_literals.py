"""No value of a stored enum is spelled as a bare string outside its enum: a misspelt "snooze"
or "actve" would pass every type check and quietly match nothing."""

from __future__ import annotations

import ast
from pathlib import Path

from content.program import Effect, RequestSent, Situation, SupportKind
from storage.models import LinkStatus, WeekStatus
from storage.nudge_enums import NudgeKind, NudgeStatus, RelayStatus

ROOT = Path(__file__).resolve().parent.parent
ENUMS = (
    NudgeKind, NudgeStatus, RelayStatus, WeekStatus, LinkStatus, SupportKind, Situation, Effect,
    RequestSent,
)  # fmt: skip
# Words that are also plain words elsewhere (a request "sent", a chart label's "left", the
# "anchor" of a link, the setup group, a skipped check-in's JSON key, the care step, the /help
# command): enum values too common to police by spelling; the distinctive ones below are.
SHARED = {"sent", "failed", "setup", "left", "anchor", "declined", "skipped", "care", "help"}
# The same word meaning something else, where it is meant so.
ELSEWHERE = {
    ("bot/journey/after_checkin.py", "pending"),  # how the anchor answered: still to come
    ("bot/journey/commands.py", "stopped"),  # a Fluent message id
    ("bot/journey/closing_steps.py", "new"),  # a new week, not the situation "something new"
    ("bot/journey/taps.py", "own"),  # the pickers' "something else", a tap's prefix
    ("bot/charts/draw_week.py", "both"),  # matplotlib's "both axes"
    ("bot/runtime/locks.py", "big"),  # a byte order
}
WHERE = ("bot", "storage")
HOMES = {Path("storage/nudge_enums.py"), Path("storage/models.py"), Path("content/program.py")}


def literals() -> list[str]:
    found = []
    for top in WHERE:
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT)
            if "migrations" not in rel.parts:  # a migration is frozen history: what was true then
                found += spelt(path.read_text(encoding="utf-8"), rel)
    return found


def spelt(source: str, rel: Path) -> list[str]:
    """Where `source` spells a stored enum's value as a bare string."""
    values = {m.value: e.__name__ for e in ENUMS for m in e}
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        value = node.value if isinstance(node, ast.Constant) else None
        if not isinstance(value, str) or value not in values or value in SHARED:
            continue
        if (rel.as_posix(), value) in ELSEWHERE or (rel in HOMES and _in_enum_class(tree, node)):
            continue
        found.append(f"{rel}:{node.lineno}: {value!r} is {values[value]}.{value.upper()}")
    return found


def _in_enum_class(tree: ast.Module, node: ast.AST) -> bool:
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        if any(b is node for b in ast.walk(cls)) and cls.name in {e.__name__ for e in ENUMS}:
            return True
    return False


def test_no_enum_value_is_spelled_as_a_string() -> None:
    assert literals() == []


def test_the_scan_finds_a_spelt_value() -> None:
    """The check can fail: a line that spells one is found, the enum itself is not."""
    source = 'if due.kind == "snooze" or week.status == WeekStatus.ACTIVE:\n    pass\n'
    assert spelt(source, Path("bot/x.py")) == ["bot/x.py:1: 'snooze' is NudgeKind.SNOOZE"]


def test_the_scan_covers_the_practices_choices() -> None:
    """What is asked of an anchor, the day's effect, whether the request went, the situation."""
    source = 'if kind == "own" or effect in ("calmer",) or sent == "not_yet" or s == "ordinary":\n'
    assert sorted(spelt(source + "    pass\n", Path("bot/x.py"))) == [
        "bot/x.py:1: 'calmer' is Effect.CALMER",
        "bot/x.py:1: 'not_yet' is RequestSent.NOT_YET",
        "bot/x.py:1: 'ordinary' is Situation.ORDINARY",
        "bot/x.py:1: 'own' is SupportKind.OWN",
    ]
