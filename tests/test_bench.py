"""The benchmark's synthetic corpus and stage table (small sizes; timings are not asserted)."""

from __future__ import annotations

import warnings
from pathlib import Path

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


def test_extraction_stage_counts_cpu_seconds_on_ten_sentences_per_document(monkeypatch):
    ticks = iter(range(0, 100, 2))
    monkeypatch.setattr(bench.time, "process_time", lambda: float(next(ticks)))
    monkeypatch.setattr(bench.time, "perf_counter", lambda: 1 / 0)  # wall clock must not be read
    table = bench.bench_extraction([3, 5])
    assert list(table.columns) == bench.STAGE_COLUMNS
    assert list(table["stage"]) == ["extract_estimates"] * 2
    assert list(table["documents"]) == [3, 5] and list(table["items"]) == [30, 50]
    assert list(table["seconds"]) == [2.0, 2.0] and list(table["per_second"]) == [15.0, 25.0]
    assert bench.stages() == [bench.bench_parsing, bench.bench_extraction]


def test_parsing_stage_points_sources_inside_its_own_folder(monkeypatch):
    seen = []

    def load(folder, sources):
        seen.append((folder, sources))
        return load_documents(folder, sources=sources)

    monkeypatch.setattr(bench, "load_documents", load)
    bench.bench_parsing([2])
    (folder, sources), = seen
    assert sources.parent == Path(folder) and not sources.exists()
