"""Counts of people (issue 12, point 5), round 20, on sentences written for these tests in the
manner of news reports in English, French, Spanish, Portuguese, Italian, German, Dutch and
Turkish: relative partitives that pick a count out of a group named before them ("de los cuales
dos", "diciannove dei quali", "van wie drie", "von denen drei"), each also after a count of
things, where it names no people."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


# --- relative partitives: "of whom N" before the count, "N of whom" after it ------------------

@pytest.mark.parametrize("text, expected", [
    ("Hay cuatro menores de edad, de los cuales dos permanecen en terapia intensiva.", [4, 2]),
    ("Resultaron heridas 30 personas, entre las cuales 5 niños.", [30, 5]),         # Spanish
    ("Viajaban 40 migrantes, dos de los cuales murieron en el trayecto.", [40, 2]),
    ("Sono sbarcati 22 minori, diciannove dei quali non accompagnati.", [22, 19]),  # Italian
    ("Sulla barca viaggiavano 48 migranti, dei quali 45 tratti in salvo.", [48, 45]),
    ("Houve 22 feridos, entre os quais dois bebés.", [22, 2]),                      # Portuguese
    ("Foram resgatadas 30 pessoas, das quais 4 crianças.", [30, 4]),
    ("Houve 22 feridos, dois dos quais em estado grave.", [22, 2]),
    ("De politie hield twaalf mannen aan, van wie drie weer vrij zijn.", [12, 3]),  # Dutch
    ("Er werden 40 mensen gered, waarvan twee zwaargewond.", [40, 2]),
    ("Die Polizei nahm zwölf Männer fest, von denen drei wieder frei sind.", [12, 3]),  # German
    ("Au total 302 djihadistes sont rentrés, parmi lesquels 58 ont été jugés.", [302, 58]),
])
def test_relative_partitive_counts_people_of_the_group_before(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "El hospital tiene 40 camas, de las cuales dos están libres.",
    "Il costo è di 5 milioni, tre dei quali pagati dallo Stato.",
    "Die Firma hat 30 Filialen, von denen drei schließen.",
    "Het bedrijf heeft 30 winkels, waarvan twee dichtgaan.",
    "A empresa tem 30 lojas, das quais 4 fecharam.",
])
def test_relative_partitive_after_things_counts_no_people(text):
    assert values(text) == []


# --- nouns of migrant-smuggling news: stowaways, smugglers, occupants, people held ------------

@pytest.mark.parametrize("text, expected", [
    ("Bij een grenscontrole zijn zes verstekelingen ontdekt in een vrachtwagen.", [6]),  # Dutch
    ("De elf verstekelingen zijn meegenomen naar een politiebureau.", [11]),
    ("De zes inklimmers zijn aangehouden.", [6]),
    ("De marechaussee trof 47 illegalen aan in een trailer.", [47]),
    ("Er zijn twee mensensmokkelaars aangehouden.", [2]),
    ("Bij het ongeluk raakten drie inzittenden gewond.", [3]),
    ("Eén verdachte is aangehouden, de politie zoekt nog twee verdachten.", [1, 2]),
    ("Die Bundespolizei nahm zwei Schleuser fest.", [2]),                               # German
    ("La gendarmerie a interpellé trois passeurs.", [3]),                               # French
    ("Il y avait 30 clandestins à bord du camion.", [30]),
    ("La Guardia Civil encontró a tres polizones en el barco.", [3]),                  # Spanish
    ("A polícia prendeu cinco traficantes na fronteira.", [5]),                         # Portuguese
    ("La polizia ha fermato due scafisti.", [2]),                                       # Italian
    ("Jandarma 12 organizatör yakaladı.", [12]),                                        # Turkish
    ("Yakalanan 69 organizatörden 47’si tutuklandı.", [69, 47]),
    ("Sbarco a Pozzallo: a terra anche 19 minorenni", [19]),                           # Italian
    ("La motovedetta ha soccorso 40 extracomunitari.", [40]),
    ("Tutti e quattro gli occupanti dell'auto sono rimasti feriti.", [4]),
    ("Trois secouristes ont été blessés pendant l'opération.", [3]),                   # French
    ("La Guardia Civil desplegó 200 efectivos en la zona.", [200]),                     # Spanish
    ("El vuelo trajo a 150 repatriados desde Libia.", [150]),
    ("Italien hat mehr als 900 Bootsflüchtlinge gerettet.", [900]),                    # German
    ("Die Polizei nahm zwei Tatverdächtige fest.", [2]),
    ("Alle twaalf bemanningsleden zijn gered.", [12]),                                 # Dutch
])
def test_nouns_of_migrant_smuggling_news_count_people(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Er is één ding zeker: de grens blijft dicht.",                 # 'één' before a thing
    "Het kabinet trekt één miljoen euro uit voor de opvang.",        # 'één' before a scale of money
    "De vrachtwagen had één trailer en twee assen.",
])
def test_dutch_een_with_accents_counts_no_things(text):
    assert values(text) == []


# --- a place in the locative right after a number counts places, not the people after it -----

@pytest.mark.parametrize("text, expected", [
    ("Bakan, 81 ilde göçmen kaçakçılığı organizatörleri ve düzensiz göçe yönelik denetimlerde "
     "29 organizatör yakalandığını açıkladı.", [29]),
    ("Jandarma 26 ilde göçmen kaçakçılarına operasyon düzenledi.", []),
    ("Operasyonlar 3 ilçede şüphelilere yönelik yapıldı.", []),
    ("Ermənistan 5 rayonda sakinləri təxliyə etdi.", []),
    ("İstanbul merkezli 3 ilde 147 kişi gözaltına alındı.", [147]),   # the count after it stays
])
def test_place_in_the_locative_after_a_number_counts_no_people(text, expected):
    assert values(text) == expected
