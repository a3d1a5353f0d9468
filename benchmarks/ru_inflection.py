"""How well each Russian inflection library declines the names people give their anchor.

The table tests/ru_names.tsv (written by hand from the grammar) has 230+ first names, full and
short, male and female, and kinship words alone and with a name («бабушка Нина», «мой брат
Дима»), each in six cases with its gender. Every candidate declines every row into the five
oblique cases without being told the gender, as the bot must; a cell counts when it matches
exactly. Gender is scored where the table gives one (m/f), and a guess on an "either" name
(Саша, Женя) counts as wrong: the bot must then fall back to neutral words.

    .venv/bin/python benchmarks/ru_inflection.py            # the summary
    .venv/bin/python benchmarks/ru_inflection.py --misses   # and each candidate's wrong cells

Candidates: petrovich and pytrovich (the petrovich rules; the first has no gender detector),
pymorphy3 (the OpenCorpora dictionary) alone, and content.grammar (what the bot uses).
Libraries not installed are skipped; install them with `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TABLE = Path(__file__).resolve().parent.parent / "tests" / "ru_names.tsv"
HOLDOUT = TABLE.with_name("ru_names_holdout.tsv")  # written before tuning, reported apart
CASES = ("genitive", "dative", "accusative", "instrumental", "prepositional")

Inflect = Callable[[str, str], str]
Guess = Callable[[str], str]  # "m", "f" or "a" (cannot tell)


@dataclass(frozen=True)
class Row:
    words: str
    gender: str
    forms: dict[str, str]

    @property
    def kinship(self) -> bool:
        return self.words[:1].islower()


def load(path: Path = TABLE) -> list[Row]:
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("nominative\t"):
            continue
        nominative, gender, *forms = line.split("\t")
        rows.append(Row(nominative, gender, dict(zip(CASES, forms, strict=True))))
    return rows


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def petrovich_candidate() -> tuple[Inflect, Guess] | None:
    if not _installed("petrovich"):
        return None
    from petrovich.enums import Case
    from petrovich.main import Petrovich

    engine = Petrovich()
    cases = {
        "genitive": Case.GENITIVE,
        "dative": Case.DATIVE,
        "accusative": Case.ACCUSATIVE,
        "instrumental": Case.INSTRUMENTAL,
        "prepositional": Case.PREPOSITIONAL,
    }

    def inflect(words: str, case: str) -> str:
        return " ".join(engine.firstname(w, cases[case]) for w in words.split())

    return inflect, lambda words: "a"  # petrovich has no gender detector


def pytrovich_candidate() -> tuple[Inflect, Guess] | None:
    if not _installed("pytrovich"):
        return None
    from pytrovich.detector import PetrovichGenderDetector
    from pytrovich.enums import Case, Gender, NamePart
    from pytrovich.maker import PetrovichDeclinationMaker

    detector, maker = PetrovichGenderDetector(), PetrovichDeclinationMaker()

    def one(word: str, case: str) -> str:
        gender = detector.detect(firstname=word)
        return maker.make(NamePart.FIRSTNAME, gender, Case[case.upper()], word, known_gender=False)

    def inflect(words: str, case: str) -> str:
        return " ".join(one(w, case) for w in words.split())

    def guess(words: str) -> str:
        found = detector.detect(firstname=words.split()[-1])
        return {Gender.MALE: "m", Gender.FEMALE: "f"}.get(found, "a")

    return inflect, guess


def pymorphy3_candidate() -> tuple[Inflect, Guess] | None:
    if not _installed("pymorphy3"):
        return None
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    cases = {
        "genitive": "gent",
        "dative": "datv",
        "accusative": "accs",
        "instrumental": "ablt",
        "prepositional": "loct",
    }

    def first(word: str) -> object | None:
        parses = [p for p in morph.parse(word) if "nomn" in p.tag and "sing" in p.tag]
        return parses[0] if parses else None

    def one(word: str, case: str) -> str:
        parse = first(word)
        inflected = parse.inflect({cases[case]}) if parse is not None else None  # type: ignore[attr-defined]
        if inflected is None:
            return word
        form = str(inflected.word)
        return form[:1].upper() + form[1:] if word[:1].isupper() else form

    def guess(words: str) -> str:
        parse = first(words.split()[-1])
        tag = parse.tag if parse is not None else ""  # type: ignore[attr-defined]
        return "m" if "masc" in tag else "f" if "femn" in tag else "a"

    return (lambda words, case: " ".join(one(w, case) for w in words.split())), guess


def ours_candidate() -> tuple[Inflect, Guess] | None:
    if not (_installed("pymorphy3") and _installed("pytrovich")):
        return None
    from content.grammar import Gender, gender, inflect

    def guess(words: str) -> str:
        found = gender(words)
        return {Gender.MASCULINE: "m", Gender.FEMININE: "f"}.get(found, "a")

    return inflect, guess


CANDIDATES: dict[str, Callable[[], tuple[Inflect, Guess] | None]] = {
    "petrovich": petrovich_candidate,
    "pytrovich": pytrovich_candidate,
    "pymorphy3": pymorphy3_candidate,
    "content.grammar (pytrovich+pymorphy3)": ours_candidate,
}


@dataclass
class Score:
    cells: int = 0
    right: int = 0
    rows: int = 0
    rows_right: int = 0

    def pct(self) -> str:
        return f"{100 * self.right / max(self.cells, 1):5.1f}% ({self.right}/{self.cells})"

    def rows_pct(self) -> str:
        return f"{100 * self.rows_right / max(self.rows, 1):5.1f}% ({self.rows_right}/{self.rows})"


def score(rows: list[Row], inflect: Inflect, misses: list[str]) -> Score:
    result = Score()
    for row in rows:
        whole = True
        for case in CASES:
            got = inflect(row.words, case)
            result.cells += 1
            if got == row.forms[case]:
                result.right += 1
            else:
                whole = False
                misses.append(f"{row.words} {case}: {got} (want {row.forms[case]})")
        result.rows += 1
        result.rows_right += whole
    return result


def gender_score(rows: list[Row], guess: Guess) -> tuple[int, int, int]:
    """(right, wrong, neutral) over the rows with a gender; on "either" rows any guess is wrong."""
    right = wrong = neutral = 0
    for row in rows:
        found = guess(row.words)
        if found == row.gender:
            right += 1
        elif found == "a":
            neutral += 1
        else:
            wrong += 1
    return right, wrong, neutral


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong cell")
    args = parser.parse_args()
    for title, path in (("tuned on", TABLE), ("held out", HOLDOUT)):
        print(f"== {title}: {path.name}")
        report(load(path), args.misses)


def report(rows: list[Row], show_misses: bool) -> None:
    names = [r for r in rows if not r.kinship]
    kin = [r for r in rows if r.kinship]
    print(f"table: {len(names)} first names, {len(kin)} kinship words and phrases, 5 cases each")
    print(
        f"{'candidate':40} {'names (cells)':>20} {'kinship (cells)':>18} "
        f"{'all rows whole':>18} {'gender right/wrong/neutral':>28}"
    )
    for label, build in CANDIDATES.items():
        built = build()
        if built is None:
            print(f"{label:40} not installed")
            continue
        inflect, guess = built
        misses: list[str] = []
        by_names, by_kin = score(names, inflect, misses), score(kin, inflect, misses)
        whole = Score(rows=len(rows), rows_right=by_names.rows_right + by_kin.rows_right)
        right, wrong, neutral = gender_score(rows, guess)
        print(
            f"{label:40} {by_names.pct():>20} {by_kin.pct():>18} {whole.rows_pct():>18} "
            f"{f'{right}/{wrong}/{neutral}':>28}"
        )
        if show_misses:
            for miss in misses:
                print(f"    {miss}")


if __name__ == "__main__":
    main()
