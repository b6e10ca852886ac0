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


def test_greek_verbs_of_saying_around_an_article_led_subject():
    assert speaker("Ο υπουργός Νότης Μηταράκης δήλωσε ότι 15 μετανάστες πέθαναν.") \
        == "Ο υπουργός Νότης Μηταράκης"
    assert speaker("«Πέθαναν 15 μετανάστες», δήλωσε ο υπουργός Νότης Μηταράκης.") \
        == "ο υπουργός Νότης Μηταράκης"
    assert speaker("Οι 15 μετανάστες πέθαναν, ανέφερε η αστυνομία.") == "η αστυνομία"
    assert "Μηταράκης" in speaker("Με ανάρτησή του ο βουλευτής Νότης Μηταράκης αναφέρει "
                                  "σχετικά με τους 15 νεκρούς μετανάστες:")
    assert speaker("Στους 7 οι νεκροί μετανάστες του ναυαγίου.") == ""


def test_according_to_in_baltic_polish_and_czech():
    assert speaker("Pasak policijos, žuvo du žmonės.") == "policijos"
    assert speaker("Anot policijos atstovės, medikai konstatavo dviejų žmonių mirtis.") \
        == "policijos atstovės"
    assert speaker("Jak podają brytyjskie media, zginęło do 50 osób.") == "brytyjskie media"
    assert speaker("Jak uvedl mluvčí policie, zemřeli dva lidé.") == "mluvčí policie"
    assert speaker("Jak wiadomo, zginęło 5 osób.") == ""


def test_german_compound_source_and_back_reference_to_the_last_speaker():
    assert speaker("Nach UN-Schätzungen ertranken mehr als 2.200 Flüchtlinge.") == "UN"
    assert speaker("Nach Polizeiangaben starben 12 Menschen.") == "Polizei"
    # "den Angaben zufolge" points at the last speaker's statements: never a source itself
    assert "Angaben" not in speaker("Von den 122 Rückkehrern besaßen den Angaben zufolge 57 "
                                    "die deutsche Staatsbürgerschaft.")
    assert speakers("Die Bundesregierung sagte, 122 Rückkehrer seien bekannt. Von ihnen "
                    "besaßen den Angaben zufolge 57 die deutsche Staatsbürgerschaft.")[-1] == \
        (57, "Die Bundesregierung")


def test_low_high_quotes_and_an_according_to_clause_that_names_nobody():
    # „...,“ (Slovak, Czech, German quotes): the verb after the closing “ is inverted
    assert speaker("„V aute bolo sedem ľudí,“ uviedla hovorkyňa Jana Nová.") \
        == "hovorkyňa Jana Nová"
    # "according to the information gathered so far" running into the clause is no source
    assert speaker("Podľa doposiaľ zistených informácií sa v aute nachádzalo pravdepodobne "
                   "sedem ľudí vrátane maloletých detí,“ uviedla polícia.") == "polícia"
    assert speaker("Podľa doposiaľ zistených informácií sa v aute nachádzalo sedem ľudí.") == ""
    assert speaker("Prema podacima Ministarstva unutrašnjih poslova Republike Srpske, uhapšeno "
                   "je 12 osoba.") == "Ministarstva unutrašnjih poslova Republike Srpske"


def test_a_low_opened_quotation_over_two_sentences_is_its_closing_speakers():
    assert speakers("„Auto skončilo mimo cesty. V aute sa nachádzalo sedem ľudí,“ uviedla "
                    "polícia.") == [(7, "polícia")]
    assert speakers("„Im Auto saßen 7 Menschen. Alle sind verletzt“, sagte der Sprecher.") == \
        [(7, "der Sprecher")]


def test_for_its_part_beside_an_inverted_speaker_is_no_part_of_it():
    assert speaker("Il y a 12 morts, précise la préfecture de son côté.") == "la préfecture"
    assert speaker("Hay 12 muertos, indicó por su parte el ministerio.") == "el ministerio"
    assert speaker("Es gab 12 Tote, sagte der Minister seinerseits.") == "der Minister"
    assert speaker("12 people died, the ministry said for its part.") == "the ministry"


def test_slavic_according_to_ends_at_an_auxiliary_where_no_comma_ends_it():
    assert speaker("Po oceni kosovskega notranjega ministrstva je bilo v Siriji približno 300 "
                   "prebivalcev Kosova.") == "kosovskega notranjega ministrstva"
    assert speaker("Prema podacima MUP-a je uhapšeno 12 osoba.") == "MUP-a"
    assert speaker("Podľa polície sú zranení piati ľudia.") == "polície"
    assert speaker("Prema prvim informacijama je poginulo 5 osoba.") == ""  # nobody named
