"""The review of round 15's count lists (REVIEW_r15.md, 1a): spelled numbers of round 15 that
are also an English word or name, matched in any case (Swedish 'sexton' 16, 'arton' 18, Danish
'firs' 80, Norwegian 'nitti' 90, Finnish 'sata' 100, Polish 'stu' 100, Swahili 'sabini' 70,
'sitini' 60, Hausa 'hamsin' 50, 'talatin' 30, Somali 'konton' 50), on the reviewer's sentences and
sentences written like them: no number in an English sentence (number_homographs.csv, an English
cue), and still numbers in their own languages."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Frank Nitti and 12 others were arrested.", [12]),
    ("Nitti supporters marched in Rome.", []),
    ("Sata supporters clashed with police in Lusaka.", []),
    ("President Michael Sata and 12 ministers attended.", [12]),
    ("Sexton volunteers helped 12 families.", []),
    ("The sexton and 12 volunteers rang the bells.", [12]),
    ("Dozens of Sabini villagers fled.", []),
    ("Stu and 12 friends went missing.", [12]),
    ("Arton and 12 colleagues were arrested.", [12]),
    ("Firs villagers fled the fire.", []),
    ("Konton and 12 others were arrested.", [12]),
    ("Sitini and 12 others were arrested.", [12]),
    ("Hamsin and 12 others were arrested.", [12]),
    ("Talatin and 12 others were arrested.", [12]),
])
def test_number_word_that_is_an_english_word_or_name(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sexton personer dog i olyckan.", [16]),  # Swedish
    ("Arton personer greps av polisen.", [18]),  # Swedish
    ("Firs mennesker døde i branden.", [80]),  # Danish
    ("Nitti personer ble skadet.", [90]),  # Norwegian
    ("Sata ihmistä kuoli.", [100]),  # Finnish
    ("Zginęło stu ludzi.", [100]),  # Polish
    ("Watu sabini walikufa.", [70]),  # Swahili
    ("Mutane talatin sun mutu.", [30]),  # Hausa
])
def test_number_word_in_its_own_language(text, expected):
    assert values(text) == expected
