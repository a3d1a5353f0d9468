r"""Words of crisis, idioms that only look like them, and where to find help now.

This file is content, meant to be read and reviewed by people who are not programmers.
Every table is keyed by language ("en", "ru", "es"); adding a language means adding an entry
to each table here, and nothing else.

How the check works (see `bot.care.has_crisis_words`):

1. The text is tidied: lower-case, ё → е, curly apostrophes → ', extra spaces removed, letters
   spelled out with dots joined ("k.m.s" → "kms"), and letters repeated three times or more
   squeezed ("dieeee" → "die"; both "die" and "diee" are tried).
2. REWRITES turn slang, missing apostrophes and common misspellings into plain words
   ("dont" → "don't", "wanna" → "want to", "нехочу" → "не хочу"), and TYPO_WORDS fixes a word
   one letter away from a key word ("sucidal" → "suicidal", "умиреть" → "умереть").
3. Every FALSE_ALARM phrase is cut out of the text ("my phone died", "убить время").
4. If any CRISIS phrase is still there, the bot answers with care.

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

# ---------------------------------------------------------------------------------------------
# Step 2: rewrites, applied in order, each (pattern, replacement).
# ---------------------------------------------------------------------------------------------

REWRITES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        # Letters hidden behind symbols: "k*ll", "d!e", "su1cide", "unal!ve".
        (r"(?<=[a-z])[*!1|](?=[a-z])", "i"),
        (r"(?<=[a-z])0(?=[a-z])", "o"),
        (r"(?<=[a-z])3(?=[a-z])", "e"),
        (r"(?<=[a-z])@(?=[a-z])", "a"),
        (r"(?<=[a-z])\$(?=[a-z])", "s"),
        # Common misspellings of short words (too short for TYPO_WORDS).
        (r"\b(?:wnat|wnt|wamt|wabt|whant|wsnt)\b", "want"),
        (r"\bdi+e+\b", "die"),
        (r"\bdye\b(?!\s+(?:my|her|his|their|the|it|them|a|some|your|job|hair)\b)", "die"),
        (r"\b(?:lfe|lief|lif)\b", "life"),
        (r"\bto\s+many\b", "too many"),
        (r"\bover\s?-?\s?dos(e|ed|es|ing)\b", r"overdos\1"),
        (r"\boverdoes\b(?!\s+it\b)", "overdose"),
        # Filler that hides the end of a sentence: "i want to die lmao but fr".
        (r"\s*\b(?:lol|lmao|lmfao|fr|tbh|ngl|istg|smh|idk)\b", ""),
        (r"\b(here|alive|live|living|exist)\s+no\s+more\b", r"\1 anymore"),
        (r"\b(?:forevr|furever|4ever|forver)\b", "forever"),
        # Slang and shorthand for suicide itself.
        (r"\bun[\s-]aliv(?!io\b)", "unaliv"),  # (not Spanish "un alivio")
        (r"\bcommit\s+(?:die|sudoku|toaster\s+bath|neck\s+rope)\b", "kill myself"),
        (r"\b(?:take|taking|took)\s+a\s+toaster\s+bath\b", "kill myself"),
        (r"\bsewer[\s-]?slides?\b", "suicide"),
        (r"\bsui\s?side\b", "suicide"),
        (r"\bself[\s-]?delet(?:e|ing|ed)\b", "kill myself"),
        (r"\bdelet(?:e|ing)\s+myself\b", "kill myself"),
        (r"(?<!\d\s)\bk+m+s+\b", "kill myself"),  # (not "5 kms")
        (r"\bctb\b", "kill myself"),  # "catch the bus"
        (r"\b(?:od'?d|od'?ed|oded)\b", "overdosed"),
        (r"\bod'?ing\b", "overdosing"),
        (r"\bod\b", "overdose"),
        (r"\bmy\s+self\b", "myself"),
        (r"\b(?:kil|kll|kilk)\b", "kill"),
        # Missing apostrophes and spelled-out forms, to one spelling.
        (r"\b(?:dont|dnt)\b", "don't"),
        (r"\bdo\s+not\b", "don't"),
        (r"\b(?:doesnt|does\s+not)\b", "doesn't"),
        (r"\b(?:didnt|did\s+not)\b", "didn't"),
        (r"\b(?:cant|cannot|can\s+not)\b", "can't"),
        (r"\b(?:wont|will\s+not)\b", "won't"),
        (r"\b(?:isnt|is\s+not)\b", "isn't"),
        (r"\b(?:wasnt|was\s+not)\b", "wasn't"),
        (r"\b(?:wouldnt|would\s+not)\b", "wouldn't"),
        (r"\b(?:im|i\s+am|i'am)\b", "i'm"),
        (r"\b(?:ive)\b", "i've"),
        (r"\b(?:id|i\s+would)\b", "i'd"),
        (r"\bi\s+will\b", "i'll"),
        (r"\b(?:whats|what\s+is)\b", "what's"),
        (r"\b(?:theres|there\s+is)\b", "there's"),
        (r"\b(?:thats|that\s+is)\b", "that's"),
        (r"\b(?:lifes|life\s+is)\b", "life's"),
        (r"\b(?:theyd|they\s+would)\b", "they'd"),
        (r"\b(?:noone|no-one|no\s+1)\b", "no one"),
        (r"\bnobody\b", "no one"),
        # Spoken shorthand.
        (r"\b(?:wanna|wana|wnna)\b", "want to"),
        (r"\bwnt\b", "want"),
        (r"\b(?:gonna|gunna|gona)\b", "going to"),
        (r"\b(?:i'm|i)\s+(?:ima|imma)\b", "i'm going to"),
        (r"\b(?:ima|imma|i'mma)\b", "i'm going to"),
        (r"\b(want|need|going|have|got|trying|try|ready)\s+(?:2|too)\b", r"\1 to"),
        (r"\babt\b", "about"),
        (r"\bb\s+(?=(?:dead|alive|here|gone|around)\b)", "be "),
        (r"\bu\b", "you"),
        (r"\bur\b", "your"),
        (r"\brn\b", "right now"),
        (r"\blyfe?\b", "life"),
        (r"\bany\s+more\b", "anymore"),
    ),
    "ru": (
        (r"(?<=[а-я])[*!](?=[а-я])", "и"),  # "уб*ть"
        (r"\b(?:не|ни)\s?(хочу|хачу|хочется|хотелось|хочеться|могу|вижу|хочецца)\b", r"не \1"),
        (r"\bхочеться\b|\bхочецца\b", "хочется"),
        (r"\bхачу\b", "хочу"),
        (r"\bхочю\b", "хочу"),
        (r"\bжыть\b", "жить"),
        (r"\bщас\b|\bща\b", "сейчас"),
        (r"\bчтоб\b", "чтобы"),
        (r"\bпокончить\s+жизнь\s+самоубийством\b", "покончить с собой"),
        (r"\bроскомнадзор\w*", "самоубийство"),  # сленг
        (r"\bвыпилиться\b|\bвыпилюсь\b", "убить себя"),  # сленг
        (r"\bкмс\b", "убить себя"),
        (r"\bсамовыпил\w*", "убить себя"),
        (r"\bуби(?:ца|цца|ццо|тся)\b", "убиться"),
        (r"\s*\b(?:нахрен|нафиг|нахер|блин|капец)\b", ""),
        (r"\bсу[иейё]ц[иы]д", "суицид"),
        (r"\bсамоуби(?:ть|т)ся\b", "убить себя"),
        (r"\bвыпел(?:иться|юсь|ился|илась)\b", "убить себя"),
        (r"\bвыпел(а|и)\s+(?=(?:\w+\s+)?(?:все|всю|пачку|таблет|снотвор))", r"выпил\1 "),
        (r"\bс\s+сабой\b", "с собой"),
    ),
    "es": (
        # Accents and ñ folded, so every phrase below is written once, plain ("despues", "dano").
        # (Harmless for other languages: no English or Russian phrase has these letters.)
        # "ese chiste me mató" (it killed me) is not "me mato" (I kill myself): keep the tense.
        (r"\bme\s+mató\b", "me ha matado"),
        (r"[áàâä]", "a"),
        (r"[éèêë]", "e"),
        (r"[íìîï]", "i"),
        (r"[óòôö]", "o"),
        (r"[úùûü]", "u"),
        (r"ñ", "n"),
        # Chat spelling: "q", "k", "kiero", "qiero", "toy", "estoi", "bibir", "mequiero".
        (r"\b(?:q|k|ke|qe|qu)\b", "que"),
        (r"\b(?:xq|pq|porq|xk)\b", "porque"),
        (
            r"\b(me|no|ya|te|lo|yo)(?=(?:quiero|kiero|qiero|qero|kero|queria|keria|quisiera|kisiera)\b)",
            r"\1 ",
        ),
        (r"\b(?:kiero|qiero|qero|kero|quero|kiro|qiro)\b", "quiero"),
        (r"\b(?:kisiera|qisiera|kisiese)\b", "quisiera"),
        (r"\b(?:keria|qeria|kria)\b", "queria"),
        (r"\b(?:estoi|stoy|toy)\b", "estoy"),
        (r"\bnd\b", "nada"),
        # "12 kms", "kms caminados": kilometres, not the English "kms" (see "en").
        (
            r"(?<=\d\s)kms?\b|(?<=\d)kms?\b|\bkms?(?=\s+(?:camin|corr|recorr|nad|pedale|and|en\s+bici|a\s+pie|de\s+distancia))",
            "kilometros",
        ),
        (r"\bme\s+e\s+(?=\w+ado\b)", "me he "),  # "me e cortado"
        (r"\botra\s+ves\b", "otra vez"),
        (r"\baki\b", "aqui"),
        (r"(?<![\w'])d(?=\s+(?:morir|vivir|matarme|seguir|existir|despertar))", "de"),
        (r"\b[bv][iy][bv]ir\b", "vivir"),
        (r"\b[bv][iy][bv]iendo\b", "viviendo"),
        (r"\bbida\b", "vida"),
        (r"\bmor+i+r+\b", "morir"),
        (r"\bmor+i+r+m+e+\b", "morirme"),
        (r"\bmat+a+r+m+e+\b", "matarme"),
        (r"\bsu[iy]?[scz]+i?d(?=[aeio])", "suicid"),  # suisidio, sucidarme, suizidio
        (r"\bsuicidar\s+me\b", "suicidarme"),
        (r"\bauto\s?-?\s?lesion", "autolesion"),
    ),
}

# Key words worth correcting when a word is one letter away (a letter missing, extra, wrong or
# swapped). Only words of five letters or more are corrected.
TYPO_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "suicide",
        "suicidal",
        "suicides",
        "myself",
        "overdose",
        "overdosed",
        "overdosing",
        "unalive",
        "unaliving",
        "painkillers",
        "antidepressants",
        "paracetamol",
        "ibuprofen",
        "tylenol",
        "wrists",
        "goodbye",
        "anymore",
        "worthless",
    ),
    "ru": (
        "умереть",
        "умирать",
        "сдохнуть",
        "самоубийство",
        "самоубийства",
        "самоубийстве",
        "суицид",
        "суицида",
        "суициде",
        "суицидальные",
        "покончить",
        "повеситься",
        "застрелиться",
        "отравиться",
        "таблетки",
        "таблеток",
        "снотворного",
        "проснуться",
        "просыпаться",
        "хочется",
        "вскрыть",
        "порезаться",
        "порезалась",
        "порезался",
        "жизни",
    ),
    "es": (
        "suicidio",
        "suicidarme",
        "suicida",
        "matarme",
        "morirme",
        "quitarme",
        "ahorcarme",
        "colgarme",
        "pastillas",
        "sobredosis",
        "despertar",
        "despertarme",
        "cortarme",
        "lastimarme",
        "despedida",
        "desaparecer",
        "existir",
        "viviendo",
        "vivir",
        "morir",
        "sentido",
        "autolesion",
        "tirarme",
        "envenenarme",
    ),
}

# Real words one letter away from a key word, which must never be "corrected".
TYPO_KEEP: dict[str, tuple[str, ...]] = {
    "en": ("hanging", "hunting", "existing", "banging", "changing", "ranging"),
    "ru": ("умерить", "умеряет", "убиться", "забиться", "убились", "прибиться"),
    "es": (
        # About someone else, or other real words, one letter from a key word.
        "matarte",
        "matarle",
        "matarlo",
        "matarla",
        "matarse",
        "morirse",
        "morirte",
        "cortarte",
        "cortarse",
        "cortarle",
        "quitarte",
        "quitarse",
        "quitarle",
        "quitarlo",
        "quitarla",
        "despertarte",
        "despertarse",
        "despertad",
        "colgarte",
        "colgarse",
        "tirarte",
        "tirarse",
        "tirarle",
        "sentida",
        "sentidos",
        "existe",
        "vivid",
        "morid",
        "quieto",
        "mirarme",
        "girarme",
        "portarme",
        "contarme",
        "notarme",
        "atarme",
        "ahorrarme",
        "lastimarte",
        "despedido",
        "despedidos",
        "sentado",
        "sentada",
    ),
}

# ---------------------------------------------------------------------------------------------
# Building blocks shared by several phrases below.
# ---------------------------------------------------------------------------------------------

# Medicines people take too many of.
_EN_PILLS = (
    r"(?:pills?|tablets?|meds|medications?|medicines?|capsules?|painkillers?|antidepressants?"
    r"|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|xanax|benzos?|valium|diazepam"
    r"|oxy\w*|opioids?|insulin|lithium|sertraline|prozac|zoloft|seroquel|ambien|sleep\s+aids?)"
)
# Taking something in.
_EN_TAKE = r"(?:take|takes|taking|took|taken|swallow|swallows|swallowed|swallowing|down|downed|downing|pop|popped|popping|ate|eat|eating|chug|chugged|chugging|gulp|gulped|guzzled|drank|drink|drinking)"
# High places and moving things.
_EN_HIGH = (
    r"(?:bridge|roof|rooftop|building|balcony|cliff|window|tower|ledge|overpass|parking\s+garage"
    r"|car\s+park|skyscraper|top\s+floor|\w+th\s+floor|edge)"
)
_EN_VEHICLE = r"(?:train|bus|truck|lorry|car|tram|subway|metro|traffic|oncoming\s+traffic|cars)"
# Places and people you can "not want to live" with or in, without any danger:
# "I don't want to live in London / with my parents". "In this world", "in pain" and the
# like are deliberately NOT excused.
_EN_LIVE_WHERE = (
    r"(?:(?:in|on)(?!\s+(?:\w+\s+){0,2}(?:world|earth|planet|pain|fear|hell|misery|agony|body|darkness|loneliness)\b)"
    r"|at|near|by|together|abroad|alone|there|here|downtown|somewhere|anywhere|forever"
    r"|with\s+(?:my|his|her|our|their|them|him|someone|anyone|roommates?|a\s+roommate|parents|friends|strangers))\b"
)

_RU_PILLS = (
    r"(?:таблет\w*|табл\w*|снотворн\w*|лекарств\w*|антидепрессант\w*|транквилизатор\w*|феназепам\w*"
    r"|колес\w*|обезболивающ\w*|пилюл\w*|парацетамол\w*|амитриптилин\w*|реланиум\w*|корвалол\w*"
    r"|димедрол\w*|седатив\w*|нейролептик\w*|феварин\w*|капсул\w*)"
)
_RU_TAKE = r"(?:выпи\w*|выпью|прин\w*|приму|съел\w*|съем|сожр\w*|наглот\w*|проглот\w*|глота\w*|закинул\w*|закинусь|пью|пила|пил)"
_RU_HIGH = (
    r"(?:крыш\w*|парковк\w*|здани\w*|башн\w*|мост\w*|балкон\w*|окн\w*|этаж\w*|высот\w*|поезд\w*|машин\w*|электричк\w*|рельс\w*"
    r"|обрыв\w*|скал\w*|многоэтажк\w*|пропаст\w*|метро|колес\w*|фур\w*|грузовик\w*|реку|мост)"
)
# "Не хочу жить в Москве / с родителями / одна / вечно" — no danger.
# "в этом мире", "на этом свете", "в боли" are deliberately NOT excused.
_RU_LIVE_WHERE = (
    r"(?:(?:в|во|на)(?!\s+(?:\w+\s+){0,2}(?:мире|свете|земле|боли|страхе|аду|одиночестве|теле)\b)"
    r"|у|под|за|около|рядом|вместе|одна|один|одной|здесь|тут|там|вечно"
    r"|с\s+(?:родител\w*|мам\w*|пап\w*|ним|ней|ними|сосед\w*|муж\w*|жен\w*|парн\w*|девушк\w*|свекров\w*|тещ\w*|друз\w*|кем-то|кем-нибудь))\b"
)
# After "wake up": the end of the sentence or "tomorrow", "again" ("...wake up early" is safe).
_WAKE_END = r"(?=\s*(?:$|[.,!?;]|\s+(?:tomorrow(?!\s+(?:at|early|for|morning\s+at))|again|ever|anymore|in\s+the\s+morning|this\s+time|one\s+day)\b))"
# After "cutting": the end of the clause or words of self-harm ("been cutting back" is safe).
_CUT_END = r"(?=\s*(?:$|[.,!?;]|\s+(?:again|myself|a\s+lot|more|less|every|since|deeper|deep|badly|lately|recently|at\s+night|and|but|because|when|so|for\s+(?:\w+\s+)?(?:weeks?|months?|years?|days?))\b))"
# A free gap inside one sentence: up to 40 characters, no full stop.
_GAP = r"[^.!?|]{0,40}?"

# Spanish (written without accents and with n for ñ: REWRITES fold them first).
_ES_PILLS = (
    r"(?:pastill\w*|pildor\w*|medicament\w*|medicinas?|calmantes?|antidepresiv\w*|somnifer\w*"
    r"|ansiolitic\w*|tranquilizant\w*|analgesic\w*|paracetamol|ibuprofeno|clonazepam|rivotril"
    r"|alprazolam|lorazepam|diazepam|valium|tafil|trankimazin|orfidal|tramadol|insulina|capsulas?"
    r"|blister\w*|pastis|benzos?|litio|sertralina|fluoxetina|quetiapina|pastillas\s+para\s+dormir)"
)
# How many: "todas las", "un bote de", "30".
_ES_MANY = (
    r"(?:tod[oa]s?|un\s+monton|muchas|muchisimas|demasiad\w*|un\s+punado|un\s+(?:bote|frasco|blister|paquete|tubo)"
    r"|una\s+caja|la\s+caja|el\s+(?:bote|frasco|blister|paquete)|media\s+caja|\d{2,}|diez|quince|veinte|treinta"
    r"|cuarenta|cincuenta|cien|varias\s+cajas|mas\s+de\s+la\s+cuenta|el\s+doble|el\s+triple|como\s+\d+)"
)
_ES_HIGH = (
    r"(?:puente|edificio|balcon|ventana|azotea|terraza|techo|tejado|acantilado|precipicio|barranco"
    r"|rascacielos|torre|viaducto|mirador|piso\s+\d+|planta\s+\d+|puente\s+peatonal"
    r"|(?:primer|segundo|tercer|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|ultimo|\d+\w*)\s+(?:piso|planta)"
    r"|parking|estacionamiento|cornisa|risco|penasco|muelle|presa)"
)
# A "me" verb of throwing oneself: "tirarme", "me voy a tirar", "me tiro", "aventarme".
_ES_THROW = (
    r"(?:(?:tirar|lanzar|aventar|arrojar|botar|echar)me"
    r"|me\s+(?:(?:voy|iba)\s+a\s+|quiero\s+|queria\s+|querria\s+|quisiera\s+|quise\s+|pienso\s+|podria\s+|dan\s+ganas\s+de\s+|gustaria\s+)?(?:tir|lanz|avent|avient|arroj|bot)(?:o|e|are|aria|ar|aba)"
    r"|salt(?:ar|o|e|are|aria)|brinc(?:ar|o|e))"
)
# Wanting: "quiero", "quisiera", "me gustaria", "tengo ganas de", "ojala pudiera".
_ES_WANT = (
    r"(?:quiero|queria|querria|quisiera|quisiese|quise|deseo|deseaba|desearia|prefiero|preferiria|preferia|gustaria"
    r"|necesito|ganas\s+de|ojala\s+pudiera|ojala|pienso\s+en|pensaba\s+en|pense\s+en|sueno\s+con"
    r"|solo\s+pienso\s+en|voy\s+a|iba\s+a|intentar|trate\s+de|intente)"
)
# What one wants when wanting to die.
_ES_DIE = (
    r"(?:morir(?:me)?(?!\s+(?:sin|si|en\s+paz|en\s+mi\s+cama|viej\w*|de\s+viej\w*|feliz)\b)|estar\s+muert[oa]|estar\s+bajo\s+tierra"
    r"|desaparecer(?=\s*(?:$|[.,!?;]|\s+(?:para\s+siempre|de\s+este\s+mundo|del\s+mundo|de\s+la\s+faz|y\s+no\s+volver|y\s+ya|ya|de\s+una\s+vez)\b))"
    r"|no\s+vivir(?:\s+mas)?(?=\s*(?:$|[.,!?;]))|dejar\s+de\s+(?:existir|vivir|respirar|sufrir\s+para\s+siempre)(?!\s+(?:en|para|un|una|por)\s+(?!este\s+mundo|esta\s+vida)\w+)|no\s+existir|no\s+estar\s+(?:aqui|viv[oa])"
    r"|no\s+(?:volver\s+a\s+)?despertar(?:me)?|dormir(?:me)?\s+(?:(?:y\s+|para\s+)?(?:ya\s+)?no\s+(?:volver\s+a\s+)?despertar(?:me)?|para\s+siempre)"
    r"|(?:irme|pirarme|largarme)\s+(?:de\s+este\s+mundo|de\s+esta\s+vida|para\s+siempre)|matarme|suicidarme"
    r"|quitarme\s+la\s+vida|descansar\s+(?:para\s+siempre|en\s+paz)|palmarla|estirar\s+la\s+pata|petatearme|colgar\s+los\s+tenis|acabar\s+conmigo)"
)
# "no quiero vivir en Madrid / con mis padres" is no danger; "en este mundo", "con este dolor" are.
_ES_LIVE_WHERE = (
    r"(?:en|con|cerca\s+de|lejos\s+de|junto\s+a|al\s+lado\s+de|de\s+alquiler|solo|sola|juntos|juntas"
    r"|aqui|alli|ahi|alla|fuera|sin)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:mundo|vida|dolor|pena|miedo|sufrimiento|angustia|tristeza|soledad|infierno"
    r"|cuerpo|agonia|ansiedad|depresion|asi|serio|el\b|ella\b|ti\b|nadie|razon|sentido|ganas)\b)"
)
# The end of a clause (or words that stress it): "ya no puedo mas." / "no aguanto mas esta vida".
_ES_END = (
    r"(?=\s*(?:$|[.,!?;:]|\s+(?:de\s+verdad|en\s+serio|con\s+(?:mi\s+vida|la\s+vida|todo|esto|esta\s+vida|este\s+dolor|nada)"
    r"|vivir|esta\s+vida|la\s+vida|este\s+dolor|estar\s+viv\w*|asi(?!\s+de)|ya|nunca|nada|y|pero|quiero|me)\b))"
)

# ---------------------------------------------------------------------------------------------
# Step 4: words of crisis.
# ---------------------------------------------------------------------------------------------

CRISIS_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (
        # --- naming it -----------------------------------------------------------------------
        r"\bsuicid(?:e|es|al|ality)\b",  # suicide, suicidal (film titles etc. are FALSE_ALARMS)
        r"\bkill(?:s|ed|ing)?\s+myself\b",  # kill myself; also kms, k.m.s (see REWRITES)
        r"\bunaliv\w*",  # unalive, unaliving (social-media word)
        r"\b(?:off|top|neck|end)\s+myself\b",  # "off myself", "top myself" (UK slang)
        r"\bend(?:s|ed|ing)?\s+(?:my|this)\s+(?:own\s+)?(?:life|existence)\b",  # end my life
        r"\b(?:take|takes|taking|taken|took)\s+my\s+(?:own\s+)?life\b(?!\s+(?:back|in\s+(?:a|my|new|another)|seriously))",  # take my life ("take my life back" is safe)
        r"\bend(?:ing)?\s+it\s+all\b",  # end it all
        # --- wanting to die, not to live, not to wake up -------------------------------------
        r"\b(?:want|wants|wanted|wanting|wish|wished|hope|hoping|ready|deserve|deserves|should|rather|must|need|needs)\s+(?:to\s+)?(?:(?:just|really|so|honestly|simply|i|i'd|could|would|go\s+and|to|literally|actually)\s+){0,3}(?:die|be\s+dead)\b",  # want to die, hope I die, should just die
        r"\bwish(?:ed)?\s+(?:that\s+)?i\s+(?:were|was|could\s+be|would\s+be|'d\s+be|i'd\s+be)\s+(?:just\s+)?dead\b",  # wish I was dead
        r"\b(?:die|be\s+dead)\s+(?:so\s+)?(?:badly|already|tonight|right\s+now)\b",  # "I just want to die already"
        r"\b(?:wish|wishing|hope|hoping|pray|praying)\s+(?:that\s+)?(?:something|someone|somebody|a\s+car|a\s+truck|a\s+bus|the\s+plane|god)\s+(?:\w+\s+){0,2}?(?:kills?|hits?|runs?\s+me\s+over|takes?\s+me)\b",  # hope a car hits me
        r"\bwish(?:ed)?\s+(?:that\s+)?i\s+(?:wasn't|weren't|was\s+never|were\s+never|had\s+never|i'd\s+never|never|didn't)\s+(?:been\s+)?(?:alive|here|born|exist(?:ed)?|around)\b",  # wish I wasn't alive, wish I was never born
        r"\b(?:wish|better\s+if)\s+(?:that\s+)?i\s+(?:\w+\s+){0,2}?never\s+(?:been\s+)?born\b",  # wish I'd never been born
        r"\b(?:wish\s+i\s+could|want\s+to|need\s+to)\s+(?:just\s+)?(?:stop\s+existing|not\s+exist|cease\s+to\s+exist|stop\s+living|stop\s+breathing|not\s+be\s+alive)\b(?!\s+(?:in|as|on|at)\b)",  # wish I could not exist
        r"\b(?:disappear|vanish|fade\s+away|fade\s+out|cease\s+to\s+exist|stop\s+existing)\s+(?:forever|for\s+good|permanently|and\s+never\s+come\s+back)\b",  # disappear forever
        r"\b(?:don't|didn't|doesn't|no\s+longer|never|not|won't)\s+(?:really\s+|even\s+)?(?:want|wish|feel\s+like)\s+(?:to\s+)?(?:live|be\s+alive|exist(?!\s+on\b)|go\s+on|keep\s+going|keep\s+living|stay\s+alive|be\s+living)\b",  # don't want to live
        r"\b(?:don't|no\s+longer|never)\s+(?:really\s+)?want\s+to\s+be\s+(?:here|around)(?=\s*(?:$|[.!?;]|\s+(?:anymore|any\s+longer|tomorrow|in\s+this\s+world|on\s+this\s+earth)))",  # don't want to be here (anymore)
        r"\brather\s+not\s+(?:be\s+alive|exist|live|be\s+here|wake\s+up)\b",  # I'd rather not be alive
        r"\bmight\s+as\s+well\s+(?:be\s+dead|die|not\s+exist|not\s+be\s+here)\b",
        r"\b(?:(?:don't|no\s+longer|never)\s+(?:really\s+)?want\s+to|(?:hope|wish|pray|praying)\s+(?:that\s+)?i\s+(?:don't|won't|never|didn't)|(?:i|i\s+just|maybe\s+i|i'll\s+just)\s+won't|rather\s+not)\s+wake\s+up\b"
        + _WAKE_END,  # don't want to wake up tomorrow, hope I don't wake up
        r"\b(?:sleep|asleep|sleeping)\s+(?:\w+\s+){0,2}?(?:and\s+)?(?:never|not)\s+wake\s+up\b",  # go to sleep and never wake up
        r"\bnever\s+wake\s+up\s+again\b",
        r"\b(?:don't|didn't)\s+deserve\s+to\s+(?:live|be\s+alive|exist|be\s+here)\b",  # don't deserve to live
        r"\b(?:tired|sick|exhausted|done)\s+(?:and\s+tired\s+)?(?:of|with)\s+(?:living|being\s+alive|life|existing|my\s+life|it\s+all|being\s+here|this\s+life)\b(?!\s+(?:admin|stuff|hacks|coach|lessons|insurance|in\s+the\s+city|in\s+this\s+(?:city|town|flat|house)))",  # tired of living, done with life
        r"\bhate\s+(?:being\s+alive|living|existing)\b",
        r"\bgiv(?:e|ing)\s+up\s+on\s+(?:life|living|myself)\b|\bgiv(?:e|ing)\s+up,?\s+for\s+good\b",  # give up on life
        # --- no point, no way out ------------------------------------------------------------
        r"\blife(?:'s|\s+isn't|'s\s+not|\s+not)\s+(?:really\s+)?worth\b",  # life isn't worth (living / it)
        r"\bnot\s+worth\s+(?:living|being\s+alive|it\s+anymore)\b",
        r"\b(?:no|what's|what|is\s+there|any)\s+(?:\w+\s+){0,3}?(?:point|reason|use)\s+(?:in\s+|of\s+|to\s+|for\s+)?(?:me\s+)?(?:living|life|being\s+alive|live|existing|exist|going\s+on|go\s+on|keep\s+going|keeping\s+going|carry(?:ing)?\s+on|being\s+here|trying\s+anymore|anything\s+anymore|it\s+all)\b",  # what's the point of living
        r"\bwhat's\s+(?:even\s+)?the\s+point\s+(?:anymore|of\s+anything|of\s+it\s+all)\b",
        r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b",  # nothing (left) to live for
        r"\b(?:no|lost\s+(?:my|the|all)|losing\s+(?:my|the))\s+will\s+to\s+live\b",
        r"\b(?:no|see\s+a|see\s+any|find\s+a|only)\s+way\s+out\b",  # no way out (FALSE_ALARM: "of this meeting")
        r"\b(?:only|way\s+out|exit|escape|answer|solution)\s+(?:\w+\s+){0,2}?(?:is|was|would\s+be)\s+(?:death|dying|to\s+die|suicide)\b",
        r"\bcan't\s+(?:go\s+on(?!\s+(?:like\s+this\s+)?without\s+(?:coffee|caffeine|sleep|a\s+(?:break|holiday|nap|coffee)))|keep\s+going|carry\s+on|do\s+this\s+anymore|take\s+(?:it|this)\s+anymore|live\s+like\s+this|keep\s+living|cope\s+anymore)\b",  # can't go on
        # --- burden, better without me, gone -------------------------------------------------
        r"\b(?:i'm|i\s+feel\s+like|feel\s+like|feeling\s+like|i\s+feel|being)\s+(?:\w+\s+){0,2}?a\s+(?:burden|waste\s+of\s+(?:space|oxygen|air))\b",  # I'm a burden, I feel like such a burden
        r"\bburden\s+(?:to|on|for)\s+(?:everyone|everybody|my\s+family|them|people|all)\b",
        r"\b(?:better|happier|easier|relieved)\s+(?:off\s+)?without\s+me\b",  # better off without me
        r"\b(?:better|happier|easier|relieved)\s+(?:off\s+)?if\s+i\s+(?:was|were|i'm|wasn't|weren't)?\s*(?:gone|dead|not\s+(?:here|around|alive)|died|disappeared|never\s+born)\b",
        r"\bbetter\s+off\s+dead\b",
        r"\bno\s+one\s+(?:would|will|'d|'ll|is\s+going\s+to|even)?\s*(?:really\s+|even\s+)?(?:miss|cares?\s+about|mourn|cry\s+(?:for|over|about))\s+me\b",  # no one would miss me
        r"\bno\s+one\s+(?:would|will|'d|'ll|is\s+going\s+to|even)?\s*(?:really\s+|even\s+)?(?:miss\s+me|care|cares|notice|cry|mourn)\s+(?:if|when|once|that)\s+i\s*(?:'m|was|were|am|i'm|had)?\s*(?:gone|dead|died|die|disappeared|disappear|vanished|killed\s+myself|not\s+(?:here|around|alive)|wasn't\s+(?:here|around|alive)|never\s+woke|didn't\s+wake|left\s+for\s+good)\b",  # no one would care if I died
        r"\b(?:after|when|once|if)\s+i'm\s+(?:gone|dead|not\s+here|no\s+longer\s+here)\b",  # when I'm gone
        r"\bi'll\s+be\s+(?:gone|dead)\b(?!\s+by\s+the\s+time)",  # I'll be gone (FALSE_ALARM: "for a week")
        r"\bwon't\s+be\s+(?:here|around|alive)\s+(?:next|much\s+longer|for\s+long|anymore|tomorrow|by|to\s+see|after)\b",  # won't be here next week
        r"\b(?:don't)\s+think\s+i'll\s+(?:be\s+alive|make\s+it|be\s+here|survive)\b",
        r"\b(?:not\s+going\s+to|won't)\s+make\s+it\s+(?:through|to|past)\s+(?:the\s+|this\s+)?(?:night|week|weekend|tomorrow|morning)\b",
        # --- plans and goodbyes --------------------------------------------------------------
        r"\bend(?:s|ed|ing)?\s+(?:it|things|everything)\b(?!\s+(?:with|on\s+(?:good|bad|a)|between|for\s+(?:now|today)|early|off|up|there|here|at\b|by\b|before|after|properly|nicely))",  # end things, end it
        r"\b(?:want|wish|need)\s+(?:it\s+all|everything|all\s+of\s+(?:it|this)|all\s+this)\s+to\s+(?:stop|end|be\s+over)\b",  # want it all to stop
        r"\b(?:want|wish|need)\s+(?:the\s+pain|it|this|the\s+hurt)\s+to\s+(?:stop|end|be\s+over)\s+(?:forever|permanently|for\s+good)\b",
        r"\b(?:plan|plans|planning|planned)\s+(?:to|on|for|my|out\s+my)\s+(?:\w+\s+){0,2}?(?:end\s+(?:it|things|everything|my\s+life)|kill\s+myself|die|dying|death|suicide|funeral|exit|overdose|jump|hang\s+myself)\b",  # a plan to end things
        r"\b(?:decided|made\s+up\s+my\s+mind|chose)\s+to\s+(?:die|end\s+it(?!\s+with)|end\s+my\s+life)\b",
        r"\b(?:ways|way|how|methods?)\s+to\s+(?:die|kill\s+myself|end\s+it|end\s+my\s+life|commit)\b",  # ways to die
        r"\bpainless\s+(?:way|death|method)\b|\blethal\s+(?:dose|amount)s?\b",
        r"\bhow\s+many\s+(?:\w+\s+){0,2}?"
        + _EN_PILLS
        + r"\s+(?:\w+\s+){0,3}?(?:kill|die|lethal|enough|takes|it\s+takes|to\s+take|would)\b",  # how many pills it takes
        r"\bmethod\s+(?:is\s+)?(?:ready|picked|planned|chosen|sorted)\b",
        r"\bhow\s+(?:i'd|i'll|i'm\s+going\s+to)\s+(?:do|end)\s+it\b",  # I've thought about how I'd do it
        r"\b(?:goodbye|farewell|suicide)\s+(?:letters?|notes?|messages?|videos?|posts?)\b",  # goodbye letter
        r"\bgoodbye\s+(?:forever|everyone|everybody|world|cruel|all|to\s+everyone|for\s+good)\b(?!,?\s+(?:see\s+you|until|till|have\s+a|for\s+now|back\s|talk\s+soon|good\s?night|i'm\s+(?:off|leaving)|i'll\s+be\s+back|off\s+to|going\s+to\s+(?:bed|sleep)|bed|sleep|night))",
        r"\bsaid\s+(?:all\s+)?(?:my\s+)?goodbyes\b",
        r"\b(?:said|say|saying)\s+goodbye\s+(?:\w+\s+){0,4}?(?:for\s+the\s+last\s+time|forever|for\s+good)\b",
        r"\bthis\s+is\s+goodbye\b",
        r"\b(?:this\s+is|these\s+are|here's|here\s+are)\s+my\s+last\s+(?:message|text|post|words|goodbye|note)\b",  # this is my last message
        r"\bmy\s+last\s+(?:words|night\s+alive|day\s+alive|goodbye)\b",
        r"\bby\s+the\s+time\s+you\s+(?:read|see|get)\s+this\b",
        r"\bsorry\s+for\s+what\s+i'm\s+(?:about|going)\s+to\s+do\b",
        r"\btell\s+(?:my\s+)?\w+\s+(?:that\s+)?i\s+(?:loved|love)\s+(?:her|him|them|you)\b(?!\s+(?:gift|present|card))",  # please tell my sister I loved her
        r"\bgoodbye,?\s+thank\s+you\s+for\s+everything\b|\bthank\s+you\s+for\s+everything,?\s+(?:i'm\s+sorry|goodbye|bye)\b",
        r"\bgave\s+away\s+(?:all\s+)?(?:my|most\s+of\s+my)\s+(?:things|stuff|belongings|possessions|pets?)\b",
        r"\b(?:planning|imagining|imagine|picturing)\s+my\s+(?:own\s+)?(?:death|funeral|suicide)\b",
        r"\bmy\s+death\s+would\b",
        r"\b(?:tried|trying|attempted|attempt)\s+to\s+(?:kill\s+myself|hang\s+myself|end\s+(?:it|my\s+life|things)|overdose|drown\s+myself|shoot\s+myself|off\s+myself|take\s+my\s+(?:own\s+)?life)\b",  # tried to kill myself
        r"\battempted\s+(?:suicide|before|again)\b",
        # --- not safe right now --------------------------------------------------------------
        r"\bi'm\s+not\s+safe(?=\s*(?:$|[.,!?;]|\s+(?:right\s+now|now|tonight|anymore|here|at\s+home|with\s+myself|around\s+myself|alone|to\s+be\s+(?:alone|left))))",
        r"\b(?:don't|can't)\s+(?:feel|keep\s+myself|stay)\s+safe\s+(?:with|around|by|from)\s+myself\b",
        r"\bcan't\s+(?:promise|guarantee)\s+(?:i'll|i\s+can|to|that\s+i'll)\s+(?:stay|keep|be)\s+(?:myself\s+)?safe\b",
        r"\b(?:scared|afraid|terrified|worried|frightened)\s+(?:of\s+)?(?:what\s+)?i\s+(?:might|will|could|i'll|'ll)\s+do\b",  # scared of what I might do
        r"\btrust\s+myself\s+(?:tonight|right\s+now|alone|to\s+stay\s+safe|anymore)\b",
        r"\b(?:want|wish|wishing|need)\s+(?:to\s+)?(?:just\s+)?(?:go\s+to\s+)?sleep\s+forever\b",  # I just want to sleep forever
        r"\bno\s+point\s+(?:anymore|in\s+anything|to\s+anything)\b",
        r"\bwant\s+out\s+of\s+(?:this\s+)?(?:life|world|existence)\b",
        r"\bbetter\s+off\s+(?:not\s+existing|not\s+alive|not\s+being\s+(?:here|alive|around)|gone|never\s+born)\b",
        r"\bcan't\s+(?:take|stand|bear|handle|do|live)\s+(?:it|this|the\s+pain|this\s+pain|this\s+life|living|being\s+alive|life)\s+anymore\b",  # can't take this pain anymore
        r"\bend\s+(?:my|the|this)\s+(?:suffering|misery|pain\s+for\s+good|pain\s+forever)\b",
        r"\bfeel(?:ing)?\s+like\s+dying\b",
        r"\b(?:want|wish|need)\s+(?:it|this|everything|it\s+all|all\s+of\s+this|all\s+this)\s+to\s+be\s+over\b",  # I want it to be over
        r"\b(?:better|happier|easier|simpler|lighter)\s+(?:off\s+|for\s+(?:everyone|them|all|my\s+family)\s+)?if\s+i\s+(?:just\s+)?(?:wasn't|weren't|was\s+gone|were\s+gone|didn't\s+exist|was\s+dead|died|disappeared|wasn't\s+around|was\s+never\s+born)\b",  # easier if I just wasn't here
        r"\b(?:picturing|imagining|imagine|picture|visuali[sz]ing|fantasi[sz]ing\s+about|dreaming\s+about|daydreaming\s+about|obsessing\s+over|obsessed\s+with)\s+(?:myself\s+)?(?:jumping|dying|dead|hanging|killing\s+myself|cutting|being\s+dead|my\s+(?:own\s+)?(?:death|funeral|suicide)|not\s+being\s+here|not\s+existing|ending\s+it|overdosing|crashing)\b",  # keep picturing myself jumping
        r"\b(?:thinking\s+(?:about|of)|going|go|drive|driving|walk|walking|head|heading)\s+(?:going\s+)?(?:to|up\s+to|onto)\s+(?:the|a)\s+(?:bridge|roof|rooftop|cliff|tracks|train\s+tracks|ledge|top\s+floor)\s+(?:(?:tonight|right\s+now|now|again)(?=\s*(?:$|[.,!?]))|to\s+(?:jump|end\s+it|die)\b)",  # thinking about going to the bridge tonight
        r"\bif\s+i\s+(?:\w+\s+)?(?:died|was\s+gone|disappeared|killed\s+myself|wasn't\s+here)\s+(?:\w+\s+){0,2}?no\s+one\s+(?:would|will)\b",  # if I died tomorrow no one would care
        r"\bbetter\s+off\s+with\s+(?:the\s+|my\s+)?(?:life\s+)?insurance\b",
        r"\b(?:chosen|picked|set|decided\s+on|chose)\s+(?:a|the|my)\s+(?:day|date|method|way|place|spot)(?=\s*(?:$|[.,!?]|\s+(?:to\s+(?:do\s+it|die|end\s+it)|for\s+it)))",  # I've chosen the day
        r"\b(?:don't|can't)\s+see\s+(?:the\s+|any\s+)?point\s+(?:in\s+|of\s+)?(?:going\s+on|living|life|anything|being\s+alive|trying\s+anymore|carrying\s+on|anymore|being\s+here)\b",
        r"\b(?:won't|not\s+going\s+to)\s+be\s+(?:here|around|alive)\s+(?:next|much\s+longer|for\s+long|anymore|tomorrow|by|to\s+see|after)\b",  # not going to be around much longer
        r"\blast\s+time\s+(?:you'll|you\s+will|anyone\s+will)\s+(?:hear|see)\s+from\s+me\b|\byou\s+won't\s+(?:hear\s+from|see)\s+me\s+again\b",
        r"\b(?:keep|can't\s+stop|always|constantly)\s+thinking\s+about\s+(?:\w+\s+){0,2}?(?:"
        + _EN_PILLS[3:-1]
        + r"|rope|gun|noose|blade|jumping|dying|death|ending\s+it|killing\s+myself|cutting|overdosing)\b",  # keep thinking about the pills
        r"\b(?:no|can't\s+see\s+(?:a|any)|don't\s+see\s+(?:a|any)|there's\s+no)\s+future\s+for\s+me\b",
        r"\bi\s+want\s+out(?=\s*(?:$|[.,!?]))",
        r"\b(?:wish|want|need|hope)\s+(?:i\s+could\s+)?(?:to\s+)?(?:just\s+)?(?:go\s+to\s+|fall\s+)?(?:sleep|asleep)\s+forever\b",  # wish I could fall asleep forever
        r"\b(?:stab|stabbing|stabbed|electrocute|electrocuting|set\s+fire\s+to|gas|gassing)\s+myself\b",  # stab myself
        r"\b(?:thoughts?|thinking|think)\s+(?:about|of)\s+(?:dying|death|being\s+dead|not\s+being\s+here|ending\s+(?:it|my\s+life)|killing\s+myself)\b",  # thoughts about dying
        r"\bmy\s+will\b"
        + _GAP
        + r"\b(?:letters?|notes?|goodbye)\b",  # wrote my will and a letter for mum
        r"\bi'm\s+done[.,!]*\s+(?:goodbye|bye\s+forever|this\s+is\s+it)\b",
        r"\bswallow\w*\s+(?:all|every\s+(?:one|last\s+one))\s+of\s+them\b",
        r"\b(?:relaps\w*|i)[,\s]+(?:\w+\s+)?cut\s+again\b",  # relapsed, cut again
        r"\b(?:went|cut|going)\s+too\s+deep\b|\bblood\s+everywhere\b|\b(?:won't|can't)\s+stop\s+(?:the\s+)?bleeding\b",
        r"\b(?:a\s+(?:whole\s+)?bottle\s+of|lots\s+of|so\s+much)\s+(?:vodka|wine|whiskey|alcohol|booze|gin|rum|tequila)\b"
        + _GAP
        + r"\b(?:took|take|taking|swallowed|downed)\s+(?:all\s+)?(?:my\s+|the\s+|some\s+)?(?:\w+\s+)?"
        + _EN_PILLS
        + r"\b",  # drank a bottle of vodka and took my pills
        r"\bjump\w*\s+(?:off|from)\s+(?:something|somewhere)\s+(?:high|tall)\b",
        r"\b(?:cut|burn\w*|burnt|hit|hurt|scratch\w*|punch\w*|bit|bite|starv\w*)\s+(?:\w+\s+){0,6}?on\s+purpose\b",  # burned my arm with a cigarette on purpose
        r"\b(?:cigarettes?|lighter)\s+(?:burns?\s+)?(?:on|to|into)\s+my\s+(?:arm|skin|hand|leg|wrist|thigh)s?\b",
        r"\b(?:not\s+planning\s+(?:on|to)|don't\s+plan\s+(?:on|to)|not\s+going\s+to)\s+wak(?:e|ing)\s+up\b"
        + _WAKE_END,  # not planning on waking up tomorrow
        r"\b(?:if|whether)\s+i\s+(?:live|lived)\s+or\s+(?:die|died)\b",  # no one cares if I live or die
        r"\bdone\s+(?:with\s+)?living\b",
        # Quoted in issue #16: "i just want to disappear", "im done with everything".
        r"\b(?:want|wanna|wish\s+i\s+could|need)\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish)(?=\s*(?:$|[.,!?;…]|\s+(?:forever|for\s+good|permanently|completely|from\s+(?:everything|everyone|this\s+world|existence))\b))",
        r"\b(?:i'm|i\s+am)\s+(?:just\s+|so\s+|really\s+|totally\s+)?done\s+with\s+(?:everything|it\s+all|all\s+of\s+it|everyone|life|this\s+life)(?=\s*(?:$|[.,!?;…]|\s+(?:and\s+everyone|forever|for\s+good)\b))",
        r"\b(?:not\s+sure|don't\s+know\s+if|unsure\s+if|no\s+longer\s+sure)\s+(?:if\s+)?i\s+(?:still\s+)?want\s+to\s+(?:live|be\s+alive|be\s+here|exist|keep\s+going|go\s+on)\b",
        r"\blife(?:'s|\s+has)\s+(?:no\s+meaning|meaningless|pointless|lost\s+(?:its|all)\s+meaning)\b",  # life has no meaning
        r"\b(?:want|wish|need)\s+(?:it|this|everything|it\s+all)\s+to\s+(?:end|stop)(?=\s*(?:$|[.!?;]|\s+(?:now|already|forever|for\s+good|permanently)\b))",  # I want it to end
        r"\b(?:reason|point)\s+for\s+me\s+to\s+(?:live|exist|go\s+on|keep\s+going|stay(?=\s*(?:$|[.,!?]|\s+(?:alive|here|around|anymore)\b))|be\s+here|be\s+alive)\b",  # no reason for me to live
        r"\b(?:gun|pistol|rifle|pills|rope|knife|blade|noose)\b"
        + _GAP
        + r"\b(?:keep|can't\s+stop)\s+(?:looking\s+at|thinking\s+about|staring\s+at|holding)\s+(?:it|them)\b",
        r"\b(?:every|all\s+the)\s+(?:single\s+)?(?:\w+\s+)?(?:pill|pills|tablet|tablets|med|meds|medication|medicine)\s+(?:in\s+the\s+(?:house|flat|apartment|cabinet|cupboard|drawer)|i\s+(?:have|own|can\s+find)|i've\s+got)\b",  # every pill in the house
        r"\bgarage\b"
        + _GAP
        + r"\bengine\s+(?:running|on)\b|\bexhaust\s+(?:pipe\s+)?(?:into|in)\s+the\s+car\b|\bcarbon\s+monoxide\b",
        r"\b(?:sliced|slice|slicing|slashed|carved|carve|carving)\s+(?:into\s+)?(?:my\s+)?(?:arms?|wrists?|thighs?|legs?|skin)\b",  # sliced my arm open
        r"\b(?:razor|blade)s?\s+out\s+again\b|\b(?:razor|blade)s?\s+out(?=\s*(?:$|[.!?]))",  # got the razor out again
        r"\bfinish\s+(?:it|myself|everything)\s+(?:off\s+)?(?:for\s+good|once\s+and\s+for\s+all)\b|\bfinish\s+myself\s+off\b",
        r"\b(?:hope|wish|want|pray)\s+(?:that\s+)?(?:this\s+is|it's|today\s+is|tonight\s+is|this\s+will\s+be)\s+my\s+last\s+(?:night|day|week|birthday)\b",  # I hope this is my last night
        r"\b(?:hope|wish|pray)\s+(?:that\s+)?tomorrow\s+(?:never\s+comes|doesn't\s+come|won't\s+come)\b",
        r"\b(?:don't|no\s+longer)\s+want\s+to\s+see\s+(?:tomorrow|another\s+day|the\s+morning|next\s+(?:week|year)|my\s+next\s+birthday)\b(?!\s+(?:at|when|because|with))",  # I don't want to see tomorrow
        r"\bdon't\s+try\s+to\s+(?:stop|save|find)\s+me(?=\s*(?:$|[.,!?]))",  # please don't try to stop me
        r"\b(?:made\s+up\s+my\s+mind|decided|it's\s+time)[,.]?\s+(?:i'm\s+going\s+to|i'll|going\s+to)\s+do\s+it(?=\s*(?:$|[.,!?]|\s+(?:tonight|today|now)))",
        r"\b(?:left|leaving|wrote|written|writing)\s+(?:a|my)\s+note\s+(?:and\s+left\s+it\s+)?(?:on\s+(?:my|the)\s+(?:bed|pillow|desk|door)|for\s+(?:my\s+)?(?:family|parents|mum|mom|dad|kids|everyone|whoever\s+finds))",
        r"\b(?:won't|not\s+going\s+to)\s+be\s+(?:here|around|alive)(?=\s*(?:$|[.!?]))",  # because I won't be around.
        r"\buntil\s+(?:it|i)\s+bleeds?\b|\btill\s+(?:it|i)\s+bleeds?\b|\b(?:hit|bang|slam)\w*\s+my\s+head\s+against\s+the\s+wall\s+(?:until|till|so\s+hard|again\s+and\s+again)\b",
        r"\b(?:jumped|stepped|walked|threw\s+myself)\s+(?:out\s+)?in\s+front\s+of\s+(?:(?:a|an|the|some|oncoming)\s+)?(?:\w+\s+)?"
        + _EN_VEHICLE
        + r"\b",  # almost stepped in front of the train
        r"\b(?:got|get|getting|bought|buy|found)\s+(?:hold\s+of\s+)?(?:a|my\s+\w+'s|a\s+loaded)\s+(?:gun|pistol|firearm|revolver)\b(?!\s+(?:for\s+(?:hunting|the\s+range|sport|work)|licen[cs]e|permit|show|safe))",  # I got hold of a gun
        r"\b(?:writing|wrote|written|write)\s+(?:my\s+)?(?:last|final)\s+(?:letter|note|message|words)\b",  # writing my last letter
        r"\b"
        + _EN_TAKE
        + r"\s+(?:my\s+|the\s+)?(?:whole|entire|full)\s+(?:prescription|supply|bottle|pack|box|stash|blister)\b",  # downed my whole prescription
        r"\b(?:won't|can't|not)\s+(?:be\s+able\s+to\s+)?stop\s+myself\b(?!\s+from\s+(?:eating|buying|laughing|crying|checking|texting|snacking|scrolling|smiling|thinking\s+about\s+(?:her|him|food)))",
        r"\bbetter\s+off\s+(?:in\s+the\s+ground|in\s+a\s+grave|six\s+feet\s+under|underground)\b|\bsix\s+feet\s+under\b",
        r"\bthe\s+means\s+to\s+(?:do\s+it|end\s+it|die)\b|\ba\s+plan\s+and\s+the\s+means\b|\bhave\s+the\s+means\b",
        r"\btired\s+of\s+fighting(?=\s*(?:$|[.,!?]|\s+(?:for\s+my\s+life|to\s+stay\s+alive|this)))",
        r"\b"
        + _EN_PILLS
        + r"[,.]?\s+(?:i\s+)?(?:took|swallowed|downed|ate|popped|chugged)\s+(?:them\s+)?all\b(?!\s+(?:as\s+prescribed|this\s+morning|today|on\s+time|like\s+the\s+doctor))",  # pills, I took them all
        r"\b(?:walk|walking|step|stepping|jump|jumping|climb|climbing|throw\s+myself|throwing\s+myself|fall|falling)\s+out\s+(?:of\s+)?(?:the|a|my)\s+window\b(?!\s+(?:to\b|and\s+(?:watch|look)))",  # walk out the window
        r"\b(?:no|any)\s+strength\s+(?:left\s+)?to\s+(?:live|go\s+on|keep\s+going|keep\s+living)\b",
        r"\bcan't\s+live\s+(?:anymore|any\s+longer)\b",
        r"\bwhy\s+(?:should|would|do)\s+i\s+(?:even\s+)?(?:live|be\s+alive|exist|keep\s+living|go\s+on|bother\s+living)\b",  # why should I even live
        r"\b(?:dying|death|being\s+dead|not\s+existing)\s+(?:sounds|seems|feels|looks)\s+(?:so\s+)?(?:good|nice|better|peaceful|like\s+a\s+relief|easier|appealing|tempting)\b",  # dying sounds good
        r"\bbetter\s+(?:to\s+)?(?:just\s+)?(?:die|be\s+dead|not\s+exist)\b(?!\s+(?:on|trying|doing|for))",
        r"\bleave\s+this\s+(?:world|earth|life)\b",
        r"\bmore\s+(?:of\s+)?(?:[\w']+\s+){0,2}?"
        + _EN_PILLS
        + r"\s+than\s+(?:i\s+)?(?:should|i'm\s+supposed|i\s+was\s+supposed|prescribed|allowed|the\s+dose|i\s+can\s+remember)",  # took way more pills than I should have
        r"\bwish(?:ed)?\s+(?:that\s+)?(?:(?:i'd|i\s+had)\s+(?:never|not)|i\s+hadn't)\s+(?:woken|woke)\s+up\b|\bwish\s+i\s+(?:never|didn't)\s+(?:woke|wake)\s+up\b",  # I wish I'd never woken up
        r"\b(?:use|using|used|turn|turning)\s+(?:[\w']+\s+){0,2}?(?:it|gun|pistol|rifle|knife|blade|razor|pills|them|rope)\s+on\s+myself\b",  # using my dad's gun on myself
        r"\bliving\s+(?:isn't|'s\s+not|is\s+not|not)\s+(?:really\s+)?worth\b",
        r"\ball\s+(?:the|those|these|my)\s+(?:\w+\s+)?"
        + _EN_PILLS
        + r"\s+(?:i\s+)?(?:took|swallowed|ate|downed|had)\b",  # after all the pills I took
        r"\bbath(?:tub)?\s+with\s+(?:a|the|my)\s+(?:razor|blade|knife|pills|toaster|hairdryer)\b",  # in the bath with a razor
        r"\bfeel\s+(?:the\s+)?(?:blade|razor)\s+again\b",
        r"\b"
        + _EN_PILLS
        + r"\s+and\s+(?:a\s+(?:bottle|glass)\s+of\s+)?(?:wine|vodka|alcohol|whiskey|booze|gin)\b",
        r"\bdo\s+it\s+(?:when|while|once|after)\s+(?:everyone|they|the\s+house|my\s+(?:family|parents|husband|wife|partner))\s*(?:'s|is|are)?\s*(?:asleep|gone|out|at\s+work|sleeping)\b",
        r"\b(?:don't\s+think|not\s+sure)\s+i\s+can\s+(?:stay\s+alive|keep\s+(?:going|living|myself\s+(?:alive|safe))|hold\s+on|go\s+on|last)\s+(?:much\s+)?(?:longer|anymore)\b",
        r"\beasy\s+to\s+(?:just\s+)?(?:step\s+off|jump|end\s+it|die|swerve|take\s+them\s+all)\b",  # it would be so easy to just step off
        r"\b(?:looking|staring|stare|look)\s+(?:at|down\s+at)\s+(?:the\s+)?(?:train\s+)?(?:tracks|rails|drop|water\s+below)\b",
        r"\b(?:won't|not\s+going\s+to)\s+be\s+(?:here|around|alive)\s+for\s+(?:christmas|new\s+year|my\s+birthday|the\s+holidays|long)\b",
        r"\b(?:today|tonight|this)\s+is\s+my\s+last\s+(?:day|night)(?=\s*(?:$|[.,!?]|\s+(?:alive|on\s+earth)))",  # today is my last day
        r"\bif\s+(?:a|the)\s+(?:car|bus|truck|lorry|train)\s+(?:hit|hits|would\s+hit|ran\s+over|runs\s+over|killed)\s+me\b",
        r"\b(?:no|don't\s+see\s+(?:any|the)|can't\s+see\s+(?:any|the)|there's\s+no|lost\s+(?:all|the))\s+(?:meaning|purpose|point|sense)\s+(?:in|of|to)\s+(?:my\s+)?(?:life|living|existence|being\s+alive)\b",
        r"\b(?:"
        + _EN_PILLS[3:-1]
        + r"|rope|gun|blade|razor)\s+to\s+(?:do\s+it|end\s+it|die|kill\s+myself|overdose)\b",  # bought the pills to do it
        r"\bi\s+can't\s+anymore(?=\s*(?:$|[.!?]))",
        r"\b(?:fresh|new|deep|open)\s+cuts?\s+(?:on|in)\s+my\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach)\b",
        r"\b(?:don't|no\s+longer)\s+want\s+to\s+wake\s+up\b" + _GAP + r"\banymore\b",
        r"\bdeath\s+(?:is|would\s+be|seems|feels)\s+(?:better|easier|kinder)\s+than\s+(?:this|my|living|life)\b",
        r"\bif\s+i\s+(?:just\s+)?(?:stopped\s+(?:existing|living|being\s+(?:here|around|alive))|was\s+no\s+longer\s+(?:here|around|alive))\b",  # relieved if I just stopped existing
        r"\b(?:looked|looking|staring|stared)\s+at\s+(?:the|a|my)\s+(?:knife|blade|razor|pills|rope|gun)\s+(?:for\s+(?:a\s+long\s+time|ages|hours|an\s+hour)|again)\b",
        r"\b(?:don't\s+think|hope)\s+i(?:'ll|\s+will)\s+(?:wake\s+up|be\s+waking\s+up)\b"
        + _WAKE_END,  # I don't think I'll wake up tomorrow
        r"\blet\s+me\s+(?:just\s+)?(?:die|be\s+dead|end\s+it)\b",  # please just let me die
        r"\bswallow\w*\s+(?:the|a|my)\s+(?:whole|entire)\s+(?:packet|pack|box|bottle|strip|blister)\b",
        r"\buntil\s+they\s+bleed\b|\btill\s+they\s+bleed\b",
        r"\b(?:can't|don't)\s+see\s+myself\s+(?:being\s+|still\s+)?(?:alive|here|around)\s+(?:next|in\s+a|by|much\s+longer|for\s+long)\b",
        r"\b(?:dying|death|being\s+dead|not\s+existing|not\s+waking\s+up)\s+(?:would\s+be|is|sounds|seems|feels|looks)\s+(?:like\s+)?(?:a\s+)?(?:relief|release|escape|mercy|welcome)\b",  # dying would be a relief
        r"\blet\s+go\s+of\s+(?:life|living|this\s+life|my\s+life)\b|\b(?:done|tired\s+of)\s+fighting(?=\s*(?:$|[.,!?]))",
        r"\bgoodbye\b"
        + _GAP
        + r"\b(?:forever|for\s+good|for\s+the\s+last\s+time)\b",  # told her goodbye, she doesn't know it's forever
        # euphemisms
        r"\b(?:want\s+to|going\s+to|might|should|i'll)\s+(?:just\s+)?rope(?=\s*(?:$|[.,!?]|\s+(?:myself|tonight|now)\b))",  # I wanna rope
        r"\bcheck(?:ing)?\s+out\s+(?:permanently|for\s+good|of\s+(?:life|this\s+life|this\s+world))\b|\bready\s+to\s+check\s+out(?=\s*(?:$|[.,!?]))",
        r"\b(?:might|going\s+to|afraid\s+i'll|scared\s+i'll|i'll|about\s+to)\s+do\s+something\s+(?:stupid|drastic|terrible|permanent)\b(?!\s+like)",  # I might do something stupid tonight
        r"\bwon't\s+be\s+(?:a\s+)?(?:problem|burden|bother|trouble)\s+(?:for|to)\s+(?:anyone|anybody|you|them|everyone)\s+(?:anymore|much\s+longer|soon)\b|\bsoon\s+i\s+won't\s+be\s+(?:a\s+)?(?:problem|burden)\b",
        r"\bout\s+of\s+(?:everyone's|everybody's|your|their)\s+(?:way|hair|lives?)\s+(?:soon|for\s+good|forever|permanently)(?=\s*(?:$|[.,!?]))",
        r"\b(?:pain|it|this|everything)\s+to\s+(?:go\s+away|stop|end)\s+(?:forever|for\s+good|permanently)\b",  # the pain to go away forever
        r"\b(?:this\s+is\s+the\s+end|it's\s+(?:all\s+)?over|it's\s+the\s+end)\s+for\s+me\b(?!\s+(?:at|with|in)\b)",  # this is the end for me
        r"\b(?:should|shouldn't|should\s+not|not\s+supposed\s+to|wasn't\s+meant\s+to|not\s+meant\s+to)\s+(?:even\s+)?be\s+(?:alive|living|in\s+this\s+world|on\s+this\s+earth)\b",  # I should not be alive
        r"\b(?:should|shouldn't|should\s+not|not\s+supposed\s+to|wasn't\s+meant\s+to|not\s+meant\s+to)\s+(?:even\s+)?be\s+here\s+(?:anymore|at\s+all)\b",
        r"\b(?:don't|never)\s+belong\s+(?:in\s+this\s+world|here\s+anymore|anywhere|on\s+this\s+earth|among\s+the\s+living)\b",
        r"\b(?:the\s+world|my\s+family)\s+(?:doesn't|don't|won't)\s+need\s+me\b|\bno\s+one\s+needs\s+me\b",
        r"\bsee\s+you\s+(?:all\s+)?(?:on\s+the\s+other\s+side|in\s+(?:another|the\s+next)\s+life|in\s+heaven)\b",
        r"\bend\s+(?:my|the|this)\s+pain\b(?=\s*(?:$|[.,!?]|\s+(?:tonight|today|now|forever|for\s+good|permanently)\b))",
        r"\b(?:ways?|how)\s+to\s+not\s+(?:be\s+here|exist|be\s+alive|wake\s+up)\b|\bnot\s+be\s+here\s+anymore\b",
        r"\b(?:don't|no\s+longer)\s+want\s+to\s+do\s+(?:life|this\s+life|living)\b",  # I don't want to do life anymore
        r"\bover\s+(?:living|life|being\s+alive|existing)(?=\s*(?:$|[.,!?]))",  # I'm over living
        r"\bgo\s+dark\s+(?:forever|for\s+good|permanently)\b",
        r"\bwant\s+to\s+(?:just\s+)?be\s+gone(?=\s*(?:$|[.!?]|\s+(?:forever|for\s+good)\b))",  # I just want to be gone
        r"\b(?:join|be\s+with|see)\s+(?:my\s+)?\w+\s+(?:in\s+heaven|on\s+the\s+other\s+side|again\s+in\s+heaven)\b",  # join my mum in heaven
        r"\b(?:ready|want)\s+to\s+go\s+(?:and\s+)?be\s+with\s+(?:my\s+)?(?:mum|mom|dad|grandma|grandpa|nan|brother|sister|son|daughter|husband|wife)\b(?=\s*(?:$|[.,!?]|\s+(?:again|forever|now)\b))",
        r"\b(?:nothing|no\s+one)\s+(?:is\s+)?(?:keeping|holding)\s+me\s+(?:here|alive|back)(?=\s*(?:$|[.!?]|\s+anymore\b))",  # there's nothing keeping me here
        r"\bwould\s+(?:\w+\s+)?move\s+on\s+(?:\w+\s+)?without\s+me(?=\s*(?:$|[.!?]))",
        r"\bmy\s+life(?:'s|\s+is)\s+(?:over|finished|done|worthless|meaningless)\b",  # my life is over
        r"\b(?:not\s+going\s+to|won't)\s+make\s+it\s+to\s+(?:my\s+(?:next\s+)?birthday|christmas|new\s+year|next\s+(?:week|month|year))(?=\s*(?:$|[.,!?]))",
        r"\bfavou?r\s+(?:by|if\s+i)\s+(?:dying|die|died|disappearing|killing\s+myself|not\s+being\s+here)\b",
        r"\b(?:blades?|razors?|pills|rope|knife)\s+(?:\w+\s+)?hidden\b|\bhid(?:e|ing|den)?\s+(?:\w+\s+)?(?:blades|razor\s+blades|pills|a\s+rope)\b",
        r"\bdead\s+inside\b" + _GAP + r"\b(?:want|need)\s+to\s+finish\s+(?:the\s+job|it|myself)\b",
        r"\b(?:bottle|pack|box|handful)\s+of\s+(?:\w+\s+)?"
        + _EN_PILLS
        + r"\s+(?:next\s+to|beside|in\s+front\s+of)\s+(?:me|my\s+bed)\b"
        + _GAP
        + r"\b(?:scared|afraid|tempted|staring|thinking)\b",
        r"\bmy\s+(?:own\s+)?funeral\b",  # no one would even come to my funeral
        r"\b(?:wanting|urge|want|tempted|pull)\s+to\s+jump\b"
        + _GAP
        + r"\b(?:balcony|bridge|roof|ledge|window|platform)\b",  # I keep wanting to jump when I'm on the balcony
        r"\b(?:wrote|written|writing|write)\s+(?:my|a)\s+(?:goodbye|farewell)\b(?!\s+(?:card|speech|party|email\s+to\s+(?:the|my)\s+(?:team|colleagues)))",
        r"\bfuture\s+(?:where|in\s+which)\s+i'm\s+(?:alive|here|still\s+here)\b",
        r"\bno\s+(?:point|reason)\s+(?:in\s+)?(?:waking\s+up|to\s+wake\s+up)\b(?!\s+(?:early|before|at)\b)",  # no point waking up tomorrow
        r"\b(?:saying|say|said)\s+goodbye\s+to\s+(?:you\s+all|everyone|all\s+of\s+you|everybody)\s+(?:tonight|now|forever|for\s+good)\b|\bgoodbye\s+to\s+you\s+all(?=\s*(?:$|[.!]))",
        r"\bthrow(?:ing)?\s+myself\s+(?:in|into)\s+(?:the\s+)?(?:river|sea|lake|water|ocean|canal)\b",
        r"\bset(?:ting)?\s+myself\s+(?:on\s+fire|alight|ablaze)\b|\bburn\s+myself\s+alive\b",
        r"\bsurvived\b"
        + _GAP
        + r"\b(?:try\s+again|do\s+it\s+again|next\s+time\s+i'll)\b",  # I jumped but I survived and I'll try again
        r"\b(?:never|not)\s+(?:get|wake)\s+up\s+again\b",  # go to bed and never get up again
        r"\b(?:like|love|prefer|want)\s+to\s+(?:just\s+)?not\s+(?:be\s+alive|exist|be\s+here|live)\b",  # I'd like to just not be alive
        r"\b(?:lake|river|sea|water|cliff|tracks)\b" + _GAP + r"\bwith\s+me\s+(?:in\s+it|inside)\b",
        r"\btook\s+a\s+(?:razor|blade|knife)\s+to\s+my\s+(?:thighs?|arms?|wrists?|skin|stomach|body)\b",
        r"\bwish\s+i\s+could\s+(?:just\s+)?(?:not|never)\s+wake\s+up\b",
        r"\b(?:arms?|legs?|wrists?|thighs?|body|skin)\s+(?:are|is)\s+(?:covered\s+in|full\s+of)\s+(?:cuts|scars|burns)\b",
        r"\bburn\w*\s+my\s+(?:skin|arms?|wrists?|hands?|legs?|thighs?)\s+with\s+(?:a\s+)?(?:lighter|cigarette|match|iron|candle)",
        r"\bthinking\s+(?:of|about)\s+jumping\b(?!\s+(?:ship|in|into|at|on|for|the\s+queue|rope))",
        r"\b(?:letters?|notes?)\s+(?:to|for)\s+(?:my\s+)?\w+\s+before\s+i\s+(?:go|die|leave)(?=\s*(?:$|[.!?]))",
        r"\b(?:gave|given|giving)\s+away\b"
        + _GAP
        + r"\b(?:i'm\s+ready|won't\s+need|before\s+i\s+(?:go|die))\b",
        r"\b(?:disappear|vanish|leave)\s+from\s+(?:this|the)\s+(?:world|earth|planet)\b",
        r"\b(?:not\s+strong\s+enough|too\s+(?:weak|tired))\s+to\s+(?:keep\s+living|go\s+on|live|stay\s+alive|keep\s+going)\b(?!\s+to\b)",
        r"\bthink\s+about\s+how\s+(?:i\s+)?(?:could|would|might|can|to)\s+(?:die|do\s+it|end\s+it|kill\s+myself)\b",
        r"\b(?:taken|took|swallowed|downed)\s+half\s+(?:of\s+)?(?:the|my|a)\s+(?:\w+\s+)?(?:"
        + _EN_PILLS[3:-1]
        + r"|bottle|pack|packet|box)\b",
        r"\bwant\s+to\s+step\s+off(?=\s*(?:$|[.,!?]))|\b(?:height|edge|water|void|bridge)\s+is\s+calling\s+(?:me|to\s+me)\b",
        r"\b(?:don't|no\s+longer)\s+(?:need|want)\s+(?:this|my)\s+life\b(?=\s*(?:$|[.,!?]|\s+anymore))",  # I don't need this life anymore
        r"\bleave\s+(?:this\s+)?life\b",
        r"\bbetter\s+if\s+i\s+(?:don't|didn't|wouldn't)\s+(?:live|exist|wake\s+up|survive)\b",
        r"(?<!city\s)(?<!village\s)(?<!country\s)(?<!office\s)(?<!student\s)(?<!married\s)(?<!single\s)(?<!farm\s)\blife(?:\s+isn't|'s\s+not|\s+is\s+not)\s+for\s+me(?=\s*(?:$|[.,!?]))",  # life isn't for me
        r"\b(?:not\s+going\s+to|won't|don't\s+think\s+i'll)\s+survive\s+(?:this\s+night|the\s+night|tonight|another\s+(?:day|night|week))\b",
        r"\b(?:want|wish|need)\s+my\s+life\s+to\s+(?:be\s+over|end|stop)\b",  # I want my life to be over
        r"\b(?:whole|entire|full)\s+(?:[\w']+\s+)?(?:supply|prescription|stash)\s+of\s+(?:[\w']+\s+)?"
        + _EN_PILLS
        + r"\b",
        r"\bcan't\s+(?:live|go\s+on|cope)\s+with\s+(?:this|the)\s+pain\s+(?:anymore|any\s+longer)\b",
        r"\bmy\s+life\s+(?:has\s+no|is\s+of\s+no|has\s+lost\s+its|lost\s+its)\s+(?:value|worth|purpose|meaning)\b",
        r"\bbetter\s+off\s+not\s+living\b",
        r"\blast\s+(?:night|day)\s+(?:on\s+earth|alive|of\s+my\s+life)\b",
        r"\b(?:don't|no\s+longer)\s+want\s+to\s+continue\s+(?:living|to\s+live|my\s+life|with\s+life)\b",
        r"\b(?:fine|okay|ok|better|happier|easier)\s+(?:off\s+)?without\s+me(?:\s+around)?(?=\s*(?:$|[.,!?]))",  # everyone would be fine without me around
        r"\b(?:on|at)\s+the\s+(?:ledge|edge|railing)\s+of\s+(?:my|the|a)\s+(?:balcony|roof|window|building|bridge)\b",
        r"\b(?:going\s+to|want\s+to|i'll|about\s+to|ready\s+to)\s+(?:just\s+)?jump\s+(?:off|from)(?=\s*(?:$|[.!?]))",  # I'm about to jump off
        r"\b(?:took|take|swallowed|swallow|down)\s+(?:all|every\s+(?:single\s+)?one)\s+of\s+them(?=\s*(?:$|[.,!?]|\s+(?:tonight|now|at\s+once)\b))",  # what if I just took all of them
        r"\b(?:looking\s+(?:at|up)|googl\w*|searching|searched|researching)\s+(?:for\s+)?(?:the\s+)?(?:bridges|tallest\s+(?:building|bridge)|high\s+(?:buildings|bridges|places)|cliffs)\b",
        r"\b(?:don't|do\s+not)\s+want\s+to\s+be\s+(?:saved|rescued|stopped|found)(?=\s*(?:$|[.,!?]))",
        r"\bpay\s+with\s+my\s+life\b",
        r"\bcan't\s+(?:face|do|survive|bear|take)\s+(?:another|one\s+more)\s+(?:day|night|week|morning)(?=\s*(?:$|[.,!?]|\s+(?:like\s+this|alive|of\s+this\s+life)))",
        r"\bget\s+off\s+(?:for\s+good|forever|permanently)\b",
        r"\b(?:pray|praying|hope|hoping)\s+(?:that\s+)?(?:i\s+)?(?:don't|won't|not\s+to|never)\s+wake\s+up\b"
        + _WAKE_END,  # praying not to wake up
        r"\bif\s+i\s+had\s+a\s+(?:gun|pistol|rifle)\b",
        r"\bcount(?:ing|ed)?\s+(?:out\s+)?(?:my|the)\s+(?:\w+\s+)?"
        + _EN_PILLS
        + r"(?=\s*(?:$|[.,!?]|\s+again\b))",
        r"\bgiv(?:e|ing|en)\s+(?:my\s+)?(?:things|stuff|belongings|possessions)\s+away\b|\bgiv(?:e|ing|en)\s+away\s+(?:all\s+)?my\s+(?:things|stuff|belongings|possessions)\b",
        r"\b(?:shouldn't|should\s+not|don't\s+deserve\s+to|wasn't\s+meant\s+to)\s+exist\b",
        r"\bcan't\s+do\s+(?:this\s+)?life\b",
        r"\b(?:jump|jumping|leap|leaping|throw\s+myself|step|stepping)\s+(?:off|from)\s+the\s+top\s+of\s+(?:the|a|my|this)\s+(?:\w+\s+)?"
        + _EN_HIGH
        + r"\b",  # leap from the top of the car park
        r"\b(?:letter|note)s?\s+explaining\s+why\b",
        # --- acts and means: pills, poison ---------------------------------------------------
        r"\boverdos(?:e|es|ed|ing)\b",  # overdose, OD (see REWRITES)
        r"\b"
        + _EN_TAKE
        + r"\s+(?:like\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+)?(?:too\s+many|all|everything|a\s+lot|loads|lots|tons|[1-9]\d+|twenty|thirty|forty|fifty|hundred)\s+(?:of\s+)?(?:[\w']+\s+){0,2}?"
        + _EN_PILLS
        + r"\b",  # took too many pills, took 20 tylenol
        r"\btoo\s+many\s+(?:of\s+)?(?:[\w']+\s+){0,2}?" + _EN_PILLS + r"\b",
        r"\b"
        + _EN_TAKE
        + r"\s+(?:\w+\s+){0,3}?(?:bottles?|handfuls?|fistfuls?|bunch|packs?|packets?|box|boxes|strips?|blister|load|supply|stash|all)\s+of\s+(?:[\w']+\s+){0,2}?"
        + _EN_PILLS
        + r"\b",  # swallowed a whole bottle of pills
        r"\b"
        + _EN_TAKE
        + r"\s+(?:\w+\s+){0,2}?"
        + _EN_PILLS
        + r"\s+(?:\w+\s+){0,3}?(?:at\s+once|on\s+purpose|to\s+(?:die|end\s+it|not\s+wake\s+up)|with\s+(?:vodka|alcohol|wine|whiskey|booze|beer))\b",
        r"\b(?:all|everything)\s+(?:of\s+)?(?:my\s+|the\s+|these\s+)?"
        + _EN_PILLS
        + r"\s+at\s+once\b",
        r"\b(?:stockpil\w*|hoard\w*|saving|saved|collect\w*|stash\w*)\s+(?:up\s+)?(?:\w+\s+){0,2}?"
        + _EN_PILLS
        + r"\b",  # stockpiled my pills
        r"\b"
        + _EN_PILLS
        + r"\s+(?:\w+\s+)?(?:lined\s+up|counted\s+out|ready(?=\s*(?:$|[.,!?]))|in\s+front\s+of\s+me|next\s+to\s+me|in\s+my\s+hand)",
        r"\b"
        + _EN_TAKE
        + r"\s+everything\s+in\s+(?:the|my)\s+(?:medicine|bathroom|med|first|cupboard|cabinet|drawer)",
        r"\b(?:drank|drink|drinking|swallowed|swallow|ate|took|take|taking)\s+(?:some\s+|the\s+|a\s+)?(?:bleach|poison|antifreeze|rat\s+poison|weed\s+killer|pesticide|drain\s+cleaner)\b",  # drank bleach
        r"\bpoison(?:ed|ing)?\s+myself\b",
        # --- jumping, trains, cars, water ----------------------------------------------------
        r"\b(?:jump|jumping|leap|leaping|throw\s+myself|throwing\s+myself|fling\s+myself|step|stepping|walk|walking)\s+(?:off|from|out\s+of)\s+(?:a|the|my|this|that|our|his|her)\s+(?:\w+\s+)?"
        + _EN_HIGH
        + r"\b",  # jump off a bridge
        r"\b(?:jump|jumping|throw\s+myself|throwing\s+myself|step|stepping|walk|walking|lie|lying|lay|laying|run|running)\s+(?:out\s+)?in\s+front\s+of\s+(?:(?:a|an|the|some|oncoming)\s+)?(?:\w+\s+)?"
        + _EN_VEHICLE
        + r"\b",  # jump in front of a train
        r"\b(?:jump|jumping|throw\s+myself|throwing\s+myself|step|stepping)\s+under\s+(?:(?:a|an|the|some)\s+)?(?:\w+\s+)?"
        + _EN_VEHICLE
        + r"\b",
        r"\b(?:walk|walking|step|stepping|run|running|jump|jumping|drive|driving)\s+(?:out\s+)?into\s+(?:the\s+|oncoming\s+|the\s+oncoming\s+)?traffic\b",  # walk into traffic
        r"\b(?:lie|lying|lay|laying)\s+(?:down\s+)?on\s+the\s+(?:tracks|rails|railway|road\s+at\s+night)\b",
        r"\b(?:walk|walking|swim|swimming|wade|wading)\s+(?:out\s+)?into\s+the\s+(?:sea|ocean|river|lake|water|waves)\b",  # walk into the sea
        r"\b(?:step|stepping|jump|jumping)\s+off\s+(?:the|a)\s+(?:platform|edge|ledge)\b",
        r"\b(?:going\s+to|want\s+to|i'll|about\s+to|ready\s+to|should|might|just)\s+(?:just\s+)?jump\b(?=\s*(?:$|[.,!?;]|\s+(?:tonight|now|today|right\s+now)\b))",  # I'm going to jump
        r"\b(?:standing|sitting|i'm\s+standing|i'm\s+sitting|i'm\s+on\s+the\s+edge\s+of)\s+(?:on|at)?\s*(?:the|a|this|my)\s+(?:edge\s+of\s+(?:the|a)\s+)?(?:roof|rooftop|bridge|ledge|balcony\s+railing|railing|cliff|tracks|top\s+of\s+the\s+building)\b(?!\s+(?:terrace|bar|garden|deck|party|pool|with|watching|of\s+the\s+(?:bar|hotel)|and\s+(?:watch|enjoy|drink|have|it's\s+(?:beautiful|lovely|gorgeous))))",  # I'm on the bridge
        r"\b(?:drive|driving|crash|crashing|steer|steering|swerve|swerving|ram|ramming)\s+(?:my\s+car\s+|the\s+car\s+)?(?:into|off)\s+(?:(?:a|the|an|some)\s+)?(?:\w+\s+)?(?:tree|wall|pole|lamppost|truck|lorry|oncoming|bridge|cliff|road|river|barrier|concrete|pillar|divider|ravine)\b",  # drive into a tree
        r"\b(?:crash|crashing|wreck|wrecking)\s+(?:my|the)\s+car\s+(?:\w+\s+){0,2}?on\s+purpose\b",
        r"\bi'm\s+(?:on|at)\s+the\s+(?:bridge|roof|rooftop|ledge|cliff\s+edge)(?=\s*(?:$|[.!?]|\s+(?:right\s+now|again)\b))",  # I'm on the bridge.
        r"\b(?:want\s+to|going\s+to|thinking\s+(?:of|about)|i'll|about\s+to)\s+(?:just\s+)?(?:crash|crashing|wreck|wrecking)\s+(?:my|the)\s+car\b(?!\s+(?:into\s+(?:a\s+)?(?:parking|space)|insurance))",
        r"\b(?:i'm|standing|sitting|waiting)\s+(?:on|at|by|near)\s+the\s+(?:train\s+|railway\s+)?(?:tracks|rails|railway\s+line)\b",
        r"\bdrown(?:ing|ed)?\s+myself\b",
        r"\b(?:want\s+to|going\s+to|i'll|just)\s+drown\b(?!\s+(?:in|out|my|the|them|him|her))",
        # --- hanging, guns -------------------------------------------------------------------
        r"\b(?:hang|hanged|hanging|hung)\s+myself\b",  # hang myself
        r"\bnooses?\b",
        r"\b(?:bought|buy|buying|got|get|have|found|getting|tied|tie|tying)\s+(?:a\s+|some\s+|the\s+)?rope\b(?!\s+(?:for|to\s+(?:tie|hold|climb|pull)|ladder|swing|lights?|bridge|course|at\s+the|from\s+the))",  # I bought a rope
        r"\b(?:spot|place|beam|hook|tree|branch)\s+to\s+hang\b(?!\s+(?:out|the|a|my|our|pictures|clothes|laundry|washing|lights|hammock|up))",
        r"\brope\s+(?:around|round)\s+my\s+neck\b",
        r"\b(?:want\s+to|going\s+to|should)\s+(?:just\s+)?hang\b(?!\s+(?:out|up|on|around|with|the|a|my|in\s+there|it|them|some))",
        r"\b(?:shoot|shooting|shot)\s+myself\b",
        r"\bbullet\s+(?:in|into|through)\s+(?:my|me)\b",
        r"\b(?:gun|pistol|rifle|revolver)\s+(?:to|in|against)\s+my\s+(?:head|mouth|temple|chest)\b",
        r"\bblow\s+my\s+(?:brains|head)\s+(?:out|off)\b",
        r"\b(?:use|using|used|turn|turning)\s+(?:it|the\s+gun|the\s+knife|a\s+gun|the\s+blade|the\s+pills|them)\s+on\s+myself\b",  # thinking about using it on myself
        r"\bloaded\s+(?:gun|pistol|rifle|revolver)\b",
        # --- cutting and other self-harm -----------------------------------------------------
        r"\bself[\s-]?(?:harm\w*|injur\w*|mutilat\w*)",  # self-harm
        r"\bsh\s+(?:again|urges?|relapse)\b",
        r"\b(?:hurt|hurts|hurting|harm|harms|harmed|harming|injure|injured|injuring|burn|burning|burned|burnt|hit|hitting|punch|punching|punched|scratch|scratching|scratched|starve|starving|starved|bite|biting|beat|beating|bruise|bruising|strangle|strangling|choke|choking|suffocate|suffocating|punish|punishing)\s+myself\b",  # hurt myself, burn myself
        r"\bcut(?:s|ting)?\s+myself\b",  # cut myself (FALSE_ALARM: "a slice", "off", "shaving")
        r"\bcut(?:ting|s)?\s+(?:my\s+|both\s+)?(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|veins?|body|ankles?)\b",  # cut my arm
        r"\b(?:slit|slitting|slash|slashing|open(?:ing)?\s+up|cut\s+open)\s+(?:my\s+|both\s+)?(?:wrists?|veins?|arms?|throat)\b",  # slit my wrists
        r"\b(?:been|keep|kept|started|start|stop|relapsed\s+and|back\s+to|urges?\s+to|miss|want\s+to|going\s+to|need\s+to|tempted\s+to|itching\s+to)\s+(?:cutting|cut)\b"
        + _CUT_END,  # been cutting again, urge to cut
        r"\bcutting\s+(?:again|is\s+the\s+only|helps|makes\s+me|was\s+the\s+only)\b",
        r"\bcut\s+(?:really\s+|too\s+|so\s+|very\s+)?deep(?:er|ly)?\b(?!\s+(?:into\s+(?:the|my)\s+(?:budget|savings)))",
        r"\b(?:wrists?|arms?|cuts?|thighs?)\s+(?:are|is|won't\s+stop|keeps?|keep)\s+bleeding\b",
        r"\b(?:relapsed|relapse)\s+(?:and\s+|on\s+)?(?:cut|cutting|self|sh)\b",
        r"\b(?:blade|knife|scissors|glass|lighter)s?\s+(?:\w+\s+){0,2}?(?:to|on|against|into|across)\s+my\s+(?:arm|wrist|skin|thigh|leg|throat|neck|body|stomach)s?\b",  # a razor blade to my arm
        r"\b(?:blade|razor|pills|rope|gun|noose)\s+(?:is|are)\s+(?:right\s+)?(?:here|next\s+to\s+me|in\s+my\s+hand|beside\s+me|within\s+reach)\b",  # the blade is right here
    ),
    "ru": (
        # --- назвать прямо -------------------------------------------------------------------
        r"\bсуицид\w*",  # суицид, суицидальные мысли
        r"\bсамоубий\w*",  # самоубийство, самоубийца (и "роскомнадзор", см. REWRITES)
        r"\bпоконч\w*\s+с\s+(?:собой|жизнью)",  # покончить / покончу / покончила с собой
        r"\bс\s+собой\s+поконч\w*",
        r"\bсвод\w*\s+счеты\s+с\s+жизнью|\bсвест\w*\s+счеты\s+с\s+жизнью",  # свести счёты с жизнью
        r"\b(?:убить|убью|убил|убила|убивать|убиваю|убьешь|убиваю)\s+себя\b",  # убить себя (и "выпилиться")
        r"\bсебя\s+(?:убить|убью|убил|убила|убивать)\b",
        r"\bубьюсь\b",
        r"\b(?:хочу|хочется|хотелось|хотела|хотел|пойду|иду|лучше)\s+(?:бы\s+)?(?:просто\s+)?убиться\b",  # хочу убиться
        r"\bналож\w*\s+на\s+себя\s+руки\b|\bруки\s+на\s+себя\s+налож\w*",  # наложить на себя руки
        r"\b(?:уйти|уйду|уйдет|ушла|ушел|уходить|ухожу)\s+из\s+(?:этой\s+)?жизни\b",  # уйти из жизни
        r"\bоборвать\s+(?:свою\s+)?жизнь\b",
        # --- не хочу жить, хочу умереть -----------------------------------------------------
        r"\bне\s+(?:хочу|хочется|хотелось|хотела|хотел|могу|желаю|буду)\s+(?:\w+\s+){0,2}?(?:жить|существовать(?!\s+на\s+(?:одн\w+|кофе|зарплат\w*|пенси\w*|стипенди\w*))|просыпаться)\b",  # не хочу (больше) жить
        r"\bжить\s+(?:\w+\s+)?не\s+(?:хочу|хочется|хотелось|могу|хотела|хотел)\b",  # жить не хочется
        r"\b(?:хочу|хочется|хотелось|хотела|хотел|охота|мечтаю|лишь\s+бы|скорей\s+бы|скорее\s+бы|лучше|мне\s+бы)\s+(?:бы\s+)?(?:\w+\s+){0,2}?(?:умереть|сдохнуть|умирать|помереть|не\s+существовать|не\s+жить|уснуть\s+навсегда|заснуть\s+навсегда|исчезнуть\s+навсегда)\b",  # хочу умереть
        r"\b(?:умереть|сдохнуть|помереть|убиться|не\s+жить|исчезнуть\s+навсегда)\s+(?:бы|хочу|хочется|хотелось)\b",  # умереть бы, умереть хочется
        r"\bлучше\s+бы\s+я\s+(?:\w+\s+)?(?:умер|умерла|сдох|сдохла|не\s+родил\w*|не\s+рождал\w*|не\s+просыпал\w*|не\s+проснул\w*|не\s+жил\w*)\b",  # лучше бы я умерла
        r"\bлучше\s+бы\s+меня\s+не\s+(?:было|стало|существовало)\b",
        r"\bесли\s+бы\s+я\s+(?:умер\w*|не\s+родил\w*|исчез\w*|не\s+просну\w*)",  # было бы лучше, если бы я умерла
        r"\bжаль,?\s+что\s+я\s+(?:вообще\s+)?(?:родил\w*|жив\w*|живу|не\s+умер\w*)",
        r"\bзачем\s+я\s+(?:вообще\s+)?(?:живу|родил\w*|жив\w*|существую)\b",
        r"\bзачем\s+(?:мне\s+)?(?:жить|существовать)\b",  # зачем жить
        r"\bчтобы\s+меня\s+(?:больше\s+|совсем\s+)?не\s+(?:было|стало)\b",  # хочу, чтобы меня не было
        r"\bисчезнуть\s+(?:навсегда|насовсем|и\s+никогда|с\s+лица\s+земли)\b",
        r"\b(?:хоть\s+бы|лишь\s+бы|пусть\s+бы|вот\s+бы|скорее\s+бы|скорей\s+бы)\s+(?:меня\s+)?(?:\w+\s+)?(?:сбила|сбил|убил\w*|убило|не\s+стало|умереть|сдохнуть|не\s+проснуться|прибило)\b",  # хоть бы меня сбила машина
        r"\b(?:уснуть|заснуть|усну|засну)\s+и\s+(?:\w+\s+){0,2}?не\s+(?:просну\w*|просыпаться)",  # уснуть и не проснуться
        r"\b(?:уснуть|заснуть)\s+навсегда\b",
        r"\bзаслуживаю\s+(?:\w+\s+)?смерти\b|\bне\s+заслуживаю\s+(?:\w+\s+)?жить\b|\bне\s+должн\w*\s+жить\b",
        r"\bне\s+место\s+(?:\w+\s+)?(?:в\s+этом\s+мире|на\s+(?:этом\s+свете|земле)|среди\s+живых)\b",
        # --- нет смысла, нет выхода ----------------------------------------------------------
        r"\b(?:нет|не\s+вижу|не\s+осталось)\s+(?:никакого\s+)?смысла\s+(?:\w+\s+)?(?:жить|в\s+жизни|существовать|просыпаться)\b",  # нет смысла жить
        r"\bсмысла\s+(?:\w+\s+)?жить\s+(?:\w+\s+)?нет\b",
        r"\b(?:какой|в\s+чем)\s+смысл\s+(?:\w+\s+)?(?:жить|жизни|существовать|просыпаться|моей\s+жизни)\b",
        r"\bжизнь\s+(?:\w+\s+)?(?:не\s+имеет\s+смысла|бессмысленна|потеряла\s+смысл|кончена|закончена|не\s+нужна)",  # жизнь не имеет смысла
        r"\bв\s+жизни\s+(?:больше\s+|уже\s+)?нет\s+смысла\b",
        r"\b(?:незачем|не\s+для\s+чего|не\s+ради\s+чего|не\s+для\s+кого|не\s+ради\s+кого)\s+(?:больше\s+)?жить\b",  # незачем жить
        r"\bустал\w*\s+(?:от\s+)?(?:жить|жизни|существовать|существования)\b",  # устала жить, устала от жизни
        r"\bненавиж\w*\s+(?:жить|жизнь|свою\s+жизнь|существовать)\b",
        r"\bнет\s+сил\s+(?:\w+\s+)?жить\b|\bсил\s+(?:больше\s+)?нет\s+жить\b",
        r"\b(?:не\s+вижу|нет|не\s+нахожу|не\s+осталось)\s+(?:другого\s+|никакого\s+)?выхода\b",  # не вижу выхода
        r"\bвыхода\s+(?:\w+\s+)?нет\b",  # выхода нет (FALSE_ALARM: "выхода нет, придётся…")
        r"\bвыход\s+(?:только\s+)?один\b",
        r"\b(?:только|лишь)\s+смерть\b|\bсмерть\s+(?:\w+\s+)?(?:единственн\w*|выход|избавлени\w*|решени\w*)",
        r"\b(?:я\s+)?больше\s+(?:так\s+)?не\s+(?:могу|выдержу|вынесу)\b(?=\s*(?:$|[.!?…]))",  # я больше так не могу.
        r"\bне\s+могу\s+больше\s+(?:так\s+)?(?:жить|терпеть)\b",
        r"\bне\s+(?:вынесу|выдержу)\s+(?:этого|этой\s+боли|больше)(?=\s*(?:$|[.,!?…]))",
        r"\bхочу\s+конца\b",
        r"\b(?:хочу|хочется|надо|пора|хотела|хотел|мечтаю)\s*,?\s*чтобы\s+(?:все|это|все\s+это|оно)\s+(?:\w+\s+)?(?:закончилось|кончилось|прекратилось|завершилось)\b",  # хочу, чтобы всё закончилось
        r"\b(?:закончить|покончить|кончить|прекратить|оборвать)\s+(?:со\s+|с\s+)?(?:всем|все)(?:\s+эт(?:о|им))?(?=\s*(?:$|[.,!?]|\s+(?:навсегда|раз\s+и\s+навсегда)))",  # хочу закончить всё это навсегда
        r"\bвсе\s+(?:это\s+)?(?:закончить|прекратить|оборвать|кончить)\b(?=\s*(?:$|[.,!?]|\s+(?:навсегда|раз\s+и\s+навсегда)))",  # хочу всё закончить
        r"\bпокончу\s+с\s+этим\b",
        r"\bчтобы\s+(?:не\s+проснуться|умереть|не\s+жить|сдохнуть|меня\s+не\s+стало|все\s+закончилось\s+навсегда)\b",  # выпила таблетки, чтобы не проснуться
        r"\bжить\s+(?:больше\s+)?(?:незачем|не\s+для\s+чего|не\s+ради\s+чего|не\s+для\s+кого)\b",  # жить незачем
        r"\bсмысла\s+(?:больше\s+)?нет\s+(?:дальше\s+)?(?:жить|просыпаться|существовать)\b",  # смысла нет жить
        r"\b(?:незачем|не\s+для\s+чего)\s+(?:больше\s+)?(?:просыпаться|существовать)\b",
        r"\b(?:думаю|думать|мысли|думается)\s+(?:\w+\s+)?о\s+смерти\b|\bмысли\s+о\s+смерти\b",  # думаю о смерти
        r"\bесли\s+я\s+(?:умру|исчезну|покончу\s+с\s+собой|уйду\s+из\s+жизни)\s*,?\s+(?:всем|им|семье|никто|ничего|мир)\b",  # если я умру, всем будет легче
        r"\bпростите\s+меня(?=\s*(?:$|[.!…]))",  # я ухожу. простите меня.
        r"\bперестать\s+(?:жить|существовать|дышать)\b",  # хочется перестать существовать
        r"\bесли\s+бы\s+меня\s+не\s+(?:было|стало)\b",  # всем было бы проще, если бы меня не было
        r"\bпредставля\w*,?\s+как\s+(?:я\s+)?(?:прыгаю|умираю|вешаюсь|вишу|режу\s+себя|лежу\s+в\s+гробу|меня\s+хорон\w*|разбиваюсь|падаю\s+с)",  # представляю, как прыгаю
        r"\b(?:выпил\w*|прин\w*|наглотал\w*|съел\w*)\s+(?:\w+\s+)?много\s+(?:снотворн\w*|таблеток|антидепрессант\w*|феназепам\w*|транквилизатор\w*|обезболивающ\w*)",  # выпила много снотворного
        r"\bотрав\w*\s+(?:\w+\s+)?(?:таблетк\w*|снотворн\w*|лекарств\w*|газом|уксус\w*)",  # отравилась таблетками
        r"\b(?:все|всю)\b[^.|]{0,25}\bаптечк\w*",  # выпью всё, что есть в аптечке
        r"\bкровь\s+не\s+(?:останавливается|остановить|перестает)\b|\bслишком\s+глубоко\s+(?:порезал\w*|резанул\w*)",
        r"\b(?:и|пойду|сейчас)\s+(?:прыгнуть|спрыгнуть|прыгну|спрыгну|сброшусь|сброситься|шагну|шагнуть)(?=\s*(?:$|[.,!?…]))",  # пойти на мост и прыгнуть
        r"\bесли\s+я\s+(?:\w+\s+)?(?:умру|исчезну|покончу\s+с\s+собой|уйду\s+из\s+жизни|сдохну)\s*,?\s+(?:\w+\s+)?(?:всем|им|семье|никто|ничего|мир|никому)\b",  # если я завтра умру, никто не заметит
        r"\bлучше\s+"
        + _GAP
        + r"\bчем\s+со\s+мной\b",  # семье будет лучше со страховкой, чем со мной
        r"\b(?:должна|должен|надо|нужно|пора|мне\s+бы)\s+(?:просто\s+|уже\s+)?(?:исчезнуть|умереть|сдохнуть)(?=\s*(?:$|[.,!?…]|\s+(?:навсегда|насовсем)))",
        r"\b(?:не\s+вижу|нет|никакого)\s+(?:никакого\s+)?смысла\s+(?:\w+\s+)?(?:продолжать|бороться|стараться|дальше)(?=\s*(?:$|[.,!?…]))",  # не вижу смысла продолжать
        r"\bмне\s+(?:уже\s+)?(?:недолго|немного|мало)\s+осталось(?=\s*(?:$|[.,!?…]|\s+жить))",  # мне недолго осталось
        r"\bпоследний\s+раз,?\s+когда\s+(?:вы|ты)\s+(?:меня\s+)?(?:слышите|слышишь|видите|видишь|читаете|читаешь)\b|\bбольше\s+(?:вы|ты)\s+(?:меня\s+|обо\s+мне\s+)?не\s+(?:услышите|увидите|услышишь|увидишь)\b",
        r"\bдумать\s+о\s+(?:таблетк\w*|веревк\w*|петл\w*|смерти|суицид\w*|самоубийств\w*|лезви\w*)",  # не могу перестать думать о таблетках
        r"\b(?:хочу|хочется|хотела\s+бы|хотел\s+бы|лучше\s+бы|лучше)\s+(?:я\s+|мне\s+)?(?:быть|была|был)\s+мертв\w*",  # хочу быть мёртвой
        r"\b(?:воткнуть|воткну|вонзить|всадить)\s+(?:\w+\s+)?(?:в\s+себя|себе)\b|\bзарезать\s+себя\b|\bзарежусь\b",  # хочу воткнуть в себя нож
        r"\b(?:выпью|выпила|выпил|проглочу|приму|съем)\s+их\s+все\b",
        r"\bбутылк\w*\s+(?:водки|вина|коньяка|виски|алкоголя)\s+(?:и|с)\b"
        + _GAP
        + r"(?:таблет|снотвор|лекарств|антидепресс)",  # выпила бутылку водки и таблетки
        r"\bзапил\w*\s+(?:их\s+|таблетки\s+)?(?:водкой|алкоголем|вином|коньяком)\b",
        r"\bпорез\w*\s+(?:мне\s+)?(?:только\s+)?(?:помога\w*|спаса\w*)|\b(?:помогают|спасают)\s+(?:только\s+)?порез\w*",  # только порезы мне помогают
        r"\b(?:прижг\w*|обожгл\w*|обжег|жгла|жгу)\s+(?:себе\s+)?(?:\w+\s+)?(?:сигарет\w*|зажигалк\w*)",  # прижгла руку сигаретой
        r"\b(?:порезал\w*|обжег\w*|обожгл\w*|прижгл\w*|ударил\w*|поранил\w*|избил\w*|резала)\s+(?:\w+\s+){0,3}?специально\b|\bспециально\s+(?:порезал\w*|обжег\w*|обожгл\w*|прижгл\w*|поранил\w*)",
        r"\b(?:хоть\s+бы|лишь\s+бы|вот\s+бы|скорей\s+бы|скорее\s+бы|если\s+бы)\s+я\s+(?:\w+\s+)?(?:умер\w*|сдох\w*|не\s+проснул\w*|исчез\w*)",  # хоть бы я умерла
        r"\bне\s+(?:собираюсь|планирую|буду)\s+(?:\w+\s+)?(?:просыпаться|жить|проснуться)\b",  # не собираюсь просыпаться завтра
        r"\b(?:попрощал\w*\s+со\s+всеми|со\s+всеми\s+попрощал\w*)(?![^.|]{0,25}(?:работ|офис|отпуск|уезжа|переезд|праздник|вечеринк|аэропорт|вокзал))",
        r"\bжив\w*\s+(?:ли\s+)?я\s+или\s+(?:нет|мертв\w*)\b",  # никому нет дела, жива я или нет
        r"\b(?:не\s+(?:хочу|хочется|желаю)|устал\w*|надоело|тошно)\s+(?:\w+\s+)?быть\s+жив\w*",  # не хочу быть живой
        r"\bне\s+(?:уверен\w*|знаю),?\s+(?:что|хочу\s+ли)\s+(?:я\s+)?(?:хочу\s+)?(?:жить|быть\s+жив\w*|существовать)",  # не уверена, что хочу жить дальше
        r"\bнет\s+(?:\w+\s+)?(?:причин\w*|повод\w*)\s+(?:\w+\s+)?(?:жить|просыпаться|существовать)\b",  # нет причин жить
        r"\b(?:какой|в\s+чем|нет)\s+смысл\w*\s+(?:\w+\s+)?быть\s+жив\w*",  # какой смысл быть живым
        r"\b(?:пистолет\w*|ружь\w*|таблетк\w*|веревк\w*|петл\w*|лезви\w*)"
        + _GAP
        + r"(?:смотрю\s+на\s+(?:него|нее|них)|на\s+(?:него|нее|них)\s+смотрю|думаю\s+о\s+(?:нем|ней|них))",
        r"\b(?:сегодня\s+|сейчас\s+)?все\s+(?:сегодня\s+|сейчас\s+|этой\s+ночью\s+)?закончу(?=\s*(?:$|[.,!…]))",  # сегодня всё закончу.
        r"\b(?:готова|готов)\s+(?:уже\s+)?умереть(?=\s*(?:$|[.!…,]|\s+(?:сегодня|сейчас|прямо)))",  # я готова умереть
        r"\bне\s+справл\w*\s+с\s+(?:этой\s+)?жизнью\b",  # больше не справляюсь с жизнью
        r"\bне\s+хочу\s+(?:больше\s+)?(?:здесь|тут)\s+(?:больше\s+)?быть\b",  # не хочу здесь больше быть
        r"\bгараж\w*\b"
        + _GAP
        + r"\b(?:включенн\w*|заведенн\w*|работающ\w*)\s+(?:двигател\w*|мотор\w*)|\bугарн\w*\s+газ\w*|\bвыхлоп\w*\s+(?:в\s+салон|в\s+машину)",
        r"\b(?:шагнул\w*|бросил\w*|кинул\w*|прыгнул\w*|легл\w*|лег)\s+(?:\w+\s+)?под\s+(?:поезд|машин\w*|электричк\w*|колес\w*|грузовик\w*|фур\w*|автобус|трамвай|метро)",  # чуть не шагнула под поезд
        r"\b(?:раз|по)?(?:рез|реж)\w*\s+себе\s+(?:руку|руки|вены|вену|запясть\w*|кожу|бедро|ногу)\b",  # разрезала себе руку
        r"\b(?:опять|снова)\s+(?:достал\w*|взял\w*)\s+(?:бритв\w*|лезви\w*)",  # опять достала бритву
        r"\b(?:сегодня\s+ночью|этой\s+ночью|сегодня)\s+(?:я\s+)?(?:это|все)\s+(?:закончу|прекращу)(?=\s*(?:$|[.,!…]))",
        r"\bлиш\w*\s+себя\s+жизни\b",  # я лишу себя жизни
        r"\b(?:уснуть|заснуть|усну|засну|лечь\s+спать|лягу\s+спать)\s+и\s+(?:\w+\s+){0,2}?не\s+(?:просну\w*|просыпаться)",  # лечь спать и не проснуться
        r"\b(?:надеюсь|хочу|хочется|пусть)\s*,?\s+(?:что\s+)?(?:это|сегодня)\s+(?:моя\s+|мой\s+)?последн\w+\s+(?:ночь|день)\b",  # надеюсь, это моя последняя ночь
        r"\bзавтра\s+(?:никогда\s+)?не\s+наступит\b|\bчтобы\s+завтра\s+не\s+наступило\b",
        r"\bне\s+(?:хочу|хочется)\s+(?:увидеть|видеть|встречать|дожить\s+до)\s+(?:завтрашн\w+\s+(?:день|утро)|завтра|утро|следующ\w+\s+(?:день|год|неделю))\b",
        r"\b(?:хочу|хочется|лишь\s+бы|хоть\s+бы|мечтаю|скорей\s+бы)\s+(?:\w+\s+)?погибнуть\b|\bпогибнуть\s+бы\b",  # хочу погибнуть в аварии
        r"\b\w+\s+(?:будет|было\s+бы|станет|стало\s+бы)\s+(?:\w+\s+)?(?:лучше|легче|проще)\s+без\s+меня\b",  # детям будет лучше без меня
        r"\bне\s+(?:пытайтесь|пытайся|надо)\s+меня\s+(?:остановить|отговаривать|спасать|искать)(?=\s*(?:$|[.,!…]))|\bменя\s+не\s+остановить(?=\s*(?:$|[.!…]))",
        r"\bзаписк\w*\s+(?:\w+\s+){0,3}?(?:на\s+(?:кровати|подушке|столе)|для\s+(?:родных|семьи|мамы|всех|близких))",  # оставила записку на кровати
        r"\b(?:задуш\w*|душить|удуш\w*|придуш\w*)\s+себя\b|\bсебя\s+(?:задуш|удуш)\w*|\bудавиться\b|\bзадушиться\b",
        r"\b(?:бью|бьюсь|бил\w*|царапа\w*|расцарапа\w*|кусаю|грызу)\b"
        + _GAP
        + r"\bдо\s+крови\b",  # бьюсь головой об стену до крови
        r"\bмор\w*\s+себя\s+голодом\b|\bчтобы\s+исчезнуть(?=\s*(?:$|[.,!…]|\s+навсегда))",
        r"\b(?:вколю|вколоть|вколола|колю|ввести|введу|вкачу)\s+(?:себе\s+)?(?:весь|всю|все|много|двойную\s+дозу|смертельн\w*)\s+(?:\w+\s+)?(?:инсулин\w*|дозу|шприц\w*)",  # вколю себе весь инсулин
        r"\bпетл[яю]\s+(?:уже\s+)?(?:готова|висит|завязана|ждет)\b",  # петля уже готова
        r"\b(?:выстрел\w*|стрельн\w*)\s+(?:себе\s+)?в\s+(?:голову|висок|рот|сердце|лоб)\b|\bзастрелю\s+себя\b",  # выстрелю себе в голову
        r"\b(?:пишу|написал\w*|напишу)\s+(?:свое\s+|мое\s+)?последн\w+\s+(?:письмо|записку|сообщение)",  # пишу последнее письмо
        r"\bбольше\s+не\s+могу\s*,\s*(?:не\s+могу|все|сил|хватит|устала|устал|прост)",  # я больше не могу, не могу
        r"\bполосн\w*\s+(?:\w+\s+)?(?:по\s+)?(?:запясть\w*|венам|вене|руке|рукам|горлу|себе)",  # полоснула ножом по запястьям
        r"\b(?:выпил\w*|проглотил\w*|съел\w*|принял\w*)\s+(?:\w+\s+)?(?:весь|всю|все)\s+(?:свой\s+|свою\s+|свои\s+)?(?:запас\s+(?:\w+\s+)?(?:таблет\w*|лекарств\w*|снотворн\w*)|рецепт|блистер\w*|пузырек\s+(?:\w+\s+)?(?:таблет\w*|снотворн\w*))\b",  # проглотил весь запас
        r"\bстою\s+на\s+краю\s+(?:обрыва|крыши|моста|пропасти|платформы|балкона|окна|скалы)\b",  # стою на краю обрыва
        r"\b(?:поранил\w*|ранил\w*|изранил\w*)\s+себя\b|\bмного\s+крови\b",  # поранила себя, много крови
        r"\bне\s+(?:смогу|могу)\s+(?:удержаться|остановиться|сдержаться)\b"
        + _GAP
        + r"(?:сделаю|с\s+собой)",
        r"\bбоюсь,?\s+что\s+(?:\w+\s+){0,5}?(?:сделаю\s+(?:что-то|что-нибудь)|что-то\s+сделаю|что-нибудь\s+сделаю)",  # боюсь, что что-то сделаю
        r"\b(?:лежал\w*|лежать|буду\s+лежать)\s+в\s+(?:земле|могиле|гробу)\b",  # лучше бы я лежала в земле
        r"\bесть\s+план\s+и\s+(?:все|средства|способ)\b",  # у меня есть план и всё, что нужно
        r"\b(?:устал\w*|не\s+хочу|нет\s+сил)\s+(?:больше\s+)?бороться(?=\s*(?:$|[.,!?…]|\s+за\s+жизнь))|\bсдаться\s+и\s+уйти(?=\s*(?:$|[.!…]|\s+навсегда))",
        r"\b"
        + _RU_PILLS
        + r"\s+(?:\w+\s+)?(?:все|всю|весь)\s+(?:\w+\s+)?(?:выпил\w*|съел\w*|проглотил\w*|принял\w*|наглотал\w*)",  # таблетки все выпила
        r"\b(?:руки|вены|вену|запясть\w*|бедр\w*)\s+(?:опять\s+|снова\s+|себе\s+|вчера\s+|сегодня\s+){0,2}(?:по|пере|раз|ис)?(?:рез|реж)\w*",  # руки опять порезала
        r"\b(?:наглот|наел|нажрал|напил|обожрал|объел|закинул)\w*\s+(?:\w+\s+){0,2}?"
        + _RU_PILLS,  # нажралась таблеток, закинулась колёсами
        r"\bнадоел\w*\s+жить\b",
        r"\bнет\s+(?:больше\s+)?сил\s+(?:больше\s+)?жить\b",
        r"\b(?:по|пере|раз)?(?:рез|реж)\w*\s+(?:себе\s+)?(?:вены|вену)\b|\bвскр\w*\s+(?:себе\s+)?(?:вены|вену)\b",  # перерезала себе вены
        r"\bбольше\s+(?:\w+\s+)?"
        + _RU_PILLS
        + r"\s*,?\s+чем\s+(?:мне\s+)?(?:нужно|надо|можно|положено|прописано|назначено|прописал\w*|назначил\w*)",  # выпила больше таблеток, чем нужно
        r"\bникто\s+(?:\w+\s+)?не\s+(?:будет\s+)?(?:по\s+мне|обо\s+мне|без\s+меня)\s+(?:скучать|плакать|грустить|горевать)\b",  # никто не будет по мне скучать
        r"\b(?:какой|в\s+чем|нет)\s+(?:\w+\s+)?смысл\w*\s+(?:мне\s+)?(?:здесь|тут)\s+(?:быть|находиться|оставаться)\b",  # какой смысл здесь быть
        r"\bжить\s+(?:больше\s+|дальше\s+)?не\s+стоит\b|\bне\s+стоит\s+(?:больше\s+|дальше\s+)?жить\b",  # жить больше не стоит
        r"\b(?:готов\w*|хочу|решил\w*|пора)\s+покончить\s+с\s+этим(?=\s*(?:$|[.,!?…]|\s+(?:навсегда|раз\s+и\s+навсегда|сегодня)))",  # я готова покончить с этим
        r"\bдоз\w*\s+(?:\w+\s+)?(?:смертельн\w*|летальн\w*)",  # какая доза парацетамола смертельна
        r"\bкак\s+(?:\w+\s+){1,3}?(?:умереть|покончить\s+с\s+собой|убить\s+себя|повеситься|отравиться)\b",  # как проще всего умереть
        r"\bпоконч\w*\s+со\s+всем\b(?!\s+(?:этим\s+)?(?:беспорядк|хлам|долг|делами|работой|ремонт))",  # я покончу со всем
        r"\bменя\s+(?:уже\s+)?не\s+(?:будет|станет)(?=\s*(?:$|[.!…]))|\bменя\s+(?:уже\s+)?не\s+будет\s+к\s+(?:новому\s+году|рождеству|весне|лету|осени|зиме|дню\s+рождения)",  # к воскресенью меня не будет.
        r"\b(?:всех|всю|все)\s+(?:\w+\s+)?(?:таблет\w*|снотворн\w*|лекарств\w*)\s*,?\s+(?:что|которые)\s+(?:я\s+)?(?:выпил\w*|съел\w*|принял\w*|проглотил\w*)",  # после всех таблеток, что я выпила
        r"\b(?:не\s+могу|не\s+получается)\s+остановить\s+кровь\b",
        r"\bверевк\w*\s+(?:к|на|за)\s+(?:балк\w*|крюк\w*|люстр\w*|трубе|перекладин\w*|дереву|ветке)\b",  # привязала верёвку к балке
        r"\bванн\w*\s+с\s+(?:бритв\w*|лезви\w*|ножом|таблетками|феном)\b",  # лежу в ванной с бритвой
        r"\bпочувствовать\s+(?:\w+\s+)?(?:лезви\w*|боль\s+от\s+порез\w*)",
        r"\b(?:таблет\w*|снотворн\w*)\s+и\s+(?:\w+\s+){0,2}?(?:вин\w*|водк\w*|алкогол\w*|коньяк\w*)\b|\b(?:водк\w*|алкогол\w*|коньяк\w*)\s+и\s+(?:\w+\s+)?(?:таблет\w*|снотворн\w*)",
        r"\bсделаю\s+это\s*,?\s+когда\s+(?:все|родители|муж|жена|дети|семья)\s+(?:уснут|заснут|уйдут|уедут|лягут)\b",
        r"\bне\s+(?:думаю|уверен\w*|знаю)\s*,?\s+(?:что\s+|смогу\s+ли\s+)?(?:\w+\s+){0,2}?(?:оставаться\s+в\s+живых|остаться\s+в\s+живых|протяну|продержусь|выживу|доживу)",
        r"\b(?:шагнуть|прыгнуть|упасть|сигануть|полететь|шагну|прыгну)\s+вниз\b(?!\s+(?:с\s+горк|по\s+лестниц|в\s+бассейн))",  # так легко просто шагнуть вниз
        r"\bсмотр\w*\s+(?:\w+\s+)?(?:на|вниз\s+на)\s+(?:рельсы|таблетки|лезвие|веревку|петлю|пистолет)\b(?="
        + _GAP
        + r"(?:не\s+могу\s+оторваться|думаю|хочу|$))",
        r"\bзаслужива\w*\s+(?:\w+\s+)?(?:смерти|быть\s+мертв\w*|умереть|сдохнуть)",  # я заслуживаю быть мёртвой
        r"\bнадежды\s+(?:больше\s+)?нет\b|\bнет\s+(?:больше\s+)?(?:никакой\s+)?надежды\b(?!\s+на\s+(?:\w+\s+)?(?:урожай|погод|скидк|победу))",
        r"\b(?:это|сегодня)\s+(?:мой|моя)\s+последн\w+\s+(?:день|ночь)(?=\s*(?:$|[.,!?…]|\s+(?:на\s+земле|жизни)))",  # это мой последний день
        r"\b(?:за|по)конч\w*\s+(?:\w+\s+)?с\s+(?:этой\s+|моей\s+|своей\s+)?жизнью\b",  # всё закончу с этой жизнью
        r"\b(?:лучше\s+бы|хоть\s+бы|пусть\s+бы|вот\s+бы)\s+(?:меня\s+)?(?:\w+\s+)?(?:сбил\w*|переехал\w*|задавил\w*)",  # лучше бы меня сбила машина
        r"\b(?:не\s+вижу|нет|потерял\w*)\s+(?:никакого\s+)?смысла\s+в\s+(?:своей\s+|моей\s+|этой\s+)?(?:жизни|существовании)\b",
        r"\bумру\s+(?:ли\s+)?я\s+или\s+(?:нет|буду\s+жить)\b",  # мне всё равно, умру я или нет
        r"\b(?:таблет\w*|снотворн\w*|веревк\w*|лезви\w*|пистолет\w*)\s*,?\s+чтобы\s+(?:уйти|умереть|покончить|не\s+проснуться|все\s+закончить)\b",  # купила таблетки, чтобы уйти
        r"\bпорез\w*\s+на\s+(?:руках|запясть\w*|бедр\w*|ногах)\b|\bна\s+(?:руках|запясть\w*|бедрах)\s+(?:\w+\s+)?порез\w*",  # на руках свежие порезы
        r"\bнавсегда\s+(?:уснуть|заснуть|усну|засну)\b",  # хочу навсегда уснуть
        r"\bлучше\s+смерть\b|\bсмерть\s+лучше\b",  # лучше смерть, чем такая жизнь
        r"\b(?:не\s+хочу|устал\w*|нет\s+сил|надоело)\s+(?:больше\s+)?бороться\s+за\s+(?:эту\s+|свою\s+)?жизнь\b",
        r"\bрешени\w*\s+уйти(?=\s*(?:$|[.,!?…]|\s+(?:навсегда|из\s+жизни)))",  # я приняла решение уйти
        r"\bсделать\s+это\s+безболезненн\w*|\b(?:как|способ\w*)\s+(?:\w+\s+){0,3}?безболезненн\w*(?=\s*(?:$|[.,!?…]))",
        r"\bпусть\s+(?:все|это|все\s+это)\s+(?:уже\s+)?(?:закончится|кончится|прекратится)(?=\s*(?:$|[.!…]))",  # пусть всё закончится
        r"\bперестан\w*\s+(?:жить|существовать)\b",  # если я просто перестану существовать
        r"\bдолго\s+(?:\w+\s+)?смотр\w*\s+(?:\w+\s+)?на\s+(?:нож|лезви\w*|бритв\w*|таблетк\w*|веревк\w*|петл\w*|пистолет\w*)",  # долго смотрела на нож
        r"\bне\s+проснусь\b(?!\s+(?:рано|вовремя|к\b|в\b|без\s+будильника|до\b))",  # думаю, завтра не проснусь
        r"\bдай(?:те)?\s+(?:мне\s+)?(?:спокойно\s+|просто\s+)?умереть\b",  # просто дайте мне умереть
        r"\b(?:проглочу|выпью|съем|приму)\s+(?:всю|целую|весь|все)\s+(?:пачку|упаковку|банку|блистер\w*|пузырек|флакон)(?=\s*(?:$|[.,!?…]))",  # проглочу всю пачку
        r"\b(?:расчес\w*|чеш\w*|ковыря\w*)\b"
        + _GAP
        + r"\bдо\s+крови\b",  # расчёсываю руки до крови
        r"\bразбить\s+(?:\w+\s+)?(?:машину|авто|себя)\s+(?:о|об|в)\s+(?:дерево|столб|стену|отбойник)\b",
        r"\bне\s+представляю\s+(?:себя\s+)?(?:живой|живым|в\s+живых)\b",  # не представляю себя живой через год
        r"\bсмерть\s+(?:была\s+бы|будет|стала\s+бы|кажется)\s+(?:облегчением|избавлением|выходом|спасением)\b",
        r"\bпопрощал\w*\b"
        + _GAP
        + r"\bнавсегда\b",  # попрощалась с подругой, она не знает, что навсегда
        # эвфемизмы
        r"\b(?:сделаю|наделаю|натворю|сотворю|сделать|наделать|натворить)\s+(?:какую-нибудь\s+|какую-то\s+|что-нибудь\s+|что-то\s+)?глупост\w*(?=\s*(?:$|[.,!?…]|\s+(?:сегодня|сейчас|ночью)))",  # сделаю какую-нибудь глупость
        r"\b(?:скоро|больше)\s+(?:я\s+)?(?:никому|вам|им|всем)\s+не\s+буду\s+(?:мешать|обузой|в\s+тягость)\b(?![^.|]{0,15}(?:переезжа|уезжа|съезжа|отпуск))",
        r"\bизбав\w*\s+(?:всех|вас|их|семью|мир|маму|родных)\s+от\s+себя\b|\bот\s+себя\s+избав\w*",
        r"\bне\s+должн\w*\s+(?:быть\s+)?(?:жив\w*|существовать)\b",  # я не должна быть живой
        r"\bмне\s+не\s+место\s+(?:здесь|тут|среди\s+людей|на\s+земле)(?=\s*(?:$|[.,!?…]))|\bмне\s+(?:здесь|тут)\s+не\s+место(?=\s*(?:$|[.,!?…]))",
        r"\b(?:миру|никому|всем)\s+(?:я\s+)?не\s+нуж(?:на|ен|ны)\b"
        + _GAP
        + r"\b(?:ухожу|уйду|исчезну|умру|покончу)",
        r"\b(?:ухожу|уйду|уйти|уходить)\s+из\s+(?:этого\s+)?мира\b",  # я ухожу из этого мира
        r"\bна\s+том\s+свете\b",  # увидимся на том свете
        r"\b(?:это\s+конец|все\s+кончено|все\s+закончено)\s+для\s+меня\b(?!\s+(?:как|в)\b)|\bдля\s+меня\s+(?:это\s+)?(?:все\s+кончено|конец)(?=\s*(?:$|[.,!?…]))",
        r"\bболь\s+(?:\w+\s+)?(?:ушла|прекратилась|закончилась)\s+навсегда\b",
        r"\bчтобы\s+(?:это|все|все\s+это)\s+(?:уже\s+)?(?:прекратилось|закончилось|кончилось)(?=\s*(?:$|[.!…]))",  # сделайте так, чтобы это прекратилось
        r"\b(?:хочу|пойду|иду|шагну|тянет|выйду)\s+в\s+окно(?=\s*(?:$|[.,!?…]|\s+(?:сегодня|сейчас|ночью)\b))",  # хочу в окно
        r"\b(?:закончу|прекращу|закончить|прекратить|покончу|покончить)\s+(?:\w+\s+)?(?:свою|эту|мою)\s+боль\b|\bпокончить\s+с\s+(?:этой\s+)?болью\b",
        r"\bпогас\w*\s+навсегда\b",
        r"\bхочу\s+(?:просто\s+)?исчезнуть(?=\s*(?:$|[.!…]))",  # просто хочу исчезнуть.
        r"\bк\s+\w+\s+на\s+небо\b|\bна\s+небеса\b",  # хочу к маме на небо
        r"\b(?:ничто|ничего|никто)\s+(?:меня\s+)?(?:здесь|тут|в\s+этой\s+жизни|на\s+этом\s+свете)?\s*(?:меня\s+)?(?:больше\s+)?не\s+держит(?=\s*(?:$|[.!…]))",
        r"\b(?:забуд\w*\s+меня|меня\s+забуд\w*)(?=\s*(?:$|[.!…]))",  # семья быстро забудет меня.
        r"\bуслуг\w*\s*,?\s+если\s+(?:я\s+)?(?:умру|исчезну|покончу)",  # всем окажу услугу, если умру
        r"\bспрята\w*\s+(?:\w+\s+)?(?:лезви\w*|таблетк\w*|веревк\w*|бритв\w*)|\b(?:лезви\w*|таблетк\w*|веревк\w*)\s+(?:\w+\s+)?спрята\w*",
        r"\bустал\w*\s+быть(?=\s*(?:$|[.,!?…]))",  # я устала быть, просто быть
        r"\bосталось\s*(?:—|-|,)?\s*(?:это\s+)?(?:уйти|умереть|исчезнуть)(?=\s*(?:$|[.!…]))",
        r"\bмертв\w*\b"
        + _GAP
        + r"\b(?:осталось|надо|хочу)\s+(?:только\s+)?доделать\b",  # внутри я уже мёртвая, осталось доделать
        r"\b(?:зайду|войду|уйду|зайти|войти)\s+в\s+(?:реку|море|воду|озеро)\s+и\s+не\s+(?:выйду|вернусь|выйти)",
        r"\b(?:банк\w*|пачк\w*|упаковк\w*|горсть)\s+(?:\w+\s+)?(?:таблет\w*|снотворн\w*)\b"
        + _GAP
        + r"\b(?:страшно|тянет|хочется|думаю)",
        r"\bпредставля\w*,?\s+как\s+(?:я\s+)?(?:вишу|повешусь|лежу\s+мертв\w*|меня\s+нет)",  # представлять, как вишу под потолком
        r"\bмои\s+похорон\w*|\bпохорон\w*\s+(?:\w+\s+)?никто\s+не\s+придет",  # даже на похороны никто не придёт
        r"\bсо\s+всем\s+покончить\b",
        r"\bтянет\s+(?:\w+\s+)?(?:прыгнуть|шагнуть|спрыгнуть|вниз)\b",  # на балконе тянет прыгнуть
        r"\b(?:написал\w*|пишу|напишу)\s+(?:свое\s+|мое\s+)?прощани\w*",  # написала прощание в дневнике
        r"\bесли\s+(?:\w+\s+)?меня\s+не\s+(?:будет|станет)\s*,?\s+(?:не\s+(?:грустите|плачьте|вините|переживайте|грусти|плачь)|простите|прости|знайте)",
        r"\bбудущ\w*\s*,?\s+(?:где|в\s+котором)\s+я\s+(?:жив\w*|есть)\b",
        r"\b(?:назначил\w*|выбрал\w*)\s+(?:дату|день)(?=\s*(?:$|[.!…]))",  # я назначила дату
        r"\bне\s+(?:будет|останется)\s+в\s+живых\b",  # к утру меня не будет в живых
        r"\b(?:поджечь|подожгу|подожгла|подожег|сжечь|сожгу)\s+себя\b|\bсебя\s+(?:поджечь|подожгу|сжечь)\b",
        r"\b(?:нож\w*|лезви\w*|бритв\w*|осколок|стекло)\s+(?:\w+\s+)?(?:у|к)\s+(?:запясть\w*|горл\w*|вен\w*)\b",  # держу нож у запястья
        r"\bвыжил\w*\s*,?\s+(?:\w+\s+)?(?:попробую|сделаю)\s+(?:снова|еще\s+раз|опять)\b",
        r"\b(?:лечь|лягу|уснуть|усну)\s+и\s+(?:\w+\s+){0,2}?не\s+вставать(?=\s*(?:$|[.,!?…]))",  # хочу лечь и больше никогда не вставать
        r"\bзапр\w*\s+себя\s+в\s+(?:машин\w*|гараж\w*)",
        r"\bтелефон\w*\s+доверия\b" + _GAP + r"\bне\s+(?:хочу|могу|буду)\s+звонить",
        r"\bможно\s+и\s+(?:закончить|покончить|умереть|уйти)(?=\s*(?:$|[.!…]))",  # так что можно и закончить
        r"\b(?:задохнуться|задохнусь|задохнулась|задохнулся)\b|\bпакет\w*\s+на\s+голов\w*",  # пыталась задохнуться с пакетом
        r"\bнет\s+(?:\w+\s+)?(?:желания|сил)\s+(?:\w+\s+)?жить\b",  # у меня нет желания жить
        r"\b(?:руки|ноги|запястья|бедра)\s+(?:\w+\s+)?в\s+(?:порезах|шрамах|ожогах|крови)\b",  # руки все в порезах
        r"\b(?:выйти|выйду|шагнуть|шагну|броситься|брошусь|кинуться|кинусь|лечь|лягу|прыгнуть|прыгну)\s+под\s+(?:автобус|машину|поезд|электричку|трамвай|грузовик|фуру|колеса|метро)\b",
        r"\bперед\s+(?:своим\s+)?уходом(?=\s*(?:$|[.!…]))",  # пишу письма семье перед уходом
        r"\b(?:отдал\w*|раздал\w*)\b"
        + _GAP
        + r"\bя\s+готов\w*(?=\s*(?:$|[.!…]))",  # отдала кота и книги, я готова
        r"\bя\s+(?:все|это)\s+заканчиваю(?=\s*(?:$|[.!…]))",
        r"\b(?:завязать|связать|сделать|приготовить)\s+петлю\b",  # как завязать петлю
        r"\b(?:выпить|принять|съесть|проглотить)\s+(?:\w+\s+)?(?:яд|яда|уксус\w*|отрав\w*|крысин\w*|хлорк\w*|белизн\w*|антифриз\w*)\b",  # хочу выпить яд
        r"\bсъед\w*\s+(?:\w+\s+)?с\s+(?:моста|обрыва)\b",  # съеду с моста на машине
        r"\b(?:перерезать|перережу|резать|порежу)\s+(?:себе\s+)?горло\b",
        r"\b(?:исчезнуть|исчезну)\s+из\s+(?:этого\s+)?мира\b",
        r"\bне\s+хочу\s+быть\s+(?:здесь|тут)\s+(?:завтра|больше)\b",
        r"\bмысл\w*\s+о\s+смерти\b",  # только мысль о смерти меня успокаивает
        r"\bдержу\s+(?:\w+\s+){0,2}?(?:пачк\w*|упаковк\w*|горсть|банк\w*)\s+(?:\w+\s+)?(?:таблет|снотвор)\w*",  # держу в руке пачку таблеток
        r"\b"
        + _RU_TAKE
        + r"\s+(?:\w+\s+)?половин\w*\s+(?:\w+\s+)?"
        + _RU_PILLS,  # выпила половину таблеток
        r"\b(?:шрам\w*|порез\w*|раны)\s+(?:\w+\s+){0,3}?кровоточ\w*",
        r"\bхочу\s+шагнуть(?=\s*(?:$|[.!…]))|\bвысота\s+(?:манит|зовет)\b",
        r"\b(?:иду|пойду|поднимаюсь|лезу)\s+на\s+крышу(?=\s*(?:$|[.!…]))",
        r"\bскаж\w*\s+(?:\w+)?\s*,?\s*что\s+я\s+(?:ее|его|их|вас|тебя)\s+любил\w*",  # скажите маме, что я её любила
        r"\bне\s+нужна\s+(?:больше\s+)?(?:эта|такая|моя)\s+жизнь\b",
        r"\bзачем\s+(?:мне\s+)?(?:вообще\s+)?(?:жить|существовать)\b",
        r"\bжизнь\s*(?:—|-)?\s*не\s+для\s+меня(?=\s*(?:$|[.,!?…]))",
        r"\bнезачем\s+(?:больше\s+)?(?:оставаться|жить|просыпаться|существовать)(?=\s*(?:$|[.,!?…]|\s+(?:здесь|тут|в\s+живых)))",
        r"\bчтобы\s+(?:моя\s+)?жизнь\s+(?:\w+\s+)?(?:закончилась|кончилась|прекратилась|оборвалась)\b",  # хочу, чтобы моя жизнь закончилась
        r"\b(?:поранить|ранить|покалечить|искалечить|изувечить)\s+себя\b|\bсебя\s+(?:поранить|покалечить|искалечить)\b",
        r"\bдумать\s+о\s+порез\w*",
        r"\bжизнь\s+(?:\w+\s+)?ничего\s+не\s+стоит\b|\bжизнь\s+(?:\w+\s+)?не\s+имеет\s+(?:никакой\s+)?ценности\b",
        r"\bя\s+(?:просто\s+)?(?:пустое\s+место|ничтожество|мусор|ошибка\s+природы)(?=\s*(?:$|[.,!?…]))",  # я пустое место
        r"\bпоследн\w+\s+(?:ночь|день)\s+(?:на\s+земле|в\s+жизни|жизни)\b",
        r"\b(?:всем|им|семье|детям|родным)\s+(?:\w+\s+)?(?:будет|станет)\s+(?:нормально|хорошо|лучше|легче|спокойнее)\s+(?:и\s+)?без\s+меня\b",
        r"\bсебя\s+(?:поранил\w*|ранил\w*|изранил\w*|покалечил\w*|изрезал\w*)",  # сильно себя поранила
        r"\b(?:выпить|проглотить|принять|съесть)\s+их\s+все\b",  # а что, если просто выпить их все
        r"\bвсе\s+закончить\s+(?:этими\s+)?(?:таблетк\w*|снотворн\w*)",
        r"\b(?:присматрива\w*|ищу|искала|искал|гугл\w*|нагуглил\w*)\s+(?:\w+\s+){0,2}?(?:мост\w*|высотк\w*|высок\w+\s+здани\w*|обрыв\w*)",
        r"\bне\s+хочу\s*,?\s+чтобы\s+меня\s+(?:спасали|спасли|останавливали|нашли|искали)\b",
        r"\bзаплатить\s+(?:своей\s+)?жизнью\b|\bрасплатиться\s+жизнью\b",
        r"\bне\s+(?:могу|выдержу|переживу)\s+(?:встретить\s+)?(?:еще\s+)?один\s+(?:день|ночь)\b",
        r"\bесли\s+бы\s+у\s+меня\s+был\w*\s+(?:пистолет|ружье|оружие)\b",
        r"\b(?:пере)?счит(?:аю|ываю|ала|ывала|ал|ывал)\s+(?:свои\s+|мои\s+)?таблетк\w*(?=\s*(?:$|[.,!?…]))",
        r"\bразда\w*\s+(?:все\s+)?(?:свои|мои)\s+вещи\b",
        r"\bменя\s+не\s+должно\s+(?:быть|существовать)\b",
        r"\b(?:письм\w*|записк\w*)\s*,?\s+(?:почему|зачем)\s+я\s+это\s+(?:сделала|сделал|делаю|сделаю)\b",
        r"\bлучше\s+бы\s+меня\s+(?:вообще\s+|совсем\s+)?не\s+(?:было|стало|существовало)\b",
        r"\bне\s+хочу\s+(?:пережить|проживать|прожить|встретить)\s+(?:еще\s+)?(?:один\s+)?(?:день|ночь|утро)\b",
        # --- обуза, без меня лучше, меня не станет -------------------------------------------
        r"\b(?:я|быть|стал\w*|стану|чувствую\s+себя|для\s+всех|всем|лишь|только)\s+(?:\w+\s+){0,2}?обуз\w*",  # я обуза, не хочу быть обузой
        r"\bв\s+тягость\b",
        r"\b(?:всем|им|семье|родным|миру|мир)\s+(?:\w+\s+){0,2}?(?:лучше|легче|проще)\s+без\s+меня\b",  # всем будет лучше без меня
        r"\bбез\s+меня\s+(?:\w+\s+){0,2}?(?:будет|было\s+бы|станет|стало\s+бы)\s+(?:всем\s+|им\s+)?(?:лучше|легче|проще)\b",
        r"\b(?:всем|я\s+всем|я\s+только)\s+(?:только\s+)?мешаю\b",
        r"\bменя\s+(?:\w+\s+)?(?:скоро|больше|уже\s+скоро|совсем\s+скоро)\s+не\s+(?:будет|станет)\b",  # меня скоро не будет
        r"\bменя\s+не\s+станет\b",  # когда меня не станет
        r"\b(?:уйти|уйду|уходить|ухожу)\s+(?:\w+\s+)?(?:навсегда|насовсем)\b",
        r"\b(?:никто|никому)\s+"
        + _GAP
        + r"(?:если|когда)\s+(?:меня\s+не\s+(?:станет|будет)|я\s+(?:умру|исчезну|уйду(?=\s*(?:$|[.,!?]|\s+(?:навсегда|насовсем|из\s+жизни)))|покончу|сдохну|повешусь))",  # никто не заметит, если я умру
        r"\bникто\s+(?:даже\s+)?не\s+(?:будет\s+)?(?:скучать|плакать|заметит|вспомнит)\s+(?:по\s+мне|обо\s+мне|без\s+меня)\b",  # никто не будет скучать по мне
        # --- планы и прощание ----------------------------------------------------------------
        r"\bпрощальн\w*\s+(?:письм\w*|записк\w*|сообщени\w*|видео|пост\w*)",  # прощальное письмо
        r"\bпредсмертн\w*",  # предсмертная записка
        r"\bпрощайте(?=\s*(?:$|[.!…]|\s+(?:все|навсегда)\b))",  # прощайте все
        r"\bпрощай,?\s+(?:мир|жизнь|все)\b",
        r"\bпрощаюсь\s+(?:со\s+всеми|навсегда|с\s+вами)\b",
        r"\bэто\s+(?:мое\s+)?(?:прощание|последнее\s+(?:сообщение|письмо|слово))\b",
        r"\bмое\s+последнее\s+(?:сообщение|письмо|слово)\b",
        r"\bпростите\s+меня\s+(?:за\s+все|пожалуйста)\b",
        r"\bраздал\w*\s+(?:все\s+)?(?:свои|мои)\s+вещи\b",
        r"\bзаписк\w*\s+(?:для\s+)?(?:родным|маме|семье|близким|родителям|мужу|жене|детям)\b",
        r"\bпланир\w*\s+(?:свою\s+)?(?:смерть|самоубий\w*|суицид\w*|уход\w*)",  # планирую свою смерть
        r"\bзнаю,?\s+как\s+(?:я\s+)?(?:это\s+)?сделаю\b",
        r"\b(?:решил\w*|решено)\s*[,:]?\s*(?:\w+\s+){0,3}?(?:умру|умереть|покончу|сделаю\s+это|это\s+сделаю|уйду(?=\s*(?:$|[.,!?])))",
        r"\bвыбрал\w*\s+(?:дату|день|способ|место)(?=\s*(?:$|[.,!?]))",
        r"\b(?:способ\w*|как)\s+(?:\w+\s+)?(?:умереть|покончить|убить\s+себя|повеситься)\b",
        r"\bбезболезненн\w*\s+(?:способ|смерть|умереть)|\b(?:смертельн\w*|летальн\w*)\s+доз\w*",
        r"\bсколько\s+(?:\w+\s+)?"
        + _RU_PILLS
        + r"\s+(?:\w+\s+){0,3}?(?:нужно|надо|чтобы\s+умереть|смертельно)",
        r"\b(?:пыталась|пытался|попытк\w*)\s+(?:\w+\s+)?(?:покончить|убить\s+себя|повеситься|отравиться|суицид\w*|самоубий\w*)",
        r"\bу\s+меня\s+(?:уже\s+)?(?:была|были)\s+попытк\w*",
        # --- небезопасно сейчас --------------------------------------------------------------
        r"\bне\s+ручаюсь\s+за\s+себя\b",
        r"\b(?:что-нибудь|что-то|что\s+нибудь|что\s+то|чего-нибудь)\s+с\s+собой\s+(?:сделаю|сделать|сотворю|сотворить)\b",  # что-нибудь с собой сделаю
        r"\bс\s+собой\s+(?:что-нибудь|что-то)\s+сдела\w*",
        r"\b(?:сделаю|сделать|сотворю)\s+(?:что-нибудь|что-то)\s+с\s+собой\b",
        r"\b(?:что|чего)\s+я\s+(?:могу\s+)?(?:сделаю|сделать|сотворю)\s+с\s+собой\b",
        r"\bмне\s+(?:сейчас\s+)?небезопасно(?=\s*(?:$|[.,!?]|\s+(?:сейчас|одной|одному|оставаться|с\s+собой)))|\bнебезопасно\s+(?:оставаться|быть)\s+(?:\w+\s+)?(?:одной|одному|с\s+собой)",
        r"\bя\s+не\s+в\s+безопасности\b",
        r"\bне\s+доживу\s+до\b",
        # --- таблетки, яд --------------------------------------------------------------------
        r"\bпередоз\w*",  # передозировка, передоз (FALSE_ALARM: "передоз сахара")
        r"\b"
        + _RU_TAKE
        + r"\s+(?:\w+\s+){0,2}?(?:все|всю|весь|пачку|пачки|упаковку|упаковки|кучу|горсть|банку|пузырек|блистер\w*|полпачки|\d{2,}|слишком\s+много|десяток|десятки|двадцать|тридцать|сорок|пятьдесят|сто)\s+(?:\w+\s+){0,2}?"
        + _RU_PILLS,  # выпила все таблетки
        r"\b(?:все|всю|весь|пачку|упаковку)\s+(?:\w+\s+)?"
        + _RU_PILLS
        + r"\s+(?:уже\s+)?(?:выпил\w*|съел\w*|проглотил\w*|принял\w*|наглотал\w*)",  # все таблетки уже выпила
        r"\b(?:все|всю|весь)\s+(?:\w+\s+)?"
        + _RU_PILLS
        + r"\s+(?:\w+\s+)?(?:разом|сразу)\b|\b"
        + _RU_PILLS
        + r"\s+(?:горстью|горстями|пачкой|пачками)\b",
        r"\bнаглот\w*\s+(?:\w+\s+){0,2}?(?:"
        + _RU_PILLS[3:-1]
        + r"|яд\w*|чего-нибудь|чего-то|всего|всякого|гвозд\w*|лезви\w*)",  # наглоталась снотворного
        r"\b(?:копл\w*|накопил\w*|накоплен\w*|собираю|собрал\w*|припрятал\w*|запас\w*)\s+(?:\w+\s+)?"
        + _RU_PILLS,
        r"\bотрав(?:иться|люсь|имся)\b|\bотрав(?:илась|ился)\s+(?:специально|нарочно|намеренно)\b",  # отравиться
        r"\b(?:выпил\w*|выпью|съел\w*|проглотил\w*|пью)\s+(?:\w+\s+)?(?:яд|яда|ядом|уксус\w*|отрав\w*|крысин\w*|хлорк\w*|белизн\w*|антифриз\w*)\b",  # выпила уксус
        # --- прыжок, поезд, машина, вода -----------------------------------------------------
        r"\b(?:прыгнуть|прыгну|прыгаю|спрыгнуть|спрыгну|выпрыгнуть|выпрыгну|сигануть|сигану|сброситься|сброшусь|броситься|брошусь|кинуться|кинусь|выброситься|выброшусь|шагнуть|шагну|упасть|полететь|полечу)\s+(?:\w+\s+){0,2}?(?:с|со|из|под|в|на)\s+(?:\w+\s+)?"
        + _RU_HIGH
        + r"(?!\w)",  # спрыгнуть с крыши
        r"\b(?:хочу|хочется|думаю|решил\w*|готов\w*|пойду)\s+(?:\w+\s+)?(?:прыгнуть|спрыгнуть|сброситься|броситься|выброситься|сигануть)\b(?!\s+(?:в\s+(?:бассейн|озеро|море|речку|воду|такси|омут\s+с\s+головой)|с\s+парашют|на\s+батут|от\s+радости|через|с\s+тарзанки))",
        r"\bхочу\s+под\s+(?:поезд|машину|электричку|колеса|грузовик|фуру)\b",
        r"\b(?:лечь|лягу|ложусь|лежать)\s+на\s+рельсы\b",
        r"\bвы(?:йти|йду|шла|шел|хожу)\s+в\s+окно(?=\s*(?:$|[.,!?…]|\s+(?:сегодня|сейчас|ночью|завтра|с\s+\w+\s+этажа)))",  # выйти в окно
        r"\bв\s+окно\s+(?:выйти|выйду|шагну|шагнуть|прыгну|прыгнуть|выброшусь|выброситься|выпрыгну|выпрыгнуть)\b",  # в окно выйду
        r"\b(?:стою|сижу)\s+на\s+(?:краю\s+)?(?:крыше|крыши|мосту|моста|краю|балконе|подоконнике|рельсах|перилах|карнизе)\b(?=\s*(?:$|[.!…]|\s+(?:и\s+(?:думаю|хочу|смотрю\s+вниз|решаю)|одна|один|ночью|сейчас|открытого\s+окна)\b))",  # стою на крыше
        r"\b(?:хочу|хочется|пойду|думаю|лишь\s+бы|специально)\s+(?:\w+\s+)?(?:разбиться|разбьюсь|разобьюсь)\b",  # хочу разбиться на машине
        r"\b(?:въеду|въехать|врежусь|врезаться|направлю\s+(?:\w+\s+)?машину|направить\s+(?:\w+\s+)?машину|влечу|влететь)\s+(?:\w+\s+)?в\s+(?:столб|стену|дерево|отбойник|грузовик|фуру|встречк\w*|встречн\w*|опору|бетон\w*|обрыв)\b",  # въеду в столб
        r"\bутоп(?:иться|люсь|илась|ился)\b|\bтопиться\b",  # утопиться
        # --- петля, оружие -------------------------------------------------------------------
        r"\bповес(?:иться|илась|ился|имся|ишься)\b|\bповешусь\b|\bвздерн\w*",  # повеситься
        r"\b(?:сделал\w*|приготовил\w*|завязал\w*|связал\w*|накинуть|накину|полезу|лезть|голову|затян\w*|затяну)\s+(?:\w+\s+)?(?:в\s+)?петл[юяе]\b|\bв\s+петлю\b",
        r"\b(?:купил\w*|достал\w*|нашел|нашла|приготовил\w*|есть|куплю|взял\w*)\s+(?:\w+\s+)?веревк\w*\b(?!\s+(?:для|на\s+(?:дачу|балкон)|чтобы\s+(?:сушить|привязать|натянуть)))",  # купила верёвку
        r"\bверевк\w*\s+и\s+мыло\b",
        r"\bзастрел(?:иться|юсь|илась|ился|ишься)\b",  # застрелиться
        r"\bпул\w*\s+(?:себе\s+)?в\s+(?:лоб|висок|голову|рот|сердце)\b|\bпустить\s+себе\s+пулю\b",
        r"\b(?:достал\w*|взял\w*|держу|заряд\w*)\s+(?:\w+\s+)?(?:пистолет\w*|ружь\w*|оружи\w*|ствол)\b(?!\s+(?:на\s+охоту|в\s+тир|на\s+стрельбище))",
        # --- порезы и другой вред себе -------------------------------------------------------
        r"\bпричин\w*\s+себе\s+(?:вред|боль)\b",  # причинить себе вред
        r"\b(?:навредить|наврежу|вредить|врежу|навредила|навредил)\s+себе\b|\bсебе\s+навред\w*",
        r"\b(?:сделать|сделаю|делаю|делать|сделала|сделал)\s+себе\s+больно\b",  # делаю себе больно
        r"\b(?:бью|бить|избиваю|царапаю|царапать|прижига\w*|жгу|обжига\w*|кусаю|душу)\s+себя\b",  # бью себя, прижигаю себя
        r"\bсамоповрежд\w*|\bселфхарм\w*|\bсэлфхарм\w*",  # самоповреждение, селфхарм
        r"\b(?:по)?(?:резать|резала|резал|режу|режет|режешь|режь|порежу)\s+себя\b",  # режу себя
        r"\bсебя\s+(?:по)?(?:резать|режу|резала|резал)\b",
        r"\b(?:по)?(?:рез|реж)\w*\s+(?:себе\s+)?(?:руки|вены|вену|запяст\w*|бедр\w*|ноги|кожу|живот)\b",  # резала руки, порезала вены
        r"\b(?:режусь|резаться|резалась|резался|порезаться)\b",  # "я режусь", "хочу порезаться" ("резаться в карты" — FALSE_ALARM)
        r"\bпорезал(?:ась|ся)\b(?!\s*,?\s*(?:бумагой|об?\b|когда|пока|при|случайно|ножом|на\s+кухне|стеклом|бритвой|во\s+время|немного|чуть))",  # я снова порезалась
        r"\b(?:резать|порезать|вскрыть|вскрою|вскрыла|вскрыл|перерезать)\s+(?:себе\s+)?вены\b",  # вскрыть вены
        r"\bвскры(?:ться|лась|лся)\b|\bвскроюсь\b",  # сленг: вскрыться
        r"\b(?:ис)?полос(?:ую|овать|овала|овал|нуть)\s+(?:себе\s+)?(?:руки|руку|себя|запяст\w*|бедр\w*|ноги|кожу)\b",
        r"\b(?:взял\w*|достал\w*|купил\w*|держу|приготовил\w*|спрятал\w*)\s+(?:\w+\s+)?лезви\w*",  # взяла лезвие
    ),
    "es": (
        # --- nombrarlo -------------------------------------------------------------------------
        r"\bsuicid\w*",  # suicidio, suicidarme, suicida, me voy a suicidar (films etc. are FALSE_ALARMS)
        r"\bautolesion\w*|\bautolesi\w*|\bautodan\w*|\bautoagre\w*",  # autolesion, autolesionarme
        r"\bmatarme\b(?!\s+(?:a\s+|de\s+)?(?:estudiar|trabajar|entrenar|correr|estudiando|trabajando|entrenando|corriendo|limpiando|risa)\b)",  # quiero matarme
        r"\bme\s+(?:(?:voy|iba)\s+a|quiero|queria|querria|quisiera|quise|pienso|podria|deberia|debo|tengo\s+que|dan\s+ganas\s+de|entran\s+ganas\s+de|gustaria|voy\s+a\s+tener\s+que|termino|acabo|acabare)\s+(?:\w+\s+)?matar\b(?!\s+(?:a|al|de|estudiando|trabajando|con\s+(?:la|el)\s+(?:bici|moto|coche))\b|\s+(?:el|la|los|las|un|una|mi|tu|su|sus|mis|esa|ese|este|esta|esos|esas)\s+(?!(?:noche|manana|tarde|semana|vez|dia|finde|fin|mes|ano|lunes|martes|miercoles|jueves|viernes|sabado|domingo|proxim\w*|siguiente|mismo|misma|otra|ultima|primera|pasad\w*)\b)\w+)",  # me quiero matar
        r"\bme\s+mat(?:o|are|aria)\b(?!\s+(?:a|de|con|en|por|si|trabajando|estudiando|entrenando|corriendo|limpiando)\b)",  # "me mato", "me mataré"
        r"\bquitar(?:me|se)\s+la\s+vida\b|\bme\s+(?:\w+\s+){0,3}?quit\w*\s+la\s+vida\b",  # quitarme la vida, me voy a quitar la vida
        r"\bquitarme\s+de\s+en\s+medio\b|\bacabar\s+conmigo\s+(?:mism[oa]|de\s+una\s+vez)\b",
        r"\b(?:acab|termin)\w*\s+con\s+(?:mi\s+(?:propia\s+)?(?:vida|existencia|sufrimiento)|este\s+sufrimiento|todo\b(?!\s+(?:el|la|los|las|lo|mi|mis|tu|su|sus|este|ese|aquel)\b|\s+(?:esto|eso)\s+(?:de|del)\b))",  # acabar con todo, terminar con mi vida
        r"\bponer(?:le)?\s+fin\s+a\s+(?:mi\s+vida|todo|mi\s+sufrimiento|mi\s+existencia)\b",
        r"\b(?:quiero|quisiera|ojala|necesito|deseo|solo\s+quiero)\s+que\s+(?:se\s+)?(?:acabe|termine)\s+todo\b|\b(?:quiero|quisiera|ojala|necesito|deseo|solo\s+quiero)\s+que\s+(?:todo|todo\s+esto)\s+(?:se\s+)?(?:acabe|termine|pare)\b",  # quiero que todo se acabe
        r"\b(?:hacerme|me\s+(?:he\s+)?(?:hice|hago|hecho|estoy\s+haciendo|vuelvo\s+a\s+hacer|volvi\s+a\s+hacer|quiero\s+hacer|voy\s+a\s+hacer|podria\s+hacer))\s+(?:\w+\s+)?dano\b(?!\s+(?:en|con|jugando|al|corriendo|entrenando|haciendo|cocinando|cuando|sin\s+querer)\b)",  # hacerme dano
        r"\b(?:lastimarme|herirme|me\s+(?:lastimo|lastime|hiero|heri|estoy\s+lastimando|vuelvo\s+a\s+lastimar))\b(?!\s+(?:(?:el|la|los|las|un|una)\s+(?!brazos?|munecas?|piernas?|piel|muslos?|venas|noche|manana|tarde|semana|vez|dia|finde|fin|mes|ano|lunes|martes|miercoles|jueves|viernes|sabado|domingo|proxim\w*|siguiente|mismo|misma|otra|ultima|primera|pasad\w*)|jugando|en|corriendo|entrenando|sin\s+querer)\b)",
        r"\b(?:me\s+)?(?:lastim|cort|raj|quem|golpe|hic|hier|her|pegu|choc|estrell|estamp|trag|envenen|empastill)\w*\s+(?:\w+\s+){0,3}?a\s+proposito\b",  # me lastimo a proposito
        # --- no quiero vivir, quiero morir ------------------------------------------------------
        r"\b"
        + _ES_WANT
        + r"\s+(?:(?:solo|solamente|simplemente|ya|tanto|mucho|de\s+verdad|realmente|a\s+veces|yo|me|no)\s+){0,3}"
        + _ES_DIE,  # quiero morir(me), quisiera estar muerta
        r"\bme\s+(?:(?:\w+\s+){0,2}?)(?:quiero|queria|querria|quisiera|quisiese|quise|gustaria|dan\s+ganas\s+de|entran\s+ganas\s+de|vienen\s+ganas\s+de|voy\s+a|iba\s+a|deberia|tengo\s+que)\s+(?:\w+\s+)?morir\b(?!\s+(?:si|sin|en\s+paz|de\s+viej\w*|viej\w*|feliz|algun\s+dia)\b)",  # me quiero morir
        r"\bmorirme\b",
        r"\bmejor\s+(?:me\s+muero|me\s+mato|morirme|matarme|me\s+quito\s+la\s+vida|desaparezco|me\s+tiro)\b|\bmejor\s+(?:desaparecer|no\s+existir|no\s+estar\s+aqui)(?=\s*(?:$|[.,!?;]))",
        # Euphemisms and goodbyes (round 11).
        r"\bdejar(?:e|a)?\s+de\s+ser\s+(?:un\s+problema|una\s+carga|un\s+estorbo|una\s+molestia)\s+para\s+(?:todos|mi\s+familia|nadie|ustedes|vosotros)\b",  # pronto dejare de ser un problema
        r"\bya\s+no\s+(?:voy|vas|van)\s+a\s+(?:molestar|tener\s+que\s+aguantarme|saber\s+(?:nada\s+)?(?:mas\s+)?de\s+mi)(?:\s+mas)?(?=\s*(?:$|[.,!?;]|\s+(?:a\s+nadie|nunca|mas)\b))",  # ya no voy a molestar mas
        r"\b(?:irme|reunirme|estar|ir|voy)\s+con\s+(?:mi|mis)\s+\w+\s+(?:al|en\s+el)\s+cielo\b|\b(?:al|el)\s+otro\s+barrio\b|\breunirme\s+con\s+(?:mi|mis)\s+\w+(?=[\s,]+(?:ya\s+no|en\s+el\s+cielo|alla\s+arriba|que\s+(?:ya\s+)?(?:murio|se\s+fue|fallecio)))",  # irme con mi mama al cielo
        r"\bmi\s+(?:propio\s+)?(?:funeral|entierro|velorio|velatorio)\b",
        r"\btodo\s+(?:arreglado|preparado|listo|en\s+orden|organizado)\b[^.!?|]{0,50}?\b(?:testamento|contrasenas|cuando\s+(?:ya\s+)?no\s+este)\b|\bprepare\s+todo\s+para\s+que\b[^.!?|]{0,50}?\bcuando\s+(?:ya\s+)?no\s+este\b",  # deje todo arreglado, el testamento
        r"\bsi\s+(?:no\s+)?(?:contesto|respondo|aparezco|no\s+contestas?|no\s+respondo|no\s+te\s+escribo)\b[^.!?|]{0,30}?\bya\s+sab(?:es|eis|en|ras|reis|ran)\s+(?:por\s+que|lo\s+que\s+(?:paso|hice|ha\s+pasado))",  # si no contesto manana ya sabes por que
        r"\bgracias\s+por\s+todo\b[^.!?|]{0,30}?\badios\b(?!\s*[,.!]*\s*(?:hasta|nos\s+vemos|buenas))|\badios\b[^.!?|]{0,20}?\bgracias\s+por\s+todo\b",  # gracias por todo, adios
        r"\b(?:os|los|les|te)\s+quiero\s+(?:mucho\s+)?(?:a\s+todos)?\s*[,.]?\s*(?:y\s+)?(?:perdonadme|perdonenme|perdoname|perdon|lo\s+siento)\b",  # os quiero mucho, perdonadme
        r"\bme\s+rindo\s+(?:para\s+siempre|con\s+la\s+vida|de\s+vivir)\b|\bcansad[oa]\s+de\s+luchar\b[^.!?|]{0,20}?\bme\s+rindo\b",
        r"\b(?:no\s+le\s+importo\s+a\s+nadie|a\s+nadie\s+le\s+importo)\b",
        r"\bpara\s+que\s+seguir\s+si\s+(?:nadie|nada|todo|ya)\b",
        r"\bojala\s+(?:que\s+)?(?:todo\s+)?se\s+(?:acabara|acabe|terminara|termine)\s+(?:todo|para\s+siempre|de\s+una\s+vez)\b|\bvivo\s+por\s+vivir\b",
        r"\bla\s+muerte\s+(?:es|seria|sera|parece)\s+(?:la\s+(?:unica|mejor)\s+(?:salida|opcion|solucion)|un\s+(?:descanso|alivio)|mi\s+(?:salida|descanso))\b",  # la muerte seria un descanso
        r"\bque\s+(?:mi\s+corazon\s+)?(?:deje|dejara)\s+de\s+(?:latir|respirar|existir)\b|\bme\s+(?:imagino|veo|sueno)\s+muert[oa]\b",  # mejor me muero y ya
        r"\bdormir(?:me)?\s+(?:y\s+|para\s+)(?:ya\s+)?no\s+(?:volver\s+a\s+)?despertar(?:me)?\b",  # dormir para no despertar
        r"\b(?:no|ya\s+no)\s+(?:quiero|puedo|deberia|quisiera)\s+(?:\w+\s+){0,3}?(?:en|de)\s+este\s+mundo\b|\b(?:dejar|abandonar|salir\s+de|irme\s+de|fuera\s+de)\s+este\s+mundo\b",  # no quiero formar parte de este mundo
        r"\b(?:sobro|estorbo)(?=\s*(?:$|[.,!?;]|\s+(?:en\s+este\s+mundo|aqui|en\s+todas\s+partes|en\s+la\s+vida|en\s+todos\s+lados)\b))",  # siento que sobro
        r"\btrag\w*\s+la\s+tierra\s+para\s+siempre\b",
        r"\b(?:irme|ir|me\s+voy)\b[^.!?|]{0,40}?\bde\s+(?:la\s+vida|este\s+mundo|esta\s+vida)\b",  # me quiero ir de aqui para siempre, de la vida
        r"\bno\s+(?:amanezco|amanecere|voy\s+a\s+amanecer|llego\s+a\s+manana|paso\s+de\s+esta\s+noche|veo\s+el\s+amanecer)\b",  # manana no amanezco
        r"\bsi\s+(?:yo\s+)?(?:me\s+muero|muero|muriera|me\s+muriera|desaparezco|desapareciera|me\s+mato|me\s+matara)\b[^.!?|]{0,30}?\b(?:nadie|se\s+librar\w*|mejor|estarian|estaria|se\s+daria\s+cuenta|lo\s+notaria)\b",  # si me muero nadie se daria cuenta
        r"\bse\s+librar(?:ia|ian|an|a)\s+de\s+mi\b|\bnadie\s+se\s+(?:daria|dara|va\s+a\s+dar)\s+cuenta\s+(?:si|de\s+que|cuando)\b",
        r"\bno\s+estoy\s+a\s+salvo\b|\bno\s+me\s+siento\s+(?:a\s+salvo|segur[oa])\s+(?:conmigo|de\s+mi\s+mism[oa]|esta\s+noche|ahora)\b|\bno\s+me\s+fio\s+de\s+mi\b",  # no estoy a salvo
        r"\b(?:miedo|panico|terror)\s+(?:de|a)\s+(?:hacerme\s+(?:algo|dano)|lo\s+que\s+(?:pueda|podria|vaya\s+a)\s+(?:hacerme|hacer(?=\s*(?:$|[.,!?;]|\s+(?:esta\s+noche|hoy|ahora|conmigo)\b)))|hacer\s+una\s+locura|no\s+poder\s+controlarme|matarme|quitarme\s+la\s+vida)",  # tengo miedo de hacerme algo
        r"\b(?:puedo|podria|voy\s+a|quiero|ganas\s+de|capaz\s+de)\s+hacerme\s+algo(?=\s*(?:$|[.,!?;]|\s+(?:malo|grave|esta\s+noche|hoy)\b))",
        r"\b(?:forma|manera|modo|metodo)s?\s+(?:\w+\s+){0,2}?(?:menos\s+dolorosa?s?|sin\s+dolor|mas\s+rapidas?|facil(?:es)?|indoloras?|segura)\s+(?:de|para)\s+(?:morir\w*|matarme|suicidar\w*|acabar\s+con)",  # la forma menos dolorosa de morir
        r"\bmorir\s+(?:ahorcad[oa]|ahogad[oa]|desangrad[oa]|envenenad[oa]|de\s+(?:una\s+)?sobredosis)\b|\bduele\s+(?:morir|ahorcar\w*|cortar\w*\s+las\s+venas)\b",
        r"\blav(?:aron|ado|ar)\s+(?:de\s+)?(?:el\s+)?estomago\b|\b(?:inconsciente|desmayad[oa])\b[^.!?|]{0,50}?\b(?:pastillas|pildoras|medicamentos|somniferos|calmantes)\b",  # me lavaron el estomago
        r"\bme\s+voy\s+para\s+siempre(?=\s*(?:$|[.,!?;]))",
        r"\bpara\s+cuando\s+(?:yo\s+)?(?:ya\s+)?no\s+(?:este|exista|viva)(?=\s*(?:$|[.,!?;]))|\bcuando\s+(?:yo\s+)?ya\s+no\s+(?:este|exista)\b(?!\s+(?:en|aqui\s+en|de)\b)",  # para cuando yo no este
        r"\b(?:morir(?:me)?|estar\s+muert[oa]|desaparecer|dejar\s+de\s+existir|no\s+despertar(?:me)?|matarme|suicidarme)\s+(?:(?!no\b)\w+\s+){0,4}?(?:quiero|quisiera|querria|deseo|necesito|me\s+apetece|pido)\b",  # word order: "morir es lo unico que quiero"  # almost always "ganas de morirme", "quiero morirme" (idioms cut first)
        r"\bganas\s+de\s+(?:morir\w*|matarme|suicidarme|no\s+despertar|dejar\s+de\s+existir|no\s+existir|desaparecer\s+para\s+siempre)\b",
        r"\b(?:no|ya\s+no|nunca|tampoco|ni|ya\s+ni)\s+(?:me\s+)?(?:quiero|queria|quisiera|tengo\s+ganas\s+de|deseo|me\s+apetece|puedo|aguanto|soporto|me\s+interesa|vale\s+la\s+pena|tiene\s+sentido|se\s+si\s+quiero|se\s+por\s+que|encuentro\s+razones\s+para)[\s,]+(?:\w+[\s,]+){0,3}?(?:vivir|seguir\s+viviendo|seguir\s+viv[oa]|seguir\s+con\s+vida|estar\s+viv[oa]|existir|seguir\s+aqui|seguir\s+en\s+este\s+mundo|estar\s+(?:mas\s+|ya\s+)?aqui(?!\s+(?:en|con|de|sol[oa]|esperando|trabajando|encerrad\w*)\b)|respirar(?!\s+(?:el|la|ese|este|esa|esta|tanto|humo)\b)|estar\s+(?:mas\s+|ya\s+)?(?:en\s+este\s+mundo|en\s+esta\s+vida)|seguir\s+existiendo|seguir\s+respirando)\b",  # no quiero vivir
        r"\b(?:no|ya\s+no|nunca|tampoco)\s+(?:quiero|queria|quisiera|tengo\s+ganas\s+de|puedo)\s+(?:\w+\s+)?seguir"
        + _ES_END,  # ya no quiero seguir
        r"\b(?:no|ya\s+no|nunca)\s+(?:me\s+)?(?:quiero|queria|quisiera|deseo)\s+(?:\w+\s+)?despertar(?:me)?(?=\s*(?:$|[.,!?;]|\s+(?:nunca|mas|jamas|otra\s+vez|de\s+nuevo|manana(?!\s+(?:a\s+las|temprano|tan|pronto|antes|para|con|sin|a|al|en|de|por)\b)|y|nunca\s+mas)\b))",  # no quiero despertar(me)
        r"\bvivir\s+(?:ya\s+)?no\s+(?:quiero|puedo)\b",  # word order: "vivir no quiero"
        r"\b(?:ya\s+no|no)\s+(?:puedo|aguanto|doy|soporto)\s+mas" + _ES_END,  # ya no puedo mas.
        r"\bno\s+(?:aguanto|soporto|puedo\s+con)\s+(?:mas\s+)?(?:esta|mi|la)\s+vida\b",
        r"\b(?:hart[oa]s?|cansad[oa]s?|agotad[oa]s?|chat[oa]s?)\s+(?:\w+\s+)?de\s+(?:vivir|la\s+vida|estar\s+viv[oa]|existir|mi\s+vida|esta\s+vida|seguir\s+viv[oa]|respirar)\b",  # harta de vivir
        r"\bme\s+(?:canse|he\s+cansado)\s+de\s+(?:vivir|la\s+vida|existir|estar\s+viv[oa]|luchar)\b",
        r"\b(?:perdi|he\s+perdido|se\s+me\s+(?:quitaron|fueron|acabaron|van)|sin|no\s+tengo|ya\s+no\s+tengo|ningunas?|nada\s+de)\s+(?:\w+\s+)?ganas\s+de\s+(?:vivir|seguir\s+viviendo|existir|estar\s+viv[oa])\b",  # perdi las ganas de vivir
        r"\b(?:no|ya\s+no|sin|ningunas?|nada\s+de)\s+(?:tengo\s+|me\s+quedan\s+|quedan\s+|hay\s+)?(?:mas\s+)?(?:fuerzas|energia|ganas|motivos|razones)\s+(?:para|de)\s+(?:vivir|seguir\s+viviendo|existir|estar\s+viv[oa]|(?:seguir|luchar)"
        + _ES_END
        + r")",  # no tengo fuerzas para seguir
        r"\b(?:ganas|fuerzas|razones|motivos)\s+(?:de|para)\s+(?:vivir|seguir\s+viviendo|existir)\s+(?:ya\s+)?(?:no|ni|nunca)\s+(?:tengo|me\s+quedan|hay|encuentro)\b",  # ganas de vivir ya no tengo
        r"\bmejor\s+(?:estar\s+|estaria\s+|estar\w*\s+)?muert[oa]s?\b|\b(?:estaria|estarias|estaria\s+yo)\s+mejor\s+muert[oa]\b",  # mejor muerta
        r"\bojala\s+(?:que\s+)?(?:\w+\s+){0,2}?(?:me\s+muera|me\s+muriera|muriera|morirme|no\s+despert\w*|no\s+me\s+despiert\w*|no\s+volver\s+a\s+despertar\w*|no\s+hubiera\s+nacido|no\s+haber\s+nacido|estar\s+muert[oa]|estuviera\s+muert[oa]|no\s+existir|no\s+existiera|desapareciera|me\s+(?:atropell\w*|caiga\s+un\s+rayo|lleve\s+la\s+muerte|mate)|la\s+palme|estire\s+la\s+pata)\b",  # ojala me muera
        r"\bque\s+me\s+(?:muera|muriera)\b",
        r"\b(?:ojala|quisiera|desearia|preferiria|me\s+gustaria)\s+(?:que\s+)?(?:yo\s+)?no\s+(?:estar|estuviera|seguir|siguiera|existir|existiera)\s+(?:viv[oa]|aqui|en\s+este\s+mundo)\b",  # ojala no estuviera viva  # "q me muera de una vez" (idioms cut first)
        r"(?<!antes\sde\sque\s)(?<!cuando\s)\bme\s+(?:muera|muriera)\b",  # "ojala me pase algo y me muera"
        r"\b(?:irme|ir|pirarme|largarme|marcharme|me\s+voy|me\s+ire|me\s+iria)\s+(?:\w+\s+)?de\s+(?:este\s+mundo|esta\s+vida|la\s+vida)\b",  # me quiero ir de este mundo
        r"\b(?:no\s+(?:deberia|merezco)\s+(?:haber\s+nacido|vivir|estar\s+viv[oa]|existir))\b|\bno\s+hubiera\s+nacido\b",
        # --- sin sentido, sin salida ------------------------------------------------------------
        r"\bno\s+(?:le\s+)?(?:veo|encuentro|tiene|tengo|hay|queda|hallo|halla|encuentra)\s+(?:\w+\s+){0,2}?(?:sentido|caso|razon\w*|motivos?|proposito)\s+(?:\w+\s+){0,2}?(?:a\s+la\s+vida|a\s+vivir|a\s+seguir|para\s+vivir|para\s+seguir|de\s+vivir|en\s+vivir|de\s+seguir|a\s+mi\s+vida|en\s+la\s+vida|seguir\s+viviendo|vivir)\b",  # no le veo sentido a la vida
        r"\b(?:(?:la\s+vida|mi\s+vida|vivir|seguir\s+viviendo|existir)\s+(?:ya\s+)?no|(?:ya\s+)?nada)\s+(?:tiene|tienen)\s+(?:ningun\s+)?(?:sentido|caso)(?:\s+para\s+mi)?"
        + _ES_END,
        r"\bno\s+tiene\s+(?:ningun\s+)?(?:sentido|caso)\s+(?:seguir|vivir|estar\s+viv|existir)\w*",
        r"\b(?:para\s+que|de\s+que\s+sirve|que\s+sentido\s+tiene|por\s+que)\s+(?:\w+\s+)?(?:seguir\s+viviendo|vivir|seguir\s+viv[oa]|seguir\s+aqui|existir|estar\s+viv[oa]|seguir(?=\s*(?:$|[?!.,]))|sigo\s+(?:viviendo|aqui|viv[oa]|respirando|existiendo)|vivo\b|existo\b|sigo(?=\s*(?:$|[?!.,])))",  # para que seguir viviendo
        r"\b(?:no\s+vale|no\s+merece)\s+la\s+pena\s+(?:seguir\s+)?(?:vivir|seguir|estar\s+viv|existir|nada)\w*|\b(?:la\s+vida|mi\s+vida|vivir)\s+(?:ya\s+)?no\s+(?:vale|merece)\s+la\s+pena\b",
        r"\bno\s+(?:hay|veo|le\s+veo|encuentro|tengo|existe|le\s+encuentro)\s+(?:ninguna\s+|otra\s+)?salida\b(?!\s+(?:(?:facil|rapida|buena|clara|posible|sencilla|directa)\s+)?(?:de\s+emergencia|por|en|a\s+la|al|de\s+(?:este|esta|el|la|un|una)\s+(?:bar|calle|edificio|metro|estacion|parking|sala|tunel|laberinto|autopista|atasco|reunion|centro\s+comercial)))",  # no hay salida
        r"\b(?:unica|ultima)\s+salida\s+(?:\w+\s+){0,2}?(?:es|seria|era)\s+(?:la\s+muerte|morir\w*|matarme|suicidarme|el\s+suicidio|desaparecer|irme|quitarme)",
        r"(?<!no\s)\bpienso\s+(?:\w+\s+){0,3}?en\s+(?:la\s+muerte|morir\w*|mi\s+muerte|mi\s+funeral|mi\s+propia\s+muerte)\b(?!\s+de\b)|\b(?:pensamientos|ideas)\s+(?:de\s+muerte|suicidas|de\s+matarme|de\s+morir\w*)\b",
        # --- carga, mejor sin mi, nadie me extranaria ------------------------------------------
        r"\b(?:soy|siento\s+que\s+soy|me\s+siento|me\s+siento\s+como|solo\s+soy|no\s+soy\s+mas\s+que|ser|sere|seguir\s+siendo)\s+(?:\w+\s+){0,2}?(?:una\s+carga|un\s+estorbo|un\s+lastre|un\s+peso\s+muerto)\b",  # soy una carga
        r"\b(?:carga|estorbo|lastre)\s+para\s+(?:todos|todo\s+el\s+mundo|mi\s+familia|mis\s+\w+|los\s+demas|ellos|ellas|vosotros|ustedes)\b",
        r"\b(?:estarian|estaria|estarias|estariais|vivirian|viviria|serian|seria|estaran|seran|viviran|irian|iria)\s+(?:\w+\s+){0,2}?(?:mejor|mas\s+felices|mas\s+feliz|mas\s+tranquil\w*|mas\s+facil|mas\s+sencillo|bien)\s+(?:\w+\s+)?(?:sin\s+mi|si\s+(?:yo\s+)?no\s+(?:estuviera|existiera|hubiera\s+nacido|estoy)|si\s+(?:yo\s+)?(?:me\s+muero|muero|muriera|me\s+muriera|desapareciera|desaparezco|me\s+fuera\s+para\s+siempre))\b",  # estarian mejor sin mi
        r"\b(?:mejor|mas\s+felices|mas\s+feliz|mas\s+tranquil\w*)\s+sin\s+mi\b",
        r"\bnadie\s+(?:me\s+)?(?:echaria|echara|va\s+a\s+echar(?:me)?|extranaria|extranara|va\s+a\s+extranar(?:me)?|notaria|notara|va\s+a\s+notar|lloraria|llorara|va\s+a\s+llorar)\b(?!\s+(?:en\s+la\s+fiesta|en\s+el\s+trabajo|en\s+la\s+oficina))",  # nadie me echaria de menos
        r"\ba\s+nadie\s+le\s+(?:importaria|importara|va\s+a\s+importar|importa)\s+(?:si|que)\s+(?:yo\s+)?(?:me\s+muero|muero|muriera|me\s+muriera|desaparezco|desapareciera|me\s+mato|me\s+matara|no\s+estoy|ya\s+no\s+estoy|no\s+estuviera|vivo\s+o\s+muero)\b",
        # --- planes y despedidas ----------------------------------------------------------------
        r"\b(?:cartas?|notas?|mensajes?|videos?)\s+de\s+(?:despedida|suicidio|adios)\b",  # carta de despedida
        r"\b(?:deje|dejo|dejare|escribi|he\s+escrito|escribo|escribiendo|escribire|dejando)\s+(?:unas?\s+|las\s+|mis\s+|una\s+)?(?:cartas?|notas?)\s+(?:\w+\s+)?(?:para|a)\s+(?:todos|mi\s+familia|mis\s+(?:padres|hijos|hermanos|amig\w*|seres\s+queridos)|cada\s+uno)\b",  # deje cartas para todos
        r"\b(?:cartas?|notas?)\b[^.!?|]{0,40}?\bpor\s+si\s+(?:me\s+pasa\s+algo|no\s+(?:vuelvo|estoy|despierto)|ya\s+no\s+estoy)\b",
        r"\besto\s+es\s+(?:una\s+despedida|un\s+adios|el\s+adios|el\s+final|el\s+fin)\b",
        r"\b(?:me\s+despido|despedirme|me\s+estoy\s+despidiendo|me\s+voy\s+a\s+despedir|adios)\s+(?:\w+\s+)?(?:de\s+|a\s+)?(?:todos|todo\s+el\s+mundo|ustedes|vosotros|este\s+mundo|la\s+vida|para\s+siempre)\b",  # me despido de todos
        r"\b(?:hoy\s+es|este\s+es|esta\s+es|sera|seria|va\s+a\s+ser|es)\s+(?:mi|el)\s+ultim[oa]\s+(?:dia|mensaje|noche|adios|carta)\b(?!\s+(?:de|del|en|antes|aqui|por\s+hoy|por\s+esta\s+noche|por\s+ahora|hasta|que\s+te\s+mando\s+hoy|con\s+(?:ustedes|vosotros|el|la)|trabajando)\b)",  # hoy es mi ultimo dia
        r"\bmis\s+ultimas\s+palabras\b|\bmi\s+ultim[oa]\s+(?:noche|dia)\s+(?:con\s+vida|viv[oa]|en\s+este\s+mundo)\b",
        r"\bcuando\s+(?:\w+\s+)?(?:leas|lean|lea|leais|veas|vean|leeis)\s+esto\b",
        r"\b(?:perdon|perdonad(?:me)?|perdoname|perdonenme|lo\s+siento|disculpad(?:me)?|disculpenme)\s+(?:\w+\s+){0,3}?por\s+lo\s+que\s+(?:voy\s+a|estoy\s+a\s+punto\s+de|pienso|estoy\s+por)\s+hacer\b",
        r"\bya\s+no\s+(?:estare|voy\s+a\s+estar)(?!\s+(?:en|disponible|conectad\w*|para|de\s+guardia|aqui\s+(?:el|la|en))\b)",  # manana ya no estare
        r"\b(?:regale|regalando|regalo|regalar|di|dando|repartiendo|reparti|done)\s+(?:\w+\s+){0,2}?(?:mis\s+cosas|todas?\s+mis\s+\w+|mis\s+pertenencias)\b[^.!?|]{0,50}?\b(?:ya\s+no\s+(?:\w+\s+){0,3}?(?:necesit|voy\s+a\s+estar|estare|servir)\w*|cuando\s+no\s+este|para\s+cuando)",
        r"\b(?:tengo|hice|hago|ya\s+tengo|tengo\s+ya)\s+(?:todo\s+)?(?:un\s+)?(?:plan|planeado|pensado|preparado|decidido)\s+(?:\w+\s+){0,3}?(?:para\s+)?(?:matarme|suicidarme|morir\w*|quitarme\s+la\s+vida|acabar\s+con\s+(?:todo|mi\s+vida)|el\s+dia|como\s+(?:hacerlo|lo\s+voy\s+a\s+hacer|matarme))\b",
        r"\b(?:dia|fecha|hora|forma|manera|metodo|lugar|sitio|modo)\s+(?:para|de|en\s+que\s+voy\s+a)\s+(?:morir\w*|matarme|suicidarme|mi\s+muerte|quitarme\s+la\s+vida|acabar\s+con\s+(?:todo|mi\s+vida))\b",  # elegi el dia para morir
        r"\b(?:decidi|he\s+decidido|lo\s+tengo\s+decidido|ya\s+lo\s+decidi|ya\s+esta\s+decidido)\b[^.!?|]{0,30}?\b(?:me\s+(?:voy\s+a\s+)?(?:mato|matar|muero|morir|quito\s+la\s+vida)|matarme|morir\w*|lo\s+hago|lo\s+voy\s+a\s+hacer)\b",
        r"\b(?:voy\s+a|quiero|tengo\s+miedo\s+de|puedo|podria|estoy\s+a\s+punto\s+de|a\s+punto\s+de|estoy\s+por|ganas\s+de)\s+(?:hacer|cometer)\s+una\s+(?:locura|tonteria|estupidez)(?!\s*[:,]?\s+(?:y\s+)?(?:apuntarme|comprar\w*|compre|pedir|ir\b|irme\s+de\s+viaje|tatuarme|cortarme\s+el\s+pelo|tenirme|renunciar|dejar\s+el\s+trabajo))(?!\s+(?:y\s+)?(?:comprar|compre|pedir|con\s+el\s+pelo|en\s+el\s+pelo|de\s+compras))",
        # --- metodos: pastillas, veneno ---------------------------------------------------------
        r"\b(?:me\s+)?(?:tom|trag|beb|ingir|inger|zamp|meti|meter|meto)\w*\s+(?:\w+\s+){0,3}?"
        + _ES_MANY
        + r"\s+(?:\w+\s+){0,4}?"
        + _ES_PILLS,  # me tome todas las pastillas
        r"\b(?:me\s+)?(?:tom|trag|beb|ingir|inger|zamp)\w*\s+(?:\w+\s+){0,2}?"
        + _ES_PILLS
        + r"\s+(?:\w+\s+){0,4}?(?:de\s+golpe|de\s+una\s+vez|juntas|a\s+la\s+vez|de\s+mas|de\s+sobra|a\s+proposito|con\s+(?:alcohol|vino|vodka|ron|cerveza|whisky|tequila|la\s+botella))\b",
        r"\b(?:me\s+)?(?:tom|trag|beb)\w*\s+(?:\w+\s+)?"
        + _ES_PILLS
        + r"\s+de\s+(?:mi|mis)\s+(?:papa|mama|padre|madre|abuel\w*|herman\w*|pareja|novi\w*|marido|mujer|esposo|esposa|tio|tia|hij\w*|compa\w*)\b(?!\s+por\s+(?:error|equivocacion))",  # me trague las pastillas de mi papa
        r"\b(?:me\s+)?(?:tom|trag|beb)\w*\s+(?:toda\s+)?(?:la|una)\s+(?:botella|tableta|tira)\s+(?:entera\s+)?de\s+"
        + _ES_PILLS,  # me bebi la botella de pastillas
        r"\b(?:juntando|guardando|acumulando|ahorrando|juntar|guardar|acumular|junte|guarde|acumule|junto|guardo|acumulo)\s+(?:\w+\s+){0,2}?"
        + _ES_PILLS
        + r"\s+(?:\w+\s+){0,3}?(?:para|por\s+si|hasta)\b",  # juntando pastillas para...
        r"\b"
        + _ES_PILLS
        + r"\s+(?:\w+\s+)?(?:guardad|acumulad|escondid|juntad|ahorrad)\w*\s+(?:\w+\s+){0,2}?(?:para\s+(?:hacerlo|morir\w*|matarme|el\s+dia|cuando|acabar|tomarmelas|el\s+final)|por\s+si)\b",  # pastillas guardadas para hacerlo
        r"\bcuant[ao]s\s+(?:\w+\s+){0,2}?"
        + _ES_PILLS
        + r"\s+(?:\w+\s+)?necesit\w*(?=\s*(?:$|[.,!?;]))|\bbusque\s+(?:\w+\s+){0,3}?(?:como\s+(?:ahorcar|suicid|matar|morir|envenen)\w*|formas?\s+de\s+(?:morir|matarme|suicid)\w*)",  # ya busque cuantas pastillas necesito
        r"\bcuant[ao]s\s+(?:\w+\s+){0,2}?"
        + _ES_PILLS
        + r"\s+(?:\w+\s+){0,5}?(?:morir\w*|matar\w*|no\s+despertar|letal|mortal|sobredosis|hacen\s+falta|se\s+necesitan|necesito\s+para|para\s+(?:no|acabar|dormir\s+para\s+siempre|siempre))",  # cuantas pastillas para morir
        r"\b"
        + _ES_PILLS
        + r"\s+(?:\w+\s+){0,3}?con\s+(?:alcohol|vino|vodka|ron|cerveza|whisky|tequila)\b|\b(?:alcohol|vino|vodka|ron|whisky|tequila|botella\s+de\s+\w+)\s+(?:\w+\s+){0,2}?con\s+(?:las\s+|unas\s+|mis\s+)?"
        + _ES_PILLS,
        r"\bdosis\s+(?:letal|mortal)\b|\b(?:el\s+doble|el\s+triple|mucho\s+mas|diez\s+veces)\s+de\s+(?:la\s+|mi\s+)?dosis\b",
        r"\bsobredosis\b",
        r"\bpara\s+no\s+(?:volver\s+a\s+)?despertar(?:me)?(?=\s*(?:$|[.,!?;]|\s+(?:nunca|mas|jamas|manana|y)\b))",  # pastillas para no despertar
        r"\b" + _ES_PILLS + r"\s+y\s+(?:alcohol|vino|vodka|ron|whisky|tequila|cerveza)\b",
        r"\bempastill\w*",  # "me empastille"  # (sobredosis de azucar, de series: FALSE_ALARMS)
        r"\b(?:envenenarme|me\s+(?:\w+\s+)?envenen\w*)\b|\b(?:tom|beb|trag)\w*\s+(?:\w+\s+){0,2}?(?:veneno|lejia|cloro|matarratas|raticida|insecticida|anticongelante|amoniaco|salfuman|aguarras|herbicida|pesticida)\b",
        # --- saltar, vias, coche, agua ----------------------------------------------------------
        r"\b"
        + _ES_THROW
        + r"\s+(?:\w+\s+){0,4}?(?:de|desde|del|por|al|a)\s+(?:\w+\s+){0,3}?"
        + _ES_HIGH
        + r"\b",  # tirarme de un puente
        r"\b"
        + _ES_HIGH
        + r"\b[^.!?|]{0,40}?\b(?:saltar|tirarme|lanzarme|aventarme|arrojarme|me\s+tiro|me\s+lanzo|salto|me\s+voy\s+a\s+tirar|me\s+quiero\s+tirar|voy\s+a\s+saltar)\b(?!\s+(?:en\s+paracaidas|con\s+(?:arnes|cuerda)|haciendo))",  # estoy en la azotea y quiero saltar
        r"\b(?:tirarme|lanzarme|aventarme|arrojarme|echarme|me\s+(?:(?:voy|iba)\s+a\s+|quiero\s+|pienso\s+|podria\s+)?(?:tir|lanz|avent|avient|arroj|ech)(?:o|e|are|aria|ar))\s+(?:\w+\s+){0,3}?(?:a|al|bajo|debajo\s+de|delante\s+de|frente\s+a|contra|hacia|de|del|en)\s+(?:\w+\s+){0,2}?(?:vias|via\s+del\s+tren|tren|metro|carretera|autopista|coches|carros|autos|camion\w*|autobus|bus|trafico|rieles|tranvia)\b",  # me tiro a las vias
        r"\bestrell\w*\s+(?:\w+\s+){0,2}?(?:el\s+|mi\s+)?(?:coche|carro|auto|moto|camioneta)\b|\bestrellarme\b|\bme\s+(?:voy\s+a|quiero|pienso)\s+estrellar\b",  # estrellar el coche
        r"\b(?:coche|carro|auto|moto)\s+(?:\w+\s+){0,2}?(?:contra|por)\s+(?:un|el|una|la)\s+(?:muro|pared|arbol|barranco|precipicio|camion|puente|acantilado)\b",
        r"\b(?:meterme|entrar|adentrarme|caminar|nadar|tirarme|me\s+(?:voy\s+a\s+)?meto|me\s+voy\s+a\s+meter)\s+(?:\w+\s+){0,2}?(?:al|en\s+el|en\s+la|a\s+la|al\s+fondo\s+del)\s+(?:mar|rio|lago|oceano)\s+(?:\w+\s+){0,2}?(?:y\s+no\s+(?:volver|salir|regresar)|hasta\s+(?:no|ahogarme|desaparecer)|para\s+siempre|para\s+no\s+volver)\b",
        r"\b(?:me\s+(?:pare|puse|sente|subi|quede|asome)|estoy|estaba|estuve|subid[oa]|sentad[oa]|parad[oa])\s+(?:\w+\s+){0,2}?(?:en|al|sobre|a)\s+(?:el|la)?\s*(?:borde|orilla|filo|cornisa|barandilla|baranda)\s+(?:de\s+(?:la|el|un|una|mi)\s+|del\s+)"
        + _ES_HIGH
        + r"\b",  # me pare en el borde de la azotea
        r"\b(?:tirarme|lanzarme|aventarme|arrojarme|me\s+(?:voy\s+a|quiero|pienso)\s+(?:tirar|lanzar|aventar|arrojar))\s+(?:a|al|en)\s+(?:un|el|la|una)?\s*(?:rio|mar|lago|pantano|embalse|canal|pozo|barranco)\b(?!\s+(?:a\s+nadar|a\s+banarme|de\s+cabeza|en\s+verano|con\b|para\s+(?:nadar|refrescarme|banarme)))",  # voy a tirarme a un rio
        r"\b(?:quiero|quisiera|ojala|deseo|me\s+gustaria|espero|rezo\s+para)\s+que\s+me\s+(?:atropell|arroll|pis|mat|lleve)\w*\s+(?:un|el|una|algun|la)\s+(?:tren|coche|carro|auto|camion|autobus|bus|metro|rayo|muerte)\b",  # quiero que me atropelle un tren
        r"\b(?:quiero|quisiera|voy\s+a|pienso\s+en|ganas\s+de|me\s+dan\s+ganas\s+de)\s+(?:saltar|tirarme|lanzarme|aventarme|arrojarme)\s+al\s+vacio\b|\bme\s+(?:tiro|lanzo|avento|arrojo)\s+al\s+vacio\b",  # quiero saltar al vacio
        r"\bahogarme\b(?!\s+(?:de|en\s+un\s+vaso))",
        # --- ahorcarse, armas -------------------------------------------------------------------
        r"\bahorc(?:arme|o|are|aria|e)\b(?!\s+(?:la|el)\s+(?:corbata|camisa|cuello\s+de))|\bme\s+(?:\w+\s+){0,2}?ahorcar\b|\bhorca\b|\bnudo\s+corredizo\b",  # ahorcarme
        r"\bcolgarme\b(?!\s+(?:al\s+hombro|del\s+brazo)\b|\s+(?:el|la|los|las|un|una|mi)\s+(?!(?:noche|manana|tarde|semana|vez|dia|finde|fin|mes|ano|lunes|martes|miercoles|jueves|viernes|sabado|domingo|proxim\w*|siguiente|mismo|misma|otra|ultima|primera|pasad\w*)\b)\w+)|\bme\s+(?:(?:voy|iba)\s+a|quiero|pienso|podria)\s+colgar\b(?!\s+al\b|\s+(?:el|la|los|las|un|una|mi)\s+(?!(?:noche|manana|tarde|semana|vez|dia|finde|fin|mes|ano|lunes|martes|miercoles|jueves|viernes|sabado|domingo|proxim\w*|siguiente|mismo|misma|otra|ultima|primera|pasad\w*)\b)\w+)|\bme\s+cuelgo\s+(?:de|del)\b",  # colgarme
        r"\b(?:cuerda|soga)\b[^.!?|]{0,30}?\bcartas?\b|\bcartas?\b[^.!?|]{0,30}?\b(?:cuerda|soga)\b",  # la cuerda y la carta
        r"\b(?:me\s+)?(?:tom|trag|beb)\w*\s+tod[oa]s?\b[^.!?|]{0,30}?\bbotiquin\b",  # tomarme todo lo del botiquin
        r"\b(?:compre|comprar|tengo|consegui|conseguir|prepare|preparar|ate|atar|amarre|amarrar|busque|buscando|ya\s+tengo|tengo\s+lista)\s+(?:ya\s+)?(?:una|la|mi)\s+(?:cuerda|soga)\b(?!\s+(?:para\s+(?:tender|escalar|saltar|atar|amarrar|(?:el|la|los|las|un|una|mi|mis)\s+(?!cuello|horca)\w+|colgar\s+(?:la|el|los|las)\s+(?:ropa|plantas|cuadros|luces))|de\s+(?!horca)\w+|nueva\s+para|elastica|de\s+escalar))",  # compre una cuerda
        r"\b(?:pegarme|meterme|darme|me\s+(?:(?:voy|iba)\s+a\s+|quiero\s+)?(?:pego|pegar|meto|meter|doy|dar))\s+un\s+(?:tiro|balazo|disparo|plomazo|escopetazo)\b",  # pegarme un tiro
        r"\bdispararme\b|\bme\s+(?:(?:voy|iba)\s+a|quiero|pienso)\s+disparar\b(?!\s+(?:a|al|la|el|una|un|con\s+el\s+cohete)\b)|\b(?:volarme|me\s+(?:(?:voy|iba)\s+a|quiero|pienso)\s+volar)\s+(?:la\s+cabeza|los\s+sesos)\b",
        r"\b(?:arma|pistola|escopeta|revolver|rifle)\s+(?:ya\s+)?(?:cargad[oa]|lista|preparad[oa]|en\s+la\s+mano)\b",  # tengo el arma cargada
        r"\b(?:pistola|arma|escopeta|revolver|rifle|fusil)\b[^.!?|]{0,60}?\b(?:usarla|usarlo|conmigo|contra\s+mi\b|en\s+mi\s+contra|dispararme|en\s+la\s+sien|en\s+mi\s+cabeza)",
        # --- cortarse, quemarse -----------------------------------------------------------------
        r"\b(?:cortarme|cortandome|me\s+(?:(?:voy|iba|vuelvo|volvi|volvere|quiero|queria|quisiera|quise|pienso|puedo|podria|he|habia|estoy|estaba|estuve|estado|sigo|acabo|dan\s+ganas|entran\s+ganas|a|de)\s+){0,3}?(?:cort|raj)(?:ar|e|o|aba|ado|ando|are)|volv\w*\s+a\s+cortarme|rajarme)\b(?!\s+(?:(?:el|la|los|las|un|una|lo|unos|unas|mis|mi)\s+(?!venas|munecas?|brazos?|piernas?|piel|muslos?|antebrazos?|cuello|garganta|panza|abdomen|barriga|noche|manana|tarde|semana|vez|dia|finde|fin|mes|ano|lunes|martes|miercoles|jueves|viernes|sabado|domingo|proxim\w*|siguiente|mismo|misma|otra|ultima|primera|pasad\w*)|con\s+(?:un|el|una|la|unas|unos)\s+(?!cuchilla|navaja|cuter|cutter|hoja\s+de\s+afeitar|sacapuntas)\w+|cocinando|pelando|afeitandome|cortando|picando|sin\s+querer|de\s+(?:raiz|pelo)|al\s+(?:cocinar|afeitarme|pelar)|en\s+la\s+cocina|en\s+el\s+dedo|el\s+rollo|la\s+coleta)\b)",  # me corte otra vez
        r"\b(?:me\s+)?(?:hice|hago|hacerme|hacer)\s+(?:\w+\s+)?cortes\b(?!\s+(?:de\s+pelo|en\s+el\s+presupuesto))|\bcortes\s+en\s+(?:los|las|mis)\s+(?:brazos|piernas|munecas|muslos)\b",
        r"\bme\s+(?:\w+\s+){0,6}?hasta\s+(?:sangrar|hacerme\s+sangre|que\s+(?:me\s+)?sangr\w*)\b",  # me rasguno hasta sangrar
        r"\bdesangrarme\b|\bme\s+(?:(?:voy|iba)\s+a|quiero|quisiera)\s+desangrar\b",
        r"\bcortarme\s+las\s+venas\b|\b(?:abrirme|me\s+abro|me\s+abri)\s+las\s+venas\b",
        r"\bme\s+(?:quemo|queme|estoy\s+quemando|vuelvo\s+a\s+quemar)\s+(?:\w+\s+){0,3}?con\s+(?:el\s+|un\s+|una\s+|los\s+)?(?:encendedor|mechero|cigarr\w*|cerillos?|fosforos?|plancha\s+a\s+proposito)\b",
        r"\b(?:cuchilla|navaja|cutter|cuter)\b[^.!?|]{0,30}?\b(?:brazos?|munecas?|piernas?|venas|cortarme|me\s+corte|me\s+corto)\b",
        r"\b(?:brazos?|munecas?|piernas?|venas|muslos?)\b[^.!?|]{0,30}?\bcon\s+(?:una|la|mi)\s+(?:cuchilla|navaja|cutter|cuter|hoja\s+de\s+afeitar)\b",  # me raje el brazo con una cuchilla
    ),
}

# ---------------------------------------------------------------------------------------------
# Step 3: look-alikes cut out before the check. Narrow on purpose.
# ---------------------------------------------------------------------------------------------

FALSE_ALARM_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bkill(?:s|ed|ing)?\s+it\b",  # "killing it", "we killed it at the gig" (= did great)
        r"\bkill(?:s|ed|ing)\s+me\b",  # "this deadline is killing me" — an everyday idiom
        r"\b(?:could|would|i'd|id)\s+kill\s+for\b",  # "I could kill for a coffee"
        r"\bkill(?:s|ed|ing)?\s+(?:some\s+)?time\b",  # "kill time"
        r"\bkillers?\b",  # "killer app", "a killer view"
        r"\bkilling\s+myself\s+(?:working|studying|at\s+(?:work|the\s+gym)|trying\s+to\s+(?:finish|keep\s+up|please))\b",  # overworking
        r"\bkill(?:s|ed|ing)?\s+myself\s+(?:laughing|with\s+laughter)\b",  # "nearly killed myself laughing"
        r"\bdying\s+to\s+(?:see|try|meet|know|hear|get|go|eat|watch|read|tell|find\s+out|visit|have|ask|show|share|do|talk|start|taste)\b",  # "dying to try that cafe"
        r"\b(?:die|dies|died|dying|dead)\s+(?:laughing|of\s+laughter|from\s+laughter|of\s+embarrassment|from\s+embarrassment)\b",  # "I died laughing"
        r"(?<!want\s)(?<!wants\s)(?<!wanted\s)(?<!wanting\s)\bto\s+die\s+for\b",  # "a cake to die for" (but "want to die for real" still counts)
        r"\b(?:bored|scared|frightened|terrified|worried|sick|tired|freezing|starving|loved?|thrilled)\s+(?:me\s+|us\s+|him\s+|her\s+)?to\s+death\b",  # "bored to death"
        r"\b(?:phone|battery|laptop|computer|car|plant|plants|tv|headphones|charger|wifi|internet|router|printer)\s+(?:has\s+|just\s+|finally\s+)?(?:died|dies|is\s+dead|was\s+dead|is\s+dying)\b",  # "my phone died"
        r"\bdead\s+(?:tired|serious|beat|wrong|right|on\s+time|set\s+on)\b",  # "dead tired"
        r"\bdeadlines?\b",
        r"\bsuicide\s+(?:squad|bomb\w*|attack\w*|mission\w*|doors?|runs?|sprints?|drills?|squeeze|king)\b",  # film title, car doors, sports drills (NOT "suicide note")
        r"\b(?:career|political|social|commercial|professional|financial|electoral|fashion)\s+suicide\b",  # "career suicide"
        r"\boverdos(?:e|ed|ing)\s+on\s+(?:chocolate|sugar|caffeine|coffee|candy|sweets|cake|cuteness|tv|netflix|sun|sunshine|nostalgia|memes|anime|k-dramas|series|tiktok)\b",  # "overdosed on chocolate", "OD'd on netflix"
        r"\b(?:sugar|caffeine|coffee|chocolate|cuteness|carb|information|nostalgia)\s+overdose\b",  # "caffeine overdose"
        r"\bcut(?:s|ting)?\s+myself\s+(?:off|out|some\s+slack|a\s+(?:slice|piece|break)|short|free|loose|shaving|while\s+(?:shaving|cooking|chopping))\b",  # "cut myself off from people"
        r"\bcut(?:s|ting)?\s+myself\s+on\s+(?:a|the|some)\s+(?:knife|paper|glass|broken\s+glass|tin|can|nail|fence|edge)\b",
        r"\bno\s+point\s+(?:in\s+)?going\s+on\s+about\b",  # "no point going on about it"
        r"\b(?:accidentally|almost|nearly)\s+(?:cut|hurt|injured|burnt|burned)\s+myself\b",  # "I accidentally cut myself"
        r"\b(?:hurt|injured)\s+myself\s+(?:at\s+the\s+gym|playing|working\s+out|lifting|running|skiing|cycling|training|falling)\b",  # "hurt myself at the gym"
        r"\bbeat(?:ing)?\s+myself\s+up\b",  # "stop beating myself up"
        r"\ba\s+burden\s+(?:is|has\s+been|was)\s+(?:lifted|gone)\b",  # "I feel like a burden is lifted"
        r"\bburden\s*,?\s+(?:when|asking|to\s+ask|for\s+asking|but\s+(?:i|she|he|they)\s+(?:asked|said|was|were))",  # "felt like a burden asking for help"
        r"\b(?:hit|bump\w*|bang\w*|burn\w*|burnt|cut)\s+myself\s+(?:on\s+(?:the|a|my)\s+(?:door|cupboard|table|stove|oven|pan|iron|kettle|corner|shelf|head|knee|elbow|shin|toe|forehead)|cooking|baking|ironing)\b",
        r"\b(?:don't|didn't|never|doesn't)\s+want\s+to\s+die\b",  # "I don't want to die" (a real cry around it still counts)
        r"\bnot\s+ready\s+to\s+die\b",
        r"\bwake\s+up\s+(?:so\s+|too\s+|really\s+)?(?:early|at\s+\d|before|the\s+|my\s+|him\b|her\b|them\b|everyone|anyone|on\s+time|in\s+time|late|for\b|until|till)",  # "don't want to wake up early"
        r"\bbungee\s+jump\w*",  # "bungee jumping off a bridge"
        r"\b(?:we|they)\s+end\w*\s+(?:it|things)\b",  # "we ended things on good terms"
        r"\bway\s+out\s+of\s+(?:the|this|that|my|our|a)\s+(?!situation|mess|life|pain|hell|darkness|hole|place\b|world)\w+",  # "no way out of this meeting"
        r"\bonly\s+way\s+out\s+is\s+through\b",  # a saying
        r"\brather\s+die\s+than\s+(?!go\s+on|live|keep|be\s+alive|continue|wake|face|go\s+back|feel|spend\s+another|be\s+here)\w+",  # "I'd rather die than sing karaoke"
        r"\bdie\s+my\s+hair\b",  # "dye", misspelt
        r"\b(?:die|dying)\s+(?:of|from)\s+(?:shame|boredom|cuteness|happiness|curiosity|jealousy|envy|heat)\b",
        r"\b(?:take|took|taking|taken)\s+all\s+(?:of\s+)?my\s+(?:meds|medication|medications|pills|tablets|vitamins|supplements)\s+(?:today|this\s+morning|on\s+time|as\s+(?:prescribed|usual|planned|i\s+should)|like\s+(?:the\s+doctor|i'm\s+supposed)|every\s+day|properly|this\s+week)\b",  # "took all my meds today"
        r"\b(?:burn\w*|burnt|cut|hurt|scald\w*)\s+myself\s+(?:making|cooking|baking|ironing|shaving|chopping|gardening)\b",  # "burnt myself making tea"
        r"\bcut(?:s|ting)?\s+(?:my\s+)?\w+\s+(?:while\s+|when\s+)?(?:shaving|cooking|chopping|gardening|on\s+(?:a|the|some)\s+(?:\w+\s+)?(?:knife|paper|glass|tin|can|nail|fence|edge|rock|shell|branch))\b",  # "cut my leg shaving", "cut my arm on a fence"
        r"\bgo(?:ing)?\s+on\s+about\b",  # "no reason to go on about it"
        r"\bgave\s+away\s+"
        + _GAP
        + r"\bto\s+(?:charity|a\s+charity|the\s+charity|goodwill|oxfam|the\s+shelter|a\s+shelter)\b",
        r"\b(?:be\s+gone|won't\s+be\s+(?:here|around))\b"
        + _GAP
        + r"\b(?:holiday|vacation|travel\w*|trip|camping|business|conference|visiting|for\s+(?:a|the|two|three|\d+)\s+(?:week|day|days|weeks|weekend|month|while))",  # "I'll be gone for a week"
        # "I don't want to live in London / with my parents" (see _EN_LIVE_WHERE above)
        r"\b(?:want|wants|wanted|reason)\s+(?:to\s+)?live\s+" + _EN_LIVE_WHERE,
        r"\b(?:hate|tired\s+of|sick\s+of|done\s+with|done)\s+living\s+" + _EN_LIVE_WHERE,
        r"\bsuicide\s+prevention\b|\bsuicide\s+awareness\b",  # "a suicide prevention training" (other words still count)
    ),
    "ru": (
        r"\bуби(?:ть|ли|л|ла|ваю|вать|ваем)\s+(?:все\s+|весь\s+|всю\s+|целый\s+|целую\s+)?(?:время|вечер|день|выходные|час|часа|пару\s+часов|полдня|ночь|неделю|субботу|воскресенье)\b",  # "убить время"
        r"\bубива\w*\s+себя\s+работой\b",  # "убиваю себя работой" (= перерабатываю)
        r"\bубейте\s+меня\b|\bхоть\s+убейся\b|\bубиться\s+можно\b|\bубиться\s+(?:об|о)\s+(?:стену|стенку)\b",  # идиомы раздражения
        r"\b(?:умираю|умирала|умер|умерла|умерли|умру|умрешь|помираю|помру)\s+(?:от\s+смеха|со\s+смеху|с\s+(?:голоду|тоски|скуки))\b",  # "умираю от смеха"
        r"\bдо\s+смерти\s+(?:устал\w*|надоел\w*|боюсь|боялась|боялся|хочу|напугал\w*|хочется|скучно)\b|\b(?:устал\w*|надоел\w*|напугал\w*)\s+до\s+смерти\b",  # "до смерти устала"
        r"\bсмертельно\s+(?:устал\w*|скучно|надоел\w*|обидел\w*|хочу)\b",  # "смертельно устал"
        r"\b(?:телефон|батарейка|батарея|ноутбук|ноут|комп|компьютер|зарядка|наушники|интернет|роутер|цветок|принтер)\s+(?:совсем\s+|опять\s+|уже\s+)?(?:умер|умерла|сдох|сдохла|сел|села|помер)\b",  # "телефон умер/сел"
        r"\bхоть\s+(?:вешайся|стреляйся|застрелись)\b|\bзастрелиться\s+можно\b",  # "хоть вешайся"
        r"\bвеш\w*\s+(?:\w+\s+)?на\s+шею\b",  # "вешается ему на шею"
        r"\b(?:режусь|режемся|резаться|резались|резалась|резался|порезаться)\s+в\s+\w+",  # "режемся в карты / в доту"
        r"\bвыпил\w*\s+из\s+\w+",  # "выпилилась из чата"
        r"\bотряд\w*\s+самоубийц\b",  # фильм "Отряд самоубийц"
        r"\b(?:политическ\w*|карьерн\w*|социальн\w*|коммерческ\w*)\s+(?:самоубийств\w*|суицид\w*)",  # "политическое самоубийство"
        r"\bпередоз\w*\s+(?:кофеин\w*|сахар\w*|сладк\w*|шоколад\w*|кофе|милот\w*|информаци\w*|сериал\w*)",  # "передоз кофеина"
        r"\b(?:не\s+могу\s+жить|жить\s+не\s+могу)\s+без\s+(?:кофе|чая|музыки|шоколада|сладкого|интернета|телефона|книг|сериалов|путешествий|спорта)\b",  # "не могу жить без кофе"
        r"\bне\s+(?:хочу|хочется|хотела|хотел)\s+(?:\w+\s+)?умирать\b",  # "не хочу умирать"
        r"\bпросыпаться\s+(?:так\s+|слишком\s+|очень\s+)?(?:рано|в\s+\d|к\s+\d|в\s+пять|в\s+шесть|на\s+работу)",  # "не хочу просыпаться так рано"
        r"\bлезви\w*\s+для\s+(?:бритв\w*|станк\w*)",
        r"\b(?:выхода\s+нет|нет\s+выхода|не\s+вижу\s+выхода)"
        + _GAP
        + r"\b(?:придется|надо|нужно|пришлось|кроме\s+как\s+(?:идти|пойти|поговорить|позвонить|заплатить))",  # "выхода нет, придётся идти к врачу"
        r"\b(?:случайно|чуть\s+не|слегка)\s+порезал\w*",
        r"\bиз\s+(?:этой|этого|этих)\s+\w+\s+нет\s+выхода\b",  # "из этой пробки нет выхода"
        r"\bпрофилактик\w*\s+(?:суицид\w*|самоубийств\w*)",  # "тренинг по профилактике суицида"
        r"\bобуз\w*\s*,?\s+когда\s+(?:просил\w*|прошу|попросил\w*)",  # "чувствовала себя обузой, когда просила помощи"
        r"\b(?:по)?(?:рез|реж)\w*\s+(?:себе\s+)?(?:руки|руку|палец|пальцы|ногу|ноги)\s*,?\s+(?:когда|пока|об?\b|ножом|стеклом|бумагой|при|на\s+кухне)",  # "порезала руки, когда мыла посуду"
        r"\bлучше\s+умереть,?\s+чем\s+(?!жить|так\s+жить|терпеть|мучиться|дальше|просыпаться|продолжать|существовать|так\b)\w+",  # "лучше умереть, чем идти в этот магазин"
        r"\bумереть\s+от\s+(?:стыда|смеха|скуки|любопытства|зависти|жары)\b",  # "готова умереть от стыда"
        r"\b(?:все|всю|весь)\s+(?:\w+\s+)?(?:таблетки|лекарства)\s*,?\s+(?:которые|что|как)\s+(?:мне\s+)?(?:прописал|назначил|выписал|сказал)\w*",  # "выпила все таблетки, которые назначил врач"
        r"\b(?:таблетк\w*|лекарств\w*)\s+(?:\w+\s+)?(?:по\s+(?:расписанию|схеме|назначению|рецепту|инструкции)|вовремя|как\s+положено)",  # "приняла все таблетки по расписанию"
        r"\b(?:прыг\w*|спрыг\w*)\s+(?:\w+\s+){0,3}?(?:на|с)\s+(?:тарзанк\w*|банджи|парашют\w*|резинк\w*)",  # "прыгнуть с моста на тарзанке"
        r"\bустал\w*\s+от\s+жизни\s+(?:в|на)\s+(?!этом\s+(?:мире|свете))\w+",  # "устала от жизни в большом городе"
        r"\bраздал\w*\s+(?:\w+\s+){0,3}?(?:на\s+благотворительность|в\s+(?:фонд|приют|церковь)|перед\s+переездом)",
        r"\bбь?ю\s+себя\s+по\s+лбу\b|\bкус\w*\s+(?:себя\s+за\s+|себе\s+)локти\b",  # идиомы: "бью себя по лбу", "кусаю себе локти"
        # "не хочу жить в Москве / с родителями", "устала жить в этом городе" (см. _RU_LIVE_WHERE)
        r"\b(?:хочу|хочется|хотела|хотел|смысла|незачем|зачем|могу|устал\w*|собираюсь|буду|планирую|надоел\w*)\s+(?:больше\s+)?жить\s+"
        + _RU_LIVE_WHERE,
        # "жить не хочу в этом городе"
        r"\bжить\s+не\s+(?:хочу|хочется)\s+" + _RU_LIVE_WHERE,
    ),
    "es": (
        r"\b(?:me\s+)?(?:muero|muriendo|mori|morir(?:me)?|muera|muriera|morire|moriria|moria|morimos|muert[oa]s?|mat\w*)\s+(?:de|del)\s+(?:la\s+|el\s+)?(?:risa|ganas|hambre|sed|sueno|calor|frio|verguenza|aburrimiento|envidia|amor|curiosidad|cansancio|nervios|miedo|ilusion|emocion|alegria|gusto|asco|celos|susto|impaciencia|pereza|vicio)\b",  # "me muero de risa"
        r"\bme\s+muero\s+por\s+(?!dentro)\w+",  # "me muero por un helado"
        r"\bmatar\s+(?:el\s+)?(?:tiempo|rato|aburrimiento|hambre|gusanillo)\b",  # "matar el tiempo"
        r"\b(?:matar(?:me|se|te|nos)?|mat(?:o|e|are|aria|ando)(?:me)?|me\s+mat\w*)\s+(?:a\s+|de\s+)?(?:estudiar|trabajar|entrenar|correr|limpiar|estudiando|trabajando|entrenando|corriendo|limpiando|hacer\s+deporte|horas\s+extra|deberes)\b",  # "me mato a trabajar"
        r"\b(?:casi|por\s+poco|poco\s+mas\s+y|un\s+poco\s+mas\s+y)\s+me\s+mat\w*",  # "casi me mato con la bici"
        r"\b(?:movil|celular|telefono|bateria|portatil|ordenador|compu|computadora|cargador|planta|plantas|tele|wifi|internet|router|impresora|coche|carro)\s+(?:\w+\s+)?(?:se\s+)?(?:me\s+)?(?:murio|ha\s+muerto|esta\s+muert[oa]|se\s+muere|murieron)\b|\bse\s+me\s+murio\s+(?:el|la)\s+\w+",  # "se me murio el movil"
        r"\b(?:escuadron|mision|ataque|atentado|terrorista|comando|brigada|puertas?|salto)\s+suicidas?\b|\bsuicidio\s+(?:politico|social|profesional|comercial|electoral|laboral|economico|deportivo|academico)\b|\bprevencion\s+del?\s+suicidio\b",  # "Escuadron Suicida"
        r"\b(?:pelicula|serie|libro|novela|documental|obra|cancion|clase|charla|taller|articulo)\s+(?:\w+\s+){0,3}?(?:de|sobre)\s+(?:un\s+|el\s+)?suicidio\b",  # "una pelicula sobre un suicidio"
        r"\bno\s+(?:me\s+)?(?:quiero|quisiera|queria|deseo)\s+morir(?:me)?\b",  # "no quiero morir sin conocer Japon" (a real cry around it still counts)
        r"\b(?:quiero|quisiera|queria|puedo|podria|vivir|viviendo|vivo|seguir|de|no)\s+(?:\w+\s+)?(?:vivir|viviendo)\s+"
        + _ES_LIVE_WHERE,  # "no quiero vivir en Madrid"
        r"\b(?:no\s+)?(?:quiero|quisiera|puedo)\s+seguir\s+(?:con|en)\s+(?:este|esta|el|la|mi|los|las|estos|estas)\s+(?!vida\b|dolor\b|mundo\b|sufrimiento\b)\w+",  # "no quiero seguir con este trabajo"
        r"\b(?:ya\s+no|no)\s+(?:puedo|aguanto|doy|soporto)\s+mas\s+(?:con|de)\s+(?!(?:(?:el|la|mi|esta|este)\s+)?(?:vida|dolor|todo)\b)(?:(?:el|la|este|esta|mi|tanto|tanta|estos|estas|los|las)\s+)?\w+",  # "ya no puedo mas con este calor"
        r"\b(?:ya\s+no|no)\s+(?:puedo|aguanto|doy)\s+mas\s*,?\s+(?:me\s+)?voy\s+a\s+(?:pedir|comer|dormir|echar(?:me)?\s+una\s+siesta|ver|tomar(?:me)?\s+(?:un|una)\s+(?:cafe|cerveza|vino|te|helado|copa))\b(?!\s+(?:para\s+siempre|y\s+no\b))",  # "ya no puedo mas, voy a pedir pizza"
        r"\bseguir\s+asi\s*,?\s+(?:voy\s+a|tengo\s+que|necesito|me\s+voy\s+a)\s+(?:cambiar|buscar|dejar|hablar|empezar|pedir|ir\s+al|apuntarme|organizarme|poner)\b",  # "no quiero seguir asi, voy a cambiar de trabajo"
        r"\b(?:sobredosis|empacho)\s+de\s+(?:azucar|cafeina|cafe|chocolate|series|informacion|amor|ternura|memes|trabajo|dulces|netflix|tele|redes|reuniones|musica)\b",  # "sobredosis de azucar"
        r"\b(?:salt|tir|lanz)\w*\s+(?:\w+\s+){0,5}?(?:puenting|paracaidas|bungee|parapente|tirolina|cama\s+elastica|trampolin)\b|\bpuenting\b",  # "saltar en paracaidas"
        r"\b(?:miedo|me\s+da\s+miedo)\s+(?:de\s+|a\s+)?ser\s+una\s+carga\b|\b(?:una\s+carga|un\s+estorbo)\s*,?\s+(?:cuando|al|por|si)\s+(?:pido|pedir|pedi|le\s+pido|pregunto|necesito)\b",  # "me da miedo ser una carga" (asking for help)
        r"\bla\s+soga\s+al\s+cuello\b",
        r"(?<!ya\s)\bno\s+quiero\s+ser\s+una\s+carga\b",  # a worry when asking for help ("ya no quiero ser una carga" still counts)  # "con la soga al cuello" (deudas)
        r"\bcarta\s+de\s+despedida\b[^.!?|]{0,40}?\b(?:jubila\w*|se\s+va\b|se\s+muda|se\s+marcha|se\s+cambia|trabajo|oficina|fiesta|compa\w*|colega)",  # despedida de un companero
        r"\b(?:me\s+despido|adios)\b[^.!?|]{0,30}?\b(?:me\s+voy\s+a\s+(?:dormir|la\s+cama|casa|trabajar)|buenas\s+noches|hasta\s+(?:manana|luego|pronto|el\s+\w+|la\s+proxima|otra|dentro)|nos\s+vemos|que\s+descans\w*|me\s+voy\s+de\s+vacaciones)",  # "me despido de todos, buenas noches"
        r"\b(?:miedo|panico)\s+(?:a|de)\s+morir\w*",  # "me da miedo morir en el avion"
        r"\b(?:tom\w*)\s+(?:todas?\s+)?(?:las|mis)\s+(?:\w+\s+)?"
        + _ES_PILLS
        + r"\s+(?:de\s+(?:hoy|la\s+semana|la\s+manana|la\s+noche|la\s+tension|la\s+tiroides)|hoy|a\s+su\s+hora|a\s+tiempo|como\s+(?:me\s+)?(?:dijo|indico|receto|mando|manda|debia|tocaba|siempre)|que\s+me\s+(?:receto|recetaron|mando|mandaron|dio\s+el\s+medico|toca|tocan)|del\s+dia|del\s+tratamiento|del\s+antibiotico|de\s+la\s+receta)\b",  # "me tome todas las pastillas de hoy"
        r"\b(?:juego|jugar|jugamos|jugando|jugaron)\s+(?:al|del)\s+ahorcado\b",
        r"\bantes\s+muert[oa]\s+que\s+sencill[oa]\b",  # refran
    ),
}
