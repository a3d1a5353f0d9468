"""Everything the person reads, per language. `Texts(locale)` renders a key safely."""

from __future__ import annotations

import html
from typing import Any

from content import en, ru

LOCALES: dict[str, dict[str, str | tuple[str, ...]]] = {"en": en.TEXTS, "ru": ru.TEXTS}
DEFAULT_LOCALE = "en"


class Safe(str):
    """A value that is already HTML and must not be escaped again."""

    __slots__ = ()


def pick_locale(language_code: str | None) -> str:
    """Telegram's language_code ("pt-br", "ru") to one of our locales, English as fallback."""
    if not language_code:
        return DEFAULT_LOCALE
    base = language_code.lower().split("-")[0].split("_")[0]
    return base if base in LOCALES else DEFAULT_LOCALE


def _escaped(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v if isinstance(v, Safe) else html.escape(str(v), quote=False) for k, v in values.items()
    }


class Texts:
    """Looks up and fills the templates of one locale, falling back to English per key."""

    def __init__(self, locale: str = DEFAULT_LOCALE) -> None:
        self.locale = locale if locale in LOCALES else DEFAULT_LOCALE
        self._table = LOCALES[self.locale]

    def _raw(self, key: str) -> str | tuple[str, ...]:
        value = self._table.get(key)
        if value is None:
            value = LOCALES[DEFAULT_LOCALE][key]
        return value

    def __call__(self, key: str, **values: Any) -> str:
        """An HTML text; every value not marked `Safe` is escaped."""
        template = self._raw(key)
        assert isinstance(template, str), key
        return template.format(**_escaped(values))

    def plain(self, key: str, **values: Any) -> str:
        """A plain-text template (a draft for the anchor), filled without escaping."""
        template = self._raw(key)
        assert isinstance(template, str), key
        return template.format(**values)

    def variants(self, key: str) -> tuple[str, ...]:
        value = self._raw(key)
        return (value,) if isinstance(value, str) else value

    def variant(self, key: str, index: int, **values: Any) -> str:
        """The index-th plain-text variant (cycling), filled without escaping."""
        options = self.variants(key)
        return options[index % len(options)].format(**values)
