"""A speaker printed before a colon that opens a quotation: 'Le ministre de l'Intérieur, Gérard
Collomb : « ... »', 'Interior Minister John Smith: "..."', 'Министр Иван Петров: «...»'. The
sentence names that speaker, and the quotation's next sentences carry him on (rule S1; S2: every
sentence of a quoted passage is its attribution's).

The phrase before the colon is a speaker when it ends with a name (two to five capitalised
words, name particles allowed: name_particles.csv) or holds a person's role (titles_roles.csv);
a topic or a label ("Terrorisme : « ... »", "Update: ...") is neither.
"""

from __future__ import annotations

import re

from . import lexicon
from .speaker_phrases import person_role

# from the sentence's start: a phrase without sentence punctuation or quote marks, a colon (a
# space before it in French), an opening quote mark, or the Q that stands for a quotation in the
# frame of a quotation run (helpers.speakers.outside_quotes)
_COLON_QUOTE = re.compile(
    r"(?P<spk>[^\W\d_][^.!?:;«»\"“”„‘()\d]{2,99}?)\s?:\s*(?:[«\"“„‘]|Q(?!\w))")
_CAPITALISED = re.compile(r"[^\W\d_][\w'’-]*")


def colon_speaker(text: str) -> str:
    """The speaker phrase before a colon and an opening quotation at the start of a sentence,
    or ""."""
    if ":" not in text:
        return ""
    m = _COLON_QUOTE.match(text.lstrip())
    if not m:
        return ""
    phrase = m.group("spk").strip().rstrip(",").strip()
    if person_role(phrase):
        return phrase
    particles = lexicon.term_set("name_particles")
    words = phrase.split()
    name = 0
    for word in reversed(words):
        if _CAPITALISED.fullmatch(word) and word[0].isupper():
            name += 1
        elif word.casefold() not in particles or not name:
            break
    return phrase if 2 <= name <= 5 and len(words) <= 12 else ""
