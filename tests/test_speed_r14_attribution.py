"""The attribution shortcuts of round 14 (issue 9) change nothing: each gives what the plain
form it stands for gives, on the seeds, the test articles, the dev pages and generated text.

- helpers.attribution.attribute asks whether a sentence names nobody (names_nobody) only where
  no speaker is found, the one place its answer counts: a sentence on which it was not asked
  gets the same attribution whatever it would have answered.
- helpers.speaker_reference.continues decides a sentence inside its paragraph that opens with
  no pronoun or role noun without searching the statement phrases (either way it carries on).
- helpers.attribution_patterns.DASH (the dash before an inverted verb of saying) opens with the
  space and looks behind it after it: the same matches, tried only at a space.
"""

from __future__ import annotations

import re

import pytest
from conftest import TEXT_FOLDERS, corpus_sentences
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import helpers.attribution as attribution
import helpers.speaker_reference as reference
from helpers import lexicon
from helpers.attribution import Attribution, attribute
from helpers.attribution_patterns import DASH, speaker_patterns

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# the speakers in force before a sentence: none, a person, a body relayed by an outlet, a
# document
LASTS = (Attribution(), Attribution("John Smith", "", True, "name_says"),
         Attribution("the Interior Ministry", "Reuters", True, "according_to"),
         Attribution("the report", "", True, "document"))

_WORDS = ["He", "he", "said", "says", "told", "Reuters", "reportedly", "declined", "to",
          "comment", "according", "estimates", "The", "the", "official", "ministry", "In",
          "statement", ",", ".", ":", "Q", "John", "Smith", "police", "were", "said", "killed",
          "40", "people", "Напомним,", "что", "Açıklamada", "selon", "nos", "informations",
          "They", "it", "is", "believed", "sources", "officials", "an", "estimated"]
_SENTENCES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(" ".join)


_NAMES_NOBODY = attribution.names_nobody


def _same_whatever_nobody_says(text: str, last: Attribution) -> None:
    """attribute(text, last) asks names_nobody wherever it finds no speaker and no cut or
    subject named nobody already (where the answer decides the pattern: "unnamed" or a
    speaker carried on); and where it never asked, the attribution is the same with
    names_nobody answering True and False."""
    asked: list[str] = []

    def recorded(*args, **kwargs):
        asked.append(args[0])
        return _NAMES_NOBODY(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(attribution, "names_nobody", recorded)
        found = attribute(text, last)
        assert asked or found.speaker or found.pattern == "unnamed", (text, last)
        if asked:
            return
        for answer in (True, False):
            patch.setattr(attribution, "names_nobody", lambda *_, answer=answer, **__: answer)
            assert attribute(text, last) == found, (text, last, answer)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_names_nobody_is_asked_wherever_its_answer_counts(name):
    with lexicon.pinned():
        for text in corpus_sentences(name):
            for last in LASTS:
                _same_whatever_nobody_says(text, last)


@SETTINGS
@given(_SENTENCES, st.sampled_from(LASTS))
@example("Police reportedly said 40 people were killed.", LASTS[0])
@example("He declined to comment.", LASTS[1])
@example("Selon nos informations, 40 people were killed.", LASTS[1])
def test_names_nobody_is_asked_wherever_it_counts_on_generated_text(text, last):
    _same_whatever_nobody_says(text, last)


def _continues_plain(text: str, last: Attribution, same_paragraph: bool, patterns) -> bool:
    """continues as written before round 14: the statement phrases searched first."""
    if not last.speaker:
        return False
    if reference._statement_back(lexicon.version("statement_back_references")).match(
            text.lstrip("\"“”' ")):
        return True
    opens = patterns.opener.match(text.lstrip("\"“”' "))
    if opens is None:
        return same_paragraph
    if same_paragraph:
        return opens.group(0).lower() == "they" or reference.fits(opens.group(0), last.speaker,
                                                                  patterns)
    if reference._DESCRIBED.match(text.lstrip("\"“”' ")):
        return False
    return reference.fits(opens.group(0), last.speaker, patterns)


def _continues_same(text: str) -> None:
    patterns = speaker_patterns()
    for last in LASTS:
        for same in (True, False):
            assert reference.continues(text, last, same, patterns) == _continues_plain(
                text, last, same, patterns), (text, last, same)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_continues_says_what_its_plain_form_says(name):
    with lexicon.pinned():
        for text in corpus_sentences(name):
            _continues_same(text)


@SETTINGS
@given(_SENTENCES)
@example("In the statement, the ministry added 40 more.")
@example("Açıklamada, 40 kişinin öldüğü belirtildi.")
@example("He said 40 were killed.")
@example("They are men from the two cities.")
def test_continues_says_what_its_plain_form_says_on_generated_text(text):
    _continues_same(text)


# --- the dash before an inverted verb, space first ---------------------------------------------

_DASH_PLAIN = re.compile(r"(?<=[^\s,])\s[–—-](?=\s)")  # DASH as written before round 14


def _dash_same(text: str) -> None:
    quick = re.compile(DASH)
    assert [m.span() for m in quick.finditer(text)] == [
        m.span() for m in _DASH_PLAIN.finditer(text)], text
    for at in range(len(text) + 1):
        found, plain = quick.match(text, at), _DASH_PLAIN.match(text, at)
        assert (found and found.span()) == (plain and plain.span()), (text, at)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_the_dash_matches_what_its_plain_form_matches(name):
    for text in corpus_sentences(name):
        if "-" in text or "–" in text or "—" in text:
            _dash_same(text)


@SETTINGS
@given(st.text(alphabet=" ,\t\n–—-aQ.\u00a0", max_size=12))
@example("12 lidí – uvedl")
@example(", – said")
@example(" - x")
def test_the_dash_matches_what_its_plain_form_matches_on_generated_text(text):
    _dash_same(text)
