"""Verbs of saying printed after the count and before the speaker (round 20, verbs_of_saying.csv
rows marked 'round 20', inverts yes), and 'according to' closing a sentence after a comma
(source_prepositions.csv, kind closing): Bosnian / Croatian / Serbian 'objavila', 'javila',
Czech and Slovak 'píše', Slovak 'konštatovala', Polish
'pisze', 'podaje', Hungarian 'írja', Romanian 'scrie', '..., potrivit X.', Albanian 'raporton',
'shkruan', 'ka deklaruar', 'ka thënë', '..., sipas X.', BCS '..., prema podacima X.'. Seen on
slobodnadalmacija.hr ('..., objavila je slovenska novinska agencija STA') and index.hu ('A BBC
azt írja, ...'). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers


@pytest.mark.parametrize("text, name", [
    ("Poginulo je 12 ljudi, objavila je slovenska agencija STA.", "STA"),
    ("Poginulo je 12 ljudi, javila je agencija Hina.", "Hina"),
    ("Zemřelo 12 lidí, píše ČTK.", "ČTK"),
    ("Zomrelo 12 ľudí, konštatovala polícia.", "polícia"),
    ("Zginęło 12 osób, pisze Onet.", "Onet"),
    ("Zginęło 12 osób – podaje RMF FM.", "RMF FM"),
    ("12 ember meghalt, írja az MTI.", "MTI"),
    ("Au murit 12 oameni, scrie Digi24.", "Digi24"),
    ("Au murit 12 oameni, potrivit IGSU.", "IGSU"),
    ("Vdiqën 12 persona, raporton Gazeta Sinjali.", "Sinjali"),
    ("Vdiqën 12 persona, shkruan Koha.", "Koha"),
    ("Vdiqën 12 persona, ka deklaruar zëdhënësi Arben Hoxha.", "Arben Hoxha"),
    ("Vdiqën 12 persona, ka thënë ministri Arben Hoxha.", "Arben Hoxha"),
    ("Vdiqën 12 persona, sipas policisë.", "policisë"),
    ("Uhapšeno je 12 osoba, prema podacima MUP-a.", "MUP-a"),
])
def test_the_speaker_after_an_inverted_verb_or_a_closing_source(text, name):
    [(value, who)] = speakers(text)
    assert value == 12 and name in who
