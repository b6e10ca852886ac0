"""The estimates ledger (data/claims.csv): excerpts, bounds, actors and chains are consistent."""

import filecmp
import math
from pathlib import Path

import pandas as pd
import pytest

from helpers import sentences
from helpers.claims import (
    CLAIM_COLUMNS,
    DEFINITION_CLASSES,
    chain_hops,
    ledger_bounds,
    load_claims,
    relay_depth,
)
from helpers.estimates import QUALIFIERS, bounds
from helpers.paths import data_dir, repo_root

CLAIMS = load_claims()
ACTORS = pd.read_csv(data_dir() / "actors.csv", dtype=str, keep_default_na=False)


def test_columns_in_order():
    header = (data_dir() / "claims.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == CLAIM_COLUMNS


def test_claim_ids_run_in_document_order(seed_corpus):
    assert list(CLAIMS["claim_id"]) == [f"C{i:02d}" for i in range(1, len(CLAIMS) + 1)]
    sents = sentences(seed_corpus.documents).reset_index(drop=True)
    position = {sid: i for i, sid in enumerate(sents["sentence_id"])}
    order = [position[sid] for sid in CLAIMS["sentence_id"]]
    assert order == sorted(order)


def test_every_excerpt_is_verbatim_in_its_clean_sentence(seed_corpus):
    text = sentences(seed_corpus.documents).set_index("sentence_id")["text"]
    for claim in CLAIMS.itertuples():
        assert claim.sentence_id.startswith(claim.doc_id + ":")
        assert claim.excerpt in text[claim.sentence_id], claim.claim_id


def test_stored_bounds_follow_the_rule():
    computed = ledger_bounds(CLAIMS)
    for stored, rule in zip(CLAIMS.itertuples(), computed.itertuples(), strict=True):
        for a, b in ((stored.low, rule.low), (stored.high, rule.high)):
            assert (math.isnan(a) and math.isnan(b)) or a == b, stored.claim_id


def test_bounds_rule():
    assert bounds(190, "about") == (171, 209)
    assert bounds(57, "exact") == (57, 57)
    low, high = bounds(300, "more than")
    assert low == 300 and math.isnan(high)
    low, high = bounds(4000, "up to")
    assert math.isnan(low) and high == 4000
    low, high = bounds(150, "share of an earlier figure", base_qualifier="more than")
    assert low == 150 and math.isnan(high)
    with pytest.raises(ValueError, match="unknown qualifier"):
        bounds(5, "roughly-ish")


def test_codes_are_documented():
    codebook = (data_dir() / "codebook.md").read_text(encoding="utf-8")
    assert set(CLAIMS["qualifier"]) <= set(QUALIFIERS)
    assert set(CLAIMS["definition_class"]) <= set(DEFINITION_CLASSES)
    for code in DEFINITION_CLASSES:
        assert f"| {code} |" in codebook
    for column in CLAIM_COLUMNS:
        assert f"| {column}" in codebook
    assert set(CLAIMS["original_or_relayed"]) <= {"original", "relayed"}


def test_speakers_and_institutions_come_from_actors():
    institution = ACTORS.set_index("canonical_name")["institution"]
    for claim in CLAIMS.itertuples():
        assert claim.speaker in institution.index, claim.claim_id
        assert claim.speaker_institution == institution[claim.speaker], claim.claim_id


def test_chains_start_with_the_speaker_and_end_at_a_news_outlet():
    outlets = set(ACTORS.loc[ACTORS["actor_type"] == "news outlet", "canonical_name"])
    for claim in CLAIMS.itertuples():
        hops = chain_hops(claim.chain)
        assert hops[0] == claim.speaker and hops[-1] in outlets, claim.claim_id
        assert claim.relay_depth == relay_depth(claim.chain)
        assert (claim.original_or_relayed == "original") == (claim.relay_depth == 1)


def test_the_coded_figures():
    by_id = CLAIMS.set_index("claim_id")
    assert by_id.loc["C03", "value"] == 0.5 * by_id.loc["C02", "value"]
    assert sorted(CLAIMS["value"]) == [0, 57, 69, 100, 125, 150, 190, 300, 400, 500]


def test_load_claims_names_the_file_on_bad_input(tmp_path):
    bad = tmp_path / "claims.csv"
    CLAIMS.drop(columns=["chain"]).to_csv(bad, index=False)
    with pytest.raises(ValueError, match="claims.csv: missing column"):
        load_claims(bad)


def test_external_estimates_are_a_copy_of_the_reference():
    reference = repo_root().parent / "shared" / "reference" / "external_estimates.csv"
    if not reference.exists():
        pytest.skip("the shared reference folder is not here (a fresh clone elsewhere)")
    assert filecmp.cmp(reference, data_dir() / "external_estimates.csv", shallow=False)


def test_external_estimates_carry_urls():
    table = pd.read_csv(Path(data_dir()) / "external_estimates.csv")
    assert table["url"].str.startswith("http").all()


def test_export_writes_the_estimates_tables(tmp_path):
    from helpers.cli import main

    assert main(["export", "--out", str(tmp_path)]) == 0
    for name in ("estimates.csv", "statements.csv", "claims.csv"):
        assert (tmp_path / name).exists()
    exported = pd.read_csv(tmp_path / "claims.csv")
    assert list(exported.columns) == CLAIM_COLUMNS and len(exported) == len(CLAIMS)


@pytest.mark.parametrize("depth", ["two", "", "1.5"])
def test_load_claims_names_the_file_when_relay_depth_does_not_parse(tmp_path, depth):
    bad = tmp_path / "claims.csv"
    table = pd.read_csv(data_dir() / "claims.csv", dtype=str, keep_default_na=False)
    table.loc[0, "relay_depth"] = depth
    table.to_csv(bad, index=False)
    with pytest.raises(ValueError, match=r"claims.csv: .*relay_depth"):
        load_claims(bad)


def test_load_claims_names_the_claim_when_relay_depth_disagrees_with_its_chain(tmp_path):
    bad = tmp_path / "claims.csv"
    table = pd.read_csv(data_dir() / "claims.csv", dtype=str, keep_default_na=False)
    first = table.iloc[0]
    stored = relay_depth(first["chain"]) + 1
    table.loc[0, "relay_depth"] = str(stored)
    table.to_csv(bad, index=False)
    expected = (rf"claims.csv: claim {first['claim_id']}: relay_depth {stored} but its chain has "
                rf"depth {stored - 1}")
    with pytest.raises(ValueError, match=expected):
        load_claims(bad)
