"""Speaker classes of issue 12 point 6 added in round 9, each tested on sentences written for these
tests (not seeds, not the real pages): what names a speaker, and the near misses that must not."""

from __future__ import annotations

import pytest
from conftest import speaker, speakers

from helpers import lexicon
from helpers.attribution import Attribution, attribute

# --- an inverted speaker followed by an aside to the end of the sentence ----------------------

@pytest.mark.parametrize("text, name", [
    ("The raid left four guards dead, said Major Amadou Diallo, commander of the unit, in a "
     "statement.", "Amadou Diallo"),
    ("Nine fishermen are missing, said Captain Rui Costa on Tuesday.", "Rui Costa"),
    ("Eleven pupils were hurt, said Ana Lindqvist, the headteacher, at a briefing.",
     "Ana Lindqvist"),
    ("Sono dispersi 12 pescatori, ha spiegato Marco Ferri in una nota.", "Marco Ferri"),
    ("Sono dispersi 12 pescatori, ha detto Marco Ferri nel corso di una conferenza.",
     "Marco Ferri"),
])
def test_inverted_speaker_before_an_aside(text, name):
    assert name in speaker(text)


def test_an_aside_word_is_read_from_the_word_list():
    assert "on" in lexicon.term_set("inverted_aside_words")
    assert "nel" in lexicon.term_set("inverted_aside_words")


def test_a_clause_after_the_inverted_verb_is_no_speaker():
    # "said" then a clause in lower case: nobody named after the verb
    assert speaker("Nine fishermen are missing, said to be from the village, on Tuesday.") == ""


# --- the name printed beside a role after "according to" and its kin -------------------------

@pytest.mark.parametrize("text, name", [
    ("According to the spokeswoman of the agency, Lena Virtanen, 80 people were rescued.",
     "Lena Virtanen"),
    ("Secondo il portavoce della Croce Rossa, Paolo Neri, sono morte 14 persone.", "Paolo Neri"),
    ("Segundo o porta-voz dos bombeiros, João Pedro Alves, morreram 14 pessoas.",
     "João Pedro Alves"),
    ("Laut dem Sprecher der Feuerwehr, Jonas Becker, wurden 14 Menschen verletzt.",
     "Jonas Becker"),
    ("Menurut Kepala Basarnas, Budi Hartono, sebanyak 14 orang hilang.", "Budi Hartono"),
])
def test_name_beside_a_role_after_according_to(text, name):
    assert speaker(text) == name


@pytest.mark.parametrize("text, source", [
    # a body, not a person's role: the words after the comma are what was said
    ("According to the ministry, Islamic State, the group, holds 400 people.", "the ministry"),
    # a name and an age: the arrested man, not the speaker
    ("According to the spokesman, Tom Hale, 45, was one of 3 people arrested.",
     "the spokesman"),
    ("Secondo la polizia, i due uomini, entrambi italiani, sono stati arrestati.", "la polizia"),
])
def test_no_name_beside_a_body_or_before_an_age(text, source):
    assert speaker(text) == source


# --- verbs of saying in other languages, as data ----------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("У Львові травмувалися п'ятеро людей, інформує Укрінформ.", "Укрінформ"),
    ("У Львові травмувалися п'ятеро людей, передає Суспільне.", "Суспільне"),
    ("Kepala Basarnas Budi Hartono mengurai bahwa 14 orang hilang.",
     "Kepala Basarnas Budi Hartono"),
    ('"Ada 14 orang yang hilang," demikian Budi Hartono.', "Budi Hartono"),
    ("Как сказал глава региона Иван Петров, эвакуированы 40 человек.",
     "глава региона Иван Петров"),
    ("Как отметила пресс-секретарь суда Анна Белова, задержаны 12 человек.",
     "пресс-секретарь суда Анна Белова"),
])
def test_verbs_of_saying_in_other_languages(text, name):
    assert speaker(text) == name


