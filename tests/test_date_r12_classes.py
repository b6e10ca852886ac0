"""Round 12, printed dates (issue 12 point 2): month names of more languages (the languages are
data, lexicon/date_languages.csv), and a date line in the page's own script on a page not in
Latin letters, which the furniture rule for short labels in another script used to take."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.dates import find_dates

MARCH_12 = dt.date(2019, 3, 12)


@pytest.mark.parametrize("text", [
    "12 marca 2019",  # Polish
    "12. března 2019",  # Czech
    "12 Μαρτίου 2019",  # Greek
    "12. maaliskuuta 2019",  # Finnish
    "12. märts 2019",  # Estonian
    "12. mars 2019",  # Icelandic
    "12 март 2019",  # Macedonian (and Bulgarian)
    "12 de març de 2019",  # Catalan
    "12 במרץ 2019",  # Hebrew, the month with its prefix
    "12 მარტი 2019",  # Georgian
    "12 մարտի 2019",  # Armenian
    "12 Machi 2019",  # Swahili
    "12 Mac 2019",  # Malay
    "12 Marso 2019",  # Filipino
    "12 Maris 2019",  # Hausa
    "12 مارچ 2019",  # Urdu
])
def test_a_month_name_of_more_languages_gives_the_date(text):
    assert [d.date for d in find_dates(f"({text})")] == [MARCH_12]


def test_a_month_name_two_languages_read_as_two_months_is_not_read():
    # 'listopad(a, u)' is November in Polish and Czech, October in Croatian (a name two read
    # languages give two months): the date is not guessed; names of one month are read
    assert find_dates("3. listopada 2019") == find_dates("9 listopadu 2019") == []
    assert [d.date for d in find_dates("12. ožujka 2019.")] == [MARCH_12]  # Croatian only
    assert [d.date for d in find_dates("12 grudnia 2019")] == [dt.date(2019, 12, 12)]


LEADS = {
    "el": ("Πλημμύρες στη βόρεια Ελλάδα: 300 οικογένειες εκτός σπιτιών",
           "Περίπου 300 οικογένειες εγκατέλειψαν τα σπίτια τους τη Δευτέρα, ανέφερε η αστυνομία."),
    "ar": ("فيضانات تجبر 300 عائلة على مغادرة منازلها",
           "غادرت نحو 300 عائلة منازلها يوم الاثنين بعد ارتفاع منسوب النهر، بحسب الشرطة."),
    "he": ("שיטפונות בצפון: 300 משפחות עזבו את בתיהן ביום שני",
           "כ-300 משפחות עזבו את בתיהן ביום שני לאחר שהנהר עלה, כך מסרה המשטרה."),
    "ka": ("წყალდიდობამ 300 ოჯახი სახლების გარეშე დატოვა ორშაბათს",
           "დაახლოებით 300 ოჯახმა დატოვა სახლები ორშაბათს, განაცხადა პოლიციამ."),
    "hy": ("Ջրհեղեղ. 300 ընտանիք մնացել է առանց տան",
           "Մոտ 300 ընտանիք երկուշաբթի լքել է իրենց տները, հայտնել է ոստիկանությունը։"),
}


@pytest.mark.parametrize("lang, line", [
    ("el", "Τρίτη, 12 Μαρτίου 2019"), ("el", "12 Μαρτίου 2019, 10:05"),
    ("ar", "نشر في: 12 مارس 2019"), ("ar", "١٢ مارس ٢٠١٩"),
    ("he", "12 במרץ 2019"), ("ka", "12 მარტი 2019"), ("hy", "12 մարտի 2019, 10:05"),
])
def test_a_date_line_in_the_pages_own_script_is_its_date(lang, line):
    title, lead = LEADS[lang]
    art = clean(f"{title}\n\n{line}\n\n{lead}\n")
    assert art.date is not None and art.date.date == MARCH_12 and art.date_basis == "stated"
    assert not any(r.rule == "other_script_interface" for r in art.removed)


@pytest.mark.parametrize("lang", list(LEADS))
def test_a_headline_of_seven_words_in_the_pages_own_script_stays_the_title(lang):
    title, lead = LEADS[lang]
    art = clean(f"{title}\n\n{lead}\n")
    assert art.title == title


def test_a_short_label_of_another_script_still_goes():
    english = ("Floods force 300 families from their homes in the north\n\nالعربية\n\n"
               "Some 300 families left their homes on Monday, the police said.\n")
    assert any(r.text == "العربية"
               for r in clean(english).removed)
    arabic = (f"{LEADS['ar'][0]}\n\nبث مباشر\n\n{LEADS['ar'][1]}\n")  # 'live broadcast'
    assert any(r.rule == "other_script_interface" and r.text == "بث مباشر"
               for r in clean(arabic).removed)


def test_a_georgian_headline_opens_with_no_capital_and_is_still_a_headline():
    from helpers.textlines import opens_lower

    assert "წ".islower() and not opens_lower("წყალდიდობამ 300 ოჯახი")  # Unicode's lower case
    assert opens_lower("detikNews") and opens_lower("паводок") and not opens_lower("Floods")
    title, lead = LEADS["ka"]
    art = clean(f"{title}\n\n{lead}\n")
    assert art.title == title


@pytest.mark.parametrize("text, printed", [
    ("2019. március 12. 10:05", "2019. március 12. 10:05"),  # Hungarian: the year first
    ("Publikálva: 2019. március 12.", "2019. március 12"),
    ("2019 m. kovo 12 d. 10:05", "2019 m. kovo 12 d. 10:05"),  # Lithuanian
])
def test_a_date_with_its_year_first_in_the_languages_that_print_it(text, printed):
    found = find_dates(text)
    assert [(d.date, d.text) for d in found] == [(MARCH_12, printed)]


def test_a_year_ending_a_sentence_before_an_english_month_is_no_year_first_date():
    assert find_dates("The war ended in 2019. March 12 was a Tuesday.") == []


def test_a_hungarian_date_line_is_the_date():
    art = clean("Árvíz: 300 család hagyta el otthonát északon\n\n2019. március 12. 10:05\n\n"
                "Mintegy 300 család hagyta el otthonát hétfőn, közölte a rendőrség.\n")
    assert art.date is not None and art.date.date == MARCH_12 and art.date_basis == "stated"


@pytest.mark.parametrize("line, printed", [
    ("12.03.19 10:05", "12.03.19 10:05"), ("12.03.19, 10:05 Uhr", "12.03.19, 10:05 Uhr"),
    ("פורסם: 12.03.19", "12.03.19"),
])
def test_a_date_line_with_a_two_digit_year_is_read_day_first(line, printed):
    from helpers.datelines import date_line

    found = date_line(line)
    assert found is not None and found.date.date == MARCH_12 and found.date.text == printed


@pytest.mark.parametrize("line", ["Version 1.2.19", "1.5.19.3", "31.02.19", "score 3.1.19,5"])
def test_numbers_with_dots_that_are_no_date_line(line):
    from helpers.datelines import date_line

    assert date_line(line) is None
