"""Time-zone words CLDR does not carry: the picker's zones, big cities that are not a zone's
exemplar, and abbreviations people type that CLDR's English short names miss.

City names, zone aliases and most abbreviations come from CLDR through Babel (bot/places/timezones.py).
"""

from __future__ import annotations

# Locales whose CLDR city and country names are searched, whatever the person's language.
LOOKUP_LOCALES = ("en", "ru", "es", "uk")

# One-tap zones per language; labels come from CLDR in that language. The journey's numbered
# choices follow this order ("2" is Berlin in English).
PICKER_ZONES: dict[str, str] = {
    "en": "Europe/London Europe/Berlin Europe/Kyiv Europe/Moscow Europe/Istanbul Asia/Dubai Asia/Kolkata Asia/Jakarta Asia/Tokyo America/New_York America/Chicago America/Los_Angeles America/Sao_Paulo UTC",
    "ru": "Europe/London Europe/Berlin Europe/Kaliningrad Europe/Kyiv Europe/Moscow Asia/Tbilisi Europe/Samara Asia/Yekaterinburg Asia/Almaty Asia/Novosibirsk Asia/Krasnoyarsk Asia/Irkutsk Asia/Vladivostok UTC",
    "es": "America/Los_Angeles America/Mexico_City America/Bogota America/New_York America/Caracas America/Santiago America/Argentina/Buenos_Aires Atlantic/Canary Europe/London Europe/Madrid UTC",
}
# A second well-known city on the same clock, named on the button too ("Berlin · Paris").
PICKER_ALSO: dict[str, str] = {"Europe/Berlin": "Europe/Paris"}

