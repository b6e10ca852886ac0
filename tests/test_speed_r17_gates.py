"""Round 17: the gates of slavic_prema (its preposition, or its closing phrase after a comma,
and a space) and of the "as saying" patterns (reported_as_saying, quoted_as_saying) match
wherever their pattern matches, so helpers.attribution may skip a pattern whose gate finds
nothing: on the seeds, the test articles, the dev pages and on generated text."""

from __future__ import annotations

import re

import pytest
from conftest import TEXT_FOLDERS, corpus_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import lexicon
from helpers.attribution_patterns import speaker_patterns

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
NAMES = ("slavic_prema", "reported_as_saying", "quoted_as_saying")


def _gate_found(text: str, gates: dict[str, re.Pattern] | None = None) -> int:
    """Where one of NAMES matches text, its gate matches too; how many of them matched."""
    patterns = speaker_patterns()
    gates = gates or patterns.gates
    found = 0
    for name in NAMES:
        if patterns[name].search(text):
            found += 1
            assert gates[name].search(text), (name, text)
    return found


def _variants(text: str) -> list[str]:
    """A sentence and forms of it that the gated patterns match."""
    return [text, "Prema podacima MUP-a, " + text, text.rstrip(".") + ", według policji.",
            "Interfax quoted the deputy minister as saying " + text,
            "The Reuters news agency reported Ivan Petrov, the police chief, as stating " + text,
            "Jak podaje policja, " + text, text.rstrip(".") + ", s odvoláním na policii."]


def test_the_gated_patterns_have_their_gates():
    assert set(NAMES) <= set(speaker_patterns().gates)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_a_gated_pattern_matches_only_where_its_gate_matches(name):
    found = sum(_gate_found(variant) for text in corpus_sentences(name)
                for variant in _variants(text))
    assert found > len(corpus_sentences(name))  # the patterns do match there


def _phrases() -> list[str]:
    table = lexicon.table("source_prepositions")
    return sorted(set(table["term"]))


_WORDS = ["Prema", "prema", "podacima", "MUP-a", "policji", "Według", "jak", "Jak", "podaje",
          "s", "it's", "po", "the", "police", "said", "quoted", "reported", "cited", "as",
          "saying", "stating", "Interfax", "Ivan", "Petrov", "chief", "40", "died", "was"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_phrases())), max_size=14),
       st.lists(st.sampled_from([" ", ", ", "; ", "  ", ". ", "\n", "\t", ": "]), max_size=14))
def test_a_gated_pattern_on_generated_text(words, joins):
    text = "".join(w + (joins[k] if k < len(joins) else " ") for k, w in enumerate(words))
    for variant in (text, text.capitalize(), text.upper()):
        _gate_found(variant)


def test_a_wrong_gate_is_caught():
    """The check fails for a gate that misses a match: slavic_prema's gate without its
    prepositions."""
    wrong = {**speaker_patterns().gates, "slavic_prema": re.compile(r"(?!)")}
    with pytest.raises(AssertionError):
        _gate_found("Prema podacima MUP-a, 40 ljudi je poginulo.", wrong)
