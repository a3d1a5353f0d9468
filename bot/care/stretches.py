"""The stretches of a message the care model scores, and how it reads them.

A message is read as a whole and clause by clause (a long one in overlapping windows of words),
and in Cyrillic too when a Russian speaker typed in Latin letters; the model's score is the
best of those stretches (`bot.care.model`). Training and the bot both read through here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

# The word the model reads where the lists cut out a look-alike idiom ("убить время").
IDIOM_GAP = "idiomgap"
# Messages longer than this many words are scored in overlapping windows of it.
WINDOW_WORDS = 24
_WINDOW_STEP = WINDOW_WORDS // 2
# Where a message splits into clauses: end marks, commas, semicolons, line breaks, dashes.
_CLAUSES = re.compile(r"[.!?…;,\n]+|\s-\s")
# Shorter messages ("no", "claro", "петля") are the phrase lists' alone. Two words are scored:
# one- and two-word crises were most of what neither layer read ("goodnight forever", "выпила
# всё"), but a stretch of two words needs an idea of danger to fire (`bot.care.model.Gate`):
# without that rule a half of a split cry read alone opened care ("seguir viviendo").
MIN_WORDS = 2
# A stretch of fewer words than this is short: it is read only as one phrase, in one clause
# (so not two one-word messages read together by the split-cry check, "спасибо" then
# "умереть"), and its gate is never waived (`bot.care.model.Gate`).
SHORT_UNDER = 3
# What normalised text keeps of white space holding a line break (two messages read together
# are joined by one, `bot.journey.care_join`). It ends a clause only in a short text: a longer
# one is read as one line, as the model learnt from one-line messages (line breaks as clause
# ends raised the false alarms of four everyday lines sent as one message from 0.04 to 0.08 in
# English and 0.09 to 0.16 in Russian).
LINE_BREAK = "\n"
# A clause of one word ("чтобы", "ugh") says too little to be scored on its own.
_MIN_CLAUSE_WORDS = 2
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
# Words: letters (any script), digits, the apostrophe inside a word ("don't"); and each
# pictograph on its own ("🔪", "🪦", "💊" say as much as a word).
_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[\U0001F300-\U0001FAFF\u2620\u26B0\u2694]")


def words(text: str) -> list[str]:
    """The words of already-normalised text, letters repeated 3+ times squeezed to two."""
    return _WORDS.findall(_REPEATS.sub(r"\1\1", text))


def _count(text: str) -> int:
    """How many `words` the text has (squeezing letters changes none)."""
    return len(_WORDS.findall(text))


def draws(stretch: str) -> int:
    """Whether a stretch counts toward the length penalty (1) or not (0). The penalty corrects
    for the best of many everyday stretches being high by chance; a stretch holding an idiom
    the lists cut out (`IDIOM_GAP`) is known everyday words, not a draw of chance, and without
    this a cry beside "убить время" lost to the stretches the idiom made what it scored alone
    ("пошли гулять, чтобы убить время. вчера час стояла на мосту")."""
    return 0 if IDIOM_GAP in stretch.split() else 1


# A stretch as a range of a sequence of tokens: [start, end).
Range = tuple[int, int]


@dataclass(frozen=True)
class Span:
    """Tokens, and the stretches scored over them as ranges (`spans`)."""

    tokens: list[str]
    ranges: list[Range]

    def text(self, stretch: Range) -> str:
        return " ".join(self.tokens[stretch[0] : stretch[1]])

    def draws(self) -> int:
        """How many of its stretches count toward the length penalty (`draws`): those that
        hold no `IDIOM_GAP` token."""
        gaps = [index for index, text in enumerate(self.tokens) if text == IDIOM_GAP]
        if not gaps:
            return len(self.ranges)
        return sum(not any(start <= gap < end for gap in gaps) for start, end in self.ranges)


def windows(start: int, end: int) -> Iterator[Range]:
    """The range whole, or in overlapping windows of WINDOW_WORDS if it is longer."""
    if end - start <= WINDOW_WORDS:
        yield start, end
        return
    for first in range(start, end - _WINDOW_STEP, _WINDOW_STEP):
        yield first, min(first + WINDOW_WORDS, end)


def spans(normalised: str) -> list[Span]:
    """The stretches of text a message is scored by (none if it has fewer than MIN_WORDS
    words): the whole of it (long ones in windows), and when there are several clauses each
    clause and pair of neighbouring clauses, so a calm clause or an idiom beside a cry cannot
    dilute it. (Cross-validation says clauses read at par cost about three points of recall
    at the same false alarms, a clause of an everyday message out of its context; they are
    kept, as a cry beside calm words must not be missed.) One span holds them all: the whole's
    tokens, then the clauses' one after the other (a pair of clauses is a range of them too),
    so the model scores a message in one pass (no range crosses from the whole to a clause)."""
    count = _count(normalised)
    if count < MIN_WORDS or (count < SHORT_UNDER and _clauses(normalised) > 1):
        return []  # "спасибо\nумереть", "ya. adios": two words, two clauses, no phrase
    normalised = normalised.replace(LINE_BREAK, " ")
    tokens = normalised.split()
    ranges = list(windows(0, len(tokens)))
    clauses = [(c.split(), n) for c in _CLAUSES.split(normalised) if (n := _count(c))]
    if len(clauses) < 2:
        return [Span(tokens, ranges)]
    bounds: list[Range] = []
    for clause, count in clauses:
        bounds.append((len(tokens), len(tokens) + len(clause)))
        tokens += clause
        if count >= _MIN_CLAUSE_WORDS:
            ranges += windows(*bounds[-1])
    if len(clauses) > 2:  # "мне конец, всё" beside an unrelated sentence
        ranges += (r for (start, _), (_, end) in pairwise(bounds) for r in windows(start, end))
    return [Span(tokens, ranges)]


def _clauses(normalised: str) -> int:
    return sum(1 for clause in _CLAUSES.split(normalised) if _count(clause))


def segments(normalised: str) -> Iterator[str]:
    """The text of each stretch a message is scored by (`spans`), in order."""
    for span in spans(normalised):
        yield from map(span.text, span.ranges)


# Russian typed in Latin letters ("hochu umeret", "vypil vse tabletki"), read back in Cyrillic:
# the longest spelling first at each point.
_TRANSLIT = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("yo", "е"), ("ye", "е"), ("ju", "ю"), ("ja", "я"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("c", "ц"), ("w", "в"), ("y", "ы"), ("x", "кс"), ("q", "к"), ("'", "ь"),
)  # fmt: skip
_TRANSLIT_RE = re.compile("|".join(re.escape(latin) for latin, _ in _TRANSLIT))
_TRANSLIT_MAP = dict(_TRANSLIT)
_LATIN = re.compile("[a-z]")
_CYRILLIC = re.compile("[а-я]")
_LATIN_WORD = re.compile("[a-z']+")
_CYRILLIC_WORD = re.compile("[а-яё]+")


# How many training messages a word must be in to count as a word of its language
# (`Vocabulary`): rarer ones are names, typos and one writer's slang.
_COMMON_IN = 3


@dataclass(frozen=True)
class Vocabulary:
    """The words common in the training corpus: English ones in Latin letters, Russian ones in
    Cyrillic. They tell a Russian speaker's English ("i want to", "she listens") from their
    Russian typed in Latin letters ("ya ustala"): read in Cyrillic, English is gibberish
    ("и вант то", "ше листенс") the model scored as a cry, and care opened on an anchor's
    reason typed in English. Learnt by `scripts/train_care_model.py`, shipped in the model.
    """

    english: frozenset[str] = frozenset()
    russian: frozenset[str] = frozenset()

    @classmethod
    def learn(cls, english: Iterable[str], russian: Iterable[str]) -> Vocabulary:
        """From normalised English and Russian messages: each word in `_COMMON_IN` of them."""
        return cls(_common(english, _LATIN_WORD), _common(russian, _CYRILLIC_WORD))

    def is_english(self, normalised: str) -> bool:
        """Whether more of a Latin-letter text's words are English only than Russian only
        ("i", "to", "no", "da" are both, and a word neither knows says nothing)."""
        votes = 0
        for word in words(normalised):
            english = word in self.english
            russian = _cyrillic(word) in self.russian
            votes += int(english and not russian) - int(russian and not english)
        return votes > 0


def _common(texts: Iterable[str], kind: re.Pattern[str]) -> frozenset[str]:
    counts = Counter(word for text in texts for word in set(words(text)) if kind.fullmatch(word))
    return frozenset(word for word, count in counts.items() if count >= _COMMON_IN)


def _cyrillic(latin: str) -> str:
    return _TRANSLIT_RE.sub(lambda m: _TRANSLIT_MAP[m.group(0)], latin)


def readings(normalised: str, locale: str, vocabulary: Vocabulary) -> list[str]:
    """The text as the model reads it: as it is; for a Russian speaker who wrote in Latin
    letters only, and not in English (`Vocabulary`), first in Cyrillic (what it learns from),
    then as it is."""
    base = (locale or "").lower().replace("_", "-").split("-")[0]
    if base != "ru" or not _LATIN.search(normalised) or _CYRILLIC.search(normalised):
        return [normalised]
    if vocabulary.is_english(normalised):
        return [normalised]
    return [_cyrillic(normalised), normalised]
