"""The doc_id of each article file: its name without the extension, kept distinct.

Files are matched as *.txt in any case, so 'a.txt' and 'a.TXT' may sit side by side and would
share the stem 'a'. Neither may shadow the other: the file ending in '.txt' (else the first by
name) keeps the stem, each other file gets its whole name ('a.TXT'), and every clash is one
problem line naming the files. Ids depend only on the file names, so they are the same on
every run.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .reading import article_paths


def doc_ids(paths: list[Path]) -> tuple[dict[Path, str], list[tuple[str, str]]]:
    """doc_id per path (distinct), and (file name, problem) for each file whose stem another
    file shares."""
    by_stem: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(paths, key=lambda p: p.name):
        by_stem[path.stem].append(path)
    ids: dict[Path, str] = {}
    keepers: dict[Path, Path] = {}  # a renamed file -> the file that keeps the stem
    for stem, group in by_stem.items():
        keeper = next((p for p in group if p.suffix == ".txt"), group[0])
        ids[keeper] = stem
        for other in group:
            if other != keeper:
                ids[other], keepers[other] = other.name, keeper
    taken: set[str] = set()
    for path in sorted(ids, key=lambda p: (p in keepers, p.name)):  # stems are given first
        wanted, n = ids[path], 1
        while ids[path] in taken:  # a whole name that is another file's stem ('a.TXT.txt')
            n += 1
            ids[path] = f"{wanted}~{n}"
        taken.add(ids[path])
    notes = [(other.name, f"has the same name as {keeper.name} apart from the case of its"
              f" extension; loaded as doc_id '{ids[other]}' ({keeper.name} keeps"
              f" '{ids[keeper]}')") for other, keeper in sorted(keepers.items())]
    return ids, notes


def article_file(folder: Path, doc_id: str) -> Path:
    """The article file of folder whose doc_id is doc_id ('a.TXT' too); FileNotFoundError
    naming the folder and the id when there is none."""
    ids, _ = doc_ids(article_paths(folder)[0])
    path = next((path for path, found in ids.items() if found == doc_id), None)
    if path is None:
        raise FileNotFoundError(f"{folder}: no article file with doc_id {doc_id!r}")
    return path
