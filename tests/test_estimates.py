"""Automatic extraction of numbers of people: on the seeds, and on sentences written here.

Extraction is held against a fixed copy of the seeds' ledger (tests/fixtures/seed_claims.csv)
on a folder of exactly those seeds (the `seed_corpus` fixture), with thresholds: a coder who adds
a correct claim to data/claims.csv, or an article to seeds/, does not make these tests fail.
"""

import math
from pathlib import Path

import pandas as pd
import pytest

from helpers import speakers
from helpers.claims import compare_with_ledger, load_claims, precision_recall
from helpers.estimates import (
    ESTIMATE_COLUMNS,
    extract_estimates,
    figures_in,
    parse_number,
    quote_runs,
)
from helpers.sources import sentences

FIXTURE = load_claims(Path(__file__).resolve().parent / "fixtures" / "seed_claims.csv")
MIN_PRECISION = MIN_RECALL = 0.9
MIN_SPEAKERS = 0.8  # share of the fixture's claims whose speaker the extractor names


def article(*paragraphs: str, title: str = "A headline without figures",
            outlet: str = "Test News") -> pd.DataFrame:
    """A one-document table in the shape load_documents returns (the columns the code reads)."""
    return pd.DataFrame([{"doc_id": "t01", "title": title, "outlet": outlet,
                          "text": "\n\n".join(paragraphs)}])


def rows(*paragraphs: str, **kwargs) -> list[tuple]:
    found = extract_estimates(article(*paragraphs, **kwargs))
    return [(r.value, r.qualifier, r.speaker, r.via) for r in found.itertuples()]


@pytest.fixture(scope="module")
def seeds(seed_corpus):
    return extract_estimates(seed_corpus.documents)


def test_columns(seeds):
    assert list(seeds.columns) == ESTIMATE_COLUMNS


def test_ledger_figures_are_found_on_the_seeds(seeds):
    comparison = compare_with_ledger(seeds, FIXTURE)
    missed = comparison[comparison["status"] == "missed"]
    assert len(missed) <= (1 - MIN_RECALL) * len(FIXTURE), missed


def test_no_number_that_is_not_a_count_of_people(seeds):
    comparison = compare_with_ledger(seeds, FIXTURE)
    spurious = comparison[comparison["status"] == "spurious"]
    assert len(spurious) <= (1 - MIN_PRECISION) * len(seeds), spurious
    # the distractors of the seeds by name: countries, ordinals, dates, years, URL digits
    assert not {80, 37, 3, 13, 16, 11, 2011, 2016, 2017, 2018, 339290} & set(seeds["value"])


def test_seed_attributions(seeds):
    at = seeds.set_index(["sentence_id", "value"])
    # The 2018 figures (C09, C10) are anchored where OE Watch states them correctly (004 p1:s2),
    # which credits "the new statistics"; the speaker is named only in the translated paragraph.
    agree = [at.loc[(c.sentence_id, c.value), "speaker"] == c.speaker
             for c in FIXTURE.itertuples()]
    assert sum(agree) >= MIN_SPEAKERS * len(FIXTURE), agree


def test_seed_precision_and_recall_are_computed(seeds):
    scores = precision_recall(compare_with_ledger(seeds, FIXTURE), seeds)
    assert scores["recall"] >= MIN_RECALL and scores["precision"] >= MIN_PRECISION
    assert scores["extracted_rows"] == len(seeds) > scores["ledger_claims"]


def test_every_excerpt_is_verbatim(seeds, seed_corpus):
    from helpers import sentences
    docs = seed_corpus.documents
    text = sentences(docs).set_index("sentence_id")["text"].to_dict()
    text |= {f"{d}:title": t for d, t in zip(docs["doc_id"], docs["title"], strict=True)}
    for row in seeds.itertuples():
        assert row.excerpt in text[row.sentence_id]


@pytest.mark.parametrize("words, value", [
    ("one hundred", 100), ("three hundred", 300), ("twenty-five", 25), ("1,250", 1250),
    ("two thousand five hundred", 2500), ("a hundred", 100), ("1.5 million", 1_500_000),
])
def test_parse_number(words, value):
    assert parse_number(words) == value


# Sentences written for these tests: other wordings, ranges, spelled-out numbers, shares,
# zeros and distractors, each with the rows expected.
OWN_SENTENCES = [
    ("Officials said that some 2,500 Uzbeks had travelled to Syria.",
     [(2500, "about", "Officials", "")]),
    ("Between 2,000 and 4,000 Central Asians have joined the group, the report of the Crisis "
     "Group says.", [(3000, "range", "", "")]),
    ("From 2000 to 4000 fighters left the region, the ministry told Reuters.",
     [(3000, "range", "the ministry", "Reuters")]),
    ("The agency counted 2,000-4,000 volunteers.", [(3000, "range", "", "")]),
    ("At least fifty Tajik nationals were detained, according to the Interior Ministry, as "
     "reported by Asia-Plus.", [(50, "at least", "the Interior Ministry", "Asia-Plus")]),
    ("Up to 150 women and children remain in the camps, Human Rights Watch said.",
     [(150, "up to", "Human Rights Watch", "")]),
    ("There are more than 1,000 Kyrgyz citizens in Syria. A third of them are women, the "
     "minister added.", [(1000, "more than", "", ""),
                         (1000 / 3, "share of an earlier figure", "the minister", "")]),
    ("No Kazakhstanis left for Syria in 2019, the KNB said.",
     [(0, "exact", "National Security Committee of Kazakhstan (KNB)", "")]),
    ("Nearly three hundred returnees have been questioned. This was reported by Nurgali "
     "Bilisbekov.", [(300, "about", "Nurgali Bilisbekov", "")]),
    # distractors: none of these counts people
    ("The 37th meeting in Astana on 6 March 2018 at 14:51 gathered delegates from 12 countries.",
     []),
    ("The ministry spent 500 million tenge and the exchange rate was 494.98 per dollar.", []),
    ("A 25-year-old man, aged 25, called +7 (700) 388 81 09 three times in 2017.", []),
    ("The court held 14 sessions and rejected two appeals after 3 attempts.", []),
    ("There was no guarantee and no money, and the effect was not significant.", []),
]


