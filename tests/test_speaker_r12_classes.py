"""Speaker classes of issue 12 point 6 added in round 12, each tested on sentences written for these
tests (not seeds, not the real pages): what names a speaker, and the near misses that must not."""

from __future__ import annotations

import pytest
from conftest import speaker, speakers

# --- a dash standing for the comma before an inverted verb of saying ----------------------------

@pytest.mark.parametrize("text, name", [
    ("Liczba ofiar wzrosła do dziewięciu – poinformował komendant policji Jan Nowak.",
     "komendant policji Jan Nowak"),
    ("Zginęło 12 osób - powiedział rzecznik straży pożarnej.", "rzecznik straży pożarnej"),
    ("„Zginęło 12 osób” – powiedziała rzeczniczka wojewody Anna Lis.", "Anna Lis"),
    ("Zemřelo 12 lidí – sdělil mluvčí hasičů Petr Malý.", "mluvčí hasičů Petr Malý"),
    ("Погибли 12 человек — сообщил глава МЧС Иван Петров.", "глава МЧС Иван Петров"),
    ("Twelve people died — said the mayor of the town.", "the mayor of the town"),
])
def test_a_dash_before_an_inverted_verb_names_the_speaker(text, name):
    assert name in speaker(text)


@pytest.mark.parametrize("text", [
    "Zginęło 12 osób – powiedział.",  # no speaker after the verb: not the words before the dash
    "Liczba ofiar wzrosła do dziewięciu – podała policja wczoraj w nocy w Warszawie, a potem "
    "dodała, że 12 osób jest rannych i że akcja trwa",
])
def test_the_words_before_the_dash_are_never_the_speaker(text):
    assert not speaker(text).startswith(("Zginęło", "Liczba"))


@pytest.mark.parametrize("text, name", [  # an inverted verb between two dashes: the speaker
    ("The amnesty - announced the president in 2017 - covers 60 people.",  # ends at the second
     "the president in 2017"),
    ("The amnesty – announced President Nursultan Nazarbayev – covers 60 people.",
     "Nursultan Nazarbayev"),
    ("Amnestia – poinformował prezydent w 2017 roku – obejmuje 60 osób.", "prezydent w 2017 roku"),
    ("Amnistia – a anunțat președintele în 2017 – acoperă 60 de persoane.",
     "președintele în 2017"),
])
def test_a_speaker_between_two_dashes_ends_at_the_second(text, name):
    assert speaker(text) == name


@pytest.mark.parametrize("text", [  # the verb stands in an aside the dash opens: no subject
    "The group – said to number 300 – fled the town.",  # passive "said to": nobody speaks
    "The group - said to number 300 - fled the town.",
    "Grupul – despre care se spune că numără 300 de oameni – a fugit.",  # "about which it is said"
    "Grupa – o której mówi się, że liczy 300 osób – uciekła.",  # "of which it is said"
])
def test_a_verb_in_a_dash_aside_names_no_subject(text):
    assert speaker(text) == ""


def test_a_subject_keeps_an_aside_its_dashes_close():
    assert speaker("The ministry – which runs the camps – said 300 people fled.").startswith(
        "The ministry")
    assert speaker("The group – said to number 300 – fled the town, police said.") == "police"


# --- verbs of saying of Czech and Romanian (speaker first, and inverted) -------------------------

@pytest.mark.parametrize("text, name", [
    ("Zemřelo 12 lidí, sdělila policie.", "policie"),
    ("Mluvčí záchranářů Jan Novák řekl, že zemřelo 12 lidí.", "Jan Novák"),
    ("Hasiči sdělili, že 40 lidí bylo evakuováno.", "Hasiči"),
    ("Au murit 12 oameni, a anunțat Ministerul de Interne.", "Ministerul de Interne"),
    ("Au murit 12 oameni, a anunţat Ministerul de Interne.", "Ministerul de Interne"),  # ţ
    ("Ministrul Ion Popescu a declarat că 12 oameni au murit.", "Ion Popescu"),
    ("Bilanţul a ajuns la 210 morţi, anunţă autorităţile.", "autorităţile"),
    ("Ministerul Apărării susține că 3.500 de militari au murit.", "Ministerul Apărării"),
])
def test_czech_and_romanian_verbs_of_saying(text, name):
    assert name in speaker(text)


