"""Counts of people (issue 12, point 5), round 12, on sentences written for these tests in the
manner of news reports: Chinese and Japanese numerals with every large scale (万, 亿/億 with 千
and 百 inside their sections), "N of them" in every language of lexicon/of_them.csv after a
count of things, and counts in Catalan, Latvian, Lithuanian and Bengali (people nouns in their
case forms, spelled numbers)."""

from __future__ import annotations

import pytest

from helpers import lexicon
from helpers.classifier_counts import counters
from helpers.number_context import names_of_them
from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


# --- Chinese and Japanese numerals: each scale of 10,000 or more multiplies its section --------

@pytest.mark.parametrize("text, expected", [
    ("死者は一万二千人に達した。", [12000]),                   # Japanese: 万 then 千
    ("难民人数达到一亿二千万人。", [120000000]),               # Chinese: 亿 then 千万
    ("避難者は二億五千万人と推計された。", [250000000]),       # Japanese 億 (traditional form)
    ("受影响的有十二万三千四百五十六人。", [123456]),          # 万 with 千, 百, 十 after it
    ("全国で3億人が影響を受けた。", [300000000]),              # digits then 億
    ("约有2千万人受灾。", [20000000]),                        # digits then 千万
    ("两亿零五百万人受影响。", [205000000]),                   # 零 inside
    ("数万人が避難した。", []),                                # 'tens of thousands': no count
])
def test_cjk_numerals_with_large_scales(text, expected):
    assert values(text) == expected


def test_every_large_scale_of_the_numeral_list_multiplies_its_section():
    scales = counters().scales
    big = [char for char, value in scales.items() if value >= 10000]
    assert {"万", "亿", "億"} <= set(big)
    for char in big:  # "三<big>二千" = 3 * scale + 2000, whatever the scale
        assert values(f"共有三{char}二千人。") == [3 * scales[char] + 2000]


# --- "N of them" after a count of things, in every language of the lexicon list -----------------

@pytest.mark.parametrize("text, expected", [
    ("Polisi memeriksa 30 kasus, 12 di antaranya fatal.", []),         # Indonesian: the cases
    ("Sebanyak 300 orang mengungsi, 12 di antaranya balita.", [300, 12]),  # ... the people
    ("The firm filed 30 complaints, 12 of us were named in them.", []),
    ("Police investigated 30 cases, 12 of them fatal.", []),
])
def test_of_them_after_a_count_of_things_in_more_languages(text, expected):
    assert values(text) == expected


def test_of_them_is_read_from_the_lexicon_list():
    # the last words of every entry of of_them.csv name "of them"; no copy of the list elsewhere
    for phrase in ("of them", "of us", "z nich", "di antaranya", "dintre noi", "kati yao",
                   "d'entre elles", "od njih"):
        assert names_of_them(phrase), phrase
    assert lexicon.pattern("of_them", r"(?:WORDS)$").search("dintre noi")
    for phrase in ("migrants", "of the town", "them all here now"):
        assert not names_of_them(phrase), phrase


# --- Catalan, Latvian, Lithuanian, Bengali ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pel cap baix, 152 persones han perdut la vida.", [152]),               # Catalan
    ("El balanç final va ser de 13 víctimes mortals.", [13]),
    ("Hi van morir dues persones i vint veïns van ser evacuats.", [2, 20]),
    ("Tur dzīvību zaudējuši trīs cilvēki.", [3]),                            # Latvian
    ("Bojāgājušo skaits pieaudzis līdz 15 cilvēkiem, arī 36 bērni.", [15, 36]),
    ("Ir atrasti 15 bojāgājušie un astoņi izdzīvojušie.", [15, 8]),
    ("Per potvynį žuvo penki žmonės, o dvylika vaikų dingo.", [5, 12]),      # Lithuanian
    ("Dingo 40 migrantų, išgelbėti 39 asmenys.", [40, 39]),
    ("বন্যা থেকে বাঁচাতে পাঁচ হাজার মানুষকে সরিয়ে নেওয়া হয়েছে।", [5000]),  # Bengali accusative
])
def test_counts_in_catalan_latvian_lithuanian_and_bengali(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Les pluges van deixar 257 litres en 36 situacions.",     # Catalan: litres, situations
    "Ūdens līmenis pieauga par astoņiem metriem.",           # Latvian: metres
    "Sugriuvo šeši namai per keturias valandas.",            # Lithuanian: houses, hours
    "The 12 homes were flooded.",                             # 'homes' stays an English word
])
def test_numbers_of_things_in_those_languages_count_no_one(text):
    assert values(text) == []


