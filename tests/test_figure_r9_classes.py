"""Counts of people in languages and case forms the people nouns had not covered (issue 12,
point 5), on sentences written for these tests in the manner of news reports: Arabic (with and
without tanween), Norwegian / Danish / Swedish, Serbian and Montenegrin in both scripts,
Bulgarian, Azerbaijani, Hungarian accusatives, Russian and Ukrainian oblique cases, German
datives; and numbers beside those nouns that count no people."""

from __future__ import annotations

import pytest

from helpers.people_phrases import is_people_noun, people_nouns
from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    # Arabic: the noun after 11-99 is a singular accusative, with or without tanween
    ("قالت الشرطة إن 23 شخصا أصيبوا في الحادث", [23]),
    ("أعلنت الوزارة عودة 140 مقاتلاً إلى البلاد", [140]),
    ("وأضاف أن 35 طفلًا و12 امرأة وصلوا إلى المخيم", [35, 12]),
    ("لقي 4 أشخاص مصرعهم وأصيب 9 آخرون", [4, 9]),  # 9 others injured (round 12)
    # Norwegian, Danish, Swedish
    ("Politiet opplyser at minst 4 personer er skadet.", [4]),
    ("Ifølge politiet blev 12 mennesker evakueret fra bygningen.", [12]),
    ("Räddningstjänsten uppger att 30 personer har evakuerats.", [30]),
    # Serbian and Montenegrin, Cyrillic and Latin; Bulgarian
    ("Полиција је ухапсила 14 држављана Албаније.", [14]),
    ("U nesreći je poginulo 6 radnika, a 20 putnika je povređeno.", [6, 20]),  # round 14
    ("Около 250 души са евакуирани от селото.", [250]),
    # Azerbaijani, Hungarian accusative
    ("Əməliyyat zamanı 11 nəfər saxlanılıb.", [11]),
    ("A rendőrség 35 embert állított elő.", [35]),
    # Russian and Ukrainian oblique cases, German dative
    ("Речь идет о 18 детях и 40 женщинах.", [18, 40]),
    ("Волонтери допомогли 250 людям, серед них 40 дітям.", [250, 40]),
    ("Внаслідок обстрілу загинули дві дитини.", [2]),
    ("Die Behörden sprachen von mindestens 41 Toten.", [41]),
])
def test_people_nouns_of_more_languages_and_cases(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Ulaz u zgradu košta 20 dinara.",              # money
    "Bilen kjørte i 80 kilometer i timen.",         # speed
    "تم تدمير 12 منزلا في القصف",                  # houses
    "На 25 марта было назначено 3 заседания.",      # a date, sittings
    "A tűzoltók 12 órán át dolgoztak.",             # hours
])
def test_numbers_beside_those_nouns_that_count_no_people(text):
    assert values(text) == []


@pytest.mark.parametrize("word", ["شخصاً", "شخصًا", "مقاتلاً", "طفلًا"])
def test_arabic_tanween_forms_are_made_from_the_listed_noun(word):
    assert is_people_noun(word, people_nouns())


@pytest.mark.parametrize("word", ["منزلاً", "بيتًا", "عاماً"])
def test_tanween_forms_of_other_nouns_are_not_made(word):
    assert not is_people_noun(word, people_nouns())


@pytest.mark.parametrize("text, expected", [
    ("U napadu je ubijeno osam osoba, a dvoje djece je ranjeno.", [8, 2]),
    ("Ухапшено је девет држављана Србије.", [9]),
    ("Hadisədə yeddi nəfər ölüb, 70-ə yaxın insan yaralanıb.", [7, 70]),
    ("Politiet sier at fem personer er skadet og tolv er evakuert.", [5]),
    ("A rendőrség négy embert állított elő, köztük tíz gyereket.", [4, 10]),
    ("A tűzoltók tíz órán át dolgoztak.", []),  # hours
])
def test_number_words_of_more_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The five-star residents' association and tri-state officials met.", []),
    ("Two-day talks with three-judge panels drew 40 residents.", [40]),
    # near misses: a compound number and "-odd" stay counts
    ("Forty-five Britons and some forty-odd men were detained.", [45, 40]),
])
def test_a_spelled_number_inside_a_hyphenated_modifier_counts_nobody(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 300 people died in the north, 200 in the south and 40 in the capital.", [300, 200, 40]),
    ("Murieron 74 personas en Jalisco, 45 en el estado de Puebla y 15 en la capital.",
     [74, 45, 15]),
    ("Restano in tenda 241 persone, 3 nella regione Lazio.", [241, 3]),
    ("Ont été rapatriés 51 enfants en juillet, 50 en octobre et 47 aujourd'hui.", [51, 50]),
    # near misses: dates, a ratio, things
    ("Police detained 3 people on Nov 27 and 28 in raids in the capital.", [3]),
    ("Police arrested 12 people in 2015, and 3 in 10 residents felt unsafe.", [12]),
    ("About 300 people left 12 villages, 5 in the hills.", [300]),
])
def test_the_next_items_of_a_list_of_counts_by_place(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Toplam 1 milyon 290 bin Suriyeli ülkesine döndü.", [1_290_000]),
    ("Some 1 million 200 thousand people fled the region.", [1_200_000]),
    ("Misyon kapsamında 5700’den fazla IŞİD’li nakledildi.", [5700]),
    ("Olayda 50’ye yakın kişi gözaltına alındı.", [50]),
    # near misses: a million alone, then a year
    ("Some 2 million people left in 2019.", [2_000_000]),
])
def test_millions_then_thousands_and_curly_apostrophe_suffixes(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("U nesreći je poginulo šest osoba, a četiri su povrijeđene.", [6, 4]),
    ("Ubijeno je 12 ljudi, a sedam je ranjeno.", [12, 7]),
    # near misses: a year, an hour
    ("Ubijeno je 12 ljudi, a 2016 je ranjeno mnogo.", [12]),
    ("Uhapšeno je 12 osoba u 5 je sati ujutro.", [12]),
])
def test_slavic_counts_whose_noun_is_left_out(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Já os desalojados chegam a 528.743.", [528_743]),
    ("I dispersi superano i 40, secondo la guardia costiera.", [40]),
    ("Les blessés dépassent 30 selon la préfecture.", [30]),
    ("Die Toten übersteigen 40.", [40]),
    ("Nigerian media said 10 generals were tried and 25 retornados came home.", [10, 25]),
    # near misses: prices, temperatures
    ("Los precios superan los 1.500 euros.", []),
    ("Le temperature superano i 40 gradi.", []),
])
def test_a_people_noun_that_reaches_or_exceeds_a_number(text, expected):
    assert values(text) == expected
