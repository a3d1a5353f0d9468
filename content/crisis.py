r"""Words of crisis, idioms that only look like them, and where to find help now.

This file is content, meant to be read and reviewed by people who are not programmers.

How the check works (see `bot.care.has_crisis_words`):

1. The text is tidied: lower-case, ё → е, curly apostrophes → ', extra spaces removed.
2. Every FALSE_ALARM phrase is cut out of the text ("my phone died", "bored to death").
3. If any CRISIS phrase is still there, the bot answers with care and the CRISIS_LINES.

Both lists hold *regular-expression fragments*, not plain text. The few symbols used:
  \b           a word edge: "\bkill" matches "kill" but not "skill"
  \s+          one space (the text is tidied, so one is enough)
  (?:a|b)      either "a" or "b"
  x?           "x" is optional: "wanna?" matches "wann" and "wanna"
  \w*          the rest of a word, any ending: "суицид\w*" matches "суицидальные"
  (?!...)      "not followed by ...";  (?<!...) "not preceded by ..."
Write everything in lower case and with е instead of ё. Every entry must start where a word
starts (begin it with \b, or with a "not preceded by" check and then \b).

Guiding rule: missing a person in danger is far worse than a gentle, unneeded check-in.
So crisis phrases are broad, and false alarms are narrow: a false-alarm entry must never
swallow a real cry for help (e.g. "to die for" is not cut out after "want ").
"""

from __future__ import annotations

# Places and people you can "not want to live" with or in, without any danger:
# "I don't want to live in London / with my parents / alone". "In this world",
# "in pain" and the like are deliberately NOT excused.
_EN_LIVE_WHERE = (
    r"(?:(?:in|on)(?!\s+(?:\w+\s+){0,2}(?:world|earth|planet|pain|fear|hell|misery|agony|body|darkness|loneliness)\b)"
    r"|at|near|by|together|abroad|alone|there|here|downtown|somewhere|anywhere|forever"
    r"|with\s+(?:my|his|her|our|their|them|him|someone|anyone|roommates?|a\s+roommate|parents|friends|strangers))\b"
)
# The same for Russian: "не хочу жить в Москве / с родителями / одна / вечно".
# "в этом мире", "на этом свете", "в боли" are deliberately NOT excused.
_RU_LIVE_WHERE = (
    r"(?:(?:в|во|на)(?!\s+(?:\w+\s+){0,2}(?:мире|свете|земле|боли|страхе|аду|одиночестве|теле)\b)"
    r"|у|под|за|около|рядом|вместе|одна|один|одной|здесь|тут|там|вечно"
    r"|с\s+(?:родител\w*|мам\w*|пап\w*|ним|ней|ними|сосед\w*|муж\w*|жен\w*|парн\w*|девушк\w*|свекров\w*|тещ\w*|друз\w*|кем-то|кем-нибудь))\b"
)

