"""Where the collection keeps its files.

The repository root comes from one place, `repo_root`: the folder named by the environment
variable KZ_COLLECTION_ROOT when it is set, else the nearest folder above the working directory
that holds seeds/, data/ and helpers/ (so a copy of the collection, for example a seminar's,
reads its own seeds/ and data/), else this package's parent. Functions that take a folder as an
argument use it instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT_VARIABLE = "KZ_COLLECTION_ROOT"


def _is_root(folder: Path) -> bool:
    return all((folder / name).is_dir() for name in ("seeds", "data", "helpers"))


# inside pinned(): the root found when the block began, and the paths of data/ files asked for
# in the block (name -> path as a string), each built once
_PINNED: ContextVar[tuple[Path, dict[str, str]] | None] = ContextVar("pinned_root", default=None)


@contextmanager
def pinned() -> Iterator[None]:
    """Within the block the root is looked up once, and so is each data/ file's path (one
    pass over a document asks for data/actors.csv once per speaker phrase: one dictionary
    look-up); after it, as before."""
    token = _PINNED.set((repo_root(), {}))
    try:
        yield
    finally:
        _PINNED.reset(token)


def repo_root() -> Path:
    """The collection's top folder: $KZ_COLLECTION_ROOT, else the nearest one above the working
    directory, else the package's (inside pinned(): the one found when the block began)."""
    pins = _PINNED.get()
    if pins is not None:
        return pins[0]
    named = os.environ.get(ROOT_VARIABLE)
    if named:
        return Path(named).resolve()
    return _root_from(os.getcwd())


@lru_cache(maxsize=32)
def _root_from(cwd: str) -> Path:
    """repo_root for one working directory, looked up once: the lookup asks the file system at
    every folder up the tree, and table loaders call it for every name they resolve."""
    here = Path(cwd).resolve()
    for folder in (here, *here.parents):
        if _is_root(folder):
            return folder
    return PACKAGE_DIR.parent


def seeds_dir() -> Path:
    """Folder of the raw articles (read only)."""
    return repo_root() / "seeds"


def data_dir() -> Path:
    """Folder of the hand-coded tables."""
    return repo_root() / "data"


def data_file(name: str) -> str:
    """The path of data/<name> as a string: what data_dir() / name gives, looked up once per
    root variable and working directory (rules ask for actors.csv once per speaker phrase)."""
    pins = _PINNED.get()
    if pins is not None:
        found = pins[1].get(name)
        if found is None:
            found = pins[1][name] = str(pins[0] / "data" / name)
        return found
    return _data_file(os.environ.get(ROOT_VARIABLE) or "", os.getcwd(), name)


@lru_cache(maxsize=64)
def _data_file(named: str, cwd: str, name: str) -> str:
    root = Path(named).resolve() if named else _root_from(cwd)
    return str(root / "data" / name)

