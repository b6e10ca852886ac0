"""The collection at scale: a copy of the repository with many generated articles in seeds/.

``write_articles`` writes short fictional news articles (made up for tests: places, people,
outlets and figures appear nowhere in the analysis), some without a title line, a byline or a
date, and some with nothing but one plain paragraph, from a seeded random generator.
``make_copy`` copies the repository without its venv, git data and built output, keeps the five
original seeds (seeds/SHA256SUMS) and adds articles.

`python -m helpers.scale` times `make` (notebooks, derived tables, site) in copies with 5, 50
and 200 articles and prints the wall-clock time and the size of the site (`make bench-make`).
It reuses this repository's .venv.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .paths import repo_root

SIZES = (5, 50, 200)
LEFT_OUT = {".git", ".venv", "site", "student", "build", "__pycache__", ".pytest_cache",
            ".ruff_cache", ".ipynb_checkpoints", "derived", "realpages"}

BARE_EVERY = 25
_BARE = ("The regional authorities have not published any rules for the checks yet, and the "
         "families are waiting for a decision that nobody has announced so far.\n")
_PLACES = ["Aktobe", "Shymkent", "Karaganda", "Taraz", "Pavlodar", "Atyrau"]
_OUTLETS = ["Steppe Courier", "Oasis Daily", "Northern Ledger", "Caspian Wire"]
_PEOPLE = [("Dana Seitova", "a spokeswoman for the regional prosecutor"),
           ("Marat Example", "an analyst at the Open Steppe Institute"),
           ("Olga Testova", "a lawyer who represents several families"),
           ("Yerlan Sample", "deputy head of the regional police")]
_GROUPS = ["people", "women", "children", "men", "citizens", "residents"]
_QUALIFIERS = ["about ", "more than ", "at least ", "", "up to "]
_MONTHS = ["January", "March", "May", "July", "September", "November"]
_QUOTES = ["Each case will be examined on its own merits",
           "They must answer for what they did before a court",
           "The families need help, not only checks",
           "We cannot say how many are still abroad"]


def _article(rng: random.Random) -> str:
    place, outlet = rng.choice(_PLACES), rng.choice(_OUTLETS)
    name, role = rng.choice(_PEOPLE)
    year = rng.randint(2013, 2021)
    n1, n2 = rng.randint(12, 400), rng.randint(2, 60)
    group = rng.choice(_GROUPS)
    lines = []
    if rng.random() > 0.2:
        lines.append(f"{place} officials review the cases of {n1} returning {group}")
    if rng.random() > 0.3:
        lines.append(f"By {rng.choice(['Aigul Writer', 'Tom Reporter', 'Saule Author'])}")
    if rng.random() > 0.25:
        lines.append(f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {year}")
    body = [
        f"{rng.choice(_QUALIFIERS).capitalize()}{n1} {group} from the {place} region have come "
        f"back from Syria, {name}, {role}, told {outlet}.",
        f"\u201c{rng.choice(_QUOTES)},\u201d {name.split()[0]} said.",
        f"Of those, {n2} were questioned by investigators, according to the regional court.",
        f"The {place} authorities did not say when the checks would end.",
    ]
    return "\n\n".join(lines + body) + "\n"


def write_articles(folder: Path, n: int, seed: int = 0, prefix: str = "gen") -> list[Path]:
    """Write n short generated articles into folder as <prefix>_NNNN.txt; returns the paths."""
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = folder / f"{prefix}_{i:04d}.txt"
        # every BARE_EVERY-th article has nothing but plain text: no title, byline, date,
        # figure or statement
        text = _BARE if i % BARE_EVERY == BARE_EVERY - 1 else _article(rng)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _ignore(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in LEFT_OUT or n.endswith(".egg-info")}


def make_copy(dest: Path, n_articles: int, root: Path | None = None, seed: int = 0) -> Path:
    """A copy of the repository at dest whose seeds/ holds the five original seeds and
    generated articles up to n_articles in all (an article a user added is left out)."""
    root = root or repo_root()
    shutil.copytree(root, dest, ignore=_ignore)
    listed = {line.split(maxsplit=1)[1].strip() for line in
              (dest / "seeds" / "SHA256SUMS").read_text(encoding="utf-8").splitlines()}
    for path in (dest / "seeds").glob("*.txt"):
        if path.name not in listed:
            path.unlink()
    write_articles(dest / "seeds", max(n_articles - len(listed), 0), seed=seed)
    return dest


def copy_env(copy: Path) -> dict[str, str]:
    """Environment under which Python (and notebook kernels) import the copy's helpers."""
    return {**os.environ, "PYTHONPATH": str(copy), "PYTHONHASHSEED": "0"}


def site_size(site: Path) -> tuple[int, int]:
    """Total bytes of the site folder, and bytes of its largest page."""
    sizes = [p.stat().st_size for p in site.rglob("*") if p.is_file()]
    pages = [p.stat().st_size for p in site.glob("*.html")]
    return sum(sizes), max(pages, default=0)


def time_make(n_articles: int, work: Path, root: Path | None = None) -> dict[str, float]:
    """Run `make notebooks derived site` in a fresh copy with n_articles; time and site size."""
    root = root or repo_root()
    copy = make_copy(work / f"n{n_articles}", n_articles, root)
    (copy / ".venv").symlink_to(root / ".venv")
    start = time.perf_counter()
    subprocess.run(["make", "-o", ".venv/.installed", "notebooks", "derived", "site"], cwd=copy,
                   env=copy_env(copy), check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    total, largest = site_size(copy / "site")
    return {"articles": n_articles, "make_seconds": round(seconds, 1),
            "site_bytes": total, "largest_page_bytes": largest}


def main(sizes: tuple[int, ...] = SIZES) -> int:
    print("articles  make (s)  site (MB)  largest page (MB)")
    with tempfile.TemporaryDirectory() as work:
        for n in sizes:
            try:
                row = time_make(n, Path(work))
            except subprocess.CalledProcessError as exc:
                print(f"error: make failed with {n} articles:\n{exc.stdout[-3000:]}"
                      f"{exc.stderr[-3000:]}", file=sys.stderr)
                return 1
            print(f"{row['articles']:>8}  {row['make_seconds']:>8}  "
                  f"{row['site_bytes'] / 1e6:>9.2f}  {row['largest_page_bytes'] / 1e6:>17.2f}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(tuple(int(a) for a in sys.argv[1:]) or SIZES))
