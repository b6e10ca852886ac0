"""Printed-date classes of issue 12 point 2 met on pages from new sites, tested on pages written
for these tests: a date whose day is written with a dot ('24. avgust 2024') is no numbered list
item, month names of more languages, a month-first date in figures where the second number can
be no month, and a date printed in ISO 8601 is never taken for a site clock."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.dates import find_dates
from helpers.textlines import core_of

LEAD = ("Police said 14 people were injured when a bus and a lorry collided on the road near"
        " the town on Saturday morning.")


@pytest.mark.parametrize("text, date", [
    ("24. avgust 2024 13:30", dt.date(2024, 8, 24)),  # Serbian
    ("3. listopada 2019", None),  # Croatian October, Polish November: neither is guessed
    ("5 tetor 2018", dt.date(2018, 10, 5)),  # Albanian
    ("7 avqust 2020", dt.date(2020, 8, 7)),  # Azerbaijani
    ("9. maj 2021", dt.date(2021, 5, 9)),  # Danish, Slovenian
    ("20 يناير 2026", dt.date(2026, 1, 20)),  # Arabic
    ("10/23/2024", dt.date(2024, 10, 23)),  # month first: 23 is no month
    ("23/10/2024", dt.date(2024, 10, 23)),
    ("05/03/2019", None),  # March or May: not guessed
    ("10.23.2024", None),  # dots print the day first: no date
])
def test_dates_in_more_languages_and_forms(text, date):
    found = find_dates(text)
    assert (found[0].date if found else None) == date


@pytest.mark.parametrize("line, core", [
    ("24. avgust 2024 13:30", "24. avgust 2024 13:30"),
    ("5. März 2019", "5. März 2019"),
    ("3. The third point of the plan", "The third point of the plan"),
    ("12. Mai ist kein Datum ohne Jahr", "Mai ist kein Datum ohne Jahr"),
])
def test_a_dotted_day_is_no_list_numbering(line, core):
    assert core_of(line) == core


@pytest.mark.parametrize("first, date", [
    ("24. avgust 2024 13:30", dt.date(2024, 8, 24)),
    ("5. März 2019", dt.date(2019, 3, 5)),
    ("10/23/2024", dt.date(2024, 10, 23)),
])
def test_a_date_line_above_the_headline_is_the_date(first, date):
    art = clean(f"{first}\n\nBus and lorry collide near the town\n\n{LEAD}\n")
    assert art.title == "Bus and lorry collide near the town"
    assert art.date is not None and art.date.date == date and art.date_basis == "stated"


def test_an_iso_date_line_is_no_site_clock_however_old_the_events():
    text = ("2026-01-20\nThe camp has held families since 2019, and the first group left it in"
            " 2021, officials said on Tuesday.\n")
    art = clean(text)
    assert art.date is not None and art.date.date == dt.date(2026, 1, 20)
    # the same date printed as a masthead would print a clock is still dropped
    clock = clean(text.replace("2026-01-20", "Tuesday, January 20, 2026"))
    assert clock.date is None and any("site clock" in n for n in clock.notes)


def test_no_month_name_means_two_months_in_the_languages_read():
    # a name two read languages give different months ('listopada': Croatian October, Polish
    # November) is not read at all; every other name has one month
    from dateparser.languages.loader import default_loader

    from helpers.dates import _MONTH_KEYS, READ, languages, month_names

    number: dict[str, set[int]] = {}
    for lang in languages(*READ):
        info = default_loader.get_locale(lang).info
        for n, key in enumerate(_MONTH_KEYS, start=1):
            for name in info.get(key, []):
                number.setdefault(name.casefold(), set()).add(n)
    read = month_names()
    assert "listopada" in number and "listopada" not in read
    for name, months in number.items():
        assert name not in read or {read[name]} == months, name


@pytest.mark.parametrize("text, date, printed", [
    ("نشر بتاريخ: ١٩ مارس ٢٠٢٥", dt.date(2025, 3, 19), "١٩ مارس ٢٠٢٥"),  # Arabic-Indic digits
    ("۱۴ مارس ۲۰۲۰", dt.date(2020, 3, 14), "۱۴ مارس ۲۰۲۰"),  # Persian digits
    ("١٩/٠٣/٢٠٢٥", dt.date(2025, 3, 19), "١٩/٠٣/٢٠٢٥"),
])
def test_dates_in_arabic_indic_digits(text, date, printed):
    found = find_dates(text)
    assert found and found[0].date == date and found[0].text == printed
    assert text[found[0].start:found[0].end].strip() == printed


@pytest.mark.parametrize("first, date", [
    ("Ölkə 16:14 28.10.2020", dt.date(2020, 10, 28)),  # a section, the time, the date
    ("Politik 09:05 05.03.2019", dt.date(2019, 3, 5)),
    ("USD 16:14 28.10.2020 EUR 72,10", None),  # a rates box
])
def test_a_section_and_time_beside_the_date_above_the_headline(first, date):
    art = clean(f"{first}\n\nBus and lorry collide near the town\n\n{LEAD}\n")
    assert art.title == "Bus and lorry collide near the town"
    assert (art.date.date if art.date is not None else None) == date
