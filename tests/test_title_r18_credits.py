"""Round 18, photo credits above the lead are no headline: rows of
helpers/lexicon/photo_credit_words.csv for the credit labels and marks of Korean ('사진: ...',
'(사진=연합뉴스)'), Japanese ('写真=共同'), Chinese ('图片: 新华社', '圖片: 中央社') and the Polish,
Czech and Slovak abbreviation 'Fot.' ('Fot. Jan Kowalski [Archiwum]'). A page that printed such
a credit above its lead and no headline got the credit as its title. Pages written for these
tests."""

from __future__ import annotations

import pytest

from helpers.captions import photo_credit_line
from helpers.cleaning import clean

LEADS = {
    "pl": "Straż Graniczna zatrzymała busa, którym jechało 26 migrantów, poinformowała policja.",
    "ko": "경찰에 따르면 오늘 새벽 화재로 주민 3명이 숨지고 12명이 다쳤습니다.",
    "ja": "警察によりますと、大雨の影響でこれまでに5人が死亡しました。",
    "zh": "据新华社报道,暴雨已造成12人死亡,3人失踪。",
}

CREDITS = [
    ("pl", "Fot. Robert Nowak [Radio Archiwum]"), ("pl", "Fot. PAP"), ("cs", "Fot. ČTK"),
    ("ko", "(사진=연합뉴스)"), ("ko", "사진: 연합뉴스"), ("ja", "写真=共同"),
    ("ja", "写真: 共同通信"),
    ("zh", "图片: 新华社"), ("zh", "圖片: 中央社"),
]


@pytest.mark.parametrize("lang, credit", CREDITS)
def test_photo_credit_of_more_languages(lang: str, credit: str) -> None:
    assert photo_credit_line(credit)


@pytest.mark.parametrize("lang, credit", [c for c in CREDITS if c[0] in LEADS])
def test_credit_above_the_lead_is_no_title(lang: str, credit: str) -> None:
    art = clean(f"{credit}\n\n{LEADS[lang]}\n")
    assert art.title is None
    assert any(r.text == credit and r.rule == "photo_credit" for r in art.removed)


@pytest.mark.parametrize("line", [
    "Fotograf Jan Nowak pokazał zdjęcia z podróży do Syrii.",  # a sentence about a photographer
    "사진작가 김철수 씨가 전시회를 열었다.", "写真展が東京で開かれた。",
])
def test_sentences_with_photo_words_are_no_credit(line: str) -> None:
    assert not photo_credit_line(line)
