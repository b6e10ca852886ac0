"""Interface labels glued to the text after them (issue 12 point 4): a scraper that drops the
line break between a button and the article prints 'Watch VideoAt least 43 migrants died ...',
and the sentence's first word ('VideoAt') is then no word of the article. The labels are data
(helpers/lexicon/glued_labels.csv); a label counts only when its last letter is in lower case
and a capital follows it with no space, the shape of two strings run together, which no word of
running text has ('Videographers' stays whole). Names written in camel case have that shape too
(review r13 L1): the glued word must be a capital and lower-case letters ('VideoLAN' stays), and
a bare media noun that opens such names ('Audio', 'Gallery') is cut only before a word that opens
a sentence (glued_openers.csv: 'VideoAt least ...' is cut, 'AudioBoom staff ...' stays)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _labels(_stamps: tuple[tuple[int, int], ...]) -> tuple[re.Pattern, re.Pattern]:
    """The labels of the list as it is on disk (_stamps: the sizes and modification times of
    glued_labels and glued_openers): the phrases, then the bare media nouns that also open names
    (name_prefix)."""
    frame = lexicon.table("glued_labels")
    prefix = frame["name_prefix"].fillna("").eq("yes")
    phrases, nouns = ("|".join(frame.loc[rows, "pattern"]) for rows in (~prefix, prefix))
    return (re.compile(rf"(?:{phrases})(?=[^\W\d_])", re.I),
            re.compile(rf"(?:{nouns})(?=[^\W\d_])", re.I))


def glued_label(core: str) -> int:
    """The length of an interface label glued to the start of core ('Watch VideoAt ...' -> 11),
    or 0 when core opens with none. The glued word is a capital and lower-case letters only
    ('VideoLAN' is a name); after a bare media noun it is a sentence opener of glued_openers.csv
    ('VideoAt least' is cut, 'AudioBoom staff' is a name and stays)."""
    if not core[:1].isalpha():
        return 0
    phrases, nouns = _labels(lexicon.stamps("glued_labels", "glued_openers"))
    bare = (m := phrases.match(core)) is None
    if m is None and (m := nouns.match(core)) is None:
        return 0
    glued = _WORD.match(core, m.end())
    word = "" if glued is None else glued.group(0)
    if (not core[m.end() - 1].islower() or not word[:1].isupper()
            or len(word) > 1 and not word[1:].islower()):
        return 0
    if bare and word.casefold() not in lexicon.term_set("glued_openers"):
        return 0
    return m.end()