def test_demikian_before_a_passive_is_no_name():
    # "Demikian disampaikan X" points back (pointing_back.csv); "demikian" alone names nobody
    assert speaker("Ada 14 orang hilang, demikian laporan terakhir.") == ""


def test_russian_verbs_after_kak_are_read_from_the_word_list():
    table = lexicon.table("named_pattern_verbs")
    assert "сказал" in set(table.loc[table["pattern"] == "ru_kak", "term"])


def test_ensure_is_no_verb_of_saying_in_indonesian():
    # "untuk memastikan" (to ensure): no subject speaks; "Ia" then refers to the last speaker
    rows = speakers("Kepala BNPT Andi Wijaya menambahkan, pemerintah memantau 12 keluarga. "
                    "Pemantauan ini untuk memastikan keluarga itu aman. "
                    "Ia menuturkan, masih ada 400 WNI di Suriah.")
    assert (400, "Kepala BNPT Andi Wijaya") in rows


# --- South and West Slavic and Azerbaijani attribution ---------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Uhapšeno je 14 osoba, saopštila je granična policija.", "granična policija"),
    ("Nestalo je 14 osoba, rekao je ministar Petar Marković.", "ministar Petar Marković"),
    ("Kako su naveli iz Crvenog krsta, nestalo je 14 osoba.", "Crvenog krsta"),
    ("Prema riječima ministra Petra Markovića, nestalo je 14 osoba.",
     "ministra Petra Markovića"),
    ("Podľa hasičov, zahynulo 14 ľudí.", "hasičov"),
    ("Po podatkih policije, je umrlo 14 ljudi.", "policije"),
    ("Fövqəladə Hallar Nazirliyinin məlumatına görə, 14 nəfər xilas edilib.",
     "Fövqəladə Hallar Nazirliyi"),
    ("Nazir Elçin Quliyev bildirib ki, 14 nəfər saxlanılıb.", "Nazir Elçin Quliyev"),
])
def test_slavic_and_azerbaijani_attribution(text, name):
    assert speaker(text) == name


@pytest.mark.parametrize("text", [
    "Prema njegovim riječima, nestalo je 14 osoba.",  # a pronoun: the last speaker (none here)
    "Podľa odhadov zahynulo 14 ľudí.",  # no comma: no source is cut out of the clause
])
def test_slavic_according_to_needs_a_named_source_and_its_comma(text):
    assert speaker(text) == ""


def test_bcs_auxiliary_is_cut_from_a_subject():
    assert speaker("Policija je saopštila da je uhapšeno 14 osoba.") == "Policija"


def test_bcs_sentence_pointing_back_gives_its_speaker():
    assert speakers("Uhapšeno je 14 osoba. To je saopštila granična policija.") == [
        (14, "granična policija")]


def test_slavic_prepositions_are_read_from_the_word_list():
    table = lexicon.table("source_prepositions")
    assert {"prema", "podľa", "według"} <= set(table.loc[table["kind"] == "preposition", "term"])


# --- a sentence that points at the last speaker's statement carries it on --------------------

@pytest.mark.parametrize("first, second, name", [
    ("Valilikten yapılan açıklamada, 12 kişinin yaralandığı belirtildi.",
     "Açıklamada, 4 kişinin gözaltına alındığı bildirildi.", "Valilik"),
    ("Valilikten yapılan açıklamada, 12 kişinin yaralandığı belirtildi.",
     "Operasyon yapıldığı bildirilen açıklamada, 4 kişinin gözaltına alındığı duyuruldu.",
     "Valilik"),
    ("The coast guard said 12 people were rescued.",
     "In the statement, 4 more people were listed as missing.", "coast guard"),
    ("Die Polizei teilte mit, 12 Menschen seien verletzt worden.",
     "In der Mitteilung hieß es weiter, 4 Menschen würden vermisst.", "Polizei"),
])
def test_a_statement_back_reference_carries_the_speaker_into_a_new_paragraph(first, second, name):
    rows = speakers(first, second)
    assert [v for v, _ in rows] == [12, 4]
    assert all(name in s for _, s in rows)


