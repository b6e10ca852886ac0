"""Score the parser on the real pages in tests/realpages/ against expectations written by hand.

Run: ``.venv/bin/python tests/realpages/score.py [--part dev|holdout|all]``

The parser is run exactly as a user would run it (``helpers.load_corpus`` on a temporary folder
holding copies of the pages, with an empty curated-sources table, then
``helpers.extract_estimates``); the scoring itself only reads the tables it returns, so
``score_pages`` can be tested on hand-made tables (see tests/test_realpages.py). The format of
the expectations is described in tests/realpages/README.md.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
PARTS = ("dev", "holdout")

PAGE_COLUMNS = [
    "part", "page", "site", "title_expected", "title_parsed", "title_ok", "author_expected",
    "author_parsed", "date_expected", "date_parsed", "date_basis", "date_found", "date_wrong",
    "n_figures", "n_parsed", "n_matched", "n_not_people", "n_speaker_right",
    "n_body_sentences", "n_sentences_lost", "n_furniture", "n_furniture_removed",
    "lost", "furniture_kept", "missed", "extra",
]

_WORDS = re.compile(r"\w+")
_STOP = frozenset("the a an of its his her their and".split())


# --- expectations ---------------------------------------------------------------------------

def load_expected(part: str, root: Path = HERE) -> dict[str, dict]:
    """The expectations of one part: page name (file stem) -> its entry in expected.json."""
    return json.loads((root / part / "expected.json").read_text(encoding="utf-8"))


def line_numbers(spec: list) -> dict[int, tuple[str | None, str | None]]:
    """Body or header lines from their spec: 1-based line numbers, "a-b" ranges, or
    {"line": n, "from": "text", "to": "text"} for a line whose article text starts at "from"
    and ends with "to" (the rest of the line is a dateline, a stamp or a credit; either key may
    be left out). Returns line number -> (from, to), None for a whole line."""
    lines: dict[int, tuple[str | None, str | None]] = {}
    for item in spec:
        if isinstance(item, dict):
            lines[int(item["line"])] = (item.get("from"), item.get("to"))
        elif isinstance(item, str) and "-" in item:
            first, last = (int(x) for x in item.split("-"))
            lines.update({n: (None, None) for n in range(first, last + 1)})
        else:
            lines[int(item)] = (None, None)
    return lines


# --- small comparisons ----------------------------------------------------------------------

def words(text: str) -> str:
    """Text reduced to its lower-case words, one space apart: what survives any re-spacing,
    quote change or markdown unmarking that a cleaner may do."""
    return " ".join(_WORDS.findall(str(text).casefold().replace("_", " ")))


def same_title(expected: str, parsed: object) -> bool:
    """A title is right when its words are the printed headline's (empty: none printed)."""
    parsed_text = "" if parsed is None or (isinstance(parsed, float) and math.isnan(parsed)) \
        else str(parsed)
    return words(expected) == words(parsed_text)


def same_speaker(expected: str | list[str], parsed: object) -> bool:
    """Speakers agree when both are empty, or the words of one (less "the", "of", ...) run
    inside the other: "Mektic" matches "Security Minister Dragan Mektic". `expected` may list
    several names of the same speaker ("a judicial spokesman", "Abdul Sattar al-Biraqdar")."""
    if isinstance(expected, list):
        return any(same_speaker(name, parsed) for name in expected) if expected else \
            same_speaker("", parsed)
    a = [w for w in words(expected).split() if w not in _STOP]
    b = [w for w in words("" if parsed is None else parsed).split() if w not in _STOP]
    if not a or not b:
        return not a and not b
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _value_matches(want: dict, row: dict) -> bool:
    if "high" in want:  # a range: its two ends, or its midpoint as the parser's value
        mid = (want["value"] + want["high"]) / 2
        ends = math.isclose(row["low"], want["value"]) and math.isclose(row["high"], want["high"])
        return ends or math.isclose(row["value"], mid)
    return math.isclose(row["value"], want["value"])


# --- one page -------------------------------------------------------------------------------

def _sentence_texts(docs: pd.DataFrame, doc_id: str) -> dict[str, str]:
    from helpers import sentences
    table = sentences(docs[docs["doc_id"] == doc_id])
    texts = dict(zip(table["sentence_id"], table["text"], strict=True))
    title = docs.loc[docs["doc_id"] == doc_id, "title"]
    texts[f"{doc_id}:title"] = str(title.iloc[0] or "") if len(title) else ""
    return texts


