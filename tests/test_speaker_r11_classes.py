"""Speaker classes of round 11 (issue 12 point 6), on sentences written for the tests: the
verb-second inversion of Dutch, German and the Nordic languages (helpers.attribution_v2), and
an English subject with a lower-case role beside it ("X, general secretary of Y, said he ...")."""

from conftest import speaker, speakers


def test_v2_inversion_after_an_opening_adverbial_reads_the_subject_after_the_verb():
    assert "Rob Bertholee" in speaker(
        "Eind december zei topman Rob Bertholee van de AIVD dat er honderd Nederlanders in "
        "Syrië zaten.")
    assert "Didier Reynders" in speaker(
        "Eerder deze week zei de Belgische minister Didier Reynders dat twintig Belgen zijn "
        "omgekomen.")
    assert speaker("Am Montag sagte Innenministerin Anna Berg, 20 Menschen seien gestorben.") \
        == "Innenministerin Anna Berg"
    assert speaker("I går sa politiet at 12 personer døde.") == "politiet"
    assert speaker("Igår sade polisen att 12 personer dog.") == "polisen"


def test_v2_pronoun_after_the_verb_takes_the_speaker_before():
    found = speakers("Der Sprecher Jan Berg sagte, 14 Menschen seien verletzt. Am Abend sagte er, "
                     "3 Menschen seien gestorben.")
    assert (3, "Der Sprecher Jan Berg") in found


def test_v2_is_not_a_slavic_reflexive_nor_a_subject_before_the_verb():
    assert speaker("I tak sa rozhodli, že 12 ľudí odíde.") == ""
    assert speaker("Na mieste sa nachádzalo sedem ľudí, uviedla polícia.") == "polícia"
    assert speaker("De burgemeester zei dat 40 mensen zijn geëvacueerd.") == "De burgemeester"


def test_subject_with_a_lower_case_role_beside_it_says():
    assert speaker("Len McCluskey, general secretary of Unite, said he believed there were "
                   "half a million people taking part.") == "Len McCluskey"
    assert speaker("Anna Smith, head of the regional health office, said 12 people died.") \
        == "Anna Smith"
    # a verb of saying never opens the speaker phrase: "said he" is no speaker
    assert speaker("The minister, a former judge, said he believed 500 people had died.") \
        != "said he"
