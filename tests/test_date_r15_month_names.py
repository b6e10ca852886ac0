"""Round 15, printed dates by language: month names that pages print and dateparser's locale
data lack (lexicon/month_names.csv): the Levantine and Iraqi Arabic months ('12 آذار 2019',
'12 كانون الثاني 2019', two words), the Maghreb and Moroccan ones ('جانفي', 'غشت'), Arabic
spellings without hamza ('اكتوبر'), the Gregorian months of Persian pages in Persian letters
('ژانویه', where the locale data spell the Arabic yeh), and Hindi 'फरवरी' without its nukta."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.dates import find_dates

PAGES = {
    "ar": ("فيضانات تجبر 300 عائلة على مغادرة منازلها",
           "غادرت نحو 300 عائلة منازلها يوم الاثنين بعد ارتفاع منسوب النهر، بحسب الشرطة."),
    "fa": ("سیل ۳۰۰ خانواده را از خانه‌هایشان آواره کرد",
           "به گفته پلیس، حدود ۳۰۰ خانواده روز دوشنبه پس از بالا آمدن آب رودخانه خانه‌های خود را"
           " ترک کردند."),
    "hi": ("बाढ़ से 300 परिवारों को अपने घर छोड़ने पड़े",
           "पुलिस ने बताया कि नदी का जलस्तर बढ़ने के बाद सोमवार को करीब 300 परिवारों ने अपने"
           " घर छोड़ दिए।"),
}


def _page(lang: str, *header: str) -> str:
    title, lead = PAGES[lang]
    return "\n\n".join((title, *header, lead)) + "\n"


@pytest.mark.parametrize("lang, line, date", [
    ("ar", "الثلاثاء، 12 آذار 2019 - 10:05", dt.date(2019, 3, 12)),
    ("ar", "12 كانون الثاني 2019", dt.date(2019, 1, 12)),
    ("ar", "نشر في: 12 تشرين الأول 2019", dt.date(2019, 10, 12)),
    ("ar", "12 ايلول 2019", dt.date(2019, 9, 12)),
    ("ar", "نشر بتاريخ: 12 جانفي 2019", dt.date(2019, 1, 12)),
    ("ar", "١٢ جويلية ٢٠١٩", dt.date(2019, 7, 12)),
    ("ar", "12 غشت 2019", dt.date(2019, 8, 12)),
    ("ar", "12 دجنبر 2019", dt.date(2019, 12, 12)),
    ("ar", "12 اكتوبر 2019", dt.date(2019, 10, 12)),
    ("fa", "۱۲ ژانویه ۲۰۱۹", dt.date(2019, 1, 12)),
    ("fa", "تاریخ انتشار: ۱۲ سپتامبر ۲۰۱۹", dt.date(2019, 9, 12)),
    ("hi", "12 फरवरी 2019", dt.date(2019, 2, 12)),
])
def test_a_month_name_the_locale_data_lack_gives_the_pages_date(lang, line, date):
    art = clean(_page(lang, line))
    assert art.date is not None and art.date.date == date and art.date_basis == "stated"


@pytest.mark.parametrize("lang, line", [
    ("ar", "آخر تحديث: 12 آذار 2019 - 10:05"),
    ("ar", "صورة: نازحون يغادرون منازلهم في ريف إدلب، 12 آذار 2019"),
    ("fa", "به‌روزرسانی: ۱۲ ژانویه ۲۰۱۹"),
])
def test_an_update_or_a_caption_is_not_the_date(lang, line):
    assert clean(_page(lang, line)).date is None


def test_a_two_word_month_name_is_read_only_whole():
    # 'كانون' alone names no month: neither January nor December is guessed
    assert find_dates("12 كانون 2019") == []
    assert [d.date for d in find_dates("12 كانون الأول 2019")] == [dt.date(2019, 12, 12)]


def test_a_site_clock_above_the_headline_gives_way_to_the_date_line_below_it():
    title, lead = PAGES["ar"]
    art = clean(f"الاثنين 18 آذار 2019\n\n{title}\n\n12 آذار 2019\n\n{lead}\n")
    assert art.date is not None and art.date.date == dt.date(2019, 3, 12)


def test_every_name_of_the_list_gives_its_month():
    from helpers import lexicon

    for name, month in lexicon.table("month_names")[["term", "month"]].values:
        assert [d.date for d in find_dates(f"5 {name} 2019")] == [dt.date(2019, int(month), 5)]
