"""Source reliability: text measures, corroboration, an attribution graph and Admiralty grades.

Every measure is a general rule over clean sentences or over the tables (claims, actors), so a new
article in seeds/ is measured like the others. The grades come from data/reliability_rubric.csv:
rows are read in order and the first whose condition holds gives the grade, separately for source
reliability (A-F) and information credibility (1-6). Rules in plain words: data/codebook.md,
section "Reliability rubric".
"""

from __future__ import annotations

import operator
import re
import textwrap
from itertools import combinations
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd

from .actors import canonical_speaker, load_actors
from .claims import chain_hops, load_claims
from .figures import OKABE_ITO
from .paths import data_dir
from .sources import Corpus, load_corpus, load_documents, sentences
from .validation import read_table

# --- lexicons and patterns ----------------------------------------------------------------

HEDGES: tuple[str, ...] = (
    r"allegedly", r"reportedly", r"apparently", r"presumably", r"purportedly",
    r"believed to", r"appear(?:s|ed|ing)? to", r"said to",
    r"(?:it is|it's|it was) (?:difficult|hard) to (?:say|judge|check|tell|verify)",
    r"not (?:completely |entirely |yet )?clear", r"unclear", r"could be", r"may be",
    r"might be", r"probably", r"possibly", r"likely", r"it looks as though", r"unconfirmed",
)
"""Hedging lexicon (regular expressions, matched as whole words, case-insensitive)."""

_HEDGE = re.compile(r"\b(?:" + "|".join(HEDGES) + r")\b", re.I)
_VERB = (r"(?:said|says|say|told|tells|added|adds|noted|notes|stressed|declared|believes|"
         r"cautions|cautioned|clarified|assured|explained|warned|stated|announced|reported|"
         r"reports)")
# a name starts where no name character stands before it, and has at most six words, each
# read whole: so a run of capitals is tried from one place, not from every word of it
_NAME = r"(?<![\w'’.-])[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){0,5}"
_NOT_NAMES = {"The", "A", "An", "Some", "It", "This", "That", "These", "Those", "He", "She",
              "They", "We", "I", "You", "Others", "Officials", "Experts", "Sources",
              "Authorities", "And", "But", "January", "February", "March", "April", "May",
              "June", "July", "August", "September", "October", "November", "December"}
_END = r"(?=\s*(?:[,.;:!?)]|$))"
# "Name [, role,] (also) (has) said", "according to / reported by [the role of ...] Name",
# and the inverted "..., said Name." A name after "told" is the one told, not the speaker.
_NAMED = (
    re.compile(rf"\b(?P<name>{_NAME})(?=(?:, [^,]{{1,120}})?,? (?:also |publicly |then )?"
               rf"(?:has |have |had )?{_VERB}\b)"),
    re.compile(rf"\b(?i:according to|reported by|quoted by)(?: [^\s,.;:]+){{0,10}}? "
               rf"(?P<name>{_NAME}){_END}"),
    re.compile(rf"\b(?:said|says|added|noted) (?P<name>{_NAME}){_END}"),
)
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
_UNNAMED_ESTIMATES = re.compile(
    r"\b(?:various|previous|earlier|some|other|unofficial|several) estimates\b|\bjudging from\b"
    r"|\baccording to (?:the )?(?:new |latest |official )?statistics\b", re.I)
_MOVE = r"(?:returned|return|returning|returns|came back|come back|travelled|traveled|went|moved)"
_FROM_TO = re.compile(rf"\b{_MOVE} from (?P<a>[A-Z][\w-]+) to (?P<b>[A-Z][\w-]+)")
_BACK_FROM = r"\b(?:{move}|returnees?)\b[^.;]{{0,60}}?\bfrom {place}\b"

OFFICIAL_TYPES = ("state security", "head of state or government", "government ministry")
UNNAMED_TYPES = ("unnamed source", "unnamed experts")
NOT_KNOWN = "not known"


def hedge_terms(text: str) -> list[str]:
    """The hedging expressions of HEDGES found in text, lower-cased, in order."""
    return [m.group(0).lower() for m in _HEDGE.finditer(text)]


