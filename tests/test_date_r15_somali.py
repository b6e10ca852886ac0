"""Round 15, printed dates by language: Somali month names are read after the day ('12 Maarso
2019', lexicon/date_languages.csv), with the spellings pages print that the locale data lack
('Luulyo', 'Desembar': month_names.csv), but not the three-letter abbreviations that are English
words ('sad', 'kit': date_words.csv not_month)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.dates import find_dates

TITLE = "Fatahaad: 300 qoys ayaa ka barakacay guryahooda gobolka Hiiraan"
LEAD = ("Ilaa 300 qoys ayaa Isniintii ka barakacay guryahooda kadib markii webigu fatahay,"
        " ayay tiri booliska.")


@pytest.mark.parametrize("line, date", [
    ("12 Maarso 2019", dt.date(2019, 3, 12)), ("Talaado, 12 Maarso 2019", dt.date(2019, 3, 12)),
    ("12 Luulyo 2019", dt.date(2019, 7, 12)), ("12 Desembar 2019, 10:05", dt.date(2019, 12, 12)),
])
def test_a_somali_date_line_is_the_pages_date(line, date):
    art = clean(f"{TITLE}\n\n{line}\n\n{LEAD}\n")
    assert art.date is not None and art.date.date == date


def test_a_caption_with_a_somali_date_is_not_the_date():
    line = "Sawir: qoysas ka barakacay fatahaadda magaalada Beledweyne, 12 Maarso 2019"
    assert clean(f"{TITLE}\n\n{line}\n\n{LEAD}\n").date is None


def test_a_somali_abbreviation_that_is_an_english_word_is_no_month():
    assert find_dates("he was sad 12 2019") == find_dates("a 12 kit 2019 edition") == []