CRISIS_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bsuicid(?:e|es|al|ality)\b",  # suicide, suicidal (anything else about it is a FALSE_ALARM)
        r"\bkill(?:s|ed|ing)?\s+myself\b",  # kill myself, killing myself
        r"\bunaliv(?:e|ed|ing)\b",  # "unalive" (social-media word for killing oneself)
        r"\bend(?:s|ed|ing)?\s+(?:my|this)\s+(?:own\s+)?life\b",  # end my life, ending my own life
        r"\bend(?:ing)?\s+it\s+all\b",  # end it all
        r"\b(?:take|takes|taking|taken|took)\s+my\s+own\s+life\b",  # take my own life ("take my life back" is safe)
        r"\b(?:want|wants|wanted|wanting)\s+to\s+(?:just\s+)?(?:die|be\s+dead)\b",  # want(ed) to die
        r"\bwanna\s+(?:just\s+)?(?:die|be\s+dead)\b",  # wanna die
        r"\bwish(?:ed)?\s+(?:that\s+)?i\s+(?:were|was|could\s+be|would\s+be)\s+dead\b",  # wish I were/was dead
        r"\bwish(?:ed)?\s+(?:that\s+)?i\s+(?:could|would|'d)\s+(?:just\s+)?die\b",  # wish I could die
        r"\bwish(?:ed)?\s+(?:that\s+)?i\s+(?:had|'d)?\s*never\s+(?:been\s+born|existed)\b",  # wish I'd never been born
        r"\bwish(?:ed)?\s+(?:that\s+)?i\s+(?:didn't|did\s+not)\s+exist\b",  # wish I didn't exist
        r"\bbetter\s+off\s+dead\b",  # better off dead
        r"\b(?:everyone|everybody|the\s+world|they|my\s+family)(?:'d|\s+would)?\s+(?:be\s+)?better\s+off\s+without\s+me\b",  # everyone would be better off without me
        r"\bno\s+(?:reason|point)\s+(?:in\s+|to\s+)?(?:live|living|being\s+alive|going\s+on)\b",  # no reason to live, no point living
        r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b",  # nothing (left) to live for
        r"\b(?:no|lost\s+(?:my|the|all)|losing\s+(?:my|the))\s+will\s+to\s+live\b",  # lost the will to live
        r"\b(?:don't|dont|do\s+not|didn't|didnt|did\s+not|doesn't|does\s+not|no\s+longer|never)\s+(?:want|wanna)\s+(?:to\s+)?(?:live|be\s+alive|exist|be\s+here\s+any\s?more)\b",  # don't want to live / be alive
        r"\b(?:tired|sick)\s+(?:and\s+tired\s+)?of\s+(?:living|being\s+alive|life)\b",  # tired of living
        r"\b(?:sleep|asleep)\s+and\s+(?:never|not)\s+wake\s+up\b",  # go to sleep and never wake up
        r"\bself[\s-]?(?:harm\w*|injur\w*|mutilat\w*)",  # self-harm, self harm, selfharming, self-injury
        r"\b(?:hurt|hurts|hurting|harm|harms|harmed|harming|injure|injured|injuring)\s+myself\b",  # hurt / harm myself
        r"\bcut(?:s|ting)?\s+myself\b",  # cut myself, cutting myself
        r"\b(?:cut|cutting|slit|slitting)\s+(?:my\s+)?(?:wrists?|veins)\b",  # cut / slit my wrists
        r"\bhang(?:ed|ing)?\s+myself\b",  # hang myself
        r"\bthrow(?:ing)?\s+myself\s+(?:off|under|in\s+front\s+of)\b",  # throw myself off / under a train
        r"\boverdos(?:e|es|ed|ing)\b",  # overdose
        r"\b(?:take|taking|took|swallow\w*)\s+(?:all\s+(?:of\s+)?(?:my|the|those|these)|a\s+(?:handful|bunch|whole\s+bottle)\s+of)\s+(?:\w+\s+)?(?:pills|meds|medications?|tablets|painkillers)\b",  # take all my pills
    ),
    "ru": (
        r"\bсуицид\w*",  # суицид, суицидальные мысли, суицидник
        r"\bсамоубий\w*",  # самоубийство, самоубийца
        r"\bпоконч\w*\s+с\s+(?:собой|жизнью)",  # покончить / покончу / покончила с собой
        r"\bс\s+собой\s+поконч\w*",  # с собой покончить (обратный порядок слов)
        r"\bсвод\w*\s+счеты\s+с\s+жизнью|\bсвест\w*\s+счеты\s+с\s+жизнью",  # свести счёты с жизнью
        r"\b(?:убить|убью|убил|убила|убивать|убиваю|убьешь)\s+себя\b",  # убить себя, убью себя
        r"\bсебя\s+(?:убить|убью|убил|убила|убивать)\b",  # себя убить (обратный порядок)
        r"\b(?:хочу|хочется|хотелось|хотела|хотел|пойду|иду)\s+(?:бы\s+)?убиться\b",  # хочу убиться
        r"\bналож\w*\s+на\s+себя\s+руки\b|\bруки\s+на\s+себя\s+налож\w*",  # наложить на себя руки
        r"\bне\s+(?:хочу|хочется|хотелось|хотела|хотел|могу)\s+(?:больше\s+|уже\s+|так\s+)?жить\b",  # не хочу (больше) жить, не могу жить
        r"\bжить\s+(?:больше\s+|уже\s+|совсем\s+)?не\s+(?:хочу|хочется|хотелось|могу)\b",  # жить не хочется
        r"\b(?:хочу|хочется|хотелось|хотела|хотел)\s+(?:бы\s+)?(?:просто\s+)?(?:умереть|сдохнуть)\b",  # хочу умереть, хочется сдохнуть
        r"\b(?:умереть|сдохнуть)\s+(?:бы\s+)?(?:хочу|хочется|хотелось)\b",  # умереть хочется
        r"\bлучше\s+бы\s+я\s+(?:умер|умерла|сдох|сдохла|не\s+родил(?:ся|ась))\b",  # лучше бы я умер(ла)
        r"\bлучше\s+бы\s+меня\s+не\s+было\b",  # лучше бы меня не было
        r"\bлучше\s+(?:бы\s+)?(?:мне\s+)?(?:умереть|сдохнуть)\b",  # лучше умереть
        r"\b(?:всем|им|семье)\s+(?:будет|было\s+бы|станет)\s+лучше\s+без\s+меня\b",  # всем будет лучше без меня
        r"\bнет\s+(?:никакого\s+)?смысла\s+(?:дальше\s+)?жить\b|\bсмысла\s+жить\s+нет\b",  # нет смысла жить
        r"\bне\s+вижу\s+(?:никакого\s+)?смысла\s+(?:дальше\s+)?(?:жить|в\s+жизни)\b",  # не вижу смысла жить
        r"\b(?:незачем|не\s+для\s+чего|не\s+ради\s+чего)\s+(?:больше\s+)?жить\b",  # незачем жить
        r"\bустал[аи]?\s+жить\b|\bнет\s+сил\s+жить\b",  # устала жить, нет сил жить
        r"\bуснуть\s+и\s+(?:больше\s+)?не\s+проснуться\b",  # уснуть и не проснуться
        r"\bпричин\w*\s+себе\s+(?:вред|боль)\b",  # причинить / причиняю себе вред, боль
        r"\b(?:навредить|наврежу|вредить|врежу)\s+себе\b|\bсебе\s+навред\w*",  # навредить себе
        r"\bсамоповрежд\w*|\bселфхарм\w*",  # самоповреждение, селфхарм
        r"\b(?:по)?(?:резать|резала|резал|режу|режет|режешь|режь|порежу)\s+себя\b",  # порезать себя, режу себя
        r"\bсебя\s+(?:по)?(?:резать|режу|резала|резал)\b",  # себя режу
        r"\b(?:режусь|резаться|резалась|резался|порезаться\s+специально)\b",  # "я режусь" (селфхарм); "резаться в карты" — FALSE_ALARM
        r"\b(?:резать|порезать|вскрыть|вскрою|вскрыла|вскрыл|перерезать)\s+(?:себе\s+)?вены\b",  # вскрыть вены
        r"\bповес(?:иться|илась|ился|имся)\b|\bповешусь\b",  # повеситься, повешусь
        r"\bзастрел(?:иться|юсь|илась|ился)\b",  # застрелиться ("хоть застрелись" — FALSE_ALARM)
        r"\bвыпил(?:иться|юсь|ился|илась|иваюсь|иваться)\b",  # выпилиться (сленг); но "выпил" = drank, не совпадает
        r"\bвы(?:йти|йду|шла|шел)\s+в\s+окно\b",  # выйти в окно
        r"\b(?:вы)?пры(?:гнуть|гну|гнула|гнул)\s+(?:из\s+окна|с\s+крыши|с\s+моста)\b",  # прыгнуть с крыши
        r"\bпередоз\w*",  # передозировка, передоз
        r"\bнаглот\w*\s+(?:\w+\s+)?таблет\w*",  # наглотаться таблеток
        r"\bвыпить\s+(?:все|всю|пачку)\s+(?:\w+\s+)?таблет\w*",  # выпить все таблетки
    ),
}