@pytest.mark.parametrize("text, expected", OWN_SENTENCES)
def test_own_sentences(text, expected):
    found = rows(text)
    assert len(found) == len(expected), found
    for (value, qualifier, speaker, via), want in zip(found, expected, strict=True):
        assert math.isclose(value, want[0], abs_tol=0.01)
        assert qualifier == want[1]
        if want[2]:
            assert speaker == want[2]
        assert via == want[3]


def test_ranges_keep_their_ends():
    found = extract_estimates(article("Between 2,000 and 4,000 fighters left."))
    assert (found.low.iloc[0], found.high.iloc[0]) == (2000, 4000)


def test_about_bounds_and_open_bounds():
    found = extract_estimates(article("About 400 people left. More than 300 fighters stayed."))
    assert list(found.low) == [360, 300] and found.high.iloc[0] == 440
    assert math.isnan(found.high.iloc[1])


def test_figure_in_a_headline_is_credited_to_the_outlet():
    found = extract_estimates(article("No figures here.", title="500 Kazakhstanis fight abroad",
                                      outlet="Tengrinews (English edition)"))
    assert found.iloc[0]["sentence_id"] == "t01:title"
    assert found.iloc[0]["via"] == "Tengrinews" and found.iloc[0]["value"] == 500


def test_pronoun_resolves_to_the_last_named_speaker():
    found = rows("Aidos Sarym told Tengrinews.kz that the risk is high.",
                 "About 150 citizens have joined the rebels, he said.")
    assert found == [(150, "about", "Aidos Sarym", "Tengrinews")]


def test_a_stray_inch_mark_keeps_later_speakers_and_stays_linear(monkeypatch):
    later = ["Police chief Marat Bekov told reporters that about 300 fighters were abroad."]
    plain = rows("The screen shows the map.", *later)
    assert plain == [(300, "about", "Police chief Marat Bekov", "reporters")]
    assert rows('The 12" screen shows the map.', *later) == plain
    calls = []
    real = speakers.attribute
    monkeypatch.setattr(speakers, "attribute", lambda *a: calls.append(1) or real(*a))
    extract_estimates(article('The 12" screen shows it.', *["Experts said 30 people left."] * 400))
    assert len(calls) <= 401  # each sentence once


def test_quote_runs_end_with_the_paragraph_unless_the_next_one_reopens_the_quotation():
    body = sentences(article('The 12" screen. It is new.', "He left.",
                             '"We stay. We work.', '"We wait," she said.', "Done."))
    assert quote_runs(body) == [(0, 1), (3, 5)]


@pytest.mark.parametrize("sentence, expected", [
    ("About 30 women may return to Kazakhstan soon.", [(30, "about")]),
    ("Some 12 recruits march to the border each week.", [(12, "about")]),
    ("In March, 25 citizens came home.", [(25, "exact")]),
    ("On 6 March, 14 fighters were detained.", [(14, "exact")]),
    ("On 13 March people gathered in Almaty.", []),
    ("On November 13 people gathered in Almaty.", []),
    ("By November 13 no more than 40 people had left.", [(40, "up to")]),
    ("Since March 2018 about 60 women have come back.", [(60, "about")]),
    ("On May 9 veterans marched.", []),
])
def test_a_month_is_a_date_only_next_to_the_number(sentence, expected):
    assert [(f["value"], f["qualifier"]) for f in figures_in(sentence)] == expected


def test_a_scale_word_after_a_comma_grouped_number_multiplies_it():
    found = figures_in("Officials counted 1,500 thousand people and 2.5 million migrants.")
    assert [(f["value"], f["population"]) for f in found] == [
        (1_500_000, "people"), (2_500_000, "migrants")]


def _values(*paragraphs: str) -> list[float]:
    return list(extract_estimates(article(*paragraphs))["value"])


def test_an_elided_count_opening_a_paragraph_takes_the_group_of_the_paragraph_before():
    # pages with one line per paragraph: the group is named in the line before
    assert _values("Some 1,200 Belgians have joined armed groups abroad.",
                   "Of them, 140 were sent home. About 90 remain in camps.") == [1200, 140, 90]
    assert _values("Plus de 800 Belges sont partis en Syrie.",
                   "Parmi eux, environ 120 sont revenus en Belgique.") == [800, 120]


def test_a_carried_group_reaches_no_later_sentence_and_no_count_of_things():
    # the group of the paragraph before serves only the first sentence of the next one
    assert _values("About 300 people watched the final.",
                   "Every match produced a goal. In all 103 were scored.") == [300]
    assert _values("The quake killed 60 people.",
                   "Aftershocks followed, 412 according to the survey.") == [60]
