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
