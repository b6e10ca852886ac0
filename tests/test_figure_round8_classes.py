"""Counts of people by class, round 8 (issue 12, point 5): protest, trial and rescue nouns of
several languages, a scale word glued to its digits ("3mila"), and the Spanish number "dos" that
is the Portuguese "of the". Sentences written for these tests in the manner of news reports
(none is a seed's or a real page's), each class with near misses."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def read(text: str) -> list[tuple]:
    return [(f["value"], f["population"]) for f in figures_in(text)]


# --- people nouns of protests, trials, rescues ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Volgens de politie liepen 12.000 demonstranten mee.", [(12000, "demonstranten")]),
    ("Er waren ongeveer 800 betogers en 40 deelnemers van buiten de stad.",
     [(800, "betogers"), (40, "deelnemers")]),
    ("Laut Polizei kamen 3000 Demonstranten und 150 Teilnehmerinnen.",
     [(3000, "Demonstranten"), (150, "Teilnehmerinnen")]),
    ("Selon les syndicats, 45 000 manifestants ont défilé.", [(45000, "manifestants")]),
    ("Unos 2.000 manifestantes marcharon hasta la plaza.", [(2000, "manifestantes")]),
    ("In piazza 5000 manifestanti e 300 partecipanti al sit-in.",
     [(5000, "manifestanti"), (300, "partecipanti")]),
    ("Около 700 демонстрантов собрались у здания.", [(700, "демонстрантов")]),
    ("Sekitar 400 demonstran dan 20 peserta aksi berkumpul.", [(400, "demonstran"),
                                                               (20, "peserta")]),
    ("Meydanda 2 bin gösterici toplandı.", [(2000, "gösterici")]),
])
def test_protest_nouns_of_several_languages(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("O processo tem nove arguidos e dois réus já condenados.", [(9, "arguidos"), (2, "réus")]),
    ("Nell'elenco ci sono 500 prigionieri e 12 ostaggi.", [(500, "prigionieri"),
                                                          (12, "ostaggi")]),
    ("Das Beben forderte 23 Todesopfer.", [(23, "Todesopfer")]),
    ("Ранее сообщалось о 12 пропавших, помощь оказана 90 человекам.",
     [(12, "пропавших"), (90, "человекам")]),
    ("Ada lima tokoh yang ditangkap.", []),  # "lima" alone is no number (Lima)
    ("Ada tujuh tokoh IS asal Jawa.", [(7, "tokoh")]),
    ("A cheia deixou 14 vítimas e 60 resgatados.", [(14, "vítimas"), (60, "resgatados")]),
])
def test_trial_disaster_and_rescue_nouns(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Der Prozess dauerte 40 Verhandlungstage mit 3 Teilnahmen.",
    "Il corteo ha percorso 5 chilometri in 3 ore.",
    "Bu yıl 12 gösteri yapıldı.",
    "Всего проведено 14 демонстраций.",
])
def test_protest_near_misses_count_no_one(text):
    assert read(text) == []


# --- a scale word glued to the digits ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sono più di 3mila i foreign fighters partiti dall'Europa.", [3000]),
    ("Vennero identificati 12mila combattenti e 2,5mila donne.", [12000, 2500]),
    ("Il bilancio sale a 29mila sfollati.", [29000]),
])
def test_a_scale_word_glued_to_its_digits(text, expected):
    assert [f["value"] for f in figures_in(text)] == expected


def test_glued_letters_that_are_no_scale_count_no_one():
    assert read("La 3a compagnia e il 5km di corsa: 40 persone.") == [(40, "persone")]


# --- Spanish "dos" (two) is the Portuguese "of the" ----------------------------------------------

@pytest.mark.parametrize("text", [
    "O julgamento dos terroristas começa esta terça-feira.",
    "Um dos detidos foi libertado.",
    "A maioria dos migrantes não tinha documentos.",
    "A polícia ouviu os pais dos jovens em Lisboa.",
])
def test_portuguese_dos_is_no_number(text):
    assert read(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Murieron dos migrantes y otros tres resultaron heridos.", [2, 3]),
    ("Los dos detenidos pasaron a disposición judicial.", [2]),
    ("Foram detidos dois homens e duas mulheres.", [2, 2]),
])
def test_spanish_dos_and_portuguese_dois_still_count(text, expected):
    assert [f["value"] for f in figures_in(text)] == expected
