"""Rows of a page's widgets told by their shape, in any language: a row of counters (each count
beside the one word that labels it: '12 yorum 345 görüntülenme', 'Share 0 Tweet 0', '1,2K 35
12') and a row of share buttons (the names of social networks, after a label of at most
SHARE_LABEL_WORDS words: 'Bagikan: Facebook Twitter WhatsApp', 'Κοινοποίηση Facebook Twitter
Viber'). The counters' labels are in no list: what tells the row is that every word is a label
of a count, with no sentence; a row of counts of people ('3 ölü 12 yaralı') holds a noun of
people (people_nouns.csv) and stays, and so does a date. Both rows are furniture wherever they
stand, and at the top of a page never the title. Used by helpers.furniture."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .dates import find_dates
from .menus import is_menu_line

ROW_CHARS = 80  # a widget's row is short
SHARE_LABEL_WORDS = 3  # 'Bagikan:', 'Share on', 'Follow us on'
SHARE_ROW_SPACES = 15  # a row of a label, names and counts
# a count as a widget prints it: digits with separators and a 'K' or 'M' for thousands or
# millions, maybe in brackets ('1.234', '1,2K', '(12)'); a time ('14:35') is none
_COUNT = re.compile(r"[(\[]?\d[\d.,]*[kKmMкКтТ]?[)\]]?")
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_TWO_NUMBERS = re.compile(r"\d\D+\d")  # two counts need two digits apart


@lru_cache(maxsize=4)
def _people(_stamps: tuple[tuple[int, int], ...]) -> frozenset[str]:
    return frozenset(t.casefold() for t in lexicon.terms("people_nouns"))


@lru_cache(maxsize=4)
def _networks(_stamps: tuple[tuple[int, int], ...]) -> tuple[re.Pattern, re.Pattern]:
    """The names of social networks (social_networks.csv): a pattern for a whole token, and one
    that finds a name as a word anywhere in a line."""
    names = "(?:" + "|".join(lexicon.terms("social_networks")) + ")"
    return re.compile(names, re.I), re.compile(rf"(?<!\w){names}(?!\w)", re.I)


def counter_row(core: str) -> bool:
    """'12 yorum 345 görüntülenme', 'Share 0 Tweet 0', '1,2K 35 12': at least two counts, at
    most one word (of letters only) beside each, or one more, and nothing else; no noun of
    people, no year and no date."""
    if len(core) > ROW_CHARS or _TWO_NUMBERS.search(core) is None:
        return False
    tokens = core.split()
    labels = [t for t in tokens if not _COUNT.fullmatch(t)]
    counts = len(tokens) - len(labels)
    if counts < 2 or len(labels) > counts + 1 or not all(_WORD.fullmatch(t) for t in labels):
        return False
    if any(_YEAR.fullmatch(t) for t in tokens):
        return False  # a date ('28 de Noviembre del 2024'), even one that no date form reads
    people = _people(lexicon.stamps("people_nouns"))
    return not any(t.casefold() in people for t in labels) and not find_dates(core)


def share_row(core: str) -> bool:
    """'Bagikan: Facebook Twitter WhatsApp', 'Share 12 Facebook Twitter': two or more names of
    social networks, each a word of its own, with counts between them, after a label of at most
    SHARE_LABEL_WORDS words; nothing but names and counts after the first name."""
    if (len(core) > ROW_CHARS or core[-1:] in (".", "!", "?", ":", ";")
            or core.count(" ") > SHARE_ROW_SPACES):
        return False  # (a sentence, a label of what follows, or too long for a row)
    networks, anywhere = _networks(lexicon.stamps("social_networks"))
    if anywhere.search(core) is None:  # (most lines name no network: one search skips them)
        return False
    tokens = core.split()
    first = next((n for n, t in enumerate(tokens) if networks.fullmatch(t.strip(",|·•"))), None)
    if first is None or first > SHARE_LABEL_WORDS:
        return False
    rest = [t.strip(",|·•") for t in tokens[first:]]
    names = sum(1 for t in rest if networks.fullmatch(t))
    return names >= 2 and all(not t or networks.fullmatch(t) or _COUNT.fullmatch(t) for t in rest)


def row_rule(core: str) -> str | None:
    """The rule of a row of links or widgets: a menu (helpers.menus.is_menu_line), a row of
    counters, a row of share buttons."""
    if is_menu_line(core):
        return "navigation_menu"
    if counter_row(core):
        return "counter"
    if share_row(core):
        return "share_widget"
    return None
