"""An author that names a wire is the outlet (issue 12 point 3), but only a wire the word lists
name: a byline in capitals that no list names ('ADMIN', 'EDITOR') is no agency."""

from __future__ import annotations

import pytest

from helpers.author_outlets import newsroom_name, settle_author
from helpers.cleaning import clean
from helpers.page import Article


@pytest.mark.parametrize("name", ["NTX", "ANP", "EFE", "AFP", "Hibya Haber Ajansı",
                                  "NRT Digital Media"])
def test_a_wire_or_newsroom_named_in_the_lists_is_the_outlet(name):
    art = Article(author=name)
    settle_author(art)
    assert art.author is None and art.outlet_parsed == name


@pytest.mark.parametrize("name", ["ADMIN", "EDITOR", "STAFF", "JOHN", "RED", "WEBMASTER"])
def test_a_word_in_capitals_no_list_names_is_no_outlet(name):
    assert not newsroom_name(name)
    art = Article(author=name)
    settle_author(art)
    assert art.outlet_parsed is None


def test_an_acronym_added_to_the_agency_list_becomes_an_outlet(word_lists):
    assert not newsroom_name("TASR")
    with (word_lists / "news_agencies.csv").open("a", encoding="utf-8") as f:
        f.write("TASR,Tlačová agentúra Slovenskej republiky\n")
    assert newsroom_name("TASR")


def test_a_byline_in_capitals_on_a_page_names_no_outlet():
    page = ("Floods force 300 families from their homes\n\nBy ADMIN\n\n"
            "Some 300 families left their homes on Monday after the river rose, officials said.\n")
    art = clean(page)
    assert art.outlet_parsed != "ADMIN"
