"""Round 17, header shapes that recur across languages: a date line whose day and month are
printed in figures with a dot and a space after each ('2. 6. 2019', '02. 06. 2019. u 18:44', as
Czech, Slovak, Slovenian, Croatian and Serbian pages print it) is a date line, not a list item
numbered '2.' (helpers.textlines.core_of)."""

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
