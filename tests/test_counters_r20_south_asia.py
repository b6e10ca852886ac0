"""Counts of persons whose number is glued to a counter of persons, or whose counter or numeral of
persons carries a case ending (round 20, South and Southeast Asian pages). Malayalam joins the
number's form in 'u' to the counter 'പേർ' and adds the case after it ('ആറുപേര്ക്ക്', to six
persons; 'നാലുപേരെ', four persons, accusative; 'രണ്ടുപേർ', two persons), and a spaced counter takes
case endings too ('രണ്ട് പേര്ക്ക്', 'മൂന്ന് പേരെയും'); Sinhala glues a bound numeral to 'දෙනා'
('දෙදෙනෙක්', two persons; 'තිදෙනෙකු'); Tamil numerals of persons take the accusative ('மூவரை').
Words are in helpers/lexicon (number_words.csv, people_counters.csv, people_numerals.csv,
people_nouns_abroad.csv). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [row["value"] for row in figures_in(text)]


@pytest.mark.parametrize(("text", "want"), [
    # Malayalam: a number in 'u' glued to the counter, with or without a case ending
    ("കാറിലുണ്ടായിരുന്ന ആറുപേര്ക്ക് പരിക്കേറ്റു.", [6]),
    ("മറ്റ് നാലുപേരെ ആശുപത്രിയിൽ പ്രവേശിപ്പിച്ചു.", [4]),
    ("അപകടത്തിൽ രണ്ടുപേർ മരിച്ചു.", [2]),
    # Malayalam: a spaced counter with a case ending
    ("അപകടത്തിൽ രണ്ട് പേര്ക്ക് ഗുരുതര പരിക്ക്.", [2]),
    ("പരിക്കേറ്റ മൂന്ന് പേരെയും ആശുപത്രിയിലേക്ക് മാറ്റി.", [3]),
    # Sinhala: a bound numeral glued to the counter of persons
    ("ගැටුමෙන් දෙදෙනෙක් මරුට.", [2]),
    ("සැකකරුවන් තිදෙනෙකු අත්අඩංගුවට ගෙන ඇත.", [3]),
    # Tamil: a numeral of persons in the accusative
    ("சந்தேகநபர் உட்பட மூவரை பொலிஸார் கைது செய்தனர்.", [3]),
    # Sinhala 'පස්' alone is soil, not five (a landslide: only the 3 persons count)
    ("පස් කන්දක් කඩා වැටීමෙන් පුද්ගලයන් 3 දෙනෙකු මිය ගියහ.", [3]),
])
def test_glued_and_inflected_counts_of_persons(text, want):
    assert values(text) == want


@pytest.mark.parametrize("text", [
    "රුපියල් 5000 දෙනවා යැයි ඔහු කීය.",  # Sinhala 'දෙනවා' (gives): money, no persons
    "ඔහුට ත්‍යාගයක් දෙන ලදී.",  # 'දෙන' (giving) alone is no counter
    "വെള്ളപ്പൊക്കത്തിൽ നാലു വീടുകൾ തകർന്നു.",  # four houses: no persons
])
def test_no_count_of_persons(text):
    assert values(text) == []
