"""Byline classes of issue 12 point 3 (round 11), on pages written for these tests: a heading or
link of the page itself printed after the last sentence ('Related Post', 'Noticias Similares')
is never read as the author's signature, while a person's name there still is."""

from __future__ import annotations

import pytest

from helpers.bylines import labelled_byline
from helpers.cleaning import clean

HEADLINE = "Fourteen hurt as bus and lorry collide near the town"
LEAD = ("Police said 14 people were injured when a bus and a lorry collided on the road near"
        " the town on Saturday morning.")
SECOND = "The injured were taken to the regional hospital, a police spokesman said."


@pytest.mark.parametrize("tail", ["Related Post", "Noticias Similares", "Visit Direct Link",
                                  "Special Articles", "Top Stories", "Berita Terkait"])
def test_a_page_heading_after_the_last_sentence_is_no_signature(tail):
    art = clean(f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{tail}\n")
    assert art.author is None


def test_a_name_after_the_last_sentence_is_still_the_signature():
    art = clean(f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\nJane Roe\n")
    assert art.author == "Jane Roe"


@pytest.mark.parametrize("credit, outlet", [
    ("Por: NTX", "NTX"), ("By ANP", "ANP"), ("By Hibya Haber Ajansı", "Hibya Haber Ajansı"),
    ("By Example Digital Media", "Example Digital Media"),
])
def test_a_byline_naming_a_wire_or_newsroom_gives_the_outlet_not_an_author(credit, outlet):
    art = clean(f"{HEADLINE}\n{credit}\n\n{LEAD}\n\n{SECOND}\n")
    assert art.author is None and art.outlet_parsed == outlet


@pytest.mark.parametrize("credit, author", [("By Jane Roe", "Jane Roe"), ("By LH", None)])
def test_a_person_or_initials_stay_no_outlet(credit, author):
    art = clean(f"{HEADLINE}\n{credit}\n\n{LEAD}\n\n{SECOND}\n")
    assert art.outlet_parsed is None
    assert art.author in (author, "LH")


@pytest.mark.parametrize("credit, author", [
    ("تقرير: فؤاد علي", "فؤاد علي"), ("كتب: أحمد علي", "أحمد علي"),
    ("خبرنگار: علی احمدی", "علی احمدی"),
    ("كتب: هذا الخبر نقلا عن مصادر محلية في المدينة", None),  # a sentence, not a name
])
def test_a_labelled_name_in_a_script_without_capitals_is_a_person(credit, author):
    assert labelled_byline(credit) == author
