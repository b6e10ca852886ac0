"""Word lists moved out of the code of helpers (issue 9 point 1): a word added to each list
changes what its rule finds, with no code edited."""

from __future__ import annotations

import pandas as pd
from conftest import speaker

from helpers.estimates import extract_estimates
from helpers.outlets import outlet_byline
from helpers.people_phrases import is_people_noun, people_nouns
from helpers.reliability.text_rules import (
    MEASURE_COLUMNS,
    anonymous_attribution,
    measure_sentences,
    named_attribution,
)
from helpers.speaker_phrases import name_beside


def _measure(text: str, column: str):
    return measure_sentences([text])[0][MEASURE_COLUMNS.index(column)]


def test_a_word_added_to_not_name_openers_is_no_name(word_lists):
    text = "Nobody said that 300 people had died."
    assert named_attribution(text) and _measure(text, "named_attribution")
    with (word_lists / "not_name_openers.csv").open("a", encoding="utf-8") as f:
        f.write("Nobody,added by the test\n")
    assert not named_attribution(text) and not _measure(text, "named_attribution")


def test_months_open_no_name():
    assert not named_attribution("March said 300 people had died.")
    assert named_attribution("Marchetti said 300 people had died.")


def test_a_role_added_to_anonymous_roles_is_an_unnamed_source(word_lists):
    text = "A spokesman said that 300 people had died."
    assert not anonymous_attribution(text) and not _measure(text, "anonymous_attribution")
    with (word_lists / "anonymous_roles.csv").open("a", encoding="utf-8") as f:
        f.write("spokesman,role,added by the test\n")
    assert anonymous_attribution(text) and _measure(text, "anonymous_attribution")


def test_a_pronoun_added_to_speaker_pronouns_refers_back(word_lists):
    text = ("Kapolres Budi Santoso mengatakan kebakaran itu besar. “Ada 12 orang terluka,” "
            "kata mereka.")
    assert _speakers(text) == [(12, "mereka")]  # read as a name
    with (word_lists / "speaker_pronouns.csv").open("a", encoding="utf-8") as f:
        f.write("mereka,id,no,they\n")
    assert _speakers(text) == [(12, "Kapolres Budi Santoso")]


def _speakers(text: str) -> list[tuple]:
    docs = pd.DataFrame([{"doc_id": "t01", "title": "", "outlet": "Test News", "text": text}])
    return [(r.value, r.speaker) for r in extract_estimates(docs).itertuples()]


def test_a_word_added_to_negations_ends_no_speaker(word_lists):
    text = "Police hardly said that 300 people died."
    assert speaker(text) == "Police hardly"
    with (word_lists / "negations.csv").open("a", encoding="utf-8") as f:
        f.write("hardly,en,added by the test\n")
    assert speaker(text) == ""


def test_a_connector_added_to_leading_connectors_is_cut(word_lists):
    text = "Furthermore the ministry said that 300 people died."
    assert speaker(text) == "Furthermore the ministry"
    with (word_lists / "leading_connectors.csv").open("a", encoding="utf-8") as f:
        f.write("furthermore,en,added by the test\n")
    assert speaker(text) == "the ministry"


def test_an_ending_added_to_demonym_endings_names_people(word_lists):
    assert not is_people_noun("Magyars", people_nouns())
    with (word_lists / "demonym_endings.csv").open("a", encoding="utf-8") as f:
        f.write("yars,Magyars\n")
    assert is_people_noun("Magyars", people_nouns())
    assert not is_people_noun("Myars", people_nouns())  # two letters or more before it


def test_a_particle_added_to_name_particles_joins_a_name(word_lists):
    said = "About 300 people died, said Pedro zu Braak."
    assert speaker(said) == ""
    beside = ", Joel zu Millman, said 100 people died"
    assert name_beside("the spokesman of the IOM", beside) == ""
    with (word_lists / "name_particles.csv").open("a", encoding="utf-8") as f:
        f.write("zu,yes,yes,German\n")
    assert speaker(said) == "Pedro zu Braak"
    assert name_beside("the spokesman of the IOM", beside) == "Joel zu Millman"


def test_an_honorific_added_to_honorifics_is_no_part_of_the_name(word_lists):
    inverted = "About 300 people died, said Insp. Juma Ali."
    beside = "About 300 people died, said the police chief of Kisumu, Insp Juma Ali."
    assert (speaker(inverted), speaker(beside)) == ("", "Insp Juma Ali")
    with (word_lists / "honorifics.csv").open("a", encoding="utf-8") as f:
        f.write("Insp,person name chunk,Inspector\n")
    assert (speaker(inverted), speaker(beside)) == ("Juma Ali", "Juma Ali")


def test_a_label_added_to_byline_labels_opens_a_corporate_byline(word_lists):
    assert outlet_byline("Par Le Figaro avec AFP") == "Le Figaro"
    assert outlet_byline("Gan Le Figaro avec AFP") is None
    with (word_lists / "byline_labels.csv").open("a", encoding="utf-8") as f:
        f.write("gan,yes,Welsh\n")
    assert outlet_byline("Gan Le Figaro avec AFP") == "Le Figaro"
