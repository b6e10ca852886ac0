"""Load the articles in seeds/ into tidy tables: documents, paragraphs, sentences, removed lines.

Every row of every later table cites its evidence by the ids made here: a paragraph is
``<doc_id>:p<n>`` and a sentence ``<doc_id>:p<n>:s<m>``, counted from 1 in reading order.

Curated values in data/sources.csv (title, author, outlet, outlet type, date and its basis, URL,
language) override what the parser found; where the two disagree, ``load_corpus`` reports it
instead of hiding it. Each document says where its title, author and outlet come from
(``*_basis``: curated, parsed or unknown); a curated title or author needs a note saying how it
is known (``title_note``, ``author_note``).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd

from . import lexicon
from .cleaning import Article, clean
from .doc_ids import doc_ids
from .paths import data_dir, seeds_dir
from .pool import pool_map
from .reading import MAX_BYTES, SourceProblem, article_paths, read_source
from .segment import split_sentences
from .validation import read_table

DATE_BASES = ("stated", "cited", "inferred", "unknown")

DOCUMENT_COLUMNS = [
    "doc_id", "title", "title_basis", "outlet", "outlet_type", "outlet_basis", "author",
    "author_basis", "published", "published_earliest",
    "published_latest", "year", "date_text", "date_basis", "date_note", "url", "language", "text",
    "n_words", "n_paragraphs", "removed_lines", "duplicate_paragraphs", "boilerplate_share",
    "encoding", "file", "sha256",
]


class SourceWarning(UserWarning):
    """A problem with one input file; the message names the file."""


class SourceError(ValueError):
    """Raised instead of warnings when loading with strict=True."""


@dataclass
class Corpus:
    """Everything one load produced."""

    documents: pd.DataFrame
    removed: pd.DataFrame  # doc_id, line_no, rule, text
    problems: pd.DataFrame  # file, problem, action
    disagreements: pd.DataFrame  # doc_id, field, parsed, curated


# --- curated values -----------------------------------------------------------------------

PERIOD_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, or a range A/B of two of these"
_PERIOD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
SOURCE_COLUMNS = ("doc_id",)  # the other columns are optional; an empty cell means "not known"
# Fields of documents.csv a curated row may set, each with the column that says how it is known
# (date_note for published, notes for the URL: the columns the table has always had).
CURATED_FIELDS = {"title": "title_note", "author": "author_note", "outlet": "outlet_note",
                  "outlet_type": "outlet_note", "published": "date_note", "url": "notes",
                  "language": "language_note"}
NEEDS_NOTE = ("title", "author")  # values the page itself prints: overriding one needs a reason


def parse_period(value: str) -> tuple[dt.date | None, dt.date | None]:
    """'2013-11-25', '2017-11', '2018' or '2018-03-06/2018-12-31' as (earliest, latest).

    An empty value is (None, None); anything else raises ValueError naming the accepted forms.
    """
    value = str(value).strip()
    if not value or value.lower() == "nan":
        return None, None
    if "/" in value:
        ends = value.split("/")
        if len(ends) != 2 or not all(end.strip() for end in ends):
            raise ValueError(f"{value!r} is not a period: a range is two dates A/B"
                             f" (accepted: {PERIOD_FORMS})")
        (first, _), (_, last) = parse_period(ends[0]), parse_period(ends[1])
        if first is None or last is None:
            raise ValueError(f"{value!r} is not a period: both ends must be dates"
                             f" (accepted: {PERIOD_FORMS})")
        if first > last:
            raise ValueError(f"{value!r} is not a period: it ends before it starts"
                             f" (accepted: {PERIOD_FORMS})")
        return first, last
    m = _PERIOD.fullmatch(value)
    try:
        if m is None:
            raise ValueError("unknown form")
        year = int(m[1])
        month = int(m[2]) if m[2] else None
        day = int(m[3]) if m[3] else None
        if month is not None and day is not None:
            return dt.date(year, month, day), dt.date(year, month, day)
        if month is not None:
            first = dt.date(year, month, 1)  # checks the month before the next one is built
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date ({exc}; accepted: {PERIOD_FORMS})") from None


def load_sources(path: Path | str | None = None) -> pd.DataFrame:
    """The curated source table (data/sources.csv), one row per doc_id; empty if there is none.

    Its columns as in the file, plus ``line`` (the row's line in the file, for messages).

    Raises SourceError naming the file when a required column is missing, a doc_id is empty or
    repeated, or a published value is not a date or period (see parse_period).
    """
    path = Path(path) if path else data_dir() / "sources.csv"
    if not path.exists():
        return pd.DataFrame(columns=["doc_id"])
    table = read_table("sources", path, SourceError)
    missing = [c for c in SOURCE_COLUMNS if c not in table.columns]
    if missing:
        raise SourceError(f"{path}: missing column(s) {', '.join(missing)}"
                          f" (found: {', '.join(map(str, table.columns))})")
    ids = table["doc_id"].str.strip()
    if (ids == "").any():
        rows = [str(i + 2) for i in table.index[ids == ""]]  # +2: header line, 1-based lines
        raise SourceError(f"{path}: empty doc_id on line(s) {', '.join(rows)}")
    repeated = sorted(set(ids[ids.duplicated()]))
    if repeated:
        raise SourceError(f"{path}: doc_id repeated: {', '.join(repeated)} (one row per article)")
    table["doc_id"] = ids
    table["line"] = table.index + 2  # the row's line in the file, for messages
    if "published" in table.columns:
        for doc_id, value in zip(table["doc_id"], table["published"], strict=True):
            try:
                parse_period(value)
            except ValueError as exc:
                raise SourceError(f"{path}: doc_id {doc_id}: published {exc}") from None
    return table.set_index("doc_id", drop=False)


def curation_problems(table: pd.DataFrame) -> list[str]:
    """One message per curated title or author without its note (line and doc_id named)."""
    messages = []
    for field in NEEDS_NOTE:
        note = CURATED_FIELDS[field]
        if field not in table.columns:
            continue
        for row in table.itertuples(index=False):
            value, reason = getattr(row, field), getattr(row, note, "")
            if str(value).strip() and not str(reason).strip():
                messages.append(f"line {row.line} (doc_id {row.doc_id}): curated {field}"
                                f" {str(value)!r} has no {note} saying how it is known")
    return messages


def _unmatched_rows(table: pd.DataFrame, stems: set[str], folder: Path) -> list[str]:
    """One message per curated row whose doc_id has no file in folder."""
    return [f"line {row.line}: doc_id {row.doc_id} has no file {row.doc_id}.txt in"
            f" {folder}; the row is not used"
            for row in table.itertuples(index=False) if row.doc_id not in stems]


def _basis(curated: str, parsed: str | None) -> str:
    """Where a value comes from: curated, parsed or unknown (the *_basis columns)."""
    return "curated" if curated else "parsed" if parsed else "unknown"


# --- one file -----------------------------------------------------------------------------

def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/").lower() == b.rstrip("/").lower()


def _parsed_outlet(art: Article) -> str | None:
    """The outlet the page itself names (a dateline or wire credit), where the parser finds one
    (Article.outlet_parsed; a parser without that field finds none)."""
    return getattr(art, "outlet_parsed", None) or None


def _document_row(path: Path, doc_id: str, digest: str, encoding: str, art: Article,
                  curated: dict[str, str], disagree: list[dict]) -> dict:
    """One documents row: parsed fields, then curated values where the table gives them."""
    date = art.date.date if art.date else None
    earliest = latest = None
    if art.date_basis == "stated":
        earliest = latest = date
    elif art.date_basis == "cited":
        earliest = date  # an article is not older than the sources it cites
    basis, url = art.date_basis, art.url

    if curated.get("published"):
        c_first, c_last = parse_period(curated["published"])
        assert c_first is not None and c_last is not None  # a non-empty period has both ends
        c_basis = curated.get("date_basis") or "inferred"
        outside = date is not None and (
            (art.date_basis == "stated" and not (c_first <= date <= c_last))
            or (art.date_basis == "cited" and c_last < date))
        if outside or (art.date_basis == "stated" and c_basis != "stated"):
            disagree.append({"doc_id": doc_id, "field": "published",
                             "parsed": f"{date} ({art.date_basis})",
                             "curated": f"{curated['published']} ({c_basis})"})
        earliest, latest, basis = c_first, c_last, c_basis
    note = curated.get("date_note", "")
    if curated.get("url"):
        if art.url and not _same_url(art.url, curated["url"]):
            disagree.append({"doc_id": doc_id, "field": "url", "parsed": art.url,
                             "curated": curated["url"]})
        url = curated["url"]

    texts = {}
    for field, parsed in (("title", art.title), ("author", art.author),
                          ("outlet", _parsed_outlet(art)), ("language", art.language)):
        value = str(curated.get(field) or "").strip()
        if field in NEEDS_NOTE and value and parsed and value != parsed:
            disagree.append({"doc_id": doc_id, "field": field, "parsed": parsed,
                             "curated": value})
        texts[field] = value or parsed or None
        texts[f"{field}_basis"] = _basis(value, parsed)

    published = earliest if earliest is not None and earliest == latest else None
    same_year = earliest is not None and latest is not None and earliest.year == latest.year
    body = "\n\n".join(art.paragraphs)
    # clean() leaves every paragraph single-spaced, without spaces at its ends, so its words
    # are its spaces plus one: the same count as splitting the body, without building the list
    n_words = body.count(" ") + len(art.paragraphs)
    return {
        "doc_id": doc_id,
        "title": texts["title"],
        "title_basis": texts["title_basis"],
        "outlet": texts["outlet"],
        "outlet_type": curated.get("outlet_type") or None,
        "outlet_basis": texts["outlet_basis"],
        "author": texts["author"],
        "author_basis": texts["author_basis"],
        "published": published,
        "published_earliest": earliest,
        "published_latest": latest,
        "year": earliest.year if same_year and earliest is not None else None,
        "date_text": art.date.text if art.date else None,
        "date_basis": basis if basis in DATE_BASES else "unknown",
        "date_note": note or None,
        "url": url,
        "language": texts["language"] or "und",
        "text": body,
        "n_words": n_words,
        "n_paragraphs": len(art.paragraphs),
        "removed_lines": len(art.removed),
        "duplicate_paragraphs": art.duplicate_paragraphs,
        "boilerplate_share": art.boilerplate_share,
        "encoding": encoding,
        "file": path.name,
        "sha256": digest,
    }


# --- the corpus ---------------------------------------------------------------------------

def _as_dates(frame: pd.DataFrame) -> pd.DataFrame:
    for col in ("published", "published_earliest", "published_latest"):
        frame[col] = pd.to_datetime(frame[col])
    frame["year"] = frame["year"].astype("Int64")
    return frame


def _read_clean(path: Path, max_bytes: int) -> str | tuple[list[str], str, str, Article]:
    """One file read and cleaned: (notes, sha256, encoding, article), or the problem that
    keeps it from being read."""
    try:
        decoded = read_source(path, max_bytes)
    except SourceProblem as exc:
        return str(exc)
    with lexicon.pinned():
        return list(decoded.notes), decoded.sha256, decoded.encoding, clean(decoded.text)


def load_corpus(folder: Path | str | None = None, sources: Path | str | None = None,
                strict: bool = False, max_bytes: int = MAX_BYTES,
                check_rows: bool | None = None, jobs: int = 1) -> Corpus:
    """Parse every *.txt article in folder (default: seeds/) into a Corpus.

    A file that cannot be used, or that needed repair, gives a SourceWarning naming the file;
    the other files still load. With strict=True all problems are raised together as SourceError.
    A curated row whose doc_id has no file in folder is a warning naming the row when
    check_rows is true (default: when folder is the repository's seeds/, which the curated
    table describes; a folder of other articles is not expected to match it). With jobs > 1
    the files are read and cleaned in a pool of processes (the same Corpus as with one).
    """
    folder = Path(folder) if folder else seeds_dir()
    if not folder.is_dir():
        raise SourceError(f"{folder}: no such folder of articles")
    source_path = Path(sources) if sources else data_dir() / "sources.csv"
    curated = load_sources(source_path)
    curated_ids = set(curated.index)  # a set: asking a pandas index costs more than a parse
    rows: list[dict] = []
    removed: list[tuple] = []
    problems: list[dict] = []
    disagree: list[dict] = []
    paths, skipped = article_paths(folder)
    problems += [{"file": name, "problem": why, "action": "skipped"} for name, why in skipped]
    ids, clashes = doc_ids(paths)
    problems += [{"file": name, "problem": why, "action": "loaded"} for name, why in clashes]
    if "line" in curated.columns:
        row_notes = curation_problems(curated)
        if check_rows if check_rows is not None else folder.resolve() == seeds_dir().resolve():
            stems = set(ids.values()) | {Path(name).stem for name, _ in skipped}
            row_notes += _unmatched_rows(curated, stems, folder)
        problems.extend({"file": source_path.name, "problem": note, "action": "row not used"
                         if "not used" in note else "loaded"} for note in row_notes)
    with lexicon.pinned():  # one version of each word list for the whole corpus, looked up
        # once rather than once per file (an edit made during the load counts at the next one)
        readings = pool_map(partial(_read_clean, max_bytes=max_bytes), paths, jobs)
    for path, reading in zip(paths, readings, strict=True):
        if isinstance(reading, str):
            problems.append({"file": path.name, "problem": reading, "action": "skipped"})
            continue
        notes, digest, encoding, art = reading
        for note in notes:
            problems.append({"file": path.name, "problem": note, "action": "loaded"})
        doc_id = ids[path]
        info = curated.loc[doc_id].to_dict() if doc_id in curated_ids else {}
        if art.title is None and not str(info.get("title") or "").strip():
            problems.append({"file": path.name, "problem": "no recognisable title (the first text"
                             " line reads as body text)", "action": "loaded without a title"})
        if not art.paragraphs:
            problems.append({"file": path.name, "problem": "no article text left after cleaning",
                             "action": "skipped"})
            continue
        rows.append(_document_row(path, doc_id, digest, encoding, art, info, disagree))
        removed.extend((doc_id, r.line_no, r.rule, r.text) for r in art.removed)

    problem_table = pd.DataFrame(problems, columns=["file", "problem", "action"])
    if strict and problems:
        raise SourceError("; ".join(f"{p['file']}: {p['problem']}" for p in problems))
    for p in problems:
        warnings.warn(f"{p['file']}: {p['problem']} ({p['action']})", SourceWarning, stacklevel=2)
    disagreements = pd.DataFrame(disagree, columns=["doc_id", "field", "parsed", "curated"])
    for d in disagree:
        warnings.warn(f"{d['doc_id']}: curated {d['field']} {d['curated']} disagrees with the"
                      f" parsed {d['parsed']}; the curated value is used", SourceWarning,
                      stacklevel=2)
    documents = _as_dates(pd.DataFrame(rows, columns=DOCUMENT_COLUMNS))
    return Corpus(documents=documents,
                  removed=pd.DataFrame(removed, columns=["doc_id", "line_no", "rule", "text"]),
                  problems=problem_table, disagreements=disagreements)


def load_documents(folder: Path | str | None = None, sources: Path | str | None = None,
                   strict: bool = False) -> pd.DataFrame:
    """One row per article file: the columns of DOCUMENT_COLUMNS (see the README's dictionary)."""
    return load_corpus(folder, sources, strict).documents


def removed_lines(folder: Path | str | None = None) -> pd.DataFrame:
    """Every line taken out of a body: doc_id, line_no (1-based, in the file), rule, text."""
    return load_corpus(folder).removed


def paragraphs(docs: pd.DataFrame) -> pd.DataFrame:
    """One row per body paragraph: paragraph_id, doc_id, paragraph_n, text, n_words, is_heading."""
    rows = []
    for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True):
        for n, para in enumerate(text.split("\n\n"), start=1):
            n_words = len(para.split())
            rows.append((f"{doc_id}:p{n}", doc_id, n, para, n_words,
                         n_words <= 10 and para[-1] not in ".!?:\"”’"))
    return pd.DataFrame(rows, columns=["paragraph_id", "doc_id", "paragraph_n", "text", "n_words",
                                       "is_heading"])


SENTENCE_COLUMNS = ["sentence_id", "paragraph_id", "doc_id", "paragraph_n", "sentence_n", "text",
                    "n_words"]


def document_sentences(doc_id: str, text: str) -> list[tuple]:
    """The sentences of one document's clean text, as tuples in the order of SENTENCE_COLUMNS
    (the rows of sentences() for that document)."""
    rows = []
    for n, para in enumerate(text.split("\n\n"), start=1):
        paragraph_id = f"{doc_id}:p{n}"
        for m, sent in enumerate(split_sentences(para), start=1):
            rows.append((f"{paragraph_id}:s{m}", paragraph_id, doc_id, n, m, sent,
                         len(sent.split())))
    return rows


def sentences(docs: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: sentence_id, paragraph_id, doc_id, paragraph_n, sentence_n, text,
    n_words (SENTENCE_COLUMNS)."""
    rows = [row for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True)
            for row in document_sentences(doc_id, text)]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
