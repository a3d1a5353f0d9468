"""Every locale mirrors English: same keys, shapes, placeholders and HTML markup."""

from __future__ import annotations

import re
import string
from collections import Counter

import pytest

from content import DEFAULT_LOCALE, LOCALES, Texts, pick_locale

EN = LOCALES[DEFAULT_LOCALE]
OTHERS = sorted(code for code in LOCALES if code != DEFAULT_LOCALE)
ALL = sorted(LOCALES)
TAG = re.compile(r"<(/?)([a-zA-Z]+)[^>]*>")
ALLOWED_TAGS = {"b", "i", "blockquote"}
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _variants(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _tags(template: str) -> Counter[str]:
    """Counts of each opening and closing tag; fails if the markup is not properly nested."""
    stack: list[str] = []
    counts: Counter[str] = Counter()
    for closing, name in TAG.findall(template):
        name = name.lower()
        assert name in ALLOWED_TAGS, f"unexpected tag <{name}> in {template!r}"
        if closing:
            assert stack and stack[-1] == name, f"unbalanced </{name}> in {template!r}"
            stack.pop()
            counts["/" + name] += 1
        else:
            stack.append(name)
            counts[name] += 1
    assert not stack, f"unclosed <{stack[-1]}> in {template!r}"
    return counts


def test_there_is_more_than_one_locale() -> None:
    assert "ru" in LOCALES


@pytest.mark.parametrize("code", OTHERS)
def test_same_keys_as_english(code: str) -> None:
    table = LOCALES[code]
    missing = sorted(set(EN) - set(table))
    extra = sorted(set(table) - set(EN))
    assert not missing, f"{code} lacks {missing}"
    assert not extra, f"{code} has keys English does not: {extra}"


@pytest.mark.parametrize("code", OTHERS)
def test_same_shape_as_english(code: str) -> None:
    table = LOCALES[code]
    for key, en_value in EN.items():
        value = table.get(key)
        if value is None:
            continue  # reported by test_same_keys_as_english
        assert type(value) is type(en_value), f"{code}:{key} is {type(value).__name__}"
        if isinstance(en_value, tuple):
            assert isinstance(value, tuple)
            assert len(value) == len(en_value), f"{code}:{key} has {len(value)} items"
            assert all(isinstance(v, str) and v for v in value), f"{code}:{key}"
        else:
            assert isinstance(value, str) and value, f"{code}:{key} is empty"


@pytest.mark.parametrize("code", OTHERS)
def test_same_placeholders_as_english(code: str) -> None:
    table = LOCALES[code]
    for key, en_value in EN.items():
        if key not in table:
            continue
        pairs = zip(_variants(en_value), _variants(table[key]), strict=False)
        for position, (en_text, text) in enumerate(pairs):
            assert _fields(text) == _fields(en_text), (
                f"{code}:{key}[{position}] has {sorted(_fields(text))}, "
                f"English has {sorted(_fields(en_text))}"
            )


@pytest.mark.parametrize("code", ALL)
def test_markup_is_balanced_and_matches_english(code: str) -> None:
    table = LOCALES[code]
    for key, en_value in EN.items():
        if key not in table:
            continue
        pairs = zip(_variants(en_value), _variants(table[key]), strict=False)
        for position, (en_text, text) in enumerate(pairs):
            assert _tags(text) == _tags(en_text), f"{code}:{key}[{position}] markup differs"


@pytest.mark.parametrize("code", ALL)
def test_every_template_formats(code: str) -> None:
    for key, value in LOCALES[code].items():
        for text in _variants(value):
            filled = text.format(**dict.fromkeys(_fields(text), "X"))
            assert "{" not in filled and "}" not in filled, f"{code}:{key} left braces"


@pytest.mark.parametrize("code", OTHERS)
def test_fixed_lists_keep_their_symbols(code: str) -> None:
    assert LOCALES[code]["mood_emoji"] == EN["mood_emoji"]
    assert LOCALES[code]["no_answer"] == EN["no_answer"]


@pytest.mark.parametrize("code", OTHERS)
def test_help_keeps_every_command(code: str) -> None:
    commands = set(re.findall(r"/[a-z]+", str(EN["help"])))
    assert commands == set(re.findall(r"/[a-z]+", str(LOCALES[code]["help"])))


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("RU", "ru"),
        ("en", "en"),
        ("en-GB", "en"),
        ("de", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_pick_locale(language_code: str | None, expected: str) -> None:
    assert pick_locale(language_code) == expected


def test_russian_is_russian() -> None:
    text = Texts("ru")("checkin_mood_q", day=3, days=7)
    assert CYRILLIC.search(text)
    assert "3" in text
    assert Texts("ru").plain("language_name") == "Русский"


def test_russian_escapes_what_the_person_wrote() -> None:
    text = Texts("ru")("anchor_why_q", anchor="<b>")
    assert "&lt;b&gt;" in text
    assert "<b>" not in text


def test_russian_help_says_it_is_no_crisis_service() -> None:
    text = Texts("ru")("help").lower()
    assert "не служба экстренной помощи" in text
    assert "не медицинский" in text


def test_russian_request_reads_with_own_words() -> None:
    t = Texts("ru")
    for index in range(len(t.variants("request_own"))):
        draft = t.variant("request_own", index, anchor="Маша", support="погулять со мной в четверг")
        assert "Маша" in draft and "погулять со мной в четверг" in draft
        assert "{" not in draft


@pytest.mark.parametrize("locale", ALL)
def test_every_draft_reads_well_without_a_name(locale: str) -> None:
    """A bare relation ("my sister") is greeted by no name: each draft still reads cleanly."""
    from content.anchor import tidy

    texts = Texts(locale)
    keys = [k for k in EN if k.startswith("request_") and isinstance(EN[k], tuple)]
    keys.append("thank_drafts")
    for key in keys:
        for template in texts.variants(key):
            draft = tidy(template.format(anchor="", support="a walk", idea="a kind word"))
            assert not re.search(r"\s[!?.,]|,[!?.]|^\W", draft), (key, draft)
            assert draft[0].isupper(), (key, draft)
