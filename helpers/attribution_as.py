"""A clause that opens with "as" and a verb of saying, its speaker after the verb (issue 12
point 6): "Como informó la policía, ...", "Come ha riferito la polizia, ...", "Comme l'a
indiqué la préfecture, ...", "Așa cum a anunțat IGSU, ...", "Както съобщиха от МВР, ...",
"Kaip pranešė policija, ...", "Siç njoftoi policia, ...", "Seperti dikatakan polisi, ...".

- as_says: the "as" word (as_openers.csv, kind as) where a sentence or a clause opens, an
  auxiliary or a clitic at most, a verb of saying (verbs_of_saying.csv, or one of as_openers.csv
  kind verb), then the speaker up to a comma or the sentence's end; a preposition "from" before
  a body is left out ("от МВР": МВР);
- as_subject_says: where a sentence opens, an "as" word of the languages that put the verb
  after its subject (kind as_last: "Zoals de politie meldt, ...", "Kuten poliisi kertoi, ...",
  "Som polisen uppger har ..."): the words between it and the verb of saying speak, and the
  "as" word is no part of them.

Tried before the subject patterns, which would read the "as" word itself as the speaker ("Como",
"Kaip"). Where the verb has no speaker after it ("Como dijo, ...", "Como dijo ayer, ...": as he
said) the pattern does not match; a word of time after the verb is skipped ("Como informó ayer la
policía": la policía) and is never the speaker (as_openers.csv, kind not_speaker).
"""

from __future__ import annotations

import re

from . import lexicon
from .pattern_lists import either_case

NAMES = ("as_says", "as_subject_says")


def _terms(kind: str) -> tuple[str, ...]:
    table = lexicon.table("as_openers")
    return tuple(table.loc[table["kind"] == kind, "term"])


def early(say: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The pattern, given the verbs of saying as one alternation (say)."""
    verbs = either_case(_terms("verb"))
    clitic = "|".join(re.escape(t) for t in _terms("clitic"))
    aux, source_from = ("|".join(map(re.escape, _terms(kind))) for kind in ("aux", "from"))
    # a word of time is never the speaker; after the verb it may stand before one
    not_speaker = rf"(?:{either_case(_terms('not_speaker'))})(?![^\W\d_])"
    return (
        ("as_says", re.compile(
            rf"(?:^[\s\"“„«'‘(–—-]*|[,;]\s+)(?:{either_case(_terms('as'))})\s+"
            rf"(?:(?:{clitic})(?<=['’])\s*|(?:{clitic})\s+)?"
            rf"(?:(?:{aux})\s+)?(?:{say}|{verbs})\s+(?:{not_speaker}\s+)?"
            rf"(?:(?:{source_from})\s+)?(?!{not_speaker})"
            r"(?P<spk>[^\W\d_][^,.;:«»\"“”\d]{0,100}?)\s*(?:[,;:]|\.?$)")),
        ("as_subject_says", re.compile(
            rf"^[\s\"“„«'‘(–—-]*(?:{either_case(_terms('as_last'))})\s+(?!{not_speaker})"
            r"(?P<spk>[^\W\d_][^,.;:«»\"“”\d]{0,80}?)\s+"
            rf"(?:{say})(?=\s*[,;:]|\s)")),
    )


def words_needed() -> dict[str, tuple[str, ...]]:
    """The words (whole, any case) one of which each pattern needs: the last word of an "as"."""
    return {name: tuple(dict.fromkeys(t.split()[-1].lower() for t in _terms(kind)))
            for name, kind in (("as_says", "as"), ("as_subject_says", "as_last"))}
