"""Round 12 review of the date lists: freshness keys taken once per call, caches that follow
date_languages.csv, and month names that clash with weekdays and common words."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import dates, lexicon


@pytest.fixture
def looks(monkeypatch):
    """Every lexicon list looked up on disk, by name, in order."""
    seen: list[str] = []
    real = lexicon._look

    def counting(name: str):
        seen.append(name)
        return real(name)

    monkeypatch.setattr(lexicon, "_look", counting)
    return seen


def test_find_dates_looks_up_each_date_list_once_per_call(looks):
    dates.find_dates("warm-up 5 May 2019")
    looks.clear()
    found = dates.find_dates("Tue, 06 Mar 2018, then 5 May 2019 and November 25, 2013")
    assert len(found) == 3
    assert sorted(looks) == ["date_languages", "date_words", "month_names"]


def test_month_names_looks_up_each_date_list_once_per_call(looks):
    dates.month_names()
    looks.clear()
    assert dates.month_names()["november"] == 11
    assert sorted(looks) == ["date_languages", "date_words", "month_names"]


def test_inside_pinned_the_date_lists_are_looked_up_once_for_many_calls(looks):
    dates.find_dates("warm-up 5 May 2019")
    looks.clear()
    with lexicon.pinned():
        for _ in range(5):
            assert dates.find_dates("5 May 2019")[0].date == dt.date(2019, 5, 5)
            dates.month_names()
    assert sorted(looks) == ["date_languages", "date_words", "month_names"]


def test_weekday_after_a_date_follows_date_languages_csv(word_lists):
    from helpers.datelines import _weekday_after

    assert _weekday_after().match("5. März 2019, Dienstag", 12)  # German is read in full
    path = word_lists / "date_languages.csv"
    text = path.read_text(encoding="utf-8")
    assert "\nde,full," in text
    path.write_text(text.replace("\nde,full,", "\nde,line,"), encoding="utf-8")
    assert _weekday_after().match("5. März 2019, Dienstag", 12) is None
    assert _weekday_after().match("5 March 2019, Tuesday", 12)


@pytest.mark.parametrize("text", [
    "Fri 5 Sat 2019",        # Hausa 'Sat' (September) is English Saturday
    "vote 12 pro 2019",      # Czech 'pro.' (December) is a word (date_words.csv, not_month)
    "the 5 led 2019 lamps",  # Czech 'led.' (January)
    "5 paz 2019",            # Polish 'paź.' without its accent is Turkish 'Paz' (Sunday)
    "Chapter 5 III 2019",    # Roman numerals are no month in any language
    "Table 5 IV 2019",
    "Part 1 X 2019",
])
def test_words_that_clash_with_weekdays_or_common_words_are_no_months(text):
    assert dates.find_dates(text) == []


def test_no_month_name_is_a_roman_numeral_or_a_listed_word():
    names = dates.month_names()
    assert not [n for n in names if set(n) <= set("ivxlc")]
    frame = lexicon.table("date_words")
    assert not set(names) & set(frame.loc[frame["kind"] == "not_month", "term"])


@pytest.mark.parametrize(("text", "printed"), [
    ("Chapter 5 March 2019", "5 March 2019"),   # 'ter' (Portuguese Tuesday) inside a word
    ("Quarter Tue, 5 Mar 2019", "Tue, 5 Mar 2019"),
    ("Sat, 5 Mar 2019", "Sat, 5 Mar 2019"),     # a weekday that opens the date still does
    ("Chapter March 5, 2019", "March 5, 2019"),
])
def test_a_weekday_begins_at_a_word_boundary(text, printed):
    found = dates.find_dates(text)
    assert [(d.date, d.text) for d in found] == [(dt.date(2019, 3, 5), printed)]


def test_a_full_language_keeps_a_month_another_spells_as_a_weekday():
    assert dates.parse_date("5 Mar 2019") == dt.date(2019, 3, 5)  # French 'mar.' is Tuesday
    assert dates.parse_date("2019. március 5.") == dt.date(2019, 3, 5)


def test_a_not_month_word_added_to_date_words_is_no_longer_a_month(word_lists):
    assert dates.parse_date("5 marca 2019") == dt.date(2019, 3, 5)
    with (word_lists / "date_words.csv").open("a", encoding="utf-8") as f:
        f.write("marca,not_month,test\n")
    assert dates.parse_date("5 marca 2019") is None
