"""Word lists that were written in code, or twice, until round 8's review: each is read from one
file of helpers/lexicon by every rule that uses it, so a word added to the file changes them all."""

from __future__ import annotations

from helpers.attribution import Attribution, attribute, speaker_patterns
from helpers.dates import weekday_names
from helpers.elided_forms import elided_form
from helpers.figure_grammar import figure_grammar, figure_matches
from helpers.furniture import line_rules
from helpers.header_lines import other_byline
from helpers.numbers import not_a_count
from helpers.speaker_phrases import clean_phrase
from helpers.speaker_reference import fits


def _add(folder, name: str, row: str) -> None:
    with (folder / f"{name}.csv").open("a", encoding="utf-8") as f:
        f.write(f"{row}\n")


def test_ukrainian_pronouns_are_read_by_every_rule_that_uses_them(word_lists):
    """A pronoun added to uk_pronouns.csv becomes a speaker phrase that refers back, is checked
    against the last speaker, follows "За" as the last speaker's words and is no source after
    "За даними"."""
    before = speaker_patterns()
    assert before.anaphora.match("його") and not before.anaphora.match("воно")
    assert fits("вони", "the ministry", before) and not fits("вони", "Aidar Bekov", before)
    assert fits("воно", "Aidar Bekov", before)  # no pronoun: nothing to check
    assert before["uk_pronoun_source"].search("За його словами, 12 людей загинули.")
    mine = "За нашими даними, 12 людей загинули."
    theirs = "За даними їхнього відомства, 12 людей загинули."
    assert not before["uk_pronoun_source"].search(mine)
    assert before["uk_za_danymy"].search(theirs)["spk"] == "їхнього відомства"
    _add(word_lists, "uk_pronouns", "воно,group,nominative,added by a test")
    _add(word_lists, "uk_pronouns", "їхнього,group,genitive,added by a test")
    _add(word_lists, "uk_pronouns", "нашими,group,instrumental,added by a test")
    after = speaker_patterns()
    assert after.anaphora.match("воно")
    assert not fits("воно", "Aidar Bekov", after) and fits("воно", "the ministry", after)
    assert after["uk_pronoun_source"].search(mine)["spk"] == "нашими"
    assert not after["uk_za_danymy"].search(theirs)


def test_every_full_english_weekday_name_of_the_date_reader_is_read_by_both_rules():
    """The one told ends before a weekday ("told VOA Monday that"), and "on <weekday>" closing a
    subject is no part of the speaker ("Mahfud on Tuesday said"): both rules read the full
    English names from helpers.dates (dateparser's locale data), the one place weekday names
    come from; an abbreviation ("Tue") is no such name."""
    names = weekday_names("en", full=True)
    assert len(names) == 7 and set(names) <= set(weekday_names())
    assert {"tue", "tues"} <= set(weekday_names("en")) - set(names)
    for name in names:
        found = attribute(f"Aidar Bekov told VOA {name.title()} that 300 citizens had left.",
                          Attribution())
        assert (found.speaker, found.via) == ("Aidar Bekov", "VOA")
        assert clean_phrase(f"Mahfud on {name.title()}") == "Mahfud"
    found = attribute("Aidar Bekov told VOA Tues that 300 citizens had left.", Attribution())
    assert found.via == "VOA Tues"
    assert clean_phrase("Mahfud on Tues") == "Mahfud on Tues"


def test_a_related_marker_is_matched_from_the_line_start(word_lists):
    """'ilginizi çekebilir' does not cover 'Bunlar da ilginizi çekebilir' (a marker is matched
    from the line's start): without its own row the longer heading is no marker."""
    assert line_rules().related.match("Bunlar da ilginizi çekebilir")
    path = word_lists / "related_markers.csv"
    rows = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(r for r in rows if not r.startswith("bunlar da ")) + "\n",
                    encoding="utf-8")
    assert line_rules().related.match("İlginizi çekebilir")
    assert not line_rules().related.match("Bunlar da ilginizi çekebilir")


def _range(text: str) -> tuple[str, str] | None:
    grammar = figure_grammar()
    for m in figure_matches(text, grammar):
        if m["b_lo"]:
            return m["b_lo"], m["b_hi"]
    return None