# Big cities that are not the exemplar of their zone, in the spellings people type.
EXTRA_CITIES: dict[str, str] = {
    "Europe/Moscow": "Vladikavkaz|Владикавказ|Makhachkala|Махачкала|Grozny|Грозный|Kaluga|Калуга|Tver|Тверь|Великий Новгород|Новгород|Смоленск|Брянск|Курск|Белгород|Липецк|Тамбов|Рязань|Владимир|Иваново|Кострома|Вологда|Петрозаводск|Псков|Ставрополь|Пятигорск|Нальчик|Чебоксары|Йошкар-Ола|Саранск|Пенза|По Москве|По мск|Murmansk|Мурманск|Arkhangelsk|Архангельск|Московское время|По московскому времени|Saint Petersburg|St Petersburg|Санкт-Петербург|Петербург|Питер|СПб|SPb|San Petersburgo|Kazan|Казань|Kazán|Nizhny Novgorod|Нижний Новгород|Krasnodar|Краснодар|Sochi|Сочи|Rostov-on-Don|Ростов-на-Дону|Voronezh|Воронеж|Yaroslavl|Ярославль|Tula|Тула|Sevastopol|Севастополь",
    "Europe/Samara": "Izhevsk|Ижевск|Tolyatti|Тольятти", "Asia/Yekaterinburg": "Екб|Екат|Ёбург|Orenburg|Оренбург|Kurgan|Курган|Surgut|Сургут|Magnitogorsk|Магнитогорск|Нижневартовск|Ханты-Мансийск|Салехард|Новый Уренгой|Ekaterinburg|Chelyabinsk|Челябинск|Perm|Пермь|Ufa|Уфа|Tyumen|Тюмень", "Asia/Omsk": "Омск", "Asia/Novosibirsk": "Новосиб", "Asia/Krasnoyarsk": "Abakan|Абакан|Norilsk|Норильск|Кызыл|Kemerovo|Кемерово",
    "Asia/Irkutsk": "Bratsk|Братск|Ulan-Ude|Улан-Удэ", "Asia/Yakutsk": "Blagoveshchensk|Благовещенск", "Asia/Vladivostok": "Nakhodka|Находка|Уссурийск|Комсомольск-на-Амуре|Khabarovsk|Хабаровск", "Asia/Sakhalin": "Yuzhno-Sakhalinsk|Южно-Сахалинск",
    "Europe/Kyiv": "Kharkiv|Kharkov|Харьков|Харків|Odesa|Odessa|Одесса|Одеса|Lviv|Львов|Львів|Dnipro|Днепр",
    "Europe/Berlin": "Munich|München|Мюнхен|Múnich|Hamburg|Гамбург|Hamburgo|Frankfurt|Франкфурт|Fráncfort|Cologne|Köln|Кёльн|Colonia",
    "Europe/Madrid": "Santiago de Compostela|Compostela|A Coruña|La Coruña|Vigo|Alicante|Murcia|Valladolid|Spain|España|Испания|Palma|Palma de Mallorca|Mallorca|Ibiza|Barcelona|Барселона|Seville|Sevilla|Севилья|Málaga|Малага|Bilbao|Zaragoza",
    "Europe/Rome": "Milan|Milano|Милан|Milán|Naples|Napoli|Неаполь|Nápoles|Florence|Флоренция|Florencia|Venice|Венеция|Venecia",
    "Europe/Paris": "Marseille|Марсель|Marsella|Lyon|Лион|Nice|Ницца|Niza|Toulouse", "Europe/Zurich": "Geneva|Женева|Ginebra|Bern|Берн|Berna", "Europe/Warsaw": "Krakow|Kraków|Краков|Cracovia",
    "Europe/Amsterdam": "Rotterdam|Роттердам|The Hague|Гаага|La Haya", "Europe/Lisbon": "Porto|Порту|Oporto", "Atlantic/Canary": "Las Palmas|Tenerife|Тенерифе|Gran Canaria",
    "Europe/London": "Manchester|Манчестер|Edinburgh|Эдинбург|Edimburgo|Glasgow", "Europe/Istanbul": "Ankara|Анкара|Izmir|Измир|Antalya|Анталья",
    "Asia/Kolkata": "Delhi|New Delhi|Нью-Дели|Дели|Nueva Delhi|Mumbai|Bombay|Мумбаи|Bombai|Bangalore|Bengaluru|Бангалор|Chennai|Ченнаи|Pune|Goa|Гоа",
    "Asia/Shanghai": "Beijing|Peking|Пекин|Pekín|Guangzhou|Shenzhen|Гуанчжоу|Шэньчжэнь|Chengdu", "Asia/Tokyo": "Osaka|Осака|Kyoto|Киото", "Asia/Seoul": "Busan|Пусан",
    "Asia/Ho_Chi_Minh": "Hanoi|Ханой|Saigon|Сайгон", "Asia/Makassar": "Bali|Бали|Denpasar", "Asia/Jakarta": "Surabaya|Bandung", "Asia/Karachi": "Lahore|Islamabad|Исламабад",
    "Asia/Dubai": "Abu Dhabi|Абу-Даби|Abu Dabi", "Asia/Riyadh": "Jeddah|Mecca|Мекка|La Meca", "Asia/Qatar": "Doha|Доха", "Asia/Jerusalem": "Tel Aviv|Тель-Авив|Tel Aviv-Yafo",
    "America/New_York": "NYC|Нью Йорк|Boston|Бостон|Washington|Washington DC|Вашингтон|Philadelphia|Filadelfia|Atlanta|Miami|Майами|Orlando",
    "America/Toronto": "Ottawa|Оттава|Montreal|Монреаль", "America/Denver": "Salt Lake City", "America/Edmonton": "Calgary|Калгари",
    "America/Chicago": "Houston|Хьюстон|Dallas|Даллас|Austin|Остин|Minneapolis|New Orleans|Nueva Orleans",
    "America/Los_Angeles": "LA|San Francisco|Сан-Франциско|San Diego|Сан-Диего|Seattle|Сиэтл|Las Vegas|Лас-Вегас",
    "America/Sao_Paulo": "Rio de Janeiro|Рио-де-Жанейро|Rio|Рио|Brasília|Brasilia|Бразилиа", "America/Mexico_City": "CDMX|Guadalajara|Гвадалахара|Puebla",
    "America/Bogota": "Medellín|Медельин|Cali|Barranquilla|Cartagena", "America/Guayaquil": "Quito|Кито", "America/Argentina/Buenos_Aires": "Mar del Plata|La Plata", "America/Argentina/Cordoba": "Rosario",
    "America/Guatemala": "Ciudad de Guatemala|Guatemala City", "America/El_Salvador": "San Salvador", "America/Santiago": "Puerto Montt|Concepción|Valparaíso|Viña del Mar", "America/Lima": "Cusco|Cuzco|Arequipa",
    "America/Santo_Domingo": "Punta Cana|Santiago de los Caballeros", "Africa/Ceuta": "Melilla", "America/Caracas": "Maracaibo|Valencia de Venezuela", "Pacific/Auckland": "Wellington|Веллингтон", "Africa/Lagos": "Abuja",
    "Africa/Johannesburg": "Cape Town|Кейптаун|Ciudad del Cabo|Pretoria", "Africa/Casablanca": "Marrakech|Марракеш|Rabat|Рабат",
}  # fmt: skip

