"""Round 15, printed dates by language: Greek pages print their date lines in capitals, which
drop the accents ('ΤΡΙΤΗ 12 ΜΑΡΤΙΟΥ 2019': 'μαρτίου' and 'τρίτη' without the tonos), so each
Greek month and weekday name of the locale data is also read without its accents
(helpers.scripts.both_forms)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.dates import find_dates

MARCH_12 = dt.date(2019, 3, 12)
TITLE = "Πλημμύρες στη βόρεια Ελλάδα: 300 οικογένειες εκτός σπιτιών"
LEAD = "Περίπου 300 οικογένειες εγκατέλειψαν τα σπίτια τους τη Δευτέρα, ανέφερε η αστυνομία."


def _page(*header: str) -> str:
    return "\n\n".join((TITLE, *header, LEAD)) + "\n"


@pytest.mark.parametrize("line", [
    "12 ΜΑΡΤΙΟΥ 2019", "ΤΡΙΤΗ 12 ΜΑΡΤΙΟΥ 2019", "12 ΜΑΡΤΙΟΥ 2019, 10:05",
    "ΔΗΜΟΣΙΕΥΣΗ: 12 ΜΑΡΤΙΟΥ 2019", "Τρίτη, 12 Μαρτίου 2019", "ΤΡΙΤΗ, 12 ΜΑΡ 2019 - 10:05",
])
def test_a_greek_date_line_in_capitals_is_the_pages_date(line):
    art = clean(_page(line))
    assert art.date is not None and art.date.date == MARCH_12 and art.date_basis == "stated"


@pytest.mark.parametrize("line", [
    "ΕΝΗΜΕΡΩΣΗ: 12 ΜΑΡΤΙΟΥ 2019, 10:05",
    "ΦΩΤΟ: κάτοικοι εγκαταλείπουν τα σπίτια τους στη Λάρισα, 12 ΜΑΡΤΙΟΥ 2019",
])
def test_an_update_or_a_caption_in_capitals_is_not_the_date(line):
    assert clean(_page(line)).date is None


def test_every_greek_month_in_capitals_gives_its_month():
    months = ("ΙΑΝΟΥΑΡΙΟΥ", "ΦΕΒΡΟΥΑΡΙΟΥ", "ΜΑΡΤΙΟΥ", "ΑΠΡΙΛΙΟΥ", "ΜΑΪΟΥ", "ΙΟΥΝΙΟΥ",
              "ΙΟΥΛΙΟΥ", "ΑΥΓΟΥΣΤΟΥ", "ΣΕΠΤΕΜΒΡΙΟΥ", "ΟΚΤΩΒΡΙΟΥ", "ΝΟΕΜΒΡΙΟΥ", "ΔΕΚΕΜΒΡΙΟΥ")
    for number, month in enumerate(months, start=1):
        assert [d.date for d in find_dates(f"5 {month} 2019")] == [dt.date(2019, number, 5)]
        assert [d.date for d in find_dates(f"5 {month.replace('Ϊ', 'Ι')} 2019")] == [
            dt.date(2019, number, 5)]