def named_attribution(text: str) -> bool:
    """True when the sentence credits a statement to a capitalised name (person or body)."""
    return any(m["name"].split()[0] not in _NOT_NAMES
               for pattern in _NAMED for m in pattern.finditer(text))


def anonymous_attribution(text: str) -> bool:
    """True when the sentence credits a statement to someone it does not name."""
    return bool(_ANONYMOUS.search(text))


def has_quotation(text: str) -> bool:
    """True for direct speech: a quoted span of 4+ words, or an odd number of quotation marks
    in a sentence of 4+ words (a quotation that runs over several sentences). A citation line
    ("Source: ...") quotes a title, not speech."""
    if _CITATION.match(text):
        return False
    if any(len(span.split()) >= 4 for span in _QUOTED_SPAN.findall(text)):
        return True
    marks = sum(text.count(q) for q in _QUOTE_MARKS)
    return marks % 2 == 1 and len(text.split()) >= 4


def cites_unnamed_estimates(text: str) -> bool:
    """True when the sentence rests a figure on others' estimates ("various estimates")."""
    return bool(_UNNAMED_ESTIMATES.search(text))


# --- per sentence and per document --------------------------------------------------------

def sentence_measures(sents: pd.DataFrame) -> pd.DataFrame:
    """Text measures of every sentence of helpers.sentences.

    Columns: sentence_id, doc_id, n_words, named_attribution, anonymous_attribution,
    quotation, hedges (count), hedge_terms (";"-joined), cites_unnamed_estimates.
    """
    terms = sents["text"].map(hedge_terms)
    return pd.DataFrame({
        "sentence_id": sents["sentence_id"], "doc_id": sents["doc_id"],
        "n_words": sents["n_words"],
        "named_attribution": sents["text"].map(named_attribution),
        "anonymous_attribution": sents["text"].map(anonymous_attribution),
        "quotation": sents["text"].map(has_quotation),
        "hedges": terms.map(len), "hedge_terms": terms.map(";".join),
        "cites_unnamed_estimates": sents["text"].map(cites_unnamed_estimates),
    }).reset_index(drop=True)


def direction_conflicts(sents: pd.DataFrame) -> pd.DataFrame:
    """Sentences saying people went 'from A to B' while another sentence of the same document
    says they returned 'from B': the direction of travel is reversed in one of them.

    Columns: doc_id, sentence_id, kind, excerpt, explanation.
    """
    rows = []
    for sent in sents.itertuples(index=False):
        for m in _FROM_TO.finditer(sent.text):
            back = re.compile(_BACK_FROM.format(move=_MOVE, place=re.escape(m["b"])))
            others = sents[(sents["doc_id"] == sent.doc_id)
                           & (sents["sentence_id"] != sent.sentence_id)]
            hits = others[others["text"].map(lambda t, r=back: bool(r.search(t)))]
            if len(hits):
                rows.append({"doc_id": sent.doc_id, "sentence_id": sent.sentence_id,
                             "kind": "direction_of_travel", "excerpt": m.group(0),
                             "explanation": f"says from {m['a']} to {m['b']}, but "
                             f"{', '.join(hits['sentence_id'])} say(s) from {m['b']}"})
    return pd.DataFrame(rows, columns=["doc_id", "sentence_id", "kind", "excerpt", "explanation"])


def internal_errors(corpus: Corpus | None = None) -> pd.DataFrame:
    """Errors a document makes against itself: repeated paragraphs and reversed directions.

    Columns: doc_id, sentence_id (empty for a whole-document error), kind, excerpt, explanation.
    """
    corpus = corpus or load_corpus()
    docs = corpus.documents
    dupes = docs[docs["duplicate_paragraphs"] > 0]
    rows = pd.DataFrame({
        "doc_id": dupes["doc_id"], "sentence_id": "", "kind": "duplicate_paragraphs",
        "excerpt": "",
        "explanation": [f"the page repeats {n} paragraph(s); the cleaner dropped the repeats"
                        for n in dupes["duplicate_paragraphs"]]})
    table = pd.concat([rows, direction_conflicts(sentences(docs))], ignore_index=True)
    return table.sort_values(["doc_id", "sentence_id"]).reset_index(drop=True)


