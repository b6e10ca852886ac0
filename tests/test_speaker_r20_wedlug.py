"""'According to X' with no comma before the verb (round 20): Polish, Czech and Slovak print
none after 'Według X', 'Podle X', 'Podľa X', so the source ends before a negation or a common
finite verb of the news (source_prepositions.csv, kind verb), a source may hold digits after a
letter ('RMF24'), and a noun of data or words with nothing after it names no source
('Według wstępnych informacji', 'Podle odhadů'; kind noun). Seen on wp.pl ('Według agencji
CTK w katowickiej katastrofie zaginęło także trzech Czechów') and fakt.pl ('Według RMF24
autobusem podróżowało 30 dzieci'). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers


@pytest.mark.parametrize("text, name", [
    ("Według policji zginęło 12 osób.", "policji"),  # Polish
    ("Według agencji CTK zginęło 12 osób.", "agencji CTK"),  # Polish
    ("Według informacji czeskiej agencji CTK nie jest znany los 12 osób.", "agencji CTK"),
    ("Według RMF24 autobusem podróżowało 12 dzieci.", "RMF24"),  # Polish: digits in a name
    ("Podle policie zemřelo 12 lidí.", "policie"),  # Czech
    ("Podle hasičů zahynulo 12 lidí.", "hasičů"),  # Czech
    ("Podľa polície zomrelo 12 ľudí.", "polície"),  # Slovak
    ("Podľa TASR boli zranení 12 ľudia.", "TASR"),  # Slovak
])
def test_the_source_ends_before_the_verb(text, name):
    [(value, who)] = speakers(text)
    assert value == 12 and name in who


@pytest.mark.parametrize("text", [
    "Według wstępnych informacji zginęło 12 osób.",  # preliminary information: no one named
    "Podle odhadů zemřelo 12 lidí.",  # estimates: no one named
    "Podľa doposiaľ zistených informácií sa v aute nachádzalo 12 ľudí.",
])
def test_a_noun_of_data_alone_names_no_source(text):
    [(value, who)] = speakers(text)
    assert value == 12 and who == ""