# Abbreviations CLDR's short names lack or that mean more than CLDR says: to metazones.
EXTRA_ABBREVIATIONS: dict[str, str] = {
    "MSK": "Moscow", "МСК": "Moscow", "CST": "America_Central China Cuba", "IST": "India Israel Irish",
    "AST": "Atlantic Arabian", "JST": "Japan", "KST": "Korea", "PKT": "Pakistan", "ICT": "Indochina",
    "PHT": "Philippines", "BRT": "Brasilia", "TRT": "Turkey", "IRST": "Iran", "NPT": "Nepal",
    "SAMT": "Samara", "YEKT": "Yekaterinburg", "CAT": "Africa_Central",
}  # fmt: skip

# Names of places far apart on different clocks (and abbreviations of two far-apart zones): the
# person is asked which one; a region after the name ("Portland, Maine") settles it.
SHARED_NAMES: dict[str, str] = {
    "Georgia": "Asia/Tbilisi America/New_York", "Santa Cruz": "America/La_Paz Atlantic/Canary",
    "San Juan": "America/Puerto_Rico America/Argentina/San_Juan",
    "Portland": "America/Los_Angeles America/New_York", "Портленд": "America/Los_Angeles America/New_York",
    "Birmingham": "Europe/London America/Chicago", "Бирмингем": "Europe/London America/Chicago",
    "Victoria": "America/Vancouver Australia/Melbourne Indian/Mahe", "Cambridge": "Europe/London America/New_York",
    "Santiago": "America/Santiago Europe/Madrid America/Santo_Domingo", "Сантьяго": "America/Santiago Europe/Madrid America/Santo_Domingo",
    "San José": "America/Costa_Rica America/Los_Angeles", "Сан-Хосе": "America/Costa_Rica America/Los_Angeles",
    "Valencia": "Europe/Madrid America/Caracas", "Валенсия": "Europe/Madrid America/Caracas",
    "Córdoba": "America/Argentina/Cordoba Europe/Madrid America/Mexico_City", "Кордова": "America/Argentina/Cordoba Europe/Madrid America/Mexico_City",
    "Mérida": "America/Merida Europe/Madrid America/Caracas", "Мерида": "America/Merida Europe/Madrid America/Caracas",
    "Hyderabad": "Asia/Kolkata Asia/Karachi", "Хайдарабад": "Asia/Kolkata Asia/Karachi",
    "Newcastle": "Europe/London Australia/Sydney", "Ньюкасл": "Europe/London Australia/Sydney",
    "León": "America/Mexico_City Europe/Madrid America/Managua", "Granada": "Europe/Madrid America/Grenada",
    "BST": "Europe/London Asia/Dhaka",
}  # fmt: skip

# Where CLDR has no single main zone for a metazone that Windows' mapping picks well.
METAZONE_HOMES: dict[str, str] = {
    "America_Pacific": "America/Los_Angeles", "America_Mountain": "America/Denver",
    "Europe_Eastern": "Europe/Athens", "Europe_Western": "Europe/Lisbon",
    "Africa_Central": "Africa/Maputo", "Australia_Eastern": "Australia/Sydney",
    "Korea": "Asia/Seoul", "Brasilia": "America/Sao_Paulo", "Arabian": "Asia/Riyadh",
}  # fmt: skip

