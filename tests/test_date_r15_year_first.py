"""Round 15, printed dates by language: dates with the year first and the month or day in one
digit ('2019/3/12', as Chinese and Japanese pages print them), with a dot and a space after
each part ('2019. 3. 12.', Korean and Hungarian), and the CJK word for am/pm before the time
('2019.03.12. 오전 10:05', lexicon/date_line_words.csv)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.dates import find_dates

MARCH_12 = dt.date(2019, 3, 12)

PAGES = {
    "zh": ("洪水迫使300个家庭离开家园", "警方说，周一河水上涨后，约300个家庭离开了家园。"),
    "ja": ("洪水で300世帯が避難",
           "警察によると、川の水位が上昇し、月曜日に約300世帯が自宅を離れた。"),
    "ko": ("홍수로 300가구 대피", "경찰에 따르면 월요일 강물이 불어나 약 300가구가 집을 떠났다."),
    "hu": ("Árvíz: 300 család hagyta el otthonát",
           "A rendőrség szerint mintegy 300 család hagyta el otthonát hétfőn, miután megáradt"
           " a folyó."),
}


def _page(lang: str, *header: str) -> str:
    title, lead = PAGES[lang]
    return "\n\n".join((title, *header, lead)) + "\n"


@pytest.mark.parametrize("lang, line", [
    ("zh", "2019/3/12 10:05"), ("zh", "发布时间：2019-3-12 10:05"), ("ja", "配信 2019/3/12 10:05"),
    ("ko", "2019. 3. 12. 10:05"), ("ko", "입력 2019.03.12 오전 10:05"),
    ("ko", "2019.03.12. 오후 3:05"), ("hu", "2019. 03. 12. 10:05"),
])
def test_a_year_first_date_line_is_the_pages_date(lang, line):
    art = clean(_page(lang, line))
    assert art.date is not None and art.date.date == MARCH_12 and art.date_basis == "stated"


@pytest.mark.parametrize("lang, line", [
    ("ko", "수정 2019.03.12 오후 3:05"), ("ja", "更新日 2019/3/12 10:05"),
    ("ko", "사진은 12일 서울 강남구 일대에서 대피하는 주민들 모습, 2019. 3. 12."),
])
def test_an_update_or_a_caption_is_not_the_date(lang, line):
    assert clean(_page(lang, line)).date is None


def test_a_number_after_a_year_and_a_digit_is_no_date():
    assert find_dates("version 2019.3.123") == [] == find_dates("2019/13/5")
    assert [d.date for d in find_dates("2019.3.5")] == [dt.date(2019, 3, 5)]
