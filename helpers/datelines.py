"""Date lines of a page: a line that holds one date and nothing else but a label ('Published:',
'Last updated', from helpers/lexicon/date_labels.csv), a time, a weekday or separators; a date
stamp that opens a longer line; bylines and source lines that end in a date; and which of the
dates found becomes the page's date (a labelled publication date over an unlabelled one; never an
'updated', print, archive or access date, nor a site clock years after every other date)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .author_outlets import agency_names
from .date_fields import credit_patterns, line_words, script_dates, story_number
from .date_line_fields import counter_after, place_field, reading_time, time_glued
from .dates import DateMatch, find_dates, weekday_names
from .page import Article
from .publication_notices import notice_date
from .source_stamps import source_after
from .textlines import count_words, is_label, name_words_only

DATE_LINE_MAX = 100  # characters: a longer line is never a date line
# a zone in brackets after a time, or after a date with its time: '(UTC +04:00)', '(IST)'
_ZONE = r"\((?:(?:utc|gmt)\s?[+−-]\s?\d{1,2}(?::\d\d)?|(?-i:[A-Z]{2,5}))\)"
# a time: 10:22, 10.22 am, 10:22 GMT, and as French and German print it (10h22, 10 h 22, 10:22 Uhr)
_TIME = (r"(?:\d{1,2}(?:[:.]|\s?h\s?(?=\d))\d\d(?:\s*[ap]\.?\s*m\.?)?(?:\s*uhr\b|\s*h\b)?"
         r"(?:\s*(?-i:[A-Z]{2,5}))?"
         rf"(?:\s*+{_ZONE})?"  # '11:14 (UTC +04:00)', '10:05 AM (IST)'
         r"|\((?:utc|gmt)\s?[+−-]\s?\d{1,2}(?::\d\d)?\))")  # an offset after a date and time
# the word before a time or a date: on, at; à, um, alle, a las, às, om, в
_AT = r"(?:on|at|à|um|alle|ore|a las|às|om|в|о)"
# possessive: separators between optional parts read once (the Arabic comma, a full stop after a
# year as Serbian prints it, the CJK full-width colon)
_SEPARATORS = r"[\s:|,·•/–—.،：-]*+"
_DIGIT = re.compile(r"\d")
# a weekday set apart from its date by a bar ("Published: Thursday | April 16, 2015")
_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
# a section label before a date: 'NEWS', 'WORLD NEWS'
_SECTION = re.compile(r"(?<![A-ZА-ЯЁ])(?-i:[A-ZА-ЯЁ]{3,}+(?: [A-ZА-ЯЁ]{3,}+)?)\s++")


@dataclass(frozen=True)
class DateLine:
    """A date and the kind of its label: published, updated, other, or plain (no label)."""

    date: DateMatch
    kind: str


@lru_cache(maxsize=4)
def _labels_for(_stamps: tuple[tuple[int, int], ...]
                ) -> tuple[re.Pattern, tuple[str, ...], re.Match | None]:
    frame = lexicon.table("date_labels")
    groups = "|".join(f"(?P<g{k}>{p})" for k, p in enumerate(frame["pattern"]))
    # a weekday in English or any language of helpers.dates ('12 Mart 2019 Salı 10:20', 'الأحد'),
    # a word for the hour before a time and a meridiem or zone after it ('الساعة ١١:١٦ صباحاً')
    days, hour, meridiem, _ = line_words()
    weekday = f"{_WEEKDAY}|{days}"
    filler = re.compile(rf"{_SEPARATORS}(?:(?:{groups})(?!\w))?{_SEPARATORS}{_AT}?"
                        rf"{_SEPARATORS}(?:(?:{weekday}){_SEPARATORS})?(?:(?:{hour})\s*+)?"
                        rf"(?:{_TIME})?(?:\s*+(?:{meridiem})(?!\w))?{_SEPARATORS}(?:at)?"
                        rf"{_SEPARATORS}", re.I)
    return filler, tuple(frame["kind"]), filler.fullmatch("")


def _labels() -> tuple[re.Pattern, tuple[str, ...], re.Match | None]:
    """(filler, kinds, empty): filler matches what may stand beside a date on a date line; its
    group g<k> is label k, of kind kinds[k]; empty is its match of "" (most dates stand alone
    on one side: trying the long pattern on nothing is slow, so it is tried once)."""
    return _labels_for(lexicon.stamps("date_labels", "date_line_words"))


def _kind(m: re.Match, kinds: tuple[str, ...]) -> str:
    return kinds[int(m.lastgroup[1:])] if m.lastgroup else "plain"


def date_line(text: str, dates: list[DateMatch] | None = None) -> DateLine | None:
    """The date of a line that holds a date and nothing else of substance, with its label's kind
    (dates: the line's find_dates, when the caller has them already)."""
    if len(text) > DATE_LINE_MAX:  # a date with a weekday, time and 'Last updated on:' is far
        return None  # shorter
    if dates is None:
        dates = find_dates(text)
    if not dates:  # a Solar Hijri, CJK or Vietnamese date ('تاریخ: 1400/4/28', '2019年3月5日')
        dates = script_dates(text)
    if "/" in text and (not dates or _SLASHED.search(text, 0, dates[0].start)):
        return _day_first_after_label(text)  # 'Publié le 05/03/2019 à 10:22'
    if len(dates) > 1 and (cut := _update_note(text, dates[0])) is not None:
        text, dates = text[:cut], dates[:1]  # '15-2-2017, 8:01 (Update 15-2-2017, 8:02)'
    if dates and (cut := counter_after(text, dates[0].start)) < len(text):
        text = text[:cut].rstrip()  # '02 August 2016    Read: 926', '... 10:15 472 ნახვა': a
        dates = find_dates(text)  # counter after the date (its number is no part of the date)
    if len(dates) != 1:
        return None
    text = text[: reading_time(text, dates[0].end)]  # '... / 5 Minuten Lesezeit', '· 4 min read'
    filler, kinds, empty = _labels()
    head = text[: dates[0].start]
    head = head[story_number(head):]  # 'کد خبر: 236008 تاریخ:': a story number before the label
    if (section := _SECTION.match(head)) is not None:  # 'NEWS 19.12.2019 20:34'
        head = head[section.end():]
    tail = _past_ordinal_dot(text, dates[0])
    before = filler.fullmatch(head) if head else empty
    if before is None and (place := place_field(head)):  # 'Vorarlberg / 15.07.2021 • 22:35 Uhr'
        before = filler.fullmatch(head, place)
    after = filler.fullmatch(tail) if tail else empty
    if before is None or after is None:
        return None
    if after.lastgroup and not before.lastgroup:  # a label after the date: only a clock's
        return DateLine(dates[0], "other") if _kind(after, kinds) == "clock" else None
    return DateLine(dates[0], _kind(before, kinds))


# a date in figures split by slashes whose day and month could be swapped ('05/03/2019')
_SLASHED = re.compile(r"(?<![\d/])(?P<a>[01]?\d)/(?P<b>[01]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")


def _day_first_after_label(text: str) -> DateLine | None:
    """The date line of a slashed date that find_dates leaves unread ('05/03/2019': March or
    May?), read day first when a label of a language that prints dates day first stands before
    it (date_labels.csv, day_first); None otherwise: a date is not guessed."""
    m = _SLASHED.search(text)
    filler, kinds, _ = _labels()
    before = filler.fullmatch(text[: m.start()]) if m else None
    if m is None or before is None or not before.lastgroup:
        return None
    note = _update_for(lexicon.stamps("date_labels")).match(text, m.end())
    if filler.fullmatch(text[m.end(): note.start("cut") if note else None]) is None:
        return None  # '..., mis à jour le 14/03/2019': the line is a date line up to the note
    if lexicon.table("date_labels")["day_first"].iloc[int(before.lastgroup[1:])] != "yes":
        return None
    try:
        date = dt.date(int(m.group("year")), int(m.group("b")), int(m.group("a")))
    except ValueError:
        return None
    return DateLine(DateMatch(date, m.group(0), m.start(), m.end()), _kind(before, kinds))


@lru_cache(maxsize=4)
def _update_for(_stamps: tuple[tuple[int, int], ...]) -> re.Pattern:
    frame = lexicon.table("date_labels")
    labels = "|".join(frame.loc[frame["kind"] == "updated", "pattern"])
    # "Publié le 12/03/2019 à 10:20 | Mis à jour le ...", "..., mis à jour le ...", "Giriş:
    # 12.03.2019 10:20 Güncelleme: ..." (the label right after a space)
    return re.compile(rf"\s*+(?:[,|·–—-]\s*+)?(?:{_AT}\s*+)?(?:{_TIME}\s*+)?"
                      rf"(?P<cut>[,(\[|·–—-]|(?<=\s))\s*+(?:{labels})(?!\w)", re.I)


def _update_note(text: str, first: DateMatch) -> int | None:
    """Where an update note opens after the first date of a line ('(Update 15-2-2017, 8:01)',
    '| Updated 6 March 2019'): the line is a date line up to there, or None if none follows."""
    m = _update_for(lexicon.stamps("date_labels")).match(text, first.end)
    return None if m is None else m.start("cut")


_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")


def _past_ordinal_dot(text: str, d: DateMatch) -> str:
    """What follows date d on its line, past the dot that closes a date written in figures
    ('21.04.2019. 18:09', as Serbian, Croatian, Bosnian and Hungarian print it)."""
    rest = text[d.end:]
    return rest[1:] if rest.startswith(".") and _DOTTED_DATE.fullmatch(d.text) else rest


_FIRST_DAY = re.compile(r"\d{1,2}\.?\s*+[-–—]\s*+(?=\d)")


def date_range_line(text: str) -> bool:
    """A line that holds a span of days and nothing else ('3-14 juin 2019', '3–14 June 2019'):
    the period a chronology or a report covers, no publication date."""
    m = _FIRST_DAY.match(text)
    return m is not None and len(text) <= DATE_LINE_MAX and date_line(text[m.end():]) is not None


def date_only(text: str, dates: list[DateMatch] | None = None) -> DateMatch | None:
    """The date of a date line (see date_line), whatever its label."""
    found = date_line(text, dates)
    return found.date if found else None


# a date's year run into the capital that opens the next sentence ('2014Chinese')
_YEAR_GLUED = re.compile(r"(?<!\d)(?:19|20)\d\d(?=[A-ZА-ЯЁ][a-zа-яё])")

# a date's year run into the number that opens the lead ('7 Februari 201775 warga negara ...',
# its line break lost): four digits of a year, then the lead's number and a word
_YEAR_INTO_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?=\d{1,6}[\s.,]+[^\W\d_])")


