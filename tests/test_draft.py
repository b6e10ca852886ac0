"""The coding workflow: `draft` proposes rows for uncoded articles in the ledger's columns, and
reviewed draft rows moved into a data/ folder are accepted by every loader.

The article is tests/new_source/steppe_courier_checks.txt (fictional, written for the tests).
"""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO, SEED_IDS

from helpers import load_corpus, sentences
from helpers.actors import load_actors
from helpers.claims import CLAIM_COLUMNS, claims_for, load_claims, relay_depth
from helpers.draft import draft_claims, draft_stances
from helpers.reliability import reliability_table
from helpers.stances import ARGUMENTS, STANCE_COLUMNS, load_stances
from helpers.validation import validate

ARTICLE = Path(__file__).resolve().parent / "new_source" / "steppe_courier_checks.txt"
DOC_ID = "005_steppe_courier_checks"


@pytest.fixture(scope="module")
def folder(tmp_path_factory, originals) -> Path:
    """The five seeds and the test article."""
    arts = tmp_path_factory.mktemp("draft") / "seeds"
    shutil.copytree(originals, arts)
    shutil.copyfile(ARTICLE, arts / f"{DOC_ID}.txt")
    return arts


@pytest.fixture(scope="module")
def corpus(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(folder, sources=REPO / "data" / "sources.csv")


@pytest.fixture(scope="module")
def drafts(corpus):
    docs = corpus.documents
    stances = pd.read_csv(REPO / "data" / "stances.csv", dtype=str, keep_default_na=False)
    return draft_claims(docs, load_claims()), draft_stances(docs, stances)


def test_drafts_cover_only_the_uncoded_article(drafts):
    claims, stances = drafts
    assert set(claims["doc_id"]) == set(stances["doc_id"]) == {DOC_ID}


def test_draft_rows_are_in_the_exact_columns_and_cite_verbatim(drafts, corpus):
    claims, stances = drafts
    assert list(claims.columns) == CLAIM_COLUMNS and list(stances.columns) == STANCE_COLUMNS
    texts = sentences(corpus.documents).set_index("sentence_id")["text"]
    for row in [*claims.itertuples(), *stances.itertuples()]:
        assert row.excerpt and row.excerpt in texts[row.sentence_id], row
    assert 23 in set(claims["value"])
    assert (claims["relay_depth"] == claims["chain"].map(relay_depth)).all()
    # what only a reader can decide is left for the coder
    assert (claims["definition_class"] == "").all() and (stances["position"] == "").all()
    assert (stances["year"] == "2019").all()
    assert (stances["actor"] != "").all() and len(stances) >= 2


def test_the_cli_writes_both_drafts(folder, tmp_path, command):
    out = tmp_path / "drafts"
    done = command("draft", "--seeds", str(folder), "--out", str(out))
    assert done.returncode == 0, done.stderr
    written = pd.read_csv(out / "claims_draft.csv", dtype=str, keep_default_na=False)
    assert list(written.columns) == CLAIM_COLUMNS and set(written["doc_id"]) == {DOC_ID}
    assert "stances_draft.csv" in done.stdout
    refused = command("draft", "--seeds", str(folder), "--out", str(folder / "x"))
    assert refused.returncode == 2 and not (folder / "x").exists()


def review(claims: pd.DataFrame, stances: pd.DataFrame, actors: pd.DataFrame,
           ledger: pd.DataFrame, coded: pd.DataFrame
           ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """What a coder does by the codebook: final ids after the last ones, the reader's columns
    filled, every speaker a canonical name of actors.csv (a row added for a new one)."""
    first_c = 1 + max(int(i[1:]) for i in ledger["claim_id"])
    first_s = 1 + max(int(i[1:]) for i in coded["stance_id"])
    claims = claims.assign(
        claim_id=[f"C{first_c + k:02d}" for k in range(len(claims))],
        speaker=claims["speaker"].where(claims["speaker"] != "", "unnamed speaker (test)"),
        definition_class="returnees", count_basis="cumulative", reference_period="March 2019",
        speaker_institution="not known", notes="reviewed in a test")
    stances = stances.assign(stance_id=[f"S{first_s + k:02d}" for k in range(len(stances))],
                             position="conditional_or_case_by_case", arguments=ARGUMENTS[0],
                             occasion="test article", notes="reviewed in a test")
    new = sorted((set(stances["actor"]) | set(claims["speaker"])) - set(actors["canonical_name"]))
    added = pd.DataFrame([{"actor_id": f"test_{i}", "canonical_name": name, "aliases": name,
                           "role": "as written", "institution": "not known",
                           "actor_type": "independent analyst", "notes": "test"}
                          for i, name in enumerate(new)], columns=actors.columns)
    stances.loc[stances["actor"].isin(new), "actor_type"] = "independent analyst"
    return claims, stances, pd.concat([actors, added], ignore_index=True)


def move_into(data: Path, claims: pd.DataFrame, stances: pd.DataFrame,
              actors: pd.DataFrame) -> None:
    """Append reviewed rows to data/claims.csv and data/stances.csv; write the actors."""
    for name, rows in (("claims.csv", claims), ("stances.csv", stances)):
        table = pd.read_csv(data / name, dtype=str, keep_default_na=False)
        rows = rows.astype(object).where(rows.notna(), "").astype(str)
        pd.concat([table, rows]).to_csv(data / name, index=False)
    actors.to_csv(data / "actors.csv", index=False)


def test_reviewed_draft_rows_load_in_a_data_folder(drafts, corpus, folder, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data, ignore=shutil.ignore_patterns("derived"))
    coded = pd.read_csv(data / "stances.csv", dtype=str, keep_default_na=False)
    move_into(data, *review(*drafts, load_actors(data / "actors.csv"),
                            load_claims(data / "claims.csv"), coded))
    assert validate(data, folder) == []  # what `make` checks first
    ledger = load_claims(data / "claims.csv")
    assert DOC_ID in set(ledger["doc_id"]) and set(SEED_IDS) <= set(ledger["doc_id"])
    loaded = load_stances(data / "stances.csv", actors=data / "actors.csv",
                          docs=corpus.documents)
    assert DOC_ID in set(loaded["doc_id"])
    mine = claims_for(corpus.documents, data / "claims.csv")
    graded = reliability_table(corpus, mine)
    assert set(graded.loc[graded["doc_id"] == DOC_ID, "grade"]) and graded["grade"].notna().all()


def test_the_cli_refuses_a_folder_of_files_it_did_not_write(folder, tmp_path, command):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "claims_draft.csv").write_text("my own notes\n", encoding="utf-8")
    done = command("draft", "--seeds", str(folder), "--out", str(out))
    assert done.returncode == 2 and "not written by this command" in done.stderr
    assert (out / "claims_draft.csv").read_text(encoding="utf-8") == "my own notes\n"
    again = tmp_path / "drafts"
    for _ in range(2):  # a folder the command wrote may be written again
        done = command("draft", "--seeds", str(folder), "--out", str(again))
        assert done.returncode == 0, done.stderr
