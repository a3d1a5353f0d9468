"""The shape of the code (docs/architecture.md): small modules, no module reaching into another's
private names, no leftovers at old paths, and packages that import only what they may."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("bot", "storage", "content")
MAX_LINES = 400

# The one private import allowed, kept on purpose: the care check reads the first characters a
# pattern can start with from the regular-expression parser of the standard library (re._parser,
# re._constants), which Python offers no public way to do. It is pinned by tests/test_care.py.
PRIVATE_ALLOWED = {
    ("bot/care/phrases.py", "re", "_parser"),
    ("bot/care/phrases.py", "re", "_constants"),
}

# Modules moved into packages (docs/architecture.md): nothing may remain at the old path.
# `bot.care` is now the package whose __init__ keeps the public `has_crisis_words`.
OLD_PATHS = (
    "bot/care_model.py", "bot/helplines.py", "bot/chart.py", "bot/chart_draw.py",
    "bot/chart_weeks_draw.py", "bot/dispatcher.py", "bot/delivery.py", "bot/rate_limiter.py",
    "bot/send_ahead.py", "bot/backoff.py", "bot/relays.py", "bot/replies.py", "bot/schedule.py",
    "bot/clock.py", "bot/spoken_time.py", "bot/telegram_adapter.py", "bot/polling.py",
    "bot/web.py", "bot/console_adapter.py", "bot/settings.py", "bot/startup.py", "bot/health.py",
    "bot/healthcheck.py", "bot/logs.py", "bot/metrics.py", "bot/locks.py", "bot/reading.py",
    "bot/locale_format.py", "bot/week_view.py", "bot/my_data.py", "bot/place_text.py",
    "bot/timezones.py", "bot/care.py", "bot/models", "storage/repositories.py",
    "storage/relays.py", "storage/inbox.py", "storage/stats.py", "content/crisis.py",
    "content/helplines.py",
)  # fmt: skip

# What each package may import from the project (besides itself). bot.app, the composition
# root, may import anything.
MAY_IMPORT = {
    "bot": set(),  # bot/__init__.py: the namespace only
    "content": set(),
    "storage": {"content"},
    "bot.timing": {"content"},
    "bot.places": {"content"},
    "bot.care": {"content"},
    "bot.charts": {"content"},
    "bot.text": {"bot.timing", "bot.charts", "content", "storage"},
    "bot.journey": {
        "bot.care", "bot.charts", "bot.text", "bot.places", "bot.timing", "bot.delivery",
        "content", "storage",
    },
    "bot.delivery": {"bot.journey", "bot.charts", "bot.timing", "content", "storage"},
    "bot.runtime": {"bot.delivery", "bot.timing", "storage"},
    "bot.adapters": {
        "bot.journey", "bot.delivery", "bot.runtime", "bot.timing", "content", "storage",
    },
}  # fmt: skip
# The composition root and `python -m bot`: they may import anything, and nothing imports them.
ROOT_MODULES = {"bot.app", "bot.__main__"}
# Narrower still: the journey hands its answers over (replies) and keeps messages to other
# chats (outbox), and only the dispatcher of delivery asks the journey for a nudge's words.
JOURNEY_FROM_DELIVERY = {"bot.delivery.replies", "bot.delivery.outbox"}
DELIVERY_TO_JOURNEY = {"bot.delivery.dispatcher"}
# Libraries with one home: Telegram in the adapters, the runtime's checks and the PTB rate
# limiter; the web server in the adapters; plotting only where the charts are drawn.
LIBRARY_HOMES = {
    "telegram": ("bot.adapters", "bot.runtime", "bot.app", "bot.delivery.rate_limiter"),
    "aiohttp": ("bot.adapters",),
    "matplotlib": ("bot.charts.draw_week", "bot.charts.draw_weeks"),
}


def modules() -> Iterator[tuple[str, Path]]:
    for top in PRODUCT:
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT)
            name = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
            yield name, path


def imports(tree: ast.Module) -> Iterator[str]:
    """Every module a source imports, at the top or inside a function."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            for alias in node.names:  # `from bot.delivery import outbox` imports the module
                yield f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def package(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "bot" else parts[0]


def private_uses(source: str, rel: str) -> list[str]:
    """`from x import _y`, and `x._y` where x names something imported."""
    tree = ast.parse(source)
    imported: dict[str, str] = {}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if _private(alias.name):
                    found.append((node.lineno, node.module or ".", alias.name))
                imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                imported[alias.asname or alias.name.split(".")[0]] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and _private(node.attr)
            and isinstance(node.value, ast.Name)
            and node.value.id in imported
        ):
            found.append((node.lineno, imported[node.value.id], node.attr))
    return [
        f"{rel}:{line}: {module} . {name}"
        for line, module, name in found
        if (rel, module, name) not in PRIVATE_ALLOWED
    ]


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_no_product_module_is_over_400_lines() -> None:
    long = [
        f"{path.relative_to(ROOT)}: {n} lines"
        for _, path in modules()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert not long, long


def test_no_module_imports_another_modules_private_names() -> None:
    found = []
    for _, path in modules():
        rel = path.relative_to(ROOT).as_posix()
        found += private_uses(path.read_text(encoding="utf-8"), rel)
    assert not found, found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from bot.charts.draw_week import _DPI\n", ["x.py:1: bot.charts.draw_week . _DPI"]),
        ("from bot import care\ncare._rules('en')\n", ["x.py:2: bot.care . _rules"]),
        ("import re\nre._parser.parse('a')\n", ["x.py:2: re . _parser"]),
        ("from bot.care import explain\nclass A:\n    _x = 1\n", []),
        ("def f(self):\n    return self._x\n", []),
    ],
)
def test_the_private_name_check_finds_what_it_should(source: str, expected: list[str]) -> None:
    assert private_uses(source, "x.py") == expected


