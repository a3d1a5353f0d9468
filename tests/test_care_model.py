"""The care detector's second layer: wordings no phrase list has, and look-alikes it must leave.

The new wordings here are written for these tests; none is in the training corpus
(training/care_corpus/) or the labelled sets (tests/care_eval/), which a test below checks.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.care.detector import (
    explain,
    has_crisis_words,
    has_listed_words,
    model_says_crisis,
    model_text,
)
from bot.care.features import features, lexicon_digest
from bot.care.model import MODEL_PATH, Gate, LengthPenalty, gate, load_model
from bot.care.stretches import Vocabulary, draws, readings, segments, words

ROOT = Path(__file__).resolve().parent.parent

# Crisis told in ways the phrase lists do not know (each checked below to be missed by them).
NEW_WORDINGS = [
    ("en", "i dont think i can keep myself safe till morning"),
    ("en", "honestly im scared of myself tonight"),
    ("en", "i carved lines into my arm again"),
    ("ru", "за себя сегодня не ручаюсь, честно"),
    ("ru", "снова изрезала руки"),
    ("ru", "хочу уйти, насовсем"),
    ("es", "ya no respondo de mí esta noche"),
    ("es", "ya decidí que esta es mi última semana"),
    ("es", "quiero irme, para siempre"),
]

# Crisis the detector must notice, whichever layer does it.
MUST_NOTICE = [
    *NEW_WORDINGS,
    ("en", "i just want to disappear"),  # quoted in issue #16
    ("en", "im done with everything"),  # quoted in issue #16
    ("en", "i already took all of grandmas heart tablets"),
    ("en", "been hoarding my tablets for when the time comes"),
    ("ru", "я уже выпила всё из аптечки, засыпаю"),
    ("ru", "коплю снотворное на потом"),
    ("es", "me tomé todo el botiquín"),
    ("es", "voy juntando las pastillas para cuando sea"),
]

# Cries that end on a short clause which alone outscores the whole ("ya está"): two words
# without an idea of danger never fire, and they must not hide the whole, which does.
ENDS_ON_A_SHORT_CLAUSE = [
    ("en", "the hard thing this week was choosing. its decided"),
    ("ru", "трудное на этой неделе: выбрал. решение принято"),
    ("es", "le dejé una carta a mi madre, ya está"),
]

# Russian typed in Latin letters by someone whose language is Russian: read in Cyrillic too.
TRANSLIT = [
    "segodnya noch yu vse zakonchu, ya reshila",
    "nakopila tabletok, zavtra vyp yu vse",
    "skoro menya ne stanet, prostite",
    "ya stoyu na kryshe i dumayu prygnut",
]

HARD_NEGATIVES = [
    ("en", "this exam is killing me"),
    ("en", "done with this job for good"),
    ("en", "i'm done with everything on my list for today"),
    ("en", "how high is the eiffel tower"),
    ("en", "saving up for a new phone"),
    ("ru", "умираю от скуки"),
    ("ru", "последняя неделя отпуска, грустно"),
    ("ru", "коплю на новый ноутбук"),
    ("es", "me muero de risa"),
    ("es", "última semana de clases"),
    ("es", "estoy ahorrando para las vacaciones"),
]


def _all_labelled_lines() -> set[str]:
    files = [*(ROOT / "training" / "care_corpus").glob("*/*.txt")]
    files += [*(ROOT / "tests" / "care_eval").glob("*/*.txt")]
    return {line.strip().lower() for f in files for line in f.read_text("utf-8").splitlines()}


def test_the_new_wordings_here_are_not_in_any_labelled_set() -> None:
    seen = _all_labelled_lines()
    assert [t for _, t in [*NEW_WORDINGS, *ENDS_ON_A_SHORT_CLAUSE] if t.lower() in seen] == []
    assert [t for t in TRANSLIT if t in seen] == []


@pytest.mark.parametrize("text", TRANSLIT)
def test_russian_in_latin_letters_is_read_in_cyrillic_for_a_russian_speaker(text: str) -> None:
    assert not has_listed_words(text, "ru")
    assert model_says_crisis(text, "ru")
    # An English speaker's Latin letters are read as they are (that the model may still
    # catch a Russian cry typed that way on an English phone is a catch, not a false alarm).
    assert readings(text, "en", load_model().vocabulary) == [text]


def test_only_a_russian_speakers_latin_only_text_gets_a_cyrillic_reading() -> None:
    known = load_model().vocabulary
    assert readings("ya ustala, shchi i zhizn'", "ru-RU", known) == [
        "я устала, щи и жизнь",
        "ya ustala, shchi i zhizn'",
    ]
    assert readings("i'm so tired", "en", known) == ["i'm so tired"]
    assert readings("я так устала, sorry", "ru", known) == ["я так устала, sorry"]


@pytest.mark.parametrize(
    "text",
    [
        "She never judges me.",
        "he is always there for me",
        "my sister, she just gets me",
        "i want to",
        "Mira\nShe listens.\nIST",
        "Dad. He listens without fixing",
        "went swimming today, scary but good",
    ],
)
def test_a_russian_speakers_english_is_not_read_as_russian(text: str) -> None:
    """An anchor answer in English from someone whose phone speaks Russian: read in Cyrillic
    ("ше невер юдгес ме", "и вант то") it was gibberish the model scored as a cry, and care
    opened."""
    assert readings(text.lower(), "ru", load_model().vocabulary) == [text.lower()]
    assert not has_crisis_words(text, "ru")


@pytest.mark.parametrize(
    "text",
    ["ne mogu tak bolshe", "segodnya bylo ochen tyazhelo", "ya boyus sebya", "mne ploho"],
)
def test_russian_in_latin_letters_with_english_look_alike_words_is_still_read_in_cyrillic(
    text: str,
) -> None:
    """Words such as "ne", "mne" and "ya" are Latin letters but no English words: Russian."""
    assert readings(text, "ru", load_model().vocabulary)[0] != text


def test_a_word_is_a_word_of_its_language_once_three_messages_hold_it() -> None:
    english = ["she listens", "she never judges", "she is kind", "he listens"]
    russian = ["она слушает", "она рядом", "она добрая", "он слушает"]
    known = Vocabulary.learn(english, russian)
    assert known.english == {"she"}
    assert known.russian == {"она"}
    # "she" is English only; "ona" reads as "она", Russian only; "listens" neither knows.
    assert known.is_english("she listens")
    assert not known.is_english("ona listens")
    assert not known.is_english("she ona")


@pytest.mark.parametrize(("locale", "text"), NEW_WORDINGS)
def test_the_model_reaches_wordings_the_lists_miss(locale: str, text: str) -> None:
    assert not has_listed_words(text, locale)  # the lists alone would miss it...
    assert model_says_crisis(text, locale)  # ...the model does not
    assert has_crisis_words(text, locale)


@pytest.mark.parametrize(("locale", "text"), MUST_NOTICE)
def test_indirect_and_in_progress_crises_are_noticed(locale: str, text: str) -> None:
    assert has_crisis_words(text, locale)


@pytest.mark.parametrize(("locale", "text"), HARD_NEGATIVES)
def test_look_alikes_are_left_alone(locale: str, text: str) -> None:
    assert not has_crisis_words(text, locale)


@pytest.mark.parametrize("locale", ["en", "ru", "es"])
def test_a_cry_at_the_end_of_a_long_calm_message_is_noticed(locale: str) -> None:
    calm = {
        "en": "we went to the market and bought apples. ",
        "ru": "мы ходили на рынок. ",
        "es": "fuimos al mercado a comprar fruta. ",
    }[locale]
    cry = next(text for code, text in NEW_WORDINGS if code == locale)
    text = calm * ((4096 - len(cry)) // len(calm)) + cry
    assert len(text) <= 4096
    assert has_crisis_words(text, locale)
    assert not has_crisis_words(calm * 90, locale)


def test_explain_says_when_the_model_noticed() -> None:
    reasons = explain("honestly im scared of myself tonight", "en")
    assert any(r.startswith("model p=") for r in reasons)
    assert explain("this exam is killing me", "en") == []


def test_the_shipped_model_matches_the_concept_table_and_has_a_cut_off_per_language() -> None:
    model = load_model(MODEL_PATH)  # raises if content/crisis_concepts.py changed since training
    assert set(model.thresholds) == {"en", "ru", "es"}
    assert model.threshold("pt-BR") == model.thresholds["en"]
    assert len(lexicon_digest()) == 16


def test_features_come_in_three_blocks_and_carry_the_ideas() -> None:
    stretch = next(segments("i took all of them!"))
    chars, words, ideas = features(stretch)
    assert features(stretch) == (chars, words, ideas)
    assert {" to", "took", "ok ", "em!", "m! "} <= chars  # punctuation stays with its word
    assert {"w:took", "b:took all"} <= words and "w:i" not in words
    assert {"c:TAKE", "c:ALL", "c:ALL+TAKE"} <= ideas


def test_clauses_are_scored_on_their_own_so_calm_words_cannot_dilute_a_cry() -> None:
    stretches = list(segments("lovely walk today, swallowed the whole pack"))
    assert stretches[0] == "lovely walk today, swallowed the whole pack"
    assert "swallowed the whole pack" in stretches


def test_training_never_reads_the_dev_test_half_or_the_held_out_set() -> None:
    """The trainer names half A and no other file of tests/care_eval/; the held-out sets are
    read only through the import script's `heldout_keys`, to leave their lines out."""
    source = (ROOT / "scripts" / "train_care_model.py").read_text("utf-8")
    assert '"crisis_a.txt"' in source and '"everyday_a.txt"' in source
    code = source.split('"""', 2)[2]
    assert "_b.txt" not in code
    assert "heldout" not in code.replace("heldout_keys", "")
    assert "if key in held_out:" in code


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("He never judges me.", "en"),
        ("¡Tú puedes con todo! Estoy contigo.", "es"),
        ("Gracias a ti. Aquí estoy.", "es"),
        ("Siempre me escucha sin juzgarme", "es"),
        ("мама всегда рядом и никогда не осуждает", "ru"),
    ],
)
def test_kind_words_a_week_holds_are_no_crisis(text: str, locale: str) -> None:
    """Why an anchor is safe, a message from them, a thank-you: the model alone fired on these."""
    assert not has_crisis_words(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("and then i", "en"),
        ("so then i", "en"),
        ("y luego yo", "es"),
        ("y entonces yo", "es"),
        ("а потом я", "ru"),
        ("и тогда я", "ru"),
    ],
)
def test_a_message_of_only_little_words_is_no_crisis(text: str, locale: str) -> None:
    """A person starts a story in two messages with "and then i" (the care check now reads
    the two together): words with no meaning of their own never open care by themselves."""
    assert not has_crisis_words(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("and then i took all of them", "en"),
        ("i don't want to be here anymore", "en"),
        ("y luego me corté otra vez", "es"),
        ("а потом я наглоталась таблеток", "ru"),
    ],
)
def test_little_words_beside_a_cry_still_open_care(text: str, locale: str) -> None:
    assert has_crisis_words(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("a las once y media de la noche", "es"),
        ("esta noche a las once", "es"),
        ("tonight at 11", "en"),
        ("at half past eleven tonight", "en"),
        ("сегодня в 23:00", "ru"),
        ("в полночь", "ru"),
    ],
)
def test_a_time_typed_to_the_bot_is_no_crisis(text: str, locale: str) -> None:
    """People type the time of their check-in in words; "tonight" is a cry's word too."""
    assert not has_crisis_words(text, locale)