def test_without_the_back_reference_a_new_paragraph_names_nobody():
    rows = speakers("Valilikten yapılan açıklamada, 12 kişinin yaralandığı belirtildi.",
                    "Olay yerinde 4 kişi gözaltına alındı.")
    assert rows == [(12, "Valilik"), (4, "")]


def test_statement_back_references_are_read_from_the_word_list():
    assert any("açıklamada" in t for t in lexicon.terms("statement_back_references"))


# --- a line ending with a colon introduces the list that follows ------------------------------

def test_an_attribution_ending_with_a_colon_runs_on_through_its_list():
    rows = speakers("Toplam 14 şüpheli gözaltına alındı.", "Başsavcılık açıklamasına göre:",
                    "8 yabancı uyruklu şüpheli teslim edildi.", "1 şüpheli serbest bırakıldı.",
                    "5 şüpheli ise tutuklandı.")
    assert rows == [(14, ""), (8, "Başsavcılık"), (1, "Başsavcılık"), (5, "Başsavcılık")]


def test_the_list_ends_at_a_paragraph_of_several_sentences():
    rows = speakers("The ministry said:", "12 soldiers were wounded.",
                    "Elsewhere the storm went on. Some 40 villagers fled.",
                    "Another 7 people left.")
    assert rows == [(12, "The ministry"), (40, ""), (7, "")]


def test_a_colon_without_a_speaker_introduces_nothing():
    rows = speakers("The figures were as follows:", "12 soldiers were wounded.")
    assert rows == [(12, "")]


# --- "the same source" and German "demnach" refer to the last speaker -----------------------

@pytest.mark.parametrize("first, second, name", [
    ("La policía informó que 12 migrantes fueron rescatados.",
     "Según la misma fuente, otros 4 siguen desaparecidos.", "La policía"),
    ("La polizia ha detto che 12 migranti sono stati salvati.",
     "Secondo la stessa fonte, altri 4 sono dispersi.", "La polizia"),
    ("Die Polizei teilte mit, 12 Menschen seien verletzt worden.",
     "Demnach wurden 4 Menschen festgenommen.", "Die Polizei"),
])
def test_same_source_and_demnach_refer_to_the_last_speaker(first, second, name):
    assert speakers(first, second) == [(12, name), (4, name)]


def test_sources_in_the_plural_are_no_back_reference():
    assert speakers("Según fuentes policiales, 12 migrantes fueron rescatados.") == [
        (12, "fuentes policiales")]


# --- sentence ends before an opening guillemet or low quote, and before Ukrainian capitals ----

@pytest.mark.parametrize("paragraph, first", [
    ("Depuis 2012, 302 djihadistes sont rentrés. « Il s’agit de retours », a expliqué une source.",
     "Depuis 2012, 302 djihadistes sont rentrés."),
    ("Es gebe 12 Tote. „Wir wissen nicht mehr“, sagte er.", "Es gebe 12 Tote."),
    ("Загинули 3 людини. Із них двоє діти.", "Загинули 3 людини."),
    ("Išlo o 12 žien, informovala agentúra AFP.Súčasťou skupiny boli muži.",
     "Išlo o 12 žien, informovala agentúra AFP."),
])
def test_sentence_ends_before_these_openings(paragraph, first):
    from helpers.segment import split_sentences
    assert split_sentences(paragraph)[0] == first


def test_an_attribution_after_a_guillemet_quote_does_not_reach_back():
    rows = speakers("Depuis 2012, 302 djihadistes sont rentrés. « Il s’agit de retours », a "
                    "expliqué une source proche du dossier.")
    assert rows == [(302, "")]