def test_nothing_is_left_at_the_old_paths() -> None:
    left = [old for old in OLD_PATHS if (ROOT / old).exists()]
    assert not left, left


def test_the_crisis_check_keeps_its_public_name() -> None:
    from bot.care import has_crisis_words

    assert has_crisis_words("I want to die", "en")
    assert not has_crisis_words("my phone died", "en")


def wrong_imports(name: str, source: str) -> list[str]:
    """What module `name` (its `source`) imports from the project and may not: every product
    module belongs to a package of the table, or to the composition root, or it is wrong."""
    own = package(name)
    if own in ROOT_MODULES:
        return []
    if own not in MAY_IMPORT:
        return [f"{name} is in no package of docs/architecture.md"]
    wrong = []
    for target in sorted(set(imports(ast.parse(source)))):
        if target.split(".")[0] not in PRODUCT or target == "bot":
            continue  # a library, or the bare `bot` of `from bot import care` (care is checked)
        other = package(target)
        if other == own:
            continue
        if other not in MAY_IMPORT[own]:  # an unknown package and the root are in no row
            wrong.append(f"{name} imports {target}")
        elif own == "bot.journey" and other == "bot.delivery":
            if _module_of(target) not in JOURNEY_FROM_DELIVERY:
                wrong.append(f"{name} imports {target}")
        elif own == "bot.delivery" and other == "bot.journey" and not _may_ask(name):
            wrong.append(f"{name} imports {target}")
    # `from x import y` reads as x and x.y: name the import once
    return [w for w in wrong if not any(w.startswith(v + ".") for v in wrong)]


def test_packages_import_only_what_they_may() -> None:
    wrong = []
    for name, path in modules():
        wrong += wrong_imports(name, path.read_text(encoding="utf-8"))
    assert not wrong, sorted(wrong)


@pytest.mark.parametrize(
    ("name", "source", "expected"),
    [
        ("bot.charts.data", "from bot.journey.steps import Step\n",
         ["bot.charts.data imports bot.journey.steps"]),
        ("bot.journey.x", "from bot.delivery.dispatcher import Dispatcher\n",
         ["bot.journey.x imports bot.delivery.dispatcher"]),
        ("bot.delivery.outbox", "from bot.journey import flow\n",
         ["bot.delivery.outbox imports bot.journey"]),
        ("storage.models", "import bot.app\n", ["storage.models imports bot.app"]),
        ("bot.text.x", "from bot.typo import y\n", ["bot.text.x imports bot.typo"]),
        ("bot.helpers.x", "import json\n",
         ["bot.helpers.x is in no package of docs/architecture.md"]),
        ("bot.journey.x", "from bot.delivery.replies import Reply\nfrom bot import care\n", []),
        ("bot.app", "from bot.adapters.web import Webhook\n", []),
        ("content.x", "import telegram\nfrom content import program\n", []),
    ],
)  # fmt: skip
def test_the_import_rule_catches_a_planted_violation(
    name: str, source: str, expected: list[str]
) -> None:
    assert wrong_imports(name, source) == expected


def _may_ask(name: str) -> bool:
    return name in DELIVERY_TO_JOURNEY


def _module_of(target: str) -> str:
    """`bot.delivery.replies.rows` (a name imported from a module) is bot.delivery.replies."""
    parts = target.split(".")
    while parts and not (ROOT / Path(*parts)).with_suffix(".py").exists():
        parts.pop()
    return ".".join(parts)


def test_libraries_stay_in_their_homes() -> None:
    wrong = []
    for name, path in modules():
        for target in set(imports(ast.parse(path.read_text(encoding="utf-8")))):
            library = target.split(".")[0]
            homes = LIBRARY_HOMES.get(library)
            if homes and not any(name == h or name.startswith(h + ".") for h in homes):
                wrong.append(f"{name} imports {target}")
    assert not wrong, sorted(wrong)
