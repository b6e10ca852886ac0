"""A line printed twice with one run of words added to the other copy, in the two layouts a
page prints so: a standfirst that the article's first sentence prints again with a phrase put
in ('72 urteko gizon bat hil da eta beste bi pertsona zauritu dira, ..., AP-15 autobidean.'
above '... zauritu dira, horietako bat larri, goizaldeko 01:10ean izan den auto-istripuan,
AP-15 autobidean.'), or a picture's caption printed once with its credit and once without, one
line right under the other, opening a block of their own ('Horrela geratu da ... furgoneta.
Argazkia: @BomberosDonosti' right over 'Horrela geratu da ... furgoneta.'). The shorter copy
goes. A standfirst goes only while the longer copy stays in the body (its words are all in the
longer one, in the same order, so the article loses none of them; keep_orphaned_copies puts it
back when a later rule takes the longer copy); a caption pair is furniture in both copies, and
both go. Anywhere else two lines that share their words are article text (a body sentence and a
later one that adds a phrase to it; a credited caption above the lead that prints its words
again as a paragraph of its own), and both stay. Copies printed word for word are read by
helpers.furniture_zones (mark_repeated_standfirst, mark_doubled_captions)."""

from __future__ import annotations

from .furniture_zones import LIST_BULLETS
from .textlines import count_words, ends_sentence, words

COPY_MIN_WORDS = 6  # shorter lines ('Video', 'Read more') repeat without being copies
COPY_MAX_WORDS = 60  # a standfirst or a caption; longer paragraphs are article text
COPY_REACH = 3  # the kept lines below the standfirst among which the longer copy is looked for
# the rules whose line may be the longer copy although it is gone: a caption with its credit
_CAPTION_RULES = frozenset({"photo_credit", "photo_caption", "caption"})


def mark_copies_with_insertion(cores: list[str], rule: list[str | None],
                               lines: list[str]) -> dict[int, int]:
    """The shorter copy goes (rule "repeated_copy") when it has COPY_MIN_WORDS to
    COPY_MAX_WORDS words and either
    - the line right above it, with no blank line between, is such a longer copy that a caption
      rule took, and the two lines open a block of their own (the caption with its credit, then
      the caption alone: _caption_pair), or
    - it stands in the header zone (no kept line above it ends a sentence: a standfirst) and
      one of the next COPY_REACH kept lines, still kept, holds its words with one run of words
      put in or added at the end (the lead).
    A bulleted line is left to helpers.cleaning's summary points. Returns the line of the
    longer copy of each standfirst taken, for keep_orphaned_copies."""
    kept = [i for i, core in enumerate(cores) if core and not rule[i]]
    longer_of: dict[int, int] = {}
    header_zone = True
    for k, i in enumerate(kept):
        standfirst, header_zone = header_zone, header_zone and not ends_sentence(cores[i])
        caption = _caption_pair(cores, rule, i)
        if not (standfirst or caption):
            continue
        n = count_words(cores[i], COPY_MAX_WORDS + 1)
        if not COPY_MIN_WORDS <= n <= COPY_MAX_WORDS or lines[i].lstrip().startswith(LIST_BULLETS):
            continue  # (a bulleted summary point the body repeats is read as a summary)
        short = _folded_words(cores[i])
        if caption and _holds_with_insertion(_folded_words(cores[i - 1]), short):
            rule[i] = "repeated_copy"
            continue
        if not standfirst:
            continue
        longer = next((j for j in kept[k + 1:k + 1 + COPY_REACH]
                       if not rule[j] and _holds_with_insertion(_folded_words(cores[j]), short)),
                      None)
        if longer is not None:
            rule[i] = "repeated_copy"
            longer_of[i] = longer
    return longer_of


def _caption_pair(cores: list[str], rule: list[str | None], i: int) -> bool:
    """Line i stands right under a line a caption rule took, with no blank line between, and a
    blank line (or the page's top) stands above that one: the two open a block of their own.
    (A lead printed as a paragraph of its own under the credited caption has a blank line
    above it; a page with no blank lines cannot tell a caption from its lead, and keeps it.)"""
    return (i > 0 and bool(cores[i - 1]) and rule[i - 1] in _CAPTION_RULES
            and (i == 1 or not cores[i - 2]))


def keep_orphaned_copies(longer_of: dict[int, int], rule: list[str | None]) -> None:
    """A standfirst whose longer copy a later rule took stays: the article keeps its words."""
    for short, longer in longer_of.items():
        if rule[longer] and rule[short] == "repeated_copy":
            rule[short] = None


def _folded_words(line: str) -> list[str]:
    return [w.casefold() for w in words(line)]


def _holds_with_insertion(longer: list[str], shorter: list[str]) -> bool:
    """Whether `longer` is `shorter` with one run of words put in between its words or added
    at its end (never at its start: a line that only opens with more words is another line),
    and the added run is shorter than the copy itself."""
    added = len(longer) - len(shorter)
    if added <= 0 or added >= len(shorter):
        return False
    start = 0
    while start < len(shorter) and longer[start] == shorter[start]:
        start += 1
    if start == 0:
        return False
    return longer[start + added:] == shorter[start:]
