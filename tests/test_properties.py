"""Property tests (hypothesis) over the cleaner, the parser and both extractors, on generated
articles: no sentence of the article is lost, and nothing crashes on any text."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import load_corpus, sentences
from helpers.cleaning import clean
from helpers.estimates import extract_estimates
from helpers.statements import extract_statements

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])

# Openings that look like page furniture to a careless rule, but open real sentences.
OPENERS = ["By then,", "By contrast,", "By December,", "By the end of 2017,", "By Friday,",
           "Photos by local activists show", "Photo evidence suggests that", "Image analysts say",
           "Credit agencies warned that", "Share prices fell as", "Search teams found that",
           "Comments by the minister suggest", "Authors of the report say", "Read together,",
           "Related cases show that", "Topics discussed included", "Source material shows",
           "Sources said", "Weather permitting,", "Print editions said", "Follow-up checks found",
           "Subscribe-only reports said", "Advertising agencies said", "Menu prices show",
           "Most read reports said", "Popular anger grew as", "Photographs by the ministry show",
           "Officials said", "The committee reported that", "According to the ministry,"]
WORDS = ["the", "women", "children", "returned", "from", "Syria", "Iraq", "camp", "court",
         "officials", "about", "sentenced", "were", "had", "home", "Kazakhstan", "in", "and",
         "security", "committee", "families", "program", "rehabilitation", "citizens", "of"]
NAMES = ["Aidos Sarym", "Nurtai Abykayev", "Anna Example", "John Carter", "Marat Tazhin"]


@st.composite
def sentence(draw) -> str:
    opener = draw(st.sampled_from(OPENERS))
    body = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=14))
    number = draw(st.integers(min_value=2, max_value=5000))
    tail = draw(st.sampled_from(["", f", {draw(st.sampled_from(NAMES))} said", ", they said"]))
    return f"{opener} {' '.join(body[:2])} {number} {' '.join(body[2:])}{tail}."


@st.composite
def article(draw) -> tuple[str, list[str]]:
    paragraphs = draw(st.lists(st.lists(sentence(), min_size=1, max_size=3), min_size=1,
                               max_size=6))
    title = "Kazakhstan weighs what to do with returning fighters"
    text = title + "\n\n" + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    return text, [s for p in paragraphs for s in p]


@SETTINGS
@given(article())
def test_every_generated_sentence_survives_cleaning(page):
    text, sentences = page
    art = clean(text)
    body = "\n".join(art.paragraphs)
    lost = [s for s in sentences if s not in body]
    assert not lost, (lost, [(r.rule, r.text) for r in art.removed])
    assert art.title == "Kazakhstan weighs what to do with returning fighters"


# --- the parser and both extractors on generated articles and on any text ---------------------

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)


@st.composite
def any_page(draw) -> str:
    """Generated news-like lines mixed with arbitrary text, quotes, brackets and capitals."""
    lines = draw(st.lists(st.one_of(
        sentence(), TEXT, st.sampled_from(["“", "\"", "[a](", "BY THEN, ABOUT 300 SAID THE KNB",
                                           "Photo: AFP", "By Anna Example", "* * *", "---"])),
        min_size=1, max_size=12))
    return "Kazakhstan weighs what to do with returning fighters\n\n" + "\n\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def empty_sources(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("curated") / "sources.csv"
    path.write_text("doc_id,outlet,outlet_type,published,date_basis,date_note,url,notes\n")
    return path


@SETTINGS
@given(any_page())
def test_parser_and_extractors_take_any_page(tmp_path_factory, empty_sources, page):
    folder = tmp_path_factory.mktemp("seeds")
    (folder / "generated.txt").write_text(page, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(folder, sources=empty_sources)
    docs = corpus.documents
    assert len(docs) + len(corpus.problems[corpus.problems["action"] == "skipped"]) == 1
    estimates = extract_estimates(docs)
    statements = extract_statements(docs)
    known = set(sentences(docs)["sentence_id"]) | {f"{d}:title" for d in docs["doc_id"]}
    assert set(estimates["sentence_id"]) <= known
    assert set(statements["sentence_id"]) <= known
    body = " ".join(docs["text"]) if len(docs) else ""
    for excerpt in estimates["excerpt"]:
        assert excerpt in body or excerpt in " ".join(docs["title"].fillna(""))