FALSE_ALARM_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bkill(?:s|ed|ing)?\s+it\b",  # "killing it", "we killed it at the gig" (= did great)
        r"\bkill(?:s|ed|ing)\s+me\b",  # "this deadline is killing me" — an everyday idiom; decided: NOT crisis
        r"\b(?:could|would|i'd|id)\s+kill\s+for\b",  # "I could kill for a coffee"
        r"\bkill(?:s|ed|ing)?\s+(?:some\s+)?time\b",  # "kill time", "killing some time"
        r"\bkillers?\b",  # "killer app", "a killer view" (the word alone is never a crisis phrase)
        r"\bkilling\s+myself\s+(?:working|studying|at\s+(?:work|the\s+gym)|trying\s+to\s+(?:finish|keep\s+up|please))\b",  # "killing myself at work" (= overworking)
        r"\bkill(?:s|ed|ing)?\s+myself\s+(?:laughing|with\s+laughter)\b",  # "nearly killed myself laughing"
        r"\bdying\s+to\s+(?:see|try|meet|know|hear|get|go|eat|watch|read|tell|find\s+out|visit|have|ask|show|share|do|talk|start|taste)\b",  # "dying to try that cafe"
        r"\b(?:die|dies|died|dying|dead)\s+(?:laughing|of\s+laughter|from\s+laughter|of\s+embarrassment)\b",  # "I died laughing"
        r"(?<!want\s)(?<!wants\s)(?<!wanted\s)(?<!wanting\s)\bto\s+die\s+for\b",  # "a cake to die for" (but "want to die for real" still counts)
        r"\b(?:bored|scared|frightened|terrified|worried|sick|tired|freezing|starving|loved?|thrilled)\s+(?:me\s+|us\s+|him\s+|her\s+)?to\s+death\b",  # "bored to death", "scared me to death"
        r"\b(?:phone|battery|laptop|computer|car|plant|plants|tv|headphones|charger|wifi|internet|router|printer)\s+(?:has\s+|just\s+|finally\s+)?(?:died|dies|is\s+dead|was\s+dead|is\s+dying)\b",  # "my phone died"
        r"\bdead\s+(?:tired|serious|beat|wrong|right|on\s+time|set\s+on)\b",  # "dead tired", "dead serious"
        r"\bdeadlines?\b",  # "deadline"
        r"\bsuicide\s+(?:squad|bomb\w*|attack\w*|mission\w*|doors?|runs?|sprints?|drills?|squeeze|king)\b",  # film title, car doors, sports drills (NOT "suicide note")
        r"\b(?:career|political|social|commercial|professional|financial|electoral|fashion)\s+suicide\b",  # "career suicide"
        r"\boverdos(?:e|ed|ing)\s+on\s+(?:chocolate|sugar|caffeine|coffee|candy|sweets|cake|cuteness|tv|netflix|sun|sunshine|nostalgia)\b",  # "overdosed on chocolate"
        r"\b(?:sugar|caffeine|coffee|chocolate|cuteness|carb|information|nostalgia)\s+overdose\b",  # "caffeine overdose"
        r"\bcut(?:s|ting)?\s+myself\s+(?:off|out|some\s+slack|a\s+(?:slice|piece|break)|short|free|loose|shaving|while\s+(?:shaving|cooking|chopping))\b",  # "cut myself off from people", "cut myself shaving"
        r"\bcut(?:s|ting)?\s+myself\s+on\s+(?:a|the|some)\s+(?:knife|paper|glass|broken\s+glass|tin|can|nail|fence|edge)\b",  # "cut myself on a knife"
        r"\bno\s+point\s+(?:in\s+)?going\s+on\s+about\b",  # "no point going on about it"
        r"\b(?:accidentally|almost|nearly)\s+(?:cut|hurt|injured)\s+myself\b",  # "I accidentally cut myself"
        r"\b(?:hurt|injured)\s+myself\s+(?:at\s+the\s+gym|playing|working\s+out|lifting|running|skiing|cycling|training|falling)\b",  # "hurt myself at the gym"
        # "I don't want to live in London / with my parents" (see _EN_LIVE_WHERE above)
        r"\b(?:want|wants|wanted|wanna|reason)\s+(?:to\s+)?live\s+" + _EN_LIVE_WHERE,
    ),
    "ru": (
        r"\bуби(?:ть|ли|л|ла|ваю|вать|ваем)\s+(?:все\s+|весь\s+|всю\s+|целый\s+|целую\s+)?(?:время|вечер|день|выходные|час|часа|пару\s+часов|полдня|ночь|неделю|субботу|воскресенье)\b",  # "убить время", "убили весь вечер на сериал"
        r"\bубива\w*\s+себя\s+работой\b",  # "убиваю себя работой" (= перерабатываю)
        r"\bубейте\s+меня\b|\bхоть\s+убейся\b|\bубиться\s+можно\b|\bубиться\s+(?:об|о)\s+(?:стену|стенку)\b",  # "убейте меня", "убиться можно" — идиомы раздражения
        r"\b(?:умираю|умирала|умер|умерла|умерли|умру|умрешь|помираю|помру)\s+(?:от\s+смеха|со\s+смеху|с\s+(?:голоду|тоски|скуки))\b",  # "умираю от смеха", "умру со смеху"
        r"\bдо\s+смерти\s+(?:устал\w*|надоел\w*|боюсь|боялась|боялся|хочу|напугал\w*|хочется|скучно)\b|\b(?:устал\w*|надоел\w*|напугал\w*)\s+до\s+смерти\b",  # "до смерти устала"
        r"\bсмертельно\s+(?:устал\w*|скучно|надоел\w*|обидел\w*|хочу)\b",  # "смертельно устал"
        r"\b(?:телефон|батарейка|батарея|ноутбук|ноут|комп|компьютер|зарядка|наушники|интернет|роутер|цветок|принтер)\s+(?:совсем\s+|опять\s+|уже\s+)?(?:умер|умерла|сдох|сдохла|сел|села|помер)\b",  # "телефон умер/сел"
        r"\bхоть\s+(?:вешайся|стреляйся|застрелись)\b|\bзастрелиться\s+можно\b",  # "хоть вешайся" — идиом отчаяния от дел, не о себе
        r"\bвеш\w*\s+(?:\w+\s+)?на\s+шею\b",  # "вешается ему на шею" (навязывается)
        r"\b(?:режусь|режемся|резаться|резались|резалась|резался|порезаться)\s+в\s+\w+",  # "режемся в карты / в доту" (= играем)
        r"\bвыпил\w*\s+из\s+\w+",  # "выпилилась из чата" (= ушла из чата)
        r"\bотряд\w*\s+самоубийц\b",  # фильм "Отряд самоубийц"
        r"\b(?:политическ\w*|карьерн\w*|социальн\w*|коммерческ\w*)\s+(?:самоубийств\w*|суицид\w*)",  # "политическое самоубийство"
        r"\bпередоз\w*\s+(?:кофеин\w*|сахар\w*|сладк\w*|шоколад\w*|кофе|милот\w*|информаци\w*|сериал\w*)",  # "передоз кофеина"
        r"\b(?:не\s+могу\s+жить|жить\s+не\s+могу)\s+без\s+(?:кофе|чая|музыки|шоколада|сладкого|интернета|телефона|книг|сериалов|путешествий|спорта)\b",  # "не могу жить без кофе"
        # "не хочу жить в Москве / с родителями", "устала жить в этом городе" (см. _RU_LIVE_WHERE)
        r"\b(?:хочу|хочется|хотела|хотел|смысла|незачем|могу|устал\w*)\s+(?:больше\s+)?жить\s+"
        + _RU_LIVE_WHERE,
        # "жить не хочу в этом городе"
        r"\bжить\s+не\s+(?:хочу|хочется)\s+" + _RU_LIVE_WHERE,
    ),
}

