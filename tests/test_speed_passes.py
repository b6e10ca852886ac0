"""The shortcuts of one pass over a document (helpers.passes) give what the plain rules give:
work found once and passed down (the quotation runs of a document with their texts and
frames, shared by both extractors) is the same as each rule finding it itself, on the seeds,
the tests' articles and the dev pages, and on generated documents; and the table builders
and speaker-phrase checks give what the plain rules give."""

from __future__ import annotations

import pytest
from conftest import TEXT_FOLDERS, corpus_rows
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers.sources import load_corpus
from helpers.speakers import attributions, outside_quotes, quote_run_texts, run_text, runs_in
from helpers.statements import document_statements

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _documents(name: str) -> list[tuple[list[str], list[str], list[int]]]:
    found = []
    for rows in corpus_rows(name):
        found.append(([r[0] for r in rows], [r[5] for r in rows], [r[3] for r in rows]))
    return found


def _same_with_runs_given(ids: list[str], texts: list[str], paras: list[int]) -> None:
    runs = quote_run_texts(texts, paras)
    assert [(i, run.last) for i, run in runs.items()] == runs_in(texts, paras)
    for i, (j, whole, frame) in runs.items():
        assert whole == run_text(texts, paras, i, j) and frame == outside_quotes(whole)
    said = attributions(texts, paras)
    assert attributions(texts, paras, runs=runs) == said
    assert document_statements("d", ids, texts, paras, said, runs) == \
        document_statements("d", ids, texts, paras, said)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_runs_read_once_give_what_each_extractor_reads_itself(name):
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


# --- speaker phrases: a pattern is run only where the text holds what it needs ------------

def _speaker_phrase_texts() -> list[str]:
    """Every sentence of the seeds, the tests' articles and the dev pages, and the pieces a
    speaker phrase is cut from (between commas and quote marks), with a closing full stop."""
    from conftest import corpus_sentences
    texts = [t for name in TEXT_FOLDERS for t in corpus_sentences(name)]
    pieces = [p.strip() for t in texts for p in t.replace('"', ",").split(",")]
    return texts + pieces


_PHRASE_CHARS = st.sampled_from(["a", "a ", "A", "tegen", "Tegen", " tegen de NOS", ".", ".\n",
                                 "\n", " ", "U.S.", "el ", "la ", "Efe ", "said", "wt", "x."])


def _clean_plain(phrase: str) -> str:
    """helpers.speaker_phrases.clean_phrase with every pattern run on every phrase."""
    from helpers import lexicon
    from helpers import speaker_phrases as sp
    phrase = sp.trim_end(sp._leading().sub("", phrase.strip(" \"“”'")).strip(" ,")).strip(" ,")
    phrase = sp._AUDIENCE.sub("", sp._FULL_STOP.sub("", sp._DATELINE.sub("", phrase)))
    phrase = lexicon.pattern("medium_nouns", sp._MEDIUM, 0).sub("", phrase)
    pronoun = sp._pronoun_then(lexicon.version("speaker_pronouns")).match(phrase)
    if pronoun:
        return pronoun.group(1)
    if phrase.count(" ") > 4 or not phrase or phrase.isupper():
        return phrase
    return "" if lexicon.pattern("count_subjects", r"^(?:WORDS)$").match(phrase) else phrase


@SETTINGS
@given(st.lists(_PHRASE_CHARS, max_size=12).map("".join))
@example("the spokesman.\n")
@example("a Efe el portavoz")
def test_clean_phrase_with_its_checks_is_the_plain_rule_on_generated_phrases(phrase):
    from helpers.speaker_phrases import clean_phrase
    assert clean_phrase(phrase) == _clean_plain(phrase)


def test_clean_phrase_with_its_checks_is_the_plain_rule_on_real_text():
    from helpers.speaker_phrases import _AUDIENCE, _FULL_STOP, clean_phrase
    texts = _speaker_phrase_texts()
    for text in texts:
        assert clean_phrase(text) == _clean_plain(text), text
    assert any(_FULL_STOP.sub("", t) != t for t in texts)  # both patterns do cut real text
    assert any(_AUDIENCE.sub("", t) != t for t in texts)


def _appositive_plain(before: str, phrase: str) -> str:
    """helpers.speaker_phrases.appositive with its two first tests in the order written first."""
    from helpers import speaker_phrases as sp
    if sp.find_actor(phrase) is not None or not sp._DESCRIPTION.match(phrase):
        return ""
    return sp.appositive(before, phrase)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_appositive_with_the_cheap_test_first_is_the_plain_rule(name):
    from conftest import corpus_sentences

    from helpers.speaker_phrases import appositive, clean_phrase
    found = 0
    for text in corpus_sentences(name):
        parts = text.split(",")
        for k in range(1, len(parts)):
            before, phrase = ",".join(parts[:k]) + ",", clean_phrase(parts[k])
            got = appositive(before, phrase)
            assert got == _appositive_plain(before, phrase), (before, phrase)
            found += bool(got)
    assert name != "dev" or found  # names beside descriptions are there to find