def test_a_romanian_speaker_carries_on_within_its_paragraph():
    assert speakers("Ministrul Ion Popescu a declarat că 12 oameni au murit. Alți 40 de oameni "
                    "au fost răniți.") == [(12, "Ministrul Ion Popescu"),
                                            (40, "Ministrul Ion Popescu")]


# --- "according to" before the source and a comma, in more languages ---------------------------

@pytest.mark.parametrize("text, name", [
    ("Potrivit IGSU, 12 oameni au murit.", "IGSU"),
    ("Potrivit datelor Inspectoratului, 12 oameni au murit.", "Inspectoratului"),
    ("Potrivit lui Ion Popescu, 12 oameni au murit.", "Ion Popescu"),
    ("Sipas policisë, 12 persona vdiqën.", "policisë"),
    ("Ayon sa pulisya, 12 katao ang nasawi.", "pulisya"),
    ("Kwa mujibu wa polisi, watu 12 wamefariki.", "polisi"),
])
def test_according_to_names_the_source(text, name):
    assert speaker(text) == name


@pytest.mark.parametrize("text", [
    "Potrivit datelor, 12 oameni au murit.",  # "according to the data": nobody named
    "Potrivit informaţiilor, 12 oameni au murit.",
])
def test_according_to_a_bare_noun_names_nobody(text):
    assert speaker(text) == ""


# --- German "laut": the source after a noun of statements, or before the hyphen of a compound ----

@pytest.mark.parametrize("text, name", [
    ("In Deutschland leben laut Angaben des Auswärtigen Amts 472 Rückkehrer.",
     "Auswärtigen Amts"),
    ("In Deutschland leben laut angaben des Auswärtigen Amts 472 Rückkehrer.",
     "Auswärtigen Amts"),
    ("Laut EU-Angaben kamen 1200 Migranten an.", "EU"),
    ("Laut UN-Zahlen sind 300 Menschen ertrunken.", "UN"),
    ("Laut Zahlen des UNHCR sind 300 Menschen ertrunken.", "UNHCR"),
    ("Laut Außenministerin Annalena Baerbock sind 20 Frauen zurück.",
     "Außenministerin Annalena Baerbock"),
    ("Nach einem Bericht der Rheinischen Post sind 12 Menschen tot.", "Rheinischen Post"),
])
def test_laut_names_the_source_of_the_statements(text, name):
    assert speaker(text) == name


# --- the Dutch reportative ("zouden ... zijn": are said to be) names nobody (rule S3) -----------

def test_a_dutch_reportative_takes_no_speaker_from_the_sentence_before():
    assert speakers("Volgens de cijfers van het Soufan Center zijn 300 Nederlanders vertrokken. "
                    "Ongeveer vijftig mensen zouden ondertussen zijn teruggekeerd.") == [
        (300, "de cijfers van het Soufan Center"), (50, "")]
    assert speakers("Eerder zei minister Jan Smit dat 20 strijders zijn omgekomen. Er zouden in "
                    "totaal 200 Belgen aan het vechten zijn.") == [
        (20, "minister Jan Smit"), (200, "")]


def test_a_named_speaker_of_the_same_sentence_keeps_a_dutch_reportative():
    assert speakers("De minister zei dat 50 mensen zouden zijn teruggekeerd.") == [
        (50, "De minister")]


def test_an_indonesian_estimate_names_its_source():
    assert speaker("BNPB memperkirakan 50 orang meninggal dunia.") == "BNPB"


# --- a dateline glued before a speaker is no part of it ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("KUALA LUMPUR — Malaysian police said 12 people were detained.", "Malaysian police"),
    ("Beirut (AFP) – Syria's Kurds said 12 women were handed over.", "Syria's Kurds"),
    ("SIRACUSA - I sopravvissuti hanno riferito di essere partiti in cento.",
     "I sopravvissuti"),
])
def test_a_dateline_is_no_part_of_the_speaker(text, name):
    assert speaker(text) == name


