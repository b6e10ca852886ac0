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
from collections.abc import Callable

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


def cannot_change(name: str, via: str, document_named: Callable[[], bool],
                  only_speaker: frozenset[str]) -> bool:
    """For a sentence that has a speaker already: whether pattern `name` cannot change its
    attribution (a relay is found too, or the pattern gives only a speaker, in a sentence
    that names no document). `document_named` says whether the sentence may name a document
    (may_name_document); it is asked only when the answer depends on it."""
    return bool(via) or name in only_speaker and not document_named()
