"""Deaths as a count of the dead (round 17, block 'deaths' of
helpers/lexicon/people_nouns_abroad.csv): as English 'deaths', French 'décès' and Spanish
'muertes' already counted the dead, Portuguese 'mortes', German 'Todesfälle', Czech 'úmrtí',
Romanian 'decese', Greek 'θάνατοι', Swedish 'dödsfall', Indonesian 'kematian', Hungarian
'haláleset' and Finnish 'kuolemantapausta' do. Each sentence was written for this test in the
manner of a news report and missed its count before the entries were listed; the sentences after
them hold the same words without a count of people and must stay without one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("O ministro disse que já chega a 350 o número de mortes no país.", [350]),  # Portuguese
    ("Bisher gab es 12 Todesfälle.", [12]),  # German
    ("Dosud bylo hlášeno 12 úmrtí.", [12]),  # Czech
    ("S-au înregistrat 12 decese.", [12]),  # Romanian
    ("Καταγράφηκαν 12 θάνατοι.", [12]),  # Greek
    ("Hittills har 12 dödsfall rapporterats.", [12]),  # Swedish
    ("Tercatat 12 kematian akibat banjir.", [12]),  # Indonesian
    ("Eddig 12 haláleset történt.", [12]),  # Hungarian
    ("Tähän mennessä on raportoitu 12 kuolemantapausta.", [12]),  # Finnish
])
def test_deaths_count_the_dead(text: str, expected: list[float]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Die Zahl der Todesfälle stieg im Jahr 2019.",  # German: a year, no count
    "A taxa de mortes caiu 12 por cento.",  # Portuguese: a percentage
])
def test_deaths_words_beside_other_numbers_count_no_one(text: str) -> None:
    assert values(text) == []
