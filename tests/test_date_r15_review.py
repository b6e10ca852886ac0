"""Dates: the review of round 15's date lists (REVIEW_r15 section 4), on text written for these
tests. A year-first number in figures after a document-number word (date_words.csv,
document_number) is that document's number, not a date; the same figures elsewhere stay a date."""

from __future__ import annotations

import datetime as dt

import pytest

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
