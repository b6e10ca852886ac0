"""Round 18: a four-digit number after a preposition or noun of time in more languages is a year,
never a count of people (year_context_words.csv: 'Em 2015 refugiados chegaram', 'منذ 2011'),
while the same number after words that also stand before counts stays a count ('Más de 2000
personas', 'Do 2000 osób'); and Portuguese and Catalan adjectives between a number and its people
noun (plural_adjectives.csv: '12 supostos terroristas', '40 altres persones'). Sentences written
for these tests in the manner of news reports."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text", [
    "Em 2015 refugiados chegaram à Grécia.",          # Portuguese
    "Desde 2011 migrantes cruzaram o mar.",
    "En 2015 nuevos refugiados llegaron.",            # Spanish
    "Nel 2015 i migranti sono arrivati.",             # Italian
    "Vuonna 2015 pakolaiset saapuivat.",              # Finnish
    "W 2015 r. uchodźcy przybyli.",                   # Polish
    "În 2015 migranții au sosit.",                    # Romanian
    "منذ 2011 لاجئين وصلوا.",                         # Arabic
    "Το 2015 μετανάστες έφτασαν.",                    # Greek
    "Pada 2018 pengungsi tiba.",                      # Indonesian
])
def test_years_after_prepositions_of_more_languages(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Más de 2000 personas murieron.", [2000]),
    ("Do 2000 osób zginęło.", [2000]),
    ("Il naufragio di 2000 migranti.", [2000]),
    ("Sono i 2000 migranti arrivati ieri.", [2000]),
    ("A polícia prendeu 12 supostos terroristas.", [12]),
    ("Chegaram 20 novos refugiados.", [20]),
    ("Van morir 40 altres persones.", [40]),
])
def test_counts_stay_counts(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    # Russian and Ukrainian write a count of thousands without a separator, so 'в' and 'у'
    # (Spanish 'en 2.000 personas' has one: 'en' stays a year's word)
    "Полиция оценила толпу в 2000 человек.",
    "Поліція оцінила натовп у 2000 осіб.",
])
def test_words_that_also_stand_before_a_count_make_no_year(text):
    assert values(text) == [2000]
