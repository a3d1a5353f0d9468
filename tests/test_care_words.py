"""The care texts read as one voice: no sentence said twice, «ты» and «tú» throughout."""

from __future__ import annotations

import re

import pytest

from content import LOCALES, Texts

CARE_KEYS = (
    "care_words", "care_if_hurt", "care_low_mood", "care_again", "care_question", "care_safe",
    "care_not_safe",
    "care_lines_above", "care_emergency_anywhere", "care_offer", "care_offer_anyone",
    "care_draft", "care_stay_words", "care_stay_prompt", "care_back", "care_back_rest",
    "care_unclear", "checkin_mood_q_after_care",
)  # fmt: skip
FORMAL = {
    "ru": re.compile(r"\b(?:вы|вас|вам|вами|ваш\w*)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:usted|ustedes|su|sus)\b", re.IGNORECASE),
}
CLINICAL = re.compile(
    r"suicid|self-harm|crisis|patient|symptom|disorder|суицид|кризис|симптом|расстройств"
    r"|síntoma|trastorno|paciente",
    re.IGNORECASE,
)


def care_texts(code: str) -> list[str]:
    t = Texts(code)
    said = [t.plain(key, anchor="Mira", draft="…", day=4, days=7) for key in CARE_KEYS]
    return said + list(t.variants("care_stay"))


def sentences(text: str) -> list[str]:
    return [s.strip().lower() for s in re.split(r"(?<=[.!?:])\s+", text) if len(s.strip()) > 12]


@pytest.mark.parametrize("code", LOCALES)
def test_no_sentence_of_the_care_flow_is_said_twice(code: str) -> None:
    seen: dict[str, int] = {}
    alternative = Texts(code).plain("care_offer_anyone")  # said instead of care_offer
    for text in (text for text in care_texts(code) if text != alternative):
        for sentence in sentences(text):
            seen[sentence] = seen.get(sentence, 0) + 1
    assert [s for s, n in seen.items() if n > 1] == []


@pytest.mark.parametrize("code", LOCALES)
def test_care_speaks_informally_and_without_clinical_words(code: str) -> None:
    whole = "\n".join(care_texts(code))
    formal = FORMAL.get(code)
    assert formal is None or not formal.search(whole), formal.findall(whole) if formal else ""
    assert not CLINICAL.search(whole), CLINICAL.findall(whole)


def test_carrying_it_alone_is_said_once_and_no_thoughts_are_assumed() -> None:
    whole = "\n".join(care_texts("en"))
    assert whole.count("alone") == 1
    assert "act on these thoughts" not in Texts("en").plain("care_low_mood")
