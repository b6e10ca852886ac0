"""Draft rows for coding: `python -m helpers draft --seeds DIR --out DIR`.

For every article without hand-coded rows, the extraction rules propose candidate rows in the
exact columns of data/claims.csv and data/stances.csv: verbatim excerpt, sentence id, value,
qualifier, bounds, speaker and chain as far as the text shows them. What only a reader can
decide (definition class, count basis, reference period, position, arguments, measures,
occasion) is left empty. A coder reviews
each row by the codebook (section "Reviewing a draft row") and moves it into data/.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .actors import load_actors
from .automatic import as_claims, automatic_figures, uncoded
from .claims import CLAIM_COLUMNS, load_claims
from .paths import data_dir
from .sources import sentences
from .stances import STANCE_COLUMNS
from .statements import extract_statements

DRAFT_NOTE = "draft: found by rule, not reviewed"
# a statement in quotation marks is a direct quotation; "X said that ..." is indirect speech
EVIDENCE_OF_KIND = {"direct": "direct_quotation", "reported": "indirect_speech"}
CLAIMS_DRAFT = "claims_draft.csv"
STANCES_DRAFT = "stances_draft.csv"
DRAFT_FILES = (CLAIMS_DRAFT, STANCES_DRAFT)


def draft_claims(docs: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Candidate ledger rows (CLAIM_COLUMNS) for the articles without ledger claims.

    Ids are D<doc_id>-<n>; definition_class, count_basis and reference_period are empty (the
    coder's call);
    headline figures are left out (the codebook codes a figure where its speaker gives it).
    """
    figures = automatic_figures(docs, claims)
    figures = figures[~figures["sentence_id"].str.endswith(":title")]
    table = as_claims(figures.reset_index(drop=True))
    n = table.groupby("doc_id").cumcount() + 1
    return table.assign(
        claim_id=[f"D{d}-{k}" for d, k in zip(table["doc_id"], n, strict=True)],
        definition_class="", count_basis="", reference_period="", speaker_institution="",
        speaker=table["speaker"].where(table["speaker"] != "speaker not known", ""),
        notes=DRAFT_NOTE)[CLAIM_COLUMNS]


def draft_stances(docs: pd.DataFrame, stances: pd.DataFrame,
                  actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Candidate stance rows (STANCE_COLUMNS) for the articles without stance rows.

    One row per attributed statement: the sentence it starts in, the speaker (a canonical name
    from actors.csv where it resolves, with its actor_type; else as written and actor_type
    empty), the document's year (empty when the article's year is not known), the statement as
    excerpt when it is verbatim in that sentence, else the whole sentence, and its evidence
    (direct quotation or indirect speech). position, arguments, measures and occasion are empty:
    the coder decides them.
    """
    actors = load_actors() if actors is None else actors
    types = dict(zip(actors["canonical_name"], actors["actor_type"], strict=True))
    new = uncoded(docs, stances)
    found = extract_statements(new).drop_duplicates(["sentence_id", "speaker"])
    years = new.set_index("doc_id")["year"]
    texts = sentences(new).set_index("sentence_id")["text"]
    rows = []
    for n, st in enumerate(found.itertuples(index=False), start=1):
        sentence = texts.get(st.sentence_id, "")
        year = years.get(st.doc_id)
        rows.append({
            "stance_id": f"D{n:04d}", "doc_id": st.doc_id, "sentence_id": st.sentence_id,
            "actor": st.speaker, "actor_type": types.get(st.speaker, ""),
            "year": "" if year is None or pd.isna(year) else str(int(year)),
            "position": "", "arguments": "", "measures": "",
            "evidence": EVIDENCE_OF_KIND.get(st.kind, ""), "occasion": "",
            "excerpt": st.text if st.text in sentence else sentence,
            "notes": DRAFT_NOTE + ("" if st.speaker in types else
                                   "; speaker not in actors.csv")})
    return pd.DataFrame(rows, columns=STANCE_COLUMNS)


def write_drafts(docs: pd.DataFrame, out: Path, data: Path | None = None) -> dict[str, int]:
    """Write claims_draft.csv and stances_draft.csv to out; returns rows written per file.

    data is the folder of the hand-coded tables (default: data/): an article with rows there
    gets no draft rows.
    """
    data = data or data_dir()
    claims = load_claims(data / "claims.csv")
    stances = pd.read_csv(data / "stances.csv", dtype=str, keep_default_na=False)
    out.mkdir(parents=True, exist_ok=True)
    tables = {CLAIMS_DRAFT: draft_claims(docs, claims),
              STANCES_DRAFT: draft_stances(docs, stances, load_actors(data / "actors.csv"))}
    for name, table in tables.items():
        table.to_csv(out / name, index=False)
    return {name: len(table) for name, table in tables.items()}
