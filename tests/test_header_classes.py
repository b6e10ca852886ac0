"""The header by class of layout (issue 12, point 1), on pages written for this test: what is never
the title, where a headline is still found, and a page without one."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.sources import load_corpus

HEADLINE = "Kazakhstan brings home 30 women from Syria"
BODY = ("The women landed in Aktau on Sunday, the ministry said.\n\n"
        "Officials said they would be checked by the security services before going home.\n\n"
        "The ministry said another group would follow later in the year.\n")
STANDFIRST = "Thirty women and children flew home on Sunday in the third such flight."


def _page(*header: str, body: str = BODY) -> str:
    return "\n\n".join([*header, body])


@pytest.mark.parametrize("above", [
    ("BREAKING NEWS",), ("LIVE",), ("Support independent journalism. Donate now",),
    ("Subscribe to our newsletter",), ("Become a member",), ("Skip to content",),
    ("Jump to navigation",), ("Tuesday, 5 March 2019 | 14:05",), ("12:45 GMT",),
    ("Last updated 2 hours ago",), ("First published on 5 March 2019",), ("Menu", "Search"),
    ("Home | World | Asia",), ("Home > News > Asia",), ("EXCLUSIVE",), ("Opinion",),
    ("We use cookies to improve your experience. Accept",), ("Advertisement",),
    ("5 min read",), ("Share this article",), ("Tuesday, March 5, 2019",),
    (HEADLINE + " - Example News",), (HEADLINE + " | World | Example News",),
])
def test_the_title_is_never_header_furniture(above):
    assert clean(_page(*above, HEADLINE)).title == HEADLINE


@pytest.mark.parametrize("above", [
    (STANDFIRST,), ("Example News", STANDFIRST), ("The Example Times", "Tuesday, March 5, 2019"),
    ("The Example Times", "Add to Home Screen.", "TUESDAY, March 5, 2019"),
])
def test_a_headline_after_a_standfirst_or_masthead_is_found(above):
    art = clean(_page(*above, HEADLINE))
    assert art.title == HEADLINE
    if STANDFIRST in above:
        assert STANDFIRST in art.paragraphs  # a standfirst is article text


def test_a_headline_broken_over_two_lines_is_one_title():
    art = clean(_page("Army arrests fighters'", "parents and two suspects"))
    assert art.title == "Army arrests fighters' parents and two suspects"


def test_a_headline_printed_twice_leaves_no_copy_in_the_body():
    art = clean(_page(HEADLINE, HEADLINE))
    assert art.title == HEADLINE and HEADLINE not in art.paragraphs
    assert [r.rule for r in art.removed if r.text == HEADLINE] == [
        "title (moved to title)", "title_repeated"]


@pytest.mark.parametrize("first", [
    "The women landed in Aktau on Sunday, officials said. (Reuters)",
    "related tags",
])
def test_a_caption_or_a_lower_case_label_is_no_headline(first):
    assert clean(_page(first)).title is None


def test_a_page_without_a_headline_has_no_title_and_a_problem_row(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "no_headline.txt").write_text("Support our journalism\n\n" + BODY,
                                                         encoding="utf-8")
    sources = tmp_path / "sources.csv"
    sources.write_text("doc_id\n", encoding="utf-8")
    with pytest.warns(Warning):
        corpus = load_corpus(tmp_path / "pages", sources)
    assert clean("Support our journalism\n\n" + BODY).title is None
    problems = corpus.problems
    assert any("no recognisable title" in p for p in problems["problem"])


def test_a_site_clock_above_the_headline_loses_to_the_date_below_it():
    art = clean(_page("SUNDAY, January 29, 2023", HEADLINE, "SATURDAY, April 20, 2019"))
    assert (art.title, art.date.date) == (HEADLINE, dt.date(2019, 4, 20))
    assert any("site clock" in note for note in art.notes)


def test_a_banner_opens_no_block_of_headlines_on_a_page_without_blank_lines():
    text = "BREAKING NEWS\n" + HEADLINE + "\n" + BODY.replace("\n\n", "\n")
    art = clean(text)
    assert art.title == HEADLINE
    assert [r.rule for r in art.removed if r.text == "BREAKING NEWS"] == ["banner"]
