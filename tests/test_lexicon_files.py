"""The word lists shipped in helpers/lexicon/: each loads, has no repeated term, and its coded
columns hold only the values the code reads."""

from __future__ import annotations

import re

import pytest

from helpers import lexicon

CODED = {
    "verbs_of_saying": ("inverts", {"yes", "no"}),
    "verbs_of_saying ": ("noun", {"yes", "no"}),
    "figure_qualifiers": ("qualifier", {"about", "more than", "at least", "up to"}),
    "people_nouns": ("number", {"singular", "plural", "adjective", "hundreds"}),
    "people_nouns_abroad": ("number", {"singular", "plural", "adjective", "hundreds"}),
    "people_counters": ("kind", {"counter", "approx", "noun", "counter_if", "next"}),
    "zero_subject_sayings": ("position", {"opens", "opens_bare", "ends", "ends_glued", "that",
                                          "prefix", "lead"}),
    "people_counters ": ("position", {"glued", "before", "after_word", ""}),
    "number_of_before": ("kind", {"noun", "link", "after", "after_link"}),
    "number_words": ("kind", {"unit", "tens", "scale", "digit_scale",
                                "before_thousand", "one_before_scale",
                                "after_number_scale"}),
    "in_number_verbs": ("kind", {"verb", "next", "article", "ratio"}),
    "hungarian_case_suffixes": ("after", {"vowel", "consonant", "double"}),
    "titles_roles": ("refers_back", {"yes", "no"}),
    "titles_roles ": ("role", {"yes", "no"}),
    "titles_roles  ": ("fits_any", {"yes", "no"}),
    "speaker_pronouns": ("after_verb", {"yes", "no"}),
    "name_particles": ("in_names", {"yes", "no"}),
    "name_particles ": ("beside", {"yes", "no"}),
    "turkish_consonant_alternations": ("ends_word", {"yes", "no"}),
    "anonymous_roles": ("kind", {"role", "group"}),
    "said_conjunctions": ("v2", {"yes", "no"}),
    "said_conjunctions ": ("clause", {"yes", "no"}),
}


def test_honorifics_are_read_by_known_readers():
    readers = {r for value in lexicon.table("honorifics")["read_by"] for r in value.split()}
    assert readers == {"person", "name", "chunk"}


# the lists of the extractors (other lists have their own tests)
EXTRACTION_LISTS = ["verbs_of_saying", "hedges", "people_nouns", "people_nouns_abroad",
                    "number_words", "shares",
                    "figure_qualifiers", "titles_roles", "document_nouns", "people_verbs",
                    "people_events"]


@pytest.mark.parametrize("name", sorted(p.stem for p in lexicon.FOLDER.glob("*.csv")))
def test_every_list_loads(name):
    assert lexicon.terms(name), name


@pytest.mark.parametrize("name", EXTRACTION_LISTS)
def test_list_loads_without_repeats(name):
    terms = lexicon.terms(name)
    assert terms, name
    repeated = {t for t in terms if terms.count(t) > 1}
    assert not repeated, f"{name}: repeated {sorted(repeated)}"
    for term in terms:
        re.compile(term)  # every term is usable inside a pattern


@pytest.mark.parametrize("name", sorted(CODED))
def test_coded_columns_hold_known_values(name):
    column, allowed = CODED[name]
    values = set(lexicon.table(name.strip())[column])
    assert values <= allowed, f"{name}.{column}: {sorted(values - allowed)}"


def test_people_nouns_abroad_repeat_no_people_noun():
    listed = {t.lower() for t in lexicon.terms("people_nouns")}
    again = {t for t in lexicon.terms("people_nouns_abroad") if t.lower() in listed}
    assert not again, sorted(again)


def test_number_words_are_numbers():
    table = lexicon.table("number_words")
    values = table["value"].astype(int)
    assert (values >= 0).all()
    scales = values[table["kind"] == "scale"]
    assert all(v == 12 or str(v).lstrip("1").strip("0") == "" for v in scales)  # dozen, 100, ...