# --- Latvian and Lithuanian "the number of the dead rose to N": the people noun before "number" --

@pytest.mark.parametrize("text, expected", [
    ("Bojāgājušo skaits plūdos Teksasā, ASV, pieaudzis līdz 120", [120]),      # a headline
    ("Plūdos bojāgājušo skaits sasniedzis 15, vēl daudzi pazuduši.", [15]),
    ("Žuvusiųjų skaičius išaugo iki 12.", [12]),                                # Lithuanian
    ("Bojāgājušo skaits nav zināms, bet 12 ēkas sagruva.", []),     # no link: buildings counted
    ("Namų skaičius išaugo iki 40.", []),                           # the number of houses
])
def test_the_number_of_the_dead_rose_to_n_in_latvian_and_lithuanian(text, expected):
    assert values(text) == expected


# --- rescue, security and other role nouns of many languages; number words ending in a sign ---

@pytest.mark.parametrize("text, expected", [
    ("Feriti altri due vigili del fuoco.", [2]),                       # Italian firefighters
    ("Sul posto 40 soccorritori e 12 volontari.", [40, 12]),
    ("19 jubilados perdieron la vida.", [19]),                          # Spanish pensioners
    ("Llegaron 30 socorristas y 25 voluntarios.", [30, 25]),
    ("Έχουν ανασυρθεί έξι σοροί, έρευνες για ακόμη οχτώ αγνοούμενους.", [6, 8]),  # Greek
    ("Drei Hilfspolizisten wurden verletzt.", [3]),                     # German
    ("Im Einsatz waren etwa 100 Sicherheitskräfte.", [100]),
    ("Ruim 50 relschoppers zijn aangehouden.", [50]),                   # Dutch
    ("Всего задействовано 27 специалистов.", [27]),                     # Russian
    ("Постраждали 76 жителів.", [76]),                                  # Ukrainian
    ("Zahynuli dvaja ľudia.", [2]),                                     # Slovak
])
def test_role_nouns_of_many_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("दो लोगों की मौत हो गई।", [2]),                     # Hindi 'दो' ends in a vowel sign
    ("नौ लोग घायल हुए।", [9]),
    ("மூன்று பேர் மாயமாகியுள்ளனர்.", [3]),               # Tamil
    ("இரண்டு பேர் காயமடைந்தனர்.", [2]),
    ("हादसे में 5 लोग घायल हुए।", [5]),                  # 'दस' inside 'हादसे' is still no number
])
def test_number_words_ending_in_a_vowel_sign(text, expected):
    assert values(text) == expected


# --- "of them" in French ('parmi elles') and Arabic ('منهم') -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("غرق قارب يقل 20 مهاجرا، توفي 4 منهم.", [20, 4]),
    ("Onze femmes sont rentrées, 7 parmi elles sont poursuivies.", [11, 7]),
])
def test_of_them_in_french_and_arabic(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقتل 3 أشخاص وأصيب 19 آخرون", [3, 19]),        # Arabic 'others', as English 'two others'
    ("أسفر الحادث عن إصابة 19 آخرين بجروح", [19]),
])
def test_arabic_others_after_a_number(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La protesta terminó con tres fallecimientos.", [3]),   # Spanish deaths, as 'with 3 deaths'
    ("Se registraron 12 muertes por las lluvias.", [12]),
    ("Ci sono stati 4 decessi.", [4]),                       # Italian
    ("Foram confirmados 12 óbitos.", [12]),                  # Portuguese
    ("Policja informuje o dziewięciu zgonach.", [9]),        # Polish
    ("Er vielen 12 sterfgevallen.", [12]),                   # Dutch
    ("Зафиксировано 10 смертей.", [10]),                     # Russian
])
def test_counts_of_deaths_in_more_languages(text, expected):
    assert values(text) == expected