def test_a_small_writers_few_false_alarms_do_not_hold_every_cut_off_but_a_large_ones_do() -> None:
    """The trainer's per-writer limit: 3 false alarms in 20 everyday lines (0.15) may be luck;
    150 in 1,000 is not; the product's own register is held by its plain rate."""
    from scripts.train_care_model import _over

    assert not _over(np.array([True] * 3 + [False] * 17), 0.11, exact=False)
    assert _over(np.array([True] * 150 + [False] * 850), 0.11, exact=False)
    assert _over(np.array([True] * 3 + [False] * 17), 0.11, exact=True)


def test_fewer_folds_still_score_every_writer_by_a_model_that_never_saw_them() -> None:
    """The trainer's folds: every source in exactly one group (held out together, so no
    message is scored by a model trained on its writer), groups of about the same size."""
    from scripts.train_care_model import source_groups

    sources = np.array(["a"] * 50 + ["b"] * 30 + ["c"] * 20 + ["d"] * 20 + ["e"] * 10)
    groups = source_groups(sources, 3)
    assert sorted(s for group in groups for s in group) == ["a", "b", "c", "d", "e"]
    sizes = sorted(int(np.isin(sources, group).sum()) for group in groups)
    assert sizes == [40, 40, 50]
    assert source_groups(sources, 0) == [["a"], ["b"], ["c"], ["d"], ["e"]]


