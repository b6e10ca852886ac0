"""Round 20, printed dates on pages from new sites: a date stamp whose time runs into the text
after it with no space, as scrapers print a date line and the lead (or an image) that followed it
('Onsdag 21. september 2016 kl. 23:10En ny ...', 'الأربعاء، 21 سبتمبر 2016 03:45 م![...]',
helpers.datelines.leading_stamp)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.datelines import date_line, leading_stamp

SEPT_21 = dt.date(2016, 9, 21)

PAGES = {
    "da": ("Mange druknede i Middelhavet",
           "En overfyldt båd med 300 ombord er forlist ud for Egyptens kyst, oplyser politiet."),
    "de": ("Viele Tote im Mittelmeer",
           "Ein überfülltes Boot mit 300 Menschen an Bord ist vor Ägypten gesunken, teilte die"
           " Polizei mit."),
    "ar": ("غرق مركب للهجرة قبالة رشيد ومصرع 30 شخصا",
           "تمكن رجال حرس الحدود من انتشال 30 جثة من ضحايا غرق مركب هجرة غير شرعية قبالة سواحل"
           " رشيد، وفق ما أعلنت الشرطة."),
    "en": ("Migrant boat sinks off Egypt",
           "A boat carrying 300 people sank off the Egyptian coast, police said on Wednesday."),
}


def _page(lang: str, stamp: str, glue: str = "") -> str:
    title, lead = PAGES[lang]
    return f"{title}\n\n{stamp}{glue}{lead}\n"


@pytest.mark.parametrize("lang, stamp", [
    ("da", "Onsdag 21. september 2016 kl. 23:10"),
    ("de", "Mittwoch, 21. September 2016 | 23:10"),
    ("ar", "الأربعاء، 21 سبتمبر 2016 03:45"),
    ("en", "Wednesday, September 21, 2016 11:10 pm"),
])
def test_a_stamp_whose_time_runs_into_the_lead_dates_the_page(lang, stamp):
    art = clean(_page(lang, stamp))
    assert art.date is not None and art.date.date == SEPT_21
    assert art.title == PAGES[lang][0]
    lead = PAGES[lang][1]
    assert any(p.startswith(lead[:20]) for p in art.paragraphs)


def test_a_stamp_whose_time_runs_into_an_image_dates_the_page():
    line = "الأربعاء، 21 سبتمبر 2016 03:45 م![غرق مركب للهجرة قبالة رشيد](https://example.org/a.jpg)"
    found = leading_stamp(line)
    assert found is not None and found[1].date.date == SEPT_21
    assert line[found[0]:].startswith("![")


@pytest.mark.parametrize("line", [
    # no time: the date and a number of the text run together
    "Onsdag 21. september 2016 En ny flygtninge-katastrofe er under udvikling i Middelhavet.",
    # the time runs into a number, not into words
    "21. september 2016 kl. 23:1045 mennesker er druknet i Middelhavet ud for Egypten i nat.",
    # fewer than four words after the time
    "21. september 2016 kl. 23:10Opdateret",
    # a space after the time: the text is a sentence that opens with a date, not a glued stamp
    "21. september 2016 kl. 23:10 druknede 42 mennesker i Middelhavet ud for Egypten.",
])
def test_no_glued_stamp_without_a_time_run_into_four_words(line):
    assert leading_stamp(line) is None


# A read or view counter closing a date line, in the page's language
# (lexicon/view_counter_words.csv): its number is no part of the date's time, and the line is
# still a date line.
@pytest.mark.parametrize("line", [
    "21 სექტემბერი 2016, 23:10 472 ნახვა",  # Georgian
    "21.09.2016 23:10 | 1 616 просмотров",  # Russian, spaced thousands
    "21.09.2016, 23:10 1250 Aufrufe",  # German
    "21.09.2016 23:10 472 görüntülenme",  # Turkish
    "21/09/2016 - 23:10 مشاهدات 472",  # Arabic, the word first
    "21 September 2016    Read: 926",  # English, the word first
])
def test_a_view_counter_after_the_date_is_cut_off(line):
    found = date_line(line)
    assert found is not None and found.date.date == SEPT_21


@pytest.mark.parametrize("line", [
    "21.09.2016 | 35 people",  # a count of people is no counter
    "21.09.2016 | 472 ნახვა ერთ დღეში",  # the counter does not close the line
])
def test_no_counter_cut_without_a_counter_word_closing_the_line(line):
    assert date_line(line) is None


# Hebrew date lines print the month (or its abbreviation) before the day, as English does
# ('ספט 28, 2016 07:48 UTC'): lexicon/date_languages.csv reads Hebrew 'month_first'.
@pytest.mark.parametrize("line", ["ספט 21, 2016 07:48 UTC", "ספטמבר 21, 2016",
                                  "ספטמבר 21, 2016 23:10"])
def test_a_hebrew_month_before_the_day(line):
    found = date_line(line)
    assert found is not None and found.date.date == SEPT_21


@pytest.mark.parametrize("text", ["בספטמבר 21 נהרגו 5 בני אדם", "ספטמבר 21 הרוגים"])
def test_a_hebrew_month_before_a_count_is_no_date(text):
    assert date_line(text) is None
