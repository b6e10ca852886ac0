"""The full stops of Armenian ("։"), Myanmar ("။") and Khmer ("។") end a sentence as "." does:
a short last sentence is no label, and a paragraph splits at them."""

import pytest

from helpers.scripts import FULL_STOPS, SENTENCE_ENDS
from helpers.segment import split_sentences
from helpers.textlines import ends_sentence, is_label

PARAGRAPHS = [
    ("Կառավարությունը հայտարարել է։ Երեք մարդ է զոհվել։",
     ["Կառավարությունը հայտարարել է։", "Երեք մարդ է զոհվել։"]),
    ("ရန်ကုန်မြို့တွင် မိုးကြီးခဲ့သည်။ လူသုံးဦး သေဆုံးခဲ့သည်။",
     ["ရန်ကုန်မြို့တွင် မိုးကြီးခဲ့သည်။", "လူသုံးဦး သေဆုံးခဲ့သည်။"]),
    ("ភ្លៀងធ្លាក់ខ្លាំង។ មនុស្សបីនាក់បានស្លាប់។",
     ["ភ្លៀងធ្លាក់ខ្លាំង។", "មនុស្សបីនាក់បានស្លាប់។"]),
]


@pytest.mark.parametrize("paragraph, expected", PARAGRAPHS)
def test_paragraph_splits_at_the_full_stop(paragraph, expected):
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize("stop", ["\u0589", "\u104b", "\u17d4"])
def test_stop_is_a_sentence_end_and_a_full_stop(stop):
    assert stop in SENTENCE_ENDS and stop in FULL_STOPS


def test_short_last_armenian_sentence_is_no_label():
    line = "Երեք մարդ է զոհվել։"  # "Three people died."
    assert ends_sentence(line)
    assert not is_label(line, 6)
    assert is_label("Երեք մարդ է զոհվել", 6)  # without its stop it reads as a label
