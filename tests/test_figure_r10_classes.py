"""Counts of people in more languages and forms (issue 12, point 5), on sentences written for
these tests in the manner of news reports: counter nouns and spelled numbers of Polish, Czech,
Romanian, Hindi, Vietnamese, Greek, Persian and Azerbaijani; scale words after digits; Arabic
singular nouns after hundreds and thousands, Arabic spelled numbers and "the number of X" before
the number; classifiers glued to the number (Korean, Japanese, Chinese); and numbers beside
those words that count no people (dates, ages, floors, vehicles, houses, hours)."""

from __future__ import annotations

import pytest

from helpers.numbers import parse_number
from helpers.people_counters import counter_after
from helpers.people_phrases import is_people_noun, people_nouns
from helpers.quantities import figures_in
from helpers.segment import split_sentences


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    # Polish: the genitive plural after five and more, masculine-personal and collective numerals
    ("Policja zatrzymała w sobotę 12 osób.", [12]),
    ("W wypadku zginęło trzech mężczyzn i dwoje dzieci.", [3, 2]),
    # Czech, Romanian
    ("Při nehodě autobusu zemřelo nejméně 14 lidí.", [14]),
    ("Do nemocnice byli převezeni dva členové posádky.", [2]),
    ("Nouă oameni au murit în urma inundațiilor.", [9]),
    ("Poliția a reținut cinci persoane.", [5]),
    # Hindi (the noun after "more than" set after the number), Vietnamese, Greek, Persian
    ("हादसे में 12 से अधिक लोगों की मौत हो गई।", [12]),
    ("Vụ cháy làm 11 người chết.", [11]),
    ("Το λιμενικό διέσωσε 40 άτομα.", [40]),
    ("در این حادثه 12 نفر کشته شدند.", [12]),
    # Azerbaijani: a thousand with a case ending, a demonym that stays singular after a number
    ("Şəhərdə 5 minə yaxın azərbaycanlı yaşayır.", [5000]),
])
def test_counter_nouns_and_numbers_of_more_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("يضم المخيم 60 ألف نازح، معظمهم من النساء", [60000]),       # digits, a thousand, singular
    ("وصل أكثر من 300 شخص إلى الحدود", [300]),                  # singular after a hundred
    ("يعيش في المخيم نحو خمسة وعشرين ألف شخص", [25000]),         # spelled, "and" glued on
    ("ويحتجز نحو ستة آلاف مقاتل في السجون", [6000]),             # the plural of thousand
    ("ارتفع عدد القتلى إلى 25 بحسب الدفاع المدني", [25]),          # the number of the dead
    ("وقال المسؤول إن عدد الجرحى تسعة", [9]),                      # ... is nine
])
def test_arabic_thousands_singular_nouns_and_the_number_of(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("화재로 12명이 숨지고 30여 명이 다쳤다.", [12, 30]),           # Korean, "some 30"
    ("현장에서 세 명의 소방관이 다쳤다.", [3]),                      # a native numeral
    ("事故で5人が死亡し、20人がけがをした。", [5, 20]),               # Japanese
    ("地震造成300多人死亡。", [300]),                                 # Chinese "over 300"
])
def test_classifiers_glued_to_the_number(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "事故は27日午後4時ごろに起きた。",               # a date and an hour
    "5층 건물에서 불이 났고 소방차 40여 대가 출동했다.",  # a floor, fire engines
    "36세 남성이 체포됐다.",                          # an age
    "تم تدمير 300 منزل في القصف",                     # houses
    "بلغ عدد المنازل المدمرة 300",                     # the number of houses
    "Akcja ratunkowa trwała 5 godzin.",               # hours
    "Ploile au inundat de patru zile peste o sută de mii de locuințe.",  # days, homes
    "It is a 15 min walk from the station.",          # minutes, not thousands
])
def test_numbers_beside_those_words_that_count_no_people(text):
    assert values(text) == []


def test_a_unit_after_a_unit_is_no_number():
    # Portuguese "dois dos guardas" (two of the guards): "dos" is also Spanish two, never 2 + 2
    assert 4 not in values("Só dois dos guardas morreram por disparos.")
    with pytest.raises(ValueError):
        parse_number("dois dos")
    assert parse_number("vinte e dois") == 22


def test_arabic_singular_counts_after_one_and_after_hundreds_only():
    nouns = people_nouns()
    assert is_people_noun("شخص", nouns, 500)
    assert is_people_noun("شخص", nouns, 1)
    assert not is_people_noun("شخص", nouns, 5)


def test_a_counter_followed_by_letters_of_another_word_counts_none():
    assert counter_after("人が死亡") == ("人", 1)
    assert counter_after("여 명이") == ("여 명", 3)
    assert counter_after("人口") is None
    assert counter_after(" people") is None


