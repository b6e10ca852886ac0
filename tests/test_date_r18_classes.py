"""Round 18, printed dates: month names in the declined forms date lines print, filled for
several languages at once (Slovenian, Serbian in both scripts and Latvian genitives, Latvian
locatives, Marathi, Persian and Somali spellings: lexicon/month_names.csv); the Latvian date with
its year first ('2019. gada 12. martā', lexicon/date_words.csv); and the fields a date line
prints beside its date: a reading time after it and a place or section before it
('Vorarlberg / 12.03.2019 • 10:05 Uhr / 5 Minuten Lesezeit', helpers/date_line_fields.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.datelines import date_line
from helpers.dates import find_dates

MARCH_12 = dt.date(2019, 3, 12)

PAGES = {
    "lv": ("Plūdos bojā gājuši 15 cilvēki",
           "Plūdos bojāgājušo skaits ir pieaudzis līdz 15 cilvēkiem, svētdien paziņoja glābēji."),
    "sl": ("V poplavah umrlo 15 ljudi",
           "V poplavah je umrlo 15 ljudi, je v nedeljo sporočila policija."),
    "sr": ("У поплавама погинуло 15 људи",
           "У поплавама је погинуло 15 људи, саопштила је полиција у недељу."),
    "de": ("Unwetter: 15 Tote in Vorarlberg",
           "Bei dem Unwetter sind 15 Menschen ums Leben gekommen, teilte die Polizei am Sonntag"
           " mit."),
    "en": ("Floods kill 15 in the north",
           "Fifteen people were killed in the floods, police said on Sunday."),
}


def _page(lang: str, *header: str) -> str:
    title, lead = PAGES[lang]
    return "\n\n".join((title, *header, lead)) + "\n"


@pytest.mark.parametrize("text, date", [
    ("12. aprila 2019", dt.date(2019, 4, 12)), ("5. julija 2019", dt.date(2019, 7, 5)),  # Slovenian
    ("12. oktobra 2019.", dt.date(2019, 10, 12)), ("5. jula 2019. u 10:05", dt.date(2019, 7, 5)),
    ("5. јула 2019.", dt.date(2019, 7, 5)), ("12. новембра 2019.", dt.date(2019, 11, 12)),
    ("12. marta 2019", MARCH_12), ("5. jūnijā 2019", dt.date(2019, 6, 5)),  # Latvian
    ("१२ ऑगस्ट २०१९", dt.date(2019, 8, 12)),  # Marathi
    ("۱۲ آگوست ۲۰۱۹", dt.date(2019, 8, 12)), ("12 جولای 2019", dt.date(2019, 7, 12)),  # Persian
    ("12 Nofembar 2019", dt.date(2019, 11, 12)),  # Somali
])
def test_declined_month_names_are_read(text, date):
    found = find_dates(text)
    assert found and found[0].date == date


@pytest.mark.parametrize("text", ["2019. gada 12. martā, 19:07", "2019. gada 12. marta",
                                  "2019. gada 12. marts"])
def test_a_latvian_date_with_the_year_first(text):
    found = find_dates(text)
    assert found and found[0].date == MARCH_12 and found[0].text.startswith("2019. gada 12.")


@pytest.mark.parametrize("lang, line, date", [
    ("lv", "2019. gada 12. martā, 19:07", MARCH_12),
    ("sl", "Objavljeno: 12. julija 2019 ob 10:05", dt.date(2019, 7, 12)),
    ("sr", "Објављено: 12. јула 2019. у 10:05", dt.date(2019, 7, 12)),
])
def test_such_a_date_line_under_the_headline_is_the_pages_date(lang, line, date):
    art = clean(_page(lang, line))
    assert art.date is not None and art.date.date == date
    assert art.title == PAGES[lang][0]


@pytest.mark.parametrize("line", [
    "Vorarlberg / 12.03.2019 • 10:05 Uhr / 5 Minuten Lesezeit",
    "12.03.2019 | 10:05 | 3 min read", "12 March 2019 · 4 min read",
    "Paris · 12 mars 2019 · Lecture 3 min", "Москва / 12 марта 2019 / Время чтения: 3 мин",
    "Ankara • 12 Mart 2019 • 3 dk okuma", "12.03.2019 - Tiempo de lectura: 3 min",
    "Sport | March 12, 2019",
])
def test_a_reading_time_and_a_place_beside_the_date_leave_a_date_line(line):
    found = date_line(line)
    assert found is not None and found.date.date == MARCH_12 and found.kind == "plain"


def test_the_page_with_such_a_line_states_its_date():
    art = clean(_page("de", "Vorarlberg / 12.03.2019 • 10:05 Uhr / 5 Minuten Lesezeit"))
    assert art.date is not None and art.date.date == MARCH_12
    assert art.title == PAGES["de"][0]


@pytest.mark.parametrize("line", [
    "Foto: Reuters / 12.03.2019",  # a caption's credit and date
    "Flood kills dozens | 12.03.2019",  # a headline of three words
    "Jane Roe | 12.03.2019",  # a byline's name and a date: helpers.datelines.name_and_date
    "police / 12.03.2019",  # a word without a capital
    "The 12 victims / 12.03.2019",
    "12.03.2019 / 12 Tote",  # a count after the date, no reading time
    "12.03.2019 / 3 Minuten",  # minutes without a word for reading
])
def test_other_text_beside_a_date_is_still_no_date_line(line):
    assert date_line(line) is None


def test_a_label_before_the_place_slot_keeps_its_kind():
    found = date_line("Aktualisiert / 12.03.2019 · 3 Min. Lesezeit")
    assert found is not None and found.kind == "updated"


@pytest.mark.parametrize("line, kind", [
    ("Diterbitkan pada 12/03/2019", "published"),  # Indonesian: a label with 'pada' (on)
    ("Dipublikasikan pada Selasa, 12 Maret 2019", "published"),
    ("Diperbarui pada 12 Maret 2019, 10:05 WIB", "updated"),
    ("פורסם ב-12 במרץ 2019", "published"),  # Hebrew: the prefix ב before the day
    ("Yayınlandı: 12 Mart 2019, 10:05", "published"),  # Turkish: 'was published'
    ("Nai-publish: Marso 12, 2019", "published"),  # Tagalog
    ("Edizione del 12 marzo 2019", "published"),  # a print edition's date
    ("Ausgabe vom 12.03.2019", "published"),
    ("12 marca 2019 r., 10:05", "plain"),  # Polish 'r.' (roku) after the year
    ("Publikováno 12. 3. 2019 v 10:05", "published"),  # Czech 'v' before the time
    ("Publikuar më 12.03.2019 në orën 10:05", "published"),  # Albanian 'at the hour'
    ("Imechapishwa: Machi 12, 2019 saa 4:05 usiku", "published"),  # Swahili hour and night
    ("প্রকাশিত: ১২ মার্চ ২০১৯, ১০:০৫ পিএম", "published"),  # Bengali 'PM' in Bengali letters
    ("Publié le mardi 12 mars 2019 à 10 h 05", "published"),  # French time with spaced 'h'
    ("Đăng lúc 10:05 ngày 12/03/2019", "published"),  # Vietnamese: the time, then 'ngày'
])
def test_labels_and_time_words_of_more_languages_leave_a_date_line(line, kind):
    found = date_line(line)
    assert found is not None and found.date.date == MARCH_12 and found.kind == kind


@pytest.mark.parametrize("line", [
    "Il 12 marzo 2019 la polizia ha arrestato 12 persone",  # a sentence with a date
    "Diterbitkan oleh Polri, 12 Maret 2019, 300 warga dievakuasi",
    "12 marca 2019 r. zginęło 12 osób",
])
def test_sentences_with_such_words_are_no_date_lines(line):
    assert date_line(line) is None


def test_a_name_and_a_date_split_by_a_bar_stay_a_byline():
    art = clean(_page("en", "Jane Roe | 12.03.2019"))
    assert art.author == "Jane Roe" and art.date is not None and art.date.date == MARCH_12


@pytest.mark.parametrize("text, date", [
    ("15 ജൂലൈ 2021", dt.date(2021, 7, 15)), ("ജൂലൈ 15, 2021", dt.date(2021, 7, 15)),  # Malayalam
    ("15 జూలై 2021", dt.date(2021, 7, 15)), ("15 ಜುಲೈ 2021", dt.date(2021, 7, 15)),  # te, kn
    ("15 ਜੁਲਾਈ 2021", dt.date(2021, 7, 15)),  # Punjabi
    ("15 ઓગસ્ટ 2021", dt.date(2021, 8, 15)),  # Gujarati, with a plain o
    ("15 जुलै 2021", dt.date(2021, 7, 15)),  # Marathi
    ("15 Gorffennaf 2021", dt.date(2021, 7, 15)),  # Welsh
    ("15 ta' Lulju 2021", dt.date(2021, 7, 15)),  # Maltese, with 'ta'' (of)
    ("১৫ জুলাই ২০২১ ইং", dt.date(2021, 7, 15)),  # Bengali 'ইং' after the year
    ("15 جولائی 2021ء", dt.date(2021, 7, 15)),  # Urdu 'ء' glued to the year
])
def test_month_names_of_more_scripts_and_year_marks_are_read(text, date):
    found = date_line(text)
    assert found is not None and found.date.date == date


@pytest.mark.parametrize("weekday", [
    "یکشنبه", "سه شنبه", "یک شنبه",  # Persian, with a space for the lost joiner
    "الاحد", "الاربعاء",  # Arabic without the hamza
    "Persembe", "Carsamba",  # Turkish in ASCII
    "Jum'at", "Sambata", "Duminica",  # Indonesian with an apostrophe, Romanian in ASCII
])
def test_weekday_spellings_the_locale_data_lack_leave_a_date_line(weekday):
    found = date_line(f"{weekday}, 12.03.2019")
    assert found is not None and found.date.date == MARCH_12 and found.kind == "plain"


def test_a_weekday_spelling_is_no_date_by_itself():
    assert date_line("Persembe, 12 victims") is None and find_dates("الاحد 12") == []
