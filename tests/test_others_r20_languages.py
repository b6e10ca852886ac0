"""Round 20 (ceeur), Central and South-East European languages: counts of "the others" whose
noun is left out, "other(s)" printed right after the number ("két másik pedig megsérült", "Dwaj
inni zostali ranni", "dva druga sta bila ranjena") or right before it ("iar alți trei, inclusiv
o femeie, au fost răniți", "preostala dva pa sta bila ranjena"), where the noun phrase ends
there (helpers/lexicon/others_after_number.csv, others_before_number.csv, phrase_end_words.csv;
helpers.elided_forms); Slovenian dual and plural people nouns, the Bosnian / Croatian / Serbian
'čovjeka' and 'lives' in tolls (people_nouns_abroad.csv, the block marked 'round 20 (ceeur)').
On sentences written for these tests, each of which missed a count before the rule; and counts
of things after the same words, which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Három ember meghalt, két másik pedig megsérült.", [3, 2]),  # Hungarian
    ("Öt migráns meghalt, két másik is megsérült.", [5, 2]),  # Hungarian
    ("Zginęło trzech Czechów, czterej inni są ranni.", [3, 4]),  # Polish
    ("Dwaj Słowacy zaginęli. Dwaj inni zostali ranni.", [2, 2]),  # Polish
    ("Doi oameni au murit, iar alți trei, inclusiv o femeie, au fost răniți.", [2, 3]),  # Romanian
    ("Zomreli dvaja ľudia, dvaja ďalší sú zranení.", [2, 2]),  # Slovak
    ("Zemřeli dva lidé, další dva, oba řidiči, jsou zraněni.", [2, 2]),  # Czech
    ("Vdiqën dy persona, tre të tjerë janë plagosur.", [2, 3]),  # Albanian
    ("Poginula su četiri putnika, a dvojica drugih su teško ranjena.", [4, 2]),  # Croatian
])
def test_counts_of_the_others_with_the_noun_left_out(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Három ember meghalt, két másik autó megrongálódott.", [3]),  # Hungarian: cars
    ("Zginęło trzech Czechów, dwa inne samochody spłonęły.", [3]),  # Polish: cars
    ("Doi oameni au murit, iar alte două mașini au fost avariate.", [2]),  # Romanian: cars
    ("Zemřeli dva lidé, další dva vozy shořely.", [2]),  # Czech: cars
    ("Vdiqën dy persona, tre të tjerë automjete u dëmtuan.", [2]),  # Albanian: vehicles
    ("Két másik pedig megsérült.", []),  # Hungarian: no group named before
])
def test_other_things_and_others_without_a_group_count_no_one(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("V minulem tednu sta umrla dva človeka.", [2]),  # Slovenian dual
    ("Dva moška sta umrla, dve ženski sta bili ranjeni.", [2, 2]),  # Slovenian dual
    ("Trije otroci in dve osebi so bili rešeni.", [3, 2]),  # Slovenian
    ("Minuli teden so ceste terjale dve življenji.", [2]),  # Slovenian: lives
    ("Dva čovjeka su poginula u nesreći.", [2]),  # Croatian
    ("Poplave odnijele četiri života.", [4]),  # Croatian: lives
    ("Nehoda si vyžiadala päť životov.", [5]),  # Slovak: lives
    ("Accidentul a curmat trei vieți.", [3]),  # Romanian: lives
    ("A baleset három életet követelt.", [3]),  # Hungarian: lives
])
def test_slovenian_dual_and_plural_people_nouns_and_lives(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dva moška tima sta igrala finale.", []),  # Slovenian: men's teams (an adjective)
    ("Zgodili sta se dve nesreči.", []),  # Slovenian: accidents
    ("Pred 5 leti so moški odšli.", []),  # Slovenian: years
    ("Két magyar és három osztrák cég csődbe ment.", []),  # Hungarian: two Hungarian companies
])
def test_the_same_words_as_adjectives_or_other_nouns_count_no_one(text, expected):
    assert values(text) == expected
