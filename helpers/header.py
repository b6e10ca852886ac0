"""The page's header: its title and its printed date, found among the first lines kept.

A date line is a short line holding one date and nothing else but a label ('Published:', 'Last
updated', from helpers/lexicon/date_labels.csv), a time, a weekday or separators. A labelled
publication date is the page's date wherever it stands; an unlabelled one only in the header;
an 'updated', print, archive or access date never is. A date stamp that opens a longer line
('date 2018-03-06 Turkey begins ...', 'January 10, 2017 | The Journal | By A. Writer | ...') is
split off, and the rest of the line is read on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .bylines import byline
from .dates import DateMatch, find_dates
from .page import Article, Removal
from .textlines import count_words, ends_sentence, is_label, name_words_only, words

DATE_LINE_MAX = 100  # characters: a longer line is never a date line
TITLE_MAX_WORDS = 25
TITLE_MIN_WORDS = 2  # a one-word first line is a label (a section, a site name), not a headline
HEADER_LINES = 6  # the header is read among this many first kept lines
_TIME = r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s*m\.?)?(?:\s*(?-i:[A-Z]{2,5}))?)"
_SEPARATORS = r"[\s:|,·•/–—-]*+"  # possessive: separators between optional parts read once
_DIGIT = re.compile(r"\d")
# a section label before a date: 'NEWS', 'WORLD NEWS'
_SECTION = re.compile(r"(?<![A-ZА-ЯЁ])(?-i:[A-ZА-ЯЁ]{3,}+(?: [A-ZА-ЯЁ]{3,}+)?)\s++")


@dataclass(frozen=True)
class DateLine:
    """A date and the kind of its label: published, updated, other, or plain (no label)."""

    date: DateMatch
    kind: str


@lru_cache(maxsize=4)
def _labels_for(_stamps: tuple[tuple[int, int], ...]) -> tuple[re.Pattern, tuple[str, ...]]:
    frame = lexicon.table("date_labels")
    groups = "|".join(f"(?P<g{k}>{p})" for k, p in enumerate(frame["pattern"]))
    filler = re.compile(rf"{_SEPARATORS}(?:(?:{groups})\b)?{_SEPARATORS}(?:on|at)?"
                        rf"{_SEPARATORS}(?:{_TIME})?{_SEPARATORS}(?:at)?{_SEPARATORS}", re.I)
    return filler, tuple(frame["kind"])


def _labels() -> tuple[re.Pattern, tuple[str, ...]]:
    """(filler, kinds): filler matches what may stand beside a date on a date line; its group
    g<k> is label k, of kind kinds[k]."""
    return _labels_for(lexicon.stamps("date_labels"))


def _kind(m: re.Match, kinds: tuple[str, ...]) -> str:
    return kinds[int(m.lastgroup[1:])] if m.lastgroup else "plain"


def date_line(text: str, dates: list[DateMatch] | None = None) -> DateLine | None:
    """The date of a line that holds a date and nothing else of substance, with its label's kind
    (dates: the line's find_dates, when the caller has them already)."""
    if len(text) > DATE_LINE_MAX:  # a date with a weekday, time and 'Last updated on:' is far
        return None  # shorter
    if dates is None:
        dates = find_dates(text)
    if len(dates) != 1:
        return None
    filler, kinds = _labels()
    head = text[: dates[0].start]
    if (section := _SECTION.match(head)) is not None:  # 'NEWS 19.12.2019 20:34'
        head = head[section.end():]
    before = filler.fullmatch(head)
    after = filler.fullmatch(text[dates[0].end:])
    if before is None or after is None or (after.lastgroup and not before.lastgroup):
        return None
    return DateLine(dates[0], _kind(before, kinds))


def date_only(text: str, dates: list[DateMatch] | None = None) -> DateMatch | None:
    """The date of a date line (see date_line), whatever its label."""
    found = date_line(text, dates)
    return found.date if found else None


def leading_stamp(core: str) -> tuple[int, DateLine] | None:
    """A date stamp that opens a longer line: a label and a date ('date 2018-03-06 ...'), or a
    date followed by a separator ('January 10, 2017 | ...'). Returns where the rest of the line
    begins, and the date with its label's kind."""
    if len(core) <= 20 or _DIGIT.search(core, 0, 40) is None:
        return None
    dates = find_dates(core[:80])
    if not dates or dates[0].start > 40:
        return None
    d = dates[0]
    filler, kinds = _labels()
    before = filler.fullmatch(core[: d.start])
    if before is None:
        return None
    kind = _kind(before, kinds)
    sep = re.compile(r"\s*[|/–—-]\s+|\s*:\s+" if kind == "plain" else r"\s*[|/:–—-]?\s*")
    m = sep.match(core, d.end)
    if m is None or m.end() >= len(core) or core[m.end()].isspace():
        return None
    return m.end(), DateLine(DateMatch(d.date, d.text, d.start, d.end), kind)


def _credit_fields(rest: str, art: Article) -> int:
    """After a leading date, the ' | '-separated fields that are a byline or the outlet's name
    ('The North Africa Journal | By Hakim Briki | ...'): they are moved to author and
    outlet_parsed, and the index where the text proper begins is returned."""
    at = 0
    while (bar := rest.find(" | ", at)) > 0:
        field = rest[at:bar].strip()
        if (m := byline(field)) is not None:
            art.author = art.author or m.group("name").strip()
        elif is_label(field, 5) and name_words_only(field):
            art.outlet_parsed = art.outlet_parsed or field
        else:
            break
        at = bar + 3
    return at


def _name_and_date(core: str) -> tuple[str, DateLine] | None:
    """A byline without 'By': a name and a date line split by a bar ('Jane Roe | 14.11.2019')."""
    if "|" not in core or len(core) > DATE_LINE_MAX:
        return None
    fields = [f.strip() for f in core.split("|") if f.strip()]
    if len(fields) != 2:
        return None
    for name, date in (fields, fields[::-1]):
        if (2 <= count_words(name, 4) <= 4 and is_label(name, 4) and name_words_only(name)
                and not _DIGIT.search(name) and (found := date_line(date)) is not None):
            return name, found
    return None


def set_date(art: Article, found: DateLine, basis: str = "stated") -> bool:
    """Make found the page's date if it is a publication date and better than the one it has:
    any date over none, a labelled publication date over an unlabelled one."""
    if found.kind not in {"published", "plain"}:
        return False
    art.date_candidates.append(found.date)
    if art.date is None or (found.kind == "published" and art.date_kind == "plain"):
        art.date, art.date_basis, art.date_kind = found.date, basis, found.kind
        return True
    return False


def _title_date(text: str, dates: list[DateMatch]) -> tuple[str, DateMatch | None]:
    """Split a date printed at the end (or start) of a title line (dates: its find_dates)."""
    for d in dates:
        before, after = text[: d.start].strip(" |·–—-,"), text[d.end:].strip(" |·–—-,")
        if before and not after:
            return before, d
        if after and not before:
            return after, d
    return text, None


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
        if (stamp := leading_stamp(core)) is not None:
            start, found = stamp
            start += _credit_fields(core[start:], art)
            stamps[i] = Stamp(core[:start].strip(), found)
            cores[i] = core[start:]
    return stamps


def take_header(cores: list[str], rule: list[str | None], art: Article,
                opens: list[bool], stamps: dict[int, Stamp]) -> None:
    """Find the title and a printed date among the first lines that survived the rules (opens:
    which lines may match a pattern read from a line's start; stamps: from split_stamps).
    Where no line reads as a headline the title stays None."""
    seen = 0
    clock: DateMatch | None = None  # a plain date line printed above the headline
    standfirst: int | None = None  # a sentence printed above the headline
    for i, core in enumerate(cores):
        if (stamp := stamps.get(i)) is not None:
            taken = set_date(art, stamp.found)
            art.removed.append(Removal(i + 1, "date (moved to date_text)" if taken
                                       else "date_stamp", stamp.text))
        if rule[i] or not core:
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        # found once for both the date-line and the title tests
        dates = find_dates(core) if len(core) <= DATE_LINE_MAX else None
        if (found := date_line(core, dates)) is not None:
            if (art.title is not None and clock is not None and art.date is clock
                    and found.kind == "plain"):  # a site clock above the headline, the
                art.notes.append(  # article's date line below it: the one below is the date
                    f"the date line above the headline {clock.text!r} is taken for a site"
                    f" clock: the date line below it {found.date.text!r} is the date")
                art.date, clock = None, None
            taken = set_date(art, found)
            if taken and art.title is None and found.kind == "plain":
                clock = found.date
            rule[i] = "date (moved to date_text)" if taken else "date_stamp"
            continue
        if (fields := _name_and_date(core)) is not None:
            name, found = fields
            art.author = art.author or name
            set_date(art, found)
            rule[i] = "byline (moved to author)"
            continue
        if art.title is not None and core.casefold() == art.title.casefold():
            rule[i] = "title_repeated"
            continue
        if (opens[i] and byline(core)) or art.title is not None:
            continue  # after the title, only a date line is still header
        if (page_title := _page_title(core, cores, rule, i)) is not None:
            rule[i] = page_title
            continue
        title, d = _title_date(core, find_dates(core) if dates is None else dates)
        n = len(words(title))
        if n == 0 or n > TITLE_MAX_WORDS or (title.endswith(".") and not title.endswith("...")):
            if standfirst is None and n <= STANDFIRST_MAX_WORDS and _headline_after(cores, rule, i):
                standfirst = i  # a standfirst printed above the headline: it stays in the body
                continue
            break  # the page opens with body text (a sentence): no headline is printed
        if standfirst is not None and n < HEADLINE_MIN_WORDS:
            break
        if title[:1].islower():
            break  # a headline opens with a capital, a digit or a quote: this is a label
        if d is None and _is_masthead(title, cores, rule, i):
            rule[i] = "masthead"
            continue
        if n < TITLE_MIN_WORDS:
            break  # a label above body text: no headline is printed
        art.title = title
        if d is not None:
            set_date(art, DateLine(d, "plain"))
        rule[i] = "title (moved to title)"


def take_labelled_date(core: str, art: Article) -> str | None:
    """Below the header: the rule for a date line ('date_stamp'), which becomes the page's date
    only when it is labelled as the publication date; None if core is no date line."""
    if len(core) > 60 or (found := date_line(core)) is None:
        return None
    if found.kind == "published" and set_date(art, found):
        return "date (moved to date_text)"
    return "date_stamp"


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
LATE_YEARS = 4  # a stated date this many years after every other date is not the article's


def check_stated_date(art: Article) -> None:
    """A stated date years after every other date and year the text mentions is a site clock
    or a later stamp, not the publication date: it is dropped and a note says so."""
    if art.date is None or art.date_basis != "stated":
        return
    years = [int(y) for p in art.paragraphs for y in _YEAR.findall(p)]
    if not years or art.date.date.year - max(years) < LATE_YEARS:
        return
    art.notes.append(f"the printed date {art.date.text!r} is {art.date.date.year - max(years)}"
                     f" years after every other date in the text (latest {max(years)}):"
                     " taken for a site clock or later stamp, not the publication date")
    art.date, art.date_basis, art.date_kind = None, "unknown", ""
    # the next printed date that is not as late, if the page has one (a clock above a dateline)
    for d in art.date_candidates:
        if d.date.year - max(years) < LATE_YEARS:
            art.date, art.date_basis, art.date_kind = d, "stated", "plain"
            break


def _next_kept(cores: list[str], rule: list[str | None], i: int) -> str:
    """The next non-empty line after line i that no rule has taken and that is no date line
    ('' if none): what follows a label above the headline, past a date line between them."""
    return next((c for j, c in enumerate(cores[i + 1:], i + 1)
                 if c and not rule[j] and (len(c) > DATE_LINE_MAX or date_only(c) is None)), "")


_SITE_SUFFIX_WORDS = 10
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
    if not is_label(line, 3):
        return False
    following = _next_kept(cores, rule, i)
    n_next = count_words(following, TITLE_MAX_WORDS)
    if (4 <= n_next <= TITLE_MAX_WORDS and not following.endswith(".")
            and date_only(following) is None):
        return True
    # or a standfirst follows, and a headline below it
    j = next((j for j in range(i + 1, len(cores)) if cores[j] == following), None)
    return (j is not None and ends_sentence(following)
            and count_words(following, STANDFIRST_MAX_WORDS) <= STANDFIRST_MAX_WORDS
            and _headline_after(cores, rule, j))
