"""`make handout`: every notebook page printed to PDF by the system Chromium, with page numbers,
every section heading's text and no site frame. Needs Chromium like the browser tests of the
site (skipped without it unless REQUIRE_BROWSER=1)."""

from __future__ import annotations

import os
import re
import unicodedata

import pytest
from bs4 import BeautifulSoup
from conftest import REPO
from pypdf import PdfReader
from test_site import find_chromium

from helpers.handout import HandoutError, handout_pages, main, print_pdfs
from helpers.site import notebook_paths

NOTEBOOKS = notebook_paths(REPO / "notebooks")


def _squeeze(text: str) -> str:
    """Letters and digits only, ligatures unfolded: PDF text extraction keeps neither spacing,
    punctuation such as the middle dot, nor the 'fi' of 'figure' as typed."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).lower()


@pytest.fixture(scope="module")
def handout(tmp_path_factory, rendered_site) -> dict[str, tuple[list[str], str]]:
    """(section headings of the page, text of each PDF page) per notebook, printed from the
    rendered site/ as `make handout` does."""
    chromium = find_chromium(dict(os.environ))
    site = rendered_site[0].parent
    pdfs = print_pdfs(handout_pages(site), tmp_path_factory.mktemp("handout"), chromium)
    out = {}
    for pdf in pdfs:
        soup = BeautifulSoup((site / f"{pdf.stem}.html").read_text(encoding="utf-8"),
                             "html.parser")
        main = soup.find("main")
        heads = [h.get_text(" ", strip=True) for h in main.find_all(["h1", "h2", "h3"])
                 if not h.find_parent("details")]
        out[pdf.stem] = (heads, [p.extract_text() for p in PdfReader(pdf).pages])
    return out


def test_one_pdf_per_notebook(handout):
    assert sorted(handout) == [p.stem for p in NOTEBOOKS]


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_pages_are_numbered_n_of_m(handout, name):
    _, pages = handout[name]
    assert len(pages) >= 2, "a notebook fits on one page: the print style lost its content"
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in " ".join(text.split()), (name, number)


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_every_section_heading_is_in_the_pdf(handout, name):
    heads, pages = handout[name]
    text = _squeeze(" ".join(pages))
    assert len(heads) > 3
    missing = [h for h in heads if _squeeze(h) not in text]
    assert missing == [], missing


def test_the_frame_is_left_out_of_the_print(handout):
    heads, pages = handout[NOTEBOOKS[0].stem]
    text = " ".join(pages)
    assert "Search all pages" not in text and "Show code" not in text
    assert "Show solution" not in text


def test_a_missing_site_is_named(tmp_path, capsys):
    with pytest.raises(HandoutError, match="no notebook pages"):
        handout_pages(tmp_path)
    assert main(["--site", str(tmp_path), "--out", str(tmp_path / "h")]) == 1
    assert "run `make site` first" in capsys.readouterr().err
