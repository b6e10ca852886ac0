"""Check the hand-coded tables of data/ against their declared schemas (helpers/schemas.toml).

`read_table(name)` is how a loader reads a table: the file must be readable CSV (not empty, not
header-only, UTF-8, comma-separated), and every cell must fit its column's declaration (checked
by a pandera schema built from the declaration); otherwise one error line names the file, the
row and the fix. `validate(folder)` checks every table, and between tables (references to
actors, documents and sentences, verbatim excerpts), and returns one line per problem;
`python -m helpers validate [--data DIR]` prints them.
"""

from __future__ import annotations

import csv
import io
import tempfile
import tomllib
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .lexicon import file_version
from .paths import data_dir

if TYPE_CHECKING:
    import pandera.pandas as pa

SCHEMAS = Path(__file__).resolve().parent / "schemas.toml"
_KINDS = {  # kind -> (pattern a non-empty cell matches in full, what the pattern means)
    "text": (None, ""),
    "number": (r"-?\d+(?:\.\d+)?", "a number"),
    "integer": (r"-?\d+", "a whole number"),
    "date": (r"\d{4}(?:-\d{2}(?:-\d{2})?)?", "a date YYYY, YYYY-MM or YYYY-MM-DD"),
    "period": (r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?",
               "a date YYYY, YYYY-MM or YYYY-MM-DD, or a range A/B of two"),
    "url": (r"https?://\S+(?: ; https?://\S+)*", "an http(s) address (several split by ' ; ')"),
}


class TableError(ValueError):
    """A hand-coded table that does not fit its schema; the message names file, row and fix."""


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # 1 = the first row under the header
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: row {self.row}" if self.row is not None else self.file
        return f"{where}{'' if self.message.startswith('(') else ':'} {self.message}"


@lru_cache(maxsize=4)
def _declarations(path: str, _mtime_ns: int) -> dict:
    with open(path, "rb") as file:
        return tomllib.load(file)


def declarations() -> dict:
    """The table declarations of schemas.toml (re-read when the file changes)."""
    return _declarations(str(SCHEMAS), SCHEMAS.stat().st_mtime_ns)


def _codes_in(value: str, allowed: set[str], separator: str | None) -> bool:
    """An empty cell, or a cell whose every part (split at separator) is an allowed code."""
    parts = value.split(separator) if separator else [value]
    return value == "" or all(part.strip() in allowed for part in parts)


def schema(name: str) -> pa.DataFrameSchema:
    """The pandera schema of table `name`, built from its declaration (every cell a string)."""
    import pandera.pandas as pa  # imported when a table is first checked

    columns = {}
    for column, spec in declarations()[name]["columns"].items():
        checks = []
        if spec.get("required"):
            checks.append(pa.Check(lambda s: s.str.strip() != "", element_wise=False,
                                   error="is empty; a value is required"))
        pattern, meaning = _KINDS[spec.get("kind", "text")]
        if spec.get("pattern"):
            pattern, meaning = spec["pattern"], f"of the form {spec['pattern']}"
        if pattern:
            checks.append(pa.Check(lambda s, p=pattern: (s == "") | s.str.fullmatch(p),
                                   element_wise=False, error=f"is not {meaning}"))
        if spec.get("allowed"):
            allowed, sep = set(spec["allowed"]), spec.get("separator")
            checks.append(pa.Check(
                lambda s, a=allowed, sep=sep: s.map(lambda v: _codes_in(v, a, sep)),
                element_wise=False, error=f"is not one of the codes {', '.join(spec['allowed'])}"))
        columns[column] = pa.Column(str, checks=checks, unique=bool(spec.get("unique")),
                                    required=not spec.get("optional"))
    return pa.DataFrameSchema(columns, strict=False, name=name)


def _required(name: str) -> list[str]:
    return [c for c, spec in declarations()[name]["columns"].items() if not spec.get("optional")]


def _read_csv(path: Path, expected: list[str], may_be_empty: bool = False
              ) -> tuple[pd.DataFrame | None, list[Problem]]:
    """The table as strings, or None and the one problem that keeps it from being read."""
    name = str(path)
    if not path.is_file():
        return None, [Problem(name, None, "missing; restore it with `git checkout -- "
                              f"{name}`")]
    data = path.read_bytes()
    if not data.strip():
        return None, [Problem(name, None, "is empty; restore it with `git checkout -- "
                              f"{name}`")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [Problem(name, None, f"is not UTF-8 (byte {exc.start}); save it as UTF-8")]
    header = text.split("\n", 1)[0]
    if ";" in header and "," not in header:
        return None, [Problem(name, None, "is separated by semicolons; save it with commas "
                              "(CSV, comma-separated)")]
    try:
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                            quoting=csv.QUOTE_MINIMAL)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        return None, [Problem(name, None, f"is not readable CSV ({str(exc).strip()})")]
    missing = [c for c in expected if c not in table.columns]  # (required columns only)
    if missing:
        return None, [Problem(name, None, f"missing column(s) {', '.join(missing)}; the header "
                              f"must name {', '.join(expected)}")]
    if table.empty and not may_be_empty:
        return None, [Problem(name, None, "holds a header but no rows; restore it with "
                              f"`git checkout -- {name}`")]
    return table, []


