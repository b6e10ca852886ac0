"""The attribution shortcuts of round 10 (issue 9, point 7) change nothing: the quotation mark Q
written with its letter first (Q_WORD, Q_OPENING) matches what \\bQ and ^Q match, in every
speaker pattern and gate, and the patterns given a second group of words match only where a
word of it is; on the seeds, the test articles and the dev real pages (sentences and their
frames, where quotations read as Q), and on generated text."""

from __future__ import annotations

import re

import pytest
from conftest import TEXT_FOLDERS, corpus_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_speed_attribution import _role_plain, _second_found

from helpers.attribution_patterns import Q_OPENING, Q_WORD, speaker_patterns
from helpers.speakers import outside_quotes

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


_LAST: list = []  # [(speaker patterns, their rewritten list)]: rebuilt when the patterns are


def _rewritten() -> list[tuple[str, re.Pattern, re.Pattern]]:
    """(name, pattern, the same pattern with \\bQ and ^Q as first written) for each speaker
    pattern and gate that holds Q_WORD or Q_OPENING (built once per speaker_patterns() object:
    looking through every pattern again for each sentence was most of a check's time)."""
    patterns = speaker_patterns()
    if _LAST and _LAST[0][0] is patterns:
        return _LAST[0][1]
    found = []
    for name, pattern in [*patterns.ordered, *(("gate " + n, g) for n, g in
                                               patterns.gates.items())]:
        if Q_WORD in pattern.pattern or Q_OPENING in pattern.pattern:
            plain = pattern.pattern.replace(Q_WORD, r"\bQ").replace(Q_OPENING, "^Q")
            found.append((name, pattern, re.compile(plain, pattern.flags)))
    _LAST[:] = [(patterns, found)]
    return found


def _same(text: str) -> None:
    for name, quick, plain in _rewritten():
        a, b = quick.search(text), plain.search(text)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (
            name, text)


def test_the_rewritten_patterns_are_the_hot_ones():
    names = {name for name, _, _ in _rewritten()}
    assert {"says_name_role", "says_group", "gate subject_prep_aside",
            "gate says_name_role"} <= names


def _variants(text: str) -> list[str]:
    frame = outside_quotes(text)
    return [text, frame, "Q, " + frame, frame.rstrip(".") + ", said Nurtai Abykayev.",
            "Q said the deputy chairman of the Committee, Nurtai Abykayev.",
            "xQ " + frame + " Q, told officials.", "Q " + frame]


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_q_written_letter_first_matches_as_before_on_real_sentences(name):
    matched = 0
    for text in corpus_sentences(name):
        for variant in _variants(text):
            _same(variant)
            matched += any(quick.search(variant) for _, quick, _ in _rewritten())
    assert matched > 10  # the patterns do match there


_Q_TOKENS = ["Q", "xQ", "_Q", "1Q", "éQ", "Q,", ",", ", ", "\"", "”", "»", "said", "says",
             "told", "added", "the", "spokesman", "Nurtai", "Abykayev", "—", "-", "в", "Q.",
             "he", "officials", "say", "QQ", "Qatar", ".", "\n"]


@SETTINGS
@given(st.lists(st.sampled_from(_Q_TOKENS), max_size=14),
       st.lists(st.sampled_from([" ", "", "  ", "\n"]), max_size=14))
def test_q_written_letter_first_on_generated_text(words, joins):
    text = "".join(w + (joins[k] if k < len(joins) else " ") for k, w in enumerate(words))
    _same(text)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_the_relay_patterns_match_only_where_a_word_of_their_second_group_is(name):
    patterns = speaker_patterns()
    assert {"says_told", "reported_as_saying", "quoted_as_saying"} <= set(patterns.second)
    matched = 0
    for text in corpus_sentences(name):
        for variant in (text, "Officials said a survivor told them that " + text,
                        "The Reuters news agency reported Nurtai Abykayev, the deputy police "
                        "chief, as saying " + text, "Interfax quoted Nurtai Abykayev as saying "
                        + text, "Local media cited the governor as stating " + text):
            _second_found(variant)
            matched += any(patterns[n].search(variant) for n in ("says_told",
                                                                "reported_as_saying"))
    assert matched > 10


_RELAY_WORDS = ["Officials", "said", "say", "says", "Said", "SAYS", "a", "the", "survivor",
                "told", "them", "that", "reported", "quoted", "cited", "Reuters", "Interfax",
                "Nurtai", "Abykayev", "as", "saying", "stating", "Saying", "was", ",", "300"]


