"""Speakers after a dash (round 16, helpers.attribution_dash), on sentences written for these
tests: in Slavic, Hungarian, Romance and Baltic news a spaced dash stands for the comma before an
inverted verb of saying and the speaker closes the sentence, whatever its words (a place name in
capitals before a role, a bracketed abbreviation, an abbreviation's full stop); the verb alone
after the dash is "he said" (a pronoun left unsaid). What stands before the dash was said: it
is never the speaker."""

from __future__ import annotations

import pytest
from conftest import speakers

from helpers.attribution import Attribution, attribute
from helpers.speakers import outside_quotes


def _speaker(*paragraphs: str) -> str:
    found = speakers(*paragraphs)
    assert found, "no count of people read"
    return found[-1][1]


@pytest.mark.parametrize("text, words", [
    # a capitalised place name before a role: not a person's name, not lower case
    ("Két ember meghalt az árvízben - közölte Borsod megye katasztrófavédelmi szóvivője.",
     "Borsod megye katasztrófavédelmi szóvivője"),
    # a bracketed abbreviation inside the speaker
    ("Legalább 30 ember meghalt – közölte az ENSZ Menekültügyi Főbiztossága (UNHCR) szóvivője.",
     "ENSZ Menekültügyi Főbiztossága (UNHCR) szóvivője"),
    # a body's name of capitalised and small words
    ("Au murit 14 oameni - a anunțat Inspectoratul General pentru Situații de Urgență.",
     "Inspectoratul General pentru Situații de Urgență"),
    ("Zginęło 14 osób – poinformowała Komenda Główna Policji w sobotę.",
     "Komenda Główna Policji"),
])
def test_the_speaker_after_a_dash_and_an_inverted_verb(text, words):
    assert words in _speaker(text)


def test_an_abbreviations_full_stop_inside_the_speaker():
    # (read in one sentence: the sentence splitter may cut at "ppor."; a quoted name is read
    # without its marks, as helpers.speakers gives it)
    said = attribute(outside_quotes("Zatrzymano 140 osób – poinformowała rzeczniczka ppor. "
                                    "Anna Kowalska w programie „Sedno Sprawy”."), Attribution())
    assert "rzeczniczka ppor. Anna Kowalska" in said.speaker


@pytest.mark.parametrize("text", [
    # what stands between a comma and the dash was said, not said by it
    "A hajó, amely legkevesebb 20 ember halálát okozta a tengeren – közölte az ENSZ "
    "Menekültügyi Főbiztossága (UNHCR) szóvivője az X-en.",
    "Csónak, amely 20 ember halálát okozta – közölte Heves megye rendőrsége.",
])
def test_the_clause_before_the_dash_is_no_speaker(text):
    said = attribute(text, Attribution())
    assert said.speaker and "amely" not in said.speaker and "ember" not in said.speaker


@pytest.mark.parametrize("text", [
    "Twelve people died - said in a statement.",  # a preposition opens no speaker
    "Zginęło 12 osób – powiedział, że to tragedia.",  # a clause after the verb
    "– Dwie osoby są w szpitalu – dodała.",  # the verb alone, and nobody named before it
])
def test_nobody_named_after_the_dash(text):
    assert _speaker(text) == ""


def test_the_verb_alone_after_a_dash_is_the_last_speaker_in_a_new_paragraph():
    assert _speaker("Rzecznik policji Jan Nowak powiedział, że w powodzi zginęło 12 osób.",
                    "– Dwie osoby są w szpitalu – dodał.") == "Rzecznik policji Jan Nowak"


def test_a_paragraph_without_the_dash_carries_nobody_over():
    assert _speaker("Rzecznik policji Jan Nowak powiedział, że w powodzi zginęło 12 osób.",
                    "Dwie osoby są w szpitalu.") == ""


# helpers.closing_dates: a weekday and a bracketed day/month date closing the sentence after its
# speaker (Indonesian and Malay news) no longer hide the speaker at the sentence's end
@pytest.mark.parametrize("text, speaker", [
    ('"Dua belas orang tewas," kata seorang pejabat pada Senin (14/8).', "seorang pejabat"),
    ('"Dua belas orang tewas," kata polisi, Senin (14/8).', "polisi"),
    ('12 orang tewas dalam banjir, kata juru bicara polisi, Kamis (14/8/2023).',
     "juru bicara polisi"),
])
def test_a_closing_weekday_and_bracketed_date_are_no_part_of_the_sentence_end(text, speaker):
    assert _speaker(text) == speaker


@pytest.mark.parametrize("text", [
    "12 orang tewas dalam banjir pada Senin (14/8).",  # nobody named: the cut adds none
    "12 orang tewas dalam banjir (14/8), kata polisi.",  # not closing: it stays
])
def test_the_closing_date_cut_names_nobody(text):
    assert _speaker(text) == ("polisi" if "kata" in text else "")


def test_a_bracket_that_is_no_day_and_month_stays():
    from helpers.closing_dates import cut
    assert cut("Dua belas orang tewas, kata UNHCR (2019).") == \
        "Dua belas orang tewas, kata UNHCR (2019)."
    assert cut("Dua belas orang tewas, kata polisi pada Senin (14/8).") == \
        "Dua belas orang tewas, kata polisi."


# named_pattern_verbs.csv tr_subject_verb / tr_statement: the Turkish verb closing a sentence whose
# subject opens it, in the present tense of features and the formal past of press releases as in
# the plain past; a particle after the subject ('ayrıca', 'ise': subject_trailing_words.csv) is
# no part of it
@pytest.mark.parametrize("text, speaker", [
    ("Örgüt, bu yıl 19 göçmenin yaşamını yitirdiğini kaydediyor.", "Örgüt"),
    ("Valilik, kazada 12 kişinin öldüğünü açıklamıştır.", "Valilik"),
    ("Sözcü Ayşe Demir ayrıca, sınırda 18 kişinin öldüğünü söylüyor.", "Sözcü Ayşe Demir"),
    ("Dernek Başkanı Ali Kaya ise, “Kazada 11 kişi öldü” diye konuştu.", "Dernek Başkanı Ali Kaya"),
])
def test_a_turkish_subject_and_a_closing_verb_of_saying(text, speaker):
    assert _speaker(text) == speaker


# verbs_of_saying.csv, round 16: Polish, Czech, Slovak, Hungarian and Bosnian / Croatian / Serbian
# verbs of saying that close a sentence after a dash (present tense, both genders)
@pytest.mark.parametrize("text, speaker", [
    ("Zatrzymano 26 migrantów - potwierdza rzecznik Straży Granicznej.",
     "rzecznik Straży Granicznej"),
    ("Zemřelo 12 lidí – říká mluvčí hasičů.", "mluvčí hasičů"),
    ("Zomrelo 12 ľudí – hovorí hovorca polície.", "hovorca polície"),
    ("Két ember meghalt - tudatta a rendőrség szóvivője.", "a rendőrség szóvivője"),
    ("Poginulo je 12 osoba - rekao je glasnogovornik policije.", "glasnogovornik policije"),
])
def test_a_verb_of_saying_after_a_dash_in_central_european_languages(text, speaker):
    assert speaker in _speaker(text)
