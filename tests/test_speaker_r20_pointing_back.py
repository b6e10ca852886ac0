"""Sentences that attribute the one before by pointing at it (rule S2), round 20, in Central and
South-East European languages: a recipient before the pointer ("TASR o tom informovala X", "Pre
TASR to potvrdila X", "Novinkám to potvrdil X", "PAP-owi potwierdziła to X", "To je za N1
potvrdio X", "Erről az MTI-t X tájékoztatta", "Informația a fost confirmată pentru Agerpres de
X", "Këtë e ka konfirmuar për Sinjalin X"), "to" for "o tom" / "o tym" in both orders
("Potvrdila to X", "To potwierdziła X"), "o tome" / "o tem", and a recipient after a Hungarian
verb ("Ezt X mondta az MTI-nek"); pointing_back.csv, the rows marked 'round 20'. Seen on
cas.sk ('TASR o tom informovala X') and pravda.sk ('Pre TASR to potvrdila X'). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers


@pytest.mark.parametrize("first, second, name", [
    ("Zomrelo 12 ľudí.", "TASR o tom informovala hovorkyňa polície Jana Nová.", "Jana Nová"),
    ("Zomrelo 12 ľudí.", "Pre TASR to potvrdila hovorkyňa polície Jana Nová.", "Jana Nová"),
    ("Zomrelo 12 ľudí.", "To potvrdila hovorkyňa polície Jana Nová.", "Jana Nová"),
    ("Zomrelo 12 ľudí.", "Potvrdila to hovorkyňa polície Jana Nová.", "Jana Nová"),
    ("Zemřelo 12 lidí.", "Novinkám to potvrdil mluvčí policie Jan Novák.", "Jan Novák"),
    ("Zginęło 12 osób.", "PAP-owi potwierdziła to rzeczniczka policji Anna Nowak.", "Anna Nowak"),
    ("Zginęło 12 osób.", "Potwierdziła to rzeczniczka policji Anna Nowak.", "Anna Nowak"),
    ("Zginęło 12 osób.", "To potwierdziła straż pożarna.", "straż pożarna"),
    ("Umrlo je 12 ljudi.", "O tem je poročala policija.", "policija"),
    ("Poginulo je 12 ljudi.", "To je za N1 potvrdio glasnogovornik policije Ivan Horvat.",
     "Ivan Horvat"),
    ("Poginulo je 12 ljudi.", "O tome je izvijestila policija.", "policija"),
    ("Tizenkét ember meghalt.", "Erről az MTI-t a rendőrség szóvivője tájékoztatta.",
     "a rendőrség szóvivője"),
    ("Tizenkét ember meghalt.", "Ezt a rendőrség szóvivője mondta az MTI-nek.",
     "a rendőrség szóvivője"),
    ("Au murit 12 oameni.", "Informația a fost confirmată pentru Agerpres de purtătorul de "
     "cuvânt al IPJ.", "purtătorul de cuvânt al IPJ"),
    ("Vdiqën 12 persona.", "Këtë e ka konfirmuar për Sinjalin zëdhënësi i policisë.",
     "zëdhënësi i policisë"),
])
def test_a_pointer_gives_the_sentence_before_its_speaker(first, second, name):
    [(value, who)] = speakers(f"{first} {second}")
    assert value == 12 and name in who


@pytest.mark.parametrize("text", [
    "Zomrelo 12 ľudí. To je veľká tragédia pre celú obec.",  # "that is": no verb of telling
    "Zginęło 12 osób. Potwierdziła to, co mówiono wcześniej.",  # no speaker after the pointer
    "Tizenkét ember meghalt. Erről a balesetről sokat beszéltek.",  # about the crash: no pointer
])
def test_near_misses_point_at_nothing(text):
    [(value, who)] = speakers(text)
    assert value == 12 and who == ""
