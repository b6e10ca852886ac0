"""Page furniture told by a line's shape on pages in any language, with no list of phrases: a
short label standing between two paragraphs of the article, a 'Label: Name' credit, a tag line
of spaced hashtags, an embedded post's signature and text, a comment form's note on its required
fields, a footnote to a word marked with an asterisk, a contact line with an e-mail address,
a line closed by a bare bar, and markup or script left by a scraper. Used by helpers.cleaning
once the header has taken its lines (a crosshead goes too: it is header, never article text)."""

from __future__ import annotations

import re

from . import lexicon
from .textlines import count_words, ends_sentence, is_label, name_words_only

INNER_LABEL_WORDS = 4  # 'Artikel teilen', 'Lo más leído', 'Bunlar da ilginizi çekebilir'
CREDIT_VALUE_WORDS = 4  # 'Kaynak: AA', 'Editor: Budi Santoso', 'Bron: ANP'
TAG_WORDS = 4  # words of one tag in a line of spaced hashtags
CONTACT_LINE_WORDS = 40
FOOTNOTE_WORDS = 30

# a one-word label before a colon, and the name it gives ('Kaynak: AA', 'Quelle: dpa')
_CREDIT = re.compile(r"([^\W\d_]{2,14})\s?:\s*(\S.*)")
# an embedded post's signature: a dash, the author's name and handle, and its date ending with
# the year
_POST_SIGNATURE = re.compile(r"\A[—–-]?\s*[^()@]{1,80}\(@\w{1,30}\)(?:\s+\S+){0,3}\s+(?:19|20)\d\d")
_POST_LINK = re.compile(r"(?:https?://t\.co/|pic\.twitter\.com/)\S+$")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
# markup a scraper left in the text: an HTML tag, a shortcode ('[caption id=...]', '[embed]'),
# or a line of script ('googletag.cmd.push(function() {...});')
_TAG = re.compile(r"</?(?:img|div|span|p|a|br|iframe|script|figure|figcaption|video|source|"
                  r"picture|blockquote|ins|noscript|style)\b[^<>]{0,300}>", re.I)
_SHORTCODE = re.compile(r"\A\[/?[a-z][\w-]{1,30}(?:\s[^\]]{0,200})?\]", re.I)
_SCRIPT = re.compile(r"\bfunction\s*\(|=>|\|\||\bwindow\.|\bdocument\.|\bgoogletag\.|[{}]")
# a word marked for a footnote ('ИГИЛ*', 'Taliban*', '«Исламского государства»*'): a footnote
# below explains it
_MARKED_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,}+)[»”\")]?\*")
# the first word of a footnote, after its asterisk and an opening quote
_FIRST_WORD = re.compile(r"^\*++\s*+[«“\"„]?([^\W\d_]{2,}+)")


def spaced_hashtags(core: str) -> bool:
    """'# abd # pkk # terörle mücadele': three or more tags, each opened by a '#' and a space, of
    at most TAG_WORDS words and no sentence."""
    if not core.startswith("#") or core.count("#") < 3:
        return False
    tags = [t.strip() for t in core.split("#")[1:]]
    return all(t and is_label(t, TAG_WORDS) for t in tags)


def credit_label(core: str) -> bool:
    """'Label: Name': a one-word label, a colon and a name of at most CREDIT_VALUE_WORDS
    capitalised words or an agency's initials, with no digit (a source, an editor, a
    photographer). A line with a sentence after its colon is the article's."""
    m = _CREDIT.fullmatch(core)
    if m is None or any(ch.isdigit() for ch in core):
        return False
    value = m.group(2)
    return (is_label(value, CREDIT_VALUE_WORDS) and name_words_only(value)
            and count_words(m.group(1) + " " + value, CREDIT_VALUE_WORDS + 1)
            <= CREDIT_VALUE_WORDS + 1)


