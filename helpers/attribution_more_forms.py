"""More named speaker patterns (issue 12 point 6): South and West Slavic, Azerbaijani and Turkish
forms, which helpers.attribution_forms splices in (bcs_kako before the subject patterns, the
others after its "according to" patterns):

- bcs_kako: Bosnian, Croatian, Serbian, Montenegrin "Kako je saopštila policija, ..." and "Kako
  su naveli iz MUP-a, ..." (verbs: named_pattern_verbs.csv, pattern bcs_kako);
- slavic_prema: "according to" up to a comma: "Prema podacima MUP-a, ...", "Према подацима
  МУП-а, ...", "Podľa polície, ...", "Według policji, ...", "Po podatkih policije, ...",
  "Според МВР, ..." (source_prepositions.csv; the pronouns that name the last speaker, "Prema
  njegovim riječima": source_pronouns.csv);
- az_gore_of: Azerbaijani "Daxili İşlər Nazirliyinin məlumatına görə, ..." (according to X's
  information), as Turkish "AFAD'ın verilerine göre";
- it_secondo_quanto: Italian "secondo quanto riferito dalla polizia" (according to what the
  police reported; without "da X" it names nobody: unnamed_sources.csv);
- tr_compound_gore: Turkish "Başsavcılık açıklamasına göre: ..." (the body's name bare before its
  statement, no genitive: "per the prosecutor's office statement");
- vi_theo_of: Vietnamese "Theo báo cáo của X, ..." (according to X's report or figures, at a
  clause's start; the source runs to the next comma, even past the usual eight words: "Văn phòng
  thường trực Ban chỉ đạo Trung ương về Phòng chống thiên tai").

Their nouns, markers ("kako", "görə", "secondo quanto") and Italian verbs are data:
named_pattern_nouns.csv, named_pattern_markers.csv, named_pattern_verbs.csv (helpers.pattern_lists).
"""

from __future__ import annotations

import re

from . import lexicon
from .pattern_lists import either_case, either_case_tree, last_words, pattern_terms, spaced

NAMES = ("bcs_kako", "slavic_prema", "az_gore_of", "it_secondo_quanto", "tr_compound_gore",
         "vi_theo_of")
_NOUNS, _MARKERS = "named_pattern_nouns", "named_pattern_markers"


def _terms(kind: str) -> str:
    table = lexicon.table("source_prepositions")
    return either_case(tuple(table.loc[table["kind"] == kind, "term"]))


def _marker(pattern: str, either: bool = False) -> str:
    found = pattern_terms(_MARKERS, pattern)
    return either_case(found) if either else spaced(found)


