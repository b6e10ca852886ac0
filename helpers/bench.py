"""Benchmark: how fast the articles are parsed, and whether the time grows linearly.

`python -m helpers.bench` writes synthetic corpora of 1,000 and 10,000 articles made from the
seeds (paragraphs shuffled, header layouts and page furniture varied, all from a seeded random
generator) to a temporary folder, then times each stage that ``stages()`` lists on them. Times
are CPU seconds of this process (time.process_time), so other work on the machine does not
count. A stage is a function ``(sizes) -> DataFrame`` with the columns of STAGE_COLUMNS; to time
a new stage, append it in ``stages()``. The target is 2,000 documents per second on one core.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .cleaning import clean
from .estimates import extract_estimates
from .paths import seeds_dir
from .reading import read_source
from .sources import load_documents, paragraphs, sentences

SIZES = [1_000, 10_000]
TARGET_DOCS_PER_SECOND = 2_000
STAGE_COLUMNS = ["stage", "documents", "items", "unit", "seconds", "per_second"]

Stage = Callable[[list[int]], pd.DataFrame]

_HEADERS = [
    "{date}\n\n{title}\n\nShare\n\n",
    "{title} {date}\n\n",
    "Home | News | World | Sport\n\n{title}\n\nPublished: {date}\n\nBy {author}\n\n",
    "{title}\n{date}\nWritten by {author}\n\n",
    "Menu\nSearch\n\n{title}\n\nAuthor: [{author}](#)\n\n",
]
_FOOTERS = [
    "\n\nBy {author}\n\nRelated:\nFloods hit western regions\nNew metro line opens\n",
    "\n\nAdvertisement\n\nExchange Rates\n\n 494.98   521.17 \n\nWeather\n",
    "\n\nDo you like this article?\n\n0 Comment(s)\n\nTags: Syria, security\n",
    "\n\nFollow us on Twitter\nSubscribe to our newsletter\n",
]
_DATES = ["25 November 2013", "20 November 2014 | 17:41", "Nov. 5, 2015", "05.11.2016",
          "3 марта 2017, 10:15", "2018-03-06"]
_AUTHORS = ["Anna Example", "Tom Becker", "Aliya Nurlanova and Tom Becker", "Jamshid Tursunov"]


def seed_files(folder: Path | None = None) -> list[Path]:
    """The five original seeds, as seeds/SHA256SUMS lists them: never whatever else a user
    added to seeds/, so the benchmark's corpora do not change with the collection."""
    folder = folder or seeds_dir()
    lines = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return sorted(folder / line.split(maxsplit=1)[1].strip() for line in lines if line.strip())


def _seed_parts() -> list[tuple[str, list[str]]]:
    """Title and body paragraphs of each original seed, as material for synthetic pages."""
    parts = []
    for path in seed_files():
        art = clean(read_source(path).text)
        parts.append((art.title or "Untitled report", art.paragraphs))
    return parts


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write n synthetic articles into folder: seed paragraphs shuffled, layouts varied."""
    rng = random.Random(seed)
    parts = _seed_parts()
    paths = []
    for i in range(n):
        title, paras = rng.choice(parts)
        body = rng.sample(paras, k=len(paras))
        fields = {"title": title, "date": rng.choice(_DATES), "author": rng.choice(_AUTHORS)}
        page = (rng.choice(_HEADERS).format(**fields) + "\n\n".join(body)
                + rng.choice(_FOOTERS).format(**fields))
        path = folder / f"bench_{i:05d}.txt"
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    return paths


def _row(stage: str, documents: int, items: int, unit: str, seconds: float) -> dict:
    return {"stage": stage, "documents": documents, "items": items, "unit": unit,
            "seconds": round(seconds, 3), "per_second": round(items / seconds, 1)}


def bench_parsing(sizes: list[int]) -> pd.DataFrame:
    """Time load_documents, then paragraphs() + sentences(), on synthetic corpora of each size."""
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            write_corpus(Path(tmp), size)
            start = time.process_time()
            docs = load_documents(tmp, sources=Path(tmp) / "no-sources.csv")
            rows.append(_row("load_documents", size, len(docs), "documents",
                             time.process_time() - start))
        start = time.process_time()
        paragraphs(docs)
        sents = sentences(docs)
        rows.append(_row("paragraphs+sentences", size, len(sents), "sentences",
                         time.process_time() - start))
    return pd.DataFrame(rows, columns=STAGE_COLUMNS)


def bench_extraction(sizes: list[int], seed: int = 0) -> pd.DataFrame:
    """Time extract_estimates on documents of ten seed sentences each, drawn with a seeded
    random generator, one row per number of documents (items are sentences)."""
    pool = sentences(load_documents())["text"].tolist()
    rng = random.Random(seed)
    rows = []
    for size in sizes:
        docs = pd.DataFrame([{"doc_id": f"bench{i:07d}", "title": "", "outlet": "",
                              "text": "\n\n".join(rng.choices(pool, k=10))}
                             for i in range(size)])
        start = time.process_time()
        extract_estimates(docs)
        rows.append(_row("extract_estimates", size, 10 * size, "sentences",
                         time.process_time() - start))
    return pd.DataFrame(rows, columns=STAGE_COLUMNS)


def stages() -> list[Stage]:
    """The timed stages, in order. Extend this list to time a new stage."""
    return [bench_parsing, bench_extraction]


def linearity(table: pd.DataFrame) -> pd.DataFrame:
    """Per-document time at the largest size divided by that at the smallest, per stage.

    A ratio near 1 means the time grows linearly with the corpus.
    """
    rows = []
    for stage, group in table.groupby("stage", sort=False):
        per_doc = group["seconds"] / group["documents"]
        rows.append({"stage": stage, "sizes": f"{group['documents'].iloc[-1]:,} vs"
                     f" {group['documents'].iloc[0]:,}",
                     "ratio": round(per_doc.iloc[-1] / per_doc.iloc[0], 2)})
    return pd.DataFrame(rows, columns=["stage", "sizes", "ratio"])


def run(sizes: list[int] | None = None) -> pd.DataFrame:
    """Every stage at every size, as one table with STAGE_COLUMNS.

    A stage that fails is reported on stderr by name and left out; the others still run.
    """
    sizes = sizes or SIZES
    tables = []
    for stage in stages():
        try:
            tables.append(stage(sizes))
        except Exception as exc:  # a broken stage must not hide the others' figures
            print(f"stage {stage.__name__} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    return pd.concat(tables, ignore_index=True)


def main() -> int:
    table = run()
    with pd.option_context("display.width", 120, "display.max_columns", 10):
        print(table.to_string(index=False))
        print()
        print("per-document time, largest vs smallest corpus (1.0 = linear):")
        print(linearity(table).to_string(index=False))
    loads = table[table["stage"] == "load_documents"]
    slowest = loads["per_second"].min()
    verdict = "meets" if slowest >= TARGET_DOCS_PER_SECOND else "is BELOW"
    print(f"\nload_documents: {slowest:,.0f} documents per second at worst, which {verdict} the"
          f" target of {TARGET_DOCS_PER_SECOND:,}")
    return 0 if slowest >= TARGET_DOCS_PER_SECOND else 1


if __name__ == "__main__":
    sys.exit(main())
