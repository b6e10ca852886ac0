"""'As X said, ...' (round 18, helpers.attribution_as, as_openers.csv): a clause opened by "as"
and a verb of saying names the speaker after the verb (or, in the languages that put the verb
last, before it), never the word "as" itself. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speaker


@pytest.mark.parametrize("text, name", [
    ("Como informó la policía, 12 personas murieron.", "la policía"),
    ("Tal como informó la policía, 12 personas murieron.", "la policía"),
    ("Doce personas murieron, como informó la policía.", "la policía"),
    ("Como informou a polícia, 12 pessoas morreram.", "a polícia"),
    ("Come ha riferito la polizia, 12 persone sono morte.", "la polizia"),
    ("Comme l'a indiqué la préfecture, 12 personnes sont mortes.", "la préfecture"),
    ("Tal com han informat els Bombers, 12 persones han mort.", "els Bombers"),
    ("Așa cum a anunțat IGSU, 12 oameni au murit.", "IGSU"),
    ("După cum a anunțat IGSU, 12 oameni au murit.", "IGSU"),
    ("Както съобщиха от МВР, загинали са 12 души.", "МВР"),
    ("Kaip pranešė policija, žuvo 12 žmonių.", "policija"),
    ("Kā ziņoja policija, gāja bojā 12 cilvēki.", "policija"),
    ("Siç njoftoi policia, 12 persona vdiqën.", "policia"),
    ("Kot so sporočili s policije, je umrlo 12 ljudi.", "policije"),
    ("Seperti dikatakan polisi, 12 orang tewas.", "polisi"),
    # the verb after its speaker: "as" is no part of the speaker
    ("Zoals de politie meldt, zijn 12 mensen omgekomen.", "de politie"),
    ("Som polisen uppger har 12 personer omkommit.", "polisen"),
    ("Kuten poliisi kertoi, 12 ihmistä kuoli.", "poliisi"),
    ("Nagu politsei teatas, hukkus 12 inimest.", "politsei"),
])
def test_as_x_said_names_x(text, name):
    assert speaker(text) == name


@pytest.mark.parametrize("text", [
    "Como cada año, 12 personas fueron premiadas.",
    "Come detto, 12 persone sono morte.",
    "Comme prévu, 12 personnes ont été évacuées.",
    "Seperti biasa, 12 orang dievakuasi.",
    "Așa cum s-a anunțat, 12 oameni au murit.",  # impersonal: nobody named
    "Som väntat omkom 12 personer i olyckan.",
    "Zoals verwacht kwamen 12 mensen om.",
    "Kuten aiemmin kerrottiin, 12 ihmistä kuoli.",
])
def test_as_without_a_speaker_names_nobody(text):
    assert speaker(text) == ""


@pytest.mark.parametrize("text, name", [
    ("Como informó ayer la policía, 12 personas murieron.", "la policía"),
    ("Come ha riferito ieri la polizia, 12 persone sono morte.", "la polizia"),
    ("Comme l'a indiqué hier la préfecture, 12 personnes sont mortes.", "la préfecture"),
])
def test_a_word_of_time_after_the_verb_is_skipped(text, name):
    assert speaker(text) == name


@pytest.mark.parametrize("text, time_word", [
    ("Come ha detto ieri, 12 persone sono morte.", "ieri"),
    ("Como dijo ayer, 12 personas murieron.", "ayer"),
])
def test_a_word_of_time_is_never_the_speaker(text, time_word):
    # (what another pattern then reads is its own affair; a word of time is no speaker)
    assert time_word not in speaker(text).split()
