"""The languages whose month and weekday names the date rules read, and the words a printed date
holds besides its numbers, are data (issue 9 point 1): lexicon/date_languages.csv and
lexicon/date_words.csv. Editing either file changes what is read, in a running kernel."""

from __future__ import annotations

import datetime as dt

from helpers import date_fields
from helpers.dates import find_dates, languages


def _edit(folder, name: str, old: str, new: str) -> None:
    path = folder / f"{name}.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_language_sets_are_read_from_the_file_in_its_order():
    full, months, every = languages("full"), languages("full", "months"), languages()
    assert full[:3] == ("en", "ru", "kk") and set(full) < set(months) < set(every)
    assert "vi" in every and "vi" not in months  # Vietnamese: weekdays on a date line only
    assert "th" not in months  # Thai: weekdays on a date line only


def test_a_language_given_its_months_in_the_file_has_its_dates_read(word_lists):
    assert find_dates("5 ژانويه 2019") == []  # Persian, as the locale data spell it
    _edit(word_lists, "date_languages", "fa,line,", "fa,months,")
    found = find_dates("5 ژانويه 2019")
    assert [d.date for d in found] == [dt.date(2019, 1, 5)]


def test_a_language_left_out_of_the_file_gives_no_weekdays_to_a_date_line(word_lists):
    assert "วันอังคาร" in date_fields.line_words()[0]  # Thai 'Tuesday'
    _edit(word_lists, "date_languages", "th,line,Thai\n", "")
    assert "วันอังคาร" not in date_fields.line_words()[0]


def test_the_words_after_a_year_are_read_from_the_file(word_lists):
    assert find_dates("12 березня 2019 року")[0].text == "12 березня 2019 року"
    _edit(word_lists, "date_words", "року,year_suffix,Ukrainian genitive of 'рік' (year)\n", "")
    assert find_dates("12 березня 2019 року")[0].text == "12 березня 2019"


def test_the_words_joining_day_month_and_year_are_read_from_the_file(word_lists):
    assert find_dates("5 de marzo de 2019")[0].date == dt.date(2019, 3, 5)
    _edit(word_lists, "date_words", "de,month_year,", "del,month_year,")
    assert find_dates("5 de marzo de 2019") == []
    assert find_dates("5 de marzo del 2019")[0].date == dt.date(2019, 3, 5)


def test_the_words_of_a_date_in_figures_are_read_from_the_file(word_lists):
    assert [d.date for d in date_fields.script_dates("Ngày 5/3/2019")] == [dt.date(2019, 3, 5)]
    assert [d.date for d in date_fields.script_dates("5 tháng 3 năm 2019")] == [dt.date(2019, 3, 5)]
    _edit(word_lists, "date_words", "ngày,day_first,Vietnamese 'day' before a date\n", "")
    _edit(word_lists, "date_words", "tháng,month_number", "thg,month_number")
    assert date_fields.script_dates("Ngày 5/3/2019") == []
    assert date_fields.script_dates("5 tháng 3 năm 2019") == []
    assert [d.date for d in date_fields.script_dates("5 thg 3 năm 2019")] == [dt.date(2019, 3, 5)]


def test_a_name_two_read_languages_give_different_months_is_not_read():
    # 'listopada': October in Croatian, November in Polish; 'ožujka' is March in Croatian only
    assert find_dates("Zagreb, 3. listopada 2019.") == []
    assert [d.date for d in find_dates("Zagreb, 5. ožujka 2019.")] == [dt.date(2019, 3, 5)]


def test_a_language_marked_month_first_has_its_month_read_before_the_day(word_lists):
    assert find_dates("Մարտ 12, 2019") == []  # Armenian
    _edit(word_lists, "date_languages", "hy,months,", "hy,month_first,")
    assert [d.date for d in find_dates("Մարտ 12, 2019")] == [dt.date(2019, 3, 12)]
    assert [d.date for d in find_dates("12 մարտի 2019")] == [dt.date(2019, 3, 12)]