def _year_into_number(core: str) -> list[DateMatch]:
    """The date that ends with a year run into the lead's first number, when the line holds no
    date otherwise and at least four words follow; [] if there is none."""
    m = _YEAR_INTO_NUMBER.search(core[:60])
    if m is None or count_words(core[m.end():], 4) < 4:
        return []
    dates = find_dates(core[:m.end()])
    return dates if dates and dates[-1].end == m.end() else []


def _glued_lead(core: str, end: int) -> re.Match | None:
    """The year that closes a date at core[:end] run into a sentence of four words or more;
    never into the date printed again ('March 4, 2019Monday, March 4, 2019')."""
    if (m := _YEAR_GLUED.match(core, end - 4)) is None:
        return None
    rest = core[end:]
    if (count_words(rest, 4) < 4 or re.match(_WEEKDAY, rest, re.I)
            or any(d.start < 12 for d in find_dates(rest[:60]))):
        return None
    return m


def _weekday_after() -> re.Pattern:
    """A weekday printed after a date (in any 'full' language of date_languages.csv)."""
    return _weekday_after_for(lexicon.stamps("date_languages"))


@lru_cache(maxsize=2)
def _weekday_after_for(_stamps: tuple[tuple[int, int], ...]) -> re.Pattern:
    names = "|".join(map(re.escape, sorted(weekday_names(), key=len, reverse=True)))
    return re.compile(rf"\s*+,?\s*+(?:{names})\b\.?", re.IGNORECASE)


