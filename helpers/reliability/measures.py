"""Text measures of sourcing: attributions, quotations, hedges (the writer's and the quoted
sources'), errors a document makes against itself and scraping artefacts.

Every measure is a general rule over clean sentences (helpers.sentences), so an article added
to seeds/ is measured like the others. Rules in plain words: data/codebook.md, "Measures".
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .. import lexicon
from ..claims import load_claims
from ..sources import Corpus, load_corpus, sentences


@lru_cache(maxsize=8)
def _hedge_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(terms) + r")\b", re.I)


def hedge_pattern() -> re.Pattern[str]:
    """The hedging lexicon (helpers/lexicon/hedges.csv: regular-expression fragments) as one
    pattern matched as whole words, case-insensitive; an edited list takes effect at once."""
    return _hedge_pattern(lexicon.terms("hedges"))


# a name starts where no name character stands before it, and has at most six words, each
# read whole: so a run of capitals is tried from one place, not from every word of it
_NAME = r"(?<![\w'’.-])[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){0,5}"
_NOT_NAMES = {"The", "A", "An", "Some", "It", "This", "That", "These", "Those", "He", "She",
              "They", "We", "I", "You", "Others", "Officials", "Experts", "Sources",
              "Authorities", "And", "But", "January", "February", "March", "April", "May",
              "June", "July", "August", "September", "October", "November", "December"}
_END = r"(?=\s*(?:[,.;:!?)]|$))"


@lru_cache(maxsize=8)
def _named_patterns(verbs: tuple[str, ...], inverting: tuple[str, ...]
                    ) -> tuple[re.Pattern[str], ...]:
    """"Name [, role,] (also) (has) said", "according to / reported by [the role of ...] Name",
    and the inverted "..., said Name." A name after "told" is the one told, not the speaker."""
    verb = "(?:" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + ")"
    inverted = "(?:" + "|".join(sorted(map(re.escape, inverting), key=len, reverse=True)) + ")"
    return (
        re.compile(rf"\b(?P<name>{_NAME})(?=(?:, [^,]{{1,120}})?,? (?:also |publicly |then )?"
                   rf"(?:has |have |had )?{verb}\b)"),
        re.compile(rf"\b(?i:according to|reported by|quoted by)(?: [^\s,.;:]+){{0,10}}? "
                   rf"(?P<name>{_NAME}){_END}"),
        re.compile(rf"\b{inverted} (?P<name>{_NAME}){_END}"),
    )


def named_patterns() -> tuple[re.Pattern[str], ...]:
    """The named-attribution patterns, with the verbs of helpers/lexicon/verbs_of_saying.csv
    (built again only when the list changes on disk: one stat per call)."""
    return _named_patterns_for(lexicon.version("verbs_of_saying"))


@lru_cache(maxsize=8)
def _named_patterns_for(_version: tuple[tuple[str, int, int], ...]
                        ) -> tuple[re.Pattern[str], ...]:
    verbs = lexicon.table("verbs_of_saying")
    return _named_patterns(tuple(verbs["term"]),
                           tuple(verbs.loc[verbs["inverts"] == "yes", "term"]))


_ANONYMOUS = re.compile(
    r"\b(?:an? |one |unnamed |anonymous |several |two |three )?sources? "
    r"(?:in|at|close to|within|familiar with|inside)\b"
    r"|\bsources? (?:said|say|says|told)\b|\baccording to (?:unnamed |anonymous )?sources\b"
    r"|\bon (?:the )?condition of anonymity\b"
    r"|\b(?:an?|one|unnamed|anonymous) (?:senior |security |government )?"
    r"(?:official|officer|expert|diplomat|analyst)s?\b"
    r"|\bsome (?:experts|officials|analysts|observers|specialists)\b"
    r"|\b(?:say|said|according to) (?:some |unnamed |anonymous )?"
    r"(?:specialists|experts|officials|analysts|observers)\b",
    re.I)
_QUOTE_MARKS = "\"“”«»"
_CITATION = re.compile(r"^\s*(?:sources?|via|photo|image)\s*:", re.I)
_QUOTED_SPAN = re.compile(r"[\"“«]([^\"“”«»]+)[\"”»]")
# The speaker rests the figure on others' estimates ("judging from various estimates").
_RELAYS = re.compile(
    r"\bjudging (?:from|by)\b"
    r"|\b(?:according to |from |on )?(?:various|unofficial|some|several) estimates\b"
    r"(?!,? including)", re.I)
# The writer sums up several estimates, one of them the speaker's ("Previous estimates,
# including by X, have placed ...").
_SEVERAL = re.compile(
    r"\b(?:previous|earlier|other|several|various) estimates,? including (?:those )?(?:by|of)\b",
    re.I)
_MOVE = r"(?:returned|return|returning|returns|came back|come back|travelled|traveled|went|moved)"
_FROM_TO = re.compile(rf"\b{_MOVE} from (?P<a>[A-Z][\w-]+) to (?P<b>[A-Z][\w-]+)")
_BACK_FROM = r"\b(?:{move}|returnees?)\b[^.;]{{0,60}}?\bfrom {place}\b"

NOT_KNOWN = "not known"


def hedge_terms(text: str) -> list[str]:
    """The hedging expressions of the hedges lexicon found in text, lower-cased, in order."""
    return [m.group(0).lower() for m in hedge_pattern().finditer(text)]


def named_attribution(text: str) -> bool:
    """True when the sentence credits a statement to a capitalised name (person or body)."""
    return any(m["name"].split()[0] not in _NOT_NAMES
               for pattern in named_patterns() for m in pattern.finditer(text))


def anonymous_attribution(text: str) -> bool:
    """True when the sentence credits a statement to someone it does not name."""
    return bool(_ANONYMOUS.search(text))


def _quote_marks(text: str) -> int:
    return sum(text.count(q) for q in _QUOTE_MARKS)


def has_quotation(text: str) -> bool:
    """True for direct speech: a quoted span of 4+ words, or an odd number of quotation marks
    in a sentence of 4+ words (a quotation that runs over several sentences). A citation line
    ("Source: ...") quotes a title, not speech."""
    if _CITATION.match(text):
        return False
    if any(len(span.split()) >= 4 for span in _QUOTED_SPAN.findall(text)):
        return True
    return _quote_marks(text) % 2 == 1 and len(text.split()) >= 4


def relays_estimates(text: str) -> bool:
    """True when the speaker rests a figure on others' unnamed estimates ("judging from
    various estimates"); not when the writer sums up several estimates ("including by")."""
    return bool(_RELAYS.search(text)) and not one_of_several_estimates(text)


