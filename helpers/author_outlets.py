"""An 'author' that names a wire or a newsroom is the outlet (issue 12 point 3): 'Por: NTX',
'Hibya Haber Ajansı', '(NRT Digital Media)' are credits, not writers. The outlet then comes from
the byline (outlet_basis 'parsed'), and the author is empty."""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .page import Article
from .textlines import words


@lru_cache(maxsize=4)
def _folded(_version: tuple) -> frozenset[str]:
    return frozenset(a.casefold() for a in lexicon.terms("news_agencies"))


def agency_names() -> frozenset[str]:
    """The news agencies' names (news_agencies.csv), casefolded (an agency may be printed in
    lower case: 'efe'); built again only when the list changes on disk."""
    return _folded(lexicon.version("news_agencies"))


def newsroom_name(name: str) -> bool:
    """name is a news agency's (news_agencies.csv: 'ANP', 'NTX', 'EFE'), or holds a word of an
    agency's or newsroom's name (agency_words.csv). An author in capitals that no list names
    ('ADMIN', 'EDITOR', 'RED') is no newsroom: it stays the author (or a byline rule drops it)."""
    if name.casefold() in agency_names():
        return True
    known = lexicon.term_set("agency_words")  # (a desk or staff byline, 'By the BBC's Europe
    return any(w.casefold() in known for w in words(name))  # desk', stays the author)


def settle_author(art: Article) -> None:
    """Move an author that names a newsroom to the outlet (unless the page has one already)."""
    if art.author is None:
        return
    name = art.author.strip().strip("()[]").strip()
    if newsroom_name(name):
        art.outlet_parsed = art.outlet_parsed or name
        art.author = None