# Regions people name for where they are, in the spellings people type: to one zone, to several
# (a question), or to a territory ("@US": its main zones, from CLDR). Country names come from
# CLDR; these are the states, provinces and nations it lacks and the short names people use.
REGIONS: dict[str, str] = {
    "@US": "USA|США|Соединённые Штаты Америки|U.S.A.|US|U.S.|the US|the USA|the States|America|United States of America|Америка|Соединённые Штаты|Соединенные Штаты|Штаты|EE. UU.|EE.UU.|EEUU|EUA|Estados Unidos de América",
    "@GB": "UK|U.K.|GB|Britain|Great Britain|the UK|England|Scotland|Wales|Northern Ireland|Англия|Шотландия|Уэльс|Британия|Inglaterra|Escocia|Gales|Gran Bretaña|Irlanda del Norte",
    "@RU": "RF|РФ|Russian Federation|Российская Федерация|Росія", "@KG": "Кыргызстан|Kirguistán|Kyrgyz Republic",
    # US states (a state split between two clocks asks)
    "America/New_York": "New York State|Florida|Флорида|Georgia State|Ohio|Огайо|Michigan State|Massachusetts|Массачусетс|Connecticut|Rhode Island|Vermont|New Hampshire|Maine|Мэн|New Jersey|Нью-Джерси|Nueva Jersey|Pennsylvania|Пенсильвания|Pensilvania|Delaware|Maryland|Virginia|Вирджиния|West Virginia|North Carolina|Carolina del Norte|South Carolina|Carolina del Sur|Washington DC|Washington D.C.|DC|D.C.",
    "America/Detroit": "Michigan|Мичиган|Míchigan", "America/Indiana/Indianapolis": "Indiana",
    "America/Chicago": "Texas|Техас|Tejas|Illinois|Иллинойс|Wisconsin|Minnesota|Миннесота|Iowa|Missouri|Arkansas|Louisiana|Луизиана|Luisiana|Mississippi|Alabama|Алабама|Oklahoma|Kansas|Канзас|Nebraska",
    "America/New_York America/Chicago": "Tennessee|Теннесси|Kentucky|Кентукки",
    "America/Denver": "Colorado|Колорадо|Utah|Юта|New Mexico|Nuevo México|Wyoming|Montana|Idaho",
    "America/Chicago America/Denver": "North Dakota|South Dakota",
    "America/Phoenix": "Arizona|Аризона", "America/Anchorage": "Alaska|Аляска", "Pacific/Honolulu": "Hawaii|Гавайи|Hawái",
    "America/Los_Angeles": "California|Калифорния|Oregon|Орегон|Washington State|WA State|штат Вашингтон|estado de Washington|Nevada|Невада",
    # Canada
    "America/Toronto": "Ontario|Онтарио|Quebec|Québec|Квебек", "America/Vancouver": "BC|B.C.|British Columbia|Британская Колумбия|Columbia Británica",
    "America/Edmonton": "Alberta|Альберта", "America/Winnipeg": "Manitoba", "America/Regina": "Saskatchewan",
    "America/Halifax": "Nova Scotia|Новая Шотландия|Nueva Escocia|Prince Edward Island|PEI", "America/Moncton": "New Brunswick",
    "America/St_Johns": "Newfoundland|Newfoundland and Labrador|Ньюфаундленд|Terranova", "America/Whitehorse": "Yukon",
    # Australia
    "Australia/Sydney": "NSW|New South Wales|Новый Южный Уэльс|Nueva Gales del Sur|ACT|Canberra", "Australia/Brisbane": "QLD|Queensland|Квинсленд",
    "Australia/Adelaide": "South Australia|Южная Австралия|Australia Meridional", "Australia/Perth": "Western Australia|Западная Австралия|Australia Occidental",
    "Australia/Hobart": "Tasmania|Тасмания", "Australia/Darwin": "Northern Territory|Северная территория|Territorio del Norte",
    # Elsewhere: regions people name for a place
    "Europe/Moscow": "Подмосковье|Московская область|Moscow Oblast|Ленинградская область|Ленобласть",
    "Asia/Omsk Asia/Novosibirsk Asia/Krasnoyarsk Asia/Irkutsk": "Siberia|Сибирь", "Asia/Vladivostok Asia/Yakutsk Asia/Magadan Asia/Kamchatka": "Дальний Восток|Far East|Lejano Oriente ruso",
    "Europe/Madrid": "Catalonia|Catalunya|Cataluña|Каталония|Andalusia|Andalucía|Андалусия|Basque Country|País Vasco|Galicia|Галисия|Madrid Region|Comunidad de Madrid|Mallorca|Baleares|Islas Baleares",
    "Atlantic/Canary": "Canary Islands|Islas Canarias|Canarias|Канары|Канарские острова",
    "America/Tijuana": "Baja California", "America/Cancun": "Quintana Roo|Riviera Maya", "America/Merida": "Yucatán|Юкатан",
    "America/Mexico_City": "Jalisco|Estado de México|Edomex|Nuevo León|Veracruz|Oaxaca", "Asia/Yekaterinburg": "Urals|Урал|Los Urales",
    "Europe/Simferopol": "Crimea|Крым", "America/La_Paz": "Santa Cruz de la Sierra", "America/Hermosillo": "Sonora",
    "Europe/Berlin": "Bavaria|Bayern|Baviera|Бавария", "Europe/Rome": "Sicily|Sicilia|Сицилия|Sardinia|Cerdeña|Сардиния",
}  # fmt: skip

