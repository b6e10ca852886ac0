"""Classes found where the header, figure and furniture rules of round 6 met each other's pages
(issue 12, points 1, 2, 4 and 5), on text written for these tests: a date stamp run into the
lead, a date line under the headline older than the events, an attributed wire sentence closed
by its credit."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean

HEADLINE = "Flood toll rises in the north"
LEAD = ("Officials said on Monday that the death toll from the floods had risen to 120 people,"
        " with 40 still missing.")
MORE = "Rescue teams reached the last villages cut off by the water, the ministry said."


def _words_in_body(art, sentence: str) -> bool:
    return " ".join(sentence.split()) in " ".join(" ".join(art.paragraphs).split())


@pytest.mark.parametrize("stamp", ["August 3, 2014", "3 August 2014", "03.08.2014"])
def test_a_date_stamp_run_into_the_lead_is_split_from_it(stamp):
    art = clean(f"{HEADLINE}\n{stamp}{LEAD}\n{MORE}\n")
    assert _words_in_body(art, LEAD)
    assert art.date is not None and art.date.date == dt.date(2014, 8, 3)
    assert not any(p.startswith(stamp) for p in art.paragraphs)


@pytest.mark.parametrize("line", [
    "In 2014Chinese officials said the toll had risen to 120 people.",  # no stamp: a year alone
    "August 3, 2014 Chinese officials said the toll had risen to 120 people.",  # a space: no glue
])
def test_a_year_in_the_lead_is_no_glued_stamp(line):
    art = clean(f"{HEADLINE}\n{line}\n{MORE}\n")
    assert _words_in_body(art, line)


def test_a_date_line_below_the_headline_is_the_date_however_old_the_events():
    body = ("The court sentenced the two men on Wednesday. They had left for Syria in March 2009"
            " and came back in 2010, the court said.")
    art = clean(f"{HEADLINE}\n\n30.11.2023\n\n{body}\n")
    assert art.date is not None and art.date.date == dt.date(2023, 11, 30)


def test_a_site_clock_above_the_headline_years_late_is_still_no_date():
    body = ("The court sentenced the two men on Wednesday. They had left for Syria in March 2009"
            " and came back in 2010, the court said.")
    art = clean(f"Tuesday, 30 November 2023\n\n{HEADLINE}\n\n{body}\n")
    assert art.date is None


@pytest.mark.parametrize("credit", ["(Xinhua/NAN)", "(Reuters)", "(AFP/dpa)"])
def test_a_sentence_closed_by_its_speaker_and_a_wire_credit_stays_in_the_body(credit):
    said = "Turkey holds nearly 1,200 foreign fighters in custody, the minister said."
    page = f"{HEADLINE}\n\n{LEAD}\n\n{said} {credit}\n\n{MORE}\n\n{MORE[:40]} later on.\n\nShare\n"
    assert _words_in_body(clean(page), said)


@pytest.mark.parametrize("caption", [
    "Police officers stand guard outside the court in Ankara. (Xinhua/NAN)",
    "Rescuers search the rubble, officials said. (AP Photo/Jane Roe)",
])
def test_a_caption_with_its_credit_still_leaves_the_body(caption):
    page = f"{HEADLINE}\n\n{LEAD}\n\n{caption}\n\n{MORE}\n\n{MORE[:40]} later on.\n\nShare\n"
    assert not _words_in_body(clean(page), caption.rsplit(" (", 1)[0])
