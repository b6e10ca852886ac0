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
