"""Labels glued to a date stamp: what a scraper printed after a leading `date YYYY-MM-DD` stamp
on the page's first line is often a widget or a crumb of the site ('Volg Hart van Nederland',
'1. Ekonomim'), not the headline. Such a rest is a label when it is short and names only (every
word capitalised, a number or a connector of names) and either it opens with a follow word of
stamp_label_openers.csv and a headline follows it, or it is a numbered crumb ('1. Ekonomim',
above the lead of a page that prints no headline). A headline
glued to a stamp holds common words ('Turkey begins deporting foreign jihadists') and stays."""

from __future__ import annotations

import re

from . import lexicon
from .textlines import count_words, ends_sentence, is_label, name_words_only

STAMP_LABEL_MAX_WORDS = 4  # 'Volg Hart van Nederland': a follow button and the site's name
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 25
# a crumb's position in a breadcrumb or a numbered menu: '1. Ekonomim'
_NUMBERED = re.compile(r"^\d{1,2}\.\s+(?=\S)")


def stamp_label(rest: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """Whether `rest`, what follows the date stamp of line i, is a site's label: a numbered
    crumb of at most three name words, or at most STAMP_LABEL_MAX_WORDS name words opening with
    a follow word ('Volg ...') with a line below that reads as a headline (4 to 25 words, a
    capital or a digit first, no full stop)."""
    crumb = _NUMBERED.match(rest)
    if crumb is not None:
        label = rest[crumb.end():]
        return is_label(label, 3) and name_words_only(label)
    opener = rest.split(maxsplit=1)[0].casefold() if rest.strip() else ""
    if (opener not in lexicon.term_set("stamp_label_openers") or ends_sentence(rest)
            or count_words(rest, STAMP_LABEL_MAX_WORDS) > STAMP_LABEL_MAX_WORDS
            or not name_words_only(rest) or any(ch.isdigit() for ch in rest)):
        return False
    below = next((c for j, c in enumerate(cores[i + 1:], i + 1) if c and not rule[j]), "")
    return (HEADLINE_MIN_WORDS <= count_words(below, HEADLINE_MAX_WORDS) <= HEADLINE_MAX_WORDS
            and not ends_sentence(below) and (below[:1].isupper() or below[:1].isdigit()))
