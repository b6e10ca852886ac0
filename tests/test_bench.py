"""The benchmark's synthetic corpus and stage table (small sizes; timings are not asserted)."""

from __future__ import annotations

import warnings

from helpers import bench, load_documents


def test_synthetic_corpus_is_seeded_and_parses(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    bench.write_corpus(a, 30, seed=1)
    bench.write_corpus(b, 30, seed=1)
    assert [p.read_bytes() for p in sorted(a.iterdir())] == [
        p.read_bytes() for p in sorted(b.iterdir())]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        docs = load_documents(a, sources=tmp_path / "none.csv")
    assert len(docs) == 30 and docs["title"].notna().all()
    assert (docs["date_basis"] == "stated").mean() > 0.5


def test_bench_parsing_table_and_linearity():
    table = bench.bench_parsing([10, 20])
    assert list(table.columns) == bench.STAGE_COLUMNS
    assert list(table["stage"]) == ["load_documents", "paragraphs+sentences"] * 2
    assert list(table["documents"]) == [10, 10, 20, 20]
    ratios = bench.linearity(table)
    assert list(ratios["stage"]) == ["load_documents", "paragraphs+sentences"]
    assert bench.bench_parsing in bench.stages()
