"""Sentence-opening furniture rows of helpers/lexicon/furniture_labels_world.csv (appeals,
comment-form notices, follow-us lines) on article sentences that open with the same words
(review of round 14, finding 8): an appeal names the outlet's own channel or journalism ('our
newsletter', 'our journalism'), a comment form's box names 'this browser' and its notice closes
with the required-field star, a follow-us line has no reported-speech tail; article sentences
stay. Lines and a page written for these tests."""

from __future__ import annotations

import pytest
from conftest import furniture_rule

from helpers.cleaning import clean

ARTICLE_SENTENCES = [
    # appeal: support journalism
    "Support for independent journalism has fallen sharply, a survey of 3,000 readers found.",
    "Apoye el periodismo local, pidió el alcalde tras el cierre de dos diarios.",
    "Podržite novinarstvo, poručio je ministar, jer bez slobodnih medija nema demokracije.",
    # comment_form: a browser (navigator) and commenting in one sentence
    "Salvar al navegador fue imposible, comentó el capitán de la Guardia Civil.",
    "Salvar o navegador solitário foi impossível, comentou o comandante da Marinha.",
    "Guarda Costeira resgata navegador; o comandante comentou o caso.",
    "Salva il posto dei navigator: il ministro ha commentato la riforma del reddito.",
    "Az e-mailben a rendőrség azt írta, hogy 12 migránst fogtak el (*a név megváltoztatva).",
    # appeal: sign up by e-mail
    "Prijavite se policiji putem e-maila ako ste vidjeli nešto sumnjivo, poručila je policija.",
    "Inscreva-se no programa pelo e-mail, disse o ministro aos 300 migrantes.",
    "Sign up for the program by e-mail before Friday, officials said.",
    # social_follow
    "Ikuti berita terbaru soal banjir di media sosial, kata BPBD.",
    "Takip edin, dedi polis, ve sosyal medya hesaplarından duyurdu.",
    "Follow us to the border, the smugglers told the migrants, according to Facebook posts.",
]


@pytest.mark.parametrize("sentence", ARTICLE_SENTENCES)
def test_an_article_sentence_opening_like_an_appeal_or_a_form_stays(sentence):
    assert furniture_rule(sentence) is None


@pytest.mark.parametrize(("line", "rule"), [
    ("Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain"
     " commentaire.", "comment_form"),
    ("Save my name, email, and website in this browser for the next time I comment.",
     "comment_form"),
    ("Salvar meus dados neste navegador para a próxima vez que eu comentar.", "comment_form"),
    ("Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
     "comment_form"),
    ("Your email address will not be published. Required fields are marked *", "comment_form"),
    ("Az e-mail címet nem tesszük közzé. A kötelező mezőket * karakterrel jelöltük",
     "comment_form"),
    ("Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
     "comment_form"),
    ("Inscreva-se na nossa newsletter e receba as notícias por e-mail.", "appeal"),
    ("Berlangganan newsletter kami", "appeal"),
    ("Tilaa uutiskirjeemme", "appeal"),
    ("Support our journalism", "appeal"),
    ("Soutenez notre journalisme indépendant", "appeal"),
    ("Follow us on Facebook, Twitter and Instagram", "social_follow"),
])
def test_the_outlets_own_appeals_and_forms_still_go(line, rule):
    assert furniture_rule(line) == rule


def test_a_spanish_page_keeps_its_sentences_and_loses_its_form():
    salvar = ("Salvar al navegador fue imposible, comentó el capitán de la Guardia Civil, que"
              " coordinó la búsqueda durante tres días.")
    apoye = ("Apoye el periodismo local, pidió el alcalde tras el cierre de dos diarios de la"
             " comarca en apenas un año.")
    lead = ("Un navegador solitario de 64 años desapareció el lunes frente a la costa de Almería"
            " cuando su velero volcó durante un temporal, informó Salvamento Marítimo.")
    form = ("Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez"
            " que comente.")
    page = "\n\n".join(["Desaparece un navegador frente a Almería", lead, salvar, apoye,
                        "Deja un comentario", form]) + "\n"
    kept = " ".join(clean(page).paragraphs)
    assert lead in kept and salvar in kept and apoye in kept
    assert form not in kept
