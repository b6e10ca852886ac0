"""The benchmark's synthetic corpus and its table of export times (small sizes; timings are not
asserted here: tests/test_passes.py bounds the growth)."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

from conftest import SEED_FILES, SEEDS

from helpers import bench, load_documents, scale


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


def test_bench_times_the_whole_export_at_each_size_and_with_jobs(monkeypatch):
    table = bench.run([3, 6], jobs=2)
    assert list(table.columns) == bench.BENCH_COLUMNS
    assert list(zip(table["articles"], table["jobs"], table["clock"], strict=True)) == [
        (3, 1, "cpu"), (6, 1, "cpu"), (6, 2, "wall")]
    assert (table["seconds"] > 0).all()
    assert bench.growth(table) == round(table["seconds"].iloc[1] / table["seconds"].iloc[0], 2)


def test_one_job_is_timed_in_cpu_seconds_and_writes_every_table(monkeypatch, tmp_path):
    ticks = iter(range(0, 100, 2))
    monkeypatch.setattr(bench.time, "process_time", lambda: float(next(ticks)))
    monkeypatch.setattr(bench.time, "perf_counter", lambda: 1 / 0)  # wall clock must not be read
    written = []

    def export(args):
        out = Path(args[args.index("--out") + 1])
        written.append(args[args.index("--jobs") + 1])
        return 0 if not out.exists() else 1

    monkeypatch.setattr("helpers.cli.main", export)
    assert bench.time_export(tmp_path, jobs=1) == 2.0
    assert written == ["1"]


def test_a_failed_export_is_an_error_not_a_time(tmp_path):
    empty = tmp_path / "no-such-folder"
    try:
        bench.time_export(empty)
    except RuntimeError as exc:
        assert str(empty) in str(exc)
    else:
        raise AssertionError("a failed export gave a time")


def test_bench_material_is_the_five_seeds_of_sha256sums(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "added_by_a_user.txt").write_text("A title\n\nAn added article.\n", encoding="utf-8")
    assert [p.name for p in bench.seed_files(seeds)] == SEED_FILES


def test_generated_articles_are_seeded_and_some_lack_title_or_date(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    scale.write_articles(a, 40, seed=2)
    scale.write_articles(b, 40, seed=2)
    assert [p.read_bytes() for p in sorted(a.iterdir())] == [
        p.read_bytes() for p in sorted(b.iterdir())]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = load_documents(a, sources=tmp_path / "none.csv")
    assert len(docs) == 40
    assert 0 < docs["title"].isna().sum() < 40 and 0 < docs["published_earliest"].isna().sum() < 40


def test_a_scale_copy_holds_the_five_seeds_and_generated_articles_only(tmp_path):
    root = tmp_path / "repo"
    for folder in ("seeds", "data", "helpers"):
        (root / folder).mkdir(parents=True)
    for name in [*SEED_FILES, "SHA256SUMS"]:
        shutil.copyfile(SEEDS / name, root / "seeds" / name)
    (root / "seeds" / "added_by_a_user.txt").write_text("An article\n", encoding="utf-8")
    (root / "data" / "derived").mkdir()
    copy = scale.make_copy(tmp_path / "copy", 12, root=root)
    names = sorted(p.name for p in (copy / "seeds").glob("*.txt"))
    assert len(names) == 12 and set(SEED_FILES) <= set(names)
    assert "added_by_a_user.txt" not in names and not (copy / "data" / "derived").exists()
    assert (root / "seeds" / "added_by_a_user.txt").exists(), "the original is untouched"


def test_site_size_counts_every_file_and_the_largest_page(tmp_path):
    (tmp_path / "a.html").write_bytes(b"x" * 10)
    (tmp_path / "b.html").write_bytes(b"x" * 30)
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "c.png").write_bytes(b"x" * 5)
    assert scale.site_size(tmp_path) == (45, 30)