def score_page(name: str, want: dict, page_text: str, docs: pd.DataFrame,
               removed: pd.DataFrame, estimates: pd.DataFrame) -> dict:
    """One row of PAGE_COLUMNS for one page: what the parser got right and wrong on it."""
    from helpers.segment import split_sentences
    doc = docs[docs["doc_id"] == name]
    parsed = doc.iloc[0].to_dict() if len(doc) else {}
    lines = page_text.split("\n")

    # header: title, author, printed date
    title = parsed.get("title")
    date_parsed = None
    if parsed.get("date_basis") == "stated" and pd.notna(parsed.get("published")):
        date_parsed = pd.Timestamp(parsed["published"]).date().isoformat()
    date_expected = want.get("published")
    date_found = (date_parsed == date_expected) if date_expected else None
    date_wrong = date_parsed is not None and date_parsed != date_expected

    # body: every article sentence kept, furniture lines removed
    body_words = f" {words(parsed.get('text') or '')} "
    gone = set(removed.loc[removed["doc_id"] == name, "line_no"])
    body = line_numbers(want.get("body", []))
    header = line_numbers(want.get("header", []))
    lost, n_sentences = [], 0
    for n, (start, end) in body.items():
        text = lines[n - 1]
        if start:
            text = text[text.index(start):]
        if end:
            text = text[: text.index(end) + len(end)]
        for sentence in split_sentences(text.strip()):
            if not words(sentence):
                continue
            n_sentences += 1
            if f" {words(sentence)} " not in body_words:
                lost.append(sentence)
    kept_furniture, n_furniture = [], 0
    for n, line in enumerate(lines, start=1):
        if n in body or n in header or not words(line):
            continue
        n_furniture += 1
        # kept: no rule took the line out, and its words are still in the body
        if n not in gone and f" {words(line)} " in body_words:
            kept_furniture.append(line.strip())

    # figures: matched by value and sentence, then their speakers
    texts = _sentence_texts(docs, name) if len(doc) else {}
    rows = estimates[(estimates["doc_id"] == name)
                     & (estimates["qualifier"] != "share of an earlier figure")]
    rows = rows.to_dict("records")
    wanted = want.get("figures", [])
    used: set[int] = set()
    matched, speaker_right, missed = 0, 0, []
    for fig in wanted:
        key = words(fig["sentence"])
        hit = next((i for i, r in enumerate(rows) if i not in used and _value_matches(fig, r)
                    and key in words(texts.get(r["sentence_id"], ""))), None)
        if hit is None:
            missed.append(f"{fig['value']:g} {fig.get('population', '')}".strip())
            continue
        used.add(hit)
        matched += 1
        speaker_right += same_speaker(fig.get("speaker", ""), rows[hit]["speaker"])
    for fig in want.get("ambiguous", []):  # neither required nor wrong: set aside
        key = words(fig["sentence"])
        used.update(i for i, r in enumerate(rows) if i not in used and _value_matches(fig, r)
                    and key in words(texts.get(r["sentence_id"], "")))
    n_parsed = len(rows) - (len(used) - matched)
    extra = [r for i, r in enumerate(rows) if i not in used]
    not_people = {float(v) for v in want.get("not_people", [])}
    n_not_people = sum(1 for r in extra if float(r["value"]) in not_people)

    return {
        "part": want.get("part", ""), "page": name, "site": want.get("site", ""),
        "title_expected": want.get("title", ""), "title_parsed": title,
        "title_ok": same_title(want.get("title", ""), title),
        "author_expected": "; ".join(want.get("authors", [])),
        "author_parsed": parsed.get("author"),
        "date_expected": date_expected, "date_parsed": date_parsed,
        "date_basis": parsed.get("date_basis"), "date_found": date_found,
        "date_wrong": date_wrong,
        "n_figures": len(wanted), "n_parsed": n_parsed, "n_matched": matched,
        "n_not_people": n_not_people, "n_speaker_right": speaker_right,
        "n_body_sentences": n_sentences, "n_sentences_lost": len(lost),
        "n_furniture": n_furniture, "n_furniture_removed": n_furniture - len(kept_furniture),
        "lost": lost, "furniture_kept": kept_furniture, "missed": missed,
        "extra": [f"{r['value']:g} {r['population']}" for r in extra],
    }


# --- all pages ------------------------------------------------------------------------------

