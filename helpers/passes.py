"""One pass per document, and the shared results of one export.

`document_pass` reads one article once: its sentences are split once, each sentence is
attributed once (helpers.speakers.attributions), and both extractors, the sentence measures and
the direction-of-travel check read those results. `CorpusPass` holds the passes of every
article of a Corpus and builds each derived table from them on first use, remembered on the
object only (a new Corpus gets a new CorpusPass, so nothing goes stale). With jobs > 1 the
passes run in a pool of processes, one document at a time, in the order of the documents, so
the tables are the same as in one process. The word lists and data/ are looked up once for
all the passes (helpers.lexicon.pinned), so every document of one export reads one version of
each list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from . import lexicon, paths
from .claims import claims_for
from .estimates import ESTIMATE_COLUMNS, document_estimates, outlet_name
from .pool import pool_map
from .reliability.text_rules import MEASURE_COLUMNS, document_conflicts, measure_sentences
from .sentence_words import sentence_words
from .sources import SENTENCE_COLUMNS, Corpus, document_sentences, paragraphs
from .speakers import attributions, quote_run_texts
from .stances import stances_for
from .statements import document_statements, statement_table

CONFLICT_COLUMNS = ["doc_id", "sentence_id", "kind", "excerpt", "explanation"]


@dataclass(frozen=True)
class DocumentPass:
    """What one pass over one document finds: its sentences (tuples of SENTENCE_COLUMNS), the
    rows of extract_estimates and of extract_statements (before statement_table), the measures
    of each sentence (tuples of MEASURE_COLUMNS) and its direction-of-travel conflicts."""

    sentences: list[tuple]
    estimates: list[dict]
    statements: list[dict]
    measures: list[tuple]
    conflicts: list[dict]


def document_pass(doc: tuple[str, object, object, str]) -> DocumentPass:
    """One pass over a document given as (doc_id, title, outlet, clean text)."""
    doc_id, title, outlet, text = doc
    with lexicon.pinned(), paths.pinned():  # word lists and data/ looked up once
        return _document_pass(doc_id, str(title or ""), outlet_name(outlet), text)


def _document_pass(doc_id: str, title: str, via: str, text: str) -> DocumentPass:
    sents = document_sentences(doc_id, text)
    ids, paras, texts = ([row[k] for row in sents] for k in (0, 3, 5))
    read = [sentence_words(text) for text in texts]  # each sentence's words read once:
    words = [pair[0] for pair in read]  # for attribution and measures (words_in)
    letters = [pair[1] for pair in read]  # for the figures (words_of)
    runs = quote_run_texts(texts, paras)  # quotation runs, read once for both extractors
    said = attributions(texts, paras, words, runs)
    return DocumentPass(
        sentences=sents,
        estimates=document_estimates(doc_id, title, via, ids, texts, paras, said, letters),
        statements=document_statements(str(doc_id), ids, texts, paras, said, runs),
        measures=measure_sentences(texts, words),
        conflicts=document_conflicts(doc_id, ids, texts))


class CorpusPass:
    """The shared results of one export of a Corpus: each computed once, on first use."""

    def __init__(self, corpus: Corpus, jobs: int = 1) -> None:
        self.corpus = corpus
        self.jobs = jobs

    @property
    def documents(self) -> pd.DataFrame:
        return self.corpus.documents

    @cached_property
    def passes(self) -> list[DocumentPass]:
        docs = self.documents
        outlets = docs["outlet"] if "outlet" in docs.columns else [None] * len(docs)
        items = list(zip(docs["doc_id"], docs["title"], outlets, docs["text"], strict=True))
        with lexicon.pinned(), paths.pinned():  # one look-up per list for the whole export
            return pool_map(document_pass, items, self.jobs)

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        return paragraphs(self.documents)

    def _rows(self, field: str) -> list:
        """One field's rows of every document pass, in document order."""
        return [row for p in self.passes for row in getattr(p, field)]

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """The table of helpers.sources.sentences."""
        return pd.DataFrame(self._rows("sentences"), columns=SENTENCE_COLUMNS)

    @cached_property
    def estimates(self) -> pd.DataFrame:
        """The table of helpers.estimates.extract_estimates."""
        return pd.DataFrame(self._rows("estimates"), columns=ESTIMATE_COLUMNS)

    @cached_property
    def statements(self) -> pd.DataFrame:
        """The table of helpers.statements.extract_statements."""
        return statement_table(self._rows("statements"))

    @cached_property
    def sentence_measures(self) -> pd.DataFrame:
        """The table of helpers.reliability.sentence_measures."""
        sents = self.sentences
        table = pd.DataFrame(self._rows("measures"), columns=MEASURE_COLUMNS)
        table.insert(0, "sentence_id", sents["sentence_id"])
        table.insert(1, "doc_id", sents["doc_id"])
        table.insert(2, "n_words", sents["n_words"])
        return table

    @cached_property
    def conflicts(self) -> pd.DataFrame:
        """The table of helpers.reliability.direction_conflicts."""
        return pd.DataFrame(self._rows("conflicts"), columns=CONFLICT_COLUMNS)

    @cached_property
    def claims(self) -> pd.DataFrame:
        """The ledger rows of the corpus's articles (helpers.claims.claims_for)."""
        return claims_for(self.documents)

    @cached_property
    def stances(self) -> pd.DataFrame:
        """The checked stance rows of the corpus's articles (helpers.stances.stances_for)."""
        return stances_for(self.documents, sents=self.sentences)


def corpus_pass(corpus: Corpus | CorpusPass) -> CorpusPass:
    """The CorpusPass of a Corpus (a new one), or the one given."""
    return corpus if isinstance(corpus, CorpusPass) else CorpusPass(corpus)
