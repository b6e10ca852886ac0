"""One pass per document: the shared results equal the standalone functions, each sentence is
split and attributed once per export, --jobs writes the same bytes, and the export grows
linearly (CPU time on 4x the articles, with a generous bound; never an absolute time)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import helpers.segment
import helpers.speakers
from helpers import bench
from helpers.cli import main
from helpers.estimates import extract_estimates
from helpers.export import TABLES
from helpers.passes import CorpusPass
from helpers.reliability.measures import direction_conflicts, sentence_measures
from helpers.sources import sentences
from helpers.speakers import attributions
from helpers.statements import extract_statements


def test_the_shared_tables_equal_the_standalone_functions(article_corpus, seed_corpus):
    for corpus in (article_corpus, seed_corpus):
        shared, docs = CorpusPass(corpus), corpus.documents
        sents = sentences(docs)
        pd.testing.assert_frame_equal(shared.sentences, sents)
        pd.testing.assert_frame_equal(shared.estimates, extract_estimates(docs))
        pd.testing.assert_frame_equal(shared.statements, extract_statements(docs))
        pd.testing.assert_frame_equal(shared.sentence_measures, sentence_measures(sents))
        pd.testing.assert_frame_equal(shared.conflicts, direction_conflicts(sents))
        assert len(shared.estimates) and len(shared.statements)


def _count_calls(monkeypatch, module, name: str) -> list[int]:
    calls = [0]
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize("which", ["article_corpus", "seed_corpus"])
def test_every_table_is_built_from_one_split_and_one_attribution_per_sentence(
        monkeypatch, request, which):
    corpus = request.getfixturevalue(which)  # the seeds have claims and stances to check
    docs = corpus.documents
    by_doc = [group for _, group in sentences(docs).groupby("doc_id", sort=False)]
    attributed = _count_calls(monkeypatch, helpers.speakers, "attribute")
    for group in by_doc:  # what one reading of every document costs
        attributions(group["text"].tolist(), group["paragraph_n"].tolist())
    once = attributed[0]
    assert once > 0
    attributed[0] = 0
    splits = _count_calls(monkeypatch, helpers.segment, "split_sentences")
    monkeypatch.setattr("helpers.sources.split_sentences", helpers.segment.split_sentences)
    shared = CorpusPass(corpus)
    for build in TABLES.values():
        build(shared)
    assert attributed[0] == once  # estimates, statements and the grades share one attribution
    assert splits[0] == sum(text.count("\n\n") + 1 for text in docs["text"])  # once a paragraph


def _export(seeds: Path, out: Path, jobs: int) -> dict[str, bytes]:
    assert main(["export", "--seeds", str(seeds), "--out", str(out), "--jobs", str(jobs)]) == 0
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix == ".csv"}


def test_jobs_write_the_same_bytes_as_one_process(tmp_path, capsys):
    seeds = tmp_path / "articles"
    seeds.mkdir()
    bench.write_corpus(seeds, 12, seed=3)
    serial = _export(seeds, tmp_path / "serial", 1)
    pooled = _export(seeds, tmp_path / "pooled", 2)
    assert sorted(serial) == sorted(TABLES)
    assert serial == pooled
    assert b"bench_00011" in serial["estimates.csv"]  # the tables hold the articles' rows


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_number_of_processes(tmp_path, capsys, value):
    with pytest.raises(SystemExit):
        main(["export", "--out", str(tmp_path / "out"), "--jobs", value])
    assert "number of processes" in capsys.readouterr().err


def test_the_whole_export_grows_linearly(tmp_path):
    """CPU time on 4x the articles is at most 5.5x (4x is linear; a per-sentence scan of the
    whole corpus would make it about 16x). The fastest of two runs counts."""
    times = {}
    for n in (50, 200):
        folder = tmp_path / f"n{n}"
        folder.mkdir()
        bench.write_corpus(folder, n, seed=5)
        if n == 50:
            bench.time_export(folder)  # the first run also compiles the rules (for both sizes)
        times[n] = min(bench.time_export(folder) for _ in range(2))
    ratio = times[200] / times[50]
    assert ratio <= 5.5, f"x4 articles took x{ratio:.2f} the CPU time ({times})"


def test_the_attribution_prefilter_changes_no_attribution(article_corpus, seed_corpus):
    """Sentences without a trigger word skip the speaker patterns, and a pattern is skipped
    where its words are missing; with every word a trigger (nothing skipped) each sentence gets
    the same attribution."""
    import dataclasses
    import re

    from helpers.attribution import Attribution, attribute, speaker_patterns

    written = ["Figures given by the Interior Ministry, 300 in all, are the only ones.",
               "Based on the data of the Interior Ministry, 300 people left.",
               "The number of 300 was the one the Interior Ministry gave the number of."]
    texts = written + [t for corpus in (article_corpus, seed_corpus)
                       for t in sentences(corpus.documents)["text"]]
    patterns = speaker_patterns()
    every_word = frozenset(w for t in texts for w in re.findall(r"\w+", t.lower()))
    everything = dataclasses.replace(patterns, triggers=every_word,
                                     needs=dict.fromkeys(patterns.needs, every_word))
    skipped = [t for t in texts if patterns.triggers.isdisjoint(re.findall(r"\w+", t.lower()))]
    assert len(skipped) > 10  # the filter has work to do
    last = Attribution("Aidos Sarym", "Tengrinews", True, "name_says")
    for text in texts:
        for same in (True, False):
            assert attribute(text, last, same, patterns) == attribute(
                text, last, same, everything), text


def test_measuring_a_sentence_once_gives_what_each_rule_gives(article_corpus, seed_corpus):
    """measure_sentences (each rule once, rules whose words are missing skipped) against the
    single rules, on every sentence of the test articles and the seeds."""
    from helpers.reliability.text_rules import (
        anonymous_attribution,
        has_quotation,
        hedge_terms,
        hedges_by_voice,
        measure_sentences,
        named_attribution,
        one_of_several_estimates,
        relays_estimates,
    )

    texts = ["Judging from various estimates, 300 left, an unnamed official said.",
             "Previous estimates, including by the ministry, were higher.",
             "Officials of the ministry say 300 people left, according to sources in Almaty."]
    texts += [t for corpus in (article_corpus, seed_corpus)
              for t in sentences(corpus.documents)["text"]]
    expected = []
    for text in texts:
        terms, (writer, source) = hedge_terms(text), hedges_by_voice(text)
        expected.append((named_attribution(text), anonymous_attribution(text),
                         has_quotation(text), len(terms), ";".join(terms), len(writer),
                         len(source), relays_estimates(text), one_of_several_estimates(text)))
    assert measure_sentences(texts) == expected
    for column in range(9):  # every measure takes more than one value here
        assert len({row[column] for row in expected}) > 1, column
