"""Spelled numbers of Southern and South-Eastern Europe (round 15,
helpers/lexicon/number_words.csv, the block marked 'round 15 (rlang): feminine hundreds of
Spanish and Portuguese ...'): the feminine hundreds that agree with 'personas' / 'pessoas', and
Romanian, Greek and Albanian 11 to 19, tens and hundreds (Greek in its three genders:
'διακόσιοι άνθρωποι', 'διακόσιες γυναίκες'); on sentences written for these tests, each of
which missed its count before the entries were listed; and spelled numbers of years, money,
distances and houses in the same languages, which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Unas doscientas personas fueron evacuadas.", [200]),  # Spanish (feminine)
    ("La policía detuvo a quinientas personas.", [500]),  # Spanish
    ("Cerca de duzentas pessoas foram retiradas.", [200]),  # Portuguese (feminine)
    ("Mais de trezentas pessoas ficaram desalojadas.", [300]),  # Portuguese
    ("Douăsprezece persoane au murit.", [12]),  # Romanian
    ("Aproximativ două sute de persoane au fost evacuate.", [200]),  # Romanian
    ("Poliția a reținut șaizeci de persoane.", [60]),  # Romanian
    ("Περίπου διακόσιοι άνθρωποι απομακρύνθηκαν.", [200]),  # Greek
    ("Δεκαπέντε μετανάστες διασώθηκαν.", [15]),  # Greek
    ("Συνελήφθησαν εξήντα άτομα.", [60]),  # Greek
    ("Mbi tridhjetë emigrantë u shpëtuan.", [30]),  # Albanian
    ("Të paktën dyzet njerëz vdiqën.", [40]),  # Albanian
    ("Policia arrestoi pesëmbëdhjetë persona.", [15]),  # Albanian
])
def test_spelled_counts_of_people_in_southern_europe(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "La casa costó doscientas mil pesetas hace cuarenta años.",  # Spanish: money, years
    "A obra custou trezentas mil coroas.",  # Portuguese: money
    "Bărbatul de patruzeci de ani a condus două sute de kilometri.",  # Romanian: age, distance
    "Η φωτιά έκαψε διακόσια σπίτια σε εξήντα χιλιόμετρα.",  # Greek: houses, distance
    "Ai ka pesëmbëdhjetë vjet përvojë dhe fitoi dyqind euro.",  # Albanian: years, money
])
def test_spelled_numbers_of_things_count_no_one(text):
    assert values(text) == []
