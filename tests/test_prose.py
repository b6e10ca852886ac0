"""helpers.safe_prose: values from articles and files reach Markdown escaped; rendered, text."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from nbconvert.filters.markdown import markdown2html

from helpers import escape, join, link, prose, prose_text

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "[click me](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<a href='javascript:alert(1)'>x</a>",
    "**bold** _em_ `code` # heading",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "$x^2$ | table | ~~gone~~",
    "- a list item\n# a heading",
    "1. a number",
    "<javascript:alert(1)>",
]


def _render(markdown: str) -> BeautifulSoup:
    return BeautifulSoup(markdown2html(markdown), "html.parser")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_value_renders_as_its_own_text_and_nothing_else(payload):
    soup = _render(prose_text("The title is {title}.", title=payload))
    assert [tag.name for tag in soup.find_all()] == ["p"]  # no element of the payload's own
    assert soup.get_text().strip() == f"The title is {' '.join(payload.split())}."


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escape_alone_renders_as_text(payload):
    soup = _render(f"- {escape(payload)}")
    assert [tag.name for tag in soup.find_all()] == ["ul", "li"]
    assert soup.get_text().strip() == " ".join(payload.split())


def test_format_specs_work_and_numbers_are_unchanged():
    assert prose_text("{n:,} of {share:.0%}", n=12500, share=0.25) == "12,500 of 25%"


def test_a_link_only_to_a_web_address():
    assert link("source", "https://example.org/a") == "[source](https://example.org/a)"
    soup = _render(link("source", "javascript:alert(1)"))
    assert soup.find("a") is None and "javascript:alert(1)" in soup.get_text()


def test_safe_pieces_are_not_escaped_twice_and_plain_ones_are():
    text = prose_text("Grades: {grades}", grades=join(", ", [prose_text("**{}**", "A1"), "<b>"]))
    soup = _render(text)
    assert [t.name for t in soup.find_all()] == ["p", "strong"]
    assert soup.get_text().strip() == "Grades: A1, <b>"


def test_the_guard_catches_a_template_that_forgot_to_escape():
    soup = _render(prose_text("raw <img src=x onerror=alert(1)> [x](javascript:alert(1))"))
    assert soup.find("img") is None
    assert all(not a["href"].lower().startswith("javascript") for a in soup.find_all("a"))


def test_prose_is_displayable():
    shown = prose("**{}**", "x")
    assert shown._repr_markdown_() == "**x**"


def test_the_guard_breaks_a_reference_definition_and_an_entity_spelt_scheme():
    soup = _render(prose_text("[x][r]\n\n[r]: javascript:alert(1)\n\n"
                              "[y](java&#115;cript:alert(1))"))
    assert soup.find("a") is None
