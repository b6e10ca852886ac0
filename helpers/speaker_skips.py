"""Which named speaker patterns can still change a sentence's attribution.

helpers.attribution.attribute tries its named patterns in order of trust; a later match only
fills what the earlier ones left empty. Once a sentence has both a speaker and a relay, no
later pattern changes anything; once it has a speaker, a pattern that finds a speaker and
nothing else (no relay, no document of its own) can only add the relay of a document named
as its speaker ("the report of X"), which needs a document noun followed by "of" in the text.
These checks skip the patterns that cannot change the result (the same attributions).
"""

from __future__ import annotations

import re

from .quick_patterns import may_match_starts

# the documents through which a body speaks: "the statement of the Committee reads"
DOCUMENT_NOUNS = ("statement", "website", "press service", "report", "press release")
_NOUNS = "|".join(DOCUMENT_NOUNS)
# a speaker phrase naming a document: what it is, "of", the body (taken out to leave the body)
DOCUMENT = re.compile(rf"^the (?:\w+\s+)?(?:{_NOUNS}) of\s+", re.IGNORECASE)
# what every phrase matching DOCUMENT holds, found anywhere in a text (the same engine and
# flags: a text without it holds no phrase that DOCUMENT matches)
_DOCUMENT_INSIDE = re.compile(rf"(?:{_NOUNS}) of\s", re.IGNORECASE)
# the groups of a pattern that gives a speaker and nothing else ("name": a name after a role)
_SPEAKER_GROUPS = frozenset({"spk", "name"})


def speaker_only(ordered: tuple[tuple[str, re.Pattern], ...], special: frozenset[str]
                 ) -> frozenset[str]:
    """The names of the patterns whose groups give a speaker and nothing else, leaving out
    `special` (patterns that attribute() reads in a way of their own)."""
    return frozenset(name for name, pattern in ordered
                     if name not in special and set(pattern.groupindex) <= _SPEAKER_GROUPS)


# what every match of _DOCUMENT_INSIDE begins with (any case): a text without one is not searched
_DOCUMENT_OF = tuple(f"{noun} of" for noun in DOCUMENT_NOUNS)


def may_name_document(text: str) -> bool:
    """Whether some part of text could be a speaker phrase naming a document (DOCUMENT)."""
    return may_match_starts(text, _DOCUMENT_OF) and _DOCUMENT_INSIDE.search(text) is not None


def left_to_try(todo: int, via: str, text: str, only: int) -> int:
    """For a sentence that has a speaker already, which of the patterns still to try (bit k of
    `todo`: the k-th of SpeakerPatterns.ordered) can change its attribution: none once a relay
    is found; once not, all but those that give only a speaker (bits `only`) when the text
    the patterns start on names no document (may_name_document, read only when it matters)."""
    if via:
        return 0
    if todo & only and not may_name_document(text):
        return todo & ~only
    return todo