def check_table(name: str, table: pd.DataFrame, path: Path | str) -> list[Problem]:
    """Problems of one table against its schema: one per bad cell (row and column named)."""
    import pandera.pandas as pa

    try:
        schema(name).validate(table, lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems = []
        key = next(iter(declarations()[name]["columns"]))  # the first column names a row
        for case in exc.failure_cases.itertuples(index=False):
            row = None if pd.isna(case.index) else int(case.index) + 1
            check = "is repeated" if case.check == "field_uniqueness" else case.check
            named = (f"({key} {table[key].iloc[row - 1]}): " if row is not None
                     and key in table.columns and key != case.column else "")
            problems.append(Problem(str(path), row, f"{named}{case.column} "
                                    f"{case.failure_case!r} {check}"))
        return sorted(problems, key=lambda p: (p.row or 0, p.message))
    return []


def read_table(name: str, path: Path | str | None = None,
               error: type[ValueError] = TableError) -> pd.DataFrame:
    """data/<name>.csv (or path) as strings, checked against its schema; `error` (TableError
    by default) names the file, the first bad row and what is wrong. A good file read before
    is not read again until it or schemas.toml changes on disk (a copy is returned)."""
    path = Path(path) if path is not None else data_dir() / f"{name}.csv"
    table, problems = _read_checked(name, file_version(str(path)), SCHEMAS.stat().st_mtime_ns)
    if problems:
        more = f" (and {len(problems) - 1} more; run `python -m helpers validate`)" \
            if len(problems) > 1 else ""
        raise error(f"{problems[0]}{more}")
    assert table is not None
    return table.copy()


@lru_cache(maxsize=32)
def _read_checked(name: str, version: tuple[str, int, int], _schemas_mtime_ns: int
                  ) -> tuple[pd.DataFrame | None, tuple[Problem, ...]]:
    """A table read and checked once per version of its file (path, size and modification
    time) and of schemas.toml: an edited file is read and checked again."""
    path = Path(version[0])
    table, problems = _read_csv(path, _required(name),
                                declarations()[name].get("may_be_empty", False))
    if table is not None:
        problems = check_table(name, table, path)
    return table, tuple(problems)


def _references(tables: dict[str, pd.DataFrame], folder: Path,
                seeds: Path | None) -> list[Problem]:
    """Values that must stand in another table, and excerpts that must stand in sentences."""
    from .sources import load_documents, sentences  # parsing the seeds is needed only here

    targets: dict[str, set[str]] = {}
    sentence_text: dict[str, str] = {}
    if any(spec.get("references", "").startswith(("documents.", "sentences."))
           or spec.get("verbatim_in")
           for decl in declarations().values() for spec in decl["columns"].values()):
        with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the parser's warnings are export's to give
            no_curated = Path(tmp) / "sources.csv"  # ids and sentences need no curated values
            no_curated.write_text("doc_id\n", encoding="utf-8")
            docs = load_documents(seeds, sources=no_curated)
        sents = sentences(docs)
        targets["documents.doc_id"] = set(docs["doc_id"])
        targets["sentences.sentence_id"] = set(sents["sentence_id"])
        sentence_text = dict(zip(sents["sentence_id"], sents["text"], strict=True))
    for name, table in tables.items():
        for column in table.columns:
            targets[f"{name}.{column}"] = set(table[column])
    problems = []
    for name, table in tables.items():
        path = str(folder / f"{name}.csv")
        for column, spec in declarations()[name]["columns"].items():
            if column not in table.columns:
                continue
            ref = spec.get("references")
            if ref and ref in targets:
                for i, value in enumerate(table[column]):
                    if value and value not in targets[ref]:
                        problems.append(Problem(path, i + 1, f"column {column!r}: {value!r} is "
                                                f"not in {ref}"))
            where = spec.get("verbatim_in")
            if where:
                for i, (value, sid) in enumerate(zip(table[column], table[where], strict=True)):
                    if sid in sentence_text and value not in sentence_text[sid]:
                        problems.append(Problem(path, i + 1, f"column {column!r}: not word for "
                                                f"word in sentence {sid}"))
    return problems


def validate(folder: Path | str | None = None, seeds: Path | str | None = None) -> list[Problem]:
    """Every declared table of folder (default data/) against its schema and the others."""
    folder = Path(folder) if folder is not None else data_dir()
    tables, problems = {}, []
    for name, decl in declarations().items():
        path = folder / f"{name}.csv"
        table, found = _read_csv(path, _required(name), decl.get("may_be_empty", False))
        problems += found
        if table is not None:
            found = check_table(name, table, path)
            problems += found
            tables[name] = table
    problems += _references(tables, folder, Path(seeds) if seeds else None)
    return problems
