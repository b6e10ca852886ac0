"""Lists of related headlines told by their rhythm rather than their words (issue 12 point 4): a
list whose items alternate with furniture that a rule already took (each headline under its
section label, 'Klęski żywiołowe'; each over its time stamp, '2024-11-25 10:00'), the
headline under a related marker alone on its line (used by helpers.cleaning after the tail
walk), a block's next headline (block_headline, in cleaning's walk) and runs of tabloid
headlines closed by '!' or '?' (tabloid_runs, used by helpers.menus.mark_tail); on lines in any
language."""

from __future__ import annotations

import re
from collections.abc import Callable

from .layout_numbers import layout_may_hold_number
from .textlines import count_words, ends_sentence, holds_sentence_stop

ITEM_WORDS = 20  # a list item is a headline: at most this many words
MIN_ITEMS = 2  # items in one run that show the list's rhythm
# the furniture a list of headlines alternates with: time stamps, section and topic labels, a
# label repeated down the page, related markers and the page's tail (an advert, a caption or a
# credit between two lines says nothing about them: an article prints those too)
LIST_RULES = frozenset({"date_stamp", "timed_headline", "taxonomy", "section_label",
                        "repeated_line", "related_headlines", "trailing_furniture"})


def _list_like(rule: str | None) -> bool:
    """A line a rule took as furniture that lists of headlines alternate with (LIST_RULES)."""
    return rule in LIST_RULES


def _item(core: str) -> bool:
    """A headline-shaped line: no closing sentence stop, at most ITEM_WORDS words."""
    return not ends_sentence(core) and count_words(core, ITEM_WORDS) <= ITEM_WORDS


# the furniture that a feed prints with each of its headlines, whatever the headline's end: its
# date and time, or its section label repeated down the list
RHYTHM_RULES = frozenset({"date_stamp", "timed_headline", "repeated_line"})


def _short(core: str) -> bool:
    """A line of at most ITEM_WORDS words, a headline's length, whatever ends it ('I dinosauri
    potrebbero aver influito su come gli esseri umani invecchiano.', 'Rzecznik MSWiA o pożarach
    w Polsce. Czy łączą się z wojną na Ukrainie?')."""
    return count_words(core, ITEM_WORDS) <= ITEM_WORDS


def mark_sandwiched_items(cores: list[str], rule: list[str | None]) -> None:
    """Take the items of a list that alternates with list furniture, once the article has begun
    (a kept line above holds a sentence stop): short lines that are no sentence, each with list
    furniture (LIST_RULES: time stamps, labels, related markers) right above and right below
    it, MIN_ITEMS or more in one run (furniture, item, furniture, item, furniture). A paragraph
    of the article ends with a stop and stays, unless it is short and furniture that a feed
    prints with each headline stands beside it (RHYTHM_RULES: a date stamp, a repeated label);
    so do a single line between two pieces of furniture (a crosshead between two captions),
    lines between adverts or captions, and a line that may hold a count unless a time stamp
    stands next to it (each headline of a feed over or under its own date and time; a headline
    kept costs less than a count lost)."""
    shown = [i for i, core in enumerate(cores) if core]
    begun = next((n for n, i in enumerate(shown)
                  if not rule[i] and holds_sentence_stop(cores[i])), len(shown))
    run: list[int] = []
    last = -1  # the place in shown of the run's last item
    for n in range(begun + 1, len(shown) - 1):
        i = shown[n]
        around = (rule[shown[n - 1]], rule[shown[n + 1]])
        if rule[i] or not (all(map(_list_like, around)) and (
                _item(cores[i]) or (not RHYTHM_RULES.isdisjoint(around) and _short(cores[i])))) or (
                "date_stamp" not in around and layout_may_hold_number(cores[i])):
            continue
        if run and last != n - 2:
            _take(run, rule)
            run = []
        run.append(i)
        last = n
    _take(run, rule)


BLOCK_FIRST_WORDS = 14  # the first headline under a related block's marker
BLOCK_NEXT_WORDS = 25  # one right under another: a tabloid headline of clauses ('X! Y: Z?')
TEASER_WORDS = 60  # a teaser cut off with an ellipsis