def markup_or_script(core: str) -> bool:
    """A line of markup or script and not of prose: it opens with a shortcode that has
    attributes or is closed in the line ('[caption id=...] ... [/caption]'; a credit '[AFP]'
    opening a sentence is none), or with an HTML tag, or it ends with a semicolon after script's
    signs (braces, 'function(', 'window.')."""
    first = core[0]
    if first == "[" and (m := _SHORTCODE.match(core)) is not None:
        return "=" in m.group(0) or "[/" in core
    if first == "<" and _TAG.match(core):
        return True
    return core.endswith(";") and _SCRIPT.search(core) is not None


def required_fields(core: str) -> bool:
    """A comment form's note on its required fields, in any language: an asterisk standing
    alone as a word ('Gərəkli sahələr * ilə işarələnmişdir', 'Campos obligatorios marcados con
    *', 'Name *') in a line of at most REQUIRED_NOTE_WORDS words. A footnote's asterisk is glued
    to its word ('ИГИЛ*') and stays."""
    return (_LONE_ASTERISK.search(core) is not None
            and count_words(core, REQUIRED_NOTE_WORDS) <= REQUIRED_NOTE_WORDS)


def open_separator(core: str) -> bool:
    """'A badly damaged bus after an accident. (Illustration photo) |', 'Комментировать | |
    Обсудить на форуме |': a line closed by a bar after a space, with nothing after it: a link's
    text (a caption, a widget's label) in a row of links, whose next item the scraper dropped.
    An article's line never ends so; a table's row opens with a bar too, and stays."""
    return core[0] != "|" and core[-2:-1].isspace()


REQUIRED_NOTE_WORDS = 25
_LONE_ASTERISK = re.compile(r"\s\*(?:\s|$)")


def post_signature(core: str) -> bool:
    """'— Ministry of Defence (@tcsavunma) March 9, 2021': the line that closes an embedded
    post."""
    return "(@" in core and _POST_SIGNATURE.fullmatch(core) is not None


def contact_line(core: str) -> bool:
    """A line that gives an e-mail address ('Jane Roe covers courts. She can be reached at
    jroe@example.com.'): an author box or a contact note. A line with a number besides the
    address reports something (a count, a date) and stays."""
    if "@" not in core or count_words(core, CONTACT_LINE_WORDS) > CONTACT_LINE_WORDS:
        return False
    m = _EMAIL.search(core)
    return m is not None and not any(ch.isdigit() for ch in core[:m.start()] + core[m.end():])


def marked_words(page: str) -> frozenset[str]:
    """The words a page marks with an asterisk ('ИГИЛ*', 'государства»*'), without the mark:
    read once per page, so that each footnote is checked against them in constant time."""
    return frozenset(m.group(1) for m in _MARKED_WORD.finditer(page))


def footnote(line: str, marked: frozenset[str]) -> bool:
    """'* ИГИЛ - террористическая организация запрещена в РФ.': a line opened by an asterisk
    that explains a word the page marks with one (marked: marked_words(page); the note opens
    with the word), or that gives a legal notice of its own (a word of footnote_notice_words:
    '*Запрещённая в РФ террористическая организация'). An article's bullet under a marked word
    ('* 47 мужчин ...') is neither, and stays."""
    if not line.startswith("*") or count_words(line, FOOTNOTE_WORDS) > FOOTNOTE_WORDS:
        return False
    first = _FIRST_WORD.match(line)
    if first is not None and first.group(1) in marked:
        return True
    low = line.casefold()
    return any(w in low for w in lexicon.terms("footnote_notice_words"))


