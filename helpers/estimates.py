"""Numeric claims about people in news English: which number, how sure, who said it, via whom.

`extract_estimates(docs)` reads every sentence (and each headline) and returns one row per
number that counts people. The rules are written for news English in general, never for one
article: see data/codebook.md for the qualifiers and for the bounds rule that `bounds` applies.
Numbers are read in helpers.numbers and helpers.quantities, speakers in helpers.attribution;
their public names are re-exported here.
"""

from __future__ import annotations

import re

import pandas as pd

from .actors import canonical_speaker
from .attribution import Attribution, attribute
from .clause_speakers import clause_speakers, speaker_at
from .figure_grammar import figure_grammar
from .headline_speakers import attribute_headline
from .numbers import ABOUT_MARGIN, QUALIFIERS, bounds, parse_number
from .partitives import partitive_counts
from .quantities import figures_and_scope, figures_in
from .scripts import WORD_CHARS
from .sources import document_sentences
from .speakers import Said, attributions, quote_runs

__all__ = ["ABOUT_MARGIN", "ESTIMATE_COLUMNS", "QUALIFIERS", "Attribution", "attribute",
           "bounds", "extract_estimates", "figures_in", "parse_number", "quote_runs"]

ESTIMATE_COLUMNS = ["doc_id", "sentence_id", "value", "low", "high", "qualifier", "population",
                    "speaker", "via", "excerpt"]
_WORD = re.compile(WORD_CHARS)  # a word with the combining marks inside it


def outlet_name(outlet: object) -> str:
    """An article's outlet as a canonical name, or empty when it is not known (never 'nan')."""
    return canonical_speaker(outlet) if isinstance(outlet, str) and outlet.strip() else ""


def _words(text: str) -> str:
    """A line reduced to its lower-case words, to see it again under other spacing."""
    return " ".join(_WORD.findall(text.lower()))


def _printed_before(line: str, printed: list[str]) -> bool:
    """Whether the words of `line` were all printed, in order, in an earlier line with figures
    (or the headline): the same figures told twice are reported once."""
    return any(line and f" {line} " in f" {earlier} " for earlier in printed)


def document_estimates(doc_id: str, title: str, via: str, ids: list[str], texts: list[str],
                       paras: list[int], said: list[Said], letters: list[set[str]] | None = None
                       ) -> list[dict]:
    """The rows of extract_estimates for one document: its headline `title`, the outlet `via`
    (outlet_name), and its sentences' ids, texts and paragraph numbers in reading order with
    who speaks in each (helpers.speakers.attributions); `letters`: each sentence's
    helpers.numbers.words_of, when the caller has read them."""
    rows: list[dict] = []
    for figure in figures_in(title, []):
        rows.append({"doc_id": doc_id, "sentence_id": f"{doc_id}:title",
                     "speaker": attribute_headline(title), "via": via, **figure})
    in_paragraph: list[dict] = []  # figures a share may refer to ("half of them")
    carried: dict | None = None  # the last figure of the paragraph before, for an elided count
    printed = [_words(title)]  # lines with figures so far: a line printed again adds none
    grammar = figure_grammar()
    for i, (sid, text, who) in enumerate(zip(ids, texts, said, strict=True)):
        first = i and paras[i] != paras[i - 1]  # a paragraph's first sentence
        if first:
            carried = next((r for r in reversed(in_paragraph)
                            if r["qualifier"] != "share of an earlier figure"), carried)
            in_paragraph = []
        found, things_last = figures_and_scope(text, in_paragraph, grammar,
                                               carried if first else None,
                                               letters[i] if letters is not None else None)
        found = partitive_counts(text, found) + found  # ('32’si Almanya, ... 282 savaşçı')
        in_paragraph = [] if things_last else in_paragraph + found
        if found and _printed_before(_words(text), printed):
            continue  # the headline again at the top of the body, a breadcrumb
        printed.extend([_words(text)] if found else [])
        clauses = clause_speakers(text) if found else []  # "X said 10, but Y put it at 5"
        after = 0
        for figure in found:
            in_clause, after = speaker_at(clauses, text, figure.get("excerpt", ""), after) \
                if clauses else (None, after)
            by = in_clause or who.figures
            rows.append({"doc_id": doc_id, "sentence_id": sid,
                         "speaker": by.speaker, "via": by.via, **figure})
    return rows


def extract_estimates(docs: pd.DataFrame) -> pd.DataFrame:
    """Numbers of people in every headline and sentence, one row per figure.

    Columns (ESTIMATE_COLUMNS): doc_id; sentence_id (`<doc_id>:title` for a headline); value;
    low and high (bounds rule; NaN = open); qualifier (about | more than | at least | up to |
    exact | share of an earlier figure | range); population (the counted group as written);
    speaker (canonical name from actors.csv, or as written, or empty); via (outlet or body that
    carried the figure, or empty); excerpt (verbatim). Sorted by document and reading order.
    """
    outlets = docs["outlet"] if "outlet" in docs.columns else [None] * len(docs)
    rows: list[dict] = []
    for doc_id, title, outlet, text in zip(docs["doc_id"], docs["title"], outlets, docs["text"],
                                           strict=True):
        sents = document_sentences(doc_id, text)
        ids, paras, texts = ([row[k] for row in sents] for k in (0, 3, 5))
        rows += document_estimates(doc_id, str(title or ""), outlet_name(outlet), ids, texts,
                                   paras, attributions(texts, paras))
    return pd.DataFrame(rows, columns=ESTIMATE_COLUMNS)
