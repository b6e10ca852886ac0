"""Counts of people and numbers that count no people (issue 12, point 5), round 11, on
sentences written for these tests in the manner of news reports: a number before a unit of
time or a word of age is no count of people in any language, even where a people noun follows
("3 dana migranti", "45 वर्षीय व्यक्ति", "19-åriga män"), while the counts beside such numbers
are still read."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text", [
    "Za 3 dana migranti su stigli.",                   # Serbian / Croatian days
    "Μέσα σε 3 ημέρες πρόσφυγες έφτασαν.",             # Greek days
    "در ۳ روز پناهجویان رسیدند.",                       # Persian days
    "3 दिन में शरणार्थी पहुंचे।",                         # Hindi days
    "Trong 3 ngày người tị nạn đã đến.",                # Vietnamese days
    "Efter 3 dagar anlände flyktingar.",                # Swedish days
    "3 gündür mülteciler bekliyor.",                    # Turkish "for 3 days"
    "45 वर्षीय व्यक्ति को गिरफ्तार किया गया।",            # Hindi age
    "45 वर्ष के व्यक्ति की हत्या।",                       # Hindi years
])
def test_a_unit_of_time_or_age_after_the_number_counts_no_people(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Två 19-åriga män dog.", [2]),                     # Swedish: two men, not 19
    ("To 19-årige menn døde.", [2]),                    # Norwegian "To" (round 20: cued_numbers)
    ("5 kişi 10 yıl hapis cezası aldı.", [5]),          # the count beside a sentence is read
    ("12 persone sono state condannate a 5 anni.", [12]),
    ("Zwei 15-Jährige wurden festgenommen.", [2]),     # the number before the age still counts
])
def test_ages_hyphened_to_numbers_and_counts_beside_durations(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("事故造成一万二千人受灾。", [12000]),   # 万 multiplies all before it
    ("约两千名难民抵达。", [2000]),          # liang before a scale
    ("地震造成3万人无家可归。", [30000]),    # a scale after digits
    ("六十三人受伤。", [63]),
    ("一百二十人被捕。", [120]),
    ("十人死亡。", [10]),                    # a scale alone counts once
])
def test_chinese_numerals_are_read_from_their_data_file(text, expected):
    assert values(text) == expected


def test_one_reader_of_the_counter_table():
    from helpers import lexicon
    from helpers.people_counters import counter_after, counter_words
    words = counter_words()
    table = lexicon.table("people_counters")
    assert set(words.glued) == set(table.loc[table["position"] == "glued", "term"])
    assert set(words.before) == set(table.loc[table["position"] == "before", "term"])
    numerals = lexicon.table("cjk_numerals")
    assert {**words.digits, **words.scales} == dict(zip(numerals["term"],
                                                        numerals["value"].astype(int),
                                                        strict=True))
    assert counter_after("名难民") == ("名", 1) and counter_after("人口") is None


@pytest.mark.parametrize("text, expected", [
    ("32 osoby ranne – aż 19 z nich w ciężkim stanie.", [32, 19]),            # Polish
    ("Ao todo, 34 pessoas tiveram ferimentos. Catorze delas em estado grave.", [34, 14]),
    ("Au fost 29 de persoane implicate, 17 dintre acestea având nevoie de îngrijiri.", [29, 17]),
    ("A balesetben 40 ember sérült meg, 19 közülük súlyosan.", [40, 19]),     # Hungarian
    ("Sono morti 12 migranti, 3 di loro bambini.", [12, 3]),                  # Italian
    ("Totalt 40 personer skadades, 12 av dem allvarligt.", [40, 12]),         # Swedish
    ("Загинули 12 людей, 3 з них діти.", [12, 3]),                            # Ukrainian
    ("Seramai 40 orang cedera, 12 daripada mereka parah.", [40, 12]),         # Malay
    ("12 people were killed, 3 of them children.", [12, 3]),                  # as before
])
def test_of_them_after_a_number_in_more_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("11 yolcusu ile giden otobüs devrildi.", [11]),             # Turkish possessive "its"
    ("Başsavcılık, 2 savcının görevlendirildiğini açıkladı.", [2]),  # possessive + genitive
    ("5 genç yaralandı.", [5]),                                  # Turkish young people
    ("Dois jovens de 19 anos morreram.", [2]),                   # young people, not the age
    ("Sunt 14 decedati.", [14]),                                 # Romanian without diacritics
    ("14 români au murit într-un accident.", [14]),             # a demonym as the noun
    ("Itsemurhan teki 51 nuorta.", [51]),                        # Finnish partitive
    ("Két fiatal meghalt.", [2]),                                # Hungarian
    ("Dwóch chłopców zginęło.", [2]),                           # Polish genitive
    ("Polis 12 silah ele geçirdi.", []),                         # weapons, no people
])
def test_people_nouns_of_more_languages_and_turkish_possessives(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zginęło 12 osób, a 32 zostały ranne.", [12, 32]),
    ("5 persoane au decedat, iar alte două au fost rănite.", [5, 2]),
    ("Drei Menschen starben, zwei weitere wurden verletzt.", [3, 2]),
    ("Drei Menschen starben, zwei weitere Autos brannten.", [3]),   # others that are things
    ("A balesetben 12 ember meghalt, 30 megsérült.", [12, 30]),
    ("Onnettomuudessa kuoli 23 henkilöä ja 14 loukkaantui.", [23, 14]),
    ("Olyckan krävde 5 människor och 12 skadades.", [5, 12]),
    ("5 persoane au murit; în 2019 au fost 3 accidente.", [5]),      # a year, then things
])
def test_counts_with_the_noun_left_out_before_a_verb_in_more_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Alls létust 12 manns í slysinu.", [12]),                     # Icelandic
    ("Tveir menn voru handteknir.", [2]),
    ("Уапсени се двајца мажи.", [2]),                               # Macedonian
    ("Στο δυστύχημα σκοτώθηκαν δώδεκα άνθρωποι.", [12]),           # Greek spelled
    ("پولیس نے 5 ملزمان کو گرفتار کر لیا۔", [5]),                    # Urdu
    ("پلیس ۵ متهم را بازداشت کرد.", [5]),                            # Persian
    ("पुलिस ने 5 आरोपियों को गिरफ्तार किया।", [5]),                    # Hindi
    ("दुर्घटनामा १२ जनाको मृत्यु भएको छ।", [12]),                      # Nepali
    ("په پېښه کې ۱۲ تنه ووژل شول.", [12]),                            # Pashto
    ("Labindalawang katao ang nasawi sa aksidente.", [12]),         # Tagalog
    ("Seramai 12 mangsa maut dalam kemalangan itu.", [12]),         # Malay
    ("Polisi wamewakamata watuhumiwa watano.", [5]),                # Swahili, noun first
    ("V nesreči je umrlo dvanajst ljudi.", [12]),                   # Slovenian
    ("Poliisi pidätti viisi epäiltyä.", [5]),                       # Finnish
    ("Polisen grep fem misstänkta.", [5]),                          # Swedish
    ("A polícia prendeu cinco suspeitos.", [5]),                    # Portuguese
    ("The pet owners met.", []),                                    # 'pet' is no number here
])
def test_counts_in_more_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Od 1500 do 3000 osób wyjechało.",                 # Polish "from ... to"
    "Od 1.500 do 3.000 ljudi je otišlo.",              # Serbian
    "Între 1.500 și 3.000 de persoane au plecat.",     # Romanian "between ... and"
    "Mellan 1 500 och 3 000 personer har rest.",       # Swedish
    "۱۵۰۰ تا ۳۰۰۰ نفر رفتند.",                          # Persian
    "1500 से 3000 लोग गए।",                              # Hindi
    "Khoảng 1.500 đến 3.000 người đã rời đi.",         # Vietnamese
    "1,500 to 3,000 people have left.",                # as before
])
def test_ranges_in_more_languages(text):
    rows = figures_in(text)
    assert [(r["low"], r["high"]) for r in rows] == [(1500, 3000)]


@pytest.mark.parametrize("text, expected", [
    ("Die Polizei hat vier Männer festgenommen.", [4]),          # German 'hat' is no line
    ("Arresto convalidato per 12 persone.", [12]),               # Italian 'per' is 'for'
    ("Il 45 per cento degli italiani è favorevole.", []),         # 'per cento': no hundred
    ("Cento migranti sono arrivati.", [100]),                     # a hundred still counts
    ("Ligue 1 players went on strike.", []),                      # a name with a number
    ("Formula 1 drivers protested.", []),
    ("Line 4 commuters were delayed.", []),
    ("Up to 40 people per room.", [40]),                          # the count before 'per'
])
def test_percent_phrases_and_names_with_numbers(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Liczba ofiar wzrosła do 12.",                       # Polish
    "Numărul morților a crescut la 12.",                 # Romanian
    "Broj poginulih porastao je na 12.",                 # Serbian
    "Počet obětí stoupl na 12.",                         # Czech
    "Antalet döda har stigit till 12.",                  # Swedish
    "Jumlah korban meninggal menjadi 12.",               # Indonesian
    "Idadi ya waliofariki imefikia 12.",                 # Swahili
    "Ο αριθμός των νεκρών αυξήθηκε σε 12.",              # Greek
    "Il bilancio delle vittime è salito a 12.",          # Italian
])
def test_the_number_of_the_dead_rose_to_n_in_more_languages(text):
    assert values(text) == [12]


@pytest.mark.parametrize("text", [
    "Liczba wypadków wzrosła do 12.",                    # the number of accidents: no people
    "Numărul accidentelor a crescut la 12.",
])
def test_the_number_of_things_rose_to_n_counts_no_people(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Hơn 200 hộ dân phải sơ tán.", []),                           # Vietnamese households
    ("Có 5 nhân viên bị thương.", [5]),                            # two-syllable nouns
    ("Cảnh sát bắt giữ 7 nghi phạm.", [7]),
    ("Ít nhất 20 công nhân mắc kẹt.", [20]),
    ("৫০০ রোহিঙ্গা শরণার্থী পৌঁছেছে।", [500]),                      # Bengali
    ("پولیس نے 7 دہشت گردوں کو گرفتار کیا۔", [7]),                 # Urdu two-word noun
    ("پلیس ۷ تروریست را دستگیر کرد.", [7]),                         # Persian
    ("Nasugatan ang 25 pasahero.", [25]),                          # Tagalog
    ("25 घायलों को अस्पताल भेजा गया।", [25]),                         # Hindi oblique
    ("Mahigit 200 pamilya ang inilikas.", []),                     # families: not listed
])
def test_people_nouns_of_south_and_southeast_asia(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zatrzymano 12 osób w wieku 18 lat.", [12]),                   # Polish "aged"
    ("Задержаны 12 человек в возрасте 18 лет.", [12]),               # Russian
    ("Les 12 migrants, âgés de 15 ans, sont arrivés.", [12]),       # French
    ("Polisi menangkap 12 pemuda berusia 18 tahun.", [12]),         # Indonesian "aged"
    ("The boys, aged 12, were found.", []),
])
def test_age_words_of_more_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hai người đã thiệt mạng.", [2]),              # Vietnamese
    ("Năm 2015, 3 người chết.", [3]),               # 'năm' as 'year' is no five
    ("Двама мъже са задържани.", [2]),              # Bulgarian numeral of men
    ("Задържани са трима.", [3]),                   # ... counting by itself
    ("دو افراد ہلاک ہو گئے۔", [2]),                  # Urdu
    ("দুই জন নিহত হয়েছেন।", [2]),                    # Bengali
    ("Fyra personer greps.", [4]),                  # Swedish
    ("Седум лица се повредени.", [7]),              # Macedonian
])
def test_spelled_numbers_of_more_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Policja zbadała 30 wypadków, 12 z nich śmiertelnych.", []),   # of them: the accidents
    ("A polícia investigou 30 casos, 12 deles fatais.", []),
    ("Au fost 30 de accidente, 12 dintre acestea mortale.", []),
    ("Zginęło 40 osób, 12 z nich to dzieci.", [40, 12]),            # of them: the people
    ("Police investigated 30 cases, 12 of them fatal.", []),        # as before
])
def test_of_them_after_a_count_of_things_counts_no_people(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Circa 300 persone sono partite, di cui 40 morte.", [300, 40]),        # Italian
    ("Otišlo je oko 300 ljudi, od kojih je 40 poginulo.", [300, 40]),      # Serbian
    ("Omkring 300 personer reste, varav 40 dog.", [300, 40]),              # Swedish
    ("Zatrzymano 12 osób, w tym 5.", [12, 5]),                             # Polish
    ("Zatrzymano 12 osób. Skonfiskowano 40 kg narkotyków, w tym 5 kg heroiny.", [12]),
    ("Sono arrivate 300 persone; il progetto costa 5 milioni, di cui 2 per la sicurezza.", [300]),
])
def test_of_whom_before_a_count_in_more_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("İki kişi tutuklandı.", [2]),          # the Turkish dotted capital I opens the sentence
    ("İKİ KİŞİ ÖLDÜ", [2]),                 # a headline in capitals
    ("Kazada iki kişi öldü.", [2]),
])
def test_turkish_number_words_with_a_dotted_capital_i(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Жители дома № 12 эвакуированы.", []),              # a number sign names a house
    ("Los vecinos del nº 12 fueron desalojados.", []),
    ("Residents of #12 were evacuated.", []),
    ("Il y a 5 personnes au n° 12, dont 3 enfants.", [5, 3]),
])
def test_a_number_after_a_number_sign_names_a_thing(text, expected):
    assert values(text) == expected
