"""Sentences that attribute the one before by pointing at it (rule S2), filled for more
languages at once (round 18, pointing_back.csv): Polish, Czech, Slovak, Slovenian, Albanian,
Lithuanian, Latvian, Hungarian, Romanian, Portuguese, Spanish, Catalan, Swedish, Norwegian,
Danish, Finnish and Estonian. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers


@pytest.mark.parametrize("first, second, name", [
    ("Zginęło 12 osób.", "Poinformowała o tym policja.", "policja"),
    ("Zginęło 12 osób.", "O tym poinformowała straż pożarna.", "straż pożarna"),
    ("Zemřelo 12 lidí.", "Informovala o tom policie.", "policie"),
    ("Zomrelo 12 ľudí.", "O tom informovala polícia.", "polícia"),
    ("Umrlo je 12 ljudi.", "To so sporočili s policije.", "s policije"),
    ("Vdiqën 12 persona.", "Këtë e bëri të ditur policia.", "policia"),
    ("Žuvo 12 žmonių.", "Apie tai pranešė policija.", "policija"),
    ("Gāja bojā 12 cilvēki.", "Par to ziņoja policija.", "policija"),
    ("Tizenkét ember meghalt.", "Ezt a rendőrség közölte.", "a rendőrség"),
    ("Au murit 12 oameni.", "Informația a fost confirmată de IGSU.", "IGSU"),
    ("Doze pessoas morreram.", "A informação é da Polícia Militar.", "Polícia Militar"),
    ("Doze pessoas morreram.", "A informação foi confirmada pela Polícia Militar.",
     "Polícia Militar"),
    ("Doce personas murieron.", "La información fue confirmada por la policía.", "la policía"),
    ("Dotze persones han mort.", "Així ho han informat els Bombers.", "els Bombers"),
    ("Tolv personer omkom.", "Det uppger polisen.", "polisen"),
    ("Tolv personer omkom.", "Det opplyser politiet.", "politiet"),
    ("Tolv personer omkom.", "Det oplyser politiet.", "politiet"),
    ("Kaksitoista ihmistä kuoli.", "Asiasta kertoi poliisi.", "poliisi"),
    ("Hukkus kaksteist inimest.", "Sellest teatas politsei.", "politsei"),
])
def test_a_pointer_gives_the_sentence_before_its_speaker(first, second, name):
    [(value, who)] = speakers(f"{first} {second}")
    assert value == 12 and name in who


@pytest.mark.parametrize("text", [
    "Tolv personer omkom. Det säger sig självt att olyckan var svår.",  # it goes without saying
    "Tolv personer omkom. Det sier seg selv at ulykken var alvorlig.",
    "Zginęło 12 osób. Przekazała pieniądze rodzinom ofiar.",  # passed on money: no pointer
])
def test_near_misses_point_at_nothing(text):
    [(value, who)] = speakers(text)
    assert value == 12 and who == ""
