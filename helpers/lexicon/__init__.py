"""Word lists and patterns as data: one CSV file per list in this folder, shared by every module.

Each file has a header row; the first column is the term (a word, phrase or regular-expression
fragment, as the file's own header comment says), and a `comment` column may explain an entry.
Lines starting with `#` are comments. Files are re-read when they change on disk (the cache is keyed
on path, size and modification time), so editing a list in a running kernel takes effect.
Inside `with pinned():` (one pass over one document) each list is looked up on disk once.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from stat import S_ISREG
from typing import Any

import pandas as pd

FOLDER = Path(__file__).parent


class LexiconError(ValueError):
    """A word-list file is missing or malformed (the message names the file and row)."""


# inside pinned(): a list's name, or a file's path (holding "/"), -> its look-up; and the keys
# that stamps() and version() built from the look-ups, under ("stamps", names) or ("version",
# names), so that a rule asking for its key once per sentence gets it from one dictionary; so
# too what term_set() and pattern() give for them, under ("term_set", name) and ("pattern",
# name, template, flags) (built from the block's one version of the list), and the names of a
# family of lists, under ("family", prefix)
_PINNED: ContextVar[dict[Any, Any] | None] = ContextVar("lexicon_pinned", default=None)


@contextmanager
def pinned() -> Iterator[None]:
    """Within the block, each list is looked up on disk once, so the rules that read one
    document read one version of every list (hundreds of look-ups become one per list); an
    edit made during the block takes effect after it. A block inside another (one document of
    an export pinned as a whole) keeps the outer block's look-ups."""
    token = _PINNED.set(_PINNED.get() if _PINNED.get() is not None else {})
    try:
        yield
    finally:
        _PINNED.reset(token)


def _stat(name: str) -> tuple[str, int, int]:
    """The list's path, size and modification time (one system call, or none inside pinned())."""
    pins = _PINNED.get()
    if pins is None:
        return _look(name)
    found = pins.get(name)
    if found is None:
        found = pins[name] = _look(name)
    return found


def _look(name: str) -> tuple[str, int, int]:
    path = os.path.join(FOLDER, f"{name}.csv")
    try:
        stat = os.stat(path)
    except OSError:
        stat = None
    if stat is None or not S_ISREG(stat.st_mode):
        raise LexiconError(f"{path}: no such word list")
    return path, stat.st_size, stat.st_mtime_ns


@lru_cache(maxsize=64)
def _read(path: str, _size: int, _mtime_ns: int) -> pd.DataFrame:
    text = Path(path).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not rows:
        raise LexiconError(f"{path}: no header row")
    try:
        table = pd.read_csv(io.StringIO("\n".join(rows)), dtype=str, keep_default_na=False,
                            quoting=csv.QUOTE_MINIMAL)
    except pd.errors.ParserError as exc:  # a row with more fields than the header
        raise LexiconError(f"{path}: {exc} (lines counted without comments; a field holding"
                           " a comma must be quoted)") from None
    first = table.columns[0]
    blank = table.index[table[first].str.strip() == ""]
    if len(blank):
        raise LexiconError(f"{path}: row {int(blank[0]) + 2} has an empty {first!r}")
    return table


def table(name: str) -> pd.DataFrame:
    """The whole list `name` (helpers/lexicon/<name>.csv) as a DataFrame of strings."""
    return _read(*_stat(name)).copy()


@lru_cache(maxsize=64)
def _first_column(path: str, size: int, mtime_ns: int) -> tuple[str, ...]:
    frame = _read(path, size, mtime_ns)
    return tuple(frame[frame.columns[0]])


def terms(name: str) -> tuple[str, ...]:
    """The first column of list `name`, in file order."""
    return _first_column(*_stat(name))


@lru_cache(maxsize=64)
def _set(path: str, size: int, mtime_ns: int) -> frozenset[str]:
    return frozenset(_first_column(path, size, mtime_ns))


def term_set(name: str) -> frozenset[str]:
    """The first column of list `name` as a set, for membership tests (inside pinned(), kept
    in the block's look-ups: rules ask for it once per sentence)."""
    pins = _PINNED.get()
    if pins is None:
        return _set(*_stat(name))
    found = pins.get(("term_set", name))
    if found is None:
        found = pins[("term_set", name)] = _set(*_stat(name))
    return found


def family(prefix: str) -> tuple[str, ...]:
    """The names of the lists in the folder whose names begin with prefix, sorted: a list added
    to the folder (one more language group) is found at the next call, or, inside pinned(), at
    the next block (looked up once per block)."""
    pins = _PINNED.get()
    found = None if pins is None else pins.get(("family", prefix))
    if found is None:
        found = tuple(sorted(p.stem for p in Path(FOLDER).glob(f"{prefix}*.csv")))
        if pins is not None:
            pins[("family", prefix)] = found
    return found


def stamps(*names: str) -> tuple[tuple[int, int], ...]:
    """The size and modification time of each list: a key for a cache of what is built from
    them (compiled patterns), so that an edited list is built again."""
    pins = _PINNED.get()
    if pins is None:
        return tuple(_stat(name)[1:] for name in names)
    found = pins.get(("stamps", names))
    if found is None:
        found = pins[("stamps", names)] = tuple(_stat(name)[1:] for name in names)
    return found


def file_version(path: str) -> tuple[str, int, int]:
    """A key for a cache of what is built from any file (data/actors.csv): its path, size and
    modification time, looked up once inside pinned(); (path, -1, -1) when it cannot be read,
    so that the loader itself reports the problem."""
    pins = _PINNED.get()
    found = pins.get(path) if pins is not None else None  # paths hold "/", list names none
    if found is None:
        try:
            stat = os.stat(path)
            found = (path, stat.st_size, stat.st_mtime_ns)
        except OSError:
            found = (path, -1, -1)
        if pins is not None:
            pins[path] = found
    return found


def version(*names: str) -> tuple[tuple[str, int, int], ...]:
    """A key that changes when any of the lists `names` changes on disk (path, size and
    modification time): rules built from lists cache on it, so building them costs one stat
    per list and an edited list takes effect."""
    pins = _PINNED.get()
    if pins is None:
        return tuple(_stat(name) for name in names)
    found = pins.get(("version", names))
    if found is None:
        found = pins[("version", names)] = tuple(_stat(name) for name in names)
    return found


def pattern(name: str, template: str = r"\b(?:WORDS)\b", flags: int = re.IGNORECASE) -> re.Pattern:
    """The entries of list `name` as one alternation put in place of WORDS in `template`, compiled
    with `flags`; built again when the list changes on disk. Inside pinned() (one version of
    each list) the pattern is kept in the block's look-ups, so that a rule asking for it once
    per sentence or phrase gets it from one dictionary."""
    pins = _PINNED.get()
    if pins is None:
        return _pattern(version(name), name, template, flags)
    key = ("pattern", name, template, flags)
    found = pins.get(key)
    if found is None:
        found = pins[key] = _pattern(version(name), name, template, flags)
    return found


@lru_cache(maxsize=64)
def _pattern(_version: tuple, name: str, template: str, flags: int) -> re.Pattern:
    return re.compile(template.replace("WORDS", "|".join(terms(name))), flags)
