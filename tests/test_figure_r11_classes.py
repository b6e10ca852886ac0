"""Counts of people and numbers that count no people (issue 12, point 5), round 11, on
sentences written for these tests in the manner of news reports: a number before a unit of
time or a word of age is no count of people in any language, even where a people noun follows
("3 dana migranti", "45 वर्षीय व्यक्ति", "19-åriga män"), while the counts beside such numbers
are still read."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text", [
    "Za 3 dana migranti su stigli.",                   # Serbian / Croatian days
    "Μέσα σε 3 ημέρες πρόσφυγες έφτασαν.",             # Greek days
    "در ۳ روز پناهجویان رسیدند.",                       # Persian days
    "3 दिन में शरणार्थी पहुंचे।",                         # Hindi days
    "Trong 3 ngày người tị nạn đã đến.",                # Vietnamese days
    "Efter 3 dagar anlände flyktingar.",                # Swedish days
    "3 gündür mülteciler bekliyor.",                    # Turkish "for 3 days"
    "45 वर्षीय व्यक्ति को गिरफ्तार किया गया।",            # Hindi age
    "45 वर्ष के व्यक्ति की हत्या।",                       # Hindi years
])
def test_a_unit_of_time_or_age_after_the_number_counts_no_people(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Två 19-åriga män dog.", []),                      # Swedish age hyphened to the number
    ("To 19-årige menn døde.", []),                     # Norwegian
    ("5 kişi 10 yıl hapis cezası aldı.", [5]),          # the count beside a sentence is read
    ("12 persone sono state condannate a 5 anni.", [12]),
    ("Zwei 15-Jährige wurden festgenommen.", [2]),     # the number before the age still counts
])
def test_ages_hyphened_to_numbers_and_counts_beside_durations(text, expected):
    assert values(text) == expected
