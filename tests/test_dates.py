"""Date finding in English, Russian and numeric forms; nothing is guessed."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from helpers.dates import find_dates, parse_date


@pytest.mark.parametrize(("text", "date"), [
    ("25 November 2013", "2013-11-25"),
    ("Monday, 25 November, 2013", "2013-11-25"),
    ("November 25, 2013", "2013-11-25"),
    ("Nov. 5, 2015", "2015-11-05"),
    ("Sept. 3, 2016", "2016-09-03"),
    ("1st March 2015", "2015-03-01"),
    ("March 1st, 2015", "2015-03-01"),
    ("25 сентября 2013, 14:51", "2013-09-25"),
    ("14 февраля 2019 г.", "2019-02-14"),
    ("3 мая 2017 года", "2017-05-03"),
    ("2013-11-25", "2013-11-25"),
    ("25.11.2013", "2013-11-25"),
    ("05.11.2015", "2015-11-05"),
    ("25/11/2013", "2013-11-25"),
    ("06/06/2018", "2018-06-06"),
    ("Updated 5 May 2015 at 10:30 am", "2015-05-05"),
    # ISO 8601 with time, seconds and zone
    ("2018-03-06T14:05:09+06:00", "2018-03-06"),
    ("2018-03-06T14:05Z", "2018-03-06"),
    ("2018-03-06 14:05:09", "2018-03-06"),
    # day-month-year with hyphens
    ("25-Nov-2013", "2013-11-25"),
    ("06-03-2018", "2018-03-06"),
    # abbreviated weekdays, English and Russian
    ("Tue, 06 Mar 2018 14:05 GMT", "2018-03-06"),
    ("Fri. Oct. 22, 2021", "2021-10-22"),
    ("чт, 6 марта 2018, 10:00", "2018-03-06"),
    # Kazakh, day first and year first
    ("6 наурыз 2018", "2018-03-06"),
    ("2018 жылғы 6 наурыз", "2018-03-06"),
    ("2017 ж. 24 қараша", "2017-11-24"),
])
def test_full_dates_are_read(text, date):
    assert parse_date(text) == dt.date.fromisoformat(date)


@pytest.mark.parametrize("text", [
    "03/06/2018",            # March or June: not guessed
    "11/12/2019",
    "November 13",           # no year
    "on 6 March from",
    "25 сентября",
    "31 February 2015",      # not a day of the calendar
    "2013-13-01",
    "Article 125 March 2018",  # 125 is not a day
    "25 March 20189",
    "Oct. 22 (Reuters)",     # a dateline without its year
    "in 2016",
    "",
])
def test_no_date_is_guessed(text):
    assert parse_date(text) is None


def test_find_dates_in_order_with_text_as_printed():
    text = "Posted 20 November 2014 | 17:41. It cites a report of 6 March 2018 and 2013-01-02."
    found = find_dates(text)
    assert [(str(d.date), d.text) for d in found] == [
        ("2014-11-20", "20 November 2014 | 17:41"), ("2018-03-06", "6 March 2018"),
        ("2013-01-02", "2013-01-02")]
    assert all(text[d.start:d.end].strip(" ,") == d.text for d in found)


def test_a_month_name_that_only_matches_case_insensitively_does_not_crash():
    # the regex matches "ſept" (long s) case-insensitively; the month lookup must agree
    assert parse_date("ſept. 5, 2015") == dt.date(2015, 9, 5)



@pytest.mark.parametrize(("tail", "year_end"), [("05.11.20161234", 10), ("5 November 20161", 15),
                                                ("November 5, 20169", 16)])
def test_a_number_that_runs_past_the_search_window_is_not_read_as_a_date(tail, year_end):
    # "In 2014" opens a search window 40 characters past the year; pad the text so that the
    # window ends right after the "2016" inside the long number
    pad = "x" * (47 - len("In 2014 ") - year_end - 1)
    alone = f"In 1 {pad} {tail}."
    with_year = f"In 2014 {pad} {tail}."
    assert with_year[47 - year_end: 47].endswith("2016")
    assert find_dates(alone) == []
    assert find_dates(with_year) == []
    assert [d.text for d in find_dates(with_year + " It closed on 05.11.2016.")] == ["05.11.2016"]


def test_the_reviewers_example():
    assert find_dates("In 2014 the register listed the item 05.11.20161234.") == []
    assert find_dates("The register listed the item 05.11.20161234.") == []


def test_hyphenated_numeric_dates_are_day_first():
    assert parse_date("03-06-2018") == dt.date(2018, 6, 3)


def test_a_time_with_zone_belongs_to_the_date_text():
    assert [d.text for d in find_dates("Updated: Tue, 06 Mar 2018 14:05 GMT+6")] == [
        "Tue, 06 Mar 2018 14:05 GMT+6"]


def test_month_names_come_from_the_library_for_every_language():
    from helpers.dates import month_names
    names = month_names()
    assert names["november"] == names["ноября"] == names["қараша"] == 11
    assert set(month_names("kk")) < set(names)


def test_a_month_name_gives_the_date_that_dateparser_reads():
    """_parse turns a day, a month name and a year into a date without dateparser's parser;
    for every month name of every language, the date (or none) is the one dateparser reads."""
    import dateparser
    from dateparser.languages.loader import default_loader

    from helpers import lexicon
    from helpers.dates import _names, _parse
    from helpers.scripts import _bare

    months, _ = _names()
    assert len(months) > 60
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}
    extra = {n.casefold() for n in lexicon.terms("month_names")}  # not dateparser's names
    for name, (_, lang) in months.items():
        if name in extra:
            continue
        # dateparser is given the name as its locale spells it: case folding turns a Greek
        # final sigma into a medial one ('ιανουάριος' -> 'ιανουάριοσ'), which no page prints
        info = default_loader.get_locale(lang).info
        # (or in the locale's own form where the name is its NFC form, Bengali 'জানুয়ারি', or
        # its Greek form without accents, 'μαρτιου', as capitals print it)
        printed = next((n for key in info if isinstance(info[key], list) for n in info[key]
                        if isinstance(n, str)
                        and name in (n.casefold(), unicodedata.normalize("NFC", n).casefold(),
                                     *(b.casefold() for b in _bare(n)))),
                       name)
        for day in (1, 15, 28, 29, 30, 31):
            for year in (2015, 2016):
                read = dateparser.parse(f"{day} {printed} {year}", languages=[lang],
                                        settings=settings)
                assert _parse(day, name, year) == (read.date() if read else None), (name, day)
