"""The patterns attribute() skips once a sentence has a speaker could change nothing: on the
seeds, the test articles and the dev real pages every attribution is the same with every
pattern tried, and a phrase that names a document is always seen by may_name_document."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from conftest import TEXT_FOLDERS, corpus_rows
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers.attribution as attribution
from helpers.attribution import speaker_patterns
from helpers.paths import seeds_dir
from helpers.speaker_skips import DOCUMENT, DOCUMENT_NOUNS, left_to_try, may_name_document
from helpers.speakers import attributions

_TESTS = Path(__file__).parent
FOLDERS = {"seeds": seeds_dir(), "articles": _TESTS / "articles",
           "dev": _TESTS / "realpages" / "dev"}


@lru_cache(maxsize=4)
def _documents(name: str) -> tuple[tuple[list[str], list[int]], ...]:
    assert FOLDERS[name] == TEXT_FOLDERS[name]
    out = []
    for rows in corpus_rows(name):
        out.append(([r[5] for r in rows], [r[3] for r in rows]))
    return tuple(out)


@pytest.mark.parametrize("name", FOLDERS)
def test_skipping_patterns_changes_no_attribution(name, monkeypatch):
    docs = _documents(name)
    quick = [attributions(texts, paras) for texts, paras in docs]
    skipped = 0

    def every(todo: int, *args: object) -> int:
        nonlocal skipped
        skipped += bin(todo ^ left_to_try(todo, *args)).count("1")  # type: ignore[arg-type]
        return todo

    monkeypatch.setattr(attribution, "left_to_try", every)
    full = [attributions(texts, paras) for texts, paras in docs]
    assert full == quick
    assert skipped > 10  # the check does skip patterns there
    assert sum(bool(s.words.speaker) for said in quick for s in said) > 10


def test_the_patterns_that_give_only_a_speaker_have_no_other_group():
    patterns = speaker_patterns()
    only = patterns.speaker_only
    assert {"name_says", "quote_then_says", "group_says"} <= only
    for name, pattern in patterns.ordered:
        assert (name in only) == (name not in {"according_to", "relay_reports"}
                                  and set(pattern.groupindex) <= {"spk", "name"}), name
    assert not only & {"says_others_say", "told", "document_says", "citing"}


def test_left_to_try():
    only = 0b0110  # the second and third patterns give only a speaker
    assert left_to_try(0b1111, "Reuters", "He said", only) == 0  # a relay found: nothing left
    assert left_to_try(0b1111, "", "He said 40 died", only) == 0b1001
    assert left_to_try(0b1111, "", "the report of the Committee says", only) == 0b1111
    assert left_to_try(0b1001, "", "He said 40 died", only) == 0b1001


_PHRASE = st.text(st.sampled_from(list("the of report statement website press service release"
                                       " Tſ\u212aRS,.\n\t")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(before=_PHRASE, noun=st.sampled_from(DOCUMENT_NOUNS), middle=_PHRASE, after=_PHRASE,
       upper=st.booleans())
def test_a_phrase_naming_a_document_is_always_seen(before, noun, middle, after, upper):
    phrase = f"the {noun} of {middle}"
    phrase = phrase.upper() if upper else phrase
    assert DOCUMENT.match(phrase)
    assert may_name_document(before + phrase + after)


@settings(max_examples=300, deadline=None)
@given(text=_PHRASE, start=st.integers(0, 60), end=st.integers(0, 60))
def test_no_part_of_a_text_names_a_document_unless_seen(text, start, end):
    if DOCUMENT.match(text[start:start + end]):
        assert may_name_document(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.sampled_from(list("aBc it's lIkely \u0130\u017f\u212a.")), max_size=40),
       starts=st.lists(st.text(st.sampled_from(list("abc its lik'")), min_size=1, max_size=4),
                       max_size=5))
def test_one_scan_for_literal_starts_finds_what_one_test_per_start_finds(text, starts):
    from helpers.quick_patterns import _FOLDS_TO_ASCII, may_match_starts
    expected = bool(_FOLDS_TO_ASCII.search(text)) or any(s in text.lower() for s in starts)
    assert may_match_starts(text, tuple(starts)) == expected


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.sampled_from(list("ab. \u00a0\u2003\t\n\u3000")), max_size=30))
def test_the_last_word_before_a_stop_is_read_alike(text):
    # helpers.segment reads only the last word before a stop: rsplit once, as split() gives
    assert text.rsplit(None, 1)[-1:] == text.split()[-1:]
