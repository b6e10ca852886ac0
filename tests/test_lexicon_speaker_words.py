"""The small words of the speaker patterns are data (issue 9 point 1): the conjunction after a
verb-second verb of saying (said_conjunctions.csv), the Greek articles (subject_articles.csv),
the Arabic relay words (arabic_relay_words.csv), the possessives of the outlet's own voice
(own_voice_words.csv) and the Japanese and Korean particles
(script_speaker_forms.csv). Taking an entry out of its file, or putting it back, changes what is
attributed, with no code edited. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.attribution import Attribution, attribute
from helpers.script_speakers import script_speaker


def _without(folder: Path, name: str, row: str) -> str:
    """Take `row` out of list `name`; return it to put back."""
    path = folder / f"{name}.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert row in lines
    path.write_text("\n".join(line for line in lines if line != row) + "\n", encoding="utf-8")
    return row


def _put_back(folder: Path, name: str, row: str) -> None:
    with (folder / f"{name}.csv").open("a", encoding="utf-8") as f:
        f.write(row + "\n")


def _said(text: str) -> tuple[str, str]:
    found = attribute(text, Attribution())
    return found.speaker, found.via


@pytest.mark.parametrize("name, row, text, speaker", [
    ("said_conjunctions", "dat,nl,yes,yes,that",
     "Eind december zei topman Jan Smit van de AIVD dat 100 Nederlanders in Syrië zaten.",
     "topman Jan Smit van de AIVD"),
    ("said_conjunctions", "att,sv,yes,no,that",
     "I går sa polisen i Malmö att 12 personer hade skadats.", "polisen i Malmö"),
    ("subject_articles", "η,el,\"the (feminine singular): 'η αστυνομία'\"",
     "«Πέθαναν 15 μετανάστες», ανέφερε η αστυνομία.", "η αστυνομία"),
    ("arabic_relay_words", "قوله,saying,his saying",
     "ونقلت الوكالة عن المحافظ قوله إن 12 شخصا قتلوا.", "المحافظ"),
])
def test_an_entry_of_the_file_decides_the_speaker(word_lists, name, row, text, speaker):
    assert _said(text)[0] == speaker
    _without(word_lists, name, row)
    assert _said(text)[0] != speaker
    _put_back(word_lists, name, row)
    assert _said(text)[0] == speaker


@pytest.mark.parametrize("row, text, speaker", [
    ("は,ja,topic,topic particle", "消防庁は午後の会見で、住民3人が死亡したと発表した。", "消防庁"),
    ("는,ko,subject,topic particle after a vowel",
     "주민 3명이 숨졌다고 구조대는 밝혔다.", "구조대"),
    ("다고,ko,quote_end,\"quotative ending of a statement: '...했다고 X는 밝혔다'\"",
     "주민 3명이 숨졌다고 경찰은 밝혔다.", "경찰"),
])
def test_a_particle_of_script_speaker_forms_decides_the_speaker(word_lists, row, text, speaker):
    assert script_speaker(text) == speaker
    _without(word_lists, "script_speaker_forms", row)
    assert script_speaker(text) != speaker
    _put_back(word_lists, "script_speaker_forms", row)
    assert script_speaker(text) == speaker


def test_a_particle_of_not_topic_passes_over_a_place_to_the_topic(word_lists):
    text = "東京では警視庁は住民3人が死亡したと発表した。"  # "in Tokyo" is no topic
    assert script_speaker(text) == "警視庁"
    row = _without(word_lists, "script_speaker_forms", "で,ja,not_topic,\"at, by: 'Xでは' (at X)\"")
    assert script_speaker(text) != "警視庁"
    _put_back(word_lists, "script_speaker_forms", row)
    assert script_speaker(text) == "警視庁"


def test_a_possessive_added_to_own_voice_words_names_nobody(word_lists):
    text = "Według naszych źródeł, zginęło 12 osób."  # "according to our sources"
    assert _said(text)[0] == "naszych źródeł"
    _put_back(word_lists, "own_voice_words", "naszych,pl,our (genitive plural)")
    assert _said(text)[0] == ""
