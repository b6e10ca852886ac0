"""Two speakers in one sentence (issue 12 point 6): "Organisers said 10,000 marched, but police put
the turnout at 1,500" gives 10,000 to the organisers and 1,500 to the police. A sentence is cut
into clauses at a comma or semicolon and a joining word (lexicon/clause_joiners.csv), or at a
semicolon before a Chinese character (Chinese joins clauses without a word); when two or
more clauses each name a speaker of their own and the speakers differ, each figure takes the
speaker of the clause it is printed in. Otherwise the sentence keeps its one speaker."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .attribution import Attribution, attribute
from .quick_patterns import phrase_alternation
from .script_speakers import script_attribution

# the patterns of an attribution that closes a sentence ("..., X said.", "..., writes Y"): it
# may speak for every clause before it, so the sentence is not cut
_CLOSING = frozenset({"quote_then_says", "says_name_role", "says_group", "relay_reports",
                      "fr_inverted", "es_inverted", "nl_inverted", "id_inverted", "aldus"})


# a semicolon before a Chinese character ends a clause of its own
_HAN_JOINT = re.compile(r"[;；]\s*(?=[\u3400-\u9fff])")


@lru_cache(maxsize=2)
def _joints(_version: tuple) -> re.Pattern:
    """Where a clause ends: a comma or semicolon, then a joining word (the next clause starts
    after it)."""
    joiners = phrase_alternation(lexicon.terms("clause_joiners"))
    return re.compile(rf"[,;]\s+(?:{joiners})\s+", re.IGNORECASE)


def clause_speakers(text: str) -> list[tuple[int, Attribution]]:
    """(start, attribution) of each clause of a sentence whose clauses name different speakers
    of their own; [] when the sentence has one clause, or fewer than two speakers."""
    cuts = [m.end() for m in _joints(lexicon.version("clause_joiners")).finditer(text)]
    if not text.isascii():  # Chinese prints no joining word: "X說,...;Y表示,..."
        cuts = sorted({*cuts, *(m.end() for m in _HAN_JOINT.finditer(text))})
    if not cuts:
        return []
    starts = [0, *cuts]
    ends = [*cuts, len(text)]
    found: list[tuple[int, Attribution]] = []
    last = Attribution()  # "X said ..., but he ...": the pronoun is the clause before's speaker
    for start, end in zip(starts, ends, strict=True):
        said = attribute(text[start:end], last, same_paragraph=False)
        if not said.named_here and (script := script_attribution(text[start:end], last)):
            said = script  # "墨西哥州州長X說" (helpers.script_speakers)
        found.append((start, said))
        last = said if said.speaker else last
    if found[-1][1].pattern in _CLOSING:
        return []  # "X said ..., but he named 12, Daily Trust writes": the whole sentence's
    named = {a.speaker for _, a in found if a.named_here and a.speaker}
    if len(named) < 2:
        return []
    # a clause that names no speaker takes the one before it ("X said 10 died, and 5 are hurt")
    out: list[tuple[int, Attribution]] = []
    for start, said in found:
        if not (said.named_here and said.speaker) and out:
            said = out[-1][1]
        out.append((start, said))
    return out


def speaker_at(clauses: list[tuple[int, Attribution]], text: str, excerpt: str,
               after: int) -> tuple[Attribution | None, int]:
    """The attribution of the clause that prints `excerpt` (searched from `after` on), and where
    the search goes on; None when the excerpt is not found or stands before any named clause."""
    at = text.find(excerpt, after) if excerpt else -1
    if at < 0:
        return None, after
    said = None
    for start, attribution in clauses:
        if start <= at:
            said = attribution
    if said is not None and not (said.named_here and said.speaker):
        said = None  # a clause before the first speaker: the sentence's own speaker stays
    return said, at + len(excerpt)
