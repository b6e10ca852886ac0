"""Counts of people added in round 14, on sentences written for these tests in the manner of news
reports: Hungarian numerals of persons ("tizennyolcan", "negyvenen", "ötszázan", "40 ezren"),
which count people with no noun after them, and the same endings where they mean "over" an age
("ötvenen felül"), which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    # Hungarian numerals of persons beyond ten: teens, tens, hundreds, and thousands after digits
    ("A csónakban tizennyolcan tartózkodtak, amikor felborult.", [18]),
    ("A balesetben tizenöten meghaltak, többen megsérültek.", [15]),
    ("Csaknem negyvenen haltak meg a tűzben.", [40]),
    ("A tüntetésen százan vettek részt a rendőrség szerint.", [100]),
    ("A hajón nagyjából ötszázan utaztak.", [500]),
    ("Tavaly több mint 40 ezren kértek menedékjogot.", [40000]),
    # the same ending as "on": an age bound, no count of persons
    ("A betegség főleg az ötvenen felüli nőket érinti.", []),
    ("Negyvenen túl már nehezebb munkát találni.", []),
    ("Ötvenen alul senki nem kapott támogatást.", []),
    ("A negyvenen aluli nők jelentkezhettek.", []),
    # the thousand of persons only after digits; "ezer" alone counts things here
    ("A 40 ezer forintos támogatást megkapták.", []),
])
def test_hungarian_numerals_of_persons(text, expected):
    assert values(text) == expected


def test_hungarian_hundreds_in_one_word():
    # "száz" (100) and "ötszáz" (500) before a people noun
    assert values("Csaknem száz migránst mentettek ki, ötszáz menekült vár.") == [100, 500]


@pytest.mark.parametrize("text, expected", [
    # a sum of forints (currency_words.csv, with its case endings) counts no one
    ("Ötszáz forintot fizetett minden utas.", []),
    ("Háromszáz forintért száz ember dolgozott.", [100]),
    # "ezer" after a spelled number is its thousand; alone it stays no number ("Ezer" is a name)
    ("Ötszáz ezer ember tüntetett a fővárosban.", [500000]),
    ("Több mint 500 ezer ember tüntetett.", [500000]),
    ("Ezer Weizman szerint 30 migráns érkezett.", [30]),
])
def test_hungarian_money_and_thousands(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Hungarian case and possessive endings on a people noun after a number
    ("A mentők hatvan túlélőt szállítottak a szigetre.", [60]),          # accusative after a vowel
    ("A csónak mintegy 92-97 utassal hagyta el a partot.", [94.5]),     # instrumental, doubled s
    ("A parti őrség két tisztje is megsérült.", [2]),                   # possessive
    ("A tengerből 11 férfi és három nő holttestét emelték ki.", [11, 3]),
    ("A minisztérium 20 katonának adott kitüntetést.", [20]),          # dative, lengthened a
    # the same endings on nouns of things count no one
    ("A mentés két órát vett igénybe, 30 percet késtek.", []),
])
def test_hungarian_case_endings_on_people_nouns(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # thousands and millions after digits, in the words of many languages (number_words.csv)
    ("2,5 millió migráns érkezett Európába.", [2500000]),                # Hungarian
    ("V táborech žije 2 miliony lidí.", [2000000]),                     # Czech
    ("Do Polski przyjechało 1,5 miliona uchodźców.", [1500000]),        # Polish
    ("Iz zemlje je otišlo 5 hiljada ljudi.", [5000]),                   # Bosnian / Serbian
    ("U kampu živi 3 tisuće izbjeglica.", [3000]),                      # Croatian
    ("Πάνω από 2 εκατομμύρια άνθρωποι εκτοπίστηκαν.", [2000000]),        # Greek
    ("Hơn 50 nghìn người phải sơ tán.", [50000]),                        # Vietnamese
    ("Över 3 miljoner människor har flytt.", [3000000]),                 # Swedish
    ("Yli 5 tuhatta ihmistä evakuoitiin.", [5000]),                      # Finnish
    ("Më shumë se 5 mijë njerëz u larguan.", [5000]),                    # Albanian
    ("Apie 3 tūkstančiai žmonių evakuoti.", [3000]),                    # Lithuanian
    ("Около 5 хиляди души бяха евакуирани.", [5000]),                    # Bulgarian
    # a scale word after digits before a noun of things counts no one
    ("Škoda dosáhla 2 miliony korun.", []),
])
def test_scale_words_after_digits(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Italian "erano in 47", "partiti in cento": a number after a verb and "in" counts the
    # persons of the clause, with no noun
    ("Erano in 47 sul gommone partito dalla Libia.", [47]),
    ("I superstiti dicono di essere partiti in cento.", [100]),
    ("Nel naufragio sono morti in tre, tra cui un bambino.", [3]),
    # a unit of time or a noun of things after the number: no count
    ("Sono arrivati in 3 giorni a Lampedusa.", []),
    ("Siamo in 40 minuti al porto.", []),
    ("Le elezioni erano in 2 turni.", []),
    # the subject opening the clause is a people noun: a count
    ("I migranti erano in 47 sul gommone.", [47]),
    # ... or a noun of things: no count; "su 10" after the number makes a share, no count
    ("Le navi erano in 3 nel porto.", []),
    ("Le auto coinvolte sono in 4 secondo la polizia.", []),
    ("Le ipotesi sono in 3 e nessuna convince.", []),
    ("Le squadre sono in 2 a pari punti.", []),
    ("Sono in 3 su 10 a non votare.", []),
])
def test_italian_count_after_verb_and_in(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" that is also "a", read as one before a scale word (number_words.csv,
    # kind one_before_scale)
    ("Plus d’un million de personnes ont fui les combats.", [1000000]),    # French
    ("Más de un millón de personas huyeron del país.", [1000000]),        # Spanish
    ("Oltre un milione di persone sono fuggite.", [1000000]),             # Italian
    ("Mehr als eine Million Menschen flohen.", [1000000]),                # German
    ("سیل میں ایک لاکھ افراد متاثر ہوئے", [100000]),                      # Urdu
    ("বন্যায় এক লাখ মানুষ ক্ষতিগ্রস্ত", [100000]),                         # Bengali
    # ... and nowhere else: "un homme", "une femme" are no counts
    ("Un homme et une femme ont été arrêtés.", []),
])
def test_one_that_is_also_a_before_a_scale(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Arabic and Persian numbers whose groups are joined by "و" (and)
    ("قال الوزير إن 35 ألفًا و114 شخصًا عادوا إلى بلادهم.", [35114]),
    ("۲۱۶ هزار و ۷۹۶ نفر به کشورشان بازگشته اند.", [216796]),
    ("یک میلیون و ۲۱۶ هزار و ۷۹۶ نفر بازگشته اند.", [1216796]),
    ("بیش از یک میلیون و ۷۰۰ هزار نفر تمایل به بازگشت دارند.", [1700000]),
])
def test_groups_joined_by_and_in_arabic_and_persian(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, ends", [
    # two numbers joined by "و", each with its scale, are the two ends of a range: never one
    # number adding them up (20,030), whatever the parser reads of the range
    ("بین ۲۰ هزار و ۳۰ هزار مهاجر به مرز رسیدند.", (20000, 30000)),
    ("نزح 10 آلاف و 5 آلاف شخص من المدينتين.", (10000, 5000)),
    ("بين 3 آلاف و 5 آلاف لاجئ عبروا الحدود.", (3000, 5000)),
    ("بین بیست هزار و ۳۰ هزار مهاجر به مرز رسیدند.", (20000, 30000)),
    ("بين ثلاثة آلاف و 5 آلاف لاجئ عبروا الحدود.", (3000, 5000)),
    ("یک میلیون و ۲ میلیون نفر آواره شدند.", (1000000, 2000000)),
])
def test_two_numbers_joined_by_and_are_not_added(text, ends):
    assert all(v in ends for v in values(text))


@pytest.mark.parametrize("text, expected", [
    # common people nouns of Persian (singular after a number), Vietnamese and Macedonian
    ("۶۴ نفر شامل ۱۸ زن و ۳۴ کودک بازگشته اند.", [64, 18, 34]),
    ("بیش از ۳۶۴ هزار زن در میان آوارگان هستند.", [364000]),
    ("۵ جنگجو و ۳ زن بازداشت شدند.", [5, 3]),  # 'مرد' (men; also died) left out
    ("یک میلیون و ۷۰۰ هزار آواره سوری تمایل به بازگشت دارند.", [1700000]),
    ("Khoảng 200 chiến binh IS đã trở về Tây Ban Nha.", [200]),
    ("Околу 3 илјади луѓе протестираа во Скопје.", [3000]),
])
def test_people_nouns_of_persian_vietnamese_macedonian(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, qualifier", [
    # qualifiers of more languages (figure_qualifiers.csv)
    ("Legalább 15 migráns meghalt a balesetben.", "at least"),           # Hungarian
    ("Csaknem száz migránst szállított a csónak.", "about"),
    ("Több mint 40 ezren kértek menedékjogot.", "more than"),           # before a numeral
    ("Při nehodě zemřelo nejméně 14 lidí.", "at least"),                 # Czech
    ("Okolo 30 lidí demonstrovalo před úřadem.", "about"),
    ("Πάνω από 200 άνθρωποι εκτοπίστηκαν.", "more than"),                # Greek
    ("Yli 50 ihmistä evakuoitiin.", "more than"),                         # Finnish
    ("Minst 12 personer omkom i olyckan.", "at least"),                   # Swedish
    ("Cel puțin 9 oameni au murit.", "at least"),                         # Romanian
    ("Rreth 300 njerëz u larguan nga shtëpitë.", "about"),               # Albanian
])
def test_qualifiers_of_more_languages(text, qualifier):
    assert [f["qualifier"] for f in figures_in(text)] == [qualifier]
