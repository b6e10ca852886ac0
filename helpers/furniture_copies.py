"""A line printed twice with one run of words added to the other copy: a standfirst that the
article's first sentence prints again with a phrase put in ('72 urteko gizon bat hil da eta
beste bi pertsona zauritu dira, ..., AP-15 autobidean.' above '... zauritu dira, horietako bat
larri, goizaldeko 01:10ean izan den auto-istripuan, AP-15 autobidean.'), or a picture's caption
printed once with its credit and once without ('Horrela geratu da ... furgoneta. Argazkia:
@BomberosDonosti' over 'Horrela geratu da ... furgoneta.'). The shorter copy goes: its words
are all in the longer one, in the same order, so the article loses none of them. Copies
printed word for word are read by helpers.furniture_zones (mark_repeated_standfirst,
mark_doubled_captions)."""

from __future__ import annotations

from .furniture_zones import LIST_BULLETS
from .textlines import count_words, words

COPY_MIN_WORDS = 6  # shorter lines ('Video', 'Read more') repeat without being copies
COPY_MAX_WORDS = 60  # a standfirst or a caption; longer paragraphs are article text
COPY_REACH = 3  # the kept lines below the shorter copy among which the longer one is looked for
# the rules whose line may be the longer copy although it is gone: a caption with its credit
_CAPTION_RULES = frozenset({"photo_credit", "photo_caption", "caption"})


def mark_copies_with_insertion(cores: list[str], rule: list[str | None], lines: list[str]) -> None:
    """The shorter copy goes (rule "repeated_copy") when it has COPY_MIN_WORDS to
    COPY_MAX_WORDS words and one of the next COPY_REACH kept lines holds its words with one run
    of words put in or added at the end, or when the line right above it is such a longer copy
    that a caption rule took (the caption with its credit, then the caption alone). A bulleted
    line is left to helpers.cleaning's summary points."""
    kept = [i for i, core in enumerate(cores) if core and not rule[i]]
    for k, i in enumerate(kept):
        n = count_words(cores[i], COPY_MAX_WORDS + 1)
        if not COPY_MIN_WORDS <= n <= COPY_MAX_WORDS or lines[i].lstrip().startswith(LIST_BULLETS):
            continue  # (a bulleted summary point the body repeats is read as a summary)
        short = _folded_words(cores[i])
        above = next((j for j in range(i - 1, -1, -1) if cores[j]), None)
        if (above is not None and rule[above] in _CAPTION_RULES
                and _holds_with_insertion(_folded_words(cores[above]), short)):
            rule[i] = "repeated_copy"
            continue
        if any(_holds_with_insertion(_folded_words(cores[j]), short)
               for j in kept[k + 1:k + 1 + COPY_REACH] if not rule[j]):
            rule[i] = "repeated_copy"


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
