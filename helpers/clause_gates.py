"""Where in a sentence two speaker patterns can match, told from its clause marks.

Two of the speaker patterns of helpers.attribution_patterns never match across a clause mark
(a comma, semicolon, colon or double quote mark), as long as no verb form of
verbs_of_saying.csv holds one (they are words, spaces, apostrophes and hyphens):

- says_others_say ("Ban says member states estimate ..."): its two verb forms and the few
  lower-case words between them, and its gate (helpers.attribution_patterns: says_twice),
  hold none, so both verb forms stand in one clause;
- subject_says ("The ministry of the interior stated that ..."): from its second character
  (the first may be a quote mark) to the end of its verb it holds neither a clause mark nor
  a digit, so its verb stands before the sentence's first one.

A sentence whose clauses fail this cannot match the pattern, which is then not searched: what
helpers.quick_patterns.holds_twice tells of the whole sentence, told of its clauses (the
clauses of a sentence holding two verbs of saying seldom hold both). The checks read the
sentence lower-cased once, whole (so each character is lower-cased as holds_twice and the
word sets read it), and the words a pattern needs (SpeakerPatterns.needs: lower case).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

CLAUSE_MARK = re.compile(r"[,;:\"“”]")
MARK_OR_DIGIT = re.compile(r"[,;:\"“”\d]")  # what ends the opening of subject_says

Check = Callable[[str, frozenset[str]], bool]


def twice_in_a_clause(lowered: str, words: frozenset[str]) -> bool:
    """Whether one clause of a lower-cased sentence (a stretch between clause marks) holds the
    words (lower case) at two places at least (holds_twice, clause by clause: a word holds no
    clause mark, so each place is in one clause)."""
    return any(sum(clause.count(word) for word in words) >= 2
               for clause in CLAUSE_MARK.split(lowered))


def in_opening(lowered: str, words: frozenset[str]) -> bool:
    """Whether the opening of a lower-cased sentence (up to its first clause mark or digit
    after its first character) holds one of the words (lower case)."""
    stop = MARK_OR_DIGIT.search(lowered, 1)
    opening = lowered if stop is None else lowered[:stop.start()]
    return any(word in opening for word in words)


def checks(verb_forms: Iterable[str]) -> dict[str, Check]:
    """The check of each pattern above by its name, for the verb forms of verbs_of_saying.csv;
    none when a form holds a clause mark or a digit (then a match may cross one)."""
    if any(MARK_OR_DIGIT.search(form) for form in verb_forms):
        return {}
    return {"says_others_say": twice_in_a_clause, "subject_says": in_opening}