def one_of_several_estimates(text: str) -> bool:
    """True when the writer sums up several estimates and names the speaker as one of their
    authors ("Previous estimates, including by X, have placed the number at ...")."""
    return bool(_SEVERAL.search(text))


def hedges_by_voice(text: str) -> tuple[list[str], list[str]]:
    """The hedges of a sentence split by whose they are: (writer's, quoted sources').

    A hedge inside quotation marks, in a sentence that continues a quotation (odd number of
    marks), or in a sentence that reports someone's statement (named or anonymous
    attribution) belongs to the source; any other hedge is the writer's. Known limit: an aside
    the writer slips into reported speech ("..., presumably referring to ...") counts as the
    source's.
    """
    if _CITATION.match(text):
        return [], []
    quoted = " ".join(_QUOTED_SPAN.findall(text))
    rest = _QUOTED_SPAN.sub(" ", text)
    source = hedge_terms(quoted)
    if (_quote_marks(text) % 2 == 1 and len(text.split()) >= 4) or named_attribution(text) \
            or anonymous_attribution(text):
        return [], source + hedge_terms(rest)
    return hedge_terms(rest), source


# --- per sentence and per document --------------------------------------------------------

def sentence_measures(sents: pd.DataFrame) -> pd.DataFrame:
    """Text measures of every sentence of helpers.sentences.

    Columns: sentence_id, doc_id, n_words, named_attribution, anonymous_attribution,
    quotation, hedges (count), hedge_terms (";"-joined), writer_hedges, source_hedges (counts
    by voice, see hedges_by_voice), relays_estimates, one_of_several_estimates.
    """
    terms = sents["text"].map(hedge_terms)
    voices = sents["text"].map(hedges_by_voice)
    return pd.DataFrame({
        "sentence_id": sents["sentence_id"], "doc_id": sents["doc_id"],
        "n_words": sents["n_words"],
        "named_attribution": sents["text"].map(named_attribution),
        "anonymous_attribution": sents["text"].map(anonymous_attribution),
        "quotation": sents["text"].map(has_quotation),
        "hedges": terms.map(len), "hedge_terms": terms.map(";".join),
        "writer_hedges": voices.map(lambda v: len(v[0])),
        "source_hedges": voices.map(lambda v: len(v[1])),
        "relays_estimates": sents["text"].map(relays_estimates),
        "one_of_several_estimates": sents["text"].map(one_of_several_estimates),
    }).reset_index(drop=True)


