"""The converter used at merge time: old Python text tables become Fluent that renders the same."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from fluent.runtime import FluentBundle, FluentResource

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "py_to_ftl.py"

SOURCE = """
TEXTS: dict[str, str | tuple[str, ...]] = {
    # --- welcome ------------------------------------------------------------
    "welcome": (
        "Hi, {name}.\\n\\n"
        "1. <b>Anchor</b>: someone safe.\\n"
        "[not a variant key]\\n"
        "*not a default*\\n"
        ".not an attribute\\n"
        "   indented line\\n"
        "trailing spaces   "
    ),
    # --- ask ----------------------------------------------------------------
    "btn_share": "↗️ Send to {anchor}",
    "drafts": ("Hi {anchor}!", "Hey {anchor}, {support}?"),
}
"""


@pytest.fixture(scope="module")
def converter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("py_to_ftl", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tricky_texts_render_exactly_as_before(converter: ModuleType) -> None:
    table, sections = converter.load_table(SOURCE)
    assert sections == {"welcome": "welcome", "btn_share": "ask", "drafts": "ask"}
    ftl = converter.to_resource(table, sections, "test")
    converter.check_round_trip("en", table, ftl)  # raises if any text differs
    bundle = FluentBundle(["en"], use_isolating=False)
    bundle.add_resource(FluentResource(ftl))
    welcome, _ = bundle.format_pattern(bundle.get_message("welcome").value, {"name": "Mo"})
    assert welcome.endswith("   indented line\ntrailing spaces   ")
    assert "\n[not a variant key]\n*not a default*\n.not an attribute\n" in welcome
    drafts = bundle.get_message("drafts").attributes
    second, _ = bundle.format_pattern(drafts["v2"], {"anchor": "Jo", "support": "call me"})
    assert second == "Hey Jo, call me?"
    assert "## ask" in ftl and "btn_share = ↗️ Send to { $anchor }" in ftl


def test_the_table_is_read_without_running_it(converter: ModuleType) -> None:
    with pytest.raises(ValueError):
        converter.load_table('TEXTS = {"a": __import__("os").getcwd()}')