def leading_stamp(core: str) -> tuple[int, DateLine] | None:
    """A date stamp that opens a longer line: a label and a date ('date 2018-03-06 ...'), or a
    date followed by a separator ('January 10, 2017 | ...'). Returns where the rest of the line
    begins, and the date with its label's kind."""
    if len(core) <= 20 or _DIGIT.search(core, 0, 40) is None:
        return None
    dates = find_dates(core[:80])
    glued = not dates and bool(dates := _year_into_number(core))
    if not dates or dates[0].start > 40:
        return None
    d = dates[0]
    filler, kinds, _ = _labels()
    before = filler.fullmatch(core[: d.start])
    if before is None:
        return None
    kind = _kind(before, kinds)
    if glued and kind == "plain":  # '7 Februari 201775 warga': the lead starts at the number
        return d.end, DateLine(DateMatch(d.date, d.text, d.start, d.end), kind)
    if filler.fullmatch(core, d.end) is not None:
        return None  # a time after the date ('Publié le 5 mars 2019 à 10h22'): a date line
    sep = re.compile(r"\s*[|/–—-]\s+|\s*:\s+" if kind == "plain" else r"\s*[|/:–—-]?\s*")
    weekday = _weekday_after().match(core, d.end)  # '14 Mart 2024 Perşembe | İstanbul 12°C'
    m = sep.match(core, weekday.end() if weekday else d.end)
    if m is None and kind == "plain":  # 'August 3, 2014Chinese officials ...': a stamp run
        m = _glued_lead(core, d.end) or source_after(core, d.end)  # into the lead, or a source
    if m is None and (glued_at := time_glued(core, d.start, d.end, filler)):
        return glued_at, DateLine(DateMatch(d.date, d.text, d.start, d.end), kind)
    if m is None or m.end() >= len(core) or core[m.end()].isspace():
        return None
    return m.end(), DateLine(DateMatch(d.date, d.text, d.start, d.end), kind)


