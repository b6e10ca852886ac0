"""Byline classes of issue 12 point 3 met on real pages the rules had not seen, tested on pages
written for these tests: a wire credit names the reporters, and a short line after the last
sentence is a signature only when it can be a person's name."""

from __future__ import annotations

import pytest

from helpers.bylines import credit_reporters
from helpers.cleaning import clean


@pytest.mark.parametrize("line, reporters", [
    ("(Reporting by Ann Lee, additional reporting by Omar Diaz; Editing by Sam Hill)",
     "Ann Lee and Omar Diaz"),
    ("(Reporting by Ann Lee; Editing by Sam Hill and Kim Roe)", "Ann Lee"),
    ("Reporting by Ann Lee and Omar Diaz in Cairo; Writing by Sam Hill", "Ann Lee and Omar Diaz"),
])
def test_a_wire_credit_names_its_reporters_not_its_editors(line, reporters):
    assert credit_reporters(line) == reporters


@pytest.mark.parametrize("line", [
    "Reporting by local media suggested that 12 men had returned.",
    "(Editing by Sam Hill)",
])
def test_lines_that_name_no_reporter(line):
    assert not credit_reporters(line)


def page(*tail: str) -> str:
    return "\n\n".join(["Ten fighters return home", "Ten fighters have returned, police said.",
                        *tail])


def test_a_wire_credit_at_the_end_gives_the_author():
    art = clean(page("(Reporting by Ann Lee; Editing by Sam Hill)"))
    assert art.author == "Ann Lee"
    assert not any("Reporting by" in p for p in art.paragraphs)


@pytest.mark.parametrize("tail", ["SOCIAL BOOKMARKS", "Press TV News Roku"])
def test_a_widget_line_after_the_last_sentence_is_no_signature(tail):
    assert clean(page(tail)).author is None


def test_a_name_after_the_last_sentence_is_still_a_signature():
    assert clean(page("Tia Asmara", "Jakarta")).author == "Tia Asmara"


# --- outlets from datelines and credits -------------------------------------------------------

@pytest.mark.parametrize("line, outlet", [
    ("ROME, May 8. /ANSA/. Twelve migrants drowned off Lampedusa.", "ANSA"),
    ("MANILA, Philippines (AP) Officials say 40 people died.", "AP"),
    ("LAGOS (Reuters) - Police said 12 people died.", "Reuters"),
])
def test_an_outlet_from_a_dateline(line, outlet):
    from helpers.outlets import dateline
    found = dateline(line)
    assert found is not None and found.outlet == outlet


@pytest.mark.parametrize("line", [
    "LONDON (Police) Officers said 12 people died.",  # no dash and no agency in the brackets
    "Paris. The talks on 12 detainees went on.",
])
def test_no_outlet_from_a_line_that_is_no_dateline(line):
    from helpers.outlets import dateline
    found = dateline(line)
    assert found is None or found.outlet == ""


def test_a_dateline_after_a_credit_line_and_an_agency_alone_at_the_end():
    art = clean("Twelve migrants drown\n\nWire News\n\nROME (Reuters) - Twelve migrants drowned "
                "off Lampedusa on Sunday, the coast guard said.")
    assert art.outlet_parsed == "Reuters"
    art = clean("Twelve migrants drown\n\nTwelve migrants drowned off Lampedusa on Sunday, the "
                "coast guard said.\n\nAFP")
    assert art.outlet_parsed == "AFP"
    assert not any(p.strip() == "AFP" for p in art.paragraphs)


def test_a_copyright_line_without_a_closing_stop_names_its_holder():
    from helpers.outlets import copyright_outlet
    assert copyright_outlet("Copyright © 2017, The Daily Courier") == "The Daily Courier"


# --- a station's name above its reporter after the story -------------------------------------

def test_a_station_above_its_reporter_gives_the_reporter_as_author():
    assert clean(page("Radio Dalsan", "Mohamed Omar Hussein")).author == "Mohamed Omar Hussein"


@pytest.mark.parametrize("tail", [("Radio Dalsan",), ("Radio Dalsan", "Mogadishu"),
                                  ("Radio Dalsan", "Ann Lee", "Mogadishu")])
def test_a_station_without_a_reporter_names_no_author(tail):
    assert clean(page(*tail)).author is None


# --- a credit line for a piece of writing names its authors ------------------------------------

@pytest.mark.parametrize("line, names", [
    ("An analysis by HCSS analysts Reinier Bergema and Peter Wijninga on Jihadology.",
     "Reinier Bergema and Peter Wijninga"),
    ("A commentary by Jane Roe", "Jane Roe"),
    ("A study by Ann Lee, Omar Diaz and Kim Roe for the Egmont Institute.",
     "Ann Lee, Omar Diaz and Kim Roe"),
])
def test_a_credit_line_for_a_piece_of_writing(line, names):
    from helpers.bylines import work_byline
    assert work_byline(line) == names


@pytest.mark.parametrize("line", [
    "A report by the UN found that 300 people had returned.",   # a sentence
    "The report by Human Rights Watch says 40 children died.",
    "The report by Human Rights Watch.",                         # a body, not its authors
])
def test_lines_that_credit_no_author(line):
    from helpers.bylines import work_byline
    assert work_byline(line) is None


def test_a_credit_line_after_the_story_gives_the_authors_and_leaves_the_body():
    art = clean(page("An analysis by HCSS analysts Reinier Bergema and Peter Wijninga on"
                     " Jihadology."))
    assert art.author == "Reinier Bergema and Peter Wijninga"
    assert not any("analysis by" in p for p in art.paragraphs)


# --- a byline with a role, a byline with a date ----------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("By Ann Lee, Africa correspondent", "Ann Lee"),
    ("By Omar Diaz, senior reporter in Cairo", "Omar Diaz"),
    ("By Ann Lee, Africa editor", "Ann Lee"),
])
def test_a_byline_with_a_lower_case_role(line, name):
    from helpers.bylines import byline
    assert byline(line).group("name") == name


@pytest.mark.parametrize("line", ["By Ann Lee, the police said", "By Ann Lee, senior",
                                  "By then, security forces had left"])
def test_a_byline_followed_by_a_sentence_is_none(line):
    from helpers.bylines import byline
    assert byline(line) is None


def test_a_byline_and_a_date_split_by_a_bar_give_the_author_and_the_date():
    import datetime as dt
    art = clean("\n".join(["Ten fighters return home", "By Ann Lee | March 5, 2019",
                           "Ten fighters have returned, police said.", "More text here."]))
    assert art.author == "Ann Lee"
    assert art.date.date == dt.date(2019, 3, 5)


@pytest.mark.parametrize(("line", "outlet"), [
    ("Par Le Figaro avec AFP", "Le Figaro"),
    ("By Example News with Reuters", "Example News"),
    ("Von Beispiel Zeitung mit dpa", "Beispiel Zeitung"),
])
def test_a_corporate_byline_with_its_wire_names_the_outlet(line, outlet):
    from helpers.cleaning import clean
    lead = "Fifteen women and 32 children landed at the airport on Tuesday, the ministry said."
    art = clean(f"France brings home fifteen women from Syria\n\n{line}\n\n{lead}")
    assert art.outlet_parsed == outlet and line not in " ".join(art.paragraphs)
    assert lead in " ".join(art.paragraphs)


def test_a_byline_of_a_person_or_a_sentence_with_an_agency_names_no_outlet():
    from helpers.outlets import outlet_byline
    assert outlet_byline("Par Jean Dupont") is None  # near misses
    assert outlet_byline("By Friday the talks with Reuters had ended.") is None