# --- Hebrew, Georgian, Armenian, Amharic and Hausa: spelled numbers; Hebrew prefixes on digits --

@pytest.mark.parametrize("text, expected", [
    ("בתאונה היו 12 הרוגים ו-30 פצועים", [12, 30]),   # Hebrew 'and' glued with a hyphen
    ("דווח על שבעה הרוגים ו-3 נעדרים", [7, 3]),
    ("נעצרו 5 חשודים", [5]),
    ("דაიღუპა ხუთი ადამიანი", [5]),                    # Georgian
    ("Զոհվել է հինգ մարդ", [5]),                       # Armenian
    ("አምስት ሰዎች ሞተዋል", [5]),                          # Amharic
    ("mutane biyar sun mutu", [5]),                    # Hausa: the noun first
])
def test_spelled_numbers_and_prefixes_of_more_scripts(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "ב-2023 התקיים הטקס",          # Hebrew 'in 2023': a year
    "Covid-19 patients were moved.",  # a letter glued to the number is still no prefix
    "Hong Kong-3 people",
])
def test_a_hebrew_prefix_makes_no_year_or_code_a_count(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Policie zadržela tři muže a dvě ženy.", [3, 2]),                 # Czech accusative
    ("Poliisi pidätti viisi miestä ja kaksi naista.", [5, 2]),          # Finnish partitive
    ("Rajalla odottaa 300 pakolaista.", [300]),
    ("Három férfit és két nőt őrizetbe vettek.", [3, 2]),          # Hungarian accusative
    ("Öt rendőr megsérült.", [5]),                      # ... singular after a number
])
def test_case_forms_after_numbers_in_czech_finnish_and_hungarian(text, expected):
    assert values(text) == expected


# --- counts with the noun left out after a group of people, in more languages -----------------

@pytest.mark.parametrize("text, expected", [
    ("Bojāgājušo skaits sasniedzis 15 cilvēkus, vēl 43 pazuduši bez vēsts.", [15, 43]),  # Latvian
    ("Per avariją nukentėjo 10 žmonių, 3 žuvo.", [10, 3]),                # Lithuanian
    ("Zahynuli dvaja ľudia, piati sú zranení.", [2, 5]),                  # Slovak
    ("Zranení boli piati policajti.", [5]),
    ("In mare c'erano 40 migranti, altri 3 sono morti.", [40, 3]),        # Italian
    ("Vietā bija 12 mājas, 3 gāja bojā.", []),                            # houses before: none
    ("Sequestrate 30 auto, 3 sono state rubate.", []),
])
def test_elided_counts_after_people_in_more_languages(text, expected):
    assert values(text) == expected


# --- "the toll of X rose to N" in Spanish, Portuguese, French; Turkish "those who died" -------

@pytest.mark.parametrize("text, expected", [
    ("El balance de víctimas asciende a 45.", [45]),
    ("O balanço de mortos subiu para 45.", [45]),
    ("El balance de la empresa asciende a 45 millones.", []),        # money
    ("El balance de daños asciende a 45.", []),                      # damage counts no one
    ("Hayatını kaybedenlerin sayısı 81'e yükseldi.", [81]),          # Turkish
    ("Depremde yaşamını yitirenlerin sayısı 40 bin 689 oldu.", [40689]),
    ("Evlerin sayısı 45'e yükseldi.", []),                           # houses
])
def test_the_toll_of_x_and_turkish_those_who_died(text, expected):
    assert values(text) == expected
