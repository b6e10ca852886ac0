"""Round 18, a headline above a standfirst printed twice: header_lines.headline_twice_below
took the first line for a site's slogan above a headline printed twice whenever the repeated
line had no closing full stop; a standfirst of several sentences closed by a credit ('...
Die Lage bleibt extrem angespannt. Reuters, AFP') is body, not a headline, so the line above
it is the headline, and the lines printed twice under it go as a caption printed twice does
above it (helpers.header.take_header; not two copies with a caption between them, which stay
in the body as before). A slogan above a headline printed twice is still no
title. Pages written for these tests."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean

STANDFIRSTS = [
    ("„Es gibt Tote, es gibt Vermisste“",
     "Dauerregen hat Flüsse in Fluten verwandelt. Dutzende Menschen starben. Die Lage bleibt"
     " angespannt. Reuters, AFP",
     "Nach dem Dauerregen werden in mehreren Orten noch 40 Menschen vermisst, teilte die"
     " Polizei mit."),
    ("Floods hit the north of the country",
     "Rivers burst their banks overnight. At least 12 people died. Rescuers are still searching."
     " Photo: AFP",
     "At least 12 people died when rivers burst their banks overnight, the police said on"
     " Monday."),
]


@pytest.mark.parametrize("headline, standfirst, lead", STANDFIRSTS)
def test_headline_above_a_standfirst_printed_twice(headline: str, standfirst: str,
                                                   lead: str) -> None:
    art = clean(f"{headline}\n\n{standfirst}\n{standfirst}\n\n{lead}\n")
    assert art.title == headline
    assert not any(standfirst in par for par in art.paragraphs)  # printed twice: furniture
    assert any(lead in par for par in art.paragraphs)


def test_slogan_above_a_headline_printed_twice_is_still_no_title() -> None:
    headline = "Floods kill 12 in the north of the country"
    art = clean(f"News for everyone, every day\n\n{headline}\n{headline}\n\nAt least 12 people"
                " died when rivers burst their banks overnight, the police said.\n")
    assert art.title == headline


def test_standfirst_printed_twice_around_a_caption_stays_in_the_body() -> None:
    headline = "Superstiti tra Pozzallo e Lampedusa"
    standfirst = ("Hotspot al collasso Dall’inizio dell’anno sono 20.017 i migranti sbarcati in"
                  " Italia, più del triplo dello stesso periodo del 2022 (furono 6.152)")
    art = clean(f"{headline}\n{standfirst}\nHotspot a Pozzallo – Ansa\n{standfirst}\nGli sguardi"
                " spenti, i segni del terrore nei volti. Erano in 47 sul gommone.\n")
    assert art.title == headline
    assert any("20.017 i migranti" in par for par in art.paragraphs)


def test_a_standfirst_printed_twice_without_a_credit_keeps_one_copy_in_the_body() -> None:
    # (a credit after its last sentence makes the two copies a caption; without one the line
    # is a standfirst printed twice: its counts stay, once)
    standfirst = ("Floods swept through the northern provinces overnight, killing at least 12"
                  " people and forcing more than 3,000 residents from their homes as rivers"
                  " burst their banks across the region")
    lead = "Rescuers searched on Monday for missing people, the police said."
    art = clean(f"Floods hit the north\n\n{standfirst}\n{standfirst}\n\n{lead}\n")
    assert art.title == "Floods hit the north"
    assert art.paragraphs == [standfirst, lead]
    assert [r.rule for r in art.removed if r.text == standfirst] == ["repeated_standfirst"]
