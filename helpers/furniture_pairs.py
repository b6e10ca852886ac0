"""A picture's alternative text and caption printed as a pair right under the headline, above
the lead: the page's first sentence printed twice, one copy under the other, as a block of its
own between blank lines. furniture_zones.mark_doubled_captions reads such pairs below the first
sentence only (a lead printed twice may be a standfirst and its lead); this reads the pair that
is the first sentence itself when it is short, a single sentence, and not the whole article."""

from __future__ import annotations

import re

from . import lexicon
from .captions import counting_sentence
from .furniture_zones import _pair_alone
from .textlines import count_words, ends_sentence

TOP_CAPTION_WORDS = 20  # a lead is longer; a caption under the headline is a line or two
_INNER_BREAK = re.compile(r"[.!?]\s+\S")


def mark_top_doubled_caption(cores: list[str], rule: list[str | None]) -> None:
    """Both copies of the pair go (photo_caption) when the first kept sentence of the page is
    printed twice as a block of its own, has at most TOP_CAPTION_WORDS words and one sentence,
    reports no one's words and may hold no count, and a sentence of the article follows it."""
    kept = [i for i, core in enumerate(cores) if core and not rule[i]]
    first = next((k for k, i in enumerate(kept) if ends_sentence(cores[i])), None)
    if first is None or first + 2 >= len(kept):
        return
    a, b = kept[first], kept[first + 1]
    core = cores[a]
    if (cores[b] != core or not _pair_alone(cores, a, b)
            or count_words(core, TOP_CAPTION_WORDS) > TOP_CAPTION_WORDS
            or _INNER_BREAK.search(core) or counting_sentence(core)
            or lexicon.pattern("reporting_words").search(core) is not None
            or not any(ends_sentence(cores[i]) for i in kept[first + 2:])):
        return
    rule[a] = rule[b] = "photo_caption"