def test_a_web_domain_stays_glued():
    from helpers.segment import split_sentences
    assert split_sentences("He works at Yahoo.Com now.") == ["He works at Yahoo.Com now."]


# --- names with small particles, and a time word after an inverted speaker --------------------

@pytest.mark.parametrize("text, name", [
    ("Some 600 people left, said Ursula von der Leyen.", "Ursula von der Leyen"),
    ("Some 600 fighters joined, said Abu Bakr al-Baghdadi in a message.",
     "Abu Bakr al-Baghdadi"),
    ("Die Zahl liege bei 600, sagte Innenminister Karl de Vries heute im Bundestag.",
     "Innenminister Karl de Vries"),
    ("Sono morti 14 migranti, ha detto Marco Ferri oggi.", "Marco Ferri"),
])
def test_names_with_particles_and_a_time_word_after_them(text, name):
    assert speaker(text) == name


def test_a_particle_before_a_word_in_lower_case_ends_the_name():
    assert speaker("Some 600 people left, said John Smith de facto.") != "John Smith de facto"


# --- two speakers in one sentence: each clause's figures are its speaker's ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Organisers said 10,000 people marched, but police said 1,500 people took part.",
     [(10000, "Organisers"), (1500, "police")]),
    ("The coast guard said 31 people were rescued, and survivors reported eight were missing.",
     [(31, "The coast guard"), (8, "survivors")]),
    ("La Cruz Roja informó que 40 personas murieron, pero el Gobierno cifró en 25 los muertos.",
     [(40, "La Cruz Roja"), (25, "el Gobierno")]),
])
def test_each_clause_keeps_its_own_speaker(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one speaker, the second clause names none: it speaks for both
    ("The coast guard said 31 people were rescued, and 8 are still missing.",
     [(31, "The coast guard"), (8, "The coast guard")]),
    # a pronoun in the second clause is the first clause's speaker
    ("Police chief Ann Berg said 12 people died, but she added that 4 are missing.",
     [(12, "Police chief Ann Berg"), (4, "Police chief Ann Berg")]),
])
def test_one_speaker_across_clauses_is_not_cut(text, expected):
    assert speakers(text) == expected


def test_an_attribution_closing_the_sentence_speaks_for_every_clause():
    rows = speakers("Officials said many died, but he named 12 victims, the Daily Post writes.")
    assert len({s for _, s in rows}) == 1


def test_clause_joiners_are_read_from_the_word_list():
    assert {"but", "mais", "pero", "aber"} <= lexicon.term_set("clause_joiners")


# --- "quoted X as saying" after a relay in lower case -----------------------------------------

@pytest.mark.parametrize("text, name, relay", [
    ("Twelve people died, local media quoted the mayor as saying.", "the mayor", "local media"),
    ("Twelve people died, state television quoted Interior Minister Ali Reza as saying.",
     "Interior Minister Ali Reza", "state television"),
])
def test_quoted_as_saying_after_a_lower_case_relay(text, name, relay):
    found = attribute(text, Attribution())
    assert (found.speaker, found.via) == (name, relay)


# --- Italian verbs and "secondo quanto riferito da X"; Turkish names in -lik ------------------

@pytest.mark.parametrize("text, name", [
    ("Dodici persone sono morte, ha reso noto la Protezione civile.", "la Protezione civile"),
    ("La Protezione civile ha fatto sapere che dodici persone sono morte.",
     "La Protezione civile"),
    ("Dodici persone sono morte, secondo quanto riferito dalla polizia.", "polizia"),
    ("Valiliğin açıklamasına göre 12 kişi öldü.", "Valilik"),
    ("Bakanlığın verilerine göre 12 kişi öldü.", "Bakanlık"),
])
def test_italian_and_turkish_sources(text, name):
    assert speaker(text) == name


def test_secondo_quanto_riferito_alone_names_nobody():
    assert attribute("Sono morte 12 persone, secondo quanto riferito.", Attribution()).pattern \
        == "unnamed"
