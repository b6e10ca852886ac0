"""Tagalog verb-first attributions ('VERB ni/ng SOURCE na ...', said / reported by SOURCE that
...) with an enclitic between the verb and the marker of the source ('Sinabi rin ni X na', also
said by X; 'Sinabi naman ng X na', said in turn by X), and the verbs 'iniulat ni' (reported by a
person) and 'ibinunyag' / 'inihayag' (revealed, announced): round 20, seen on two Philippine
sites. Rows in helpers/lexicon/source_prepositions.csv. The sentences are written for these
tests."""

from __future__ import annotations

import pytest
from conftest import speakers


@pytest.mark.parametrize(("text", "want"), [
    ("Sinabi rin ni Fajardo na 15 katao ang sugatan.", (15.0, "Fajardo")),
    ("Sinabi naman ng pulisya na 3 suspek ang naaresto.", (3.0, "pulisya")),
    ("Iniulat ni Jean Fajardo na 12 katao ang nasawi sa baha.", (12.0, "Jean Fajardo")),
    ("Inihayag ng NDRRMC na 20 katao ang nawawala.", (20.0, "NDRRMC")),
])
def test_verb_first_attribution_with_an_enclitic(text, want):
    assert speakers(text) == [want]


def test_no_speaker_without_the_verb():
    # the same enclitic and marker without a verb of saying give no speaker
    found = speakers("Dumating din ng umaga ang 12 katao sa evacuation center.")
    assert [(value, speaker or "") for value, speaker in found] == [(12.0, "")]
