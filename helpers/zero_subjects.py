"""Verbs of saying whose subject is left unsaid (a zero pronoun), in the languages that drop a
subject pronoun: "Añadió que ...", "Dodał, że ...", "وأضاف أن ...", "Alisema ...", "افزود: ...",
'또 "..."고 보고했다.', '"...", agregó.' The verb's ending names the speaker as "he said" does, so
such a sentence names the last speaker, also at the start of a new paragraph (rule S1 of
tests/realpages/README.md: a pronoun that fits the speaker carries it on). helpers.speakers asks
only for sentences that name no speaker of their own. The verbs, the words that open what was
said ("que", "že", "أن"), the glued conjunctions and the lead words are data
(zero_subject_sayings.csv)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from . import lexicon
from .scripts import WORD_END, WORD_START

_LIST = "zero_subject_sayings"
_CLOSERS = ".!?。！？؟।።\"”»'’)"  # what may close a sentence after its last verb, with spaces
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())  # what \s matches
_END = rf"[\s{re.escape(_CLOSERS)}]*$"
_CLOSING = _SPACES + _CLOSERS  # the same set, for str.rstrip
_TAIL = 40  # characters of a sentence's end that a closing verb is looked for in


class _Forms(NamedTuple):
    opens: re.Pattern  # the sentence opens with the verb
    closes: re.Pattern  # the sentence ends with the verb (after a comma, a dash or a quotation)
    firsts: frozenset[str]  # the first word of an opening verb or lead word, in lower case
    lasts: tuple[str, ...]  # the last word of a closing verb, in lower case


def _words(terms: list[str]) -> str:
    """Terms as one alternation, longest first, a space standing for any spaces."""
    return "|".join(re.escape(t).replace(r"\ ", r"\s+")
                    for t in sorted(set(terms), key=len, reverse=True))


@lru_cache(maxsize=4)
def _forms(_version: tuple) -> _Forms:
    table = lexicon.table(_LIST)
    table["term"] = table["term"].str.lower()
    of = lambda position: list(table.loc[table["position"] == position, "term"])  # noqa: E731
    opening, bare = of("opens"), of("opens_bare")
    ending, ending_glued = of("ends"), of("ends_glued")
    that, prefix, lead = of("that"), of("prefix"), of("lead")
    start = (rf"^[\s\"“”'«„‘]*(?:(?:{_words(lead)})[\s,]+)?"
             rf"(?:(?:{_words(prefix)})(?=\w))?")
    opens = re.compile(
        start + rf"(?:(?:{_words(opening)})(?=\s*[:,،“\"«„]|\s+Q\b|\s+(?:{_words(that)}){WORD_END})"
        rf"|(?:{_words(bare)}){WORD_END})", re.IGNORECASE)
    closes = re.compile(
        rf"(?:(?:[,،–—]|\s-|Q)\s*(?:{_words(opening + bare)})"
        rf"|{WORD_START}(?:{_words(ending)})|(?:{_words(ending_glued)}))(?:\s+Q)?{_END}",
        re.IGNORECASE)
    firsts = frozenset(t.split()[0] for t in opening + bare + lead) | frozenset(
        p + t.split()[0] for p in prefix for t in opening)
    lasts = tuple(t.split()[-1] for t in opening + bare + ending + ending_glued)
    return _Forms(opens, closes, firsts, lasts)


def reader() -> Callable[[str], bool]:
    """A test of whether a sentence (its frame: quotations as Q, helpers.speakers.outside_quotes)
    opens or ends with a verb of saying whose subject is left unsaid, with the current word list
    read once (a caller that reads every sentence of a document asks for it once per document)."""
    forms = _forms(lexicon.version(_LIST))

    def unsaid(text: str) -> bool:
        head = text.lstrip(" \"“”'«„‘").split(None, 1)
        if head and head[0].rstrip(",:،").lower() in forms.firsts and forms.opens.match(text):
            return True
        tail = text[-_TAIL:]
        return tail.rstrip(_CLOSING).lower().endswith(forms.lasts) and (
            forms.closes.search(tail) is not None)

    return unsaid
