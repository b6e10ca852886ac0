""""According to" printed after its source, in the languages that put it there:

- fi_mukaan: Finnish "Poliisin mukaan ...", "Sisäministeriön tietojen mukaan ..." (the source
  in the genitive: every word of it ends in "n");
- hu_szerint: Hungarian "A rendőrség szerint, ...", "A rendőrség adatai szerint ..." (one to
  four words from the clause's start);
- case_source: a source in the genitive before a noun of data or words in a case that says "by"
  or "according to" (no postposition): Lithuanian "policijos duomenimis", "ministro teigimu",
  Estonian "politsei andmetel", "ministri sõnul", Georgian "პოლიციის ცნობით", Armenian
  "ոստիկանության տվյալներով" (one to four words from the clause's start; an adjective before
  the noun, "preliminariais duomenimis", "esialgsetel andmetel", names nobody).

A noun of data or statements before the postposition ("tietojen", "adatai": the data of) is cut,
and such a noun alone names nobody ("Ennakkotietojen mukaan", "Becslések szerint": preliminary
data, estimates), nor does a rule ("lain mukaan": by law). The postpositions are data
(named_pattern_markers.csv), the nouns too (named_pattern_nouns.csv), by pattern.
"""

from __future__ import annotations

import re

from .pattern_lists import last_words, pattern_terms, spaced

NAMES = ("fi_mukaan", "hu_szerint", "case_source")
_MARKERS, _NOUNS = "named_pattern_markers", "named_pattern_nouns"


def _nouns(name: str) -> str:
    return spaced(pattern_terms(_NOUNS, name))


# the most characters hu_szerint looks across for a closing "szerint" (a look-ahead over the rest
# of the text at every article would make the pattern quadratic on a long sentence)
GAP = 200


def late() -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried after the other "according to" patterns."""
    fi, hu = _nouns("fi_mukaan"), _nouns("hu_szerint")
    fi_marker = f"(?:{spaced(pattern_terms(_MARKERS, 'fi_mukaan'))})"
    hu_marker = f"(?:{spaced(pattern_terms(_MARKERS, 'hu_szerint'))})"
    case_marker = f"(?:{spaced(pattern_terms(_MARKERS, 'case_source'))})"
    nobody = _nouns("case_source")  # words that, alone before the noun, name nobody
    return (
        ("fi_mukaan", re.compile(
            # at the clause's start, or closing the sentence ("... kuoli poliisin mukaan.")
            rf"(?:^|[,;]\s+|\s(?=(?:[^\W\d_][\w:-]*n\s+){{0,2}}(?:(?i:{fi})\s+)?{fi_marker}\.?$))"
            rf"(?!(?i:{fi})\s)"  # a noun of data alone names nobody
            r"(?P<spk>(?:[^\W\d_][\w:-]*n\s+){0,2}?[^\W\d_][\w:-]*n)"
            rf"(?:\s+(?i:{fi}))?\s+{fi_marker}\b")),
        ("hu_szerint", re.compile(
            # at the clause's start (unless an article inside shows that the source closes the
            # sentence), or closing the sentence from its article ("... a rendőrség szerint.")
            rf"(?:(?:^|[,;]\s+)(?![^,;]{{0,{GAP}}}?\s(?:a|az)\s[^,;]{{0,{GAP}}}?\s{hu_marker}\.?$)"
            rf"|\s(?=az?\s[^,;]{{0,{GAP}}}?\s{hu_marker}\.?$))"
            rf"(?!(?:[Aa]z?\s+)?(?i:{hu})\s)"
            r"(?P<spk>[^\W\d_][^\s,.;:«»\"“”()]*(?:\s+[^\s,.;:«»\"“”()]+){0,3}?)"
            rf"(?:\s+(?i:{hu}))?\s+{hu_marker}\b")),
        ("case_source", re.compile(
            r"(?:^|[,;]\s+)(?P<spk>(?:[^\W\d_][\w'’-]*\s+){0,3}?"
            rf"(?!(?i:{nobody})\s)[^\W\d_][\w'’-]*)\s+{case_marker}(?!\w)")),
    )


def words_needed() -> dict[str, tuple[str, ...]]:
    """The words (whole, any case) each pattern needs: its postpositions."""
    return {name: last_words(_MARKERS, name) for name in NAMES}
