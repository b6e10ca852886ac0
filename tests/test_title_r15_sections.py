"""Section labels of news sites in 40 languages (lexicon section_labels.csv, read by
helpers/glued_labels.py and helpers/header.py; issue 12 point 1): a section label glued to the
headline ('ŚwiatW katastrofie ...') is cut off it, and one alone on the line above a short
headline ('Svijet' over 'Potres pogodio Tursku') is no headline and does not end the header;
headlines that hold the same words, set apart by a space or inside a longer word, stay whole.
Pages written for these tests."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean
from helpers.glued_labels import glued_section, section_name

LEADS = {  # a lead in the headline's language, so that the headline reads as the page's own
    "pl": "Ratownicy pracowali przez całą noc, a policja poinformowała, że zginęło 12 osób.",
    "tr": "Kurtarma ekipleri gece boyunca çalıştı, yetkililer 12 kişinin öldüğünü açıkladı.",
    "hr": "Spasioci su radili cijelu noć, a policija je rekla da je poginulo 12 ljudi.",
    "ru": "Спасатели работали всю ночь, а полиция сообщила, что погибли 12 человек.",
    "es": "Los rescatistas trabajaron toda la noche y la policía dijo que murieron 12 personas.",
    "id": "Tim penyelamat bekerja sepanjang malam dan polisi mengatakan 12 orang tewas.",
    "de": "Die Retter arbeiteten die ganze Nacht, und die Polizei sagte, 12 Menschen seien tot.",
    "fr": "Les secours ont travaillé la nuit, et la police dit que 12 personnes sont mortes.",
    "vi": "Lực lượng cứu hộ làm việc suốt đêm và cảnh sát cho biết 12 người đã thiệt mạng.",
    "en": "Rescuers worked through the night, and officials said that 12 people had died.",
}


def page(header: str, lang: str) -> str:
    return f"{header}\n\n{LEADS[lang]}\n\n{LEADS[lang]}\n"


@pytest.mark.parametrize(("label", "headline", "lang"), [
    ("Świat", "W katastrofie zaginęło dwóch Słowaków i trzech Czechów", "pl"),
    ("Gündem", "Deprem bölgesinde 3 kişi hayatını kaybetti", "tr"),
    ("Svijet", "Poplave u Bosni odnijele četiri života", "hr"),
    ("Мир", "В Сирии погибли 12 человек при обстреле", "ru"),
    ("Mundo", "Un terremoto deja 40 muertos en Perú", "es"),
    ("Nasional", "Banjir bandang tewaskan 7 warga di Garut", "id"),
    ("Politika", "Vlada je pala nakon tri mjeseca", "hr"),
    ("Ausland", "Erdbeben in der Türkei fordert viele Tote", "de"),
])
def test_a_section_label_glued_to_the_headline_is_cut_off(label, headline, lang):
    art = clean(page(f"{label}{headline}", lang))
    assert art.title == headline
    assert any(r.rule == "glued_label" and r.text == label for r in art.removed)


@pytest.mark.parametrize(("headline", "lang"), [
    ("Światowa Organizacja Zdrowia ostrzega przed grypą", "pl"),  # inside a longer word
    ("Svijet u plamenu: požari na jugu Europe odnijeli 12 života", "hr"),  # a space after it
    ("NewsUSA reports 12 people died in the storm", "en"),  # capitals run on: a name
    ("Мировой рекорд побит на чемпионате в Казани", "ru"),
])
def test_a_headline_opening_with_a_label_s_letters_stays_whole(headline, lang):
    assert glued_section(headline) == 0
    assert clean(page(headline, lang)).title == headline


@pytest.mark.parametrize(("label", "headline", "lang"), [
    ("Svijet", "Potres pogodio Tursku", "hr"),
    ("Gündem", "Ankara'da sel felaketi", "tr"),
    ("В мире", "Наводнение в Китае", "ru"),
    ("Faits divers", "Incendie à Lyon", "fr"),
    ("Thế giới", "Lũ lụt ở Ấn Độ", "vi"),
    ("Politik:", "Neue Regierung vereidigt", "de"),
])
def test_a_section_label_alone_above_a_short_headline_is_skipped(label, headline, lang):
    assert section_name(label)
    art = clean(page(f"{label}\n{headline}", lang))
    assert art.title == headline


@pytest.mark.parametrize(("headline", "lang"), [
    ("Svijet bez granica", "hr"),  # a short headline holding a label word
    ("Gündem yoğun", "tr"),
    ("World leaders meet", "en"),
])
def test_a_short_headline_holding_a_label_word_is_no_label(headline, lang):
    assert not section_name(headline)
    assert clean(page(headline, lang)).title == headline
