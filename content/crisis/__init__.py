r"""Words of crisis, idioms that only look like them, and where to find help now.

These files are content, meant to be read and reviewed by people who are not programmers:
`rewrites.py` (steps 2 and 3's tables, keyed by language), and per language a folder with
`crisis.txt` (step 4) and `false_alarms.txt` (step 3's phrases): one phrase a line, `#` for a
comment, `{NAME}` for a building block of `fragments.py` (`{NAME:inner}`: without its outer
(?:...)). Adding a language means an entry in each table of `rewrites.py` and its folder here.

How the check works (see `bot.care.has_crisis_words`):

1. The text is tidied: lower-case, ё → е, curly apostrophes → ', extra spaces removed, letters
   spelled out with dots joined ("k.m.s" → "kms"), and letters repeated three times or more
   squeezed ("dieeee" → "die"; both "die" and "diee" are tried).
2. REWRITES (rewrites.py) turn slang, missing apostrophes and common misspellings into plain words
   ("dont" → "don't", "wanna" → "want to", "нехочу" → "не хочу"), and TYPO_WORDS fixes a word
   one letter away from a key word ("sucidal" → "suicidal", "умиреть" → "умереть").
3. Every false-alarm phrase (false_alarms.txt) is cut out of the text ("my phone died", "убить время").
4. If any crisis phrase (crisis.txt) is still there, the bot answers with care.

The phrase lists hold *regular-expression fragments*, not plain text. The few symbols used:
  \b           a word edge: "\bkill" matches "kill" but not "skill"
  \s+          one space (the text is tidied, so one is enough)
  (?:a|b)      either "a" or "b"
  x?           "x" is optional: "cuts?" matches "cut" and "cuts"
  \w*          the rest of a word, any ending: "суицид\w*" matches "суицидальные"
  (?:\w+\s+){0,2}   up to two words of any kind
  (?!...)      "not followed by ...";  (?<!...) "not preceded by ..."
Write everything in lower case, with е instead of ё, and in the form left after step 2
("don't", not "do not"; "want to", not "wanna"). Every entry must start where a word starts
(begin it with \b, or with a "not preceded by" check and then \b).

Guiding rule: missing a person in danger is far worse than a gentle, unneeded check-in.
So crisis phrases are broad, and false alarms are narrow: a false-alarm entry must never
swallow a real cry for help (e.g. "to die for" is not cut out after "want ").

The labelled phrases that measure all this are in tests/care_eval/; run
`python -m benchmarks.care_recall` after any change here.
"""

from __future__ import annotations

import re
from pathlib import Path

from content.crisis import fragments
from content.crisis.rewrites import REWRITES, TYPO_KEEP, TYPO_WORDS

__all__ = ["CRISIS_PATTERNS", "FALSE_ALARM_PATTERNS", "REWRITES", "TYPO_KEEP", "TYPO_WORDS"]

HERE = Path(__file__).resolve().parent
LANGUAGES = tuple(REWRITES)
_BLOCK = re.compile(r"\{([A-Z][A-Z_]*)(:inner)?\}")


def _block(match: re.Match[str]) -> str:
    value: str = getattr(fragments, match.group(1))
    if match.group(2):
        if not (value.startswith("(?:") and value.endswith(")")):
            raise ValueError(f"{match.group(1)} has no outer (?:...) to leave out")
        return value[3:-1]
    return value


def phrases(path: Path) -> tuple[str, ...]:
    """One pattern a line; blank lines and `#` comments skipped, building blocks filled in."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(_BLOCK.sub(_block, line) for line in lines if line and not line.startswith("#"))


CRISIS_PATTERNS: dict[str, tuple[str, ...]] = {
    language: phrases(HERE / language / "crisis.txt") for language in LANGUAGES
}
FALSE_ALARM_PATTERNS: dict[str, tuple[str, ...]] = {
    language: phrases(HERE / language / "false_alarms.txt") for language in LANGUAGES
}
