"""Labels glued to a leading date stamp (round 20): a follow button with the site's name or a
numbered crumb that a scraper printed after the stamp is no headline; a headline glued to a
stamp, which holds common words, stays the title. Pages written for these tests."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean

HEADLINE = "Zes verstekelingen ontdekt in vrachtwagen bij grenscontrole"
LEAD = ("Bij een grenscontrole zijn vrijdagavond zes verstekelingen ontdekt in een vrachtwagen. "
        "De bestuurder is aangehouden voor mensensmokkel.")
BODY = ("De politie zegt dat de zes mannen uit Afghanistan en Irak komen.\n\n"
        "De vreemdelingenpolitie doet verder onderzoek naar de zaak.\n")


def _page(*lines: str) -> str:
    return "\n\n".join([*lines, BODY])


@pytest.mark.parametrize("label", [
    "Volg Hart van Nederland", "Follow The Daily Courier", "Siga Rádio Renascença",
    "Folgen Sie Radio Nord",
])
def test_a_follow_label_glued_to_the_stamp_leaves_the_headline_below_as_title(label):
    art = clean(_page(f" date 2026-02-21 {label}", HEADLINE, LEAD))
    assert art.title == HEADLINE


@pytest.mark.parametrize("crumb", ["1. Ekonomim", "2. Gündem", "1. Il Giornale"])
def test_a_numbered_crumb_glued_to_the_stamp_above_the_lead_is_no_title(crumb):
    art = clean(_page(f" date 2025-11-20   {crumb}", LEAD))
    assert art.title is None


@pytest.mark.parametrize("headline", [
    "Turkey begins deporting foreign jihadists",     # common words: a headline
    "Zes verstekelingen ontdekt",
    "Migranti, 12 morti al largo",
])
def test_a_headline_glued_to_the_stamp_stays_the_title(headline):
    art = clean(_page(f" date 2026-02-21 {headline}", LEAD))
    assert art.title == headline


def test_a_title_case_headline_glued_to_the_stamp_above_its_deck_stays_the_title():
    headline = "Migrants Rescued Off Lampedusa"  # name words only, but no follow word first
    art = clean(_page(f" date 2026-02-21 {headline}",
                      "Coast guard says all 40 people on board are safe", LEAD))
    assert art.title == headline