def early(v: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    """The pattern tried before the subject patterns (whose subject would be "Kako"), built
    from the verbs of named_pattern_verbs.csv by pattern (v)."""
    kako = "|".join(v["bcs_kako"])
    return (
        ("bcs_kako", re.compile(
            rf"(?:^|[,;]\s+)(?:{_marker('bcs_kako', either=True)})\s+(?:je|su)\s+(?:{kako})\s+"
            r"(?:(?:iz|u)\s+)?(?P<spk>[^,.;:«»\"“”\d]{1,80}?)\s*(?:[,.;:]|$)")),
    )


def late() -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried after the other "according to" patterns (source_prepositions.csv;
    the pronouns that name no source: source_pronouns.csv)."""
    pronouns = "|".join(pattern_terms("source_pronouns", "slavic_prema"))
    aux = _terms("verb")
    return (
        ("slavic_prema", re.compile(
            rf"(?:^|[,;]\s+|\s)(?:(?P<closing>(?<=[,;]\s)(?:{_terms('closing')}))"
            rf"|{_terms('preposition')})\s+(?:(?:{_terms('noun')})\s+)?"
            # (no source when the phrase ends with the noun: "Prema prvim informacijama, ...")
            rf"(?P<spk>(?!(?:{pronouns})\b)"
            rf"(?!(?:[^\W\d_]+\s+){{0,2}}(?:{_terms('noun')})\s*(?:[,;:]|$|\s(?:{aux})\s))"
            # (nor a clause: a source runs eight words at most, "Podľa doposiaľ zistených
            # informácií sa v aute nachádzalo sedem ľudí, ..." names nobody)
            # (a word may hold digits after a letter: "Według RMF24 autobusem ...", round 20)
            r"[^\s,.;:«»\"“”\d]+(?:(?<=[^\W\d_])\d+)?"
            r"(?:\s+[^\s,.;:«»\"“”\d]+(?:(?<=[^\W\d_])\d+)?){0,7}?)"
            # up to a comma, or an auxiliary after the source ("Po oceni ministrstva je bilo"),
            # or, for a phrase of kind closing ("citing"), the sentence's end after a comma
            # ("..., vēsta X, atsaucoties uz vietējām varasiestādēm.")
            rf"\s*(?:[,;:]|(?(closing)\.?$|$)|(?=\s(?:{aux})\s))")),
        ("az_gore_of", re.compile(
            r"(?:^|[,;]\s+)(?P<spk>[^\W\d_][^,;:\"“”]{0,80}?)[-'’]?n?[ıiuüə]n\s+"
            rf"(?:{spaced(pattern_terms(_NOUNS, 'az_gore_of'))})\s+(?:{_marker('az_gore_of')})\b")),
        ("it_secondo_quanto", re.compile(  # "secondo quanto riferito dalla polizia"
            rf"\b(?:{_marker('it_secondo_quanto', either=True)})\s+"
            rf"(?:{spaced(pattern_terms('named_pattern_verbs', 'it_secondo_quanto'))})\s+"
            r"(?:(?:dalla|dalle|dagli|dai|dal|da)\s+"
            r"|dall['’]\s*)(?P<spk>[^,.;:«»\"“”\d]{1,100}?)\s*(?:[,.;:]|$)")),
        ("tr_compound_gore", re.compile(
            r"^(?P<spk>[A-ZÇĞİÖŞÜ][^\W\d_]*(?:\s+[A-ZÇĞİÖŞÜ][^\W\d_]*){0,4})\s+(?:son\s+)?"
            rf"(?:yazılı\s+)?(?:{spaced(pattern_terms(_NOUNS, 'tr_compound_gore'))})"
            rf"\s+(?:{_marker('tr_compound_gore')})\b")),
        ("vi_theo_of", re.compile(  # "Theo báo cáo của Ban chỉ đạo ..., 55 người chết"
            rf"(?:^|[,;]\s+)(?:{_marker('vi_theo_of', either=True)})\s+"
            rf"(?:{spaced(pattern_terms(_NOUNS, 'vi_theo_of'))})\s+"
            r"(?P<spk>[^,.;:«»\"“”\d]{1,120}?)\s*,")),
    )


def gates() -> dict[str, re.Pattern]:
    """What every match of slavic_prema holds: its preposition, or its closing phrase (each
    closing phrase is matched here wherever it stands, not only after a comma), and a space.
    The pattern may start at any space of a sentence, so searching it is slow; this search,
    with no opening context, skips most sentences that merely hold its needed word ("s" of
    "it's", "po", "jak"). helpers.attribution searches it first. The phrases are one tree
    (pattern_lists.either_case_tree): searched as a flat alternation, the gate itself took
    some 200 microseconds a sentence."""
    table = lexicon.table("source_prepositions")
    phrases = tuple(table.loc[table["kind"].isin(("preposition", "closing")), "term"])
    return {"slavic_prema": re.compile(rf"(?:{either_case_tree(phrases)})\s")}


def words_needed() -> dict[str, tuple[str, ...]]:
    """The words (whole, any case) one of which each pattern needs: the first word of a
    preposition of source_prepositions.csv, or a marker's last word."""
    table = lexicon.table("source_prepositions")
    first = tuple(sorted({t.split()[0].lower() for t in
                          table.loc[table["kind"] == "preposition", "term"]}))
    return {"slavic_prema": first, **{name: last_words(_MARKERS, name) for name in
                                      ("bcs_kako", "az_gore_of", "it_secondo_quanto",
                                       "tr_compound_gore", "vi_theo_of")}}
