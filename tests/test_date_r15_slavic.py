"""Round 15, printed dates by language: Croatian and Belarusian month names are read
(lexicon/date_languages.csv; a Croatian name that Polish or Czech gives another month,
'listopada', is left out by rule), and the South Slavic 'at' before a time ('u 10:05',
'ob 10.05', lexicon/date_line_words.csv) may stand on a date line."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.dates import find_dates

MARCH_12 = dt.date(2019, 3, 12)

PAGES = {
    "hr": ("Poplave u Slavoniji: 300 obitelji napustilo svoje domove",
           "Oko 300 obitelji napustilo je svoje domove u ponedjeljak nakon što je rijeka"
           " porasla, priopćila je policija."),
    "be": ("Паводка на Палессі: 300 сем'яў пакінулі свае дамы",
           "Каля 300 сем'яў пакінулі свае дамы ў панядзелак пасля таго, як рака выйшла з"
           " берагоў, паведаміла міліцыя."),
    "sl": ("Poplave v Posavju: 300 družin zapustilo svoje domove",
           "Okoli 300 družin je v ponedeljek zapustilo svoje domove, potem ko je reka"
           " narasla, je sporočila policija."),
    "bs": ("Poplave u Posavini: 300 porodica napustilo svoje domove",
           "Oko 300 porodica napustilo je svoje domove u ponedjeljak nakon što je rijeka"
           " porasla, saopćila je policija."),
}


def _page(lang: str, *header: str) -> str:
    title, lead = PAGES[lang]
    return "\n\n".join((title, *header, lead)) + "\n"


@pytest.mark.parametrize("lang, line", [
    ("hr", "12. ožujka 2019."), ("hr", "utorak, 12. ožujka 2019."),
    ("hr", "12. ožujka 2019. u 10:05"), ("hr", "Objavljeno: 12.03.2019. u 10:05"),
    ("be", "12 сакавіка 2019"), ("be", "Аўторак, 12 сакавіка 2019, 10:05"),
    ("sl", "12. marec 2019 ob 10.05"), ("sl", "torek, 12. 3. 2019 ob 10.05"),
    ("bs", "12.03.2019. u 10:05"),
])
def test_a_south_slavic_or_belarusian_date_line_is_the_pages_date(lang, line):
    art = clean(_page(lang, line))
    assert art.date is not None and art.date.date == MARCH_12 and art.date_basis == "stated"


@pytest.mark.parametrize("lang, line", [
    ("hr", "Ažurirano: 12. ožujka 2019. u 10:05"), ("be", "Абноўлена: 12 сакавіка 2019"),
    ("sl", "Posodobljeno: 12. marec 2019 ob 10.05"),
    ("hr", "Foto: stanovnici napuštaju kuće u Slavonskom Brodu, 12. ožujka 2019."),
    ("be", "Фота: жыхары пакідаюць дамы ў Пінску, 12 сакавіка 2019"),
])
def test_an_update_or_a_caption_is_not_the_date(lang, line):
    assert clean(_page(lang, line)).date is None


def test_a_croatian_month_that_polish_reads_as_another_is_not_guessed():
    # 'listopada' is October in Croatian, November in Polish: not read; 'studenoga' (November)
    # is Croatian only
    assert find_dates("3. listopada 2019.") == []
    assert [d.date for d in find_dates("3. studenoga 2019.")] == [dt.date(2019, 11, 3)]


def test_a_site_clock_above_the_headline_gives_way_to_the_date_line_below_it():
    title, lead = PAGES["hr"]
    art = clean(f"Ponedjeljak, 18. ožujka 2019.\n\n{title}\n\n12. ožujka 2019. u 10:05\n\n{lead}\n")
    assert art.date is not None and art.date.date == MARCH_12
