"""Speaker classes of issue 12 point 6 added in round 10, each tested on sentences written for these
tests (not seeds, not the real pages): what names a speaker, and the near misses that must not."""

from __future__ import annotations

import pytest
from conftest import speaker, speakers

from helpers import lexicon
from helpers.attribution import Attribution, attribute

# --- "according to the latest / preliminary / official data of X" -----------------------------

@pytest.mark.parametrize("text, name", [
    ("По последним данным МЧС, в результате пожара погибли 12 человек.", "МЧС"),
    ("По уточнённым данным областного минздрава, пострадали 40 человек.", "минздрава"),
    ("Согласно официальным данным пограничной службы, задержаны 15 человек.",
     "пограничной службы"),
    ("За попередніми даними ДСНС, загинули 7 людей.", "ДСНС"),
    ("Nach vorläufigen Angaben der Feuerwehr wurden 14 Menschen verletzt.", "Feuerwehr"),
    ("Nach jüngsten Zahlen des Flüchtlingshilfswerks kamen 900 Menschen an.",
     "Flüchtlingshilfswerks"),
    ("Laut neuesten Schätzungen von Pro Asyl sitzen 300 Menschen fest.", "Pro Asyl"),
])
def test_qualified_data_names_its_source(text, name):
    assert name in speaker(text)


@pytest.mark.parametrize("text", [
    "По предварительным данным, погибли 12 человек.",  # no source after the noun
    "По последним данным на утро вторника, погибли 12 человек.",  # a time, not a source
    "Nach ersten Angaben wurden 14 Menschen verletzt.",
])
def test_qualified_data_without_a_source_names_nobody(text):
    assert speaker(text) == ""


def test_the_qualifiers_are_read_from_the_word_list():
    table = lexicon.table("qualified_sources")
    assert {"preposition", "qualifier", "noun"} == set(table["kind"])
    assert {"ru", "uk", "de"} <= set(table["language"])


# --- French inverted attribution after any auxiliary and a time phrase ------------------------

@pytest.mark.parametrize("text, name", [
    ("Au total, 120 personnes ont été évacuées, avaient indiqué les pompiers.", "pompiers"),
    ("Au total, 120 personnes ont été évacuées, ont précisé les autorités locales.",
     "autorités locales"),
    ("Environ 80 détenus ont été libérés, avait annoncé début mars le ministre de "
     "l'Intérieur, Paul Lemoine.", "Paul Lemoine"),
    ("Environ 80 détenus ont été libérés, a précisé mardi soir la préfecture.", "préfecture"),
])
def test_french_inverted_after_an_auxiliary(text, name):
    assert name in speaker(text)


def test_french_inverted_needs_a_verb_of_saying():
    # "ont quitté les lieux": no verb of saying after the auxiliary, nobody speaks
    assert speaker("Au total, 120 personnes sont sorties, ont quitté les lieux les pompiers.") == ""


# --- Italian and Portuguese "according to" inside a clause -------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Di questi 30 sono morti mentre 12 sarebbero rientrati secondo i dati della polizia.",
     "polizia"),
    ("Chegaram 500 migrantes no fim de semana segundo a Polícia Federal.", "Polícia Federal"),
])
def test_secondo_inside_a_clause(text, name):
    assert name in speaker(text)


@pytest.mark.parametrize("text", [
    "Il secondo giorno sono arrivati 500 migranti.",
    "Sono arrivati 500 migranti nel secondo semestre.",
    "In secondo luogo, sono arrivati 500 migranti.",
    "O segundo grupo de 40 pessoas chegou ontem.",
])
def test_secondo_as_an_ordinal_is_no_source(text):
    assert speaker(text) == ""


# --- Indonesian inverted attribution whose role runs past a comma to the name ------------------

