"""More named speaker patterns (issue 12 point 6): South and West Slavic, Azerbaijani and Turkish
forms, which helpers.attribution_forms splices in (bcs_kako before the subject patterns, the
others after its "according to" patterns):

- bcs_kako: Bosnian, Croatian, Serbian, Montenegrin "Kako je saopštila policija, ..." and "Kako
  su naveli iz MUP-a, ..." (verbs: named_pattern_verbs.csv, pattern bcs_kako);
- slavic_prema: "according to" up to a comma: "Prema podacima MUP-a, ...", "Podľa polície, ...",
  "Według policji, ...", "Po podatkih policije, ...", "Според МВР, ..." (source_prepositions.csv);
- az_gore_of: Azerbaijani "Daxili İşlər Nazirliyinin məlumatına görə, ..." (according to X's
  information), as Turkish "AFAD'ın verilerine göre";
- it_secondo_quanto: Italian "secondo quanto riferito dalla polizia" (according to what the
  police reported; without "da X" it names nobody: unnamed_sources.csv);
- tr_compound_gore: Turkish "Başsavcılık açıklamasına göre: ..." (the body's name bare before its
  statement, no genitive: "per the prosecutor's office statement").
"""

from __future__ import annotations

import re

from . import lexicon

NAMES = ("bcs_kako", "slavic_prema", "az_gore_of", "it_secondo_quanto", "tr_compound_gore")
# the pronouns after "prema" that name the last speaker, not a source ("Prema njegovim riječima")
_PRONOUNS = r"(?:njemu|njoj|njima|njegovim|njenim|njezinim|njihovim|njim|nemu|nej|nim)\b"
_TR_NOUNS = r"(?:açıklamasına|verilerine|bilgilerine|raporuna|tespitlerine)"
_AZ_NOUNS = r"(?:məlumatına|sözlərinə|açıqlamasına|bildirdiyinə|hesablamalarına|məlumatlarına)"


def _either_case(term: str) -> str:
    """A term as a pattern whose first letter may be in either case; a space: any spaces."""
    head, rest = term[0], re.escape(term[1:]).replace(r"\ ", r"\s+")
    return f"[{head.lower()}{head.upper()}]{rest}"


def _terms(kind: str) -> str:
    table = lexicon.table("source_prepositions")
    return "|".join(_either_case(t) for t in table.loc[table["kind"] == kind, "term"])


def early(v: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    """The pattern tried before the subject patterns (whose subject would be "Kako"), built
    from the verbs of named_pattern_verbs.csv by pattern (v)."""
    kako = "|".join(v["bcs_kako"])
    return (
        ("bcs_kako", re.compile(
            rf"(?:^|[,;]\s+)[Kk]ako\s+(?:je|su)\s+(?:{kako})\s+(?:(?:iz|u)\s+)?"
            r"(?P<spk>[^,.;:«»\"“”\d]{1,80}?)\s*(?:[,.;:]|$)")),
    )


def late() -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried after the other "according to" patterns (source_prepositions.csv)."""
    return (
        ("slavic_prema", re.compile(
            rf"(?:^|[,;]\s+|\s)(?:{_terms('preposition')})\s+(?:(?:{_terms('noun')})\s+)?"
            # (no source when the phrase ends with the noun: "Prema prvim informacijama, ...")
            rf"(?P<spk>(?!{_PRONOUNS})(?!(?:[^\W\d_]+\s+){{0,2}}(?:{_terms('noun')})\s*(?:[,;:]|$))"
            r"[^,.;:«»\"“”\d]{1,100}?)\s*(?:[,;:]|$)")),
        ("az_gore_of", re.compile(
            r"(?:^|[,;]\s+)(?P<spk>[^\W\d_][^,;:\"“”]{0,80}?)[-'’]?n?[ıiuüə]n\s+"
            rf"(?:{_AZ_NOUNS})\s+görə\b")),
        ("it_secondo_quanto", re.compile(  # "secondo quanto riferito dalla polizia"
            r"\b[Ss]econdo\s+quanto\s+(?:riferito|reso\s+noto|dichiarato|comunicato|spiegato"
            r"|affermato|annunciato|fatto\s+sapere)\s+(?:(?:dalla|dalle|dagli|dai|dal|da)\s+"
            r"|dall['’]\s*)(?P<spk>[^,.;:«»\"“”\d]{1,100}?)\s*(?:[,.;:]|$)")),
        ("tr_compound_gore", re.compile(
            r"^(?P<spk>[A-ZÇĞİÖŞÜ][^\W\d_]*(?:\s+[A-ZÇĞİÖŞÜ][^\W\d_]*){0,4})\s+(?:son\s+)?"
            rf"(?:yazılı\s+)?{_TR_NOUNS}\s+göre\b")),
    )


def words(v: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words (whole, any case) one of which each pattern needs."""
    table = lexicon.table("source_prepositions")
    first = tuple(sorted({t.split()[0].lower() for t in
                          table.loc[table["kind"] == "preposition", "term"]}))
    return {"bcs_kako": ("kako",), "slavic_prema": first, "az_gore_of": ("görə",),
            "it_secondo_quanto": ("quanto",), "tr_compound_gore": ("göre",)}