@SETTINGS
@given(st.lists(st.sampled_from(_RELAY_WORDS), max_size=14),
       st.lists(st.sampled_from([" ", ", ", "  ", "\n"]), max_size=14))
def test_the_relay_patterns_second_groups_on_generated_text(words, joins):
    text = "".join(w + (joins[k] if k < len(joins) else " ") for k, w in enumerate(words))
    _second_found(text)


# --- speaker_role: a title before a name is searched after the last mark no title holds ------

def test_the_title_window_holds_for_the_current_role_terms():
    """The role terms with a hyphen ("porte-parole", "porta-voz") keep the window: a title is
    searched for after the last character that is neither a word character, a space nor a
    hyphen (no longer in the whole text before the name)."""
    from helpers import lexicon
    from helpers.statements import _title_window, _words_at_end
    assert _words_at_end(lexicon.version("titles_roles")) is not None
    prefix = "Officials (in Astana) said: the French porte-parole "
    assert _title_window(prefix) == prefix.index(" the")


@SETTINGS
@given(st.lists(st.sampled_from(["Le", "le", "porte-parole", "porta-voz", "o", "-", "—", "of",
                                 "the", "Committee,", "chairman", "said", "spokesman", "(",
                                 "Deputy", "\"", "a", "former", "ſpokesman", "PORTE-PAROLE",
                                 "porte", "parole", "voz", "1,", "advisor"]), max_size=9),
       st.sampled_from(["Nurtai Abykayev", "Abykayev"]),
       st.sampled_from(["", " ", ", ", "-", " \n", "\t"]))
def test_speaker_roles_with_hyphenated_titles_are_those_of_the_plain_rule(words, name, join):
    import helpers.statements as statements
    text = " ".join(words) + join + name + " said."
    assert statements.speaker_role(text, name) == _role_plain(text, name)


def _title_end_holds(prefix: str) -> None:
    """Where the title pattern matches, the end every title has (_title_end) matches too."""
    from helpers import lexicon
    from helpers.statements import _role_patterns, _title_end
    as_title = _role_patterns()[2]
    if as_title.search(prefix):
        assert _title_end(lexicon.version("titles_roles")).search(prefix), prefix


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_a_title_is_searched_only_where_its_end_is_on_real_sentences(name):
    from helpers.statements import _role_patterns
    found = 0
    for text in corpus_sentences(name):
        for cut in {m.start() for m in re.finditer(r"\b[A-Z]", text)}:  # before each name
            _title_end_holds(text[:cut])
            found += bool(_role_patterns()[2].search(text[:cut]))
    assert found > 0 or name != "seeds"


@SETTINGS
@given(st.lists(st.sampled_from(["The", "deputy", "chairman", "of", "the", "National", "head",
                                 "Security", "Committee", "spokesman", "ſpokesman", "porte-parole",
                                 "Deputy", "Foreign", "Minister", "minister", "x", "said", "a",
                                 "former", "adviser", "CHAIRMAN", "Kelvin", "\u212aazakh"]),
                max_size=10),
       st.lists(st.sampled_from([" ", "  ", "\n", ", ", "-"]), max_size=10))
def test_a_title_is_searched_only_where_its_end_is_on_generated_text(words, joins):
    text = "".join(w + (joins[k] if k < len(joins) else " ") for k, w in enumerate(words))
    _title_end_holds(text)


# --- role_clash reads the speaker's roles only when the phrase names one ----------------------

def _clash_plain(phrase: str, speaker: str) -> bool:
    from helpers.speaker_reference import _roles
    patterns = speaker_patterns()
    roles = {r for r in _roles(phrase, patterns) if not patterns.any_role.fullmatch(r)}
    held = _roles(speaker, patterns)
    return bool(roles and held and roles.isdisjoint(held))


@SETTINGS
@given(st.sampled_from(["he", "she", "the minister", "the official", "the spokesman", "they",
                        "the prime minister", "the chairman", "the expert", "il ministro", ""]),
       st.sampled_from(["Police chief X", "Nurtai Abykayev", "the ministry", "Minister X",
                        "Deputy Chairman of the Committee", "spokesman Y", "", "the report"]))
def test_role_clash_is_the_plain_rule(phrase, speaker):
    from helpers.speaker_reference import role_clash
    assert role_clash(phrase, speaker, speaker_patterns()) == _clash_plain(phrase, speaker)
