"""Byline classes of issue 12 point 3 (round 11), on pages written for these tests: a heading or
link of the page itself printed after the last sentence ('Related Post', 'Noticias Similares')
is never read as the author's signature, while a person's name there still is."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean

HEADLINE = "Fourteen hurt as bus and lorry collide near the town"
LEAD = ("Police said 14 people were injured when a bus and a lorry collided on the road near"
        " the town on Saturday morning.")
SECOND = "The injured were taken to the regional hospital, a police spokesman said."


@pytest.mark.parametrize("tail", ["Related Post", "Noticias Similares", "Visit Direct Link",
                                  "Special Articles", "This Week's Flyers", "Berita Terkait"])
def test_a_page_heading_after_the_last_sentence_is_no_signature(tail):
    art = clean(f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{tail}\n")
    assert art.author is None


def test_a_name_after_the_last_sentence_is_still_the_signature():
    art = clean(f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\nJane Roe\n")
    assert art.author == "Jane Roe"
