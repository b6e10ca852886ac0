"""Round 15, printed dates by language: a site clock labelled 'Today:' is never the page's date,
in the languages whose dates are read (lexicon/date_labels.csv: 'Hoje:', 'Dziś:', 'Leo:',
'Danas:', 'Σήμερα:', 'Сьогодні:', 'Ngayon:' ...), above or below the headline."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean

PAGES = {
    "pt": ("Cheias obrigam 300 famílias a deixar as suas casas",
           "Cerca de 300 famílias deixaram as suas casas na segunda-feira depois da subida do rio,"
           " disse a polícia."),
    "pl": ("Powódź: 300 rodzin opuściło swoje domy",
           "Około 300 rodzin opuściło w poniedziałek swoje domy po tym, jak rzeka wystąpiła z"
           " brzegów, poinformowała policja."),
    "sw": ("Mafuriko yawakosesha makazi familia 300 mkoani Morogoro",
           "Takriban familia 300 zimeyakimbia makazi yao Jumatatu baada ya mto kufurika, polisi"
           " wamesema."),
    "hr": ("Poplave u Slavoniji: 300 obitelji napustilo svoje domove",
           "Oko 300 obitelji napustilo je svoje domove u ponedjeljak nakon što je rijeka"
           " porasla, priopćila je policija."),
    "uk": ("Повінь: 300 родин залишили свої домівки",
           "Близько 300 родин залишили свої домівки в понеділок після того, як річка вийшла з"
           " берегів, повідомила поліція."),
}

CLOCKS = [
    ("pt", "Hoje: terça-feira, 12 de março de 2019"), ("pl", "Dziś: 12.03.2019"),
    ("sw", "Leo: Jumanne, 12 Machi 2019"), ("hr", "Danas: 12.03.2019."),
    ("uk", "Сьогодні: 12 березня 2019"),
]


@pytest.mark.parametrize("lang, line", CLOCKS)
def test_a_clock_labelled_today_is_not_the_date(lang, line):
    title, lead = PAGES[lang]
    for page in (f"{title}\n\n{line}\n\n{lead}\n", f"{line}\n\n{title}\n\n{lead}\n"):
        art = clean(page)
        assert art.date is None and art.author is None


@pytest.mark.parametrize("lang, line", CLOCKS)
def test_the_date_line_beside_a_clock_labelled_today_is_the_date(lang, line):
    title, lead = PAGES[lang]
    art = clean(f"{line}\n\n{title}\n\n05.03.2019\n\n{lead}\n")
    assert art.date is not None and art.date.date == dt.date(2019, 3, 5)