def mark_shaped_lines(cores: list[str], rule: list[str | None], lines: list[str]) -> None:
    """Mark the lines still kept that one of the shapes above makes furniture, and the text of
    an embedded post (a line ending with the post's short link) right above its signature
    (lines: the page's lines as printed, stripped: a footnote's asterisk is no part of its
    core)."""
    marked: frozenset[str] | None = None
    for i, core in enumerate(cores):
        if not core or rule[i]:
            continue
        first = core[0]
        if (first in "[<" or core[-1] == ";") and markup_or_script(core):
            rule[i] = "markup"
        elif first == "#" and spaced_hashtags(core):
            rule[i] = "taxonomy"
        elif ":" in core[:16] and credit_label(core):
            rule[i] = "source_credit"
        elif "@" in core and post_signature(core):
            rule[i] = "embedded_post"
            j = next((j for j in range(i - 1, -1, -1) if cores[j]), None)
            if j is not None and not rule[j] and _POST_LINK.search(cores[j]):
                rule[j] = "embedded_post"
        elif "@" in core and contact_line(core):
            rule[i] = "contact_line"
        elif " *" in core and required_fields(core):
            rule[i] = "comment_form"
        elif core[-1] == "|" and open_separator(core):
            rule[i] = "link_row"
        elif lines[i][:1] == "*":
            marked = marked_words("\n".join(lines)) if marked is None else marked
            if footnote(lines[i], marked):
                rule[i] = "footnote"


def mark_inner_labels(cores: list[str], rule: list[str | None]) -> None:
    """Short labels still kept between the article's first and last sentences (a share or print
    button, a 'most read' box's heading, an advert's label, a crosshead, in any language): at
    most INNER_LABEL_WORDS words, no digit and no sentence punctuation, not opening in lower
    case, right below a line that ends a sentence (or below such a label) and above a line that
    does not open in lower case: a sentence's words broken over lines stay. Labels above the
    first sentence and below the last are the header's, mark_leading_labels' and mark_tail's."""
    kept = [i for i, core in enumerate(cores) if core and not rule[i]]
    sentence = [ends_sentence(cores[i]) for i in kept]
    if sum(sentence) < 2:
        return
    first = sentence.index(True)
    last = len(sentence) - 1 - sentence[::-1].index(True)
    for n in range(first + 1, last):
        core = cores[kept[n]]
        if (not sentence[n] and not core[0].islower() and not cores[kept[n + 1]][0].islower()
                and (sentence[n - 1] or rule[kept[n - 1]] == "inner_label")
                and is_label(core, INNER_LABEL_WORDS) and not any(ch.isdigit() for ch in core)):
            rule[kept[n]] = "inner_label"


# a counter printed beside a widget's label: a count ('3405', '1.2K', '(12)') or a time
# ('23:37'), each a token of digits with separators, at the line's start or end; a date
# ('12.03.2021') is none: a date line beside a label is the header's to read. The counters at
# the end are sought only right after a letter or sign (not after a space or a digit): a run of
# spaces is then tried once, not at each of its spaces (linear time on long runs of spaces)
_COUNTER = r"(?![(\[]?\d{1,4}[./-]\d{1,2}[./-]\d)[(\[]?\d[\d.,:]*[kKmMкК]?[)\]]?"
_COUNTERS = re.compile(rf"\A(?:{_COUNTER}\s+)+(?=\D)|(?<=[^\s\d])(?:\s+{_COUNTER})+\Z")
COUNTED_LABEL_CHARS = 80  # a label with its counters is short
# the rules of labels that sites print with a count or a time beside them
COUNTED_RULES = frozenset({"share_widget", "comment_form", "print_controls", "widget",
                           "related_headlines", "social_follow", "appeal", "prev_next"})


def without_counters(core: str) -> str | None:
    """The line without the counters at its start or end ('3405 stampa questo articolo' ->
    'stampa questo articolo', 'Condividi 340' -> 'Condividi'), or None when it has none or is
    too long for a label (COUNTED_LABEL_CHARS). The caller asks whether the rest is a label of
    COUNTED_RULES: a sentence or a date line ('12 March 2020') is none."""
    if len(core) > COUNTED_LABEL_CHARS or not (core[0].isdecimal() or core[-1].isdecimal()
                                               or core[-1] in ")]"):
        return None
    rest = _COUNTERS.sub("", core)
    return rest if rest != core and rest else None


def said_guard() -> str:
    """What the notice and world lists' rows open with: no word of notice_attributions.csv
    ("said") in the line (OrderedPatterns matches it once per line for all of them)."""
    said = "|".join(lexicon.terms("notice_attributions"))
    return rf"(?!.*(?<!\w)(?:{said})(?!\w))"
