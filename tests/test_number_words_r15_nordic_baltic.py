"""Spelled numbers of the Nordic, Finnic and Baltic languages (round 15,
helpers/lexicon/number_words.csv, the block marked 'round 15 (rlang): ... Nordic, Finnic and
Baltic languages'): 11 to 19, the tens and the hundreds that news reports print before a people
noun, in Swedish, Danish, Norwegian, Icelandic, Finnish, Estonian, Lithuanian and Latvian (whose
11 to 90 were listed in round 14: only their hundreds here); on
sentences written for these tests, each of which missed its count before the entries were
listed; and spelled numbers of years, money, distances and houses in the same languages, which
count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Omkring tvåhundra personer evakuerades.", [200]),  # Swedish
    ("Femton personer greps av polisen.", [15]),  # Swedish
    ("Mindst fyrre personer omkom.", [40]),  # Danish
    ("Over tredive migranter blev reddet.", [30]),  # Danish
    ("Politiet anholdt halvtreds personer.", [50]),  # Danish
    ("Minst seksti personer ble evakuert.", [60]),  # Norwegian
    ("Tólf manns létust og fjórtán manns slösuðust.", [12, 14]),  # Icelandic
    ("Kaksitoista ihmistä kuoli.", [12]),  # Finnish
    ("Yli kolmekymmentä siirtolaista pelastettiin.", [30]),  # Finnish
    ("Noin kaksisataa ihmistä evakuoitiin.", [200]),  # Finnish
    ("Kaksteist inimest hukkus.", [12]),  # Estonian
    ("Vähemalt nelikümmend inimest hukkus.", [40]),  # Estonian
    ("Evakuoti trys šimtai žmonių.", [300]),  # Lithuanian
    ("Sulaikyta šimtas žmonių.", [100]),  # Lithuanian
    ("Evakuēti divi simti cilvēku.", [200]),  # Latvian
])
def test_spelled_counts_of_people_in_nordic_finnic_baltic_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Han var fyrtio år och körde tvåhundra kilometer.",  # Swedish: age, distance
    "Han betalte fyrre kroner for tredive minutter.",  # Danish: money, time
    "Mies oli neljäkymmentä vuotta vanha ja ajoi kaksisataa kilometriä.",  # Finnish
    "Tulekahju hävitas kakskümmend maja.",  # Estonian: houses
    "Potvynis apgadino penkiasdešimt namų.",  # Lithuanian: houses
    "Cenas pieauga par divdesmit procentiem.",  # Latvian: percent
])
def test_spelled_numbers_of_things_count_no_one(text):
    assert values(text) == []
