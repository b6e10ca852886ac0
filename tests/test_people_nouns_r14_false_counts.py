"""Round 14's people nouns and number words that also name things, or mean something else, and so
made counts of no one (review of round 14, fixC): sentences written for these tests, in which no
people are counted."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


# words for the dead, injured, rescued or missing that are also said of things or animals:
# they count only where their phrase ends ('3 sérült.'), not before a noun ('3 sérült autó')
@pytest.mark.parametrize("text", [
    "Policija ima letos 12 rešenih primerov vlomov.",        # Slovenian: solved cases
    "Во невремето има 12 повредени куќи.",                   # Macedonian: damaged houses
    "Полицията откри 3 изчезнали картини.",                  # Bulgarian: missing paintings
    "В приюта има 30 спасени кучета.",                       # Bulgarian: rescued dogs
    "A rendőrség 3 eltűnt festményt keres.",                 # Hungarian: missing paintings
    "A 20 halott ponty a tóban úszott.",                     # Hungarian: dead carp
    "გზაზე 3 დაშავებული მანქანა დარჩა.",                     # Georgian: damaged cars
    "Polícia hľadá 5 nezvestných dokumentov.",               # Slovak: missing documents
    "W schronisku jest 3 uratowanych psów.",                 # Polish: rescued dogs
    "Au fost 3 câini salvați și duși la adăpost.",           # Romanian: rescued dogs
    "सडकमा ५ बेपत्ता गाडी भेटिए।",                              # Nepali: missing vehicles
    "নদীতে ৩ নিখোঁজ নৌকা পাওয়া গেছে।",                          # Bengali: missing boats
    "پلیس ۵ کالای مفقود را پیدا کرد.",                        # Persian: missing goods
    "V jezeru je 12 mrtvih rib.",                            # Slovenian: dead fish
    "Našli su 12 spašenih pasa u skloništu.",               # Bosnian: rescued dogs
    "Policija je našla 4 pogrešanih slik.",                  # Slovenian: missing paintings
    "მაგიდაზე 3 დაჭრილი ვაშლი დევს.",                       # Georgian: cut apples
    "Merepõhjas on kolm hukkunut laeva.",                    # Estonian: wrecked ships
])
def test_states_of_things_count_no_one(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Bilanțul: 3 morți, 12 răniți și 40 salvați.", [3, 12, 40]),
    ("Tömegbaleset az autópályán: 3 halott.", [3]),
    ("Ratownicy odnaleźli 12 uratowanych.", [12]),
    ("Õnnetuses oli 12 hukkunut.", [12]),
])
def test_those_states_still_count_where_their_phrase_ends(text, expected):
    assert values(text) == expected


# Persian modifiers follow their noun ('ایستگاه پلیس', police station), and 'مرد' (man) is also
# the verb 'died'; Nepali 'प्रहरी' (police) also stands before the noun it qualifies ('प्रहरी चौकी',
# police post): left out
@pytest.mark.parametrize("text", [
    "۲۷ کشور عضو اتحادیه اروپا در این نشست شرکت کردند.",   # member countries
    "۳ ایستگاه پلیس آتش گرفت.",                             # police stations
    "۱۰ خودروی پلیس در محل بودند.",                          # police cars
    "با شماره ۱۱۰ پلیس تماس بگیرید.",                        # the police number
    "ارتش ۳ پایگاه نظامی را تخلیه کرد.",                     # military bases
    "او در سال ۱۳۷۰ مرد.",                                   # he died in 1370
    "پدربزرگم در ۱۹۹۰ مرد.",                                 # my grandfather died in 1990
    "माओवादीले ४ प्रहरी चौकी जलाए।",                           # police posts
])
def test_persian_and_nepali_modifiers_and_verbs_count_no_one(text):
    assert values(text) == []


# Vietnamese 'binh' (soldier, the last syllable of 'chiến binh') is also the first syllable of
# words for weapons and army units: right after a number it is passed over
@pytest.mark.parametrize("text", [
    "Bảo tàng trưng bày 12 binh khí cổ.",       # weapons
    "Quân đội có 3 binh đoàn.",                 # army corps
    "Lục quân gồm 5 binh chủng.",               # arms of service
])
def test_vietnamese_binh_of_weapons_and_units_counts_no_one(text):
    assert values(text) == []


def test_vietnamese_soldiers_still_count():
    assert values("Khoảng 200 chiến binh IS đã trở về Tây Ban Nha.") == [200]
    assert values("Tây Ban Nha có khoảng 200 chiến binh.") == [200]
    assert values("Có 30 binh sĩ bị thương.") == [30]


# Hungarian false friends: 'tiszt' (officer) + possessive 'a' makes 'tiszta' (clean; the
# possessive is 'tisztje'); 'nő' (woman) is also 'grows'; 'felnőtt' (adult) is also 'grown'
@pytest.mark.parametrize("text", [
    "A boltban 3 tiszta inget vettem.",          # clean shirts
    "A gazdaság 3 százalékkal nő.",              # the economy grows by 3 percent
    "Az árak 5 százalékkal nőnek.",              # prices grow by 5 percent
    "12 felnőtt fát vágtak ki.",                 # grown trees
])
def test_hungarian_false_friends_count_no_one(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("A parti őrség két tisztje is megsérült.", [2]),
    ("A tengerből 11 férfi és három nő holttestét emelték ki.", [11, 3]),
    ("A buszon 30 gyerek és 12 felnőtt.", [30, 12]),
])
def test_those_hungarian_nouns_still_count(text, expected):
    assert values(text) == expected


def test_estonian_took_is_no_number():
    # Estonian 'viis' (five) is also 'took': left out of number_words.csv
    assert values("Politsei viis kaks inimest kinni.") == [2]
    assert values("Päästjad viisid kolm inimest haiglasse.") == [3]


def test_macedonian_besides_is_no_number():
    # Belarusian 'сем' (seven) is Macedonian 'besides': left out of number_words.csv
    assert values("Сем полицајци, во акцијата учествуваа и војници.") == []
    assert values("Сем тројца полицајци, повредени се и 5 граѓани.") == [3, 5]
