"""Everything the person reads, per language: Fluent files under content/locales/<code>/.

`Texts(locale)` renders a message by its key. HTML messages escape every value the person wrote
(anything not marked `Safe`); numbers stay numbers, so Fluent formats them for the language
(`NUMBER`, plural selectors). A message with variants (several wordings, a list of labels) keeps
them as attributes `.v1`, `.v2`, … and is read through `Texts.variants` / `Texts.variant`.
"""

from __future__ import annotations

import html
import logging
import re
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Junk

from content.grammar import FUNCTIONS

log = logging.getLogger(__name__)

LOCALE_DIR = Path(__file__).parent / "locales"
# One line per language; its texts are the .ftl files in LOCALE_DIR/<code>/.
LOCALES: tuple[str, ...] = ("en", "ru", "es")
DEFAULT_LOCALE = "en"

_reported: set[str] = set()


class Safe(str):
    """A value that is already HTML and must not be escaped again."""

    __slots__ = ()


def _report_once(what: str, message: str, *args: object) -> None:
    if what not in _reported:
        _reported.add(what)
        log.warning(message, *args)


def pick_locale(language_code: str | None) -> str:
    """Telegram's language_code ("es-MX", "ru") to one of our locales, English as fallback.

    An unknown language is logged once per code (never silently), then answered in English.
    """
    if not language_code:
        return DEFAULT_LOCALE
    base = language_code.lower().replace("_", "-").split("-")[0]
    if base in LOCALES:
        return base
    code = language_code[:16]
    _report_once(f"lang:{code}", "no texts for language %r; answering in %s", code, DEFAULT_LOCALE)
    return DEFAULT_LOCALE


@cache
def bundle(locale: str) -> FluentBundle:
    """Every .ftl file of one locale, parsed once. Isolation marks off: Telegram shows them."""
    result = FluentBundle([locale], functions=FUNCTIONS, use_isolating=False)
    for path in sorted((LOCALE_DIR / locale).glob("*.ftl")):
        resource = FluentResource(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, Junk):
                raise ValueError(f"{path}: cannot parse {(entry.content or '')[:60]!r}")
        result.add_resource(resource)
    return result


LONG_VALUE = 500  # characters; see Texts._format
# Arguments that carry how the person named someone ("мама", "my sister Lea", "alguien"):
# written as typed mid-sentence, with a capital where they open a sentence.
NAME_ARGS = frozenset(["anchor", "anchors", "person", "other", "name"])
_SENTENCE_START = r"(^|[.!?…]\s+|\n\s*|^[^\w<]*\s*|<blockquote>)"


def capitalise_names(text: str, names: list[str]) -> str:
    """ "мама, спасибо…" -> "Мама, спасибо…": a name typed in lowercase gets its capital where a
    sentence (or the whole text, or a line) begins with it; mid-sentence it stays as typed."""
    for name in {n for n in names if n[:1].islower()}:
        pattern = re.compile(_SENTENCE_START + "(" + re.escape(name) + r")(?!\w)")
        text = pattern.sub(lambda m: m.group(1) + m.group(2)[0].upper() + m.group(2)[1:], text)
    return text


def _argument(value: Any, escape: bool) -> Any:
    if isinstance(value, Safe):
        return str(value)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    return html.escape(str(value), quote=False) if escape else str(value)


class Texts:
    """Renders the messages of one locale, falling back to English per missing key."""

    def __init__(self, locale: str = DEFAULT_LOCALE) -> None:
        if locale not in LOCALES:
            locale = pick_locale(locale)
        self.locale = locale

    def _message(self, key: str) -> tuple[FluentBundle, Any]:
        own = bundle(self.locale)
        if own.has_message(key):
            return own, own.get_message(key)
        _report_once(f"key:{self.locale}:{key}", "%s has no %r; using English", self.locale, key)
        fallback = bundle(DEFAULT_LOCALE)
        return fallback, fallback.get_message(key)

    def _format(self, key: str, pattern: Any, bundle_: FluentBundle, args: dict[str, Any]) -> str:
        # fluent.runtime renders a value over 2,500 characters as "{???}" (its guard against
        # runaway expansion); a person's long words go in after formatting instead.
        long = {n: v for n, v in args.items() if isinstance(v, str) and len(v) > LONG_VALUE}
        marks = {n: f"\ue000{n}\ue001" for n in long}
        text, errors = bundle_.format_pattern(pattern, {**args, **marks})
        for name, value in long.items():
            text = str(text).replace(marks[name], value)
        names = [v for n, v in args.items() if n in NAME_ARGS and isinstance(v, str)]
        text = capitalise_names(str(text), names)
        for error in errors:
            _report_once(
                f"err:{self.locale}:{key}:{type(error).__name__}",
                "%s:%s did not render cleanly: %s",
                self.locale,
                key,
                type(error).__name__,
            )
        return str(text)

    def _render(self, key: str, values: dict[str, Any], escape: bool) -> str:
        bundle_, message = self._message(key)
        assert message.value is not None, f"{key} has variants; use Texts.variant"
        args = {name: _argument(v, escape) for name, v in values.items()}
        return self._format(key, message.value, bundle_, args)

    def __call__(self, key: str, **values: Any) -> str:
        """An HTML text; every value not marked `Safe` is escaped."""
        return self._render(key, values, escape=True)

    def plain(self, key: str, **values: Any) -> str:
        """A plain-text message (a button, a draft for the anchor), filled without escaping."""
        return self._render(key, values, escape=False)

    def _variant_patterns(self, key: str) -> tuple[FluentBundle, list[Any]]:
        bundle_, message = self._message(key)
        if not message.attributes:
            return bundle_, [message.value]
        ordered = sorted(message.attributes, key=lambda name: int(name.lstrip("v")))
        return bundle_, [message.attributes[name] for name in ordered]

    def variants(self, key: str) -> tuple[str, ...]:
        """All wordings of a message with variants, in order (plain text, no values)."""
        bundle_, patterns = self._variant_patterns(key)
        return tuple(self._format(key, p, bundle_, {}) for p in patterns)

    def variant(self, key: str, index: int, **values: Any) -> str:
        """The index-th plain-text variant (cycling), filled without escaping."""
        bundle_, patterns = self._variant_patterns(key)
        args = {name: _argument(v, escape=False) for name, v in values.items()}
        return self._format(key, patterns[index % len(patterns)], bundle_, args)
