"""Care: the crisis-word check, its model and the help lines.

`has_crisis_words(text, locale) -> bool` is a public interface (the journey, benchmarks and
outside callers use it); the rest is importable here for the benchmarks and scripts.
"""

from bot.care.detector import explain, has_crisis_words, has_listed_words, warm

__all__ = ["explain", "has_crisis_words", "has_listed_words", "warm"]
