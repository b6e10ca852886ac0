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
    assert sorted(looks) == ["date_languages", "date_words"]


def test_month_names_looks_up_each_date_list_once_per_call(looks):
    dates.month_names()
    looks.clear()
    assert dates.month_names()["november"] == 11
    assert sorted(looks) == ["date_languages", "date_words"]


def test_inside_pinned_the_date_lists_are_looked_up_once_for_many_calls(looks):
    dates.find_dates("warm-up 5 May 2019")
    looks.clear()
    with lexicon.pinned():
        for _ in range(5):
            assert dates.find_dates("5 May 2019")[0].date == dt.date(2019, 5, 5)
            dates.month_names()
    assert sorted(looks) == ["date_languages", "date_words"]


def test_weekday_after_a_date_follows_date_languages_csv(word_lists):
    from helpers.datelines import _weekday_after

    assert _weekday_after().match("5. März 2019, Dienstag", 12)  # German is read in full
    path = word_lists / "date_languages.csv"
    text = path.read_text(encoding="utf-8")
    assert "\nde,full," in text
    path.write_text(text.replace("\nde,full,", "\nde,line,"), encoding="utf-8")
    assert _weekday_after().match("5. März 2019, Dienstag", 12) is None
    assert _weekday_after().match("5 March 2019, Tuesday", 12)
