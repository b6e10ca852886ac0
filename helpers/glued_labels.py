"""Interface labels glued to the text after them (issue 12 point 4): a scraper that drops the
line break between a button and the article prints 'Watch VideoAt least 43 migrants died ...',
and the sentence's first word ('VideoAt') is then no word of the article. The labels are data
(helpers/lexicon/glued_labels.csv); a label counts only when its last letter is in lower case
and a capital follows it with no space, the shape of two strings run together, which no word of
running text has ('Videographers' stays whole). After a phrase label ('Watch Video') any
capitalised word is cut off, in capitals too ('Watch VideoUN says ...'). A bare media noun
('Video', 'Audio', 'Gallery') also opens names written in camel case (review r13 L1, r13b 4), so
it is cut only when the rest reads as a sentence start: a capital and lower-case letters that
make a sentence opener (glued_openers.csv: 'VideoAt least ...'), a number word
(number_words.csv: 'VideoTwo hundred migrants ...') or a plural noun of people
(people_nouns.csv: 'VideoRescuers pulled ...'), with more text after it; a name's shapes stay
('VideoLAN volunteers': capitals run on; 'GalleryMedia Group': a capitalised word follows;
'AudioBoom staff': 'Boom' opens no sentence). A site's section label glued to its headline
('ŚwiatW katastrofie zaginęło ...', 'GündemDeprem bölgesinde ...') is cut the same way
(glued_section; the labels are section_labels.csv, filled for 40 languages): the label's last
letter in lower case, a capital and lower-case letters after it (or one capital letter: Polish
'W'), and two words more, so that a label inside a word ('Worldwide', 'Światowa') or a name of
capitals ('NewsUSA') stays."""

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


@lru_cache(maxsize=4)
def _sentence_starts(_stamps: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """The words that open a news sentence after a bare media noun (_stamps: the sizes and
    modification times of the lists): openers, number words (not those read only next to
    digits or a thousand), nouns of people that count many ('Rescuers', 'Police')."""
    numbers = lexicon.table("number_words")
    people = lexicon.table("people_nouns")
    spelled = numbers["kind"].isin(["unit", "tens", "scale"])
    many = people["number"].isin(["plural", "adjective"])  # 'Rescuers', 'Police'
    return (lexicon.term_set("glued_openers")
            | set(numbers.loc[spelled, "term"].str.casefold())
            | set(people.loc[many, "term"].str.casefold()))


def glued_label(core: str) -> int:
    """The length of an interface label (see _interface_label) or a section label (see
    glued_section) glued to the start of core, or 0."""
    return _interface_label(core) or glued_section(core)


def _interface_label(core: str) -> int:
    """The length of an interface label glued to the start of core ('Watch VideoAt ...' -> 11),
    or 0 when core opens with none. After a phrase label the glued word is any capitalised word
    ('Watch VideoUN says ...'); after a bare media noun it is a capital and lower-case letters
    that open a sentence (see the module's note) and more text follows it, not a capitalised
    word ('VideoRescuers pulled ...' is cut; 'VideoLAN', 'AudioBoom staff', 'GalleryMedia
    Group' are names and stay)."""
    if not core[:1].isalpha():
        return 0
    phrases, nouns = _labels(lexicon.stamps("glued_labels", "glued_openers"))
    bare = (m := phrases.match(core)) is None
    if m is None and (m := nouns.match(core)) is None:
        return 0
    glued = _WORD.match(core, m.end())
    word = "" if glued is None else glued.group(0)
    if not core[m.end() - 1].islower() or not word[:1].isupper():
        return 0
    if not bare:
        return m.end()
    if len(word) > 1 and not word[1:].islower():
        return 0  # 'VideoLAN'
    if word.casefold() in lexicon.term_set("glued_openers"):
        return m.end()  # 'VideoAt least ...'
    after = re.match(r"\s+([^\W\d_])", core[m.end() + len(word):])
    if after is None or after.group(1).isupper():
        return 0  # no more text, or a name of two capitalised words: 'GalleryMedia Group'
    starts = _sentence_starts(lexicon.stamps("glued_openers", "number_words", "people_nouns"))
    return m.end() if word.casefold() in starts else 0


@lru_cache(maxsize=4)
def _sections(_stamps: tuple[tuple[int, int], ...]) -> tuple[tuple[int, ...], frozenset[str]]:
    """The lengths of the section labels (section_labels.csv), longest first, and the set of
    casefolded labels (_stamps: the list's size and modification time): a line's first
    characters are looked up at each length, no pattern of 400 labels is run."""
    labels = frozenset(t.casefold() for t in lexicon.terms("section_labels"))
    return tuple(sorted({len(t) for t in labels}, reverse=True)), labels


def section_name(line: str) -> bool:
    """The line is a site's section label alone ('Svijet', 'Gündem', 'В мире'), ignoring a
    closing colon."""
    if len(line) > SECTION_MAX_CHARS:
        return False
    return " ".join(line.rstrip(" :").split()).casefold() in _sections(
        lexicon.stamps("section_labels"))[1]


SECTION_MAX_CHARS = 40  # no section label is longer (a longer line is looked at no further)
# two more words after the glued word (no space before: a search inside a run of spaces fails
# at once)
_TWO_MORE_WORDS = re.compile(r"(?<!\s)\s++\S++\s++\S")


def glued_section(core: str) -> int:
    """The length of a section label glued to the headline at the start of core ('ŚwiatW
    katastrofie ...' -> 5), or 0: the label's last letter in lower case, then a capital with no
    space, the rest of that word in lower case, and two more words after it."""
    if not core[:1].isupper():
        return 0
    lengths, labels = _sections(lexicon.stamps("section_labels"))
    end = next((n for n in lengths if n < len(core) and core[n].isupper() and core[n - 1].islower()
                and core[:n].casefold() in labels), 0)
    if not end:
        return 0
    glued = _WORD.match(core, end)
    word = "" if glued is None else glued.group(0)
    if not word[1:].islower() and len(word) > 1:
        return 0  # 'NewsUSA': capitals run on, a name
    after = end + 1 if glued is None else glued.end()  # (the glued word's end)
    return end if _TWO_MORE_WORDS.match(core, after) else 0
