"""Counts of people added in round 14, on sentences written for these tests in the manner of news
reports: Hungarian numerals of persons ("tizennyolcan", "negyvenen", "ötszázan", "40 ezren"),
which count people with no noun after them, and the same endings where they mean "over" an age
("ötvenen felül"), which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    # Hungarian numerals of persons beyond ten: teens, tens, hundreds, and thousands after digits
    ("A csónakban tizennyolcan tartózkodtak, amikor felborult.", [18]),
    ("A balesetben tizenöten meghaltak, többen megsérültek.", [15]),
    ("Csaknem negyvenen haltak meg a tűzben.", [40]),
    ("A tüntetésen százan vettek részt a rendőrség szerint.", [100]),
    ("A hajón nagyjából ötszázan utaztak.", [500]),
    ("Tavaly több mint 40 ezren kértek menedékjogot.", [40000]),
    # the same ending as "on": an age bound, no count of persons
    ("A betegség főleg az ötvenen felüli nőket érinti.", []),
    ("Negyvenen túl már nehezebb munkát találni.", []),
    # the thousand of persons only after digits; "ezer" alone counts things here
    ("A 40 ezer forintos támogatást megkapták.", []),
])
def test_hungarian_numerals_of_persons(text, expected):
    assert values(text) == expected


def test_hungarian_hundreds_in_one_word():
    # "száz" (100) and "ötszáz" (500) before a people noun
    assert values("Csaknem száz migránst mentettek ki, ötszáz menekült vár.") == [100, 500]
