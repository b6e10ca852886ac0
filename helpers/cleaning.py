"""Separate a scraped news page into its article and everything else, line by line.

Each rule describes a kind of page furniture that any news site may carry (menus, share and
comment widgets, adverts, related-headline lists, rate and weather boxes, photo credits, tag
lists, interface text in another script) and never a particular page. Every line that leaves the
body is logged with the rule that took it, so the reader can check that nothing of the article
was lost. Title, byline, date, outlet and source URL are moved out of the body into their own
fields. The stages live in their own modules: helpers.textlines (words, script, language),
helpers.furniture, helpers.menus and helpers.captions (line rules), helpers.furniture_zones
(furniture told by its place and shape on the page), helpers.header (title),
helpers.datelines (printed date), helpers.bylines, helpers.outlets (datelines and credits);
helpers.page holds the Article they fill.
"""

from __future__ import annotations

import re

from . import lexicon
from .bylines import (
    INLINE_BYLINE,
    SIGNOFF,
    author_box,
    bracket_byline,
    byline,
    credit_reporters,
    reports_byline,
    signature,
    work_byline,
)
from .captions import mark_captions
from .closing_date_lines import take_closing_date
from .datelines import DateLine, check_stated_date, set_date, take_labelled_date
from .dates import find_dates
from .furniture import CITATION, SOURCE_URL, PageTraits, line_rule, line_rules
from .furniture_copies import keep_orphaned_copies, mark_copies_with_insertion
from .furniture_lists import block_headline, mark_marked_headlines, mark_sandwiched_items
from .furniture_pairs import mark_top_doubled_caption
from .furniture_shapes import mark_inner_labels, mark_shaped_lines
from .furniture_zones import (
    mark_bullet_runs,
    mark_caption_blocks,
    mark_inserted_headlines,
    mark_leading_labels,
    mark_list_item_text,
    mark_repeated_labels,
    mark_repeated_standfirst,
)
from .header import split_stamps, take_header
from .menus import headline_ticker, mark_tail, menu_runs
from .outlets import agency_list, outlet_byline, take_outlet
from .page import Article, Removal
from .textlines import (
    CYRILLIC,
    SAMPLE_CHARS,
    TAIL,
    core_of,
    count_words,
    detect_language,
    is_label,
    latin_language,
    main_script,
    name_words_only,
    squeeze,
)

AUTHOR_BOX_LINES = 2  # an author box under its heading: a name and a short biography
BIO_HEADING = re.compile(r"^(?:about the (?:authors?|writer|reporter|contributors?)|об авторе)"
                         r"\s*:?$", re.I)
INLINE_ITEMS = re.compile(r":\s*\S")  # a marker's items printed after its colon


def bio_cues() -> re.Pattern:
    """The words of an author's biography (helpers/lexicon/author_bio_cues.csv)."""
    return lexicon.pattern("author_bio_cues")

__all__ = ["Article", "Removal", "clean", "detect_language", "main_script"]


