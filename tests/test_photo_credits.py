"""Photo credits in many languages (helpers/lexicon/photo_credit_words.csv): a credit line is
furniture, a sentence that holds the same word in running text stays in the body."""

from __future__ import annotations

import pytest

from helpers import captions
from helpers.cleaning import clean


def _page(line: str) -> str:
    return ("Officials meet in the capital\n\nBy John Doe\n\n"
            "The officials met on Monday and discussed the returnees. They agreed on a plan.\n\n"
            f"{line}\n\n"
            "Three of the officials said the plan would take two years to carry out in full.\n")


@pytest.mark.parametrize("line", [
    "Fotó: MTI",  # Hungarian
    "Kuva: Lehtikuva",  # Finnish
    "Snímek: ČTK",  # Czech
    "Zdjęcie: PAP",  # Polish
    "Slika: Pixsell",  # Croatian
    "Φωτογραφία: Eurokinissi",  # Greek
    "Ảnh: TTXVN",  # Vietnamese
    "Gambar: Bernama",  # Malay
    "Larawan: PNA",  # Tagalog
    "Picha: Maktaba",  # Swahili
    "Фото / ТАСС",  # Russian, with a slash
    "Снимка: БТА",  # Bulgarian
    "ფოტო: AFP",  # Georgian
    "صورة: رويترز",  # Arabic
    "عکس: ایرنا",  # Persian
    "צילום: רויטרס",  # Hebrew
    "Hundreds of people waited at the border crossing on Sunday. Ảnh: TTXVN",  # closing a caption
])
def test_a_credit_line_in_any_listed_language_is_furniture(line):
    assert captions.photo_credit_line(line)
    art = clean(_page(line))
    assert line not in art.paragraphs
    assert ("photo_credit", line) in [(r.rule, r.text) for r in art.removed]


@pytest.mark.parametrize("line", [
    "Ảnh chụp cho thấy 12 người bị thương sau vụ nổ ở thủ đô.",
    "Hình ảnh: Một người dân đứng trước ngôi nhà bị sập ở miền Trung.",
    "Die Fotografie zeigt zwölf Menschen vor dem zerstörten Haus.",
    "Na slika se vidi 12 ljudi ispred kuće koja se srušila u noći.",
    "صورة: الرئيس يلتقي بعائلات المفقودين في العاصمة",
    "Kuva: Poliisi kertoi, että kaksi ihmistä kuoli onnettomuudessa.",
])
def test_a_sentence_holding_a_credit_word_stays_in_the_body(line):
    art = clean(_page(line))
    assert line in art.paragraphs, [(r.rule, r.text) for r in art.removed]


def test_a_label_added_to_the_list_makes_its_credits_furniture(word_lists):
    line = "Fotka: Jana Novak"  # a made-up label word
    assert not captions.photo_credit_line(line)
    with (word_lists / "photo_credit_words.csv").open("a", encoding="utf-8") as f:
        f.write("fotka,label,a test entry\n")
    assert captions.photo_credit_line(line)
    assert line not in clean(_page(line)).paragraphs
