"""Round 15, printed dates by language: Swedish (and Danish and Norwegian) pages print 'kl' before
the time without its dot, or 'klockan' ('12 mars 2019 kl 10.05'; lexicon/date_line_words.csv)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean

TITLE = "Översvämningar: 300 familjer har lämnat sina hem i norra Sverige"
LEAD = "Omkring 300 familjer lämnade sina hem på måndagen efter att älven steg, uppger polisen."


@pytest.mark.parametrize("line", [
    "12 mars 2019 kl 10.05", "Publicerad 12 mars 2019 kl 10:05",
    "tisdag 12 mars 2019 klockan 10.05",
])
def test_a_date_line_with_kl_before_the_time_is_the_pages_date(line):
    art = clean(f"{TITLE}\n\n{line}\n\n{LEAD}\n")
    assert art.date is not None and art.date.date == dt.date(2019, 3, 12)


@pytest.mark.parametrize("line", [
    "Uppdaterad 12 mars 2019 kl 10.05", "I dag: 12 mars 2019 kl 10.05",
    "Foto: boende lämnar sina hem i Haparanda den 12 mars 2019 kl 10.05",
])
def test_an_update_a_clock_or_a_caption_is_not_the_date(line):
    assert clean(f"{TITLE}\n\n{line}\n\n{LEAD}\n").date is None
