"""Speakers of counts of people by language (round 15, issue 12 point 6), filled systematically:
for each language, the common news verbs of saying in the 3rd person, past and present, in the
word orders the language prints them (subject first, inverted after what was said), and the
pronouns that refer back to the last speaker. Each group also has sentences where no speaker
may be found (a relative clause, a verb of saying in another clause, a new paragraph), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers


def _speaker(*paragraphs: str) -> str:
    found = speakers(*paragraphs)
    assert found, "no count of people read"
    return found[0][1]


# A relative clause: the people counted said something, nobody gives the count
# (relative_pronouns.csv, helpers.speaker_phrases.ends_relative)
@pytest.mark.parametrize("text", [
    "Police arrested 12 men who said they had been in Syria.",
    "La policía detuvo a 12 hombres que dijeron haber estado en Siria.",
    "La police a arrêté 12 hommes qui ont déclaré avoir été en Syrie.",
    "La polizia ha fermato 12 uomini che hanno detto di essere stati in Siria.",
    "Poliția a reținut 12 bărbați care au declarat că au fost în Siria.",
    "Polisi menangkap 12 orang yang mengatakan pernah ke Suriah.",
    "Polisi iliwakamata watu 12 ambao walisema walikuwa Syria.",
])
def test_a_verb_of_saying_in_a_relative_clause_names_no_speaker(text):
    assert _speaker(text) == ""


@pytest.mark.parametrize("text, speaker", [
    ("The WHO said 12 people died in the outbreak.", "WHO"),  # a name, not "who"
    ("Police said 12 men who had been in Syria were arrested.", "Police"),
])
def test_a_relative_pronoun_elsewhere_leaves_the_speaker(text, speaker):
    assert speaker in _speaker(text)


