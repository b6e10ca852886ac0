"""The review of round 15's count lists (REVIEW_r15.md, 1b), on the reviewer's sentences and
sentences written like them: a verb of people before a number whose object does not end there, a
percentage (Arabic 'في المئة', Italian 'per cento'), a rate ('em cada', 'en cada', 'por cada':
object_ends.csv), the first of two days ('12 e 13 luglio', '12 y 4 de junio':
helpers.elided_forms.object_ends); Italian 'fermati' (stopped, of trains and works too) is no verb
of people (people_verbs.csv)."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text", [
    "وفاة 12 في المئة من المرضى.",
    "بلغت نسبة وفاة 12 في المئة من المرضى.",
    "إصابة 30 في المئة من السكان بالفيروس.",
    "قتل 12 في المائة من الجنود في المعركة.",
    "Muoiono 12 per cento dei pazienti.",
    "Fermati 12 e 13 luglio i treni regionali.",
    "Arrestati 12 e 13 luglio a Palermo.",  # the days of the arrests, no count
    "Mueren 12 y 4 de junio.",
])
def test_percentage_or_day_after_a_verb_of_people(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Morrem 12 em cada 100 pacientes.", [100]),  # a rate: the 100 patients, not 12 dead
    ("Mueren 12 en cada 100 pacientes.", [100]),
    ("Mueren 12 por cada 100 pacientes.", [100]),
    # the object still ends at the number
    ("مقتل 12 في هجوم على قرية.", [12]),
    ("Morrem 12 em acidente.", [12]),
    ("Mueren 12 en un accidente.", [12]),
    ("Arrestati 12 in Sicilia.", [12]),
    ("Arrestati 12 e 30 chili di cocaina sequestrati.", [12]),
])
def test_rate_after_a_verb_of_people(text, expected):
    assert values(text) == expected