def _url_printed(corpus: Corpus) -> set[str]:
    removed = corpus.removed
    return set(removed.loc[removed["rule"].str.startswith("source_url"), "doc_id"])


def document_measures(corpus: Corpus | None = None,
                      claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per document with the measures of the codebook.

    Columns: doc_id, outlet, n_words, n_sentences, named_attributions, anonymous_attributions,
    quotation_sentences, hedges, hedges_per_1000_words, date_stated, byline, url_in_text,
    boilerplate_share, duplicate_paragraphs, direction_conflicts, internal_errors,
    max_relay_depth (from the ledger; <NA> when it has no claim of the document).
    """
    corpus = corpus or load_corpus()
    claims = load_claims() if claims is None else claims
    docs = corpus.documents.set_index("doc_id")
    per = sentence_measures(sentences(corpus.documents)).groupby("doc_id")
    errors = direction_conflicts(sentences(corpus.documents)).groupby("doc_id").size()
    depth = claims.groupby("doc_id")["relay_depth"].max()
    urls = _url_printed(corpus)
    table = pd.DataFrame({
        "doc_id": docs.index,
        "outlet": docs["outlet"].fillna(NOT_KNOWN).to_numpy(),
        "n_words": docs["n_words"].to_numpy(),
        "n_sentences": per.size().reindex(docs.index, fill_value=0).to_numpy(),
        "named_attributions": per["named_attribution"].sum().reindex(docs.index).to_numpy(),
        "anonymous_attributions": per["anonymous_attribution"].sum().reindex(docs.index)
        .to_numpy(),
        "quotation_sentences": per["quotation"].sum().reindex(docs.index).to_numpy(),
        "hedges": per["hedges"].sum().reindex(docs.index).to_numpy(),
    })
    table["hedges_per_1000_words"] = (1000 * table["hedges"] / table["n_words"]).round(1)
    table["date_stated"] = (docs["date_basis"] == "stated").to_numpy()
    table["byline"] = docs["author"].notna().to_numpy()
    table["url_in_text"] = table["doc_id"].isin(urls)
    table["boilerplate_share"] = docs["boilerplate_share"].to_numpy()
    table["duplicate_paragraphs"] = docs["duplicate_paragraphs"].to_numpy()
    table["direction_conflicts"] = errors.reindex(docs.index, fill_value=0).to_numpy()
    table["internal_errors"] = table["duplicate_paragraphs"] + table["direction_conflicts"]
    table["max_relay_depth"] = depth.reindex(docs.index).astype("Int64").to_numpy()
    return table.sort_values("doc_id").reset_index(drop=True)


# --- corroboration ------------------------------------------------------------------------

def reference_year(period: str, fallback: int | None = None) -> int | None:
    """The year a figure describes: the last four-digit year in reference_period."""
    years = re.findall(r"\b(?:19|20)\d{2}\b", str(period))
    return int(years[-1]) if years else fallback


def _overlap(a, b) -> bool:
    low = max(-np.inf if pd.isna(a.low) else a.low, -np.inf if pd.isna(b.low) else b.low)
    high = min(np.inf if pd.isna(a.high) else a.high, np.inf if pd.isna(b.high) else b.high)
    return bool(low <= high)


def _institution_known(name: str) -> bool:
    return bool(name) and name.strip().lower() not in ("none stated", NOT_KNOWN, "")


def claim_years(claims: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.Series:
    """The reference year of each claim: from reference_period, else its document's year.

    documents (doc_id, year) is read from the seeds only when some period names no year.
    A claim with neither stays None.
    """
    years = claims["reference_period"].map(reference_year)
    if years.notna().all():
        return years.astype(object)
    documents = load_documents() if documents is None else documents
    doc_year = documents.set_index("doc_id")["year"].dropna().astype(int).to_dict()
    return pd.Series([reference_year(period, doc_year.get(doc_id)) for period, doc_id in
                      zip(claims["reference_period"], claims["doc_id"], strict=True)],
                     index=claims.index, dtype=object)


def corroboration(claims: pd.DataFrame | None = None,
                  documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each claim, the comparable claims that confirm or contradict it (both directions).

    documents supplies the year of an undated claim's article (default: the seeds). Columns:
    claim_id, other_claim_id, relation (confirms | contradicts), independent (bool), reason.
    Rules: codebook, "Corroboration"; a claim with no year compares with none.
    """
    claims = load_claims() if claims is None else claims
    years = claim_years(claims, documents)
    rows = []
    for i, j in combinations(range(len(claims)), 2):
        a, b = claims.iloc[i], claims.iloc[j]
        if (a["definition_class"] != b["definition_class"] or years.iloc[i] is None
                or years.iloc[i] != years.iloc[j]):
            continue
        relation = "confirms" if _overlap(a, b) else "contradicts"
        speaker_a, speaker_b = chain_hops(a["chain"])[0], chain_hops(b["chain"])[0]
        inst_a, inst_b = a["speaker_institution"], b["speaker_institution"]
        if speaker_a == speaker_b:
            independent, reason = False, f"same original speaker ({speaker_a})"
        elif _institution_known(inst_a) and inst_a == inst_b:
            independent, reason = False, f"same institution ({inst_a})"
        else:
            independent, reason = True, f"different speakers ({speaker_a}; {speaker_b})"
        bounds = (f"{a['definition_class']} {years.iloc[i]}: bounds "
                  f"{_fmt(a.low)}-{_fmt(a.high)} and {_fmt(b.low)}-{_fmt(b.high)} "
                  f"{'overlap' if relation == 'confirms' else 'do not overlap'}")
        for x, y in ((a, b), (b, a)):
            rows.append({"claim_id": x["claim_id"], "other_claim_id": y["claim_id"],
                         "relation": relation, "independent": independent,
                         "reason": f"{bounds}; {reason}"})
    table = pd.DataFrame(rows, columns=["claim_id", "other_claim_id", "relation", "independent",
                                        "reason"])
    return table.sort_values(["claim_id", "other_claim_id"]).reset_index(drop=True)


def _fmt(x: float) -> str:
    return "open" if pd.isna(x) else f"{x:g}"


def corroboration_counts(claims: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """Per claim: independent/relayed confirmations and contradictions, comparable claims."""
    out = pd.DataFrame({"claim_id": claims["claim_id"]})
    for relation in ("confirmations", "contradictions"):
        rel = "confirms" if relation == "confirmations" else "contradicts"
        for kind, flag in (("independent", True), ("relayed", False)):
            hit = links[(links["relation"] == rel) & (links["independent"] == flag)]
            out[f"{kind}_{relation}"] = out["claim_id"].map(
                hit.groupby("claim_id").size()).fillna(0).astype(int)
    out["comparable_claims"] = out["claim_id"].map(
        links.groupby("claim_id").size()).fillna(0).astype(int)
    return out


# --- per claim ----------------------------------------------------------------------------

def load_actor_types(path: Path | str | None = None) -> dict[str, str]:
    """canonical_name -> actor_type from data/actors.csv."""
    table = load_actors(path)
    return dict(zip(table["canonical_name"], table["actor_type"], strict=True))


def claim_measures(claims: pd.DataFrame | None = None, corpus: Corpus | None = None,
                   actor_types: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per ledger claim with the measures the rubric reads.

    Columns: claim_id, doc_id, sentence_id, value, definition_class, speaker, speaker_type,
    chain, relay_depth, anonymous_speaker, official_with_access, independent_analyst,
    cites_unnamed_estimates, unnamed_relay, named_attribution, anonymous_attribution (both of
    the claim's sentence), quotation, hedges, hedge_terms, internal_error,
    date_stated, byline, url_in_text, boilerplate_share, independent_confirmations,
    relayed_confirmations, independent_contradictions, relayed_contradictions,
    comparable_claims.
    """
    claims = load_claims() if claims is None else claims
    corpus = corpus or load_corpus()
    types = load_actor_types() if actor_types is None else actor_types
    sents = sentence_measures(sentences(corpus.documents)).set_index("sentence_id")
    missing = sorted(set(claims["sentence_id"]) - set(sents.index))
    if missing:
        raise ValueError(f"claims: sentence_id(s) not found in the documents: {missing}")
    sent = sents.loc[claims["sentence_id"]].reset_index(drop=True)
    docs = document_measures(corpus, claims).set_index("doc_id").loc[claims["doc_id"]]
    errors = set(internal_errors(corpus)["sentence_id"])
    table = claims[["claim_id", "doc_id", "sentence_id", "value", "definition_class",
                    "speaker"]].reset_index(drop=True)
    table["speaker_type"] = table["speaker"].map(lambda s: types.get(s, NOT_KNOWN))
    table["chain"] = claims["chain"].to_numpy()
    table["relay_depth"] = claims["relay_depth"].astype(int).to_numpy()
    table["anonymous_speaker"] = table["speaker_type"].isin(UNNAMED_TYPES)
    table["official_with_access"] = table["speaker_type"].isin(OFFICIAL_TYPES)
    table["independent_analyst"] = table["speaker_type"] == "independent analyst"
    table["cites_unnamed_estimates"] = sent["cites_unnamed_estimates"].to_numpy()
    table["unnamed_relay"] = table["chain"].map(
        lambda c: any(re.search(r"\bunnamed\b|\bnot named\b", h) for h in chain_hops(c)[1:]))
    for column in ("named_attribution", "anonymous_attribution", "quotation", "hedges",
                   "hedge_terms"):
        table[column] = sent[column].to_numpy()
    table["internal_error"] = table["sentence_id"].isin(errors)
    for column in ("date_stated", "byline", "url_in_text", "boilerplate_share"):
        table[column] = docs[column].to_numpy()
    counts = corroboration_counts(claims, corroboration(claims, corpus.documents))
    return table.merge(counts, on="claim_id", how="left")


# --- rubric and grades --------------------------------------------------------------------

RUBRIC_COLUMNS = ["axis", "grade", "condition", "explanation"]
AXES = {"source": tuple("ABCDEF"), "information": tuple("123456")}
_COMPARE = re.compile(r"^(?P<name>\w+)\s*(?P<op>>=|<=|==|!=|>|<)\s*(?P<number>-?\d+(?:\.\d+)?)$")
_OPS = {">=": operator.ge, "<=": operator.le, "==": operator.eq, "!=": operator.ne,
        ">": operator.gt, "<": operator.lt}


def _terms(condition: str) -> list[str]:
    return [t.strip() for t in re.split(r"\band\b", condition) if t.strip()]


def _term_name(term: str) -> str:
    if m := _COMPARE.match(term):
        return m["name"]
    return term[4:].strip() if term.startswith("not ") else term


def load_rubric(path: Path | str | None = None,
                measures: list[str] | None = None) -> pd.DataFrame:
    """The rubric (data/reliability_rubric.csv), checked: columns, axes, grades, and that every
    condition names known measures (when measures is given) and each axis ends with `always`.

    Raises ValueError naming the file and the row.
    """
    path = Path(path) if path else data_dir() / "reliability_rubric.csv"
    table = read_table("reliability_rubric", path)
    return check_rubric(table, str(path), measures)


def check_rubric(table: pd.DataFrame, where: str = "rubric",
                 measures: list[str] | None = None) -> pd.DataFrame:
    """Validate a rubric table (see load_rubric) and return it with RUBRIC_COLUMNS."""
    missing = [c for c in RUBRIC_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"{where}: missing column(s) {', '.join(missing)}")
    for n, row in enumerate(table.itertuples(index=False), start=2):
        if row.axis not in AXES:
            raise ValueError(f"{where}, row {n}: axis {row.axis!r} is not one of {list(AXES)}")
        if row.grade not in AXES[row.axis]:
            raise ValueError(f"{where}, row {n}: grade {row.grade!r} is not a {row.axis} grade")
        for term in _terms(row.condition):
            name = _term_name(term)
            if not re.fullmatch(r"\w+", name):
                raise ValueError(f"{where}, row {n}: cannot read condition term {term!r}")
            if measures is not None and name != "always" and name not in measures:
                raise ValueError(f"{where}, row {n}: {name!r} is not a measure "
                                 f"(known: {', '.join(sorted(measures))})")
    for axis in AXES:
        rows = table[table["axis"] == axis]
        if rows.empty or rows["condition"].iloc[-1].strip() != "always":
            raise ValueError(f"{where}: the {axis} rows must end with a row whose condition is "
                             f"'always'")
    return table[RUBRIC_COLUMNS].reset_index(drop=True)


def holds(condition: str, row: dict | pd.Series) -> bool:
    """Whether a rubric condition holds for one row of claim measures."""
    for term in _terms(condition):
        if term == "always":
            continue
        if m := _COMPARE.match(term):
            if not _OPS[m["op"]](float(row[m["name"]]), float(m["number"])):
                return False
        elif term.startswith("not "):
            if bool(row[term[4:].strip()]):
                return False
        elif not bool(row[term]):
            return False
    return True


def grade_claims(measures: pd.DataFrame, rubric: pd.DataFrame | None = None) -> pd.DataFrame:
    """Grade every claim on both axes: the first rubric row (per axis) whose condition holds.

    Columns: claim_id, source_grade, source_rule (1-based row number within the axis),
    source_reason, information_grade, information_rule, information_reason, grade (e.g. "B6").
    """
    rubric = check_rubric(rubric if rubric is not None else load_rubric(),
                          measures=list(measures.columns))
    rows = []
    for row in measures.to_dict("records"):
        out = {"claim_id": row["claim_id"]}
        for axis in AXES:
            rules = rubric[rubric["axis"] == axis].reset_index(drop=True)
            for n, rule in enumerate(rules.itertuples(index=False), start=1):
                if holds(rule.condition, row):
                    out |= {f"{axis}_grade": rule.grade, f"{axis}_rule": n,
                            f"{axis}_reason": rule.explanation}
                    break
        out["grade"] = out["source_grade"] + out["information_grade"]
        rows.append(out)
    return pd.DataFrame(rows, columns=[
        "claim_id", "source_grade", "source_rule", "source_reason", "information_grade",
        "information_rule", "information_reason", "grade"])


def reliability_table(corpus: Corpus | None = None, claims: pd.DataFrame | None = None,
                      rubric: pd.DataFrame | None = None) -> pd.DataFrame:
    """reliability.csv: claim_measures joined with grade_claims, one row per claim."""
    measures = claim_measures(claims, corpus)
    return measures.merge(grade_claims(measures, rubric), on="claim_id")


def regrade(measures: pd.DataFrame, before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Claims whose grade moves when the rubric changes from before to after.

    Columns: claim_id, grade_before, grade_after, reason_after.
    """
    a, b = grade_claims(measures, before), grade_claims(measures, after)
    both = a.merge(b, on="claim_id", suffixes=("_before", "_after"))
    moved = both[both["grade_before"] != both["grade_after"]]
    reason = [r.information_reason_after if r.information_grade_before !=
              r.information_grade_after else r.source_reason_after
              for r in moved.itertuples(index=False)]
    return pd.DataFrame({"claim_id": moved["claim_id"], "grade_before": moved["grade_before"],
                         "grade_after": moved["grade_after"], "reason_after": reason}
                        ).reset_index(drop=True)


# --- attribution graph --------------------------------------------------------------------

KINDS = ("institution", "speaker", "outlet", "seed")


def attribution_graph(claims: pd.DataFrame | None = None) -> nx.DiGraph:
    """Who said it, for whom, through whom, printed where.

    Nodes carry `kind` (institution | speaker | outlet | seed), `claims` (sorted claim ids
    resting on the node) and `hop` (furthest position in a chain, speaker = 0). Edges run
    institution -> speaker -> relaying outlets -> the seed's outlet -> seed, with `claims` too.
    Names resolve to actors.csv canonical names, so "Tengri News" and "Tengrinews" are one.
    """
    claims = load_claims() if claims is None else claims
    graph = nx.DiGraph()

    def add(node: str, kind: str, claim: str, hop: int = 0) -> None:
        if node not in graph:
            graph.add_node(node, kind=kind, claims=[], hop=hop)
        graph.nodes[node]["hop"] = max(graph.nodes[node]["hop"], hop)
        if KINDS.index(kind) < KINDS.index(graph.nodes[node]["kind"]):
            graph.nodes[node]["kind"] = kind
        if claim not in graph.nodes[node]["claims"]:
            graph.nodes[node]["claims"] = sorted([*graph.nodes[node]["claims"], claim])

    def link(u: str, v: str, claim: str) -> None:
        if u == v:
            return
        if not graph.has_edge(u, v):
            graph.add_edge(u, v, claims=[])
        graph.edges[u, v]["claims"] = sorted({*graph.edges[u, v]["claims"], claim})

    for claim in claims.itertuples(index=False):
        hops = [canonical_speaker(h) for h in chain_hops(claim.chain)]
        institution = canonical_speaker(claim.speaker_institution)
        path = []
        if _institution_known(institution):
            add(institution, "institution", claim.claim_id)
            path.append(institution)
        add(hops[0], "speaker", claim.claim_id)
        path.append(hops[0])
        for n, hop in enumerate(hops[1:], start=1):
            add(hop, "outlet", claim.claim_id, n)
            path.append(hop)
        add(claim.doc_id, "seed", claim.claim_id)
        path.append(claim.doc_id)
        for u, v in zip(path, path[1:], strict=False):
            link(u, v, claim.claim_id)
    return graph


def claims_per_node(graph: nx.DiGraph, kind: str = "institution") -> pd.DataFrame:
    """How many ledger figures rest on each node of one kind.

    Columns: node, n_claims, claims (";"-joined); most figures first, then by name.
    """
    rows = [{"node": n, "n_claims": len(d["claims"]), "claims": ";".join(d["claims"])}
            for n, d in graph.nodes(data=True) if d["kind"] == kind]
    table = pd.DataFrame(rows, columns=["node", "n_claims", "claims"])
    return table.sort_values(["n_claims", "node"], ascending=[False, True]).reset_index(drop=True)


def _layers(graph: nx.DiGraph) -> dict[str, int]:
    """Column of each node: institutions 0, speakers 1, outlets by their furthest position in a
    chain (relays left of the outlets that printed them), seeds last. A body that is both an
    institution and a relay (the KNB relaying its chairman) stays in the institutions' column."""
    offset = {"institution": 0, "speaker": 1}
    layer = {n: offset.get(d["kind"], 1 + d["hop"]) for n, d in graph.nodes(data=True)
             if d["kind"] != "seed"}
    last = max(layer.values(), default=0) + 1
    layer |= {n: last for n, d in graph.nodes(data=True) if d["kind"] == "seed"}
    return layer


def draw_attribution_graph(graph: nx.DiGraph, title: str = "Who the figures rest on"
                           ) -> plt.Figure:
    """The graph in columns from left (institutions) to right (seeds); node size = number of
    figures resting on the node; colour = kind. Deterministic layout, no randomness."""
    layer = _layers(graph)
    columns: dict[int, list[str]] = {}
    pos: dict[str, tuple[float, float]] = {}
    step = 1.9  # room below a large node for its four-line label
    for x in sorted(set(layer.values())):
        nodes = [n for n in graph.nodes if layer[n] == x]

        def key(node: str) -> tuple[float, float, str]:
            ys = [pos[p][1] for p in graph.predecessors(node) if p in pos]
            centre = -float(np.mean(ys)) if ys else np.inf  # barycentre: fewer crossings
            return (centre, -len(graph.nodes[node]["claims"]), node)

        nodes.sort(key=key)
        columns[x] = nodes
        for k, node in enumerate(nodes):
            pos[node] = (x, -step * (k - (len(nodes) - 1) / 2))
    colours = dict(zip(KINDS, [OKABE_ITO[5], OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2]],
                       strict=True))
    height = max(len(n) for n in columns.values()) if columns else 1
    fig, ax = plt.subplots(figsize=(2.6 * max(len(columns), 1) + 1, 1.5 * height + 1.5))
    nodes = sorted(graph.nodes)
    sizes = [300 + 250 * len(graph.nodes[n]["claims"]) for n in nodes]
    nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#777777", arrows=True,
                           arrowsize=12, node_size=sizes, nodelist=nodes,
                           connectionstyle="arc3,rad=0.12")
    nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes, node_size=sizes,
                           node_color=[colours[graph.nodes[n]["kind"]] for n in nodes],
                           edgecolors="black", linewidths=0.5)
    for node, (x, y) in pos.items():
        n = len(graph.nodes[node]["claims"])
        label = "\n".join(textwrap.wrap(node, 22)) + f"\n({n} figure{'s' if n != 1 else ''})"
        ax.text(x, y - 0.3 - 0.04 * n, label, ha="center", va="top", fontsize=7)
    for kind in KINDS:
        ax.scatter([], [], color=colours[kind], edgecolors="black", linewidths=0.5, label=kind)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, title="node kind")
    ax.set_title(title)
    ax.set_xlim(-0.6, max(columns, default=0) + 0.6)
    ax.set_ylim(-step * height / 2 - 0.9, step * height / 2 + 0.3)
    ax.axis("off")
    return fig


