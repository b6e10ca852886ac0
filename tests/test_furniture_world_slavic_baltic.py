"""Furniture in sentence form in the Slavic and Baltic languages (helpers/lexicon/
furniture_world_slavic_baltic.csv, issue 12 point 4): comments closed, error-report and
click-here prompts, opinion disclaimers, reproduction bans, paywall notices, ad-block notices and
illustrative-photo captions in Polish, Czech, Slovak, Slovenian, Croatian, Serbian, Bulgarian,
Macedonian, Ukrainian, Russian, Belarusian, Lithuanian and Latvian. Each line goes under its
rule; sentences that hold the same words stay. Lines and pages written for these tests."""

from __future__ import annotations

import pytest
from conftest import furniture_rule

from helpers.cleaning import clean

LINES = [
    ("Komentarze są wyłączone.", "comment_form"),
    ("Diskuse je uzavřena.", "comment_form"),
    ("Komentiranje je zaprto.", "comment_form"),
    ("Komentari su zatvoreni.", "comment_form"),
    ("Коментарите са изключени.", "comment_form"),
    ("Коментарі закрито.", "comment_form"),
    ("Комментирование отключено.", "comment_form"),
    ("Каментары зачыненыя.", "comment_form"),
    ("Komentarai išjungti.", "comment_form"),
    ("Komentāri ir slēgti.", "comment_form"),
    ("Znalazłeś błąd? Daj nam znać.", "feedback_prompt"),
    ("Našli jste chybu? Napište nám.", "feedback_prompt"),
    ("Pronašli ste pogrešku? Javite nam.", "feedback_prompt"),
    ("Знайшли помилку? Виділіть її та натисніть Ctrl+Enter.", "feedback_prompt"),
    ("Radote klaidą? Praneškite mums.", "feedback_prompt"),
    ("Kliknij tutaj, aby przeczytać więcej.", "click_here"),
    ("Klikněte zde pro více informací.", "click_here"),
    ("Натиснете тук, за да прочетете повече.", "click_here"),
    ("Нажмите здесь, чтобы узнать больше.", "click_here"),
    ("Spied šeit, lai lasītu vairāk.", "click_here"),
    ("Opinie wyrażone w artykule są opiniami autora.", "legal_notice"),
    ("Kopiowanie i rozpowszechnianie bez zgody redakcji zabronione.", "legal_notice"),
    ("Šíření obsahu bez souhlasu je zakázáno.", "legal_notice"),
    ("Zabranjeno preuzimanje sadržaja bez dozvole.", "legal_notice"),
    ("Сите права се задржани.", "legal_notice"),
    ("Усе правы абаронены.", "legal_notice"),
    ("Ten artykuł jest dostępny tylko dla subskrybentów.", "appeal"),
    ("Článok je dostupný iba pre predplatiteľov.", "appeal"),
    ("Передплатіть, щоб читати далі.", "appeal"),
    ("Wyłącz blokadę reklam.", "adblock_notice"),
    ("Отключите блокировщик рекламы.", "adblock_notice"),
    ("Ilustrační foto.", "photo_caption"),
    ("Simbolična fotografija.", "photo_caption"),
    ("Снимката е илюстративна.", "photo_caption"),
    ("Iliustracinė nuotrauka.", "photo_caption"),
]


@pytest.mark.parametrize(("line", "rule"), LINES)
def test_a_slavic_or_baltic_furniture_sentence_goes_under_its_rule(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("sentence", [
    "Komentarze ministra wywołały burzę w Sejmie, a 45 posłów zażądało dymisji.",
    "Komentari su zatvoreni za javnost nakon prijetnji upućenih 40 migranata, rekao je urednik.",
    "Kliknij tutaj i tam, mówili oszuści 300 ofiarom, ustaliła policja.",
    "Kopiowanie dokumentów trwało trzy dni, poinformowała prokuratura.",
    "Коментарі міністра викликали обурення у Верховній Раді.",
    "Знайшли помилку у звіті про 45 загиблих, заявили в прокуратурі.",
])
def test_a_sentence_holding_those_words_stays(sentence):
    assert furniture_rule(sentence) is None


def test_a_page_loses_its_notices_and_keeps_its_sentences():
    lead = ("Co najmniej 45 migrantów zginęło w niedzielę po zatonięciu ich łodzi u wybrzeży"
            " Libii, poinformowały władze.")
    more = "Komentarze ministra wywołały burzę w Sejmie."
    notices = ["Komentarze są wyłączone.", "Znalazłeś błąd? Daj nam znać.",
               "Wszelkie prawa zastrzeżone."]
    art = clean("\n\n".join(["Katastrofa łodzi u wybrzeży Libii", lead, more, *notices]) + "\n")
    kept = " ".join(art.paragraphs)
    assert lead in kept and more in kept
    assert not any(n in kept for n in notices)
