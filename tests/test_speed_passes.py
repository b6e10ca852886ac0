"""The shortcuts of one pass over a document (helpers.passes) give what the plain rules give:
work found once and passed down (the quotation runs of a document, shared by both extractors)
is the same as each rule finding it itself, on the seeds, the tests' articles and the dev
pages, and on generated documents."""

from __future__ import annotations

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.sources import document_sentences, load_corpus
from helpers.speakers import attributions, runs_in
from helpers.statements import document_statements

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _documents(name: str) -> list[tuple[list[str], list[str], list[int]]]:
    docs = load_corpus(TEXT_FOLDERS[name]).documents
    found = []
    for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True):
        rows = document_sentences(doc_id, text)
        found.append(([r[0] for r in rows], [r[5] for r in rows], [r[3] for r in rows]))
    return found


def _same_with_runs_given(ids: list[str], texts: list[str], paras: list[int]) -> None:
    runs = runs_in(texts, paras)
    said = attributions(texts, paras)
    assert attributions(texts, paras, runs=runs) == said
    assert document_statements("d", ids, texts, paras, said, runs) == \
        document_statements("d", ids, texts, paras, said)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_runs_found_once_give_what_each_extractor_finds_itself(name):
    documents = _documents(name)
    assert any(runs_in(texts, paras) for _, texts, paras in documents)  # runs are there
    for ids, texts, paras in documents:
        _same_with_runs_given(ids, texts, paras)


_SENTENCES = st.lists(st.sampled_from([
    '"We counted 300 of them," he said.', "“They came back,” the minister said.",
    '"It began in 2014.', 'It went on."', "“Nobody knows.", "Others returned.”",
    "«Они вернулись», сообщил глава.", "The report says 40 people left.", "He said 12 died.",
    '"More came', "Q and A", "„Das war so“, sagte er.", "12\" of rain fell, police said."]),
    min_size=1, max_size=8)


@SETTINGS
@given(_SENTENCES, st.lists(st.booleans(), min_size=8, max_size=8))
def test_runs_passed_down_on_generated_documents(texts, new_paragraph):
    paras, n = [], 0
    for k in range(len(texts)):
        n += bool(k and new_paragraph[k])
        paras.append(n)
    _same_with_runs_given([f"d:{k}" for k in range(len(texts))], texts, paras)


# --- table builders: a column at a time gives what a row at a time gives ------------------

def _as_claims_row_by_row(figures):
    """helpers.automatic.as_claims as it was written first: one boxed row at a time."""
    import pandas as pd

    from helpers.automatic import STATUS, UNKNOWN_SPEAKER
    from helpers.claims import CHAIN_SEPARATOR, CLAIM_COLUMNS, relay_depth
    rows = []
    for n, fig in enumerate(figures.itertuples(index=False), start=1):
        speaker = str(fig.speaker or UNKNOWN_SPEAKER)
        hops = [speaker, *[str(h) for h in (fig.via, fig.outlet) if h and h != speaker]]
        chain = CHAIN_SEPARATOR.join(dict.fromkeys(hops))
        rows.append(dict.fromkeys(CLAIM_COLUMNS, "") | {
            "claim_id": f"A{n:04d}", "doc_id": fig.doc_id, "sentence_id": fig.sentence_id,
            "excerpt": fig.excerpt, "value": fig.value, "qualifier": fig.qualifier,
            "low": fig.low, "high": fig.high, "definition_class": "not known",
            "population": fig.population, "reference_period": "", "speaker": speaker,
            "speaker_institution": "not known", "chain": chain,
            "relay_depth": relay_depth(chain),
            "original_or_relayed": "relayed" if relay_depth(chain) > 1 else "original",
            "notes": STATUS})
    table = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    table["relay_depth"] = table["relay_depth"].astype("Int64")
    return table


@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_automatic_claims_built_a_column_at_a_time_are_those_built_row_by_row(name):
    import pandas as pd

    from helpers.automatic import _with_status, as_claims
    from helpers.passes import CorpusPass
    shared = CorpusPass(load_corpus(TEXT_FOLDERS[name]))
    figures = _with_status(shared.estimates, shared.documents)
    assert (figures["via"] != "").any() and (figures["speaker"] == "").any()
    pd.testing.assert_frame_equal(as_claims(figures), _as_claims_row_by_row(figures))
    empty = figures.iloc[:0]
    pd.testing.assert_frame_equal(as_claims(empty), _as_claims_row_by_row(empty))