def name_and_date(core: str) -> tuple[str, DateLine] | None:
    """A byline without 'By': a name and a date line split by a bar, a comma or a dash ('Jane
    Roe | 14.11.2019', 'Jane Roe, March 5, 2019', '5 March 2019 - Jane Roe')."""
    if len(core) > DATE_LINE_MAX or not _DIGIT.search(core):
        return None
    for sep in ("|", " – ", " — ", " - ", ", "):
        if sep not in core:
            continue
        first, rest = (f.strip() for f in core.split(sep, 1))
        head, last = (f.strip() for f in core.rsplit(sep, 1))
        for name, date in ((first, rest), (last, head)):
            if (2 <= count_words(name, 4) <= 4 and is_label(name, 4) and name_words_only(name)
                    and not _DIGIT.search(name) and not credit_patterns()[1].match(name)
                    and (found := date_line(date)) is not None):  # ('Par X, ...': a credit line)
                return name, found
    return None


def outlet_and_date(core: str) -> tuple[str, DateLine] | None:
    """A source line of an aggregator: names and a date split by dashes or bars ('Ahram Online
    - Egypt - 14 February 2013'); the first name is the outlet."""
    if len(core) > DATE_LINE_MAX:
        return None
    if " - " in core or " | " in core or " – " in core:
        fields = [f.strip() for f in re.split(r"\s+[-–—|]\s+", core) if f.strip()]
        orders: tuple[tuple[list[str], str], ...] = (
            (fields[:-1], fields[-1]), (fields[1:], fields[0]))
    else:  # 'La Vanguardia, efe, 15-01-2019': names and a date split by commas, the date last
        fields = [f.strip() for f in core.split(",") if f.strip()]
        orders = ((fields[:-1], fields[-1]),)
    if len(fields) < 2:
        return None
    for names, date in orders:
        found = date_line(date)
        if (found is not None and found.kind == "plain"
                and all(is_label(n, 4) and not _DIGIT.search(n)
                        and not credit_patterns()[1].match(n) and (
                    name_words_only(n) or n.casefold() in agency_names()) for n in names)):
            return names[0], found  # ('By Ann Lee | 5 March 2019' is a credit line: its author)
    return None