def clean(text: str) -> Article:
    """Split a decoded page into title, byline, date, URL, body paragraphs and a removal log."""
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    cyrillic = CYRILLIC.search(text) is not None  # most pages have none: then all is Latin
    script = main_script(text) if cyrillic else "latin"
    art = Article()
    rule: list[str | None] = [None] * len(lines)
    cores = [core_of(line) if line else "" for line in stripped]
    stamps = split_stamps(cores, art)
    rules = line_rules()
    # what rules.scan finds in each line, found once and shared by every rule that looks for
    # words, and by the page's traits
    seen = [rules.scan.seen(core) if core else None for core in cores]
    page = PageTraits.of(cores, script, cyrillic, seen)
    # which lines may match a pattern read from a line's start (the byline and sign-off pass
    # below shortens some lines from the end, which cannot make a pattern anchored at the start
    # match). Each pattern begins with a word or a number, and only a letter or digit can match
    # their first character, even ignoring case: a line opening with a quote or dash matches none.
    opens = [bool(core) and (core[0].isalpha() or core[0].isdecimal())
             and rules.starts.first_match(core, None, s) is not None
             for core, s in zip(cores, seen, strict=True)]

    for i in menu_runs(lines, stripped):
        rule[i] = "navigation_menu"

    block: str | None = None  # a related-headline, taxonomy, rates or author block still open
    opener = -1  # the line of the last marker that opened a block
    bio_left = 0  # lines of an author box still to come
    announced = False  # the block's marker ends with a colon and no item has followed it yet
    for i, core in enumerate(cores):
        if not core:
            if block == "related_headlines" and not announced:
                block = None
            continue
        if rule[i]:
            continue
        if opens[i] and (m := SOURCE_URL.match(core)):
            art.url = art.url or m.group(1)
            rule[i] = "source_url (moved to url)"
            continue
        found = line_rule(core, script, rules, page, opens[i], seen[i])
        announced = found == "related_headlines" and core.endswith(":")
        if found == "author_bio" and BIO_HEADING.match(core):  # 'About the author' heads a
            block, bio_left = "author_bio", AUTHOR_BOX_LINES  # box: its next lines are the box
        elif found is None and block == "author_bio":
            bio_left -= 1
            block = block if bio_left > 0 else None
            if is_label(core, 4) and name_words_only(core):  # the box opens with a name
                art.author = art.author or core
                found = "author_bio"
            elif count_words(core, 80) <= 80 and bio_cues().search(core):
                found = "author_bio"  # a biography ('Jane covers courts for the paper.')
        elif found in {"related_headlines", "taxonomy", "rates_weather"}:
            # a marker that carries its items on its own line ('Trending: A, B, C') opens no
            # block: the headline below it is no related headline
            block = None if found == "related_headlines" and INLINE_ITEMS.search(core) else found
            opener = i  # the marker: the block's first headline is read more strictly
        elif found is None and headline_ticker(core):
            found = "related_headlines"  # a ticker of headlines split by bars
        elif found is None and block:
            if block == "related_headlines" and block_headline(
                    core, opener < i - 1 and rule[i - 1] == block):
                found = block  # a headline, or a teaser cut off with an ellipsis
            elif block in {"taxonomy", "rates_weather"} and is_label(core, 3):
                found = block
            else:
                block = None
        rule[i] = found

    mark_captions(cores, rule, agency_list()[0])
    take_header(cores, rule, art, opens, stamps)
    # One pass over the lines still kept, for a bare date below the header (an 'updated'
    # stamp), a byline, a byline or sign-off at a line's end, and a citation's date. Each step
    # reads and changes only its own line, so one pass does what a pass per step would do.
    cite = art.date is None  # a cited date is looked for only on a page that prints none
    for i, core in enumerate(cores):
        if rule[i] == "reporting_credit" and not art.author:
            art.author = credit_reporters(core)  # '(Reporting by A; Editing by B)': A wrote it
        if rule[i] or not core:
            continue
        if found := take_labelled_date(core, art):
            rule[i] = found
            continue
        if (outlet := outlet_byline(core)) is not None:  # 'Par Le Figaro avec AFP'
            art.outlet_parsed = art.outlet_parsed or outlet
            rule[i] = "byline (moved to outlet)"
            continue
        if opens[i] and (m := byline(core)):
            art.author = art.author or m.group("name").strip()
            rule[i] = "byline (moved to author)"
            if m.group("rest") and (dated := find_dates(m.group("rest"))):
                set_date(art, DateLine(dated[0], "plain"))
            continue
        if (name := reports_byline(core) or author_box(core) or credit_reporters(core)
                or work_byline(core)) is not None:
            art.author = art.author or name
            rule[i] = "byline (moved to author)"
            continue
        if "By" in core and (m := INLINE_BYLINE.search(core, max(0, len(core) - TAIL))):
            art.author = art.author or m.group("name")
            art.removed.append(Removal(i + 1, "byline (moved to author)", m.group(0).strip()))
            cores[i] = core = core[: m.start()].rstrip()
        if (m := bracket_byline(core)) is not None:  # '... (Rédigé par Jean Terzian)'
            art.author = art.author or m.group("name").strip()
            art.removed.append(Removal(i + 1, "byline (moved to author)", m.group(0).strip()))
            cores[i] = core = core[: m.start()].rstrip()
        if "End" in core and (m := SIGNOFF.search(core, max(0, len(core) - TAIL))):
            if m.group("name"):
                art.author = art.author or m.group("name").strip()
            art.removed.append(Removal(i + 1, "signoff", m.group(0).strip()))
            cores[i] = core = core[: m.start()].rstrip()
        if cite and opens[i] and CITATION.match(core) and (cited := find_dates(core)):
            art.date, art.date_basis = max(cited, key=lambda d: d.date), "cited"

    for k, i in enumerate(signature(cores, rule)):
        art.author = art.author or (cores[i] if k == 0 else None)
        rule[i] = "byline (moved to author)" if k == 0 else "signature_place"
    take_outlet(cores, rule, art)
    mark_list_item_text(lines, cores, rule)
    mark_caption_blocks(cores, rule)
    mark_repeated_labels(cores, rule)
    mark_leading_labels(cores, rule, titled=art.title is not None)
    mark_top_doubled_caption(cores, rule)
    mark_repeated_standfirst(cores, rule)
    standfirsts = mark_copies_with_insertion(cores, rule, lines)
    mark_shaped_lines(cores, rule, stripped)
    mark_tail(cores, rule, stripped)
    mark_sandwiched_items(cores, rule)
    mark_marked_headlines(cores, rule, rules.related)
    mark_inserted_headlines(cores, rule)
    mark_bullet_runs(stripped, cores, rule)
    mark_inner_labels(cores, rule)
    take_closing_date(cores, rule, art)
    keep_orphaned_copies(standfirsts, rule)
    art.removed.extend(Removal(i + 1, r, stripped[i]) for i, r in enumerate(rule) if r)
    _paragraphs(stripped, cores, rule, art)
    art.removed.sort(key=lambda r: r.line_no)
    check_stated_date(art)
    body_start = " ".join(art.paragraphs)[:SAMPLE_CHARS]
    if script == "latin" and not page.other_script:  # no Cyrillic letter in any line, so the
        art.language = latin_language(body_start)  # body (made of the lines) has none either
    else:
        art.language = detect_language(body_start)
    body = sum(len(p) for p in art.paragraphs)
    page_chars = sum(map(len, stripped))
    art.boilerplate_share = round(1 - body / page_chars, 3) if page_chars else 0.0
    return art



