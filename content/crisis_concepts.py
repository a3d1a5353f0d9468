"""The ideas behind words of crisis, for the care detector's second layer (`bot.care.model`).

The phrase lists in `content.crisis` match whole wordings. This table is looser: it only says
which *idea* a word carries (a means, taking something, all of it, finality, a decision, a
farewell, safety, self-injury told by the act...). The trained model sees each idea present in a
message and each pair of ideas ("TAKE + ALL", "LEAVE + FOREVER", "LOOKUP + HEIGHT"), so it can
learn intent × means × time × finality from a few examples and recognise the same combination
in words it never saw, in any of the three languages.

Entries are lower-case words as `bot.care.normalise` leaves them (е for ё); an entry ending in
"*" matches every word that starts with it ("таблет*" matches "таблетки"); an entry with a
space matches two words in a row. Changing this table changes the model's input: retrain with
`scripts/train_care_model.py` afterwards (a test checks the shipped model matches this table).
"""

from __future__ import annotations

# fmt: off
CONCEPTS: dict[str, tuple[str, ...]] = {
    "DIE": (
        "🪦", "⚰", "☠", "💀",
        "die", "died", "dying", "dead", "death", "suicid*", "kill", "killing", "kms", "kys",
        "unalive*", "sewerslide", "rope", "end it", "end myself", "od",
        "умер*", "умир*", "сдох*", "смерт*", "суицид*", "убью", "убить", "покончи*", "кончу",
        "выпил*", "роскомнадзор*", "самовыпил*", "umeret", "sdohnut", "vypilit*",
        "morir*", "muer*", "matar*", "mato", "maté",
    ),
    "END": (
        "end", "ending", "over", "stop", "stops", "finish", "gone", "quit",
        "закончи*", "конец", "кончил*", "прекрат*", "прекращ*", "всё", "все",
        "terminar", "termine", "acabar", "acabe", "fin", "final",
    ),
    "FOREVER": (
        "forever", "for good", "permanently", "permanent", "never", "anymore", "any more",
        "навсегда", "насовсем", "никогда", "больше", "вечно",
        "para siempre", "nunca", "jamás", "jamas", "ya no",
    ),
    "LEAVE": (
        "disappear*", "dissapear*", "disapear*", "vanish*", "leave", "leaving", "out", "exist",
        "existing", "gone", "go",
        "исчез*", "ischez*", "уйти", "уйду", "уход*", "раствор*", "стало", "станет", "существ*",
        "desaparec*", "dessaparec*", "irme", "ir", "esfum*", "existir", "exista", "existiera",
        "esté", "estaré", "estar",
    ),
    "DECIDE": (
        "decided", "decide", "decision", "mind", "ready", "plan", "date", "picked", "set",
        "решил*", "решен*", "решаю", "готов*", "план", "дату", "выбрал*",
        "decidí", "decidi", "decidido", "decisión", "lista", "listo", "plan", "fecha", "elegí",
    ),
    "LAST": (
        "last", "goodbye", "goodbyes", "bye", "farewell", "note", "letter", "letters", "will",
        "последн*", "прощ*", "записк*", "письм*", "пока",
        "último", "última", "ultimo", "ultima", "adiós", "adios", "despedida", "despedí",
        "nota", "carta", "cartas",
        "testament", "give away", "giving away", "gave away", "for everything",
        "завещан*", "раздал*", "раздаю", "раздам", "передай*", "берегите", "простите",
        "testamento", "regalando", "regalé", "regale", "díganle", "diganle", "perdóname",
        "perdoname", "perdónenme", "perdonenme", "cuiden", "cuídense", "cuidense", "despid*",
    ),
    "NOW": (
        "tonight", "today", "now", "tomorrow", "morning", "night", "week", "sunday", "friday",
        "сегодня", "ночью", "ночь", "сейчас", "завтра", "утра", "неделя", "неделю", "пятниц*",
        "hoy", "noche", "ahora", "mañana", "semana", "domingo", "viernes",
    ),
    "SAFE": (
        "safe", "trust", "promise", "guarantee", "afraid", "scared", "stop me", "urge", "urges",
        "ручаюсь", "ручаться", "безопасн*", "останови*", "обещать", "боюсь", "страшно", "тянет",
        "salvo", "salva", "confío", "confio", "detenga", "pare", "prometer", "miedo", "ganas",
    ),
    "TAKE": (
        "took", "take", "taken", "taking", "swallowed", "swallow", "downed", "drank", "ate",
        "injected", "emptied", "mixed", "popped",
        "выпил*", "выпью", "принял*", "приняла", "приму", "съел*", "наглот*", "проглот*",
        "закинул*", "вколол*", "vypil*",
        "tomé", "tome", "tomar", "tomado", "tragué", "trague", "inyecté", "vacié", "mezclé",
    ),
    "ALL": (
        "all", "whole", "entire", "everything", "lot", "bunch", "fistful", "handful", "enough",
        "many", "much", "rest", "them",
        "всё", "все", "всю", "весь", "целую", "целый", "горсть", "столько", "достаточно",
        "кучу", "vse",
        "todo", "toda", "todas", "todos", "entera", "entero", "suficiente*", "montón", "puño",
        "las",
    ),
    "MEDS": (
        "💊",
        "pill*", "tablet*", "meds", "medication*", "medicine", "prescription", "bottle", "box",
        "pack", "strip", "cabinet", "drawer", "tylenol", "paracetamol", "xanax", "insulin",
        "antidepress*", "sleeping", "dose", "overdos*",
        "таблет*", "колес*", "лекарств*", "аптечк*", "пачк*", "упаковк*", "снотворн*",
        "инсулин*", "антидепресс*", "феназепам*", "доз*", "передоз*", "tabletk*",
        "pastilla*", "medicament*", "botiquín", "botiquin", "frasco", "caja", "receta",
        "insulina", "antidepresiv*", "clonazepam", "dosis", "sobredosis",
    ),
    "POISON": ("bleach", "antifreeze", "хлорк*", "уксус*", "cloro", "lejía", "lejia"),
    "SAVE": (
        "saving", "saved", "stockpil*", "collecting", "hoard*", "hiding", "hide",
        "коплю", "копила", "собираю", "накопил*", "прячу",
        "juntando", "junté", "guardando", "acumul*", "escondo",
    ),
    "LOOKUP": (
        "looked", "looking", "googled", "google", "search*", "research*", "how", "lethal",
        "fatal", "painless", "quickest",
        "смотрел*", "гуглил*", "искал*", "сколько", "какой", "смертельн*", "безболезнен*",
        "busqué", "busque", "buscando", "cuántas", "cuántos", "cuánta", "cuánto", "cuantas",
        "letal", "mortal", "dolor",
    ),
    "HEIGHT": (
        "bridge", "roof", "floor", "floors", "ledge", "edge", "building", "window", "balcony",
        "high", "jump", "jumping", "fall",
        "мост*", "крыш*", "этаж*", "окн*", "подоконник*", "балкон*", "краю", "край", "высот*",
        "прыг*", "спрыгн*", "шагну",
        "puente", "azotea", "piso", "pisos", "ventana", "balcón", "orilla", "edificio", "altura",
        "tirar", "tiro", "aventar",
    ),
    "MEANS": (
        "🔪", "🔫", "🪢", "🌉",
        "rope", "noose", "knot", "gun", "blade", "blades", "razor*", "knife", "knives", "train",
        "tracks", "river", "water", "engine", "garage", "bullet", "veins", "wrists",
        "верёвк*", "веревк*", "петл*", "ружь*", "пистолет*", "лезви*", "нож*", "рельс*", "поезд*",
        "рек*", "вен*", "вода", "мотор*",
        "cuerda", "nudo", "pistola", "arma", "cuchill*", "vías", "tren", "río", "venas", "motor",
    ),
    "HARM": (
        "🩸",
        "cut", "cuts", "cutting", "carved", "sliced", "slit", "burned", "burnt", "scratched",
        "punched", "banged", "hit", "bleed", "bled", "blood", "relapse*", "hurt", "hurting",
        "sh", "starved", "bruised", "pain",
        "порез*", "режу", "резал*", "изрез*", "полоснул*", "прижг*", "тушил*", "расцарап*",
        "бил*", "билась", "кров*", "сорвал*", "селфхарм*", "боль*", "больно",
        "corté", "corte", "corto", "cortes", "cortarme", "cortarse", "rajé", "quemé",
        "apagué", "rasguñ*", "golpeé", "cabezazos", "sangr*", "recaí", "autolesion*", "daño",
    ),
    "BODY": (
        "arm", "arms", "wrist", "wrists", "thigh", "thighs", "leg", "legs", "skin", "vein*",
        "руки", "руку", "запяст*", "бедр*", "ног*", "вен*", "кожу",
        "brazo", "brazos", "muñeca", "muslo*", "pierna*", "venas", "piel",
    ),
    "PURPOSE": (
        "on purpose", "deliberately", "intentionally", "специально", "нарочно", "назло",
        "a propósito", "a proposito", "adrede",
    ),
    "SELF": (
        "myself", "self", "me", "i", "im", "i'm", "себя", "собой", "себе", "меня", "я",
        "mí", "mi", "misma", "mismo", "yo",
    ),
    "NOT": (
        "not", "no", "don't", "dont", "can't", "cant", "won't", "wont", "never", "nobody",
        "не", "нет", "никто", "ни", "ne", "nadie",
    ),
    "WANT": (
        "want", "wanna", "wish", "hope", "rather",
        "хочу", "хочется", "хотела", "хотел", "бы", "hochu",
        "quiero", "quisiera", "ojalá", "ojala", "kiero", "qiero",
    ),
    "BURDEN": (
        "burden", "better off", "without me", "miss me", "notice", "care",
        "обуза", "обузой", "без меня", "скучать", "заметит",
        "carga", "sin mí", "sin mi", "extrañar", "notaría",
    ),
    "TIRED": (
        "tired", "done", "exhausted", "give up", "giving up", "can't do",
        "устал*", "надоел*", "сдаюсь", "вывожу", "ustal*",
        "harta", "harto", "cansad*", "cansé", "rindo", "aguanto", "puedo",
    ),
    "OTHERS": (
        "husband", "boyfriend", "partner", "dad", "father", "he", "he's", "someone", "hit",
        "beat", "choked", "threaten*", "following", "raped", "rape", "abuse*", "locked",
        "муж", "парень", "отец", "отчим", "он", "кто-то", "избил*", "бьют", "бьет", "душил*",
        "угрожа*", "изнасил*", "запер*", "заперла*", "покалеч*", "идет", "следит",
        "marido", "novio", "pareja", "papa", "padrastro", "alguien", "pego", "pegan", "golpe*",
        "amenaz*", "ahorc*", "violaron", "violo", "encerr*", "siguiendo",
    ),
    # Someone else hurting or threatening the person, now (the people alone are OTHERS).
    "ATTACK": (
        "hit me", "hits me", "hitting me", "beat me", "beats me", "beating me", "beaten",
        "choked", "choking me", "chokes me", "strangl*", "stab", "stabbed", "stabbing",
        "threaten*", "threats", "assault*", "raped", "rape", "molest*", "abusive", "abusing",
        "attacked", "kill me", "hurt me", "hurting me", "touches me", "touched me", "punched me",
        "pushed me", "grabbed me", "banging", "stalking", "locked me",
        "избив*", "избил*", "бьют", "бьет", "ударил*", "душит", "душил*", "угрожа*", "изнасил*",
        "запер*", "покалеч*", "убьет", "убьют", "зарежет", "домога*", "напал*", "пристает",
        "трогает", "колотит", "толкнул*", "преследу*", "ломает",
        "golpe*", "pega", "pegó", "pegan", "amenaz*", "ahorc*", "violaron", "violó", "abus*",
        "encerr*", "me mata", "matarme", "lastim*", "acos*", "apuñal*", "agred*", "me toca",
        "empuj*", "persigu*",
    ),
    # A body in danger right now: someone not breathing, not waking, a stroke or a fit.
    "EMERGENCY": (
        "breathing", "breathe", "unconscious", "unresponsive", "collapsed", "seizure*",
        "heart attack", "stroke", "overdosed", "won't wake", "wont wake", "waking",
        "passed out", "ambulance", "911", "999", "112",
        "дышит", "дышать", "сознани*", "отключк*", "просыпается", "судорог*", "инсульт*",
        "инфаркт*", "посинел*", "скорую", "скорая", "103",
        "respira", "respirar", "inconsciente", "despierta", "convuls*", "infarto", "desmay*",
        "ambulancia", "se mueve",
    ),
    "LIFE": (
        "life", "living", "live", "alive", "exist", "existing", "born", "here", "around",
        "жизн*", "жить", "живу", "жыть", "zhit", "рождал*", "здесь",
        "vida", "vivir", "viva", "vivo", "nacido", "aquí", "existir",
    ),
}
# fmt: on
