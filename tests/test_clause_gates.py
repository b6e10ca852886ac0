"""The clause checks of helpers.clause_gates change nothing: a speaker pattern they skip cannot
match, on the seeds, the test articles, the dev pages and generated text, and the attributions
are the same with every pattern searched."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import TEXT_FOLDERS, corpus_rows, corpus_sentences
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import helpers.attribution as attribution
import helpers.speakers as speakers
from helpers import lexicon
from helpers.attribution_patterns import speaker_patterns
from helpers.clause_gates import checks, in_opening, twice_in_a_clause
from helpers.quick_patterns import holds_twice, words_in
from helpers.speakers import attributions

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
# sentences written for these tests: a match the checks must let through, and the shapes they
# turn away (two verbs in two clauses; a verb after the first comma or figure)
WRITTEN = ["Ban says member states estimate that 300 have left.",
           '"The ministry stated that 40 people returned.',
           "“The ministry stated that 40 people returned.",
           "İçişleri officials stated that 40 returned.",
           "Ban says, and officials say, that 300 have left.",
           "In 2015, the ministry stated that 40 people returned.",
           "The ministry, in a statement, said that 40 people returned.",
           "The 12 officials stated that 40 people returned.",
           "Officials say: member states estimate 300."]


def _checked(text: str) -> None:
    """Each pattern with a clause check matches text only where its check holds."""
    patterns = speaker_patterns()
    words = words_in(text)
    for name, check in patterns.clause_checks.items():
        needs = patterns.needs[name] & words
        for pattern in (patterns[name], patterns.gates.get(name)):
            if pattern is not None and pattern.search(text):
                assert check(text.lower(), needs), (name, text)


def test_both_patterns_are_checked_with_the_lists_as_they_are():
    assert set(speaker_patterns().clause_checks) == {"says_others_say", "subject_says"}


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_a_pattern_skipped_by_its_clause_check_cannot_match(name):
    said = [t.replace(". ", ", ") + " he said." for t in corpus_sentences(name)]  # more matches
    for text in [*corpus_sentences(name), *said, *WRITTEN]:
        _checked(text)


@SETTINGS
@given(st.lists(st.sampled_from(["Ban", "says", "member", "states", "estimate", "He", "said",
                                 "officials", "say", "stated", "that", "The", "the", "ministry",
                                 "12", ",", ";", ":", '"', "“", "”", "SAYS", "İ", "Σ"]),
                min_size=2, max_size=12))
@example(["Ban", "says", "member", "states", "estimate"])
@example(['"', "The", "ministry", "stated", "that"])
def test_a_pattern_skipped_by_its_clause_check_cannot_match_generated_text(words):
    for text in (" ".join(words), "".join(words), " ".join(words).replace(" ,", ",")):
        _checked(text)


def test_the_checks_read_clauses():
    said = frozenset({"said"})
    assert twice_in_a_clause("ban said member states said", said)
    assert not twice_in_a_clause("ban said, member states said", said)
    assert holds_twice("ban said, member states said", said)  # what the whole sentence holds
    stated = frozenset({"stated"})
    assert in_opening('"the ministry stated that', stated)  # a quote mark may open it
    assert not in_opening("in 2015 the ministry stated that", stated)
    assert not in_opening("the ministry, in a statement, stated", stated)


def test_no_check_where_a_verb_form_holds_a_clause_mark():
    assert checks(["said", "told"])
    assert checks(["said", "said:"]) == {}
    assert checks(["said", "said 2"]) == {}
    assert checks(lexicon.terms("verbs_of_saying"))


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_attributions_are_the_same_with_every_pattern_searched(name, monkeypatch):
    rows = corpus_rows(name)
    quick = [attributions([r[5] for r in rs], [r[3] for r in rs]) for rs in rows]
    every = dataclasses.replace(speaker_patterns(), clause_checks={})
    monkeypatch.setattr(speakers, "speaker_patterns", lambda: every)
    monkeypatch.setattr(attribution, "speaker_patterns", lambda: every)
    assert [attributions([r[5] for r in rs], [r[3] for r in rs]) for rs in rows] == quick
