"""Repost and agency-credit lines in many languages (helpers/lexicon/
furniture_world_syndication.csv, issue 12 point 4): a notice that the page was first published
elsewhere, and a line crediting the agencies the text was made with. Each line goes under its
rule; a notice with a date, and sentences that hold the same words, stay. Lines written for
these tests."""

from __future__ import annotations

import pytest
from conftest import furniture_rule

LINES = [
    ("Cet article a été publié pour la première fois sur le site de RFI.", "legal_notice"),
    ("Este artigo foi publicado originalmente no site da DW.", "legal_notice"),
    ("Artykuł został pierwotnie opublikowany na stronie DW.", "legal_notice"),
    ("Članak je izvorno objavljen na portalu Index.hr.", "legal_notice"),
    ("Bu haber ilk olarak BBC Türkçe'de yayımlandı.", "legal_notice"),
    ("Стаття вперше опублікована на сайті Української правди.", "legal_notice"),
    ("Το άρθρο δημοσιεύθηκε αρχικά στην Καθημερινή.", "legal_notice"),
    ("Com informações da Agência Brasil", "reporting_credit"),
    ("Mit Agenturmaterial.", "reporting_credit"),
    ("Con fonti agenzie", "reporting_credit"),
    ("Cu informații de la Agerpres", "reporting_credit"),
    ("За матеріалами Укрінформу", "reporting_credit"),
]


@pytest.mark.parametrize(("line", "rule"), LINES)
def test_a_repost_or_agency_line_goes_under_its_rule(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("sentence", [
    "Cet article a été publié pour la première fois en 1998 dans une revue scientifique.",
    "Artykuł został pierwotnie opublikowany w 2019 roku, przypomniała prokuratura.",
    "Com informações da polícia, os bombeiros encontraram 45 corpos no rio, disse o prefeito"
    " à imprensa local nesta segunda-feira à noite.",
])
def test_a_dated_notice_or_a_sentence_stays(sentence):
    assert furniture_rule(sentence) is None
