"""Printed dates by form (issue 12, point 2), on lines written for this test: which strings are a
publication date is our rule, the library turns a candidate into a date; update, print, archive
and access dates, site clocks, captions' dates and relative times are never the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.dates import find_dates, parse_date

HEADLINE = "Kazakhstan brings home 30 women from Syria"
BODY = ("The women landed in Aktau on Sunday, the ministry said.\n\n"
        "Officials said they would be checked by the security services before going home.\n\n"
        "The ministry said another group would follow later in the year.\n")
MARCH_5 = dt.date(2019, 3, 5)


def _page(*header: str, body: str = BODY) -> str:
    return "\n\n".join([*header, body])


@pytest.mark.parametrize("text", [
    "5th of March 2019", "the 5th of March, 2019", "March 5th, 2019", "Tue, 05 Mar 2019",
    "Tuesday 5th March 2019", "2019-03-05T09:15:30.123+05:00", "2019-03-05T09:15:30Z",
    "05-Mar-2019", "05-03-2019", "2019/03/05", "2019.03.05", "Wednesday ,5 March 2019",
    "Mar 5, 2019 9:15 a.m. ET", "5 марта 2019 года", "вт, 5 марта 2019", "5 наурыз 2019",
    "2019 жылғы 5 наурыз",
])
def test_a_full_date_in_each_form(text):
    assert parse_date(text) == MARCH_5


@pytest.mark.parametrize("text", ["2 hours ago", "yesterday", "5 min read", "March 5",
                                  "05/03/2019", "Updated 3 days ago", "5 марта"])
def test_relative_partial_and_ambiguous_dates_are_no_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("line", [
    "Published: 5 March 2019", "First published: Tue 5 Mar 2019 09.15 GMT",
    "Publication date: 05.03.2019", "Posted on March 5, 2019", "Date: 5 March 2019",
    "Published on: Tuesday, March 5th, 2019", "Created: 05 March 2019", "Issued on 5 March 2019",
    "2019-03-05T09:15:00+06:00", "Tue, 05 Mar 2019 09:15:00 +0000", "05 Mar 2019, 09:15",
    "March 5, 2019 at 9:15 am", "Mar. 5, 2019 / 9:15 AM / Updated 2 hours ago",
    "Posted on March 5, 2019 by Jane Roe", "By Jane Roe | March 5, 2019",
    "By Jane Roe on March 5, 2019",
    "Posted by Jane Roe on March 5, 2019 at 9:15 am", "Jane Roe, March 5, 2019",
    "Jane Roe - 5 March 2019", "Example Online - Egypt - 5 March 2019",
    "Опубликовано 5 марта 2019 года в 10:00", "Жарияланды: 2019 жылғы 5 наурыз",
])
def test_a_date_line_in_the_header_is_the_publication_date(line):
    art = clean(_page(HEADLINE, line))
    assert (art.title, art.date.date, art.date_basis) == (HEADLINE, MARCH_5, "stated")
    assert not any("2019" in p for p in art.paragraphs)


def test_a_date_line_anywhere_in_the_header_zone():
    art = clean(_page("Example News", HEADLINE, "By Jane Roe", "Central Asia desk",
                      "5 March 2019"))
    assert art.date.date == MARCH_5


def test_a_leading_date_stamp_and_a_wire_dateline():
    assert clean(_page("date 2019-03-05 " + HEADLINE)).date.date == MARCH_5
    lead = "SARAJEVO, March 5, 2019, Anadolu - Ministers met on Tuesday."
    art = clean(_page(HEADLINE, body=lead + "\n\n" + BODY))
    assert (art.date.date, art.outlet_parsed) == (MARCH_5, "Anadolu")


@pytest.mark.parametrize("line", [
    "Last updated: 6 March 2019", "Updated 6 March 2019 10:00", "Modified: 6 March 2019",
    "Printed on 9 March 2019", "Archived 9 March 2019", "Accessed on 9 March 2019",
    "Retrieved 9 March 2019", "09-03-2019 01:05 AM Jerusalem Timing", "Updated 2 hours ago",
])
def test_update_print_archive_access_clock_and_relative_lines_are_not_it(line):
    art = clean(_page(HEADLINE, line))
    assert art.date is None and art.title == HEADLINE
    assert not any(line in p for p in art.paragraphs)


def test_a_clock_stamp_opening_a_furniture_line_is_not_the_date():
    art = clean(_page("Monday, 9 March 2026 | News today: 0", HEADLINE))
    assert art.date is None and art.title == HEADLINE


def test_a_photo_captions_date_is_not_the_publication_date():
    caption = "Women at the camp gate on March 1, 2019, in this file photo."
    art = clean(_page(HEADLINE, caption))
    assert art.date is None and caption not in art.paragraphs


def test_an_unlabelled_date_years_after_the_text_is_flagged_but_a_labelled_one_stays():
    body = BODY.replace("on Sunday", "in 2014")
    late = clean(_page("Monday, 9 March 2026", HEADLINE, body=body))
    assert late.date is None and late.notes
    labelled = clean(_page(HEADLINE, "Published: 5 March 2019", body=body))
    assert labelled.date.date == MARCH_5 and labelled.notes == []


@pytest.mark.parametrize(("line", "author", "outlet"), [
    ("Jane Roe   March 5, 2019   3 min read", "Jane Roe", None),
    ("By Jane Roe, Example Wire | 5 March 2019 | 3 min read", "Jane Roe", "Example Wire"),
    ("Jane Roe | Example News | March 5, 2019", None, None),
    ("News | 5 March 2019 | 14:05", None, None),
])
def test_a_credit_line_of_fields_around_a_date(line, author, outlet):
    art = clean(_page(HEADLINE, line))
    assert art.date.date == MARCH_5
    if author:
        assert art.author == author
    if outlet:
        assert art.outlet_parsed == outlet
    assert not any("2019" in p for p in art.paragraphs)


@pytest.mark.parametrize("lead", [
    "WASHINGTON, March 5, 2019 (AP) — The women landed in Aktau on Sunday.",
    "MOSCOW, March 5, 2019 /TASS/. The women landed in Aktau on Sunday.",
    "ISLAMABAD: March 5, 2019 - The women landed in Aktau on Sunday.",
    "BAKU, 05.03.2019 - The women landed in Aktau on Sunday.",
])
def test_a_dateline_with_a_full_date_gives_the_date_and_stays_in_the_lead(lead):
    art = clean(_page(HEADLINE, body=lead + "\n\n" + BODY))
    assert art.date.date == MARCH_5 and art.paragraphs[0] == lead


@pytest.mark.parametrize("lead", ["BRUSSELS, March 5 (Reuters) - Ministers met on Tuesday.",
                                  "Officials, March 5, said the women had landed."])
def test_a_dateline_without_a_year_or_a_sentence_gives_no_date(lead):
    assert clean(_page(HEADLINE, body=lead + "\n\n" + BODY)).date is None


@pytest.mark.parametrize("line", ["Jane Roe, Staff Writer, Published: March 5, 2019",
                                  "Updated: March 6, 2019 Published: March 5, 2019",
                                  "Publish date: 5 March 2019", "Date posted: 05.03.2019",
                                  "Дата: 5 марта 2019"])
def test_more_labels_and_labels_run_together(line):
    art = clean(_page(HEADLINE, line))
    assert art.date.date == MARCH_5


def test_a_date_line_below_a_standfirst_and_captions_is_still_in_the_header():
    art = clean(_page(HEADLINE, "Thirty women flew home on Sunday.", "• Ten of them are minors",
                      "• Five are pregnant", "Photo: Example Agency", "By Jane Roe",
                      "5 March 2019"))
    assert art.date.date == MARCH_5


@pytest.mark.parametrize("line,day", [
    ("05 maart 2019", MARCH_5), ("5 März 2019", MARCH_5), ("5 mars 2019", MARCH_5),
    ("5 marzo 2019", MARCH_5), ("5 Mart 2019", MARCH_5),
])
def test_a_date_line_with_a_dutch_german_french_spanish_or_turkish_month_is_the_date(line, day):
    art = clean(_page(HEADLINE, line))
    assert art.title == HEADLINE and art.date is not None and art.date.date == day


@pytest.mark.parametrize("text", ["the Mars 2019 mission", "de maart-actie", "5 mars"])
def test_a_month_word_without_a_day_and_year_is_no_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("line", ["Example Times, EFE, 05-03-2019",
                                  "Example Times, efe, 05-03-2019"])
def test_an_outlet_and_agency_line_split_by_commas_gives_the_date(line):
    art = clean(_page(HEADLINE, line))
    assert art.date is not None and art.date.date == MARCH_5
    assert art.outlet_parsed == "Example Times"


def test_a_comma_line_of_common_words_before_a_date_is_no_credit_line():
    art = clean(_page(HEADLINE, "The women landed, the ministry said, 05-03-2019", body=BODY))
    assert art.outlet_parsed != "The women landed"


def test_a_year_month_stamp_before_the_headline_is_split_off_without_a_date():
    art = clean(_page("date 2019-03 " + HEADLINE, "05 maart 2019"))
    assert art.title == HEADLINE and art.date is not None and art.date.date == MARCH_5


def test_a_year_that_names_a_law_does_not_make_the_date_line_below_the_headline_late():
    body = (BODY + "\nThey were held under the Security Offences Act 2012, police said.\n")
    art = clean(_page(HEADLINE, "5th March, 2019", body=body))
    assert art.date is not None and art.date.date == MARCH_5


def test_a_year_printed_in_the_text_still_shows_a_late_site_clock():
    body = BODY + "\nThe first group came home in 2012, the ministry said.\n"
    art = clean(_page("Tuesday, 5 March 2019", HEADLINE, body=body))
    assert art.date is None


def test_a_byline_name_that_is_a_month_in_another_language_stays_a_byline():
    art = clean(_page(HEADLINE, "By Mai Nguyen"))
    assert art.author == "Mai Nguyen"


def test_a_two_letter_latin_month_abbreviation_makes_no_date():
    assert find_dates("room 5 ka 2019") == [] and find_dates("12 ni 2019") == []


@pytest.mark.parametrize("line", [
    "Door Redactie - 5-3-2019, 8:01 (Update 5-3-2019, 9:12)",
    "5 March 2019, 10:22 (Updated 6 March 2019)",
    "05.03.2019 | Aktualisiert 07.03.2019",
    "Published 5 March 2019 [updated 9 March 2019]",
])
def test_a_date_line_with_an_update_note_after_it_gives_the_first_date(line):
    art = clean(_page(HEADLINE, line))
    assert art.date is not None and art.date.date == MARCH_5 and art.date_basis == "stated"


@pytest.mark.parametrize("line", [
    "5 March 2019 and 9 March 2019",  # near misses: two dates, no update note between them
    "Updated 9 March 2019 (5 March 2019)",
])
def test_two_dates_without_an_update_note_after_the_first_are_no_date_line(line):
    art = clean(_page(HEADLINE, line))
    assert art.date is None or art.date.date != MARCH_5


def test_a_dateline_with_its_place_is_the_story_date_however_old_the_events():
    body = ("Work to bring the children home began in 2014, the ministry said.\n\n"
            "Since then 200 children have come back from the camps in 2014 and 2015.\n")
    art = clean(_page("Almaty, 5 March 2019", body=body))
    assert art.date is not None and art.date.date == MARCH_5 and art.date_basis == "stated"
    # near miss: the same date line with no place, years after every date of the text, is
    # taken for a site clock
    art = clean(_page("5 March 2019", body=body))
    assert art.date is None


@pytest.mark.parametrize("line", [
    "Publié le 05/03/2019 à 10:22", "Veröffentlicht am 05/03/2019", "Publicado el 5/3/2019, 10:22",
])
def test_a_slashed_date_after_a_day_first_label_is_read_day_first(line):
    art = clean(_page(HEADLINE, line))
    assert art.date is not None and art.date.date == MARCH_5 and art.date_basis == "stated"


@pytest.mark.parametrize("line", [
    "Published 05/03/2019",  # near misses: an English label, no label, an update label
    "05/03/2019",
    "Mis à jour le 05/03/2019",
])
def test_a_slashed_date_without_a_day_first_publication_label_is_not_guessed(line):
    assert clean(_page(HEADLINE, line)).date is None