@pytest.mark.parametrize("text, name", [
    ('"Ada 120 WNI dipulangkan," jelas Direktur Perlindungan WNI dan BHI Kementerian Luar '
     'Negeri, Rudi Santoso, kemarin.', "Rudi Santoso"),
    ('"Sebanyak 45 orang meninggal," kata Kepala Pusat Data, Informasi, dan Humas BPBD '
     'Wahyu Pratama kepada wartawan.', "Wahyu Pratama"),
    ('"Ada 9 orang hilang," ujar Kapolres Garut, AKBP Dedi Kurnia, di Garut.', "Dedi Kurnia"),
])
def test_indonesian_role_then_name(text, name):
    assert name in speaker(text)


def test_indonesian_weekday_after_the_name_is_not_part_of_it():
    assert speaker('"Ada 9 orang hilang," kata Dedi Kurnia, Jumat (12/3).') == "Dedi Kurnia"


# --- verbs of saying as data -------------------------------------------------------------------

def test_spanish_segun_with_a_present_tense_verb():
    assert speaker("En la barca viajaban 18 personas, según informa la Delegación del "
                   "Gobierno.") == "la Delegación del Gobierno"
    assert "informa" in set(lexicon.table("named_pattern_verbs").query(
        "pattern == 'es_segun'")["term"])


def test_indonesian_released_is_a_verb_of_saying():
    assert speaker("Sebelumnya, Basarnas merilis korban hilang sebanyak 14 orang.") == "Basarnas"
    assert "merilis" in lexicon.term_set("verbs_of_saying")


# --- in a document: the speaker runs on inside a paragraph, never across --------------------

def test_qualified_source_runs_on_in_its_paragraph_only():
    rows = speakers("По последним данным МЧС, погибли 12 человек. "
                    "Ещё 30 человек госпитализированы.",
                    "В городе эвакуированы 200 человек.")
    assert rows[0] == (12, "МЧС") and rows[1] == (30, "МЧС")
    assert rows[2] == (200, "")


# --- present-tense verbs of saying in Romance and Germanic languages (data) -------------------

@pytest.mark.parametrize("text, name", [
    ("Los vecinos aseguran que 30 personas siguen desaparecidas.", "Los vecinos"),
    ("En la barca viajaban 18 personas, dice la portavoz Marta Gil.", "Marta Gil"),
    ("Il sindaco afferma che 40 persone sono state evacuate.", "Il sindaco"),
    ("A Defesa Civil informa que 12 pessoas morreram.", "A Defesa Civil"),
    ("La préfecture confirme que 12 personnes sont mortes.", "La préfecture"),
    ("Die Feuerwehr sagt, 12 Menschen seien verletzt worden.", "Die Feuerwehr"),
])
def test_present_tense_verbs_of_saying(text, name):
    assert speaker(text) == name


def test_present_tense_verbs_are_data():
    verbs = lexicon.term_set("verbs_of_saying")
    assert {"aseguran", "afferma", "diz", "confirme", "sagt"} <= verbs


# --- a subject that names nobody: impersonal, a lone clause joiner, a negated clause ----------

@pytest.mark.parametrize("text", [
    "Desde el sismo, se ha informado que 74 personas murieron.",
    "Se informó que 74 personas murieron.",
])
def test_an_impersonal_subject_names_nobody_and_carries_nothing(text):
    found = attribute(text, Attribution(speaker="Protección Civil"))
    assert (found.speaker, found.pattern) == ("", "unnamed")


def test_a_lone_clause_joiner_is_no_speaker():
    # the subject of "ha afirmado" is the sentence's own, far back: never "y"
    assert speaker("La ministra visitó a las 40 familias afectadas, y ha afirmado que es un día "
                   "triste.") != "y"
    rows = speakers("La ministra Ana Ruiz dijo que 12 personas murieron. Visitó a 40 heridos en "
                    "el hospital, y ha afirmado que es un día triste.")
    assert rows == [(12, "La ministra Ana Ruiz"), (40, "La ministra Ana Ruiz")]


