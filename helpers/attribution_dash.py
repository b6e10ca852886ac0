"""A speaker after a dash and an inverted verb of saying, whatever its words: the shape of
Slavic, Hungarian, Romance and Baltic news, where a dash stands for the comma before the verb
and the speaker closes the sentence.

- dash_inverted: '... nem messze – közölte az ENSZ Menekültügyi Főbiztosságának (UNHCR)
  olaszországi szóvivője az X-en.', '... - közölte Heves vármegye katasztrófavédelmi
  szóvivője.', '... – poinformowała Komenda Główna Policji w niedzielę.', '... – poinformowała
  rzeczniczka ppor. Anna Michalska w programie "Sedno Sprawy".'

The named patterns that read a speaker there (says_name_role, says_group) want a name, or a
phrase in lower case, of words without brackets or abbreviations; this one is tried after
every other pattern and takes what stands between the verb and the end of the sentence: any
words, a bracketed abbreviation, an abbreviation's full stop, and an aside after a comma that
it leaves out (', megerősítve a ...'). What it reads is checked as any inverted speaker is
(helpers.attribution: no clause, 'že', 'что', 'hogy' ...: said_conjunctions.csv). Only a dash
with a space on each side counts: a hyphen inside a word (X-en) or a dash after a comma that
closes a quotation ('..., – сообщил X') is read by says_group. The verbs are those of
verbs_of_saying.csv that invert (inverts = yes).

- dash_verb_alone: '– Doszły nam dwie osoby – powiedział.', '... w szpitalu – dodała.': the
  verb alone closes the sentence, its subject a pronoun left unsaid (Slavic, Romance and
  Hungarian drop it): the sentence names its speaker as "he said" does, the last speaker
  (helpers.attribution), in a new paragraph too; before any speaker, nobody.
"""

from __future__ import annotations

import re

from . import lexicon
from .quick_patterns import alternation
from .speaker_phrases import prepositions

NAMES = ("dash_inverted", "dash_verb_alone")

# a speaker phrase: a letter first, then up to 150 characters without sentence punctuation (a
# full stop only inside, before a letter: "ppor. Anna Michalska"), then maybe an aside after a
# comma that opens no clause ("rzecznik policji dodając, że ...": what follows was said too,
# helpers.said_continuations reads it), up to the end of the sentence
_SPEAKER = (r"(?P<spk>[^\W\d_](?:[^,.;:!?\"“”«»]|\.(?=\s*[^\W\d_])){0,150}?)"
            r"(?:,\s+(?!(?:CLAUSE)\b)[^;:!?\"“”«»]{0,200}?)?\s*[.!?]?$")


def late(dash: str, before_verb: str, inverted: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns, tried after all others: `dash` (helpers.attribution_patterns.DASH), the
    words that may stand before the verb (`before_verb`) and the inverted verbs (`inverted`,
    an alternation). A speaker never opens with a preposition of any language
    (prepositions.csv: '- said in a statement')."""
    lead = rf"{dash}\s+{before_verb}(?:{inverted})"
    speaker = _SPEAKER.replace("CLAUSE", _conjunctions())
    return (("dash_inverted", re.compile(
        rf"{lead}\s+(?:(?:je|su|se|sa)\s+)?(?!(?:{_prepositions()})\b){speaker}")),
        ("dash_verb_alone", re.compile(rf"{lead}\s*[.!?]?$")))


def _prepositions() -> str:
    return alternation(sorted(prepositions()), literal=True)


def _conjunctions() -> str:
    """The conjunctions that open what was said (said_conjunctions.csv: 'że', 'que', 'hogy')."""
    return alternation(sorted(lexicon.terms("said_conjunctions")), literal=True)
