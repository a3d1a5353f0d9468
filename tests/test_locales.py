"""Every locale mirrors English, checked from the Fluent files themselves.

The Fluent parser gives each locale's messages and the variables they use; Babel's CLDR plural
rules give the plural categories of each language, and every message is rendered for a sample
number in each of them. What the person wrote is passed with HTML characters, so the rendered
markup shows that it is escaped and that every message's own tags are balanced.
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from typing import Any

import pytest
from babel import Locale
from fluent.syntax import ast as fl
from fluent.syntax import parse
from fluent.syntax.visitor import Visitor

from content import DEFAULT_LOCALE, LOCALE_DIR, LOCALES, Texts, bundle, pick_locale

OTHERS = sorted(code for code in LOCALES if code != DEFAULT_LOCALE)
ALL = sorted(LOCALES)
TAG = re.compile(r"<(/?)([a-zA-Z]+)[^>]*>")
ALLOWED_TAGS = {"b", "i", "blockquote"}
ISOLATION_MARKS = re.compile("[\u2066-\u2069]")
WRITTEN = "<b>Mo & Jo</b>"  # what a person might type; must arrive escaped
NAMES = (WRITTEN, "Мира")  # the second takes the inflected branch of NAME_CASE selectors
CANDIDATES = [*range(0, 1001), 10**6, *(Decimal(n) / 10 for n in range(1, 100))]


class _Variables(Visitor):  # type: ignore[misc]
    """Names of the variables a pattern uses, and which of them are numbers (selectors, NUMBER)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.numbers: set[str] = set()
        self.plural_keys: set[str] = set()

    def visit_VariableReference(self, node: fl.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_SelectExpression(self, node: fl.SelectExpression) -> None:
        if isinstance(node.selector, fl.VariableReference):
            self.numbers.add(node.selector.id.name)
            self.plural_keys.update(
                v.key.name for v in node.variants if isinstance(v.key, fl.Identifier)
            )
        self.generic_visit(node)

    def visit_FunctionReference(self, node: fl.FunctionReference) -> None:
        if node.id.name == "NUMBER":
            for arg in node.arguments.positional:
                if isinstance(arg, fl.VariableReference):
                    self.numbers.add(arg.id.name)
        self.generic_visit(node)


@cache
def messages(code: str) -> dict[str, dict[str, fl.Pattern]]:
    """Every message of a locale: key -> {"" for the value, "v1"… for variants: pattern}."""
    found: dict[str, dict[str, fl.Pattern]] = {}
    for path in sorted((LOCALE_DIR / code).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            assert not isinstance(entry, fl.Junk), f"{path}: cannot parse {entry.content[:80]!r}"
            if isinstance(entry, fl.Message):
                assert entry.id.name not in found, f"{code}: {entry.id.name} defined twice"
                parts = {a.id.name: a.value for a in entry.attributes}
                if entry.value is not None:
                    parts[""] = entry.value
                found[entry.id.name] = parts
    return found


def variables(pattern: fl.Pattern) -> _Variables:
    visitor = _Variables()
    visitor.visit(pattern)
    return visitor


@cache
def plural_samples(code: str) -> dict[str, int | Decimal]:
    """One number per CLDR plural category of the language (Babel's rules)."""
    rule = Locale.parse(code).plural_form
    samples: dict[str, int | Decimal] = {}
    for number in CANDIDATES:
        samples.setdefault(rule(number), number)
    assert set(samples) == set(rule.tags) | {"other"}, f"{code}: no sample for some category"
    return samples


def renderings(code: str, written: str = WRITTEN) -> Iterator[tuple[str, str, str]]:
    """(key, part, rendered text) for every message part and every plural category."""
    texts = Texts(code)
    for key, parts in messages(code).items():
        for part, pattern in parts.items():
            found = variables(pattern)
            for category, number in plural_samples(code).items():
                args: dict[str, Any] = {
                    name: number if name in found.numbers else written for name in found.names
                }
                if part:
                    index = int(part.removeprefix("v")) - 1
                    text = texts.variant(key, index, **args)
                else:
                    text = texts(key, **args)
                yield key, f"{part or 'value'}/{category}", text


def tags(text: str) -> Counter[str]:
    """Counts of each opening and closing tag; fails if the markup is not properly nested."""
    stack: list[str] = []
    counts: Counter[str] = Counter()
    for closing, name in TAG.findall(text):
        name = name.lower()
        assert name in ALLOWED_TAGS, f"unexpected tag <{name}> in {text!r}"
        if closing:
            assert stack and stack[-1] == name, f"unbalanced </{name}> in {text!r}"
            stack.pop()
            counts["/" + name] += 1
        else:
            stack.append(name)
            counts[name] += 1
    assert not stack, f"unclosed <{stack[-1]}> in {text!r}"
    return counts


def test_there_are_three_locales() -> None:
    assert set(LOCALES) >= {"en", "ru", "es"}


@pytest.mark.parametrize("code", ALL)
def test_every_locale_has_its_fluent_files(code: str) -> None:
    assert messages(code), f"no messages for {code}"


@pytest.mark.parametrize("code", ALL)
def test_no_message_id_numbers_an_anchor(code: str) -> None:
    """An anchor after the first is "one more" (`anchor_more_*`), however many a week may have:
    no id says "second" or "anchor2" for it."""
    numbered = [key for key in messages(code) if re.search(r"second|anchor2", key)]
    assert not numbered, numbered


@pytest.mark.parametrize("code", OTHERS)
def test_same_messages_as_english(code: str) -> None:
    english, own = messages(DEFAULT_LOCALE), messages(code)
    assert not sorted(set(english) - set(own)), f"{code} lacks these"
    assert not sorted(set(own) - set(english)), f"{code} has messages English does not"


@pytest.mark.parametrize("code", OTHERS)
def test_same_variants_as_english(code: str) -> None:
    for key, parts in messages(DEFAULT_LOCALE).items():
        own = messages(code).get(key, {})
        assert sorted(own) == sorted(parts), f"{code}:{key} has parts {sorted(own)}"


@pytest.mark.parametrize("code", OTHERS)
def test_same_variables_as_english(code: str) -> None:
    for key, parts in messages(DEFAULT_LOCALE).items():
        for part, pattern in parts.items():
            own = messages(code).get(key, {}).get(part)
            if own is None:
                continue  # reported above
            assert variables(own).names == variables(pattern).names, (
                f"{code}:{key}{'.' + part if part else ''} uses "
                f"{sorted(variables(own).names)}, English {sorted(variables(pattern).names)}"
            )


@pytest.mark.parametrize("code", ALL)
def test_plural_selectors_use_the_languages_own_categories(code: str) -> None:
    categories = set(plural_samples(code))
    for key, parts in messages(code).items():
        for pattern in parts.values():
            unknown = variables(pattern).plural_keys - categories
            assert not unknown, f"{code}:{key} selects on {unknown}, not CLDR's {categories}"


@pytest.mark.parametrize("written", NAMES)
@pytest.mark.parametrize("code", ALL)
def test_every_message_renders_in_every_plural_category(
    code: str, written: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="content")
    for key, where, text in renderings(code, written):
        assert text.strip(), f"{code}:{key} [{where}] is empty"
        assert "{" not in text and "}" not in text, f"{code}:{key} [{where}]: {text!r}"
        assert not ISOLATION_MARKS.search(text), f"{code}:{key} [{where}] has isolation marks"
    assert not caplog.records, [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize("written", NAMES)
@pytest.mark.parametrize("code", ALL)
def test_rendered_html_is_balanced_escapes_the_person_and_matches_english(
    code: str, written: str
) -> None:
    english = {
        (k, w.split("/")[0]): tags(text)
        for k, w, text in renderings(DEFAULT_LOCALE, written)
        if w.endswith("/other")
    }
    for key, where, text in renderings(code, written):
        if not where.startswith("v"):  # variants are plain text (drafts, labels)
            assert WRITTEN not in text, f"{code}:{key} [{where}] let raw HTML through"
        expected = english[key, where.split("/")[0]]
        assert tags(text) == expected, f"{code}:{key} [{where}] markup differs"


@pytest.mark.parametrize("code", ALL)
def test_each_plural_category_is_a_real_sample(code: str) -> None:
    rule = Locale.parse(code).plural_form
    for category, number in plural_samples(code).items():
        assert rule(number) == category


@pytest.mark.parametrize("code", OTHERS)
def test_fixed_lists_keep_their_symbols(code: str) -> None:
    english, own = Texts(DEFAULT_LOCALE), Texts(code)
    assert own.variants("mood_emoji") == english.variants("mood_emoji")
    assert own.plain("no_answer") == english.plain("no_answer")


@pytest.mark.parametrize("code", OTHERS)
def test_help_keeps_every_command(code: str) -> None:
    commands = set(re.findall(r"/[a-z]+", Texts(DEFAULT_LOCALE)("help")))
    assert commands == set(re.findall(r"/[a-z]+", Texts(code)("help")))


@pytest.mark.parametrize("code", ALL)
def test_every_command_has_a_menu_line(code: str) -> None:
    from bot.adapters.telegram.adapter import COMMANDS

    for command in COMMANDS:
        line = Texts(code).plain(f"cmd_{command}")
        assert 3 <= len(line) <= 256, f"{code}: /{command} menu line {line!r}"


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("RU", "ru"),
        ("en", "en"),
        ("en-GB", "en"),
        ("es", "es"),
        ("es-MX", "es"),
        ("es-419", "es"),
        ("es_AR", "es"),
        ("de", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_pick_locale(language_code: str | None, expected: str) -> None:
    assert pick_locale(language_code) == expected


def test_an_unknown_language_falls_back_with_one_logged_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="content")
    assert pick_locale("tlh-Latn") == "en"
    assert pick_locale("tlh-Latn") == "en"
    assert Texts("tlh-Latn").locale == "en"
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "tlh-Latn" in lines[0] and "en" in lines[0]


def test_each_locale_loads_as_one_fluent_bundle() -> None:
    for code in ALL:
        assert bundle(code).has_message("welcome")


# --- what a person reads, language by language ----------------------------------------


def test_english_counts_read_naturally() -> None:
    t = Texts("en")
    one = t("delete_done", weeks=1, checkins=1, reflections=1, nudges=1)
    assert "1 week, 1 check-in, 1 reflection and 1 scheduled message." in one
    many = t("delete_done", weeks=2, checkins=6, reflections=0, nudges=12)
    assert "2 weeks, 6 check-ins, 0 reflections and 12 scheduled messages." in many
    assert "(s)" not in one + many


@pytest.mark.parametrize(
    ("count", "weeks", "checkins"),
    [
        (1, "1 неделя", "1 отметка"),
        (3, "3 недели", "3 отметки"),
        (5, "5 недель", "5 отметок"),
        (21, "21 неделя", "21 отметка"),
        (12, "12 недель", "12 отметок"),
    ],
)
def test_russian_counts_agree_with_the_number(count: int, weeks: str, checkins: str) -> None:
    text = Texts("ru")("delete_done", weeks=count, checkins=count, reflections=1, nudges=2)
    assert weeks in text and checkins in text
    assert "1 размышление" in text and "2 запланированных сообщения" in text
    assert "—" not in text.split(".")[0]


def test_russian_writes_decimals_with_a_comma() -> None:
    assert Texts("ru")("summary_avg", avg=3.75, answered=4) == "Среднее настроение: 3,8 из 5"
    assert Texts("en")("summary_avg", avg=3.75, answered=4) == "Average mood: 3.8 of 5"
    assert Texts("ru")("summary_avg", avg=0, answered=0) == "Среднее настроение: – из 5"


@pytest.mark.parametrize(
    ("anchor", "button", "offer"),
    [
        ("Мира", "↗️ Отправить Мире", "написать и Мире?"),
        ("Мария", "↗️ Отправить Марии", "написать и Марии?"),
        ("Андрей", "↗️ Отправить Андрею", "написать и Андрею?"),
        ("Иван", "↗️ Отправить Ивану", "написать и Ивану?"),
        ("Игорь", "↗️ Отправить Игорю", "написать и Игорю?"),
        ("Любовь", "↗️ Отправить Любови", "написать и Любови?"),
        ("мама", "↗️ Отправить маме", "написать и маме?"),
        ("твоя сестра", "↗️ Отправить твоей сестре", "написать и твоей сестре?"),
        ("бабушка Нина", "↗️ Отправить бабушке Нине", "написать и бабушке Нине?"),
        ("Zoe", "↗️ Отправить Zoe", "написать и Zoe?"),
    ],
)
def test_russian_names_are_declined_never_put_after_a_colon(
    anchor: str, button: str, offer: str
) -> None:
    t = Texts("ru")
    assert t.plain("btn_share", anchor=anchor) == button
    assert offer in t("care_offer", anchor=anchor)


def test_a_name_with_markup_is_escaped_and_declined() -> None:
    text = Texts("ru")("followup_q", anchor="Мира<b>", count=1)
    assert "Мире&lt;b&gt;?" in text and "<b>" not in text


def test_russian_is_russian() -> None:
    text = Texts("ru")("checkin_mood_q", day=3, days=7)
    assert re.search(r"[а-яё]", text, re.IGNORECASE)
    assert "3" in text
    assert Texts("ru").plain("language_name") == "Русский"


def test_russian_escapes_what_the_person_wrote() -> None:
    text = Texts("ru")("anchor_why_q", anchor="<b>")
    assert "&lt;b&gt;" in text
    assert "<b>" not in text


def test_plain_texts_are_not_escaped() -> None:
    draft = Texts("es").variant("request_own", 0, anchor="Mo & Jo", support="venir <el> jueves")
    assert "Mo & Jo" in draft and "venir <el> jueves" in draft


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


def test_spanish_speaks_informally_and_says_it_is_no_crisis_service() -> None:
    t = Texts("es")
    assert t.plain("language_name") == "Español"
    help_text = t("help").lower()
    assert "no soy un servicio de crisis" in help_text
    assert "usted" not in " ".join(t(k) for k in messages("es") if not messages("es")[k].get("v1"))


def test_spanish_words_of_crisis_get_care() -> None:
    from bot.care import has_crisis_words

    assert has_crisis_words("ya no quiero vivir", "es")
    assert has_crisis_words("estoy pensando en suicidarme", "es-MX")


@pytest.mark.parametrize("locale", ALL)
def test_every_draft_reads_well_without_a_name(locale: str) -> None:
    """A bare relation ("my sister") is greeted by no name: each draft still reads cleanly."""
    from content.anchor import tidy

    texts = Texts(locale)
    found = messages(locale)
    keys = [k for k in found if k.startswith("request_") and "v1" in found[k]]
    keys.append("thank_drafts")
    for key in keys:
        for index in range(len(texts.variants(key))):
            raw = texts.variant(key, index, anchor="", support="a walk", idea="a kind word")
            draft = tidy(raw)
            assert not re.search(r"\s[!?.,]|,[!?.]|^[^\w¡¿]", draft), (key, draft)
            assert draft.lstrip("¡¿")[0].isupper(), (key, draft)


@pytest.mark.parametrize("locale", ["en", "ru", "es"])
def test_a_long_message_in_the_persons_words_renders_whole(locale: str) -> None:
    """Fluent gives up on a value over 2,500 characters; a letter-length message from an anchor
    (escaped, '&' grows fivefold) still arrives whole."""
    words = "Tú & yo <siempre>. " * 180
    text = Texts(locale)("anchor_message", anchor="Mira", text=words)
    assert html.escape(words, quote=False) in text
    assert "{???}" not in text
