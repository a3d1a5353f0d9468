"""Time-zone words CLDR does not carry: the picker's zones, big cities that are not a zone's
exemplar, and abbreviations people type that CLDR's English short names miss.

City names, zone aliases and most abbreviations come from CLDR through Babel (bot/timezones.py).
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
    "Europe/Samara": "Izhevsk|Ижевск|Tolyatti|Тольятти", "Asia/Yekaterinburg": "Orenburg|Оренбург|Kurgan|Курган|Surgut|Сургут|Magnitogorsk|Магнитогорск|Нижневартовск|Ханты-Мансийск|Салехард|Новый Уренгой|Ekaterinburg|Chelyabinsk|Челябинск|Perm|Пермь|Ufa|Уфа|Tyumen|Тюмень", "Asia/Omsk": "Омск", "Asia/Novosibirsk": "Новосиб", "Asia/Krasnoyarsk": "Abakan|Абакан|Norilsk|Норильск|Кызыл|Kemerovo|Кемерово",
    "Asia/Irkutsk": "Bratsk|Братск|Ulan-Ude|Улан-Удэ", "Asia/Yakutsk": "Blagoveshchensk|Благовещенск", "Asia/Vladivostok": "Nakhodka|Находка|Уссурийск|Комсомольск-на-Амуре|Khabarovsk|Хабаровск", "Asia/Sakhalin": "Yuzhno-Sakhalinsk|Южно-Сахалинск",
    "Europe/Kyiv": "Kharkiv|Kharkov|Харьков|Харків|Odesa|Odessa|Одесса|Одеса|Lviv|Львов|Львів|Dnipro|Днепр",
    "Europe/Berlin": "Munich|München|Мюнхен|Múnich|Hamburg|Гамбург|Hamburgo|Frankfurt|Франкфурт|Fráncfort|Cologne|Köln|Кёльн|Colonia",
    "Europe/Madrid": "Spain|España|Испания|Palma|Palma de Mallorca|Mallorca|Ibiza|Barcelona|Барселона|Seville|Sevilla|Севилья|Valencia|Валенсия|Málaga|Малага|Bilbao|Zaragoza",
    "Europe/Rome": "Milan|Milano|Милан|Milán|Naples|Napoli|Неаполь|Nápoles|Florence|Флоренция|Florencia|Venice|Венеция|Venecia",
    "Europe/Paris": "Marseille|Марсель|Marsella|Lyon|Лион|Nice|Ницца|Niza|Toulouse", "Europe/Zurich": "Geneva|Женева|Ginebra|Bern|Берн|Berna", "Europe/Warsaw": "Krakow|Kraków|Краков|Cracovia",
    "Europe/Amsterdam": "Rotterdam|Роттердам|The Hague|Гаага|La Haya", "Europe/Lisbon": "Porto|Порту|Oporto", "Atlantic/Canary": "Las Palmas|Tenerife|Тенерифе|Gran Canaria",
    "Europe/London": "Manchester|Манчестер|Birmingham|Edinburgh|Эдинбург|Edimburgo|Glasgow", "Europe/Istanbul": "Ankara|Анкара|Izmir|Измир|Antalya|Анталья",
    "Asia/Kolkata": "Delhi|New Delhi|Нью-Дели|Дели|Nueva Delhi|Mumbai|Bombay|Мумбаи|Bombai|Bangalore|Bengaluru|Бангалор|Chennai|Ченнаи|Hyderabad|Pune|Goa|Гоа",
    "Asia/Shanghai": "Beijing|Peking|Пекин|Pekín|Guangzhou|Shenzhen|Гуанчжоу|Шэньчжэнь|Chengdu", "Asia/Tokyo": "Osaka|Осака|Kyoto|Киото", "Asia/Seoul": "Busan|Пусан",
    "Asia/Ho_Chi_Minh": "Hanoi|Ханой|Saigon|Сайгон", "Asia/Makassar": "Bali|Бали|Denpasar", "Asia/Jakarta": "Surabaya|Bandung", "Asia/Karachi": "Lahore|Islamabad|Исламабад",
    "Asia/Dubai": "Abu Dhabi|Абу-Даби|Abu Dabi", "Asia/Riyadh": "Jeddah|Mecca|Мекка|La Meca", "Asia/Qatar": "Doha|Доха", "Asia/Jerusalem": "Tel Aviv|Тель-Авив|Tel Aviv-Yafo",
    "America/New_York": "NYC|Нью Йорк|Boston|Бостон|Washington|Washington DC|Вашингтон|Philadelphia|Filadelfia|Atlanta|Miami|Майами|Orlando",
    "America/Toronto": "Ottawa|Оттава|Montreal|Монреаль", "America/Denver": "Salt Lake City", "America/Edmonton": "Calgary|Калгари",
    "America/Chicago": "Houston|Хьюстон|Dallas|Даллас|Austin|Остин|Minneapolis|New Orleans|Nueva Orleans",
    "America/Los_Angeles": "LA|San Francisco|Сан-Франциско|San Diego|Сан-Диего|Seattle|Сиэтл|Las Vegas|Лас-Вегас|Portland",
    "America/Sao_Paulo": "Rio de Janeiro|Рио-де-Жанейро|Rio|Рио|Brasília|Brasilia|Бразилиа", "America/Mexico_City": "CDMX|Guadalajara|Гвадалахара|Puebla",
    "America/Bogota": "Medellín|Медельин|Cali|Barranquilla|Cartagena", "America/Guayaquil": "Quito|Кито", "America/Argentina/Buenos_Aires": "Mar del Plata|La Plata", "America/Argentina/Cordoba": "Rosario", "America/Costa_Rica": "San José|San Jose",
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

# Names of places far apart on different clocks: the person is asked which one.
SHARED_NAMES: dict[str, str] = {
    "Georgia": "Asia/Tbilisi America/New_York", "Santa Cruz": "America/La_Paz Atlantic/Canary",
    "San Juan": "America/Puerto_Rico America/Argentina/San_Juan",
}  # fmt: skip

# Where CLDR has no single main zone for a metazone that Windows' mapping picks well.
METAZONE_HOMES: dict[str, str] = {
    "America_Pacific": "America/Los_Angeles", "America_Mountain": "America/Denver",
    "Europe_Eastern": "Europe/Athens", "Europe_Western": "Europe/Lisbon",
    "Africa_Central": "Africa/Maputo", "Australia_Eastern": "Australia/Sydney",
    "Korea": "Asia/Seoul", "Brasilia": "America/Sao_Paulo", "Arabian": "Asia/Riyadh",
}  # fmt: skip
