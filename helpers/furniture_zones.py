"""Furniture told by its place on the page rather than by its words: the text of a list item
whose bullet line is furniture, the short labels above an article's first sentence, and a
ticker of timed headlines. They run on the lines still kept after the line rules and the header
pass (rule[i] None), and mark the lines they take with their rule, so that each is logged.
"""

from __future__ import annotations

import re

from .textlines import count_words, ends_sentence, is_label

LIST_BULLETS = tuple("•·▪●◦‣*-–—")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def mark_list_item_text(lines: list[str], cores: list[str], rule: list[str | None]) -> None:
    """The text of a list item printed under its bullet, indented deeper than the bullet
    ('  • Legal Show' then '    Once a fortnight we ...'): when the bullet line is furniture
    (a show list, a related link), so is the item's text. An indented line under a bullet line
    that the article keeps stays, and so does a line no deeper than the bullet."""
    bullet: int | None = None  # the last bullet line read that a rule took
    for i, line in enumerate(lines):
        if not cores[i]:
            continue
        stripped = line.lstrip()
        if stripped.startswith(LIST_BULLETS):
            bullet = i if rule[i] else None
            continue
        if bullet is not None and not rule[i] and _indent(line) > _indent(lines[bullet]):
            rule[i] = "list_item_text"
            continue
        bullet = None


LEADING_LABEL_WORDS = 3
FIRST_SENTENCE_WORDS = 8


def _sentence(core: str) -> bool:
    return ends_sentence(core) or count_words(core, FIRST_SENTENCE_WORDS) >= FIRST_SENTENCE_WORDS


def mark_leading_labels(cores: list[str], rule: list[str | None]) -> None:
    """Short labels still kept above the article's first sentence, once the header has taken
    its headline, byline, dates and dateline: an avatar's initial, a poster's name and rank on a
    forum ('D', 'Digger', 'Guest'), a tag or image label under the headline ('Iraqi terrorist
    fighters'). A label has at most three words, no digit and no sentence punctuation; a page
    with no sentence keeps them (nothing tells them from its text)."""
    kept = [i for i, core in enumerate(cores) if core and not rule[i]]
    first = next((i for i in kept if _sentence(cores[i])), None)
    if first is None:
        return
    for i in kept:
        if i >= first:
            break
        if is_label(cores[i], LEADING_LABEL_WORDS) and not any(ch.isdigit() for ch in cores[i]):
            rule[i] = "leading_label"


# a clock time run into the headline of a news ticker or video list: '09:28France - Floods ...'
# (a time subhead of a live report, '8 a.m.' or '09:28 Police said', stands apart from its text)
_TIMED_HEADLINE = re.compile(r"\d{1,2}[:h]\d\d(?=[^\W\d_])")
TIMED_HEADLINE_WORDS = 30


def timed_headline(core: str) -> bool:
    """A headline of a ticker or video list with its time glued in front ('09:28France - ...')."""
    return (_TIMED_HEADLINE.match(core) is not None
            and count_words(core, TIMED_HEADLINE_WORDS) <= TIMED_HEADLINE_WORDS)


CALL_TO_ACTION_WORDS = 8


def call_to_action(core: str) -> bool:
    """A short exclamation with no other sentence: a promotion's call ('Get more with the
    Listener Club!', 'Subscribe now!'), read only after the article's last sentence."""
    return (core.endswith("!") and count_words(core, CALL_TO_ACTION_WORDS) <= CALL_TO_ACTION_WORDS
            and re.search(r"[.!?]\s", core) is None)
