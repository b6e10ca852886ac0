"""Spelled numbers of the Slavic languages (round 15, helpers/lexicon/number_words.csv, the block
marked 'round 15 (rlang): ... Slavic languages'): 11 to 19, the tens, the hundreds and the case
forms that news reports print before a people noun ('dwunastu', 'dvanácti', 'двохсот'), in
Polish, Czech, Slovak, Bosnian / Croatian / Serbian, Slovenian, Bulgarian, Macedonian and
Ukrainian; on sentences written for these tests, each of which missed its count before the
entries were listed; and spelled numbers of years, money, distances, shares and houses in the
same languages, which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Dwanaście osób zginęło w wypadku.", [12]),  # Polish
    ("Ponad trzydziestu migrantów uratowano.", [30]),  # Polish (genitive)
    ("Około dwustu osób ewakuowano.", [200]),  # Polish (genitive)
    ("Policja zatrzymała dwieście trzydzieści osób.", [230]),  # Polish, hundreds and tens
    ("Dvanáct lidí zemřelo.", [12]),  # Czech
    ("Zhruba dvě stě lidí bylo evakuováno.", [200]),  # Czech 'stě' after two
    ("Policie zadržela patnáct podezřelých.", [15]),  # Czech
    ("Dvanásť ľudí zomrelo.", [12]),  # Slovak
    ("Viac ako tridsať migrantov zachránili.", [30]),  # Slovak
    ("Najmenej štyridsať ľudí zomrelo.", [40]),  # Slovak
    ("Oko dvjesto ljudi je evakuirano.", [200]),  # Croatian
    ("Evakuisano je oko petsto ljudi.", [500]),  # Bosnian
    ("Најмање шеснаест људи је погинуло.", [16]),  # Serbian (Cyrillic)
    ("Najmanj štirideset ljudi je umrlo.", [40]),  # Slovenian
    ("Sedemnajst ljudi je bilo ranjenih.", [17]),  # Slovenian
    ("Дванадесет души загинаха.", [12]),  # Bulgarian
    ("Около петстотин души бяха евакуирани.", [500]),  # Bulgarian
    ("Најмалку четириесет луѓе загинаа.", [40]),  # Macedonian
    ("Близько двохсот людей евакуйовано.", [200]),  # Ukrainian (genitive)
    ("Евакуювали близько п'ятисот людей.", [500]),  # Ukrainian (genitive)
])
def test_spelled_counts_of_people_in_slavic_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Mężczyzna miał czterdzieści lat i zapłacił trzysta złotych.",  # Polish: age, money
    "Powódź zniszczyła dwieście domów w piętnastu wsiach.",  # Polish: houses, villages
    "Bylo mu čtyřicet let a ujel dvanáct kilometrů.",  # Czech: age, distance
    "Cena vzrástla o pätnásť percent.",  # Slovak: percent
    "Poplava je uništila dvjesto kuća.",  # Croatian: houses
    "Има четиринадесет години опит и спечели петстотин лева.",  # Bulgarian: years, money
    "Він проїхав п'ятдесят кілометрів.",  # Ukrainian: distance
])
def test_spelled_numbers_of_things_count_no_one(text):
    assert values(text) == []
