"""The word lists of the named speaker patterns (helpers.pattern_lists): verbs by pattern
(named_pattern_verbs.csv), nouns (named_pattern_nouns.csv), markers (named_pattern_markers.csv),
pronouns that name no source (source_pronouns.csv) and the Turkish consonant alternation
(turkish_consonant_alternations.csv). A word added to a list changes what the rule finds, in the
estimates extractor as in helpers.attribution, with no code edited."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import speaker

from helpers import pattern_lists
from helpers.attribution import Attribution, attribute, speaker_patterns
from helpers.estimates import extract_estimates


def speakers(text: str) -> list[tuple]:
    docs = pd.DataFrame([{"doc_id": "t01", "title": "", "outlet": "Test News", "text": text}])
    return [(r.value, r.speaker) for r in extract_estimates(docs).itertuples()]


# (list, row added, sentence, speaker before, speaker after)
ADDED = [
    ("named_pattern_verbs", "bəyan edib,az_subject_verb,az,declared",
     "Daxili İşlər Nazirliyi bəyan edib ki, 12 nəfər saxlanılıb.", "",
     "Daxili İşlər Nazirliyi"),
    ("named_pattern_verbs", "precisato,it_secondo_quanto,it,specified",
     "Sono morte 12 persone, secondo quanto precisato dalla polizia locale.", "",
     "polizia locale"),
    ("named_pattern_nouns", "duyurusuna,tr_gore tr_compound_gore,tr,announcement",
     "AFAD'ın duyurusuna göre 12 kişi yaralandı.", "", "AFAD"),
    ("named_pattern_markers", "ifylgje,no_ifolge,nn,Norwegian Nynorsk: according to",
     "Minst 12 personer ble skadet, ifylgje politiet i Oslo.", "", "politiet i Oslo"),
    ("source_pronouns", "hende,no_ifolge,da,her",
     "Mindst 12 personer blev såret, ifølge hende.", "hende", ""),
    ("named_pattern_verbs", "указано,ru_document,ru,stated",
     "В результате пожара пострадали 12 человек, указано в сообщении МЧС.", "",
     "сообщении МЧС"),
    ("source_pronouns", "celle-ci,d_apres,fr,this one",
     "D'après celle-ci, 12 personnes sont mortes.", "celle-ci", ""),
    ("turkish_consonant_alternations", "nk,ng,no,renk: rengi",
     "Devlet Rengin açıklamasına göre 12 kişi yaralandı.", "Devlet Reng", "Devlet Renk"),
]


@pytest.mark.parametrize("name, row, text, before, after", ADDED, ids=[a[0] for a in ADDED])
def test_a_word_added_to_a_list_changes_what_the_rule_finds(word_lists, name, row, text,
                                                              before, after):
    number = int(next(w for w in text.split() if w.isdigit()))
    assert speaker(text) == before
    assert speakers(text) == [(number, before)]
    with (word_lists / f"{name}.csv").open("a", encoding="utf-8") as f:
        f.write(row + "\n")
    assert speaker(text) == after
    assert speakers(text) == [(number, after)]


def test_a_marker_is_the_word_its_pattern_needs(word_lists):
    assert "ifylgje" not in speaker_patterns().needs["no_ifolge"]
    with (word_lists / "named_pattern_markers.csv").open("a", encoding="utf-8") as f:
        f.write("ifylgje,no_ifolge,nn,\n")
    assert "ifylgje" in speaker_patterns().needs["no_ifolge"]
    assert "ifylgje" in speaker_patterns().triggers


def test_the_turkish_stem_takes_the_bare_consonant():
    assert pattern_lists.turkish_stem("Valiliğ") == "Valilik"
    assert pattern_lists.turkish_stem("Valilik") == "Valilik"
    assert pattern_lists.turkish_stem("Ahmed") == "Ahmed"  # a soft "d" may close a name
    assert speaker("Valiliğin açıklamasına göre 12 kişi yaralandı.") == "Valilik"


def test_every_pattern_a_list_names_exists():
    names = {name for name, _ in speaker_patterns().ordered}
    for list_name in ("named_pattern_verbs", "named_pattern_nouns", "named_pattern_markers",
                      "source_pronouns"):
        unknown = set(pattern_lists.by_pattern(list_name)) - names - {
            "fr_pronoun", "refusal", "withheld", "volgens_verb", "ru_kak", "source_back_fr",
            "source_back_es", "tr_statement"}  # (verbs of a part of another pattern)
        assert not unknown, f"{list_name}: {sorted(unknown)}"


def test_serbian_according_to_is_one_pattern_in_both_scripts():
    for text, source in [("Prema podacima MUP-a, uhapšeno je 12 osoba.", "MUP-a"),
                         ("Према подацима МУП-а, ухапшено је 12 особа.", "МУП-а"),
                         ("Prema saopštenju policije, uhapšeno je 12 osoba.", "policije")]:
        found = attribute(text, Attribution())
        assert (found.speaker, found.pattern) == (source, "slavic_prema")
    # the one who says it speaks ("according to" in every language)
    assert speaker("Prema podacima MUP-a, uhapšeno je 12 osoba, rekao je ministar Ivić.") == \
        "ministar Ivić"
    assert speaker("Prema njegovim riječima, uhapšeno je 12 osoba.") == ""  # nobody before
