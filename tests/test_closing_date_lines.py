"""Round 17: a date line printed alone directly after the article's last sentence is the
page's date when the page states none (helpers.closing_date_lines), in any language the date
rules read; a list of time stamps, a date after furniture, an update label or a date already
stated above keep it from being taken."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean

NOV_11 = dt.date(2019, 11, 11)

TITLE = "Turkey starts deporting foreign fighters"
BODY = (
    "Turkey deported two foreign fighters on Monday, the interior ministry said.",
    "One of them is a US national, the other a German citizen.",
    "Seven more are to be sent back on Thursday, a spokesman added.",
    "They are being held in deportation centres while legal proceedings go on.",
    "The minister said last week that the country was not a hotel for militants.",
    "European governments have been reluctant to take their citizens back.",
    "Some have revoked the citizenship of people who joined the group.",
    "The ministry did not say which countries the others would be sent to.",
    "Officials said the process would continue in the coming weeks.",
)


def _page(*after: str) -> str:
    return "\n\n".join((TITLE, *BODY, *after)) + "\n"


@pytest.mark.parametrize("line", [
    "Monday, November 11th 2019", "11 November 2019 14:30", "11 Kasım 2019",
    "Senin, 11 November 2019", "11.11.2019 um 14:30 Uhr", "11. November 2019",
])
def test_date_line_after_the_last_sentence_is_the_date(line: str) -> None:
    art = clean(_page(line, "Jane Roe (dpa)"))
    assert art.date is not None and art.date.date == NOV_11
    assert art.date_basis == "stated"


def test_a_list_of_time_stamps_is_no_date() -> None:
    art = clean(_page("11.11.19 | 18:37", "11.11.19 | 17:00", "10.11.19 | 12:15"))
    assert art.date is None


def test_a_date_after_furniture_is_no_date() -> None:
    art = clean(_page("Share this article", "11 November 2019 14:30"))
    assert art.date is None


def test_an_update_line_is_no_date() -> None:
    art = clean(_page("Last updated: 11 November 2019"))
    assert art.date is None


def test_the_date_stated_above_stays() -> None:
    page = "\n\n".join((TITLE, "5 November 2019", *BODY, "11 November 2019")) + "\n"
    art = clean(page)
    assert art.date is not None and art.date.date == dt.date(2019, 11, 5)