def test_range_between_words_are_read_by_the_range_and_where_a_figure_starts(word_lists):
    """A word added to range_between.csv opens a range, and a figure is looked for at it (the
    figure grammar's start words, which turn away a sentence without one)."""
    assert _range("Tra i 500 e i 700 combattenti sono partiti.") == ("500", "700")
    assert _range("Entre 500 y 700 combatientes se fueron.") == ("500", "700")
    text = "Amongst 500 and 700 fighters left."
    assert _range(text) is None and "amongst" not in figure_grammar().starts
    _add(word_lists, "range_between", "amongst,added by a test")
    assert _range(text) == ("500", "700") and "amongst" in figure_grammar().starts


def _money(text: str) -> bool | None:
    at = text.index("300")
    return not_a_count(text, at, at + 3, 300.0, False)


def test_currency_words_make_a_number_a_sum_of_money(word_lists):
    assert _money("They paid 300 euros to smugglers.") is True
    assert _money("Pagaron 300 dólares.") is True
    assert _money("They paid 300 zloty to smugglers.") is False
    _add(word_lists, "currency_words", "zloty,added by a test")
    assert _money("They paid 300 zloty to smugglers.") is True


def test_only_words_make_a_number_closing_a_clause_an_elided_count(word_lists):
    before, after = "eight are accused, the court will hear {} ", ", the rest later"
    assert elided_form(before.format("apenas"), after)
    assert not elided_form(before.format("merely"), after)
    _add(word_lists, "only_words", "merely,added by a test")
    assert elided_form(before.format("merely"), after)


def test_medium_nouns_are_cut_from_a_speaker_phrase(word_lists):
    assert clean_phrase("la Policía en un comunicado") == "la Policía"
    assert clean_phrase("the police in a bulletin") == "the police in a bulletin"
    _add(word_lists, "medium_nouns", "bulletin,added by a test")
    assert clean_phrase("the police in a bulletin") == "the police"


def test_inverted_aside_words_end_an_inverted_speaker(word_lists):
    text = '"We will bring them home," said the deputy minister, recalling the year 2019.'
    pattern = speaker_patterns()["says_group"]
    assert pattern.search('"We will bring them home," said the deputy minister, adding more.')
    assert not pattern.search(text)
    _add(word_lists, "inverted_aside_words", "recalling,added by a test")
    assert speaker_patterns()["says_group"].search(text)["spk"] == "the deputy minister"


def test_elided_past_tenses_make_a_number_before_them_a_count(word_lists):
    assert elided_form("Von den Familien ", " kehrten zurück.")
    assert not elided_form("Von den Familien ", " wanderten aus.")
    _add(word_lists, "elided_past_tenses", "wanderten,added by a test")
    assert elided_form("Von den Familien ", " wanderten aus.")


def test_russian_and_ukrainian_outcome_verbs_make_the_number_before_them_people(word_lists):
    assert figure_grammar().subject_of.match(" загинули під час обстрілу")
    assert not figure_grammar().subject_of.match(" мобілізовані до армії")
    _add(word_lists, "outcome_verbs_ru_uk", "мобілізовані,added by a test")
    assert figure_grammar().subject_of.match(" мобілізовані до армії")["verb"] == "мобілізовані"


def test_byline_roles_abroad_make_a_name_and_role_a_byline(word_lists):
    assert other_byline("Jeanne Dupont, envoyée spéciale") == "Jeanne Dupont"
    assert other_byline("Marco Rossi, inviato speciale") is None
    _add(word_lists, "byline_roles_abroad", "inviat[oa] special[ei],added by a test")
    assert other_byline("Marco Rossi, inviato speciale") == "Marco Rossi"


def test_byline_labels_before_a_role_are_read_from_the_label_file(word_lists):
    line = "av Anna Berg, Korrespondent in Brüssel für die Zeitung"
    assert other_byline("Par Jeanne Dupont, envoyée spéciale à Kaboul") == "Jeanne Dupont"
    assert other_byline(line) is None
    path = word_lists / "byline_labels.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("av,no,", "av,yes,"),
                    encoding="utf-8")
    assert other_byline(line) == "Anna Berg"


def test_subject_trailing_words_are_cut_from_the_end_of_a_speaker(word_lists):
    assert clean_phrase("A minisztérium kedden") == "A minisztérium"
    assert clean_phrase("Authorities have") == "Authorities"
    assert clean_phrase("Die Polizei gestern") == "Die Polizei gestern"
    _add(word_lists, "subject_trailing_words", "gestern,added by a test")
    assert clean_phrase("Die Polizei gestern") == "Die Polizei"
    assert clean_phrase("gestern") == "gestern"  # never the phrase's only word
