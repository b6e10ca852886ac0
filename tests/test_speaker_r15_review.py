"""Speakers: the review of round 15's word lists (REVIEW_r15 section 2), on sentences written
for these tests. A word of a list that is also another word (the English noun 'care', the
abbreviation 'AI', a verb of saying in another use: 'podał się do dymisji', 'uvedl do funkce',
'írta alá', 'shtoi 12 policë') must not take or give a speaker; the saying uses stay."""

from __future__ import annotations

import pytest
from conftest import speakers

from helpers.attribution import Attribution, attribute


def _speaker(text: str) -> str:
    found = speakers(text)
    assert found, "no count of people read"
    return found[0][1]


# relative_pronouns.csv 'care' (Romanian 'who') is also the English noun: an English phrase
# ending in it names its speaker (not_with)
@pytest.mark.parametrize("text, speaker", [
    ("Twelve patients died overnight, the head of intensive care said.",
     "the head of intensive care"),
    ("The director of palliative care said 12 patients died overnight.",
     "The director of palliative care"),
])
def test_the_english_noun_care_ends_a_speaker(text, speaker):
    assert _speaker(text) == speaker


def test_the_romanian_relative_care_still_names_no_speaker():
    assert _speaker("Poliția a reținut 12 bărbați care au declarat că au fost în Siria.") == ""


# speaker_pronouns.csv 'ai' (Albanian 'he'): the abbreviation in capitals is a name
def test_an_abbreviation_in_capitals_is_no_pronoun():
    assert _speaker("AI said 12 people died in the flood.") == "AI"


# verb_uses_not_saying.csv: a verb of saying in another use gives no speaker
@pytest.mark.parametrize("text", [
    "Strażacy przekazali 12 rannych ratownikom medycznym.",
    "Minister podał się do dymisji po śmierci 12 osób.",
    "Kelnerka podała 12 osobom zatrute jedzenie.",
    "A miniszter írta alá a 12 áldozat családjának kártérítéséről szóló rendeletet.",
    "Qeveria shtoi 12 policë në kufi.",
])
def test_a_verb_of_saying_in_another_use_names_no_speaker(text):
    assert _speaker(text) == ""


def test_installed_in_office_names_no_speaker():
    # (no count of people is read here: the speaker of the sentence itself is asked)
    assert attribute("Premiér uvedl do funkce 12 nových ministrů.", Attribution()).speaker == ""


@pytest.mark.parametrize("text, speaker", [
    ("Policja podała, że zginęło 12 osób.", "Policja"),
    ("Ministerstwo Zdrowia podało, że zmarło 12 osób.", "Ministerstwo Zdrowia"),
    ("Zatrzymano 12 osób, przekazali policjanci.", "policjanci"),
    ("Policie uvedla, že zadržela 12 lidí.", "Policie"),
    ("Policie zadržela 12 lidí, uvedl mluvčí Jan Novák.", "Jan Novák"),
])
def test_the_saying_uses_keep_their_speaker(text, speaker):
    assert speaker in _speaker(text)


# the reviewer's sentences that were sound: a capitalised 'Care' or 'CARE' is a name
@pytest.mark.parametrize("text, speaker", [
    ("CARE said 12 aid workers died.", "CARE"),
    ("Care said 12 aid workers died.", "Care"),
    ("Jak powiedział burmistrz, zginęło 12 osób.", "burmistrz"),
])
def test_the_sound_sentences_keep_their_speaker(text, speaker):
    assert _speaker(text) == speaker


# not fixed (an accepted class, as English 'The coach added 12 players'; 'Ako' is Slovak 'as'
# and BCS 'if'): the right results, marked as expected failures
@pytest.mark.xfail(strict=True, reason="'lisas' (added to a list) still names a speaker")
def test_added_to_a_list_names_no_speaker():
    assert _speaker("Valitsus lisas nimekirja 12 inimest.") == ""


@pytest.mark.xfail(strict=True, reason="BCS 'Ako je X potvrdila' leaves 'je' in the speaker")
def test_as_x_confirmed_in_bcs_names_x():
    assert _speaker("Ako je policija potvrdila, 12 osoba je poginulo.") == "policija"
