"""The keyword checks that keep a rule from running on a sentence are exact: on the seeds, the
test articles and the dev real pages, the rule never matches a sentence (or the part of one)
that its check turns away, so running it anyway would change nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import TEXT_FOLDERS, corpus_sentences
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.attribution import _AGE, _AGE_HINT, speaker_patterns
from helpers.paths import seeds_dir
from helpers.quick_patterns import words_in
from helpers.statements import _role_patterns

_TESTS = Path(__file__).parent
FOLDERS = {"seeds": seeds_dir(), "articles": _TESTS / "articles",
           "dev": _TESTS / "realpages" / "dev"}


def _texts(name: str) -> tuple[str, ...]:
    assert FOLDERS[name] == TEXT_FOLDERS[name]
    return corpus_sentences(name)


@pytest.mark.parametrize("name", FOLDERS)
def test_the_not_saying_and_age_checks_turn_away_only_what_cannot_match(name):
    patterns = speaker_patterns()
    texts = _texts(name)
    assert len(texts) > 30
    turned_away = 0
    for text in texts:
        words = words_in(text)
        if not any(all(not need.isdisjoint(words) for need in needs)
                   for needs in patterns.not_saying_needs):
            turned_away += 1
            assert patterns.not_saying.search(text) is None, text
        if _AGE_HINT.search(text) is None:
            assert _AGE.search(text) is None, text
    assert turned_away > len(texts) // 10  # the check does turn sentences away


@pytest.mark.parametrize("name", FOLDERS)
def test_the_role_word_check_turns_away_only_what_cannot_match(name):
    _, before_name, as_title, any_role = _role_patterns()
    turned_away = 0
    for text in _texts(name):
        for m in re.finditer(r"\w+", text):  # every place a name could start
            if m.start() == 0 or not text[m.start()].isupper():
                continue
            if any_role.search(text, 0, m.start()) is None:
                turned_away += 1
                head = text[:m.start()]
                assert before_name.search(head) is None and as_title.search(head) is None, head
    assert turned_away > 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab -'’.,1Жé_\n"), max_size=120),
       st.integers(min_value=0, max_value=20))
def test_words_are_counted_alike_on_short_and_long_texts(text, limit):
    from helpers.textlines import count_words, words
    assert count_words(text, limit) == min(len(words(text)), limit + 1)
