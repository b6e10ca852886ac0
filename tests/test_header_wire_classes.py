"""Header classes of issue 12 points 1-3 met on new pages, tested on text written for these tests:
a wire dateline alone on its line is no title and names the outlet; a date written in figures
closed by a dot ('21.04.2019. 18:09') is a date line; a wire credit with a preposition ('Avec
AFP') names the outlet, not an author; a bracketed byline after the last sentence ('(Rédigé par
A)') names the author; a title and a subtitle set apart by a dash stay one title."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.bylines import bracket_byline
from helpers.cleaning import clean
from helpers.datelines import date_line
from helpers.outlets import dateline_alone, wire_credit

LEAD = "Police arrested twelve men who had returned from Syria, officials said on Monday."


@pytest.mark.parametrize("line, outlet", [
    ("SALÉ (MARRUECOS), 23 (Reuters/EP)", "Reuters/EP"),
    ("LAGOS (AFP)", "AFP"),
    ("BRUSSELS, Oct. 22 (Reuters) -", "Reuters"),
    ("Ankara, 4 May 2020 (AP)", "AP"),
])
def test_a_wire_dateline_alone_on_its_line(line, outlet):
    found = dateline_alone(line)
    assert found is not None and found.outlet == outlet


@pytest.mark.parametrize("line", [
    "Obama Visits Paris (AP)",             # a headline with a credit: place not in capitals
    "LAGOS (a city of millions)",          # the bracket holds no outlet's name
    "LAGOS (AFP) - Police arrested twelve men",  # a dateline opening the lead, read elsewhere
])
def test_lines_that_are_no_dateline_alone(line):
    assert dateline_alone(line) is None


def test_a_dateline_line_is_header_and_the_headline_below_it_is_none():
    art = clean("\n".join(["SALÉ (MARRUECOS), 23 (Reuters/EP)", LEAD, "More text follows here."]))
    assert art.title is None
    assert art.outlet_parsed == "Reuters/EP"
    assert not any("MARRUECOS" in p for p in art.paragraphs)


def test_a_dateline_line_below_a_headline_leaves_the_headline():
    art = clean("\n".join(["Twelve returnees arrested in Lagos", "", "LAGOS, 5 March 2019 (AFP)",
                           "", LEAD]))
    assert art.title == "Twelve returnees arrested in Lagos"
    assert art.outlet_parsed == "AFP"


@pytest.mark.parametrize("line, day", [
    ("  • 21.04.2019. 18:09", dt.date(2019, 4, 21)),
    ("05.03.2018.", dt.date(2018, 3, 5)),
])
def test_a_date_in_figures_closed_by_a_dot_is_a_date_line(line, day):
    found = date_line(line)
    assert found is not None and found.date.date == day


@pytest.mark.parametrize("line", ["21.04.2019. Beograd je ...", "March 5, 2019. Police said"])
def test_a_dotted_date_opening_a_sentence_is_no_date_line(line):
    assert date_line(line) is None


def test_a_bullet_date_line_below_a_kicker_and_headline_is_the_date():
    art = clean("\n".join(["Povratnici iz Sirije", "", "Sud odredio pritvor trojici povratnika",
                           "", "  • 21.04.2019. 18:09", "", LEAD]))
    assert art.title == "Sud odredio pritvor trojici povratnika"
    assert art.date is not None and art.date.date == dt.date(2019, 4, 21)
    assert art.date_basis == "stated"


@pytest.mark.parametrize("line, outlet", [
    ("Avec AFP", "AFP"), ("With AP", "AP"), ("Mit dpa", "dpa"), ("Reuters", "Reuters"),
])
def test_a_wire_credit_with_a_preposition(line, outlet):
    assert wire_credit(line) == outlet


@pytest.mark.parametrize("line", ["With love", "Avec Marie Dupont", "Avec AFP et Reuters, " * 3])
def test_lines_that_are_no_wire_credit(line):
    assert wire_credit(line) is None


def test_a_wire_credit_at_the_end_is_the_outlet_not_the_author():
    art = clean("\n".join([LEAD, "The men were taken to a court in the capital.", "Avec AFP"]))
    assert art.author is None
    assert art.outlet_parsed == "AFP"


@pytest.mark.parametrize("line, name", [
    ("Le gouvernement a changé sa position. (Rédigé par Jean Terzian)", "Jean Terzian"),
    ("The men were charged on Monday. (Written by Ann Lee)", "Ann Lee"),
])
def test_a_bracketed_byline_after_the_last_sentence(line, name):
    m = bracket_byline(line)
    assert m is not None and m.group("name") == name


@pytest.mark.parametrize("line", [
    "The letter was signed in Paris (written by hand)",   # no sentence before the bracket
    "The men were charged on Monday. (Written by 3 staff members of the court)",
])
def test_brackets_that_are_no_byline(line):
    assert bracket_byline(line) is None


def test_a_bracketed_byline_moves_to_the_author_and_leaves_the_sentence():
    art = clean("\n".join(["Twelve returnees arrested in Lagos", "",
                           LEAD + " (Rédigé par Jean Terzian)"]))
    assert art.author == "Jean Terzian"
    assert art.paragraphs[-1].endswith("on Monday.")


def test_a_title_and_a_subtitle_set_apart_by_a_dash_stay_one_title():
    title = ("Returnees: Who are they, why are they (not) coming back and how should we deal with"
             " them? – Assessing Policies on Returning Foreign Terrorist Fighters in Belgium,"
             " Germany, and the Netherlands")
    art = clean("\n".join([title, "Author(s):", LEAD, "More text follows here."]))
    assert art.title == title


def test_a_long_line_with_a_dash_that_is_a_sentence_is_no_title():
    line = ("Police arrested twelve men who had come back from the war in Syria last year – the"
            " prosecutor said they would face charges of joining a terrorist group abroad.")
    art = clean("\n".join([line, LEAD]))
    assert art.title is None


def test_a_marker_with_its_items_on_its_line_does_not_swallow_the_headline():
    art = clean("\n".join(["Trending: Brexit, Elections, Syria",
                           "Twelve returnees arrested in Lagos", LEAD, "More text follows here."]))
    assert art.title == "Twelve returnees arrested in Lagos"


@pytest.mark.parametrize("last, outlet", [
    ("Source: AFP", "AFP"),                                    # a source credit naming a wire
    ("(c) 2019 Reuters. All rights reserved.", "Reuters"),    # a copyright mark without the word
])
def test_an_outlet_from_a_credit_after_the_story(last, outlet):
    art = clean("\n".join(["Twelve returnees arrested in Lagos", LEAD, LEAD + " Again.", last]))
    assert art.outlet_parsed == outlet


@pytest.mark.parametrize("last", ["Source: Al Jazeera and news agencies",
                                  "(c) 2019 All rights reserved."])
def test_credits_that_name_no_outlet(last):
    art = clean("\n".join(["Twelve returnees arrested in Lagos", LEAD, LEAD + " Again.", last]))
    assert art.outlet_parsed is None


@pytest.mark.parametrize("line, author", [("Posted on March 5, 2019 by admin", "admin"),
                                          ("Posted on March 5, 2019 by Ann Lee", "Ann Lee")])
def test_a_byline_after_a_date_stamp_is_no_part_of_the_headline(line, author):
    art = clean("\n".join(["Twelve returnees arrested in Lagos", line, LEAD, LEAD + " Again."]))
    assert art.title == "Twelve returnees arrested in Lagos"
    assert art.author == author
    assert art.date is not None and art.date.date == dt.date(2019, 3, 5)


def test_a_headline_broken_over_two_lines_is_still_joined():
    art = clean("\n".join(["Twelve returnees arrested", "in Lagos after a raid", LEAD,
                           LEAD + " Again."]))
    assert art.title == "Twelve returnees arrested in Lagos after a raid"
