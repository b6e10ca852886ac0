"""Round 13, the page header (issue 12 points 1-3): a notice sentence that says when the page
was published ('This content was published on ...', 'Diese Nachricht wurde am ... gesendet.')
is a labelled publication date wherever it stands; a reading time without a preposition
('2 min lectura') is no headline. The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.publication_notices import notice_date

LEAD = ("Rescuers pulled twelve people from the river on Tuesday after the bridge gave way, "
        "the fire service said.")


@pytest.mark.parametrize(("line", "day"), [
    ("This content was published on April 3, 2018", dt.date(2018, 4, 3)),
    ("This article was first published on 3 April 2018 at 10:22", dt.date(2018, 4, 3)),
    ("Questo articolo è stato pubblicato il 3 aprile 2018", dt.date(2018, 4, 3)),
    ("Ce contenu a été publié le 3 avril 2018 à 10h22", dt.date(2018, 4, 3)),
    ("Este artículo fue publicado el 3 de abril de 2018", dt.date(2018, 4, 3)),
    ("Este conteúdo foi publicado em 3 de abril de 2018", dt.date(2018, 4, 3)),
    ("Dieser Beitrag wurde am 3. April 2018 im Radio gesendet.", dt.date(2018, 4, 3)),
    ("Dit artikel werd gepubliceerd op 3 april 2018", dt.date(2018, 4, 3)),
])
def test_a_notice_sentence_gives_the_publication_date(line, day):
    found = notice_date(line)
    assert found is not None and found.date == day


@pytest.mark.parametrize("line", [
    "The report was published on April 3, 2018.",  # a cited document's date, not the page's
    "This article was published on April 3, 2018 by a ministry that counted 40 arrests",
    "This content was published on April 3, 2018 and updated on April 4, 2018",  # two dates
    "Dieser Beitrag wurde am 3. April 2018 von vielen Lesern geteilt.",  # no publishing verb
    "Questo articolo è stato pubblicato",  # no date
])
def test_other_sentences_are_no_notice(line):
    assert notice_date(line) is None


def test_a_notice_below_the_headline_is_the_page_date():
    page = ("Twelve rescued as bridge collapses\n"
            "Questo contenuto è stato pubblicato il 3 aprile 2018\n"
            f"{LEAD}\n")
    art = clean(page)
    assert art.title == "Twelve rescued as bridge collapses"
    assert art.date is not None and art.date.date == dt.date(2018, 4, 3)
    assert art.date_kind == "published"
    assert all("pubblicato" not in p for p in art.paragraphs)


def test_a_broadcast_notice_after_the_last_line_is_the_page_date():
    page = f"{LEAD}\nDiese Nachricht wurde am 03.04.2018 im Programm Radio Nord gesendet.\n"
    art = clean(page)
    assert art.date is not None and art.date.date == dt.date(2018, 4, 3)
    assert art.paragraphs == [LEAD]


@pytest.mark.parametrize("label", ["2 min lectura", "3 min leitura", "4 min lettura"])
def test_a_reading_time_without_a_preposition_is_no_headline(label):
    page = f"10:05 03/04/2018\n{label}\n{LEAD}\n"
    art = clean(page)
    assert art.title is None
    assert art.paragraphs == [LEAD]


@pytest.mark.parametrize(("line", "outlet"), [
    ("Kaynak: Anadolu Ajansı", "Anadolu Ajansı"),  # Turkish
    ("Źródło: PAP", "PAP"),  # Polish
    ("Zdroj: ČTK", "ČTK"),  # Czech
    ("Izvor: Tanjug", "Tanjug"),  # Serbian
    ("Forrás: MTI", "MTI"),  # Hungarian
    ("Kilde: NTB", "NTB"),  # Norwegian
    ("Source: Reuters", "Reuters"),
])
def test_a_source_line_in_many_languages_names_the_outlet_and_no_author(line, outlet):
    art = clean(f"Twelve rescued as bridge collapses\n{LEAD}\n{line}\n")
    assert art.outlet_parsed == outlet
    assert art.author is None
    assert art.paragraphs == [LEAD]
