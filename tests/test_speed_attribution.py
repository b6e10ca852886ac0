"""The attribution shortcuts of round 8 (issue 9, point 7) change nothing: each gives what the
plain rule it stands for gives, on the seeds, the test articles and the dev real pages, and on
generated text."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import TEXT_FOLDERS, corpus_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import helpers.attribution as attribution
import helpers.speakers as speakers
from helpers.attribution_patterns import speaker_patterns
from helpers.quick_patterns import bits_of, words_in
from helpers.sources import document_sentences, load_corpus
from helpers.speakers import attributions

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _documents(name: str) -> list[tuple[list[str], list[int]]]:
    docs = load_corpus(TEXT_FOLDERS[name]).documents
    rows = [document_sentences(d, t) for d, t in zip(docs["doc_id"], docs["text"], strict=True)]
    return [([r[5] for r in rs], [r[3] for r in rs]) for rs in rows]


# --- a pattern with a second group of words is tried only where one of them is -----------------

def _second_found(text: str) -> None:
    """Where a pattern with a second group matches, the sentence holds a word of the group."""
    patterns = speaker_patterns()
    words = words_in(text)
    for name, second in patterns.second.items():
        if patterns[name].search(text):
            assert not second.isdisjoint(words), (name, text)


def _variants(text: str) -> list[str]:
    """A sentence and forms of it that more of the patterns can match."""
    return [text, "The ministry said that " + text, "Officials, who asked not to be named, said "
            + text, text.rstrip(".") + ", the statement of the Committee says.",
            "Kapolres Budi saat dikonfirmasi, Senin, mengatakan " + text]


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_a_pattern_with_a_second_group_matches_only_where_a_word_of_it_is(name):
    for text in corpus_sentences(name):
        for variant in _variants(text):
            _second_found(variant)


_WORDS = ["that", "who", "which", "speaking", "saat", "ketika", "di", "sela", "dalam",
          "statement", "press", "service", "report", "website", "of", "the", "The", "said",
          "says", "told", "mengatakan", "Ministry", "X", "he", "thatch", "Who", "THAT", "reads",
          "who’s", "Sela", "SAAT"]


@SETTINGS
@given(st.lists(st.sampled_from(_WORDS), max_size=14),
       st.lists(st.sampled_from([" ", ", ", " ", "  ", ". ", "\n", " \"", "-"]), max_size=14))
def test_a_pattern_with_a_second_group_on_generated_text(words, joins):
    text = "".join(w + (joins[k] if k < len(joins) else " ") for k, w in enumerate(words))
    for variant in _variants(text):
        _second_found(variant)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_the_patterns_lacking_a_second_word_are_the_ones_the_sets_give(name):
    patterns = speaker_patterns()
    assert patterns.second  # the check is made
    for text in corpus_sentences(name):
        words = words_in(text)
        lacking = patterns.lacking(bits_of(words, patterns.word_index))
        assert [bool(lacking >> k & 1) for k in range(len(patterns.ordered))] == [
            n in patterns.second and patterns.second[n].isdisjoint(words)
            for n, _ in patterns.ordered], text


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_attributions_are_the_same_with_no_second_group_checked(name, monkeypatch):
    docs = _documents(name)
    quick = [attributions(texts, paras) for texts, paras in docs]
    every = dataclasses.replace(speaker_patterns(), second={}, twice=frozenset())
    monkeypatch.setattr(speakers, "speaker_patterns", lambda: every)
    monkeypatch.setattr(attribution, "speaker_patterns", lambda: every)
    assert [attributions(texts, paras) for texts, paras in docs] == quick


# --- names_nobody: an ASCII sentence without the words each phrase needs is turned away ---------

_UNNAMED_WORDS = ["He", "declined", "to", "comment", "has", "had", "no", "immediate", "could",
                  "not", "be", "reached", "it", "is", "understood", "It", "will", "recalled",
                  "Selon", "nos", "informations", "we", "recall", "let's", "Let", "us", "was",
                  "available", "for", "request", "REPORTEDLY", "si", "apprende", "pas", "voulu",
                  "commenter", "zur", "Erinnerung", "soll", "sollen", "gebracht", "sein", "n’a",
                  "40", ",", ".", "said", "Has", "NO", "Comment"]


@SETTINGS
@given(st.lists(st.sampled_from(_UNNAMED_WORDS), max_size=12),
       st.sampled_from([" ", "  ", ", ", "\n"]))
def test_unnamed_sources_turned_away_by_their_words_on_generated_text(words, join):
    from helpers.speaker_reference import names_nobody
    text = join.join(words)
    assert names_nobody(text, words_in(text)) == names_nobody(text), text


def test_unnamed_sources_are_turned_away_by_more_than_their_first_words():
    from helpers.speaker_reference import names_nobody
    text = "The ministry has said it was not clear how many had no papers."
    assert names_nobody(text) is False
    assert names_nobody(text, words_in(text)) is False
    assert names_nobody("The ministry has no immediate comment.", words_in(
        "The ministry has no immediate comment."))


_FRAGMENT_PARTS = ["said", "(?:had|has)", "no", "(?:immediate )?comment", "x\\w+", "(?:a|b c)",
                   "не", "(?:да|нет)", "ſo", "(?:it|ſo)", "K"]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(_FRAGMENT_PARTS), min_size=1, max_size=4), min_size=1,
                max_size=3),
       st.lists(st.sampled_from(["said", "had", "has", "HAS", "no", "comment", "immediate",
                                 "xyz", "a", "b", "c", "so", "it", "k", "x"]), max_size=10),
       st.sampled_from([" ", "  ", ", "]))
def test_needed_words_are_held_by_every_ascii_match(branches, words, join):
    """needed_words against the plain rule: where the fragment matches at a word of an ASCII
    text, one of its branches has each of its groups' words in the text."""
    import re

    from helpers.quick_patterns import needed_words
    fragment = "|".join(" ".join(parts) for parts in branches)
    needs = needed_words(fragment)
    pattern = re.compile(rf"(?:{fragment})(?!\w)", re.IGNORECASE)
    text = join.join(words)
    held = words_in(text)
    matched = any(pattern.match(text, w.start()) for w in re.finditer(r"\b\w", text))
    if needs is None:
        assert any(not p.isascii() for p in fragment), fragment  # a letter that may fold
        return
    if matched:
        assert any(all(not group.isdisjoint(held) for group in branch) for branch in needs), (
            fragment, text)
