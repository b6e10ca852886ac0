"""A sentence may open with a Latin capital that carries a diacritic (round 20): "Zemřelo 12
lidí. ČTK o tom informoval mluvčí." is two sentences, so the second, which points back at the
first, gives it its speaker (rule S2). Before, only A-Z, the Cyrillic capitals and digits
opened a sentence after a space, and every Czech, Slovak, Polish, Hungarian, Romanian, Croatian,
Slovenian, Albanian, Turkish, French, Spanish or Nordic sentence opening with Č, Š, Ž, Ś, Ł, Á,
É, Ö, Ș, Ț, Î, Ç, Ë, Ş, Ø, Å ... ran on into the one before. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers

from helpers.segment import split_sentences


@pytest.mark.parametrize("first, second", [
    ("Zemřelo 12 lidí.", "ČTK o tom informoval mluvčí."),  # Czech
    ("Zomrelo 12 ľudí.", "Šéf polície to potvrdil."),  # Slovak
    ("Zginęło 12 osób.", "Świadkowie widzieli wybuch."),  # Polish
    ("Zginęło 12 osób.", "Łódź zatonęła w nocy."),  # Polish
    ("Tizenkét ember meghalt.", "Évek óta nem volt ilyen baleset."),  # Hungarian
    ("Au murit 12 oameni.", "Șoferul a fugit."),  # Romanian
    ("Au murit 12 oameni.", "În urma accidentului, drumul a fost închis."),  # Romanian
    ("Poginulo je 12 ljudi.", "Žrtve su identificirane."),  # Croatian
    ("Vdiqën 12 persona.", "Çdo ditë ndodhin aksidente."),  # Albanian
    ("12 kişi öldü.", "Şoför kaçtı."),  # Turkish
    ("Douze personnes sont mortes.", "État d'urgence décrété."),  # French
    ("Tolv personer omkom.", "Åtta skadades."),  # Swedish
])
def test_a_capital_with_a_diacritic_opens_a_sentence(first, second):
    assert split_sentences(f"{first} {second}") == [first, second]


@pytest.mark.parametrize("text", [
    "Zemřel J. Šťastný, řekl mluvčí.",  # an initial before the name
    "Podle prof. Ádáma to nebylo jinak.",  # an abbreviation
    "Aldrig sker det i st. Örjan.",  # an abbreviation
])
def test_initials_and_abbreviations_still_hold_the_sentence(text):
    assert split_sentences(text) == [text]


def test_the_pointer_after_it_gives_the_count_its_speaker():
    [(value, who)] = speakers("Zemřelo 12 lidí. ČTK o tom informoval mluvčí policie Jan Novák.")
    assert value == 12 and "Jan Novák" in who


@pytest.mark.parametrize("text", [
    "Wypadek przy ul. Świętokrzyskiej w Warszawie.",
    "Ranni trafili do szpitala im. Żeromskiego w Radomiu.",
    "Policja sprawdza m.in. Łódź i Kraków.",
    "Msza w kościele św. Łukasza zgromadziła wiernych.",
])
def test_a_polish_abbreviation_before_an_accented_capital_holds_the_sentence(text):
    assert split_sentences(text) == [text]