def test_capitalised_words_before_a_dash_stay_in_a_speaker():
    from helpers.speaker_phrases import clean_phrase
    phrase = "Die Polizei – nach eigenen Angaben"
    assert clean_phrase(phrase) == phrase


# --- "according to" after its source: Finnish "X:n mukaan", Hungarian "X szerint" ---------------

@pytest.mark.parametrize("text, name", [
    ("Poliisin mukaan 12 ihmistä kuoli.", "Poliisin"),
    ("Poliisin tietojen mukaan 12 ihmistä kuoli.", "Poliisin"),
    ("Itä-Uudenmaan poliisin mukaan 3 ihmistä loukkaantui.", "Itä-Uudenmaan poliisin"),
    ("A rendőrség szerint 12 ember meghalt.", "A rendőrség"),
    ("A rendőrség adatai szerint 12 ember meghalt.", "A rendőrség"),
])
def test_a_postposition_names_the_source_before_it(text, name):
    assert speaker(text) == name


@pytest.mark.parametrize("text", [
    "Ennakkotietojen mukaan 12 ihmistä kuoli.",  # preliminary data: nobody named
    "Tulokset ovat lain mukaan salassa, 12 ihmistä kuoli.",  # by law
    "Becslések szerint 12 ember meghalt.",  # estimates
    "A hírek szerint 12 ember meghalt.",  # the news: reportedly
])
def test_a_postposition_after_data_or_a_rule_names_nobody(text):
    assert speaker(text) == ""


@pytest.mark.parametrize("text, name", [
    ("Ifølge politiet døde 12 mennesker.", "politiet"),
    ("Enligt polisen dog 12 personer.", "polisen"),
    ("Ifølge Udenrigsministeriet rejste 150 danskere til Syrien.", "Udenrigsministeriet"),
])
def test_a_nordic_source_ends_at_the_finite_verb_after_it(text, name):
    assert speaker(text) == name


@pytest.mark.parametrize("title", [
    "Neue Angaben: 511 Verletzte bei Loveparade in Duisburg",
    "Latest figures: 300 migrants rescued off Lampedusa",
    "Nouveau bilan: 12 morts dans la Manche",
])
def test_a_headline_label_of_figures_names_no_speaker(title):
    from helpers.headline_speakers import attribute_headline
    assert attribute_headline(title) == ""
    assert attribute_headline("Security Ministry: 300 migrants rescued") == "Security Ministry"


# --- Hebrew (no capital letters for the subject patterns): speaker-first verbs, "according to" ---

@pytest.mark.parametrize("text, name", [
    ("לפי המשטרה, 12 אנשים נהרגו.", "המשטרה"),  # according to the police
    ("המשטרה מסרה כי 12 אנשים נהרגו.", "המשטרה"),  # the police reported that
    ("לדברי דובר המשטרה, 12 אנשים נהרגו.", "דובר המשטרה"),  # in the words of the spokesman
])
def test_hebrew_speakers(text, name):
    assert speakers(text) == [(12, name)]


def test_a_hebrew_sentence_without_a_speaker_names_none():
    assert speakers("12 אנשים נהרגו בתאונה.") == [(12, "")]


@pytest.mark.parametrize("text", [
    "בהודעת המשטרה נאמר כי 12 אנשים נהרגו.",  # "it was said": holds אמר, names nobody
    "במאמר שפורסם אתמול, 12 אנשים נהרגו.",  # "in an article": holds אמר
    "המסר של המשטרה היה ש-12 אנשים נהרגו.",  # "the message": holds מסר
    "כלפי המשטרה, 12 אנשים נהרגו.",  # "towards": holds לפי
    "בתחנת הממסר נהרגו 12 אנשים.",  # "at the relay station": holds מסר
])
def test_a_hebrew_verb_inside_another_word_names_no_speaker(text):
    assert speakers(text) == [(12, "")]


@pytest.mark.parametrize("text, name", [
    ("ולפי המשטרה, 12 אנשים נהרגו.", "המשטרה"),  # "and according to": the listed prefix ו
    ("ולדברי דובר המשטרה, 12 אנשים נהרגו.", "דובר המשטרה"),  # "and in the words of"
])
def test_a_hebrew_one_letter_prefix_keeps_the_word(text, name):
    assert speakers(text) == [(12, name)]
