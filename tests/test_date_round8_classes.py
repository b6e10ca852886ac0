"""Printed dates by class, round 8 (issue 12, point 2), on headers written for these tests (none
is a seed's or a real page's): a publication date with its update note on the same line (after a
comma, a pipe, or right after the time), labels of more languages for updates and publication,
a site clock labelled "Today:", and a site clock with a weekday and the weather."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.datelines import date_line

HEADLINE = "Five suspects held after raid on a flat"
BODY = ("Police arrested five people on Monday, officials said.\n\n"
        "The suspects will appear in court later this week, the prosecutor said.\n")


def _stated(*header: str) -> dt.date | None:
    art = clean("\n\n".join([*header, BODY]))
    return art.date.date if art.date is not None and art.date_basis == "stated" else None


@pytest.mark.parametrize("line", [
    "Publié le 12/03/2019 à 10h20, mis à jour le 14/03/2019 à 11h00",
    "Publié le 12/03/2019, mis à jour le 14/03/2019",
    "Publié le 12/03/2019 à 10:20 | Mis à jour le 14/03/2019",
    "Publicado el 12/03/2019 10:20, actualizado el 14/03/2019",
    "Giriş: 12.03.2019 10:20 Güncelleme: 14.03.2019 11:00",
    "Veröffentlicht am 12.03.2019 um 10:22 | Aktualisiert am 14.03.2019",
    "Publicada em 12/03/2019",
    "Опубліковано 12.03.2019",
    "Terbit Selasa, 12 Maret 2019 10:20 WIB",
])
def test_the_publication_date_before_its_update_note(line):
    found = date_line(line)
    assert found is not None and found.kind == "published"
    assert found.date.date == dt.date(2019, 3, 12)


def test_a_french_page_states_its_publication_date_not_its_update():
    page = ("Cinq suspects interpellés lors d'un coup de filet\n\n"
            "Publié le 12/03/2019 à 10h20, mis à jour le 14/03/2019 à 11h00\n\n"
            "La police a interpellé cinq personnes lundi, selon le parquet.\n\n"
            "Les suspects seront présentés à un juge cette semaine.\n")
    art = clean(page)
    assert art.date_basis == "stated" and art.date.date == dt.date(2019, 3, 12)


@pytest.mark.parametrize("line", [
    "Diperbarui 14 Maret 2019, 11:00 WIB",
    "Оновлено 14.03.2019 11:00",
    "Aangepast op 14 maart 2019",
    "Last edited 14 March 2019",
    "Mis à jour le 14/03/2019 à 11h00",
])
def test_an_update_alone_is_never_the_publication_date(line):
    found = date_line(line)
    assert found is not None and found.kind == "updated"
    assert _stated(HEADLINE, line) is None


@pytest.mark.parametrize("header", [
    ("Today: Monday, 14 March 2024", "Home | News | Sport", HEADLINE),
    ("Heute: 14.03.2024", HEADLINE),
    ("14 March 2024 Thursday | London 12°C", "Home | News | Sport", HEADLINE),
    ("14 Mart 2024 Perşembe | İstanbul 12°C", HEADLINE),
])
def test_a_site_clock_is_never_the_publication_date(header):
    art = clean("\n\n".join([*header, BODY]))
    assert art.title == HEADLINE
    assert art.date_basis != "stated"


def test_a_date_line_below_the_headline_is_still_found_beside_a_clock():
    assert _stated("Today: Monday, 14 March 2024", HEADLINE, "12 March 2019") == \
        dt.date(2019, 3, 12)


@pytest.mark.parametrize("line", [
    "Publié le 05/03/2019 par la rédaction, lu 14/03/2019 fois",  # no date line
    "Mis à jour le 12/03/2019, publié le 10/03/2019",  # an update first: not read
])
def test_near_misses_give_no_date_line(line):
    assert date_line(line) is None


# --- date lines in more languages: Ukrainian months, a weekday after the date, "ore", "h" ------

@pytest.mark.parametrize("line", [
    "12 березня 2019, 10:20",
    "12 березня 2019 року",
    "Вівторок, 12 березня 2019",
    "Опубліковано 12 березня 2019 о 10:20",
    "12 Mart 2019 Salı 10:20",
    "12 marzo 2019 ore 10:20",
    "12 de marzo de 2019 - 10:20 h",
    "12 March 2019 Monday",
])
def test_date_lines_in_more_languages(line):
    found = date_line(line)
    assert found is not None and found.date.date == dt.date(2019, 3, 12)


@pytest.mark.parametrize("line", ["12 March 2019 Hello", "Hoy 12 h", "12 березня, 10:20"])
def test_more_languages_near_misses(line):
    assert date_line(line) is None