# Where to find help now. Plain text (no HTML: no "<", ">" or "&"), one line each.
# Phone numbers change: re-verify every entry periodically (at least twice a year),
# e.g. against findahelpline.com and each service's own site, and remove any that went out of service.
CRISIS_LINES: dict[str, tuple[str, ...]] = {
    "en": (
        "If you might act on these thoughts, call your local emergency number now: 112 (EU and many countries), 911 (US and Canada), 999 (UK).",
        "US and Canada: call or text 988.",
        "UK and Ireland: Samaritans, 116 123 (free).",
        "Australia: Lifeline, 13 11 14.",
        "France: 3114.",
        "Spain: 024.",
        "Germany: TelefonSeelsorge, 0800 111 0 111 or 0800 111 0 222 (free).",
        "India: Tele-MANAS, 14416.",
        "Russia: emergency 112; free, anonymous helpline 8-800-2000-122.",
        "Anywhere else: findahelpline.com lists free, confidential helplines in your country.",
    ),
    "ru": (
        "Если есть опасность, что вы причините себе вред, звоните сейчас: 112 — экстренные службы, бесплатно, с любого телефона.",
        "Россия: телефон доверия 8-800-2000-122 — бесплатно и анонимно, из любого региона (для детей, подростков и взрослых).",
        "Москва: психологическая помощь 051 (с мобильного — 8-495-051), бесплатно.",
        "Другие страны: 112 (ЕС и многие страны), 911 (США и Канада), 999 (Великобритания).",
        "США и Канада: звонок или SMS на 988.",
        "Великобритания и Ирландия: Samaritans, 116 123 (бесплатно).",
        "Германия: TelefonSeelsorge, 0800 111 0 111 или 0800 111 0 222 (бесплатно).",
        "Франция: 3114. Испания: 024. Австралия: Lifeline, 13 11 14. Индия: Tele-MANAS, 14416.",
        "Линии помощи в любой стране: findahelpline.com — бесплатно и конфиденциально.",
    ),
}
