"""Dates: the review of round 15's date lists (REVIEW_r15 section 4), on text written for these
tests. A year-first number in figures after a document-number word (date_words.csv,
document_number) is that document's number, not a date; the same figures elsewhere stay a
date; a month name read month first (Malay 'Mac') that is a word of a name ('Big Mac 5, 2019')
is no month."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.dates import find_dates


@pytest.mark.parametrize("text", [
    "Resolution 2019/3/12 of the Council was adopted.",
    "Directive 2019/1/15 on road safety applies to 12 countries.",
    "The court heard Case No. 2019/3/12 on Monday.",
    "See Vol. 2019/3/5 of the journal.",
    "ISBN 2019/3/5",
    "文号：2019/3/12",
])
def test_a_document_number_is_no_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, date", [
    ("发布时间：2019/3/12 10:05", dt.date(2019, 3, 12)),
    ("Published 2019/3/12", dt.date(2019, 3, 12)),
    ("The decision of 2019/3/12 was annulled.", dt.date(2019, 3, 12)),
])
def test_the_same_figures_elsewhere_are_a_date(text, date):
    assert [d.date for d in find_dates(text)] == [date]


# A month name only a month_first language reads (Malay 'Mac', Hausa 'Maris'), before its day:
# in lower case or after a capitalised word (no date label) it is a word of a name
@pytest.mark.parametrize("text", [
    "Big Mac 5, 2019 prices rose in 12 countries.",
    "Les maris 12, 2019",
    "The Apple Mac 12, 2019 review",
])
def test_a_month_first_name_in_a_name_is_no_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, date", [
    ("Selasa, Mac 12, 2019 @ 10:05am", dt.date(2019, 3, 12)),
    ("Mac 12, 2019 @ 10:05am", dt.date(2019, 3, 12)),
    ("Dikemaskini: Mac 12, 2019", dt.date(2019, 3, 12)),
    ("Inilathala Marso 12, 2019", dt.date(2019, 3, 12)),
    ("Jumanne, Machi 12, 2019", dt.date(2019, 3, 12)),
    ("Updated March 12, 2019", dt.date(2019, 3, 12)),
])
def test_a_month_first_date_stays(text, date):
    assert [d.date for d in find_dates(text)] == [date]


# 4a: an event's label, its date and the hour ('Utakmica: ... u 20:00') is no dateline nor a
# dateline: the page takes no date from it (helpers.outlets.dateline_date)
LEAD = ("Policija je rekla da je oko 300 obitelji napustilo domove u ponedjeljak nakon što je"
        " rijeka porasla.")


def _page_date(header: str) -> dt.date | None:
    art = clean("\n\n".join(("Poplava: 300 obitelji napustilo domove", header, LEAD)) + "\n")
    return art.date.date if art.date else None


@pytest.mark.parametrize("header", [
    "Utakmica: 20. ožujka 2019. u 20:00",
    "Utakmica: 20.03.2019. u 20:00",
    "Koncert: 20. ožujka 2019. u 20:00",
    "Pogreb: 20. ožujka 2019. u 14:00",
])
def test_an_event_header_is_no_publication_date(header):
    assert _page_date(header) is None


@pytest.mark.parametrize("header, date", [
    ("Objavljeno: 12. ožujka 2019. u 10:05", dt.date(2019, 3, 12)),
    ("Zagreb 12. ožujka 2019.", dt.date(2019, 3, 12)),
])
def test_a_publication_line_or_dateline_still_dates_the_page(header, date):
    assert _page_date(header) == date


# 4d: Arabic 'اب' (August, also 'father') and 'ماي' (May) are read only between a day and a year
@pytest.mark.parametrize("text, dates", [
    ("12 اب 2019", [dt.date(2019, 8, 12)]),
    ("12 ماي 2019", [dt.date(2019, 5, 12)]),
    ("قتل 12 اب و 2019 ابن", []),
])
def test_arabic_month_names_that_are_words(text, dates):
    assert [d.date for d in find_dates(text)] == dates
