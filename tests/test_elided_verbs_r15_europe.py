"""Counts whose noun is left out, after a count of people in the same sentence, with the common
verbs of arrest, release, rescue, hospital and disappearance of European languages (round 15,
helpers/lexicon/elided_past_tenses.csv, the block marked 'round 15 (rlang, Europe)'):
Portuguese 'foram', Dutch 'raakten', Russian and Ukrainian short participles ('12
госпитализированы'), Swedish, Finnish and Greek past tenses, the Bosnian / Croatian / Serbian /
Slovenian 'ih je' (of them is) and Hungarian verbs of going missing and coming home. On
sentences written for these tests, each of which missed its second count before the entries
were listed; and numbers of years, shares and things after the same verbs, which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("30 pessoas foram presas e 12 foram libertadas.", [30, 12]),  # Portuguese
    ("30 migrantes foram resgatados e 12 permanecem internados.", [30, 12]),  # Portuguese
    ("30 mensen kwamen om en 12 raakten gewond.", [30, 12]),  # Dutch
    ("30 человек задержаны, 12 отпущены.", [30, 12]),  # Russian
    ("Пострадали 30 человек, 12 госпитализированы.", [30, 12]),  # Russian
    ("Постраждали 30 людей, 12 госпіталізовані.", [30, 12]),  # Ukrainian
    ("30 personer greps och 12 släpptes.", [30, 12]),  # Swedish
    ("30 personer omkom och 12 saknas.", [30, 12]),  # Swedish
    ("30 ihmistä pidätettiin, 12 vapautettiin.", [30, 12]),  # Finnish
    ("30 ihmistä kuoli ja 12 haavoittui.", [30, 12]),  # Finnish
    ("30 άτομα συνελήφθησαν και 12 αφέθηκαν ελεύθεροι.", [30, 12]),  # Greek
    ("30 μετανάστες διασώθηκαν, 12 αγνοούνται.", [30, 12]),  # Greek
    ("30 osoba je poginulo, a 12 ih je ozlijeđeno.", [30, 12]),  # Croatian
    ("30 migráns érkezett, és 12 hazatért.", [30, 12]),  # Hungarian
])
def test_elided_counts_after_verbs_of_european_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Em 2017 30 pessoas foram presas; em 2018 foram 12.", [30]),  # Portuguese: a year
    ("30 pessoas foram presas e 12 casas foram destruídas.", [30]),  # Portuguese: houses
    ("Пострадали 30 человек, 12 домов разрушены.", [30]),  # Russian: houses
    ("30 personer greps och 12 bilar saknas.", [30]),  # Swedish: cars
    ("Das Feuer zerstörte 12 Häuser; 30 wurden beschädigt.", []),  # German: no people before
    ("Η φωτιά έκαψε 30 σπίτια και 12 αυτοκίνητα.", []),  # Greek: houses, cars
])
def test_numbers_of_things_after_these_verbs_count_no_one(text, expected):
    assert values(text) == expected
