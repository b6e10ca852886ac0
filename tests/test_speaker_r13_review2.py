"""Fixes of the second review of round 13 (speakers), each tested on sentences written for these
tests (not seeds, not the real pages)."""

from __future__ import annotations

import pytest
from conftest import speaker

from helpers.speaker_phrases import PREPOSITIONS, holds_clause, prepositions


@pytest.mark.parametrize("phrase, clause", [
    ("de burgemeester van dat dorp", False),  # Dutch: "dat" after "van" is a demonstrative
    ("der Sprecher des Innenministeriums über dass", False),
    ("hoy que las tropas han capturado", True),
])
def test_a_conjunction_after_a_preposition_of_any_language_opens_no_clause(phrase, clause):
    assert holds_clause(phrase) is clause


def test_prepositions_come_from_the_word_list_in_every_language():
    assert {"of", "van", "des", "de", "di"} <= prepositions()
    assert "van" not in PREPOSITIONS and "of" in PREPOSITIONS  # the English speaker patterns


@pytest.mark.parametrize("text, expected", [
    ("Thirty people died, said police chief John Smith Monday.", "police chief John Smith"),
    ("Thirty people died, according to Mayor Eric Adams Sunday.", "Mayor Eric Adams"),
    ("Thirty people died, said the minister Sunday.", "the minister"),
    ("Thirty people died, said Joe Friday.", "Joe Friday"),  # one name word: a surname
])
def test_a_weekday_after_a_role_or_a_name_of_two_words_is_no_part_of_the_speaker(text, expected):
    assert speaker(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Human Rights Watch director Kenneth Roth: "Thirty people died there."',
     "Human Rights Watch director Kenneth Roth"),  # "Watch" is a kicker, but a name follows
    ("Amnesty International's Middle East director Philip Luther: \"Thirty people died.\"",
     "Amnesty International's Middle East director Philip Luther"),
    ('Kenneth Roth, Human Rights Watch director: "Thirty people died."',
     "Kenneth Roth, Human Rights Watch director"),
    ('Mayor Eric Adams on Monday: "Thirty people died."', "Mayor Eric Adams"),
    ('Der Sprecher des Innenministeriums: "Dreißig Menschen starben."',
     "Der Sprecher des Innenministeriums"),
    ('Syrian Democratic Forces: "Thirty fighters died."', "Syrian Democratic Forces"),
])
def test_a_speaker_before_a_colon_and_a_quotation_stays_named(text, expected):
    assert speaker(text) == expected


@pytest.mark.parametrize("text", [
    'Breaking News: "30 people were killed in the blast."',
    'Syria Returnees: "We were 30 in the camp."',
    'Hurricane Ian Updates: "30 people died."',
    'Ukraine War Live: "30 people died."',
    'Why the president is wrong about migrants: "30 people died there."',
    'Letter to the Prime Minister: "Free the 30 detainees."',
    'Exclusive Interview With President Joe Smith: "30 people died."',
    'Watch director Kenneth Roth: "30 people died."',  # the kicker opens the label
    'Foreign Fighters: "30 people died."',
])
def test_a_label_before_a_colon_and_a_quotation_names_nobody(text):
    assert speaker(text) == ""
