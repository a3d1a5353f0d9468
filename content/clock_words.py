"""Words people use for a time of day, in en, ru and es, read by bot/timing/spoken_time.py:
"half past eight", «в полдевятого вечера», "a las ocho y media", "quarter to nine".
"""

from __future__ import annotations

# Numbers as words, with the Russian genitive of «без пяти восемь» and «без двадцати».
NUMBERS: dict[str, int] = {
    **dict(zip("zero one two three four five six seven eight nine ten eleven twelve thirteen "  # noqa: SIM905
               "fourteen fifteen sixteen seventeen eighteen nineteen".split(), range(20), strict=True)),
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    **dict(zip("ноль один два три четыре пять шесть семь восемь девять десять одиннадцать "  # noqa: SIM905
               "двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
               "восемнадцать девятнадцать".split(), range(20), strict=True)),
    "одна": 1, "две": 2, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "одной": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
    "девяти": 9, "десяти": 10, "пятнадцати": 15, "двадцати": 20,
    **dict(zip("cero una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "  # noqa: SIM905
               "quince dieciseis diecisiete dieciocho diecinueve veinte".split(), range(21), strict=True)),
    "uno": 1, "veintiuno": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
}  # fmt: skip

# Russian ordinals in the genitive: «полдевятого» is half an hour before nine.
ORDINALS: dict[str, int] = dict(
    zip("первого второго третьего четвертого пятого шестого седьмого восьмого девятого десятого "  # noqa: SIM905
        "одиннадцатого двенадцатого".split(), range(1, 13), strict=True)
)  # fmt: skip

# Words for a part of the day, to the hours they mean.
MORNING = ("am", "in the morning", "morning", "this morning", "утра", "утром", "de la mañana",
           "por la mañana", "de la madrugada", "madrugada", "mañana")  # fmt: skip
AFTERNOON = ("pm", "in the evening", "in the afternoon", "evening", "afternoon", "tonight",
             "this evening", "вечера", "вечером", "дня", "днем", "de la tarde", "por la tarde",
             "tarde")  # fmt: skip
NIGHT = ("at night", "night", "ночи", "ночью", "de la noche", "por la noche", "noche")
NOON = ("noon", "midday", "полдень", "mediodia", "el mediodia")
MIDNIGHT = ("midnight", "полночь", "medianoche", "la medianoche")

# Words around a time that add nothing: "at", «в», "a las", "o'clock", «часов», "en punto".
FILLERS = frozenset(
    "at around about by approx approximately ish o'clock oclock sharp в во к около примерно где-то "  # noqa: SIM905
    "часов часа минут минуты минута a las la sobre hacia eso de en punto horas hs minutos".split()
)  # fmt: skip
