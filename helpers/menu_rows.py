"""A navigation menu printed as one row of names with nothing but spaces between them (a
scraper keeps the links' text and drops the list's markup): 'Anasayfa Gündem Dünya Ekonomi Spor',
'Home Nieuws Sport Economie Cultuur Opinie', 'الرئيسية أخبار محلية عربي ودولي اقتصاد'. Such a
row has no separator for helpers.menus.is_menu_line to split on, and at the top of a page the
header would read it as the headline. It is told by what it is made of: section names of news
sites (section_labels.csv, 40 languages) and the other links of a site's menu (menu_row_words.csv:
the home, video and photo pages), at least MENU_ROW_ITEMS of them, making up most of the line,
with no digit and no sentence punctuation. A headline in title case ('Police Get More Time To
Question Syria Suspects') holds no run of section names, and stays."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

MENU_ROW_ITEMS = 3  # names of menu links in the row, at least
MENU_ROW_CHARS = 200
LABEL_WORDS = 3  # the longest name is of three words ('Binnen- en buitenland')
OTHER_SHARE = 3  # at most one word in OTHER_SHARE is no name of a link ('Kraj', a brand)
# the row's words: split by white space and by a menu's separators
_TOKEN = re.compile(r"[^\s|/·•]+")
# a digit or sentence punctuation: a headline, a date or a sentence, not a menu
_NOT_MENU = re.compile(r"[\d.,:;!?\"«»“”„()\[\]]")


@lru_cache(maxsize=4)
def _names(_stamps: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """The casefolded names of menu links (_stamps: the lists' sizes and modification times)."""
    return frozenset(" ".join(t.split()).casefold()
                     for name in ("section_labels", "menu_row_words") for t in lexicon.terms(name))


def menu_row(core: str) -> bool:
    """The line is a row of a menu's links: at least MENU_ROW_ITEMS names of sections or menu
    links, read greedily (a name of LABEL_WORDS words first), and at most one word in
    OTHER_SHARE that is none, each of those opening with a capital or in a script without
    case; no digit and no sentence punctuation."""
    if (len(core) > MENU_ROW_CHARS or core[:1].islower() or core.count(" ") < MENU_ROW_ITEMS - 1
            or _NOT_MENU.search(core)):
        return False
    tokens = _TOKEN.findall(core)
    if len(tokens) < MENU_ROW_ITEMS or tokens[0][0].islower():
        return False  # (a menu's first link is capitalised, or in a script without case)
    names = _names(lexicon.stamps("section_labels", "menu_row_words"))
    i = items = other = 0
    while i < len(tokens):
        for k in range(min(LABEL_WORDS, len(tokens) - i), 0, -1):
            if " ".join(tokens[i:i + k]).casefold() in names:
                items, i = items + 1, i + k
                break
        else:
            if tokens[i][0].islower():
                return False  # a word of running text
            other, i = other + 1, i + 1
    return items >= MENU_ROW_ITEMS and other * OTHER_SHARE <= len(tokens)