@pytest.mark.parametrize("text, name", [
    ("Los supervivientes aseguran que 24 murieron, aunque las autoridades no lo han confirmado.",
     "Los supervivientes"),
    ("I sopravvissuti affermano che 24 sono morti, ma la prefettura non l'ha confermato.",
     "I sopravvissuti"),
])
def test_a_negated_clause_with_a_clitic_is_no_speaker(text, name):
    assert speaker(text) == name


def test_the_impersonal_subjects_are_data():
    assert {"se", "si", "on", "man"} <= lexicon.term_set("impersonal_subjects")


# --- a subject after a lead-in, whose verb of saying is followed by "that" --------------------

@pytest.mark.parametrize("text, name", [
    ("Dans un communiqué publié jeudi, le ministère indique que parmi les 40 mineurs, « 7 sont "
     "orphelins ».", "le ministère"),
    ("En rueda de prensa este lunes, el alcalde dijo que 40 personas, entre ellas niños, "
     "murieron.", "el alcalde"),
    ("Nel corso di una conferenza stampa, il prefetto ha detto che 40 persone, tra cui bambini, "
     "sono morte.", "il prefetto"),
])
def test_subject_after_a_lead_in_says_that(text, name):
    assert speaker(text) == name


def test_a_lead_in_without_a_verb_of_saying_names_nobody():
    assert speaker("Dans la nuit de jeudi, le feu a détruit 40 maisons que les pompiers "
                   "surveillaient.") == ""


# --- a sentence that points back at the figures before it (S2), in several languages ----------

@pytest.mark.parametrize("first, pointer, name", [
    ("Sono rientrati 28 combattenti.", "Sono gli ultimi dati del Viminale.", "Viminale"),
    ("Sono rientrati 28 combattenti.", "Il numero è stato fornito dall'Asl di Roma.",
     "Asl di Roma"),
    ("Quelque 28 combattants sont rentrés.", "Ce sont les derniers chiffres du ministère.",
     "ministère"),
    ("Regresaron 28 combatientes.", "Son los últimos datos del Ministerio del Interior.",
     "Ministerio del Interior"),
    ("Some 28 fighters have returned.", "These are the latest figures from the Home Office.",
     "the Home Office"),
    ("28 Kämpfer sind zurückgekehrt.", "Das sind die neuesten Zahlen des Innenministeriums.",
     "Innenministeriums"),
])
def test_these_are_the_figures_of_x_points_back(first, pointer, name):
    assert speakers(f"{first} {pointer}") == [(28, name)]


@pytest.mark.parametrize("text, name", [
    ("La Protezione civile ribadisce che sono 300 gli sfollati.", "La Protezione civile"),
    ("El Gobierno reitera que 300 personas siguen desplazadas.", "El Gobierno"),
    ("La préfecture rappelle que 300 personnes restent déplacées.", "La préfecture"),
])
def test_verbs_of_reiterating_and_recalling(text, name):
    assert speaker(text) == name


# --- a document released by a body (press-release style) --------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Um boletim divulgado neste domingo pela Defesa Civil mostra que 40 pessoas morreram.",
     "Defesa Civil"),
    ("En un balance difundido por Protección Civil, se confirmaron 40 muertos.",
     "Protección Civil"),
    ("Dans un bilan publié mardi soir par la préfecture du Var, 40 personnes sont mortes.",
     "la préfecture du Var"),
    ("In un comunicato diffuso dalla Asl di Bari, 40 persone risultano ricoverate.",
     "Asl di Bari"),
    ("In a statement issued by the coast guard, 40 people were listed as missing.",
     "the coast guard"),
])
def test_a_document_released_by_a_body(text, name):
    assert speaker(text) == name


def test_a_document_released_for_a_time_names_nobody():
    # "da settimane": for weeks, no agent; "by" a date is no body either
    assert speaker("Il rapporto pubblicato da settimane mostra 40 morti.") == ""
    assert speaker("The report published by 2019 listed 40 dead.") == ""


def test_released_documents_are_data():
    table = lexicon.table("released_documents")
    assert {"noun", "participle", "agent", "verb"} == set(table["kind"])