# US state codes, read only after a city ("Austin TX", "Portland, OR").
STATE_CODES: dict[str, str] = {
    "America/New_York": "NY FL GA OH MA CT RI VT NH ME NJ PA DE MD VA WV NC SC", "America/Detroit": "MI",
    "America/Indiana/Indianapolis": "IN", "America/Chicago": "TX IL WI MN IA MO AR LA MS AL OK KS NE TN KY ND SD",
    "America/Denver": "CO UT NM WY MT ID", "America/Phoenix": "AZ", "America/Anchorage": "AK", "Pacific/Honolulu": "HI",
    "America/Los_Angeles": "CA OR WA NV", "America/Toronto": "ON QC", "America/Vancouver": "BC", "America/Edmonton": "AB",
}  # fmt: skip

# Zones not offered when a country with several clocks is named (still found by name): small or
# outlying places, and Crimea in the question for Ukraine.
MINOR_ZONES = frozenset(
    {
        "America/Adak",
        "Australia/Eucla",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "Pacific/Easter",
        "Pacific/Galapagos",
        "Atlantic/Azores",
        "America/Noronha",
        "Atlantic/Madeira",
        "America/Punta_Arenas",
        "America/Matamoros",
        "America/Ojinaga",
        "America/Bahia_Banderas",
        "America/Danmarkshavn",
        "America/Scoresbysund",
        "America/Thule",
        "America/Atikokan",
        "America/Blanc-Sablon",
        "Europe/Simferopol",
        "Pacific/Kosrae",
        "Pacific/Kiritimati",
        "Pacific/Enderbury",
        "Asia/Choibalsan",
        "Asia/Hovd",
    }
)

# Words around a place people write ("I'm in …", «живу в …», "vivo en …"), dropped only when the
# whole text is not a place itself ("La Paz" stays whole). Longest first.
LEAD_INS = (  # noqa: SIM905
    "i'm currently in|i am currently in|i'm living in|i am living in|i live in|i'm based in|i am based in|"
    "i'm in|i am in|im in|i'm at|living in|based in|currently in|now in|near|in|the|"
    "я сейчас в|я сейчас во|я живу в|я живу во|сейчас в|сейчас во|живу в|живу во|я в|я во|я из|рядом с|около|под|в|во|из|город|г.|"
    "ahora estoy en|ahora en|estoy en|vivo en|cerca de|desde|en|la hora de|hora de|horario de|la|el|ciudad de"
).split("|")
# Words after a place that add nothing: "New York City", "Москва город".
TAILS = ("city", "area", "time", "город", "ciudad")
