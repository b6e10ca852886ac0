"""Tables of the text measures of sourcing: per sentence, per document, and the errors a
document makes against itself or the scrape added to it.

The rules themselves, one sentence at a time, are in helpers.reliability.text_rules; the
tables of an export are read from its helpers.passes.CorpusPass, so every sentence is measured
once. Rules in plain words: data/codebook.md, "Measures".
"""

from __future__ import annotations

import pandas as pd

from ..claims import load_claims
from ..passes import CONFLICT_COLUMNS, CorpusPass, corpus_pass
from ..sources import Corpus
from .text_rules import MEASURE_COLUMNS, document_conflicts, measure_sentences

NOT_KNOWN = "not known"


# --- per sentence and per document --------------------------------------------------------

def sentence_measures(sents: pd.DataFrame) -> pd.DataFrame:
    """Text measures of every sentence of helpers.sentences.

    Columns: sentence_id, doc_id, n_words, named_attribution, anonymous_attribution,
    quotation, hedges (count), hedge_terms (";"-joined), writer_hedges, source_hedges (counts
    by voice, see hedges_by_voice), relays_estimates, one_of_several_estimates.
    """
    table = pd.DataFrame(measure_sentences(sents["text"].tolist()), columns=MEASURE_COLUMNS)
    for n, column in enumerate(("sentence_id", "doc_id", "n_words")):
        table.insert(n, column, sents[column].to_numpy())
    return table


def direction_conflicts(sents: pd.DataFrame) -> pd.DataFrame:
    """Sentences saying people went 'from A to B' while another sentence of the same document
    says they returned 'from B': the direction of travel is reversed in one of them.

    Columns: doc_id, sentence_id, kind, excerpt, explanation.
    """
    by_doc: dict[str, tuple[list[str], list[str]]] = {}
    for doc_id, sentence_id, text in zip(sents["doc_id"], sents["sentence_id"], sents["text"],
                                         strict=True):
        ids, texts = by_doc.setdefault(doc_id, ([], []))
        ids.append(sentence_id)
        texts.append(text)
    rows = [row for doc_id, (ids, texts) in by_doc.items()
            for row in document_conflicts(doc_id, ids, texts)]
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


def internal_errors(corpus: Corpus | CorpusPass) -> pd.DataFrame:
    """Errors a document makes against itself: a sentence that contradicts another sentence of
    the same document (today: a reversed direction of travel).

    A paragraph the scraper saved twice is not such an error (see scraping_artefacts).
    Columns: doc_id, sentence_id, kind, excerpt, explanation.
    """
    table = corpus_pass(corpus).conflicts
    return table.sort_values(["doc_id", "sentence_id"]).reset_index(drop=True)


def scraping_artefacts(corpus: Corpus | CorpusPass) -> pd.DataFrame:
    """What the scrape added to a page, not the document: paragraphs saved twice.

    Columns: doc_id, kind, n, explanation.
    """
    docs = corpus.documents
    dupes = docs[docs["duplicate_paragraphs"] > 0]
    return pd.DataFrame({
        "doc_id": dupes["doc_id"], "kind": "duplicate_paragraphs",
        "n": dupes["duplicate_paragraphs"].astype(int),
        "explanation": [f"the saved page repeats {n} paragraph(s); the cleaner dropped the "
                        f"repeats" for n in dupes["duplicate_paragraphs"]]},
        columns=["doc_id", "kind", "n", "explanation"]).reset_index(drop=True)


def _url_printed(corpus: Corpus) -> set[str]:
    removed = corpus.removed
    return set(removed.loc[removed["rule"].str.startswith("source_url"), "doc_id"])


def document_measures(corpus: Corpus | CorpusPass,
                      claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per document with the measures of the codebook.

    Columns: doc_id, outlet, n_words, n_sentences, named_attributions, anonymous_attributions,
    quotation_sentences, hedges, writer_hedges, source_hedges, hedges_per_1000_words,
    writer_hedges_per_1000_words, source_hedges_per_1000_words, date_stated, byline,
    url_in_text, boilerplate_share, duplicate_paragraphs (a scraping artefact),
    direction_conflicts, internal_errors (errors the document makes against itself),
    max_relay_depth (from the ledger; <NA> when it has no claim of the document).
    """
    shared = corpus_pass(corpus)
    claims = load_claims() if claims is None else claims
    docs = shared.documents.set_index("doc_id")
    per = shared.sentence_measures.groupby("doc_id")
    errors = shared.conflicts.groupby("doc_id").size()
    depth = claims.groupby("doc_id")["relay_depth"].max()
    urls = _url_printed(shared.corpus)

    def total(column: str) -> object:
        return per[column].sum().reindex(docs.index, fill_value=0).to_numpy()

    table = pd.DataFrame({
        "doc_id": docs.index,
        "outlet": docs["outlet"].fillna(NOT_KNOWN).to_numpy(),
        "n_words": docs["n_words"].to_numpy(),
        "n_sentences": per.size().reindex(docs.index, fill_value=0).to_numpy(),
        "named_attributions": total("named_attribution"),
        "anonymous_attributions": total("anonymous_attribution"),
        "quotation_sentences": total("quotation"),
        "hedges": total("hedges"),
        "writer_hedges": total("writer_hedges"),
        "source_hedges": total("source_hedges"),
    })
    for column in ("hedges", "writer_hedges", "source_hedges"):
        table[f"{column}_per_1000_words"] = (1000 * table[column] / table["n_words"]).round(1)
    table["date_stated"] = (docs["date_basis"] == "stated").to_numpy()
    table["byline"] = docs["author"].notna().to_numpy()
    table["url_in_text"] = table["doc_id"].isin(urls)
    table["boilerplate_share"] = docs["boilerplate_share"].to_numpy()
    table["duplicate_paragraphs"] = docs["duplicate_paragraphs"].to_numpy()
    table["direction_conflicts"] = errors.reindex(docs.index, fill_value=0).to_numpy()
    table["internal_errors"] = table["direction_conflicts"]
    table["max_relay_depth"] = depth.reindex(docs.index).astype("Int64").to_numpy()
    return table.sort_values("doc_id").reset_index(drop=True)
