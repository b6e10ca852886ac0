"""Furniture in sentence form in the Romance languages (helpers/lexicon/
furniture_world_romance.csv, issue 12 point 4): comments closed, error-report and click-here
prompts, opinion disclaimers, reproduction bans, paywall notices, channel appeals, ad-block
notices and illustrative-photo captions in French, Spanish, Portuguese, Italian, Romanian,
Catalan and Galician. Each line goes under its rule; sentences that hold the same words stay.
Lines and pages written for these tests."""

from __future__ import annotations

import pytest
from conftest import furniture_rule

from helpers.cleaning import clean

LINES = [
    ("Les commentaires sont fermés.", "comment_form"),
    ("Los comentarios están cerrados.", "comment_form"),
    ("Os comentários estão fechados.", "comment_form"),
    ("I commenti sono chiusi.", "comment_form"),
    ("Comentariile sunt închise.", "comment_form"),
    ("¿Has encontrado un error? Avísanos.", "feedback_prompt"),
    ("Encontrou um erro? Avise-nos.", "feedback_prompt"),
    ("Hai trovato un errore? Segnalacelo.", "feedback_prompt"),
    ("Ai găsit o greșeală? Anunță-ne.", "feedback_prompt"),
    ("Cliquez ici pour lire la suite.", "click_here"),
    ("Haz clic aquí para leer más.", "click_here"),
    ("Clicca qui per leggere l'articolo completo.", "click_here"),
    ("Click aici pentru a citi mai mult.", "click_here"),
    ("Les opinions exprimées dans cet article n'engagent que leur auteur.", "legal_notice"),
    ("Las opiniones expresadas son responsabilidad exclusiva de sus autores.", "legal_notice"),
    ("As opiniões expressas são de responsabilidade exclusiva dos autores.", "legal_notice"),
    ("Le opinioni espresse sono quelle dell'autore.", "legal_notice"),
    ("Opiniile exprimate aparțin exclusiv autorilor.", "legal_notice"),
    ("Toute reproduction, même partielle, est interdite sans autorisation.", "legal_notice"),
    ("Prohibida su reproducción total o parcial sin autorización.", "legal_notice"),
    ("É proibida a reprodução total ou parcial deste conteúdo.", "legal_notice"),
    ("È vietata la riproduzione, anche parziale, dei contenuti.", "legal_notice"),
    ("Reproducerea totală sau parțială a conținutului este interzisă.", "legal_notice"),
    ("Tots els drets reservats", "legal_notice"),
    ("Todos os dereitos reservados", "legal_notice"),
    ("Il vous reste 75% de cet article à lire.", "appeal"),
    ("¿Ya eres suscriptor? Inicia sesión", "appeal"),
    ("Já é assinante? Faça login", "appeal"),
    ("Sei già abbonato? Accedi", "appeal"),
    ("Rejoignez notre chaîne WhatsApp.", "appeal"),
    ("Únete a nuestro canal de WhatsApp.", "appeal"),
    ("Abonează-te la canalul nostru de WhatsApp.", "appeal"),
    ("Veuillez désactiver votre bloqueur de publicité.", "adblock_notice"),
    ("Por favor, desactiva tu bloqueador de anuncios.", "adblock_notice"),
    ("Disattiva il tuo ad blocker.", "adblock_notice"),
    ("Immagine d'archivio.", "photo_caption"),
    ("Fotografie cu rol ilustrativ.", "photo_caption"),
]


@pytest.mark.parametrize(("line", "rule"), LINES)
def test_a_romance_furniture_sentence_goes_under_its_rule(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("sentence", [
    "Les commentaires sont fermés depuis que le ministre a porté plainte, a indiqué le site.",
    "Los comentarios del ministro sobre los 45 muertos provocaron una fuerte polémica.",
    "I commenti sono stati chiusi dopo gli insulti contro i 40 migranti, ha detto il sindaco.",
    "La reproduction des tortues est interdite sur cette plage depuis 2019.",
    "Las opiniones expresadas por los vecinos en la asamblea fueron muy duras.",
    "Los manifestantes se organizaron en un canal de WhatsApp, dijo la policía.",
    "Únete a nosotros, gritaban los 300 manifestantes ante el ayuntamiento.",
    "Hai trovato un errore nei conti, ha detto il giudice al perito durante l'udienza.",
])
def test_a_sentence_holding_those_words_stays(sentence):
    assert furniture_rule(sentence) is None


def test_a_page_loses_its_notices_and_keeps_its_sentences():
    lead = ("Al menos 45 migrantes murieron en el naufragio de su embarcación frente a Libia el"
            " domingo, informaron las autoridades.")
    more = "Los comentarios del ministro provocaron una fuerte polémica en el Congreso."
    notices = ["Los comentarios están cerrados.", "Haz clic aquí para leer más.",
               "Prohibida su reproducción total o parcial sin autorización."]
    art = clean("\n\n".join(["Naufragio frente a Libia", lead, more, *notices]) + "\n")
    kept = " ".join(art.paragraphs)
    assert lead in kept and more in kept
    assert not any(n in kept for n in notices)
