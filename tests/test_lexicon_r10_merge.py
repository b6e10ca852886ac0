"""Word lists added when round 10's branches were joined (issue 9 point 1, issue 12 point 5): a
word added to each changes what its rule finds, with no code edited."""

from __future__ import annotations

from helpers.numbers import not_a_count
from helpers.quantities import figures_and_scope
from helpers.speaker_phrases import negated


def _values(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["qualifier"]) for r in figures_and_scope(text)[0]]


def test_a_clitic_after_a_negation_names_nobody(word_lists):
    assert negated("las autoridades todavía no lo")
    assert negated("le autorità non l'")
    assert not negated("las autoridades lo")  # no negation
    assert not negated("the police no xy")
    with (word_lists / "negation_clitics.csv").open("a", encoding="utf-8") as f:
        f.write("xy,en,added by the test\n")
    assert negated("the police no xy")


def test_an_ordinal_mark_before_a_number_counts_nobody(word_lists):
    text = "他在比赛中获得第1名。"
    start = text.index("1")
    assert not_a_count(text, start, start + 1, 1.0, False)
    assert _values(text) == []
    assert _values("共有3名学生受伤。") == [(3.0, "exact")]
    other = "共有甲3名学生受伤。"
    assert _values(other) == [(3.0, "exact")]
    with (word_lists / "ordinal_marks.csv").open("a", encoding="utf-8") as f:
        f.write("甲,zh,added by the test\n")
    assert _values(other) == []


def test_a_qualifier_glued_before_a_classified_number():
    assert _values("事故造成至少25人死亡。") == [(25.0, "at least")]
    assert _values("事故造成25人死亡。") == [(25.0, "exact")]
