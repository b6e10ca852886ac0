"""The words helpers.attribution_qualified reads are data (qualified_pattern_words.csv): each
group is there, and the patterns built from them read what they read before (issue 12 point 6)."""

from __future__ import annotations

from conftest import speaker

from helpers import lexicon


def test_every_group_has_words() -> None:
    groups = set(lexicon.table("qualified_pattern_words")["group"])
    assert groups == {"not_source", "fr_time", "article", "that", "id_not_name"}


def test_patterns_read_the_listed_words() -> None:
    # article + "that" (lead_in_says_that); a French time phrase (fr_inverted_aux)
    assert speaker("En conférence de presse, le ministère indique que 40 personnes sont "
                   "mortes.") == "le ministère"
    assert speaker("« 30 personnes ont été arrêtées », avait précisé mardi soir le préfet "
                   "du Nord.").lower().endswith("préfet du nord")
