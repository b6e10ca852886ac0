"""Furniture by class, on pages written for these tests: each kind of line goes under its rule,
every removed line is in the log, and no article sentence is lost."""

from __future__ import annotations

import os

import pytest

from helpers.cleaning import clean

LEAD = "The officials met on Monday and discussed the returnees. They agreed on a plan."
CLOSE = "Three of the officials said the plan would take two years to carry out in full."


def _page(*lines: str) -> str:
    return "\n\n".join(["Officials meet in Astana to talk about returnees", "By John Doe", LEAD,
                        *lines, CLOSE]) + "\n"


def _rules(text: str) -> list[tuple[str, str]]:
    """(rule, text) of every removal but the title and byline."""
    return [(r.rule, r.text) for r in clean(text).removed
            if not r.rule.startswith(("title", "byline"))]


@pytest.mark.parametrize(("line", "rule"), [
    ("Skip to navigation", "skip_link"),
    ("Jump to main content", "skip_link"),
    ("Accessibility links", "skip_link"),
    ("Support our journalism", "appeal"),
    ("Donate now", "appeal"),
    ("Already a subscriber?", "appeal"),
    ("If you value our reporting, please consider supporting us with a monthly gift.", "appeal"),
    ("Share the news: Facebook Twitter Telegram", "share_widget"),
    ("Facebook | Twitter | WhatsApp", "share_widget"),
    ("Print this article", "print_controls"),
    ("Text size: A A A", "print_controls"),
    ("A- A A+", "print_controls"),
    ("+ ↺ − 18 px", "print_controls"),
    ("« Previous article", "prev_next"),
    ("Next story »", "prev_next"),
    ("Next article: Floods close the mountain road", "prev_next"),
    ("All rights reserved.", "legal_notice"),
    ("Copyright © 2019 Example Media. Reproduction prohibited.", "legal_notice"),
    ("The views expressed in this article are the author's own.", "legal_notice"),
    ("Top trending", "related_headlines"),
    ("Most viewed", "related_headlines"),
    ("Your email address will not be published. Required fields are marked *", "comment_form"),
    ("Post comment", "comment_form"),
    ("We use cookies to give you the best experience. By using the site you agree.",
     "cookie_notice"),
    ("Accept all cookies", "cookie_notice"),
    ("About the author: Jane Roe covers courts for the paper.", "author_bio"),
    ("[embed id='x1'][/embed]", "embed_code"),
    ("www.example-news.com", "link_only"),
    ("Source: www.example-wire.org", "source_credit"),
    ("Source: Example TV / Illustration", "source_credit"),
    ("English Русский Қазақша Türkçe", "language_menu"),
    ("Disclaimer: this story is valid for seven days from the date of publishing.", "legal_notice"),
    ("Some information for this report came from Example Wire and Other Agency", "legal_notice"),
    ("Click here to sign up for our daily briefing", "widget"),
    ("Watch video", "widget"),
    ("Download our free news app", "appeal"),
    ("5 min read", "reading_time"),
    ("2 hours ago", "reading_time"),
    ("1,234 views", "counter"),
    ("Example Wire contributed to this report.", "legal_notice"),
    ("This material may not be published, broadcast, rewritten or redistributed.",
     "legal_notice"),
    ("Reporting by Jane Roe; Editing by John Doe", "reporting_credit"),
    ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "widget"),
    ("Подписывайтесь на наш канал в Telegram", "appeal"),
    ("Home > News > World", "navigation_menu"),
    ("Tagged: Syria, returnees", "taxonomy"),
    ("Twitter", "share_widget"),
    ("Like Loading...", "share_widget"),
    ("Follow @janeroe on Twitter", "social_follow"),
    ("Continue reading the main story", "widget"),
    ("Enter your email address", "newsletter"),
    ("Contact us", "navigation_menu"),
    ("Image caption", "photo_caption"),
    ("Image source, Example Photo Agency", "photo_caption"),
    ("Updated: 10:32 AM GMT", "time_stamp"),
    ("Story continues below advertisement", "advert"),
    ("Save my name, email, and website in this browser for the next time I comment.",
     "comment_form"),
    ("Recommended for you", "related_headlines"),
    ("Источник: Example TV", "source_credit"),
])
def test_each_class_of_furniture_goes_under_its_rule(line, rule):
    text = _page(line)
    art = clean(text)
    assert _rules(text) == [(rule, line)]
    assert art.paragraphs == [LEAD, CLOSE]