def _paragraphs(lines: list[str], cores: list[str], rule: list[str | None], art: Article) -> None:
    """Group kept lines into paragraphs and drop paragraphs that the scraper repeated (lines:
    the page's lines, stripped)."""
    filled = [i for i, line in enumerate(lines) if line]
    blank_separated = bool(filled) and len(filled) < filled[-1] - filled[0] + 1
    groups: list[tuple[int, list[str]]] = []
    current: list[str] = []
    # the quote marks of current[:counted], summed line by line (_quote_marks): counted only
    # when a line may join the paragraph (most paragraphs are one line: theirs are never read)
    quotes, counted = (0, 0, 0), 0
    start = 0
    for i, core in enumerate(cores):
        keep = core and not rule[i]
        if keep and not (current and not blank_separated):
            if current:
                for line in current[counted:]:
                    straight, curly, guillemets = _quote_marks(line)
                    quotes = (quotes[0] + straight, quotes[1] + curly, quotes[2] + guillemets)
                counted = len(current)
                if _new_paragraph(current[-1], core, quotes):
                    groups.append((start, current))  # a line that ends a sentence ends its
                    current = []  # paragraph (rule S1 of tests/realpages/README.md)
            if not current:
                start, quotes, counted = i, (0, 0, 0), 0
            current.append(squeeze(core))
            continue
        if current:
            groups.append((start, current))
            current = []
        if keep:  # one paragraph per line in a page without blank lines
            start, current = i, [squeeze(core)]
    if current:
        groups.append((start, current))

    # A repeat is the same paragraph up to case. It has as many spaces as its first copy
    # (casefolding changes no space and makes none), so a paragraph is casefolded only once a
    # second kept one has its number of spaces, and then looked up in a set: each paragraph is
    # casefolded at most once, and a page of many same-shaped lines stays linear.
    groups = _without_summaries(groups, lines, art)
    unfolded: dict[int, list[str]] = {}  # spaces -> kept paragraphs not casefolded yet
    folded: dict[int, set[str]] = {}  # spaces -> kept paragraphs casefolded
    earlier: set[str] = set()
    lengths: set[int] = set()
    for start, group in groups:
        paragraph = " ".join(group)
        spaces = paragraph.count(" ")
        pending = unfolded.setdefault(spaces, [])
        if _glued_repeat(paragraph, earlier, lengths):
            art.duplicate_paragraphs += 1
            art.removed.extend(Removal(start + k + 1, "duplicate_paragraph", lines[start + k])
                               for k in range(len(group)))
            continue
        if pending or spaces in folded:
            keys = folded.setdefault(spaces, set())
            keys.update(other.casefold() for other in pending)
            pending.clear()
            key = paragraph.casefold()
            if key in keys:
                art.duplicate_paragraphs += 1
                art.removed.extend(
                    Removal(start + k + 1, "duplicate_paragraph", lines[start + k])
                    for k in range(len(group)))
                continue
            keys.add(key)
        else:
            pending.append(paragraph)
        earlier.add(paragraph)
        lengths.add(len(paragraph))
        art.paragraphs.append(paragraph)


