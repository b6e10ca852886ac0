"""Round 17, header shapes that recur across languages: a date line whose day and month are
printed in figures with a dot and a space after each ('2. 6. 2019', '02. 06. 2019. u 18:44', as
Czech, Slovak, Slovenian, Croatian and Serbian pages print it) is a date line, not a list item
numbered '2.' (helpers.textlines.core_of). A site's clock above the headline, a weekday, a date
with its month in words (any calendar), a city and a time ('جمعه ۷ اردیبهشت ۱۴۰۳ تهران ۰۶:۵۱',
broadcasters' pages in Persian, Arabic...), is neither the headline nor the page's date
(helpers.header_lines.worded_clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.textlines import core_of

JUNE_2 = dt.date(2019, 6, 2)

PAGES = {
    "cs": ("Na Dunaji se převrátil člun, 12 migrantů se utopilo",
           "Nejméně 12 migrantů se utopilo poté, co se jejich člun převrátil na Dunaji,"
           " uvedla v neděli policie."),
    "sr": ("Prevrnuo se čamac na Dunavu, utopilo se 12 migranata",
           "Najmanje 12 migranata se utopilo kada se njihov čamac prevrnuo na Dunavu,"
           " saopštila je u nedelju policija."),
    "sl": ("Na Kolpi se je prevrnil čoln, utonilo 12 migrantov",
           "Najmanj 12 migrantov je utonilo, ko se je njihov čoln prevrnil na Kolpi, je v"
           " nedeljo sporočila policija."),
}


def _page(lang: str, *header: str) -> str:
    title, lead = PAGES[lang]
    return "\n\n".join((title, *header, lead)) + "\n"


@pytest.mark.parametrize("lang, line", [
    ("cs", "2. 6. 2019 10:22"), ("cs", "2. 6. 2019"), ("sr", "02. 06. 2019. u 18:44"),
    ("sr", "2. 6. 2019."), ("sl", "2. 6. 2019 ob 10.22"),
])
def test_spaced_numeric_date_line_is_the_date(lang: str, line: str) -> None:
    assert core_of(line) == line
    art = clean(_page(lang, line))
    assert art.date is not None and art.date.date == JUNE_2
    assert art.date_basis == "stated"
    assert art.title == PAGES[lang][0]


@pytest.mark.parametrize("line, core", [
    ("2. Die Regierung tagte am 2. 6. 2019", "Die Regierung tagte am 2. 6. 2019"),
    ("1. 13. 2019 war kein Datum", "13. 2019 war kein Datum"),  # no 13th month: a list item
    ("3. 2019 kamen 40 Menschen", "2019 kamen 40 Menschen"),
])
def test_numbered_list_items_keep_losing_their_number(line: str, core: str) -> None:
    assert core_of(line) == core


CLOCK_PAGES = {
    "fa": ("جمعه ۷ اردیبهشت ۱۴۰۳ تهران ۰۶:۵۱",
           "مرگ ۲۱ مهاجر در سواحل ایتالیا پس از غرق قایق",
           "بیست و یک مهاجر در آبهای دریای آدریاتیک جان باختند، پلیس ایتالیا اعلام کرد."),
    "ar": ("الجمعة 26 أبريل 2024 بغداد 06:51",
           "غرق 21 مهاجرا قبالة سواحل إيطاليا بعد انقلاب قاربهم",
           "لقي 21 مهاجرا حتفهم في البحر الأدرياتيكي، بحسب ما أعلنت الشرطة الإيطالية."),
    "fa_voa": ("پنجشنبه ۳۰ فروردین ۱۴۰۳ ایران ۲۲:۲۰",
               "مرگ ۱۹ مهاجر در دریای اژه پس از واژگونی قایق",
               "نوزده مهاجر در آبهای دریای اژه جان باختند، گارد ساحلی ترکیه اعلام کرد."),
}


@pytest.mark.parametrize("lang", sorted(CLOCK_PAGES))
def test_worded_clock_above_the_headline_is_no_title_and_no_date(lang: str) -> None:
    clock, title, lead = CLOCK_PAGES[lang]
    art = clean("\n\n".join((clock, title, lead)) + "\n")
    assert art.title == title
    assert art.date is None


def test_headline_with_a_date_and_a_time_stays_the_title() -> None:
    title = "سیل در تهران ۱۲ کشته داد ۷ اردیبهشت ۱۴۰۳ ۰۶:۵۱ گزارش پلیس"
    art = clean("\n\n".join((title, CLOCK_PAGES["fa"][2])) + "\n")
    assert art.title is not None and art.title.startswith("سیل در تهران")