@pytest.mark.parametrize("line", [
    "Print media in the region reported the verdict on Tuesday, officials said.",
    "Next year the government plans to bring home another 40 women from the camps.",
    "Accessibility of the courts remains a problem for families, lawyers say.",
    "Cookies and sweets were handed out to the children who landed in Aktau.",
    "The photo shows 12 children at the airport, the ministry said in a statement.",
    "Copyright lawyers were not involved in the case, the court said.",
    "Source: the interior ministry said 40 women had returned.",
    "English and Russian are both spoken in the camp, officials said.",
    "Video footage showed about 40 women leaving the camp, the ministry said.",
    "Two hours ago the plane landed in Aktau with 30 women on board.",
    "Reporting by local media suggested that 12 men had returned.",
    "Click-through rates fell, the company said, but 300 people still signed up.",
    "Twitter users shared the video of the women at the airport, police said.",
    "Image analysts said the footage showed about 40 fighters.",
    "Help arrived only after 12 hours, the families said.",
    "File photos of the camp show tents for about 2,000 people.",
])
def test_sentences_that_share_words_with_furniture_stay(line):
    art = clean(_page(line))
    assert line in art.paragraphs, _rules(_page(line))


@pytest.mark.parametrize("caption", [
    "This undated file photo shows security forces at a checkpoint near the border.",
    "Women queue for water in Al-Hol camp, Syria, in this still image taken from video.",
    "Families wait at the airport in Aktau on Sunday. (Reuters)",
    "Families wait at the airport in Aktau (Jane ROE)",
    "FILE - Women walk in Al-Hol camp, Syria, on March 5, 2019.",
])
def test_photo_captions_go(caption):
    more = ["The plan covers 40 women and 90 children.", "It was signed on Tuesday."]
    art = clean(_page(caption, *more))
    assert art.paragraphs == [LEAD, *more, CLOSE]
    assert _rules(_page(caption, *more)) == [("photo_caption", caption)]


def test_a_wire_credit_after_the_last_sentence_keeps_the_sentence():
    art = clean(_page("Families landed in Aktau on Sunday, officials said. (Reuters)"))
    assert "Families landed in Aktau on Sunday, officials said." in art.paragraphs
    assert art.outlet_parsed == "Reuters"


def test_a_list_announced_with_a_colon_goes_across_a_blank_line():
    text = _page("You might also be interested in the following article:",
                 "Who are the returnees?")
    assert [rule for rule, _ in _rules(text)] == ["related_headlines", "related_headlines"]


def test_a_summary_point_repeated_by_the_body_goes_and_its_words_stay():
    point = "Ten women and 22 children landed in Aktau on a military plane"
    text = "\n\n".join(["Kazakhstan brings home ten women", f"• {point}", LEAD,
                        f"{point}, the ministry said on Sunday.", CLOSE]) + "\n"
    art = clean(text)
    assert [r.rule for r in art.removed if r.text == f"• {point}"] == ["repeated_summary"]
    assert f"{point}, the ministry said on Sunday." in art.paragraphs


def test_every_removed_line_is_in_the_log():
    text = _page("Skip to navigation", "Donate now", "« Previous article", "All rights reserved.")
    art = clean(text)
    logged = {r.line_no for r in art.removed}
    kept = set(art.paragraphs)
    for n, line in enumerate(text.split("\n"), start=1):
        assert not line.strip() or n in logged or line.strip() in kept


def test_a_phrase_added_to_the_list_takes_effect(word_lists):
    line = "Listen to our podcast on the week in world news"  # (a label of four words or
    assert line in clean(_page(line)).paragraphs  # fewer goes by its shape, listed or not)
    with open(word_lists / "furniture_lines.csv", "a", encoding="utf-8") as f:
        f.write("listen to our podcast on the week in world news,widget,12,added by a test\n")
    os.utime(word_lists / "furniture_lines.csv", ns=(1, 3_000_000_000_000_000_000))
    assert _rules(_page(line)) == [("widget", line)]
