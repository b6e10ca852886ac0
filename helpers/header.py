"""The page's header: its title and its printed date, found among the first lines kept.

The title is the first line that reads as a headline: never a banner, appeal, skip link, menu
item, site clock or date line (those are taken by helpers.furniture and helpers.datelines), a
masthead or kicker above it, a browser page title that repeats it with the site's name, or a
standfirst sentence printed above it. A labelled publication date is the page's date wherever it
stands; an unlabelled one only in the header, where a date line below the headline wins over a
site clock above it. A date stamp opening a line ('date 2018-03-06 Turkey begins ...', 'January
10, 2017 | The Journal | ...') is split off, and the rest of the line is read on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bylines import BYLINE, byline, credit_fields, labelled_byline, opens_with_label
from .captions import closed_by_credit
from .datelines import (
    DATE_LINE_MAX,
    DateLine,
    credit_line,
    date_line,
    date_only,
    date_range_line,
    leading_stamp,
    name_and_date,
    outlet_and_date,
    set_date,
)
from .dates import DateMatch, find_dates
from .glued_labels import glued_label, section_name
from .header_lines import (
    document_heading,
    full_stop_line,
    glued_caption,
    glued_to_title,
    headline_twice_below,
    label_above_lead,
    may_date,
    numeric_field,
    other_byline,
    place_above_date,
    place_and_date,
    printed_twice,
    section_label,
    section_time_date,
    sentence_broken_after,
    summary_points,
    teaser_of_next,
    worded_clock,
)
from .outlets import dateline_alone
from .page import Article, Removal
from .segment import split_sentences
from .stamp_labels import stamp_label
from .textlines import count_words, ends_sentence, headline_words, is_label, opens_lower
from .title_shapes import crosshead_above_lead, lead_in, title_date

TITLE_MAX_WORDS = 25
TITLE_MIN_WORDS = 2  # a one-word first line is a label (a section, a site name), not a headline
HEADER_LINES = 8  # the header is read among this many first kept lines
CONTINUED_MAX_WORDS = 8


def _continued(cores: list[str], rule: list[str | None], i: int) -> int | None:
    """The index of the line that carries on the headline of line i: the next kept line, short,
    opening in lower case, no date ('torek, 12. 3. 2019'), no sentence end ('parents, suspects'
    below "Army arrests IS fighters'"). A line a rule took out (a caption, a source label)
    between them ends the headline: what follows it is no part of it."""
    j = next((j for j in range(i + 1, len(cores)) if cores[j]), None)
    if j is None or rule[j]:
        return None
    line = cores[j]
    if (opens_lower(line) and count_words(line, CONTINUED_MAX_WORDS) <= CONTINUED_MAX_WORDS
            and not ends_sentence(line) and not find_dates(line) and not date_only(line)
            and byline(line) is None and not opens_with_label(line)  # 'di Marco Rossi': credits
            and BYLINE.match(line) is None):  # 'by admin', left by 'Posted on <date> by admin'
        return j
    return None


_MONTH_STAMP = re.compile(r"date\s++(?:19|20)\d\d-[01]\d\s++(?=\S)")
HEADER_ZONE = 8  # date stamps are split off only among the page's first non-empty lines


@dataclass(frozen=True)
class Stamp:
    """A date stamp split off the start of a line: its text, and its date with its kind."""

    text: str
    found: DateLine


def split_stamps(cores: list[str], art: Article) -> dict[int, Stamp]:
    """Split the date stamps that open lines of the header zone (see leading_stamp), with the
    byline and outlet fields that follow a date ('| The Journal | By A. Writer |'); cores[i]
    keeps the rest of line i. The date is set by take_header, which reads the lines in order."""
    stamps: dict[int, Stamp] = {}
    seen = 0
    for i, core in enumerate(cores):
        if not core:
            continue
        seen += 1
        if seen > HEADER_ZONE:
            break
        if (m := _MONTH_STAMP.match(core)) is not None and len(core) > m.end():
            # 'date 2020-01 Zes kinderen ...': a stamp with a year and month, no day: no date
            art.removed.append(Removal(i + 1, "date_stamp", m.group(0).strip()))
            cores[i] = core = core[m.end():]
        if (stamp := leading_stamp(core)) is not None:
            start, found = stamp
            start += credit_fields(core[start:], art)
            stamps[i] = Stamp(core[:start].strip(), found)
            cores[i] = core = core[start:]
        if end := glued_label(core):  # 'Watch VideoAt least ...': the button goes, the text stays
            art.removed.append(Removal(i + 1, "glued_label", core[:end]))
            cores[i] = core[end:]
    return stamps


def take_header(cores: list[str], rule: list[str | None], art: Article,
                opens: list[bool], stamps: dict[int, Stamp]) -> None:
    """Find the title and a printed date among the first lines that survived the rules (opens:
    which lines may match a pattern read from a line's start; stamps: from split_stamps).
    Where no line reads as a headline the title stays None."""
    seen = 0
    clock: DateMatch | None = None  # a plain date line printed above the headline
    standfirst: int | None = None  # a sentence printed above the headline
    mastheads: set[str] = set()  # labels taken above the headline (casefolded)
    below_title = False  # the line being read is the first kept one below the title
    place = False  # a dateline's place was printed alone above the line being read
    lead_seen = False  # a sentence was read below the title
    for i, core in enumerate(cores):
        if (stamp := stamps.get(i)) is not None:
            if art.title is None and stamp.found.kind == "plain" and not place and (
                    rule[i] or (count_words(core, 4) <= 4 and any(ch.isdigit() for ch in core))):
                # a date opening site furniture above the headline: a clock ('Monday, ... | News')
                art.removed.append(Removal(i + 1, "site_clock", stamp.text))
                continue
            taken = set_date(art, stamp.found)
            art.date_beside_title |= taken and below_title
            if place and count_words(core, 3) <= 3:  # the dateline's date, a weekday and a time
                rule[i] = "date (moved to date_text)" if taken else "date_stamp"
                continue
            art.removed.append(Removal(i + 1, "date (moved to date_text)" if taken
                                       else "date_stamp", stamp.text))
        if rule[i] or not core:
            continue
        place = False
        seen += 1
        if seen > HEADER_LINES:
            break
        if (wire := dateline_alone(core)) is not None:  # 'SALÉ (MARRUECOS), 23 (Reuters/EP)'
            art.outlet_parsed = art.outlet_parsed or wire.outlet
            if wire.date is not None:
                set_date(art, DateLine(wire.date, "plain"))
            rule[i] = "dateline (moved to outlet)"
            continue
        dated = may_date(core)  # (else every date test down to credit_line says no)
        if dated and date_range_line(core):  # '3-14 juin 2019': the days a chronology covers
            rule[i] = "date_stamp"
            continue
        # found once for both the date-line and the title tests
        dates = find_dates(core) if dated else None if len(core) > DATE_LINE_MAX else []
        if dated and (found := date_line(core, dates)) is not None:
            if (art.title is not None and clock is not None and art.date is clock
                    and found.kind == "plain"):  # a site clock above the headline, the
                art.notes.append(  # article's date line below it: the one below is the date
                    f"the date line above the headline {clock.text!r} is taken for a site"
                    f" clock: the date line below it {found.date.text!r} is the date")
                art.date, clock = None, None
            taken = set_date(art, found)
            art.date_beside_title |= taken and below_title
            if taken and art.title is None and found.kind == "plain":
                clock = found.date
            rule[i] = "date (moved to date_text)" if taken else "date_stamp"
            continue
        if (dated and (fields := name_and_date(core)) is not None
                and not (opens[i] and byline(core))):  # (the cheaper test first)
            name, found = fields
            art.author = art.author or name
            set_date(art, found)
            rule[i] = "byline (moved to author)"
            continue
        if dates and (found := place_and_date(core, dates)) is not None:
            taken = set_date(art, found)  # 'Islamabad 27-Jul-2015': a dateline's place and date
            art.date_beside_title |= taken  # the story's own date (no site clock names a place)
            rule[i] = "date (moved to date_text)" if taken else "date_stamp"
            continue
        if dated and (credit := outlet_and_date(core)) is not None:
            outlet, found = credit
            art.outlet_parsed = art.outlet_parsed or outlet
            set_date(art, found)
            rule[i] = "date (moved to date_text)"
            continue
        if dated and (line := credit_line(core)) is not None:
            author = line.author or (line.names[0].split(",")[0] if len(line.names) == 1 else None)
            art.author = art.author or author
            art.outlet_parsed = art.outlet_parsed or next(
                (n for n in line.names if n != author), None)
            set_date(art, line.found)
            rule[i] = "byline (moved to author)" if author else "date (moved to date_text)"
            continue
        if art.title is not None and (core.casefold() == art.title.casefold()
                                      or glued_to_title(core, art.title)):
            rule[i] = "title_repeated"
            continue
        if art.title is not None and core.casefold() in mastheads:
            rule[i] = "masthead"  # the site's name printed again below the headline
            continue
        if art.title is not None and (writer := labelled_byline(core)) is not None:
            art.author = art.author or writer  # 'Par Jean Dupont' below the headline
            rule[i] = "byline (moved to author)"
            continue
        if below_title and section_label(core, cores, rule, i):
            rule[i] = "section_label"
            continue
        if below_title and (k := glued_caption(core)) is not None:
            # a caption run into the lead ('Lebanese army in arsal19 Syrians were arrested')
            art.removed.append(Removal(i + 1, "photo_caption (glued to the lead)", core[:k]))
            cores[i] = core = core[k:]
        below_title = False
        if core.startswith("by ") and (m := BYLINE.match(core)) and count_words(core, 4) <= 4:
            art.author = art.author or m.group("name").strip()  # 'by admin': the rest of
            rule[i] = "byline (moved to author)"  # 'Posted on 5 March 2019 by admin'
            continue
        if (writer := other_byline(core)) is not None:
            art.author = art.author or writer  # 'Posted by admin', 'Jane Roe, Staff Writer'
            if dates := (find_dates(core) if dates is None else dates):
                set_date(art, DateLine(dates[0], "plain"))  # '... on 5 March 2019'
            rule[i] = "byline (moved to author)"
            continue
        if art.title is not None and not lead_seen and numeric_field(core):
            rule[i] = "date_stamp"  # 'Vandaag, 10:22', 'Publié le 05/03/2019 à 10:22' above
            continue  # the lead (a cited source's date after the story is no header)
        if art.title is not None and not lead_seen and (j := printed_twice(cores, rule, i)) and (
                not any(cores[i + 1:j])):  # under the headline, one copy right below the other
            if closed_by_credit(core):  # a caption and its credit: both go (as above it,
                rule[i] = rule[j] = "photo_caption"  # helpers.header_lines)
                continue
            rule[j] = "repeated_standfirst"  # a standfirst: its first copy stays in the body
        lead_seen |= art.title is not None and ends_sentence(core)
        if art.title is not None or (opens[i] and byline(core)):
            continue  # after the title, only a date line is still header
        if (page_title := _page_title(core, cores, rule, i)) is not None:
            rule[i] = page_title
            continue
        title, d = title_date(core, find_dates(core) if dates is None else dates)
        n = headline_words(title)  # (Chinese and Japanese: two letters a word)
        if ((d is not None and (n <= 2 or title.endswith(":"))) or numeric_field(title)
                or (d is None and worded_clock(title))):  # a clock: no headline, no date
            rule[i] = section_time_date(art, title, d)  # a date beside a weekday or a label,
            continue  # a clock or a rates box: no headline, and the headline may follow
        if standfirst is None and ((opens_lower(title) and is_label(title, 3))  # 'detikNews',
                                   or lead_in(title, cores, rule, i)):  # or a lead-in ('...:')
            rule[i] = "masthead"  # above the headline
            continue
        if (n == 0 or (n > TITLE_MAX_WORDS and not _title_and_subtitle(title))
                or full_stop_line(title, cores, rule, i)
                or _CREDIT_AFTER_SENTENCE.search(title)):  # a caption: '... charges. (Reuters)'
            if (j := printed_twice(cores, rule, i)) is not None:
                rule[i] = rule[j] = "photo_caption"  # an image's alternative text and caption
                continue
            if (standfirst is None and n <= STANDFIRST_MAX_WORDS and _headline_after(cores, rule, i)
                    and len(split_sentences(core)) < 2):  # two sentences: the lead, and a
                # crosshead below it (a standfirst above a headline is one sentence)
                standfirst = i  # a standfirst printed above the headline: it stays in the body
                continue
            break  # the page opens with body text (a sentence): no headline is printed
        if standfirst is not None and n < HEADLINE_MIN_WORDS:
            break
        if opens_lower(title):
            break  # a headline opens with a capital, a digit or a quote: this is a label
        if d is None and section_name(title) and is_label(_next_kept(cores, rule, i), 25):
            rule[i] = "section_label"  # 'Svijet' above a headline (<= 25 words), however short
            continue
        if d is None and (_is_masthead(title, cores, rule, i)
                          or i in stamps and stamp_label(title, cores, rule, i)):
            rule[i] = "masthead"
            mastheads.add(core.casefold())
            continue
        if n < TITLE_MIN_WORDS and not document_heading(title):  # ('Pressemitteilung' is one)
            break  # a label above body text: no headline is printed
        if d is None and headline_twice_below(cores, i, TITLE_MAX_WORDS, rule):
            rule[i] = "masthead"  # a site's name or slogan above the headline printed twice
            mastheads.add(core.casefold())
            continue
        if d is None and teaser_of_next(title, cores, rule, i):
            rule[i] = "repeated_summary"  # a teaser cut with an ellipsis, the lead below it
            continue
        if d is None and (label_above_lead(title, cores, rule, i)
                          or crosshead_above_lead(title, cores, rule, i)):
            rule[i] = "section_label"  # 'Middle East' above the lead of a page with no headline
            continue
        if d is None and place_above_date(title, cores, rule, i, stamps):
            rule[i] = "dateline_place"  # 'K. Male' above '21 Oct 2017 | Sat 17:22': the date
            place = True  # below it is the article's, not a site clock
            continue
        if sentence_broken_after(cores, rule, i):
            break  # the lead's first words, broken off by a line end: no headline is printed
        art.title = title
        below_title = True
        if d is not None:
            set_date(art, DateLine(d, "plain"))
        rule[i] = "title (moved to title)"
        if (j := _continued(cores, rule, i)) is not None:  # a headline broken over two lines,
            label = j > i + 1 and cores[j][-1].isdigit()  # or an image's label ('migrants 22')
            art.title = art.title if label else f"{title} {cores[j]}"  # a blank line below it
            rule[j] = "image_label" if label else "title (moved to title)"
        for j in summary_points(cores, rule, i):
            rule[j] = "summary_points"


_SUBTITLE_DASH = re.compile(r"\s[–—]\s")


def _title_and_subtitle(line: str) -> bool:
    """A headline longer than TITLE_MAX_WORDS that is a title and a subtitle set apart by a
    dash ('Returnees: Who are they ...? – Assessing Policies on ...'): two parts of a headline's
    length, the last with no closing sentence punctuation."""
    parts = _SUBTITLE_DASH.split(line)
    return (len(parts) == 2 and not ends_sentence(line)
            and all(TITLE_MIN_WORDS <= count_words(p, TITLE_MAX_WORDS) <= TITLE_MAX_WORDS
                    for p in parts))


def _next_kept(cores: list[str], rule: list[str | None], i: int) -> str:
    """The next non-empty line after line i that no rule has taken and that is no date line
    ('' if none): what follows a label above the headline, past a date line between them."""
    return next((c for j, c in enumerate(cores[i + 1:], i + 1)
                 if c and not rule[j] and (len(c) > DATE_LINE_MAX or date_only(c) is None)), "")


_SITE_SUFFIX_WORDS = 10
_CREDIT_AFTER_SENTENCE = re.compile(r"[.!?]\s*\([^()]{1,40}\)$")
STANDFIRST_MAX_WORDS = 60
HEADLINE_MIN_WORDS = 4  # below a standfirst, a headline has this many words or more


def _headline_after(cores: list[str], rule: list[str | None], i: int) -> bool:
    """The line after line i (a sentence, when i opens the page) reads as a headline: 4 to
    TITLE_MAX_WORDS words opening with a capital or digit, no closing full stop, no date line,
    and followed by more text (the body). A page that opens with its lead has a second
    paragraph of sentences there instead."""
    later = [j for j in range(i + 1, len(cores)) if cores[j] and not rule[j]]
    if len(later) < 2:
        return False
    line = cores[later[0]]
    n = count_words(line, TITLE_MAX_WORDS)
    return (HEADLINE_MIN_WORDS <= n <= TITLE_MAX_WORDS and not ends_sentence(line)
            and (line[:1].isupper() or line[:1].isdigit()) and byline(line) is None
            and date_only(line) is None)


def _page_title(line: str, cores: list[str], rule: list[str | None], i: int) -> str | None:
    """'page_title' when line is the browser title of the page: the headline printed on the
    next line, followed by a separator and the site's or section's name ('Malaysia detains 3
    militants, Latest World News - The New Paper' above 'Malaysia detains 3 militants')."""
    if not any(len(c) < len(line) and c and not rule[j] and line.startswith(c)
               for j, c in enumerate(cores[i + 1:], i + 1)):
        return None  # no kept line below opens the line: neither does the next one (quicker)
    following = _next_kept(cores, rule, i)
    if not following or len(following) >= len(line) or not line.startswith(following):
        return None
    rest = line[len(following):]
    if not re.match(r"\s*[-–—|:,·•]", rest):
        return None
    rest = rest.strip(" -–—|:,·•")
    return "page_title" if rest and is_label(rest, _SITE_SUFFIX_WORDS) else None


def _is_masthead(line: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """The site's name, a section or a kicker above the headline: a label of at most three words
    (line, at index i), followed by a longer line that reads as a headline (4 to TITLE_MAX_WORDS
    words, no closing full stop). The following line is looked at only once the label test has
    passed."""
    if not is_label(line, 3) or headline_words(line) > 3:  # ("湖南山区暴雨引发山洪": 5 words)
        return False
    following = _next_kept(cores, rule, i)
    for _ in range(MASTHEAD_RUN - 1):  # a site's name, a section and a kicker, one a line
        if not (is_label(following, 3) and not ends_sentence(following)):
            break
        i = next(k for k in range(i + 1, len(cores)) if cores[k] == following)
        following = _next_kept(cores, rule, i)
    n_next = count_words(following, TITLE_MAX_WORDS)
    if (4 <= n_next <= TITLE_MAX_WORDS and not following.endswith(".")
            and not following[:1].islower() and date_only(following) is None):
        return True  # (a line opening in lower case carries on the line above instead)
    # or a standfirst follows, and a headline below it
    j = next((j for j in range(i + 1, len(cores)) if cores[j] == following), None)
    return (j is not None and ends_sentence(following)
            and count_words(following, STANDFIRST_MAX_WORDS) <= STANDFIRST_MAX_WORDS
            and _headline_after(cores, rule, j))

MASTHEAD_RUN = 8  # labels of at most three words, one a line, above a headline (a menu)
