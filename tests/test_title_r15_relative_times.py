"""Relative time stamps of weeks, months and years (furniture_page_notices.csv, filled for the
languages whose hours and days were there; issue 12 point 1): a video or aggregator page prints
'• hace 5 años' below its headline, and the stamp is page furniture, never the headline's second
line; a headline that holds such words with more words around them stays whole. Pages written
for these tests."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean

HEADLINE = "Asciende a 18 la cifra de muertos durante las protestas en Chile"
LEAD = ("Santiago de Chile, 23 oct (EFE).- El subsecretario del Interior confirmó este miércoles "
        "que la cifra de muertos durante las protestas se elevó a 18.")


@pytest.mark.parametrize("stamp", [
    "hace 5 años", "hace 2 meses", "il y a 3 ans", "il y a 2 mois", "vor 3 Jahren",
    "há 4 anos", "3 anni fa", "2 jaar geleden", "2 yıl önce", "5 tahun yang lalu",
    "3 года назад", "2 роки тому", "4 lata temu", "2 năm trước", "منذ 3 سنوات", "۲ سال پیش",
    "2 साल पहले", "acum 2 ani", "for 3 år siden", "för 2 år sedan", "πριν από 2 χρόνια",
])
def test_a_relative_time_below_the_headline_is_no_part_of_it(stamp):
    art = clean(f"{HEADLINE}\n\n  • {stamp}\n{LEAD}\n")
    assert art.title == HEADLINE
    assert any(r.text.endswith(stamp) for r in art.removed if r.rule != "title (moved to title)")


@pytest.mark.parametrize("headline", [
    "Hace 5 años, el terremoto que cambió Chile",
    "Il y a 30 ans, la chute du mur de Berlin",
])
def test_a_headline_holding_a_relative_time_stays_whole(headline):
    assert clean(f"{headline}\n\n{LEAD}\n").title == headline
