"""Benchmark: how fast the whole export runs, and whether its time grows linearly.

`python -m helpers.bench` (`make bench`) writes synthetic corpora of 1,000 and 4,000 articles
made from the seeds (paragraphs shuffled, header layouts and page furniture varied, all from a
seeded random generator) to a temporary folder, then times `python -m helpers export` on each:
every table of helpers.export.TABLES, written as CSV. With one process the time is CPU seconds
of this process (time.process_time), so other work on the machine does not count; the run with
JOBS processes is timed by the wall clock (its work is done in other processes). It prints
articles per second and the growth ratio (time on the largest corpus over time on the
smallest). Targets: TARGET_ARTICLES_PER_SECOND on one core, growth at most GROWTH_LIMIT for
x4 articles.
"""

from __future__ import annotations

import contextlib
import io
import random
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from .cleaning import clean
from .paths import seeds_dir
from .reading import read_source

SIZES = [1_000, 4_000]
JOBS = 2
TARGET_ARTICLES_PER_SECOND = 400
GROWTH_LIMIT = 4.2
BENCH_COLUMNS = ["articles", "jobs", "clock", "seconds", "articles_per_second"]

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


def time_export(folder: Path, jobs: int = 1) -> float:
    """Seconds that `python -m helpers export --seeds folder --jobs jobs` takes, every table
    written to a temporary folder: CPU seconds of this process with one job, wall-clock seconds
    with more. Raises RuntimeError when the export fails."""
    from .cli import main  # the command itself, as a user runs it

    clock = time.process_time if jobs == 1 else time.perf_counter
    with tempfile.TemporaryDirectory(prefix="bench-out-") as out:
        args = ["export", "--seeds", str(folder), "--out", str(Path(out) / "derived"),
                "--jobs", str(jobs)]
        with contextlib.redirect_stdout(io.StringIO()):
            start = clock()
            code = main(args)
            seconds = clock() - start
    if code:
        raise RuntimeError(f"export of {folder} failed (exit code {code})")
    return seconds


def _row(articles: int, jobs: int, seconds: float) -> dict:
    return {"articles": articles, "jobs": jobs, "clock": "cpu" if jobs == 1 else "wall",
            "seconds": round(seconds, 3), "articles_per_second": round(articles / seconds, 1)}


def run(sizes: list[int] | None = None, jobs: int = JOBS) -> pd.DataFrame:
    """The whole export timed at each size with one process, and at the largest size with
    `jobs` processes too (none when jobs is 1), as a table with BENCH_COLUMNS. A small export
    runs first, untimed, so that reading the word lists and compiling the rules is not counted
    against the first size."""
    sizes = sizes or SIZES
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        warm = Path(tmp) / "warm-up"
        warm.mkdir()
        write_corpus(warm, 5)
        time_export(warm)
        for size in sizes:
            folder = Path(tmp) / f"n{size}"
            folder.mkdir()
            write_corpus(folder, size)
            rows.append(_row(size, 1, time_export(folder)))
            if jobs > 1 and size == sizes[-1]:
                rows.append(_row(size, jobs, time_export(folder, jobs)))
    return pd.DataFrame(rows, columns=BENCH_COLUMNS)


def growth(table: pd.DataFrame) -> float:
    """Time on the largest corpus over time on the smallest, with one process (x4 articles
    take x4 the time when the export is linear)."""
    serial = table[table["jobs"] == 1]
    return round(float(serial["seconds"].iloc[-1] / serial["seconds"].iloc[0]), 2)


def main() -> int:
    table = run()
    serial = table[table["jobs"] == 1]
    with pd.option_context("display.width", 120, "display.max_columns", 10):
        print(table.to_string(index=False))
    ratio = growth(table)
    times = serial["articles"].iloc[-1] / serial["articles"].iloc[0]
    slowest = float(serial["articles_per_second"].min())
    fast = slowest >= TARGET_ARTICLES_PER_SECOND
    linear = ratio <= GROWTH_LIMIT
    print(f"\nwhole export on one core: {slowest:,.0f} articles per second at worst, which"
          f" {'meets' if fast else 'is BELOW'} the target of {TARGET_ARTICLES_PER_SECOND:,}")
    print(f"growth: x{times:g} articles take x{ratio:g} the time, which"
          f" {'meets' if linear else 'is ABOVE'} the limit of x{GROWTH_LIMIT:g}")
    return 0 if fast and linear else 1


if __name__ == "__main__":
    sys.exit(main())
