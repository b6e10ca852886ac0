"""Speaker classes of issue 12 point 6 met on real pages the rules had not seen, each tested on
sentences written for these tests (not seeds, not the pages): what names a speaker, and the near
misses that must not."""

from __future__ import annotations

import pytest
from conftest import speakers

from helpers.attribution import Attribution, attribute
from helpers.headline_speakers import attribute_headline
from helpers.segment import split_sentences

# --- verbs of saying in the word list (English and the languages of the real pages) ----------

@pytest.mark.parametrize("text, speaker", [
    ("The foreign minister indicates that 3,000 fighters have been returned.",
     "The foreign minister"),
    ("Officials indicated that 200 families would come back.", "Officials"),
    ("Die Polizei teilte mit, 14 Männer seien festgenommen worden.", "Die Polizei"),
    ("Der Minister bestätigte, dass 110 Islamisten ausgereist sind.", "Der Minister"),
    ("Le ministre révèle que 36 personnes sont décédées.", "Le ministre"),
    ("La Cruz Roja informó que 38 personas fueron rescatadas.", "La Cruz Roja"),
    ("Des sources proches du dossier estiment que 150 djihadistes sont partis.",
     "Des sources proches du dossier"),
])
def test_verbs_of_saying_from_the_word_list(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


# --- according to, in French, Spanish and German ---------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('Selon le préfet, "80 migrants ont été secourus".', "le préfet"),
    ("Según la policía, 12 personas fueron detenidas.", "la policía"),
    ("Nach Aussage des Innenministers Karl Braun sind 15 Männer zurückgekehrt.",
     "Innenministers Karl Braun"),
    ("Nach Erkenntnissen der Polizei sind 60 Personen gestorben.", "Polizei"),
])
def test_according_to_in_other_languages(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


def test_a_verb_of_saying_wins_over_according_to_in_the_same_sentence():
    # the one who tells is the speaker; the data source only relays (issue 12, point 6)
    text = "Nach Angaben der Behörden sind 600 ausgereist, sagte der Minister gestern."
    assert attribute(text, Attribution()).speaker != "Behörden"


def test_selon_with_a_pronoun_names_nobody_new():
    assert attribute("Selon lui, 120 jeunes sont partis.", Attribution()).speaker == ""


# --- a source named in the next sentence ("Об этом сообщили в X", "Lo riferisce X") ----------

@pytest.mark.parametrize("paragraph, speaker", [
    ("Из лагеря вернули 12 детей. Об этом сообщили в пресс-службе министерства.",
     "пресс-службе министерства"),
    ("Sono rientrati 14 bambini. Lo riferisce l'agenzia di stampa Ansa.",
     "l'agenzia di stampa Ansa"),
])
def test_a_source_named_in_the_next_sentence(paragraph, speaker):
    assert speakers(paragraph) == [(12 if "12" in paragraph else 14, speaker)]


# --- "on reports that": a noun, not a verb ----------------------------------------------------

def test_reports_after_a_preposition_are_the_source_not_a_verb():
    assert speakers("The minister was commenting on reports that 23 men had been detained.") \
        == [(23, "reports")]
    assert speakers("Amid media reports that 40 women had fled, the camp was closed.") \
        == [(40, "media reports")]


def test_reports_as_a_verb_still_name_the_subject():
    assert speakers("The agency reports that 40 women had fled.") == [(40, "The agency")]


# --- phrases that are no speaker --------------------------------------------------------------

@pytest.mark.parametrize("paragraph, value", [
    ("Photos showed a bridge washed away, and 53 people drowned.", 53),
    ("TV stations showed footage of 40 people on roofs.", 40),
    ("It was also claimed that 12 students were missing.", 12),
    ("Police detained five men for what officials said were links to the group.", 5),
    ("The new toll, announced by the mayor, is an increase from the 77 dead reported earlier.",
     77),
])
def test_near_misses_name_no_speaker(paragraph, value):
    assert speakers(paragraph) == [(value, "")]


def test_a_verb_of_showing_keeps_its_record_subject():
    assert attribute("The provincial tally showed that 60 people were hurt.",
                     Attribution()).speaker == "The provincial tally"


def test_a_description_after_a_name_does_not_become_the_speaker():
    text = ('"It is the worst flood in years," Li Wei, an official leading one of the rescue '
            "teams, told state television. At least 30 people died.")
    assert speakers(text) == [(30, "Li Wei")]


def test_an_inverted_verb_before_a_name_makes_no_subject_of_the_clause():
    # ", sagte X": the clause before the comma is what was said, not who said it
    found = attribute("Die Zahl liege bei rund 600, sagte Minister Paul Weber.", Attribution())
    assert "600" not in found.speaker


# --- a rank abbreviation before the name ------------------------------------------------------

def test_a_rank_abbreviation_neither_ends_the_sentence_nor_hides_the_name():
    text = ("The death toll rose to 46, Brig. Gen. Juan Cruz, spokesman of the armed forces, "
            "said on Friday.")
    assert len(split_sentences(text)) == 1
    assert speakers(text) == [(46, "Juan Cruz")]


# --- headline credits after a dash ------------------------------------------------------------

@pytest.mark.parametrize("title, speaker", [
    ("Nearly 500 militants returned to Europe - diplomat", "diplomat"),
    ("Over 300 fighters return home- Report", "Report"),
    ("Some 40 nationals remain in camps — diplomat (TASS)", "diplomat"),
    ("Ten fighters return - Interior Ministry", "Interior Ministry"),
])
def test_a_headline_credit_after_a_dash(title, speaker):
    assert attribute_headline(title) == speaker


@pytest.mark.parametrize("title", [
    "Bosnia - Herzegovina takes back 25 citizens",
    "Ten fighters return - live updates",
    "Twelve fighters return - BBC News",
])
def test_a_dash_before_words_that_name_no_source(title):
    assert attribute_headline(title) == ""


# --- a closing '..., X said.' speaks for its own sentence only (rule S2) ----------------------

def test_a_closing_attribution_names_its_own_sentence_not_the_earlier_ones():
    assert speakers("Some 12 women have come back. Another 19 children are still in the camps, "
                    "the minister said. -K07--") == [(12, ""), (19, "the minister")]


@pytest.mark.parametrize("paragraphs, expected", [
    # a new paragraph: the earlier sentence is the journalist's
    (["Some 12 women have come back.", "Another 19 children remain, the minister said."],
     [(12, ""), (19, "the minister")]),
    # a sentence with a speaker of its own in between
    (["Some 12 women came back. Police said 5 were held. Another 19 remain, Ali Khan said."],
     [(12, ""), (5, "Police"), (19, "Ali Khan")]),
    # not at the end of its paragraph
    (["Some 12 women came back. Another 19 remain, the minister said. A further 30 men are "
      "held in Iraq."], [(12, ""), (19, "the minister"), (30, "the minister")]),
])
def test_a_closing_attribution_reaches_no_earlier_sentence(paragraphs, expected):
    assert speakers(*paragraphs) == expected


# --- Russian: "по данным X", "как сообщает X", inverted ", сообщил глава ..." ------------------

@pytest.mark.parametrize("text, speaker", [
    ("По данным МЧС, погибли 12 человек.", "МЧС"),
    ("По словам Ивана Петрова, в лагерях остаются 200 детей.", "Ивана Петрова"),
    ("Как сообщает пресс-служба ведомства, вернулись 40 человек.", "пресс-служба ведомства"),
    ("В лагерях остаются 200 детей, сообщил глава ведомства Иван Петров.",
     "глава ведомства Иван Петров"),
    ("Из Сирии вернулись 40 человек, сообщили в МЧС.", "в МЧС"),
    ("Согласно данным МЧС, погибли 12 человек.", "МЧС"),
    ("Погибли 12 человек, об этом заявил глава МЧС Иван Петров.", "глава МЧС Иван Петров"),
    ("Иван Петров уточнил, что погибли 12 человек.", "Иван Петров"),
])
def test_russian_attribution(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


# --- more verbs and relays of English news ----------------------------------------------------

@pytest.mark.parametrize("text, speaker, via", [
    ("Official figures show that 300 men left.", "Official figures", ""),
    ("The ministry wrote on Facebook that 30 men were detained.", "The ministry", ""),
    ("Some 40 people died, the ministry tweeted.", "the ministry", ""),
    ("Interior Minister Ivan Petrov had said that 40 men left.", "Interior Minister Ivan Petrov",
     ""),
    ("Reuters cited a police official as saying 12 people died.", "a police official",
     "Reuters"),
    ("Some 12 people died, AFP reported, quoting a police source.", "a police source", "AFP"),
    ("The government now says 35 people died, not 95, citing the governor's office.",
     "the governor's office", "The government"),
])
def test_more_verbs_and_relays(text, speaker, via):
    found = attribute(text, Attribution())
    assert (found.speaker, found.via) == (speaker, via)


@pytest.mark.parametrize("text, speaker", [
    # an appositive name closed by a comma is still the subject
    ("The head of the agency, Aidar Bekov, said in May that 500 nationals had left.",
     "Aidar Bekov"),
    # an inverted verb is never followed by a preposition as its speaker
    ("Some 500 nationals left, said in May the head of the agency.", ""),
    # a picture shows no figure of its own
    ("Photos show that 30 men were held.", ""),
])
def test_subjects_and_their_near_misses(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


# --- more subjects of English news ------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, via", [
    ("The Observatory for Civil Rights, a Paris-based monitor, said 40 people were killed.",
     "The Observatory for Civil Rights", ""),
    ("The report found that 40 children were held.", "The report", ""),
    ("Bekov was quoted by Interfax as saying that 40 men left.", "Bekov", "Interfax"),
    ("Bekov was quoted as saying by Interfax that 40 men left.", "Bekov", "Interfax"),
])
def test_more_subjects(text, speaker, via):
    found = attribute(text, Attribution())
    assert (found.speaker, found.via) == (speaker, via)


def test_a_pronoun_with_nobody_before_it_names_nobody():
    assert speakers('"We have found 40 bodies," he said.') == [(40, "")]
    assert speakers("Ali Khan spoke first.", '"We have found 40 bodies," he said.') == [
        (40, "")]  # no speaker found before it: "he" cannot be resolved


def test_it_refers_back_to_a_body_not_a_person():
    assert speakers("The ministry said 40 people were held. It added that 12 were women.") == [
        (40, "The ministry"), (12, "The ministry")]
    assert speakers("Ali Khan said 40 people were held.", "It added that 12 were women.") == [
        (40, "Ali Khan"), (12, "")]


def test_it_opening_a_new_paragraph_carries_nobody():
    assert speakers("The ministry said 40 people were held.",
                    "It is the second such flight, with 12 women aboard.") == [
        (40, "The ministry"), (12, "")]


def test_they_opening_a_paragraph_refers_to_a_group_not_to_a_named_outlet():
    assert speakers("The Netherlands will repatriate 41 people, the Daily News reported.",
                    "The women are held in camps.",
                    "They are 12 women and 29 children.") == [
        (41, "the Daily News"), (12, ""), (29, "")]


@pytest.mark.parametrize("text, speaker", [
    ("Authorities have confirmed the deaths of 40 people.", "Authorities"),
    ("The government now says 35 people died.", "The government"),
    ("The Interior Ministry put the death toll at 40.", "The Interior Ministry"),
])
def test_an_auxiliary_or_adverb_is_no_part_of_the_speaker(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


def test_a_headline_credit_after_a_colon():
    assert attribute_headline("12 killed in Lagos blast: police") == "police"
    assert attribute_headline("Nigeria: 12 killed in Lagos blast") == ""


def test_russian_pronouns_refer_back_and_citing_names_the_source():
    assert speakers("Иван Петров заявил журналистам о трагедии. Он добавил, что погибли 12 "
                    "человек.") == [(12, "Иван Петров")]
    assert speakers("Погибли 12 человек, передает агентство со ссылкой на источник.") == [
        (12, "источник")]


@pytest.mark.parametrize("opener, speaker", [
    ("They are men from the north, and 3 of them were trained abroad.", ""),
    ("They are suspecting that 3 of them were trained abroad.", "The police"),
])
def test_they_opening_a_new_paragraph_describes_people_or_carries_the_source(opener, speaker):
    found = speakers("The police arrested 8 men, the ministry said.", "The police said more "
                     "arrests would follow.", opener)
    assert found[-1] == (3, speaker)


@pytest.mark.parametrize("text, speaker", [
    ("A US official, speaking on condition of anonymity, said 2,000 fighters are held.",
     "A US official"),
    ("Javid, speaking to the BBC, said 40 men had returned.", "Javid"),
    # near miss: an aside after a clause with a figure is no subject
    ("In 2019, which was a hard year, 40 men returned.", ""),
])
def test_a_subject_before_an_aside(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Official figures show 900 people travelled to Syria.", "Official figures"),
    ("Data from the ministry show 40 children were held.", "Data from the ministry"),
    # near miss: a picture that shows
    ("Satellite images show 40 tents in the camp.", ""),
])
def test_records_that_show_a_figure(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


def test_the_one_told_is_never_the_speaker():
    found = attribute("He told Tribunnews.com that 60 people had returned.", Attribution())
    assert (found.speaker, found.via) == ("", "Tribunnews.com")


# --- "Y said N, according to X": the teller speaks, X relays (issue 12, point 6) --------------

@pytest.mark.parametrize("text, speaker, via", [
    ("Mahfud on Tuesday said 689 citizens would stay, according to The Jakarta Post.",
     "Mahfud", "The Jakarta Post"),
    ("Ali Khan told reporters that 40 men left, according to the Daily Courier.",
     "Ali Khan", "the Daily Courier"),
    # a news medium only relays: the source after 'according to' speaks
    ("The agency Xinhua said 40 people were rescued, according to the rescue command.",
     "the rescue command", ""),
    ("State television said 40 people died, according to the health ministry.",
     "the health ministry", ""),
    # no teller: the source after 'according to' speaks
    ("At least 40 people were killed, according to a statement from the ministry.",
     "a statement from the ministry", ""),
])
def test_a_teller_and_an_according_to_source(text, speaker, via):
    found = attribute(text, Attribution())
    assert (found.speaker, found.via) == (speaker, via)


# --- no subject from an auxiliary, a preposition, a contracted pronoun or a counted chunk ------

@pytest.mark.parametrize("text, speaker", [
    # an auxiliary after a comma is a verb phrase, not a subject ("Mosul, has confirmed")
    ("The search of the archive, kept in Mosul, has confirmed that 3,000 recruits left.", ""),
    # a preposition opens no subject ("with most cases reported from the north")
    ("The toll stands at 412, with most deaths reported from the coast.", ""),
    # a contracted pronoun before a participle names nobody
    ("It’s believed that 40 children are among them.", ""),
    ("There's thought to be 90 men in the camp.", ""),
    # a chunk that counts people is no name beside the speaker
    ("The toll rose to 88, including 12 women, along with 300 others injured, the agency said.",
     "the agency"),
    # near misses: a lower-case subject, and a name, still speak
    ("Some 600 families have left, aid workers reported.", "aid workers"),
    ("Its spokesman, Ali Hassan, has said 70 men surrendered.", "Ali Hassan"),
])
def test_no_subject_from_function_words(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


# --- French verbs in the passé composé, and printed after what was said -----------------------

@pytest.mark.parametrize("text, speaker", [
    ("«Nous craignons que 12 personnes soient mortes», a dit à un correspondant de l'AFP le "
     "porte-parole des pompiers Jean Martin.", "le porte-parole des pompiers Jean Martin"),
    ("Quelque 400 djihadistes sont rentrés, a révélé ce lundi à Paris le directeur de la "
     "police, Pierre Durand.", "le directeur de la police, Pierre Durand"),
    ("« Il y a 30 retours », a expliqué à Libération une source proche du dossier.",
     "une source proche du dossier"),
    ("Le préfet a fait savoir que 198 combattants ont regagné le pays.", "Le préfet"),
    # near misses: no subject after the verb, a question, a verb that says nothing
    ("« Nous avons 20 blessés », a-t-il dit.", ""),
    ("Les 40 hommes ont été arrêtés, a dit.", ""),
    ("Le bateau transportait 50 migrants, a constaté la presse.", ""),
])
def test_french_verbs_after_the_quote(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


# --- Dutch 'volgens' and 'aldus', German reports and 'unter Berufung auf', German quote marks --

@pytest.mark.parametrize("text, speaker", [
    ("Volgens de politie zijn 40 mensen opgepakt.", "de politie"),
    ("Volgens recente cijfers van de inlichtingendienst bevinden zich 60 vrouwen in kampen.",
     "recente cijfers van de inlichtingendienst"),
    ("Nog 70 Nederlanders zijn in Syrië, aldus de minister van Justitie.",
     "de minister van Justitie"),
    ("Die Zahl ist nach einem Bericht des Tagesspiegels auf 500 gestiegen.", "Tagesspiegels"),
    ("Mindestens 300 Kämpfer sind zurückgekehrt, berichtet die Agentur AFP unter Berufung auf "
     "den Innenminister Max Meier.", "Innenminister Max Meier"),
    # near misses: a pronoun, and 'unter Berufung auf' without a report
    ("Volgens hem zijn 40 mensen opgepakt.", ""),
    ("Er blieb unter Berufung auf seine Rechte stumm, 30 Menschen warteten.", ""),
])
def test_dutch_and_german_sources(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


def test_german_quote_marks_keep_a_quoted_name():
    assert speakers("Nach einem Bericht der „Neuen Zeitung“ sind 780 Kämpfer ausgereist.") \
        == [(780, "Neuen Zeitung")]
    # a quoted statement is still what was said, not a name
    assert speakers("Der Minister sagte: „Laut Polizei haben wir 30 Kämpfer gezählt.“") == [
        (30, "Der Minister")]


# --- a curly quote closed by two apostrophes (“...’’) ends the quotation ---------------------

@pytest.mark.parametrize("closing", ["’’", "''"])
def test_a_quote_closed_by_two_apostrophes_ends(closing):
    found = speakers("Survivors said the boat carried 46 people. The boat sank and “the group "
                     f"panicked when the engine broke,{closing} the agency said. The dead included "
                     "a child and eight men, the coast guard said.")
    assert found == [(46, "Survivors"), (8, "the coast guard")]


def test_an_apostrophe_inside_a_quote_does_not_close_it():
    # near miss: one apostrophe ("group’s") is no closing mark
    assert speakers("“The group’s boat carried 46 people,” the agency said.") == [
        (46, "the agency")]


# --- plural Russian verbs of saying, French verbs of counting ---------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Местные СМИ сообщают, что погибли 40 человек.", "Местные СМИ"),
    ("Очевидцы пишут, что пострадали 12 человек.", "Очевидцы"),
    ("Le ministère dénombre 300 combattants encore dans la zone.", "Le ministère"),
    ("La préfecture recense 45 blessés.", "La préfecture"),
    # near misses: a participle, or a noun, that is no verb of counting
    ("Les 40 blessés recensés sont à l'hôpital.", ""),
    ("Le recensement a compté 20 familles.", ""),
])
def test_plural_and_counting_verbs(text, speaker):
    assert attribute(text, Attribution()).speaker == speaker


# --- a role noun with a modifier ("the prime minister") refers back to a named person --------

def test_a_modified_role_refers_back_to_the_named_person():
    assert speakers("Prime Minister Jan de Vries said the camps are unsafe.",
                    "The prime minister said 40 children would come home.") == [
        (40, "Prime Minister Jan de Vries")]
    assert speakers("The camps are full, Karin Lund, the interior minister, told reporters.",
                    "The interior minister said 12 women had been convicted.") == [
        (12, "Karin Lund")]


@pytest.mark.parametrize("before", [
    "The NDMA said the rains would go on.",  # an acronym: a body, not a person
    "The disaster agency said the rains would go on.",  # a body
    "The report said the rains would go on.",  # a document
])
def test_a_modified_role_after_a_body_names_itself(before):
    assert speakers(before, "The foreign minister said 300 people were displaced.") == [
        (300, "The foreign minister")]


# --- the subject before an aside speaks, not a clause inside the aside ------------------------

@pytest.mark.parametrize("text, speaker, via", [
    ("The police source, who asked not to be named because they are not allowed to brief the "
     "press, told Reuters that 300 people returned.", "The police source", "Reuters"),
    ("A camp official, who spoke as they were leaving, told AFP that 40 women fled.",
     "A camp official", "AFP"),
    # near miss: no aside, the subject tells
    ("The governor told AFP that 25 men were held.", "The governor", "AFP"),
])
def test_the_subject_before_an_aside_tells(text, speaker, via):
    found = attribute(text, Attribution())
    assert (found.speaker, found.via) == (speaker, via)


def test_according_to_the_details_names_no_source():
    # "According to the details, ..." opens a report in South Asian English: no source
    assert speakers("According to the details, 7 more people died in the rains.") == [(7, "")]
    # near miss: details of a named body still name it
    assert speakers("According to details from the NDMA, 7 more people died.") == [
        (7, "details from the NDMA")]


def test_an_opening_mark_typed_for_the_closing_one_ends_the_quote():
    assert speakers("“Twelve citizens have been sent home,“ the ministry said.") == [
        (12, "the ministry")]
    # near miss: a mark after a comma that opens a quoted word is still an opening mark
    assert speakers("The ministry said, “Twelve citizens have been sent home.”") == [
        (12, "The ministry")]


@pytest.mark.parametrize("refusal", [
    "Officers declined to comment on the attacks in which 130 people were killed.",
    "The ministry would not confirm that 130 people were killed.",
])
def test_a_refusal_to_comment_carries_no_speaker_on(refusal):
    assert speakers("Police said two men were held. " + refusal) == [(2, "Police"), (130, "")]


def test_a_sentence_after_a_refusal_still_follows_its_paragraph():
    # near miss: the refusal names nobody, but a later sentence that says something does
    assert speakers("Officers declined to comment. The ministry said 45 people were held.") == [
        (45, "The ministry")]