# --- the measures as a picture ------------------------------------------------------------

HEATMAP_MEASURES = ["named_attributions", "anonymous_attributions", "quotation_sentences",
                    "hedges_per_1000_words", "max_relay_depth", "boilerplate_share",
                    "internal_errors", "date_stated", "byline", "url_in_text"]


def measures_heatmap(table: pd.DataFrame, columns: list[str] | None = None) -> plt.Figure:
    """Documents (rows) by measures (columns); colour = the value scaled to the column's
    largest value, the raw value written in each cell. cividis is colour-blind safe."""
    columns = columns or HEATMAP_MEASURES
    values = table[columns].astype(float)
    scaled = values / values.max().replace(0, 1).fillna(1)
    fig, ax = plt.subplots(figsize=(1.0 * len(columns) + 2.5, 0.55 * len(table) + 1.8))
    ax.imshow(scaled.fillna(0).to_numpy(), cmap="cividis", aspect="auto", vmin=0, vmax=1)
    for i in range(len(table)):
        for j, column in enumerate(columns):
            v = values.iloc[i, j]
            text = "–" if pd.isna(v) else (f"{v:.2f}" if column == "boilerplate_share"
                                           else f"{v:g}")
            ax.text(j, i, text, ha="center", va="center", fontsize=8,
                    color="black" if scaled.fillna(0).iloc[i, j] > 0.5 else "white")
    ax.set_xticks(range(len(columns)), [c.replace("_", " ") for c in columns], rotation=35,
                  ha="right")
    outlet = table["outlet"].str.split(" (", regex=False).str[0]
    ax.set_yticks(range(len(table)), table["doc_id"].str[:3] + " " + outlet)
    ax.set_xlabel("measure (colour: value / largest value in the column)")
    ax.set_ylabel("document")
    ax.set_title("Reliability measures per document")
    ax.spines[:].set_visible(False)
    return fig


# --- outlets ------------------------------------------------------------------------------

OUTLET_FACTS = ["country", "ownership_funding", "background"]


def load_outlets(path: Path | str | None = None) -> pd.DataFrame:
    """data/outlets.csv: actor_id, outlet, role_in_corpus, outlet_type, country,
    ownership_funding, background, background_url. Raises ValueError naming the file when a
    column is missing or a known fact has no URL."""
    path = Path(path) if path else data_dir() / "outlets.csv"
    table = read_table("outlets", path)
    columns = ["actor_id", "outlet", "role_in_corpus", "outlet_type", *OUTLET_FACTS,
               "background_url"]
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    for row in table.itertuples(index=False):
        known = [f for f in OUTLET_FACTS if not getattr(row, f).startswith(NOT_KNOWN)]
        if known and not row.background_url.strip():
            raise ValueError(f"{path}: {row.outlet}: {', '.join(known)} given without a URL")
    return table[columns]