def test_an_idiom_the_lists_cut_out_adds_no_chance_stretch() -> None:
    """The length penalty counts the stretches a message was scored by; those holding a cut-out
    idiom are known everyday words, so a cry beside one keeps what it scored alone."""
    text = "пошли гулять, чтобы убить время. вчера час стояла на мосту"
    assert has_crisis_words("вчера час стояла на мосту", "ru")
    assert has_crisis_words(text, "ru")
    assert draws("пошли гулять чтобы idiomgap") == 0
    assert draws("вчера час стояла на мосту") == 1


def test_contrast_writers_hardest_everyday_lines_are_held_only_by_the_pooled_limit() -> None:
    """A writer asked for the hardest everyday lines on purpose (the same topics as a quiet cry)
    is learnt from, but their false alarms do not hold every cut-off up alone."""
    from scripts.train_care_model import CONTRAST, Limit, Scored, _lowest_cut

    found = Scored(np.array([5.0] * 10 + [0.0] * 90), np.full(100, -np.inf))
    listed = np.zeros(100, dtype=bool)
    limit = Limit(writer=0.11, pooled=0.2, register=0.03)
    contrast = next(iter(sorted(CONTRAST)))
    for writer, held in ((contrast, False), ("c99", True)):
        writers = np.array([writer] * 10 + ["other"] * 90)
        cut = _lowest_cut(found, listed, writers, 1.0, limit)
        assert (cut > 5.0) is held, (writer, cut)


