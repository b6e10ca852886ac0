"""Furniture in sentence form in the Germanic, Nordic and Finnic languages (helpers/lexicon/
furniture_world_germanic.csv, issue 12 point 4): comments closed, error-report and click-here
prompts, opinion disclaimers, reproduction bans, paywall notices, channel appeals, ad-block
notices and archive-photo captions in German, Dutch, Swedish, Danish, Norwegian, Icelandic,
Finnish and Estonian. Each line goes under its rule; sentences that hold the same words stay.
Lines and pages written for these tests."""

from __future__ import annotations

import pytest
from conftest import furniture_rule

from helpers.cleaning import clean

LINES = [
    ("Die Kommentarfunktion ist geschlossen.", "comment_form"),
    ("Reacties zijn gesloten.", "comment_form"),
    ("Kommentarerna är stängda.", "comment_form"),
    ("Kommentarer er lukket.", "comment_form"),
    ("Kommentarfeltet er stengt.", "comment_form"),
    ("Kommentointi on suljettu.", "comment_form"),
    ("Kommenteerimine on suletud.", "comment_form"),
    ("Fehler gefunden? Jetzt melden.", "feedback_prompt"),
    ("Hittade du ett fel? Meddela oss.", "feedback_prompt"),
    ("Löysitkö virheen? Ilmoita siitä meille.", "feedback_prompt"),
    ("Klicken Sie hier, um weiterzulesen.", "click_here"),
    ("Klik hier om verder te lezen.", "click_here"),
    ("Klikk her for å lese mer.", "click_here"),
    ("Klikkaa tästä lukeaksesi lisää.", "click_here"),
    ("Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.",
     "legal_notice"),
    ("De mening van de auteur is niet per se die van de redactie.", "legal_notice"),
    ("Vervielfältigung nur mit Genehmigung.", "legal_notice"),
    ("Alla rättigheter förbehållna.", "legal_notice"),
    ("Kaikki oikeudet pidätetään.", "legal_notice"),
    ("Kõik õigused kaitstud.", "legal_notice"),
    ("Allur réttur áskilinn.", "legal_notice"),
    ("Dieser Artikel ist nur für Abonnenten verfügbar.", "appeal"),
    ("Al abonnee? Log in", "appeal"),
    ("Redan prenumerant? Logga in", "appeal"),
    ("Oletko jo tilaaja? Kirjaudu sisään", "appeal"),
    ("Folgen Sie uns auf unserem WhatsApp-Kanal.", "social_follow"),
    ("Abonneer je op ons WhatsApp-kanaal.", "appeal"),
    ("Bitte deaktivieren Sie Ihren Adblocker.", "adblock_notice"),
    ("Schakel je adblocker uit.", "adblock_notice"),
    ("Stäng av din annonsblockerare.", "adblock_notice"),
    ("Symbolfoto.", "photo_caption"),
    ("Arkistokuva.", "photo_caption"),
    ("Illustrasjonsfoto.", "photo_caption"),
]


@pytest.mark.parametrize(("line", "rule"), LINES)
def test_a_germanic_furniture_sentence_goes_under_its_rule(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("sentence", [
    "Die Kommentare des Ministers zu den 45 Toten sorgten im Bundestag für Empörung.",
    "Kommentarerna stängdes efter hoten mot de 40 flyktingarna, sade chefredaktören.",
    "Hier klicken die Handschellen, sagte der Polizist vor Gericht.",
    "Die Meinung des Autors der Studie wird von der Regierung nicht geteilt.",
    "Folgen Sie uns, riefen die Retter den 30 Überlebenden zu.",
    "Der Nachdruck der Flugblätter kostete die Partei 2000 Euro.",
])
def test_a_sentence_holding_those_words_stays(sentence):
    assert furniture_rule(sentence) is None


def test_a_page_loses_its_notices_and_keeps_its_sentences():
    lead = ("Mindestens 45 Migranten sind beim Untergang ihres Bootes vor Libyen ums Leben"
            " gekommen, teilten die Behörden mit.")
    more = "Die Kommentare des Ministers sorgten im Bundestag für Empörung."
    notices = ["Die Kommentarfunktion ist geschlossen.", "Fehler gefunden? Jetzt melden.",
               "Vervielfältigung nur mit Genehmigung."]
    art = clean("\n\n".join(["Bootsunglück vor Libyen", lead, more, *notices]) + "\n")
    kept = " ".join(art.paragraphs)
    assert lead in kept and more in kept
    assert not any(n in kept for n in notices)