# fields that may stand beside a date on a credit line: a time, a reading time, an update note
_EXTRA = re.compile(r"\A(?:\d{1,2}[:.]\d\d\b.*|\d{1,3}\s*min(?:ute)?s?(?: read)?|(?:last )?"
                    r"updated\b.*|.*\bago)\Z", re.I)


@dataclass(frozen=True)
class CreditLine:
    """A header line of fields around a date ('By Jane Roe, Example Wire | 5 March 2019 | 3 min
    read'): the author (a field opening with 'By'), other names (an outlet), and the date."""

    author: str | None
    names: tuple[str, ...]
    found: DateLine


def credit_line(core: str) -> CreditLine | None:
    """A line of three or more fields split by bars, dashes, bullets or wide spaces, one of them
    a date line and every other a name, a time, a reading time or an update note."""
    if len(core) > DATE_LINE_MAX or not _DIGIT.search(core):
        return None
    separator, by_label = credit_patterns()
    fields = [f.strip() for f in separator.split(core) if f and f.strip()]
    if len(fields) < 2:
        return None
    dated = [(k, found) for k, f in enumerate(fields) if (found := date_line(f)) is not None]
    updates = {k for k, found in dated if found.kind in {"updated", "other"}}  # 'Updated: ...'
    dated = [(k, found) for k, found in dated if k not in updates]  # beside 'Published: ...'
    if len(dated) != 1 or dated[0][1].kind not in {"published", "plain"}:
        return None
    author: str | None = None
    names: list[str] = []
    for k, field in enumerate(fields):
        if k == dated[0][0] or k in updates or _EXTRA.fullmatch(field):
            continue
        by = by_label.match(field)
        name = field[by.end():] if by else field
        # (a labelled name in a script without capitals: 'كتب: أحمد علي', 'خبرنگار: علی احمدی')
        if not (is_label(name, 6) and (name_words_only(name) or (by and not name.isascii()))
                and not _DIGIT.search(name)):
            return None
        if by and author is None:
            author, *rest = [n.strip() for n in name.split(",")]
            names.extend(r for r in rest if r)
        else:
            names.append(name)
    return CreditLine(author, tuple(names), dated[0][1])


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


def take_labelled_date(core: str, art: Article) -> str | None:
    """Below the header: the rule for a date line ('date_stamp'), which becomes the page's date
    only when it is labelled as the publication date; None if core is no date line."""
    found = date_line(core) if len(core) <= 60 else None
    if found is None:  # a notice sentence: 'This content was published on 28 May 2016'
        if (notice := notice_date(core)) is None:
            return None
        found = DateLine(notice, "published")
    if found.kind == "published" and set_date(art, found):
        return "date (moved to date_text)"
    return "date_stamp"


# a year, unless it names a law ('the Security Offences Act 2012'), which is no date of the text
# (the look-behinds come after the century's digits, so a search skips at once to a 1 or a 2)
_YEAR = re.compile(r"(?:19|20)(?<!\d..)(?<!\bAct ..)(?<!\bLaw ..)(?<!\bCode ..)\d\d(?!\d)")
_ISO_DATE = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d(?:T[\d:.+-]+Z?)?")
LATE_YEARS = 4  # a stated date this many years after every other date is not the article's


def check_stated_date(art: Article) -> None:
    """A stated date years after every other date and year the text mentions is a site clock
    or a later stamp, not the publication date: it is dropped and a note says so. A date line
    right below the headline, or printed with the dateline's place ('Moscow, 2 November 2022'),
    is the story's own date, however old the events it tells."""
    if (art.date is None or art.date_basis != "stated" or art.date_kind != "plain"
            or art.date_beside_title or _ISO_DATE.fullmatch(art.date.text)):
        return  # a labelled publication date ('Published:', 'date 2018-03-06') is no clock,
    # nor is a date printed in ISO 8601 ('2026-01-20'): a page's metadata, never a masthead clock
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