def test_the_length_penalty_is_steeper_for_long_messages_only_up_to_a_point() -> None:
    """A long everyday vent's many windows pay more per stretch than a short message's few;
    past the steeper part's end only the base rate grows, so a cry at the end of a
    4,096-character message stays within reach. The trainer and the bot use the same one."""
    penalty = LengthPenalty(per_log=0.5, steeper=0.5, steeper_from=8, steeper_until=64)
    base = LengthPenalty(per_log=0.5)
    assert penalty.of(4) == base.of(4)
    assert penalty.of(32) == pytest.approx(base.of(32) + 0.5 * np.log(4))
    assert penalty.of(1000) - base.of(1000) == pytest.approx(0.5 * np.log(8))
    assert list(penalty.of(np.array([4, 32]))) == [penalty.of(4), penalty.of(32)]
    assert (
        LengthPenalty.from_json(
            {"length_penalty": 0.5, "length_penalty_steeper": penalty.to_json()}
        )
        == penalty
    )
    assert LengthPenalty.from_json({"length_penalty": 0.5}) == base


def test_a_near_tie_of_recall_goes_to_the_larger_gate_margin() -> None:
    """A gate waived at +1.0 rather than +1.5 for 0.0005 of recall let an anchor's "Estoy
    contigo." open care: a near-tie is no reason to waive the gate sooner; a real gain is."""
    from scripts.train_care_model import _widest_of_the_best

    assert _widest_of_the_best([(0.8967, 1.0, 1.09), (0.8962, 1.5, 0.70), (0.8895, 2.0, 0.45)]) == (
        0.70,
        1.5,
    )
    assert _widest_of_the_best([(0.900, 1.0, 1.09), (0.895, 1.5, 0.70)]) == (1.09, 1.0)


@pytest.mark.parametrize(("locale", "text"), ENDS_ON_A_SHORT_CLAUSE)
def test_a_short_clause_that_cannot_fire_does_not_hide_the_cry_around_it(
    locale: str, text: str
) -> None:
    model = load_model()
    assert has_crisis_words(text, locale)
    fired = model.firing(model_text(text, locale), locale)
    assert fired is not None and len(words(fired[1])) > 2, fired


def test_the_trainer_fires_on_the_best_stretch_that_can_fire() -> None:
    """Training decides as the bot does (`CareModel.firing`): a message fires on an open
    stretch past the cut-off or a waivable one `sure` past it, whatever scored higher."""
    from scripts.train_care_model import Scored

    found = Scored(np.array([1.2, 0.8, -np.inf, -np.inf]), np.array([9.0, -np.inf, 2.1, 1.9]))
    listed = np.array([False, False, False, True])
    assert list(found.decide(listed, cut=1.0, sure=1.0)) == [True, False, True, True]
    assert list(found.cut_offs(1.0)) == pytest.approx([8.0, 1.2, 1.1, 0.9, 0.8])


def test_a_stretch_of_two_words_fires_only_with_an_idea_of_danger() -> None:
    """Two words tell the model too little for its margin alone: "seguir viviendo" (the half
    of a split cry) must not open care however high it scores; "pills taken" may."""
    model = load_model()
    far = model.threshold("en") + model.sure["en"] + 10
    assert gate(words("seguir viviendo")) is Gate.SHUT
    assert not model.fires(far, "seguir viviendo", "es")
    assert gate(words("pills taken")) is Gate.OPEN
    assert model.fires(model.threshold("en"), "pills taken", "en")
    assert gate(words("i am fine today")) is Gate.WAIVABLE
    assert model.fires(far, "i am fine today", "en")  # far past the cut-off: waived
    assert not model.fires(model.threshold("en"), "i am fine today", "en")
    assert gate(words("and then i")) is Gate.SHUT
    assert not model.fires(far, "and then i", "en")