def score_pages(expected: dict[str, dict], pages: dict[str, str], docs: pd.DataFrame,
                removed: pd.DataFrame, estimates: pd.DataFrame) -> pd.DataFrame:
    """One row per page (PAGE_COLUMNS), from the parser's documents, removed-lines and
    estimates tables (the columns of helpers.Corpus and helpers.extract_estimates).

    Columns: part, page, site; title_expected/_parsed/_ok; author_expected/_parsed;
    date_expected/_parsed (ISO strings, None if none), date_basis, date_found (None where no
    date is printed), date_wrong; n_figures (expected), n_parsed (parser rows, less those set
    aside), n_matched, n_not_people, n_speaker_right; n_body_sentences, n_sentences_lost;
    n_furniture, n_furniture_removed; and, to read: lost (sentences), furniture_kept (lines),
    missed (expected figures not found), extra (parser rows that match nothing).
    """
    rows = [score_page(name, want, pages[name], docs, removed, estimates)
            for name, want in sorted(expected.items())]
    return pd.DataFrame(rows, columns=PAGE_COLUMNS)


def _share(num: float, den: float) -> float:
    return round(num / den, 3) if den else float("nan")


def summarise(table: pd.DataFrame) -> dict:
    """The issue's measures over the pages of a table from score_pages."""
    printed = table[table["date_expected"].notna()]
    return {
        "pages": len(table),
        "sites": table["site"].nunique(),
        "titles_right": _share(table["title_ok"].sum(), len(table)),
        "dates_printed": len(printed),
        "dates_found": _share(printed["date_found"].astype(bool).sum(), len(printed)),
        "dates_wrong": int(table["date_wrong"].sum()),
        "figures": int(table["n_figures"].sum()),
        "figure_recall": _share(table["n_matched"].sum(), table["n_figures"].sum()),
        "figure_precision": _share(table["n_matched"].sum(), table["n_parsed"].sum()),
        "not_people_reported": int(table["n_not_people"].sum()),
        "speaker_accuracy": _share(table["n_speaker_right"].sum(), table["n_matched"].sum()),
        "body_sentences": int(table["n_body_sentences"].sum()),
        "sentences_lost": int(table["n_sentences_lost"].sum()),
        "furniture_lines": int(table["n_furniture"].sum()),
        "furniture_removed": _share(table["n_furniture_removed"].sum(),
                                    table["n_furniture"].sum()),
    }


def run_parser(pages: dict[str, Path]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The parser's documents, removed-lines and estimates tables for these pages (name ->
    file), parsed from a temporary folder of byte-for-byte copies with an empty curated-sources
    table."""
    from helpers import extract_estimates, load_corpus
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for name, path in pages.items():
            shutil.copyfile(path, folder / f"{name}.txt")
        sources = Path(tmp) / "sources.csv"
        sources.write_text("doc_id,outlet,outlet_type,published,date_basis,date_note,url,notes\n",
                           encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = load_corpus(folder, sources)
            estimates = extract_estimates(corpus.documents)
    return corpus.documents, corpus.removed, estimates


def score(part: str = "dev", root: Path = HERE) -> tuple[pd.DataFrame, dict]:
    """Parse the pages of one part ("dev", "holdout" or "all") and score them."""
    expected, files = {}, {}
    for p in PARTS if part == "all" else (part,):
        for name, want in load_expected(p, root).items():
            expected[name] = {**want, "part": p}
            files[name] = root / p / f"{name}.txt"
    missing = [str(f) for f in files.values() if not f.exists()]
    if missing:
        raise FileNotFoundError(f"expectations for pages that are not there: {missing}")
    docs, removed, estimates = run_parser(files)
    pages = {name: f.read_bytes().decode("utf-8") for name, f in files.items()}
    table = score_pages(expected, pages, docs, removed, estimates)
    return table, summarise(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=(*PARTS, "all"), default="dev")
    parser.add_argument("--details", action="store_true",
                        help="also list, per page, lost sentences, kept furniture and figures")
    args = parser.parse_args(argv)
    table, summary = score(args.part)
    width = max(map(len, summary))
    for key, value in summary.items():
        print(f"{key:<{width}}  {value}")
    if args.details:
        for row in table.itertuples(index=False):
            got = row.date_parsed if isinstance(row.date_parsed, str) else "none"
            want = row.date_expected if isinstance(row.date_expected, str) else "none"
            print(f"\n== {row.part}/{row.page}: title {'ok' if row.title_ok else 'WRONG'}"
                  f" ({row.title_parsed!r}); date {got} (want {want})")
            for label, items in (("lost", row.lost), ("furniture kept", row.furniture_kept),
                                 ("figures missed", row.missed), ("figures extra", row.extra)):
                for item in items:
                    print(f"   {label}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