def direction_conflicts(sents: pd.DataFrame) -> pd.DataFrame:
    """Sentences saying people went 'from A to B' while another sentence of the same document
    says they returned 'from B': the direction of travel is reversed in one of them.

    Columns: doc_id, sentence_id, kind, excerpt, explanation.
    """
    rows = []
    by_doc: dict[str, list[tuple[str, str]]] = {}
    for sent in sents.itertuples(index=False):
        by_doc.setdefault(sent.doc_id, []).append((sent.sentence_id, sent.text))
    for doc_id, doc_sents in by_doc.items():
        for sentence_id, text in doc_sents:
            for m in _FROM_TO.finditer(text):
                back = re.compile(_BACK_FROM.format(move=_MOVE, place=re.escape(m["b"])))
                hits = [other for other, other_text in doc_sents
                        if other != sentence_id and back.search(other_text)]
                if hits:
                    rows.append({"doc_id": doc_id, "sentence_id": sentence_id,
                                 "kind": "direction_of_travel", "excerpt": m.group(0),
                                 "explanation": f"says from {m['a']} to {m['b']}, but "
                                 f"{', '.join(hits)} say(s) from {m['b']}"})
    return pd.DataFrame(rows, columns=["doc_id", "sentence_id", "kind", "excerpt", "explanation"])


def internal_errors(corpus: Corpus | None = None) -> pd.DataFrame:
    """Errors a document makes against itself: a sentence that contradicts another sentence of
    the same document (today: a reversed direction of travel).

    A paragraph the scraper saved twice is not such an error (see scraping_artefacts).
    Columns: doc_id, sentence_id, kind, excerpt, explanation.
    """
    corpus = corpus or load_corpus()
    table = direction_conflicts(sentences(corpus.documents))
    return table.sort_values(["doc_id", "sentence_id"]).reset_index(drop=True)


def scraping_artefacts(corpus: Corpus | None = None) -> pd.DataFrame:
    """What the scrape added to a page, not the document: paragraphs saved twice.

    Columns: doc_id, kind, n, explanation.
    """
    corpus = corpus or load_corpus()
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


def document_measures(corpus: Corpus | None = None,
                      claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per document with the measures of the codebook.

    Columns: doc_id, outlet, n_words, n_sentences, named_attributions, anonymous_attributions,
    quotation_sentences, hedges, writer_hedges, source_hedges, hedges_per_1000_words,
    writer_hedges_per_1000_words, source_hedges_per_1000_words, date_stated, byline,
    url_in_text, boilerplate_share, duplicate_paragraphs (a scraping artefact),
    direction_conflicts, internal_errors (errors the document makes against itself),
    max_relay_depth (from the ledger; <NA> when it has no claim of the document).
    """
    corpus = corpus or load_corpus()
    claims = load_claims() if claims is None else claims
    docs = corpus.documents.set_index("doc_id")
    per = sentence_measures(sentences(corpus.documents)).groupby("doc_id")
    errors = direction_conflicts(sentences(corpus.documents)).groupby("doc_id").size()
    depth = claims.groupby("doc_id")["relay_depth"].max()
    urls = _url_printed(corpus)

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
