"""Building blocks shared by several phrases: `{NAME}` in a phrase file stands for NAME here,
`{NAME:inner}` for it without its outer (?:...)."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Building blocks shared by several phrases below.
# ---------------------------------------------------------------------------------------------

# Medicines people take too many of.
EN_PILLS = (
    r"(?:pills?|tablets?|meds|medications?|medicines?|capsules?|painkillers?|antidepressants?"
    r"|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|xanax|benzos?|valium|diazepam"
    r"|oxy\w*|opioids?|insulin|lithium|sertraline|prozac|zoloft|seroquel|ambien|sleep\s+aids?)"
)
# Taking something in.
EN_TAKE = r"(?:take|takes|taking|took|taken|swallow|swallows|swallowed|swallowing|down|downed|downing|pop|popped|popping|ate|eat|eating|chug|chugged|chugging|gulp|gulped|guzzled|drank|drink|drinking)"
# High places and moving things.
EN_HIGH = (
    r"(?:bridge|roof|rooftop|building|balcony|cliff|window|tower|ledge|overpass|parking\s+garage"
    r"|car\s+park|skyscraper|top\s+floor|\w+th\s+floor|edge)"
)
EN_VEHICLE = r"(?:train|bus|truck|lorry|car|tram|subway|metro|traffic|oncoming\s+traffic|cars)"
# Places and people you can "not want to live" with or in, without any danger:
# "I don't want to live in London / with my parents". "In this world", "in pain" and the
# like are deliberately NOT excused.
EN_LIVE_WHERE = (
    r"(?:(?:in|on)(?!\s+(?:\w+\s+){0,2}(?:world|earth|planet|pain|fear|hell|misery|agony|body|darkness|loneliness)\b)"
    r"|at|near|by|together|abroad|alone|there|here|downtown|somewhere|anywhere|forever"
    r"|with\s+(?:my|his|her|our|their|them|him|someone|anyone|roommates?|a\s+roommate|parents|friends|strangers))\b"
)

RU_PILLS = (
    r"(?:таблет\w*|табл\w*|снотворн\w*|лекарств\w*|антидепрессант\w*|транквилизатор\w*|феназепам\w*"
    r"|колес\w*|обезболивающ\w*|пилюл\w*|парацетамол\w*|амитриптилин\w*|реланиум\w*|корвалол\w*"
    r"|димедрол\w*|седатив\w*|нейролептик\w*|феварин\w*|капсул\w*)"
)
RU_TAKE = r"(?:выпи\w*|выпью|прин\w*|приму|съел\w*|съем|сожр\w*|наглот\w*|проглот\w*|глота\w*|закинул\w*|закинусь|пью|пила|пил)"
RU_HIGH = (
    r"(?:крыш\w*|парковк\w*|здани\w*|башн\w*|мост\w*|балкон\w*|окн\w*|этаж\w*|высот\w*|поезд\w*|машин\w*|электричк\w*|рельс\w*"
    r"|обрыв\w*|скал\w*|многоэтажк\w*|пропаст\w*|метро|колес\w*|фур\w*|грузовик\w*|реку|мост)"
)
# "Не хочу жить в Москве / с родителями / одна / вечно" — no danger.
# "в этом мире", "на этом свете", "в боли" are deliberately NOT excused.
RU_LIVE_WHERE = (
    r"(?:(?:в|во|на)(?!\s+(?:\w+\s+){0,2}(?:мире|свете|земле|боли|страхе|аду|одиночестве|теле)\b)"
    r"|у|под|за|около|рядом|вместе|одна|один|одной|здесь|тут|там|вечно"
    r"|с\s+(?:родител\w*|мам\w*|пап\w*|ним|ней|ними|сосед\w*|муж\w*|жен\w*|парн\w*|девушк\w*|свекров\w*|тещ\w*|друз\w*|кем-то|кем-нибудь))\b"
)
# After "wake up": the end of the sentence or "tomorrow", "again" ("...wake up early" is safe).
WAKE_END = r"(?=\s*(?:$|[.,!?;]|\s+(?:tomorrow(?!\s+(?:at|early|for|morning\s+at))|again|ever|anymore|in\s+the\s+morning|this\s+time|one\s+day)\b))"
# After "cutting": the end of the clause or words of self-harm ("been cutting back" is safe).
CUT_END = r"(?=\s*(?:$|[.,!?;]|\s+(?:again|myself|a\s+lot|more|less|every|since|deeper|deep|badly|lately|recently|at\s+night|and|but|because|when|so|for\s+(?:\w+\s+)?(?:weeks?|months?|years?|days?))\b))"
# A free gap inside one sentence: up to 40 characters, no full stop.
GAP = r"[^.!?|]{0,40}?"

# Spanish (written without accents and with n for ñ: REWRITES fold them first).
ES_PILLS = (
    r"(?:pastill\w*|pildor\w*|medicament\w*|medicinas?|calmantes?|antidepresiv\w*|somnifer\w*"
    r"|ansiolitic\w*|tranquilizant\w*|analgesic\w*|paracetamol|ibuprofeno|clonazepam|rivotril"
    r"|alprazolam|lorazepam|diazepam|valium|tafil|trankimazin|orfidal|tramadol|insulina|capsulas?"
    r"|blister\w*|pastis|benzos?|litio|sertralina|fluoxetina|quetiapina|pastillas\s+para\s+dormir)"
)
# How many: "todas las", "un bote de", "30".
ES_MANY = (
    r"(?:tod[oa]s?|un\s+monton|muchas|muchisimas|demasiad\w*|un\s+punado|un\s+(?:bote|frasco|blister|paquete|tubo)"
    r"|una\s+caja|la\s+caja|el\s+(?:bote|frasco|blister|paquete)|media\s+caja|\d{2,}|diez|quince|veinte|treinta"
    r"|cuarenta|cincuenta|cien|varias\s+cajas|mas\s+de\s+la\s+cuenta|el\s+doble|el\s+triple|como\s+\d+)"
)
ES_HIGH = (
    r"(?:puente|edificio|balcon|ventana|azotea|terraza|techo|tejado|acantilado|precipicio|barranco"
    r"|rascacielos|torre|viaducto|mirador|piso\s+\d+|planta\s+\d+|puente\s+peatonal"
    r"|(?:primer|segundo|tercer|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|ultimo|\d+\w*)\s+(?:piso|planta)"
    r"|parking|estacionamiento|cornisa|risco|penasco|muelle|presa)"
)
# A "me" verb of throwing oneself: "tirarme", "me voy a tirar", "me tiro", "aventarme".
ES_THROW = (
    r"(?:(?:tirar|lanzar|aventar|arrojar|botar|echar)me"
    r"|me\s+(?:(?:voy|iba)\s+a\s+|quiero\s+|queria\s+|querria\s+|quisiera\s+|quise\s+|pienso\s+|podria\s+|dan\s+ganas\s+de\s+|gustaria\s+)?(?:tir|lanz|avent|avient|arroj|bot)(?:o|e|are|aria|ar|aba)"
    r"|salt(?:ar|o|e|are|aria)|brinc(?:ar|o|e))"
)
# Wanting: "quiero", "quisiera", "me gustaria", "tengo ganas de", "ojala pudiera".
ES_WANT = (
    r"(?:quiero|queria|querria|quisiera|quisiese|quise|deseo|deseaba|desearia|prefiero|preferiria|preferia|gustaria"
    r"|necesito|ganas\s+de|ojala\s+pudiera|ojala|pienso\s+en|pensaba\s+en|pense\s+en|sueno\s+con"
    r"|solo\s+pienso\s+en|voy\s+a|iba\s+a|intentar|trate\s+de|intente)"
)
# What one wants when wanting to die.
ES_DIE = (
    r"(?:morir(?:me)?(?!\s+(?:sin|si|en\s+paz|en\s+mi\s+cama|viej\w*|de\s+viej\w*|feliz)\b)|estar\s+muert[oa]|estar\s+bajo\s+tierra"
    r"|desaparecer(?=\s*(?:$|[.,!?;]|\s+(?:para\s+siempre|de\s+este\s+mundo|del\s+mundo|de\s+la\s+faz|y\s+no\s+volver|y\s+ya|ya|de\s+una\s+vez)\b))"
    r"|no\s+vivir(?:\s+mas)?(?=\s*(?:$|[.,!?;]))|dejar\s+de\s+(?:existir|vivir|respirar|sufrir\s+para\s+siempre)(?!\s+(?:en|para|un|una|por)\s+(?!este\s+mundo|esta\s+vida)\w+)|no\s+existir|no\s+estar\s+(?:aqui|viv[oa])"
    r"|no\s+(?:volver\s+a\s+)?despertar(?:me)?|dormir(?:me)?\s+(?:(?:y\s+|para\s+)?(?:ya\s+)?no\s+(?:volver\s+a\s+)?despertar(?:me)?|para\s+siempre)"
    r"|(?:irme|pirarme|largarme)\s+(?:de\s+este\s+mundo|de\s+esta\s+vida|para\s+siempre)|matarme|suicidarme"
    r"|quitarme\s+la\s+vida|descansar\s+(?:para\s+siempre|en\s+paz)|palmarla|estirar\s+la\s+pata|petatearme|colgar\s+los\s+tenis|acabar\s+conmigo)"
)
# "no quiero vivir en Madrid / con mis padres" is no danger; "en este mundo", "con este dolor" are.
ES_LIVE_WHERE = (
    r"(?:en|con|cerca\s+de|lejos\s+de|junto\s+a|al\s+lado\s+de|de\s+alquiler|solo|sola|juntos|juntas"
    r"|aqui|alli|ahi|alla|fuera|sin)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:mundo|vida|dolor|pena|miedo|sufrimiento|angustia|tristeza|soledad|infierno"
    r"|cuerpo|agonia|ansiedad|depresion|asi|serio|el\b|ella\b|ti\b|nadie|razon|sentido|ganas)\b)"
)
# The end of a clause (or words that stress it): "ya no puedo mas." / "no aguanto mas esta vida".
ES_END = (
    r"(?=\s*(?:$|[.,!?;:]|\s+(?:de\s+verdad|en\s+serio|con\s+(?:mi\s+vida|la\s+vida|todo|esto|esta\s+vida|este\s+dolor|nada)"
    r"|vivir|esta\s+vida|la\s+vida|este\s+dolor|estar\s+viv\w*|asi(?!\s+de)|ya|nunca|nada|y|pero|quiero|me)\b))"
)
