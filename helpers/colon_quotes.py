"""A speaker printed before a colon that opens a quotation: 'Le ministre de l'Intérieur, Gérard
Collomb : « ... »', 'Interior Minister John Smith: "..."', 'Министр Иван Петров: «...»'. The
sentence names that speaker, and the quotation's next sentences carry him on (rule S1; S2: every
sentence of a quoted passage is its attribution's).

A phrase that holds a person's role (titles_roles.csv) is a speaker when it ends with that role:
a name and a comma maybe first ("Kenneth Roth, Human Rights Watch director"), at most three
words before the role (five capitalised ones beside a name) and no preposition of any language
among them (prepositions.csv: "Letter to the Prime Minister" is a label), then nothing, a name
("Interior Minister John Smith"), or a complement ("the governor of that province", "der
Sprecher des Innenministeriums") and a name after a comma ("Le ministre de l'Intérieur, Gérard
Collomb"); a clause ("Why the president is wrong about migrants") is none. A label word before
the role is one only when no name stands beside it ("Human Rights Watch director Kenneth Roth"
is named). A phrase without a role is a speaker when it ends with a name: two to five
capitalised words (name particles allowed: name_particles.csv), none a label word
(headline_kickers.csv: "Breaking News", "Ukraine War Live") or a people noun ("Syria
Returnees", "Foreign Fighters") unless a body's name ends with it ("Syrian Democratic Forces":
body_name_words.csv). A closing time ("Mayor Eric Adams on Monday") is dropped. A topic or a
label ("Terrorisme : « ... »", "Update: ...") is neither.
"""

from __future__ import annotations

import re

from . import lexicon
from .people_phrases import people_nouns
from .speaker_phrases import prepositions, role_matches, trim_end

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
    phrase = trim_end(m.group("spk").strip().rstrip(",").strip())  # "X on Monday": X
    roles = role_matches(phrase)
    if roles:
        return phrase if _ends_with_role(phrase, roles[0], roles[-1]) else ""
    words = phrase.split()
    name = _name_length(words) or _body_name_length(words)
    return phrase if 2 <= name <= 5 and len(words) <= 12 else ""


def _body_name_length(words: list[str]) -> int:
    """How many words at the end of `words` make a body's name that a people noun of
    body_name_words.csv closes after at least two capitalised words ("Syrian Democratic
    Forces"; "Syria Returnees", "Foreign Fighters" are labels), or 0."""
    if len(words) < 3 or words[-1].casefold() not in lexicon.term_set("body_name_words") \
            or words[-1].casefold() in lexicon.term_set("headline_kickers"):
        return 0
    name = _name_length(words[:-1])
    return name + 1 if name >= 2 else 0


def _label_word(word: str) -> bool:
    """A word of a label or a topic, never of a name: a headline kicker ("Live", "Updates") or a
    people noun ("Returnees", "Fighters")."""
    lower = word.casefold()
    return lower in lexicon.term_set("headline_kickers") or lower in people_nouns().plural


def _name_length(words: list[str]) -> int:
    """How many words at the end of `words` make a name: capitalised words, name particles
    between them; 0 when one of them is a label word or every one is in capitals."""
    particles = lexicon.term_set("name_particles")
    name = 0
    for word in reversed(words):
        if _CAPITALISED.fullmatch(word) and word[0].isupper():
            if _label_word(word):
                return 0
            name += 1
        elif word.casefold() not in particles or not name:
            break
    named = [w for w in words[len(words) - name:] if w[0].isupper()] if name else []
    return 0 if named and all(w.isupper() for w in named) else name


def _is_name(words: list[str], least: int = 1) -> bool:
    """Whether `words` are all of a name of `least` to five words."""
    return least <= len(words) <= 5 and _name_length(words) == len(words)


def _ends_with_role(phrase: str, first: re.Match[str], last: re.Match[str]) -> bool:
    """Whether a phrase with a person's role (`first` and `last` of its role matches) ends with
    it: a name and a comma maybe first ("Kenneth Roth, Human Rights Watch director"), then a few
    words before the role (up to three; up to five capitalised ones when a name stands beside
    the role: "Amnesty International's Middle East director X"), no preposition among them (of
    any language: prepositions.csv) and no label word (unless a name stands beside the role and
    the label word does not open the words: "Human Rights Watch director X"), and after it
    nothing, a name, or a complement opened by a preposition or particle ("des
    Innenministeriums"), then a name after a comma."""
    particles, before_words = lexicon.term_set("name_particles"), prepositions()
    named_first, comma_first, rest = phrase[:first.start()].partition(",")
    if comma_first and _is_name(named_first.split(), least=2):
        before = rest.split()  # "Kenneth Roth, Human Rights Watch director"
    else:
        before, comma_first = phrase[:first.start()].split(), ""
    head, comma, tail = phrase[last.end():].partition(",")
    words = head.split()
    named = bool(comma_first) or bool(words and _is_name(words)) or (
        bool(comma) and _is_name(tail.split()))
    if any(w.casefold() in before_words and (w.islower() or w.casefold() not in particles)
           for w in before):
        return False  # "Letter to the Prime Minister", "Exclusive Interview With President X"
    if any(_label_word(w) for w in (before if not named else before[:1])):
        return False  # "Breaking News Editor"; not "Human Rights Watch director Kenneth Roth"
    capitalised = all(w[:1].isupper() for w in before)
    if len(before) > (5 if named and capitalised else 3):
        return False
    if words and not (words[0] in before_words or words[0] in particles or _is_name(words)):
        return False  # "Why the president is wrong about migrants": a clause
    return not comma or _is_name(tail.split())