def _quote_marks(text: str) -> tuple[int, int, int]:
    """Straight double quotes, “ less ”, and « less » in text: summed over a paragraph's lines,
    they tell whether a quotation is left open without joining the lines again."""
    return (text.count('"'), text.count("“") - text.count("”"), text.count("«") - text.count("»"))


def _new_paragraph(last: str, line: str, quotes: tuple[int, int, int]) -> bool:
    """Whether a line after the line `last` (no blank line between them) opens a paragraph
    of its own: the line before ends a sentence, and this line opens like a sentence (a capital,
    a digit, a quote mark or a dash) and, when a quotation is left open (quotes: the quote
    marks of the paragraph so far, _quote_marks), with a quote mark (the news convention for a
    quotation over several paragraphs; without one, the quotation runs on in one paragraph); a
    line broken inside a sentence continues it."""
    if not (last.endswith((".", "!", "?", '"', "”", "»", "’"))
            and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“«„-–—")):
        return False
    if line[:1] in "\"“«„":
        return True
    straight, curly, guillemets = quotes
    return straight % 2 == 0 and curly <= 0 and guillemets <= 0


GLUED_LABEL_WORDS = 5


# a word run into the next: 'ArmyThe', 'arsal19' (the match is the next word's first character,
# so that a search skips at once to a capital or a digit)
_GLUE = re.compile(r"[A-Z0-9](?<=[^\W\d_][A-Z0-9])")


def _glued_repeat(paragraph: str, earlier: set[str], lengths: set[int]) -> bool:
    """paragraph is an earlier paragraph with a short label glued in front of it, as a caption
    or an image's name run into a repeat of the lead ('Lebanese ArmyThe army announced ...'
    below 'The army announced ...'): all its text is in the body already (lengths: those of
    the earlier paragraphs, compared before a rest is copied)."""
    for m in _GLUE.finditer(paragraph, 0, 80):
        if len(paragraph) - m.start() not in lengths:
            continue
        label, rest = paragraph[: m.start()], paragraph[m.start():]
        if rest in earlier and count_words(label, GLUED_LABEL_WORDS) <= GLUED_LABEL_WORDS:
            return True
    return False


SUMMARY_PARAGRAPHS = 5  # a standfirst or summary stands among the first paragraphs
SUMMARY_WORDS = (8, 60)  # and is a sentence or two long


def _without_summaries(groups: list[tuple[int, list[str]]], lines: list[str],
                       art: Article) -> list[tuple[int, list[str]]]:
    """The paragraphs without a standfirst or summary point that a later paragraph repeats in
    full ('• Many of those ... women' above '... Many of those ... women, according to AFP'):
    its words are all in the body already, so no sentence is lost."""
    out = []
    folded: list[str] | None = None  # each later paragraph casefolded, read once when needed
    for n, (start, group) in enumerate(groups):
        if n >= SUMMARY_PARAGRAPHS:
            out.extend(groups[n:])
            break
        # a group with a line too short or too long for a summary point is none (checked before
        # the later paragraphs are casefolded and joined: casefolding makes no space)
        if n + 1 == len(groups) or not all(map(_summary_sized, group)):
            out.append((start, group))
            continue
        if folded is None:
            folded = [" ".join(g).casefold() for _, g in groups[1:]]
        later = folded[n:]  # the paragraphs after this one
        text = "\n".join(later)  # (no paragraph holds a line break: none is found across two)
        if all(_repeated(line.casefold(), later, text) for line in group):
            art.removed.extend(Removal(start + k + 1, "repeated_summary", lines[start + k])
                               for k in range(len(group)))
            continue
        out.append((start, group))
    return out


def _summary_sized(line: str) -> bool:
    """line has the length of a summary point, in words told by its spaces."""
    return SUMMARY_WORDS[0] <= line.count(" ") + 1 <= SUMMARY_WORDS[1]


def _repeated(line: str, later: list[str], text: str) -> bool:
    """line (casefolded) is a summary point that one of the later paragraphs holds, longer
    (text: the later paragraphs joined, so that a line in none of them is told by one search)."""
    if not _summary_sized(line):
        return False
    key = line.rstrip(".")
    return key in text and any(_holds(other, key) and len(other) > len(line) + 1 for other in later)


def _holds(text: str, part: str) -> bool:
    """part stands in text as words of its own (not glued to a word before it: 'armythe army
    announced' does not hold 'the army announced')."""
    at = text.find(part)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            return True
        at = text.find(part, at + 1)
    return False