@pytest.mark.parametrize("paragraph, expected", [
    # Arabic has no capitals: a stop and a space before an Arabic letter end a sentence
    ("قتل 11 شخصا بحسب الإعلام المحلي. وصرح المسؤول أن عدد القتلى سبعة.",
     ["قتل 11 شخصا بحسب الإعلام المحلي.", "وصرح المسؤول أن عدد القتلى سبعة."]),
    ("هل عاد المقاتلون؟ قال الوزير إن 40 عادوا.", ["هل عاد المقاتلون؟", "قال الوزير إن 40 عادوا."]),
    # the Devanagari danda; the Chinese and Japanese full stop, with no space after it
    ("बाढ़ में 40 लोगों की मौत हो गई। 52 घर जलमग्न हो गए।",
     ["बाढ़ में 40 लोगों की मौत हो गई।", "52 घर जलमग्न हो गए।"]),
    ("27人が死亡した。本部が発表した。", ["27人が死亡した。", "本部が発表した。"]),
    # Korean sentences end with a full stop and a space
    ("37명이 숨졌습니다. 당국은 밝혔습니다.", ["37명이 숨졌습니다.", "당국은 밝혔습니다."]),
    # Latin script unchanged: an abbreviation does not end a sentence
    ("The U.S. Army said 12 died. Two were hurt.",
     ["The U.S. Army said 12 died.", "Two were hurt."]),
])
def test_sentences_of_scripts_without_capitals(paragraph, expected):
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize("text, expected", [
    ("Selde 12 vatandaşımız hayatını kaybetti.", [12]),            # Turkish possessive "our"
    ("Saldırıda 3 askerimizin yaralandığı bildirildi.", [3]),     # ... with the genitive
    ("وأعلنت الوزارة إعادة (2.400) شخصا إلى بلداتهم", [2400]),    # a number in brackets
    ("The ship carried (42) migrants.", [42]),
    ("Рятувальники врятували вісьмох людей.", [8]),              # Ukrainian animate forms
    ("Серед загиблих п’ятьох дітей.", [5]),
])
def test_possessives_bracketed_numbers_and_animate_numerals(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Le traité (1995) interdit ces armes.",        # a year in brackets
    "Ülkemizin 81 ilinde okullar tatil edildi.",   # provinces
])
def test_bracketed_and_possessive_numbers_that_count_no_people(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("มีผู้เสียชีวิต 10 คน และบาดเจ็บ 25ราย", [10, 25]),     # Thai classifiers, spaced or glued
    ("נהרגו 12 אנשים ונפצעו 30 פצועים", [12, 30]),           # Hebrew
    ("হামলায় ১০ জন নিহত হয়েছেন", [10]),                     # Bengali digits and counter
    ("Onnettomuudessa kuoli 5 ihmistä.", [5]),                # Finnish partitive
    ("Sunog sa Maynila: 10 katao patay", [10]),               # Tagalog
    ("Në aksident humbën jetën 3 vetë.", [3]),                # Albanian
    ("Dilalkii waxaa ku dhintay 12 qof.", [12]),              # Somali
])
def test_counters_of_more_languages(text, expected):
    assert values(text) == expected


def test_a_thai_counter_that_begins_another_word_counts_none():
    assert values("มี 3 รายงาน และ 5 รายการ") == []           # reports, items


@pytest.mark.parametrize("text, expected", [
    ("The UN says 2 mln refugees have returned.", [2000000]),
    ("Over 2 lakh pilgrims gathered at the shrine.", [200000]),
    ("Ponad 5 tys. osób ewakuowano.", [5000]),
    ("Im Land leben 1,2 Mio. Flüchtlinge.", [1200000]),
    ("Евакуювали 3 тис. людей.", [3000]),
])
def test_abbreviated_scales_after_digits(text, expected):
    assert values(text) == expected


def test_a_single_letter_after_digits_is_no_scale():
    assert 11000000 not in values("Recordó a las 193 víctimas del 11M en Madrid.")


@pytest.mark.parametrize("text, expected", [
    ("Yaralananlardan 6 nəfərin adı açıqlanıb.", [6]),          # Azerbaijani genitive
    ("Xəsarət alan 32 nəfərdən ikisi xəstəxanadadır.", [32]),    # ablative
    ("Hadisədə 3 əsgərimiz şəhid olub.", [3]),                   # possessive "our"
])
def test_azerbaijani_case_endings_on_people_nouns(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About 300 personnel of the disaster force are on the scene.", [300]),
    ("Four crew of the trawler were rescued.", [4]),
    ("There were half a million people taking part.", [500000]),  # not "a million"
])
def test_a_noun_that_is_also_an_adjective_before_of_and_half_a_million(text, expected):
    assert values(text) == expected


def test_police_stations_of_a_city_count_no_people():
    assert values("The 12 police stations of the city were closed.") == []


def test_ten_as_a_noun_after_a_number():
    # Russian "три десятка" (three tens): 30; "десятки" alone ("tens of") is vague, no number
    assert values("Вернули около трех десятков детей.") == [30]
    assert values("Десятки людей погибли.") == []


@pytest.mark.parametrize("text, expected", [
    ("Погибли трое, ранены пятеро.", [3, 5]),             # Russian collective numerals alone
    ("Двоє загинули на місці.", [2]),                     # Ukrainian
    ("Uhapšena su dvojica zbog napada.", [2]),            # Serbian numeral of men
    ("A balesetben hárman meghaltak.", [3]),              # Hungarian numeral of persons
    ("Он провёл в подвале трое суток.", []),              # three days: a thing it counts
    ("Ze heten Ahmed en Sara.", []),                      # Dutch "are called", no numeral
])
def test_numerals_that_count_persons_by_themselves(text, expected):
    assert values(text) == expected


def test_indonesian_states_after_a_number():
    assert values("Dalam kecelakaan itu 5 tewas dan 12 terluka.") == [5, 12]