def block_headline(core: str, follows_item: bool) -> bool:
    """A line of a related block (under 'Most read', 'Trend Haberler', 'Другие новости'): a
    headline with no full stop at its end, of at most BLOCK_FIRST_WORDS words, or of at most
    BLOCK_NEXT_WORDS right under another headline of the block (follows_item; a list of
    tabloid headlines closed by '!' or '?', 'Son Dakika! Deprem ... Geldi!'); or a teaser cut
    off with an ellipsis. A paragraph ends with a full stop and closes the block."""
    if core.endswith(("…", "...")):
        return count_words(core, TEASER_WORDS) <= TEASER_WORDS
    limit = BLOCK_NEXT_WORDS if follows_item else BLOCK_FIRST_WORDS
    return not core.endswith(".") and count_words(core, limit) <= limit


def _take(run: list[int], rule: list[str | None]) -> None:
    if len(run) >= MIN_ITEMS:
        for i in run:
            rule[i] = "related_list_item"


def mark_marked_headlines(cores: list[str], rule: list[str | None], bare: re.Pattern) -> None:
    """Take the headline right under a related marker alone on its line ('A lire aussi', 'Baca
    juga', 'Читайте также': related_markers.csv, a rule took it): the next line, when it is a
    headline (no closing sentence stop, at most ITEM_WORDS words). A paragraph under a marker
    ends with a stop and stays (bare: furniture.line_rules().related, the page's rules)."""
    for i, r in enumerate(rule):
        if r != "related_headlines" or not bare.match(cores[i]):
            continue
        j = next((j for j in range(i + 1, len(cores)) if cores[j]), None)
        if j is not None and not rule[j] and _item(cores[j]):
            rule[j] = "related_headlines"


TABLOID_ENDS = ("!", "?", "！", "？")
MIN_TABLOID_RUN = 2  # headlines in one run: a list, not an article's closing question


_TWO_IN_ONE = re.compile(r"[.!?](?=\s+[^\W\d_])")  # a sentence ends inside the line: 'X. Y!'


def _tabloid(core: str) -> bool:
    """A tabloid headline: closed by '!' or '?', at most BLOCK_NEXT_WORDS words, clauses and
    all ('Son Dakika! Deprem Meydana Geldi!', 'Will the schools open on Monday?')."""
    return core.endswith(TABLOID_ENDS) and count_words(core, BLOCK_NEXT_WORDS) <= BLOCK_NEXT_WORDS


def tabloid_runs(cores: list[str], rule: list[str | None],
                 label: Callable[[int], bool]) -> set[int]:
    """The kept lines of runs of MIN_TABLOID_RUN or more tabloid headlines (_tabloid) in a row
    (kept and no label themselves, label: menus.is_tail_label of a line, or a copy a rule
    took: 'X!' printed twice), that stand between furniture or labels: the line right above
    the run is furniture a rule took or a label, and so is the line right under it; a run that
    ends the page needs furniture a rule took above it, or teasers of two sentences in one
    ('Trend Haberler', then 'Son Dakika! ... Kaybetti!', 'MEB Duyurdu: Okullar Tatil Mi? ...',
    'Old square turns red. Residents are amazed!'). An article's last paragraphs have a
    sentence, or a crosshead and questions of one sentence each, above them, and stay."""
    lines = [i for i, core in enumerate(cores) if core]
    found: set[int] = set()

    def bounds(k: int) -> bool:  # the line at position k of lines is furniture or a label
        return rule[lines[k]] is not None or label(lines[k])

    def item(i: int) -> bool:  # a tabloid headline, kept or a copy a rule took
        return _tabloid(cores[i]) and (rule[i] is not None or not label(i))

    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and item(lines[end]):
            end += 1
        run = [i for i in lines[k:end] if rule[i] is None]
        if (end - k >= MIN_TABLOID_RUN and run and k > 0 and bounds(k - 1)
                and (bounds(end) if end < len(lines) else rule[lines[k - 1]] is not None
                     or all(_TWO_IN_ONE.search(cores[i]) for i in run))):
            found.update(run)
        k = max(end, k + 1)
    return found
