"""Date-line classes of issue 12 point 2 (round 11), on lines and pages written for these tests:
labels of the publication date and of an update in more languages (lexicon date_labels.csv), a
weekday of any language read, a word for the hour and a meridiem beside the time
(date_line_words.csv), a story number before the label, Solar Hijri dates of Persian pages (by
dateparser's Jalali calendar), CJK and Vietnamese dates; an update's date, a print date and a
lunar Hijri date are never stated."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.date_fields import script_dates
from helpers.datelines import date_line

D = dt.date(2019, 3, 5)
LEAD = ("Police said 14 people were injured when a bus and a lorry collided on the road near"
        " the town on Saturday morning.")
HEADLINE = "Fourteen hurt as bus and lorry collide near the town"


@pytest.mark.parametrize("line, kind", [
    ("Publikacja: 05.03.2019 10:22", "published"),  # Polish
    ("Aktualizacja: 05.03.2019 11:40", "updated"),
    ("Publikováno: 05.03.2019 10:22", "published"),  # Czech
    ("Δημοσίευση: 05.03.2019 10:22", "published"),  # Greek
    ("Ενημερώθηκε: 05.03.2019 11:40", "updated"),
    ("تاريخ النشر : 10:22 - 2019/03/05", "published"),  # Arabic, the time first
    ("آخر تحديث: 5 مارس 2019", "updated"),
    ("Publicat la 05.03.2019", "published"),  # Romanian
    ("Frissítve: 2019-03-05 11:40", "updated"),  # Hungarian
    ("Objavljeno: 05.03.2019. 10:22", "published"),  # Bosnian: a full stop after the year
    ("Përditësuar: 05.03.2019", "updated"),  # Albanian
    ("Cập nhật 11:40 2019-03-05", "updated"),  # Vietnamese
    ("Oppdatert 05.03.2019 kl. 11:40", "updated"),  # Norwegian, the hour word 'kl.'
    ("Gedruckt am 05.03.2019", "other"),  # a print date
])
def test_labels_of_more_languages_give_the_date_and_its_kind(line, kind):
    found = date_line(line)
    assert found is not None and found.date.date == D and found.kind == kind


@pytest.mark.parametrize("line", [
    "الثلاثاء ٥ مارس ٢٠١٩ الساعة ١٠:٢٢ صباحاً",  # Arabic weekday, hour word, Arabic-Indic digits
    "الثلاثاء، 5 مارس 2019 10:22 م",  # the Arabic comma, 'م' (pm) after the time
    "5 مارس 2019 - 10:22 ص",
    "Salı, 5 Mart 2019 saat 10:22",  # Turkish hour word
    "Selasa, 5 Maret 2019 pukul 10:22 WIB",  # Indonesian hour word and zone
    "Wtorek, 05.03.2019 godz. 10:22",  # a Polish weekday (its months are not read)
    "Τρίτη 05.03.2019 10:22 π.μ.",  # a Greek weekday and meridiem
])
def test_weekdays_hour_words_and_meridiems_of_more_languages(line):
    found = date_line(line)
    assert found is not None and found.date.date == D and found.kind == "plain"


@pytest.mark.parametrize("text, date", [
    ("تاریخ: 1397/12/14", D),  # Solar Hijri in figures, on a Persian line
    ("۱۳۹۷/۱۲/۱۴ - ۱۰:۲۲", D),  # Persian digits
    ("سه‌شنبه ۱۴ اسفند ۱۳۹۷", D),  # a Solar month named
    ("2019年3月5日", D), ("2019년 3월 5일", D),  # CJK
    ("5 tháng 3 năm 2019", D), ("Thứ Ba, 05/03/2019", D),  # Vietnamese: day first
    ("14 رجب 1440", None),  # a lunar Hijri month: never read as a Solar date
    ("1440/06/28", None),  # a Hijri year in figures on a line with no Persian letter
    ("05/03/2019", None),  # no Vietnamese word: March or May is not guessed here
])
def test_dates_of_other_calendars_and_scripts(text, date):
    found = script_dates(text)
    assert (found[0].date if found else None) == date


def test_a_story_number_before_a_labelled_solar_date_is_header_not_the_title():
    page = f"کد خبر: 236008 تاریخ: 1397/12/14 10:22\n{HEADLINE}\n\n{LEAD}\n"
    art = clean(page)
    assert art.title == HEADLINE
    assert art.date is not None and art.date.date == D and art.date_basis == "stated"


def test_a_labelled_solar_date_after_the_text_is_the_date():
    art = clean(f"{HEADLINE}\n\n{LEAD}\n\nکد خبر: ۱۲۳۴۵ تاریخ انتشار : ۱۳۹۷/۱۲/۱۴")
    assert art.date is not None and art.date.date == D


def test_an_arabic_weekday_date_line_above_the_headline_is_no_title():
    art = clean(f"الثلاثاء ٥ مارس ٢٠١٩ الساعة ١٠:٢٢ صباحاً\n{HEADLINE}\n\n{LEAD}\n")
    assert art.title == HEADLINE
    assert art.date is not None and art.date.date == D


@pytest.mark.parametrize("line", [
    "Aktualizacja: 05.03.2019 11:40", "Ενημερώθηκε: 05.03.2019 11:40", "آخر تحديث: 5 مارس 2019",
    "Përditësuar: 05.03.2019", "Oppdatert 05.03.2019 kl. 11:40", "Gedruckt am 05.03.2019",
])
def test_an_update_or_print_date_is_never_stated(line):
    art = clean(f"{HEADLINE}\n{line}\n\n{LEAD}\n")
    assert art.title == HEADLINE
    assert art.date is None or art.date_basis != "stated"


def test_a_gregorian_date_beside_its_hijri_one_is_the_date():
    art = clean(f"{HEADLINE}\nالثلاثاء 5 مارس 2019 - 28 جمادى الآخرة 1440\n\n{LEAD}\n")
    assert art.date is None or art.date.date == D


@pytest.mark.parametrize("headline, credit, lead, author, kind", [
    ("Quatorze blessés dans une collision entre un bus et un camion",
     "Par Jean Dupont, publié le 5 mars 2019 à 10h22",
     "La police a indiqué que quatorze personnes ont été blessées samedi matin près de la ville.",
     "Jean Dupont", "published"),
    ("Четырнадцать человек пострадали в ДТП с автобусом", "Автор: Иван Петров | 05.03.2019 10:22",
     "Как сообщили в полиции, в субботу утром возле города столкнулись автобус и грузовик.",
     "Иван Петров", "plain"),
    ("إصابة 14 شخصا في حادث تصادم حافلة وشاحنة قرب المدينة", "كتب: أحمد علي - الثلاثاء 5 مارس 2019",
     "قالت الشرطة إن 14 شخصا أصيبوا صباح السبت عندما اصطدمت حافلة بشاحنة على الطريق قرب المدينة.",
     "أحمد علي", "plain"),
    ("۱۴ زخمی در برخورد اتوبوس و کامیون در نزدیکی شهر",
     "خبرنگار: علی احمدی | سه‌شنبه ۱۴ اسفند ۱۳۹۷ - ۱۰:۲۲",
     "پلیس گفت ۱۴ نفر صبح شنبه در برخورد یک اتوبوس و یک کامیون در جاده نزدیک شهر زخمی شدند.",
     "علی احمدی", "plain"),
    ("Czternaście osób rannych w zderzeniu autobusu z ciężarówką",
     "Publikacja: 05.03.2019 10:22 | Aktualizacja: 05.03.2019 11:40",
     "Policja poinformowała, że w sobotę rano w zderzeniu autobusu z ciężarówką rannych zostało"
     " czternaście osób.", None, "published"),
])
def test_a_credit_line_with_a_labelled_name_and_a_date_in_more_languages(headline, credit, lead,
                                                                          author, kind):
    art = clean(f"{headline}\n{credit}\n\n{lead}\n")
    assert art.title == headline and art.author == author
    assert art.date is not None and art.date.date == D and art.date_kind == kind


@pytest.mark.parametrize("line, date", [
    ("Di, 05.03.2019, 10:22 Uhr", D),  # a two-letter weekday (German) beside a date
    ("Ma 05.03.2019 10:22", D),  # Dutch
    ("Le 5 mars 2019 à 10h22", D),  # 'on' before the date: French 'Le', Spanish 'El'
    ("El 5 de marzo de 2019", D),
    ("17/11/2025 10:22 hs", dt.date(2025, 11, 17)),  # Spanish 'horas' after the time
    ("05.03.2019 г.", D),  # the year word after the date
    ("05. 03. 2019. 10:22", D),  # day, month and year with a dot and a space
    ("5. marca 2019 o 10:22", D),  # Slovak 'o' before the time
])
def test_more_words_beside_a_date(line, date):
    found = date_line(line)
    assert found is not None and found.date.date == date
