"""Verbs of saying filled for more languages at once (round 18, verbs_of_saying.csv): Catalan,
Finnish, Icelandic, Maltese, Welsh, Irish and Estonian forms, read by the same subject
and inverted patterns as the other languages' verbs. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speaker


@pytest.mark.parametrize("text, name", [
    # the verb after the count and a comma, its speaker after it (inverted)
    ("Dotze persones han mort, ha informat la policia.", "la policia"),
    ("Dotze persones han mort, van informar els Mossos.", "els Mossos"),
    ("Kaksitoista ihmistä kuoli, kertoi poliisi.", "poliisi"),
    ("Kaksitoista ihmistä kuoli, poliisi tiedotti.", "poliisi"),
    ("Tólf manns létust, sagði lögreglan.", "lögreglan"),
    ("Mietu 12-il persuna, qalet il-pulizija.", "il-pulizija"),
    ("Bu farw 12 o bobl, meddai llefarydd ar ran yr heddlu.", "llefarydd ar ran yr heddlu"),
    ("Maraíodh 12 duine, a dúirt an t-aire.", "an t-aire"),
    ("Hukkus kaksteist inimest, teatasid päästjad.", "päästjad"),
    # the speaker first
    ("L'alcalde ha explicat que 12 persones han mort.", "L'alcalde"),
    ("Poliisi kertoi, että 12 ihmistä kuoli.", "Poliisi"),
    ("Lögreglan sagði að 12 manns hefðu látist.", "Lögreglan"),
    ("Il-pulizija qalet li 12-il persuna mietu.", "Il-pulizija"),
])
def test_verbs_of_saying_of_more_languages_name_the_speaker(text, name):
    assert speaker(text) == name


@pytest.mark.parametrize("text", [
    "Kaksitoista ihmistä kuoli, kertoi.",  # no speaker after the verb: none before the comma
    "Dotze persones han mort, ha informat.",
])
def test_a_verb_with_no_speaker_names_nobody(text):
    assert speaker(text) == ""
