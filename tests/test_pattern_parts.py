"""helpers.pattern_parts: a pattern put together from the parses of its template and its parts
is the pattern re.compile makes of the whole text (the same code, groups, flags and matches),
on made-up patterns and on the figure grammar itself; where the parses cannot be put together,
the whole text is compiled as it is."""

from __future__ import annotations

import re

import pytest

from helpers import figure_grammar, lexicon, pattern_parts
from helpers.pattern_parts import PLACEHOLDERS, compile_parts, expand, parts_code, text_code

N, D, Y = PLACEHOLDERS[:3]
# a part that backtracks ("one", "one hundred", "onetwo"): which of its matches is taken
# depends on what follows it in the template
NUMBER = r"(?:one\s+hundred|one|two|\d+(?:\.\d+)?)(?:-(?:one|two))*"
DIGITS = r"(?<![\d.])\d{1,3}(?:,\d{3})*+(?:\s+million)?"
TEMPLATES = [
    rf"(?P<a>{N})\s+to\s+(?P<b>{N})|(?P<c>{N})",  # in groups, in alternatives
    rf"\bfrom\s+{N}(?:\s+or\s+{N})?(?=\s)",  # in a repeat, before a lookahead
    rf"(?:about\s+)?{N}?x|(?P<r>{D})\s*-\s*{D}",  # a part repeated, two parts
    rf"(?<!\w){N}{D}+|{N}\s+and\s+{N}\b",  # a part after a lookbehind, several times
    rf"(?P<y>{Y})-{Y}",  # a part of one width: the pattern's width is measured with it
]
PARTS = {N: NUMBER, D: DIGITS, Y: r"(?:19|20)\d\d"}
TEXTS = ["from one hundred or two people", "1999-2004", "about one hundred two x",
         "1,200 - 3 million", "one-two to 5.5 and two", "onex 12", "two and one hundred", "",
         "from 7 or 8 "]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("template", TEMPLATES)
def test_parts_put_together_are_the_whole_text(template, flags):
    text = expand(template, PARTS)
    assert parts_code(template, PARTS, flags)[1] == text_code(text, flags)
    made, whole = compile_parts(template, PARTS, flags), re.compile(text, flags)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == (
        whole.pattern, whole.flags, whole.groups, whole.groupindex)
    for sample in (*TEXTS, *(t.upper() for t in TEXTS)):
        assert ([(m.span(), m.groupdict()) for m in made.finditer(sample)]
                == [(m.span(), m.groupdict()) for m in whole.finditer(sample)]), sample


@pytest.mark.parametrize("template, parts", [
    (rf"x|{N}", {N: "a"}),  # a placeholder alone in an alternative: a set [xa]
    (rf"{N}b|{N}c", {N: "a"}),  # two alternatives that start with it: taken out of both
    (rf"[{N}]", {N: "a"}), (rf"[b{N}]", {N: "a"}),  # in a class
    (rf"{N}", {N: "(a)"}),  # a part with a group that captures
    (rf"(a){N}\1", {N: "b"}),  # a back reference
])
def test_parts_that_cannot_be_put_together_compile_the_whole_text(template, parts):
    with pytest.raises(pattern_parts._Unsafe):
        parts_code(template, parts)
    made, whole = compile_parts(template, parts), re.compile(expand(template, parts))
    assert made.pattern == whole.pattern
    assert text_code(made.pattern) == text_code(whole.pattern)
    assert [m.span() for m in made.finditer("xab aac abb")] == [
        m.span() for m in whole.finditer("xab aac abb")]


def test_the_figure_grammar_is_the_whole_text(monkeypatch, word_lists):
    """Each pattern of the figure grammar (its templates as figure_grammar writes them, the
    other word lists as they are) has the code re.compile writes for its text: with the number
    words cut to the first rows of each kind, so that parsing the whole text stays quick."""
    made = []

    def record(template: str, parts: dict[str, str], flags: int = 0) -> re.Pattern:
        made.append((template, parts, flags))
        return compile_parts(template, parts, flags)

    table = lexicon.table("number_words")
    table.groupby("kind").head(4).to_csv(word_lists / "number_words.csv", index=False)
    monkeypatch.setattr(figure_grammar, "compile_parts", record)
    grammar = figure_grammar.figure_grammar()
    assert len(made) == 4 and set(grammar.numbers.values) < set(table["term"].str.lower())
    for template, parts, flags in made:
        assert parts_code(template, parts, flags)[1] == text_code(expand(template, parts), flags)


def test_a_pattern_made_again_from_the_same_text_is_the_one_made_before():
    """As re.compile keeps its patterns, so that a grammar built again from a copy of the same
    lists costs nothing; a changed part makes a new one."""
    template = TEMPLATES[0]
    made = compile_parts(template, dict(PARTS), re.IGNORECASE)
    assert compile_parts(template, dict(PARTS), re.IGNORECASE) is made
    changed = compile_parts(template, {**PARTS, N: NUMBER + "|three"}, re.IGNORECASE)
    assert changed is not made and changed.match("three to one")
