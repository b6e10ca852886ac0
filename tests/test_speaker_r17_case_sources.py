"""'According to' printed as a case of a noun after its source in the genitive (round 17, issue 12
point 6): Lithuanian "policijos duomenimis" (by the police's data), "ministro teigimu", Estonian
"politsei andmetel", "ministri sõnul", Georgian "პოლიციის ცნობით", Armenian "ոստիկանության
տվյալներով" (helpers.attribution_postpositions case_source; the nouns in named_pattern_markers.csv,
the words that name nobody before them in named_pattern_nouns.csv). On sentences written for
these tests."""

from __future__ import annotations

import pytest
from conftest import speakers


def _speaker(*paragraphs: str) -> str:
    found = speakers(*paragraphs)
    assert found, "no count of people read"
    return found[-1][1]


@pytest.mark.parametrize("text, speaker", [
    ("Policijos duomenimis, žuvo 12 žmonių.", "Policijos"),
    ("Per liūtis Vokietijoje, policijos duomenimis, žuvo 12 žmonių.", "policijos"),
    ("Policijos teigimu, žuvo 12 žmonių.", "Policijos"),
    ("Politsei andmetel hukkus 12 inimest.", "Politsei"),
    ("Ministri sõnul hukkus 12 inimest.", "Ministri"),
    ("პოლიციის ცნობით, 12 ადამიანი დაიღუპა.", "პოლიციის"),
    ("Ոստիկանության տվյալներով՝ 12 մարդ է զոհվել։", "Ոստիկանության"),
])
def test_a_source_before_a_noun_in_the_by_case(text, speaker):
    assert speaker in _speaker(text)


@pytest.mark.parametrize("text", [
    "Preliminariais duomenimis, žuvo 12 žmonių.",  # by preliminary data: nobody named
    "Esialgsetel andmetel hukkus 12 inimest.",
    "Praegu teadaolevatel andmetel hukkus 12 inimest.",  # by what is known now
])
def test_an_adjective_alone_before_the_noun_names_nobody(text):
    assert _speaker(text) == ""


@pytest.mark.parametrize("first, second", [
    ("Politsei teatel hukkus 12 inimest.", "Tema sõnul sai viga 40 inimest."),
    ("Policijos teigimu, žuvo 12 žmonių.", "Jo teigimu, sužeista 40 žmonių."),
])
def test_a_pronoun_before_the_noun_names_the_last_speaker(first, second):
    found = speakers(first, second)
    assert found[-1][1] and found[-1][1] == found[0][1]
