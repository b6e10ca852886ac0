"""Title classes of issue 12 point 1 (round 11), on pages written for these tests: a lead-in line
ending with a colon above the headline is never the title, in any script; a date line printed at
the end of the headline's line after a separator is split off (and stated, unless a word for
'today' opens it: a template's clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean

LEAD = ("Police said 14 people were injured when a bus and a lorry collided on the road near"
        " the town on Saturday morning.")
SECOND = "The injured were taken to the regional hospital, a police spokesman said."


def _page(*header: str) -> str:
    return "\n".join(header) + f"\n\n{LEAD}\n\n{SECOND}\n"


@pytest.mark.parametrize("lead_in, headline", [
    ("Here are the latest news in the article below:", "Fourteen hurt as bus and lorry collide"),
    ("نعرض لكم أهم الأخبار في المقال الآتي:", "إصابة 14 شخصا في حادث تصادم حافلة وشاحنة"),
    ("سخنگوی پلیس در گفتگو با خبرنگار ما گفت:", "۱۴ زخمی در برخورد اتوبوس و کامیون"),
    ("The regional police told our correspondent:", "Bus and lorry collide near the town"),
])
def test_a_lead_in_ending_with_a_colon_is_never_the_title(lead_in, headline):
    assert clean(_page(lead_in, headline)).title == headline


def test_a_one_word_kicker_with_a_colon_is_not_a_lead_in():
    art = clean(_page("Breaking:", "Fourteen hurt as bus and lorry collide near the town"))
    assert art.title == "Fourteen hurt as bus and lorry collide near the town"


@pytest.mark.parametrize("line, title, date", [
    ("Fourteen hurt as bus and lorry collide - Example News, Tuesday 5 March 2019 10:22 am",
     "Fourteen hurt as bus and lorry collide - Example News", dt.date(2019, 3, 5)),
    ("Quatorze blessés dans une collision | mardi 5 mars 2019",
     "Quatorze blessés dans une collision", dt.date(2019, 3, 5)),
    ("إصابة 14 شخصا في حادث تصادم - جريدة المثال، الثلاثاء 5 مارس 2019 10:22 صباحاً",
     "إصابة 14 شخصا في حادث تصادم - جريدة المثال", dt.date(2019, 3, 5)),
    ("إصابة 14 شخصا في حادث تصادم - جريدة المثال, اليوم الثلاثاء 5 مارس 2019 12:22 مساءً",
     "إصابة 14 شخصا في حادث تصادم - جريدة المثال", None),  # 'today': a template's clock
])
def test_a_date_at_the_end_of_the_headline_line_is_split_off(line, title, date):
    art = clean(_page(line))
    assert art.title == title
    assert (art.date.date if art.date is not None else None) == date


@pytest.mark.parametrize("crosshead", ["Was wir wissen", "What we know", "The facts"])
def test_a_sentence_case_crosshead_above_the_lead_is_no_title(crosshead):
    assert clean(f"{crosshead}\n{LEAD}\n\n{SECOND}\n").title is None


def test_a_short_headline_above_the_lead_is_still_the_title():
    assert clean(f"Bus crash injures fourteen\n{LEAD}\n\n{SECOND}\n").title == (
        "Bus crash injures fourteen")


@pytest.mark.parametrize("headline", ["La crise migratoire", "El regreso", "Il ritorno"])
def test_a_short_headline_that_keeps_its_article_stays_the_title(headline):
    assert clean(f"{headline}\n{LEAD}\n\n{SECOND}\n").title == headline
