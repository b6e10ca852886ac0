"""Title, printed date, byline and outlet on pages written for these tests (not from seeds)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean

HEADLINE = "Kazakhstan brings home 30 women from Syria"
BODY = ("The women landed in Aktau on Sunday, the ministry said in 2019.\n\n"
        "Officials said they would be checked by the security services before going home.\n\n"
        "The ministry said another group would follow later in the year.\n")


def _page(*header: str, body: str = BODY) -> str:
    return "\n\n".join([*header, body])


# --- titles --------------------------------------------------------------------------------

@pytest.mark.parametrize("furniture", [
    "Skip to main content",
    "Support independent journalism: donate now",
    "Monday, 4 March 2019 14:05",           # a site clock
    "Last updated: 4 March 2019",
    "First published: 4 March 2019",
    "Home | News | World | Sport",
    "Subscribe now",
    "Accessibility links",
])
def test_a_title_is_never_header_furniture(furniture):
    art = clean(_page(furniture, HEADLINE))
    assert art.title == HEADLINE


@pytest.mark.parametrize("above", ["ANALYSIS", "Central Asia", "The Example Times"])
def test_a_headline_below_a_kicker_or_masthead_is_found(above):
    assert clean(_page(above, HEADLINE)).title == HEADLINE


def test_no_headline_printed_means_no_title():
    art = clean(BODY)
    assert art.title is None


def test_a_short_first_line_above_the_lead_is_not_taken_for_a_headline():
    art = clean(_page("Politics", body=BODY))
    assert art.title is None
    assert art.paragraphs[0] == "Politics"


# --- dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "date"), [
    ("Published: 4 March 2019", "2019-03-04"),
    ("First published: 12:36 p.m., March 4, 2019", "2019-03-04"),
    ("Publication date: 04.03.2019", "2019-03-04"),
    ("Posted on Mon, 04 Mar 2019 09:15 GMT", "2019-03-04"),
    ("2019-03-04T09:15:00+06:00", "2019-03-04"),
    ("04-03-2019", "2019-03-04"),
])
def test_labelled_and_unlabelled_date_lines_in_the_header(line, date):
    art = clean(_page(HEADLINE, line))
    assert art.title == HEADLINE
    assert (art.date.date, art.date_basis) == (dt.date.fromisoformat(date), "stated")


HEADLINE_RU = "Казахстан вернул из Сирии 30 женщин"
BODY_RU = ("Женщины прилетели в Актау в воскресенье, сообщили в министерстве.\n\n"
           "Их проверят сотрудники служб безопасности.\n")


@pytest.mark.parametrize("line", ["Опубликовано: 4 марта 2019, 10:00",
                                  "Жарияланды: 2019 жылғы 4 наурыз", "чт, 4 марта 2019"])
def test_russian_and_kazakh_date_lines(line):
    art = clean(_page(HEADLINE_RU, line, body=BODY_RU))
    assert (art.title, art.date.date) == (HEADLINE_RU, dt.date(2019, 3, 4))


@pytest.mark.parametrize("line", ["Last updated: 6 March 2019", "Updated 6 March 2019 10:00",
                                  "Printed on 9 March 2019", "Archived 9 March 2019",
                                  "Accessed 9 March 2019"])
def test_update_print_and_archive_dates_are_not_the_publication_date(line):
    art = clean(_page(HEADLINE, line))
    assert art.date is None
    assert [r.rule for r in art.removed if r.text == line] == ["date_stamp"]


def test_a_labelled_publication_date_wins_over_an_update_and_over_a_clock():
    art = clean(_page("Tuesday, 5 March 2019", HEADLINE, "Last updated: 6 March 2019",
                      "Published: 4 March 2019"))
    assert art.date.date == dt.date(2019, 3, 4)


def test_a_publication_date_at_the_end_of_the_page_is_read():
    art = clean(_page(HEADLINE, body=BODY + "\nPublished: 4 March 2019\n"))
    assert (art.date.date, art.date_basis) == (dt.date(2019, 3, 4), "stated")


@pytest.mark.parametrize("stamp", ["date 2019-03-04 ", "Published 4 March 2019 | "])
def test_a_date_stamp_glued_to_the_headline_is_split_off(stamp):
    art = clean(_page(stamp + HEADLINE))
    assert art.title == HEADLINE
    assert art.date.date == dt.date(2019, 3, 4)


def test_a_date_stamp_glued_to_the_lead_leaves_the_lead_whole():
    lead = "The women landed in Aktau on Sunday, the ministry said."
    art = clean(f"date 2019-03-04 {lead}\n\nThey were taken to a hotel.\n")
    assert art.title is None
    assert art.paragraphs[0] == lead
    assert art.date.date == dt.date(2019, 3, 4)


def test_date_outlet_and_byline_fields_before_the_lead():
    art = clean(_page(HEADLINE, "March 4, 2019 | The Example Journal | By Jane Roe | "
                      "The women landed in Aktau on Sunday."))
    assert (art.date.date, art.outlet_parsed, art.author) == (
        dt.date(2019, 3, 4), "The Example Journal", "Jane Roe")
    # the lead after the fields is kept as text, with no field left in it (round 19: here the
    # body's first paragraph prints it again with ", the ministry said in 2019" put in, so the
    # shorter copy goes as repeated_copy, helpers.furniture_copies, and its words stay there)
    assert art.paragraphs[0].startswith("The women landed in Aktau on Sunday")
    assert [r.rule for r in art.removed if r.rule == "repeated_copy"] == ["repeated_copy"]


def test_a_clock_years_after_every_date_in_the_text_is_flagged_not_stated():
    art = clean(_page("Sunday, 30 November 2026", HEADLINE,
                      body=BODY.replace("in 2019", "in 2014")))
    assert art.date is None and art.date_basis == "unknown"
    assert any("30 November 2026" in note for note in art.notes)


def test_a_date_a_year_after_the_events_is_still_stated():
    art = clean(_page(HEADLINE, "Published: 4 March 2020"))
    assert art.date.date == dt.date(2020, 3, 4) and art.notes == []


# --- bylines -------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "author"), [
    ("By Aliya Nurlanova and Tom Becker", "Aliya Nurlanova and Tom Becker"),
    ("By the BBC's Europe desk", "the BBC's Europe desk"),
    ("By AFP/Reuters staff", "AFP/Reuters staff"),
    ("Jane Roe reports from Almaty", "Jane Roe"),
])
def test_bylines(line, author):
    art = clean(_page(HEADLINE, line))
    assert art.author == author
    assert line not in "\n".join(art.paragraphs)


def test_a_section_label_before_a_date_line():
    art = clean(_page(HEADLINE, "NEWS 04.03.2019 20:34"))
    assert art.date.date == dt.date(2019, 3, 4)


def test_a_name_and_a_date_split_by_a_bar_are_a_byline():
    art = clean(_page(HEADLINE, "Jane Roe   | 04.03.2019"))
    assert (art.author, art.date.date) == ("Jane Roe", dt.date(2019, 3, 4))


def test_a_byline_with_a_date_gives_both():
    art = clean(_page(HEADLINE, "By Jane Roe, March 4, 2019"))
    assert (art.author, art.date.date) == ("Jane Roe", dt.date(2019, 3, 4))


def test_an_author_box_at_the_end_names_the_author():
    art = clean(_page(HEADLINE, body=BODY + "\nJane Roe can be reached at jroe@example.com.\n"))
    assert art.author == "Jane Roe"
    assert not any("jroe@" in p for p in art.paragraphs)


def test_a_name_and_place_after_the_last_sentence_are_a_signature():
    art = clean(_page(HEADLINE, body=BODY + "\nJane Roe\n\nAlmaty\n"))
    assert art.author == "Jane Roe"
    assert art.paragraphs[-1].endswith("later in the year.")


def test_a_sentence_naming_a_reporting_outlet_is_no_byline():
    line = "Officials told reporters the women were safe, Example News reports."
    art = clean(_page(HEADLINE, body=BODY + "\n" + line + "\n"))
    assert art.author is None and line in art.paragraphs


# --- outlets -------------------------------------------------------------------------------

@pytest.mark.parametrize(("lead", "outlet", "date"), [
    ("BRUSSELS, Oct. 22 (Reuters) - Ministers met on Tuesday.", "Reuters", None),
    ("SARAJEVO, March 3, 2016, Anadolu - Ministers met on Tuesday.", "Anadolu", "2016-03-03"),
    ("Paris. AFP - Ministers met on Tuesday.", "AFP", None),
    ("PARIS (AFP) -- Ministers met on Tuesday.", "AFP", None),
    ("Astana / 04.03.19 / Kazinform: Ministers met on Tuesday.", "Kazinform", "2019-03-04"),
])
def test_the_outlet_and_date_of_a_dateline(lead, outlet, date):
    art = clean(_page(HEADLINE, body=lead + "\n\nThey agreed on a plan.\n"))
    assert art.outlet_parsed == outlet
    assert (str(art.date.date) if art.date else None) == date
    assert art.paragraphs[0] == lead  # the dateline stays with its sentence


@pytest.mark.parametrize(("last", "outlet"), [
    ("Five of them had died. AP", "AP"),
    ("Five of them had died. (Example Daily)", "Example Daily"),
    ("Five of them had died, the minister said. -B12--", None),
])
def test_a_credit_after_the_last_sentence(last, outlet):
    art = clean(_page(HEADLINE, body=BODY + "\n" + last + "\n"))
    assert art.outlet_parsed == outlet
    assert art.paragraphs[-1] in last and art.paragraphs[-1].endswith(("died.", "said."))


def test_a_russian_agency_dateline():
    lead = "Алматы. 4 марта. ИНТЕРФАКС-КАЗАХСТАН - Министры встретились во вторник."
    art = clean(_page(HEADLINE_RU, body=lead + "\n\n" + BODY_RU))
    assert (art.outlet_parsed, art.date) == ("Интерфакс-Казахстан", None)
    assert art.paragraphs[0] == lead


def test_a_place_then_full_stop_then_a_common_word_is_no_dateline():
    art = clean(_page(HEADLINE, body="Paris. The talks went on all night.\n\nThey ended.\n"))
    assert art.outlet_parsed is None


def test_a_captions_date_is_not_the_publication_date():
    caption = "Women at Al-Hol camp on March 5, 2019, in this file photo."
    art = clean(_page(HEADLINE, caption, body=BODY + "\nPublished: 4 March 2019\n"))
    assert art.date.date == dt.date(2019, 3, 4)
    assert caption not in art.paragraphs


def test_after_a_late_clock_the_next_printed_date_is_the_date():
    art = clean(_page("Sunday, 30 November 2026", HEADLINE, "4 March 2019",
                      body=BODY.replace("in 2019", "in 2018")))
    assert (art.date.date, art.date_basis) == (dt.date(2019, 3, 4), "stated")
    assert len(art.notes) == 1


def test_an_author_box_under_its_heading_goes_and_names_the_author():
    art = clean(_page(HEADLINE, body=BODY + "\nAbout the author\n\nJane Roe\n\n"
                      "Jane covers courts and security in Central Asia for the paper.\n"))
    assert art.author == "Jane Roe"
    assert art.paragraphs[-1].endswith("later in the year.")
