"""Convert the old Python text tables (content/<code>.py, TEXTS dicts) to Fluent.

A dev tool, kept for merges: the .ftl files under content/locales/ were written by it once and
then edited by hand (plural and case selectors), so never regenerate them wholesale. Use:

    # the one-off conversion (what produced the first content/locales/*/main.ftl)
    python scripts/py_to_ftl.py write --ref <rev-with-content/en.py> --out content/locales

    # a branch changed texts in content/en.py or content/ru.py: print what changed, as Fluent
    python scripts/py_to_ftl.py diff --base <merge-base> --ref <branch>

`diff` prints, per locale, the removed keys and the Fluent entries of added or changed keys;
paste those into content/locales/<code>/main.ftl (and re-apply any selector by hand).
Every written entry is checked: rendered by fluent.runtime it gives exactly what str.format gave.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentSerializer
from fluent.syntax import ast as fl

Value = str | tuple[str, ...]
FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
SECTION = re.compile(r"#\s*---\s*(.+?)\s*-+\s*$")
LINE_START_SPECIAL = ("[", "*", ".")


def source_at(ref: str, code: str) -> str:
    return subprocess.run(
        ["git", "show", f"{ref}:content/{code}.py"], check=True, capture_output=True, text=True
    ).stdout


def load_table(source: str) -> tuple[dict[str, Value], dict[str, str]]:
    """The TEXTS dict (by literal evaluation, nothing is run) and key -> section title."""
    tree = ast.parse(source)
    sections = {
        n: m.group(1)
        for n, line in enumerate(source.splitlines(), start=1)
        if (m := SECTION.search(line))
    }
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict):
            table: dict[str, Value] = ast.literal_eval(node.value)
            section_of: dict[str, str] = {}
            current = ""
            for key_node in node.value.keys:
                assert isinstance(key_node, ast.Constant)
                for line in sorted(sections):
                    if line < key_node.lineno:
                        current = sections[line]
                section_of[key_node.value] = current
            return table, section_of
    raise SystemExit("no TEXTS dict found")


def _literal(text: str) -> fl.Placeable:
    return fl.Placeable(fl.StringLiteral(text.replace("\\", "\\\\").replace('"', '\\"')))


def to_pattern(template: str) -> fl.Pattern:
    """A str.format template as a Fluent pattern; characters Fluent would eat become literals."""
    elements: list[fl.PatternElement] = []
    text = ""

    def flush() -> None:
        nonlocal text
        if text:
            elements.append(fl.TextElement(text))
            text = ""

    lines = template.split("\n")
    for number, line in enumerate(lines):
        if number:
            text += "\n"
        # leading blanks and special first characters would be taken as syntax or indentation
        stripped = line.lstrip(" ")
        if line != stripped or (number and stripped.startswith(LINE_START_SPECIAL)):
            lead = line[: len(line) - len(stripped)]
            special = stripped[:1] if number and stripped.startswith(LINE_START_SPECIAL) else ""
            flush()
            elements.append(_literal(lead + special))
            line = stripped[len(special) :]
        position = 0
        for match in FIELD.finditer(line):
            text += line[position : match.start()]
            flush()
            elements.append(fl.Placeable(fl.VariableReference(fl.Identifier(match.group(1)))))
            position = match.end()
        rest = line[position:]
        if rest.endswith(" "):
            text += rest.rstrip(" ")
            flush()
            elements.append(_literal(rest[len(rest.rstrip(" ")) :]))
        else:
            text += rest
    flush()
    return fl.Pattern(elements)


def to_entry(key: str, value: Value) -> fl.Message:
    if isinstance(value, str):
        return fl.Message(fl.Identifier(key), value=to_pattern(value))
    attributes = [
        fl.Attribute(fl.Identifier(f"v{n}"), to_pattern(v)) for n, v in enumerate(value, start=1)
    ]
    return fl.Message(fl.Identifier(key), value=None, attributes=attributes)


def to_resource(table: dict[str, Value], section_of: dict[str, str], title: str) -> str:
    body: list[fl.EntryType] = [fl.ResourceComment(title)]
    current = None
    for key, value in table.items():
        if section_of.get(key) and section_of[key] != current:
            current = section_of[key]
            body.append(fl.GroupComment(current))
        body.append(to_entry(key, value))
    ftl = FluentSerializer().serialize(fl.Resource(body))
    return re.sub(r"(?m)^[ ]+$", "", ftl)  # blank lines inside a pattern need no indent


def check_round_trip(code: str, table: dict[str, Value], ftl: str) -> None:
    """Rendering each entry with sample values gives exactly the old str.format result."""
    bundle = FluentBundle([code], use_isolating=False)
    resource = FluentResource(ftl)
    assert not [e for e in resource.body if isinstance(e, fl.Junk)], "unparsable output"
    bundle.add_resource(resource)
    for key, value in table.items():
        message = bundle.get_message(key)
        templates = (value,) if isinstance(value, str) else value
        if isinstance(value, str):
            assert message.value is not None, key
            patterns = [message.value]
        else:
            patterns = [message.attributes[f"v{n}"] for n in range(1, len(value) + 1)]
        for template, pattern in zip(templates, patterns, strict=True):
            sample = {name: f"<{name}>" for name in FIELD.findall(template)}
            rendered, problems = bundle.format_pattern(pattern, sample)
            assert not problems, (key, problems)
            assert rendered == template.format(**sample), (key, rendered, template)


def write(ref: str, out: Path, codes: list[str]) -> None:
    for code in codes:
        table, section_of = load_table(source_at(ref, code))
        ftl = to_resource(table, section_of, f"Secure Base texts, locale {code}.")
        check_round_trip(code, table, ftl)
        target = out / code / "main.ftl"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(ftl, encoding="utf-8")
        print(f"{target}: {len(table)} messages")


def diff(base: str, ref: str, codes: list[str]) -> None:
    for code in codes:
        old, _ = load_table(source_at(base, code))
        new, _ = load_table(source_at(ref, code))
        removed = sorted(set(old) - set(new))
        changed = {k: v for k, v in new.items() if old.get(k) != v}
        print(f"### content/locales/{code}/main.ftl")
        if removed:
            print("# removed: " + ", ".join(removed))
        if changed:
            ftl = to_resource(changed, {}, f"added or changed in {code}")
            check_round_trip(code, changed, ftl)
            print(ftl)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="convert whole tables (the one-off conversion)")
    w.add_argument("--ref", default="HEAD")
    w.add_argument("--out", type=Path, default=Path("content/locales"))
    d = sub.add_parser("diff", help="Fluent entries for keys a branch added or changed")
    d.add_argument("--base", required=True)
    d.add_argument("--ref", required=True)
    for p in (w, d):
        p.add_argument("--codes", default="en,ru")
    args = parser.parse_args(argv)
    codes = args.codes.split(",")
    if args.command == "write":
        write(args.ref, args.out, codes)
    else:
        diff(args.base, args.ref, codes)


if __name__ == "__main__":
    sys.exit(main())
