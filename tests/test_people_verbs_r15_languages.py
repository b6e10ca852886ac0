"""A verb of people written before a count whose noun is left out, in other languages than
English (round 15, helpers/lexicon/people_verbs.csv and object_ends.csv, the blocks marked
'round 15 (rlang)'): Arabic verbal nouns of headlines ('مقتل 12 وإصابة 30', the killing of 12
and the wounding of 30), Spanish, Portuguese, Italian, Russian, Ukrainian and Indonesian verbs
('Mueren 12 en un accidente', 'Arrestati 12 in Sicilia', 'Задержаны 12 в Москве', 'Ditangkap
12 di Jakarta'); the number counts people only where the object ends after it (a punctuation
mark, the end, or a preposition or 'and' of object_ends.csv: helpers.elided_forms.object_ends).
On sentences written for these tests, each of which missed its count before the entries were
listed; and years, durations, dates and things after the same verbs, which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("مقتل 12 في هجوم على قرية.", [12]),  # Arabic
    ("مقتل 12 وإصابة 30 في انفجار.", [12, 30]),  # Arabic: 'و' (and) glued to the next word
    ("قتل 30 شخصا وأصيب 12.", [30, 12]),  # Arabic
    ("اعتقال 12 بتهمة الإرهاب.", [12]),  # Arabic
    ("وفاة 12 في حادث سير.", [12]),  # Arabic
    ("Mueren 12 en un accidente de tráfico.", [12]),  # Spanish
    ("Detienen a 12 por el atentado.", [12]),  # Spanish
    ("Morrem 12 em acidente.", [12]),  # Portuguese
    ("Arrestati 12 in Sicilia.", [12]),  # Italian
    ("Задержаны 12 в Москве.", [12]),  # Russian
    ("Погибли 12 в ДТП.", [12]),  # Russian
    ("Затримано 12 у Києві.", [12]),  # Ukrainian
    ("Ditangkap 12 di Jakarta.", [12]),  # Indonesian
])
def test_a_verb_of_people_before_a_number_makes_it_a_count(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Погибли 3 и 4 июня.", []),  # Russian: a date ('и' ends no object)
    ("Задержаны 12 лет назад.", []),  # Russian: years
    ("Detienen a 12 años de cárcel.", []),  # Spanish: years
    ("Korban tewas 12 jam kemudian.", []),  # Indonesian: hours
    ("مقتل 2015 في", []),  # Arabic: a year
    ("Police Arrest 12 Over Attack Plot", [12]),  # English, as before
])
def test_years_durations_and_dates_after_these_verbs(text, expected):
    assert values(text) == expected
