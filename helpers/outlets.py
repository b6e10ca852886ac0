"""The outlet a page names for its text: a wire or agency dateline, a credit after the last
sentence, an 'X reports' credit in the lead, or a copyright line (Article.outlet_parsed).

A dateline opens the first body line and stays in the body (it is part of the lead's first
sentence); a credit after a sentence is split off the line. Agency names that may stand alone
as a credit are data (helpers/lexicon/news_agencies.csv); a name in a dateline's outlet slot
('BRUSSELS, Oct. 22 (Reuters) -') is read from the slot's place, without the list.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .author_outlets import settle_author
from .captions import source_label_at
from .datelines import DateLine, set_date
from .dates import DateMatch, find_dates
from .page import Article, Removal
from .textlines import is_label, name_words_only

_PLACE = (r"(?<![\w'’.\-])(?P<place>[A-ZА-ЯЁ][\w'’\-]*+"  # words read once each
          r"(?: [A-ZА-ЯЁ][\w'’\-]*+){0,3})")
_DASH = r"\s*(?:--|[-–—])"
_DATELINE = re.compile(
    _PLACE + r"(?:"
    # BRUSSELS, Oct. 22 (Reuters) -
    r"\s*,\s*(?P<date1>[^()]{3,30}?)\s*\((?P<o1>[^()]{2,30})\)" + _DASH
    + r"|\s*\((?P<o2>[^()]{2,30})\)" + _DASH  # PARIS (AFP) -
    + r"|\s*,\s*(?P<date3>[^,()]{3,20},\s*\d{4}),\s*(?P<o3>[^,()–—-]{2,30}?)" + _DASH
    + r"|\s*/\s*(?P<date4>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*/\s*(?P<o4>[^:/]{2,30}?)\s*:"
    # MOSCOW, September 8. /TASS/.
    + r"|\s*,\s*(?P<date6>[^/()]{3,30}?)\s*/(?P<o6>[A-ZА-ЯЁ][\w-]{1,20})/"
    # MANILA, Philippines (AP) Authorities ... (no dash: a known agency only, see dateline())
    + r"|(?:\s*,\s*[^()]{3,30}?)?\s*\((?P<o7>[^()]{2,30})\)\s+(?=[A-ZА-ЯЁ\"“])"
    # Paris. AFP; Махачкала. 6 ноября. X -
    + r"|\.\s+(?:(?P<date5>\d{1,2}\s+[^\W\d_]+)\.\s+)?"
    r"(?P<o5>[A-ZА-ЯЁ][\w-]*(?:\s[A-ZА-ЯЁ][\w-]*){0,2})(?:" + _DASH + r"|\s*$)"
    r")")
_SHORT_DATE = re.compile(r"(?P<day>\d{1,2})[./-](?P<month>\d{1,2})[./-](?P<year>\d{2}|\d{4})")
_REPORTS = re.compile(r",\s+(?P<outlet>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\s+report(?:s|ed)\b")
_COPYRIGHT = re.compile(r"^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:(?:19|20)\d\d\s*[,.-]?\s*)?"
                        r"(?P<outlet>[^\W\d_][\w.\- ]{1,40}?)\s*(?:[.,;]|$)", re.I)
_AGENCY_CODE = re.compile(r"(?<=[.!?\"”’])\s+-[A-Z]\d{1,3}-{1,2}\s*$")  # '-D06--'


@dataclass(frozen=True)
class Dateline:
    """A dateline's outlet ('' if it names none) and date (None if it prints no full date)."""

    outlet: str
    date: DateMatch | None


def _normal(name: str) -> str:
    """An outlet name as printed, an all-capital name longer than an acronym in title case."""
    name = name.strip(" .,")
    return name.title() if name.isupper() and len(name) > 4 else name


@lru_cache(maxsize=4)
def _agencies_for(_stamps: tuple[tuple[int, int], ...]) -> tuple[frozenset[str], re.Pattern]:
    names = lexicon.terms("news_agencies")
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    credit = re.compile(rf"(?<=[.!?\"”’])\s+(?:[-–—]\s*)?(?P<outlet>{alternation})\s*$")
    return frozenset(n.casefold() for n in names), credit


def agency_list() -> tuple[frozenset[str], re.Pattern]:
    """The agency names (casefolded), and the pattern of a credit after a line's last sentence."""
    return _agencies_for(lexicon.stamps("news_agencies"))


def _name(text: str | None, agencies: frozenset[str]) -> str:
    """text if it reads as an outlet's name (an agency, or at most four capitalised words)."""
    if not text:
        return ""
    text = text.strip()
    if text.casefold() in agencies or (is_label(text, 4) and name_words_only(text)):
        return _normal(text)
    return ""


def dateline(core: str) -> Dateline | None:
    """The dateline that opens a body line, if any, with the outlet and date it names."""
    m = _DATELINE.match(core)
    if m is None:
        return None
    agencies, _ = agency_list()
    o5 = m.group("o5")
    if o5 and not (o5.casefold() in agencies or o5.replace("-", "").isupper()):
        return None  # 'Paris. The talks ...': no outlet after the full stop
    if m.group("o7") and m.group("o7").casefold() not in agencies:
        return None  # 'LONDON (Reuters) Police ...' without a dash: only a known agency
    outlet = next((_name(m.group(g), agencies) for g in ("o1", "o2", "o3", "o4", "o5", "o6", "o7")
                   if m.group(g)), "")
    date = None
    if m.group("date1"):  # 'WASHINGTON, March 5, 2019 (AP) -': a date with its year
        date = next(iter(find_dates(m.group("date1"))), None)
    elif m.group("date3") or m.group("date6"):
        date = next(iter(find_dates(m.group("date3") or m.group("date6"))), None)
    elif m.group("date4") and (s := _SHORT_DATE.fullmatch(m.group("date4"))):
        year = int(s["year"]) + (2000 if len(s["year"]) == 2 else 0)
        try:
            date = DateMatch(dt.date(year, int(s["month"]), int(s["day"])), m.group("date4"),
                             m.start("date4"), m.end("date4"))
        except ValueError:
            date = None
    return Dateline(outlet, date)


_PLACE_AND_DATE = re.compile(_PLACE + r"\s*[,:]\s*")
_AFTER_DATE = re.compile(r"(?<!\s)\s*+(?:--|[-–—(/]|\.\s|:\s)")
_CLOCK, _WORD = re.compile(r"\d[:.]\d\d"), re.compile(r"[^\W\d_]{3}")  # a time; a word


def dateline_date(core: str) -> DateMatch | None:
    """The full date of a dateline without an outlet slot ('ISLAMABAD: March 5, 2019 - ...',
    'MOSCOW, March 5, 2019 /TASS/. ...', 'BAKU, 05.03.2019 - ...'), or None."""
    m = _PLACE_AND_DATE.match(core)
    if m is None or not any(ch.isdigit() for ch in core[m.end(): m.end() + 40]):
        return None
    dates = find_dates(core[: m.end() + 60])
    if not dates or dates[0].start != m.end():
        return None
    rest = core[dates[0].end:]
    if _CLOCK.search(rest) and not _WORD.search(rest):
        return None  # 'Utakmica: 20. ožujka 2019. u 20:00': a time follows, no sentence: an
        # event's date and hour ('Match:', 'Funeral:'), no dateline
    return dates[0] if _AFTER_DATE.match(core, dates[0].end) else None


def trailing_credit(core: str) -> re.Match | None:
    """A credit after a line's last sentence: an agency's name ('... had died. AP'), a name in
    brackets ('... to Syria. (Daily Sabah)') or an agency's story code ('... said. -D06--').
    Group 'outlet' holds the name (None for a code)."""
    if not core or core[-1] not in ")-" and not core[-1].isalnum():
        return None
    if core.endswith(")"):
        start = core.rfind("(")
        if start > 0 and core[start - 1] == " " and core[: start].rstrip()[-1:] in ".!?\"”’":
            agencies, _ = agency_list()
            if _name(core[start + 1:-1], agencies):
                return re.compile(r"\s*\((?P<outlet>[^()]+)\)$").search(core, start - 1)
        return None
    # (a code ends the line with a dash: only then is the line searched for one)
    if core.rstrip().endswith("-") and (m := _AGENCY_CODE.search(core)) is not None:
        return m
    _, credit = agency_list()
    return credit.search(core, max(0, len(core) - 60))


def reports_credit(core: str) -> str:
    """The agency of an '..., Trend reports' credit in a lead sentence ('' if none)."""
    agencies, _ = agency_list()
    m = _REPORTS.search(core)
    return _normal(m.group("outlet")) if m and m.group("outlet").casefold() in agencies else ""


def copyright_outlet(core: str) -> str:
    """The holder named by a copyright line ('Copyright ©2017, BenarNews. ...'), or ''."""
    m = _COPYRIGHT.match(core)
    return _normal(m.group("outlet")) if m and name_words_only(m.group("outlet")) else ""


WIRE_LINE_MAX = 40
_CREDIT_MARKS = "()[] —–-"


def wire_credit(core: str) -> str | None:
    """The agency of a wire credit alone on a line: its name ('Reuters', '—AFP', 'AFP.'), or
    its name after an opening word from wire_credit_openers ('Avec AFP', 'With AP'); or None."""
    if len(core) > WIRE_LINE_MAX:
        return None
    agencies = agency_list()[0]
    name = core.strip(_CREDIT_MARKS + ".")
    if name.casefold() in agencies:
        return _normal(name)
    opener, _, rest = name.partition(" ")
    if rest.strip().casefold() in agencies and opener.casefold() in lexicon.terms(
            "wire_credit_openers"):
        return _normal(rest.strip())
    return None


def source_outlet(core: str) -> str | None:
    """The outlet a source credit names ('Source: AFP', 'Kaynak: Anadolu Ajansı', 'Źródło:
    PAP'): a wire credit, or after a label of source_labels.csv an agency or a name of at most
    four capitalised words; or None."""
    if (name := wire_credit(core)) is not None:
        return name
    m = source_label_at(core)
    return _name(core[m.end():].strip(" ."), agency_list()[0]) or None if m is not None else None


def _by_label() -> re.Pattern:
    """The word that opens a byline: "By", or one of byline_labels.csv ("Par", "Von", "di")."""
    return lexicon.pattern("byline_labels", r"(?:by|WORDS)\s+")


def outlet_byline(core: str) -> str | None:
    """The outlet of a corporate byline that names the wire it drew on ('Par Le Figaro avec
    AFP', 'By Example News with Reuters'): a byline word, the outlet's name, an opener of
    wire_credit_openers and an agency; None for any other line ('Par Jean Dupont')."""
    if len(core) > 2 * WIRE_LINE_MAX or (m := _by_label().match(core)) is None:
        return None
    agencies = agency_list()[0]
    words = core[m.end():].rstrip(" .").split()
    for k in range(1, len(words) - 1):
        if (words[k].casefold() in lexicon.terms("wire_credit_openers")
                and " ".join(words[k + 1:]).casefold() in agencies
                and (outlet := _name(" ".join(words[:k]), agencies))):
            return outlet
    return None


# a wire dateline printed alone on its line above the lead: 'SALÉ (MARRUECOS), 23 (Reuters/EP)',
# 'BRUSSELS, Oct. 22 (Reuters)', 'PARIS (AFP) -'; the place in capitals, or a date after it
_DATELINE_ALONE = re.compile(
    _PLACE + r"(?:\s*\((?P<region>[^()]{2,30})\))?(?:\s*,\s*(?P<date>[^()]{1,30}?))?"
    r"\s*\((?P<outlet>[^()]{2,30})\)\s*(?:--|[-–—:.])?\s*$")


def dateline_alone(core: str) -> Dateline | None:
    """The outlet and date of a wire dateline that is a line of its own (see _DATELINE_ALONE):
    each name in the outlet slot (split at '/') reads as an outlet's name, and the place is in
    capitals or a date with a figure follows it ('Obama Visits Paris (AP)' is a headline)."""
    m = _DATELINE_ALONE.match(core)
    if m is None:
        return None
    date_text = m.group("date") or ""
    if not (m.group("place").isupper() or any(ch.isdigit() for ch in date_text)):
        return None
    agencies = agency_list()[0]
    names = [_name(part, agencies) for part in m.group("outlet").split("/")]
    if not all(names):
        return None
    dates = find_dates(date_text) if date_text else []
    return Dateline("/".join(names), dates[0] if dates else None)


def take_outlet(cores: list[str], rule: list[str | None], art: Article) -> None:
    """Set art.outlet_parsed (and a dateline's date, where the page has none) from the first
    body line's dateline, credits after the last lines' sentences (split off the line), an
    'X reports' credit in the lead, or a copyright line, in that order of trust."""
    kept = [i for i, core in enumerate(cores) if core and not rule[i]]
    found: list[str] = []
    for i in kept:  # a wire credit alone on a line ('Reuters' above the story, 'Avec AFP')
        if (name := wire_credit(cores[i])) is not None:
            found.append(name)
            rule[i] = "wire_credit (moved to outlet)"
    kept = [i for i in kept if not rule[i]]
    # the dateline opens the first article line: one of the first three kept lines (a section
    # line may come before it)
    opening = next(((i, d) for i in kept[:3] if (d := dateline(cores[i])) is not None), None)
    if opening is not None:
        found.append(opening[1].outlet)
        if opening[1].date is not None:
            set_date(art, DateLine(opening[1].date, "plain"))
    elif kept and (date := dateline_date(cores[kept[0]])) is not None:
        set_date(art, DateLine(date, "plain"))
    for i in kept[-3:]:
        if (m := trailing_credit(cores[i])) is not None:
            if m.re.groupindex.get("outlet") and m.group("outlet"):
                found.append(_normal(m.group("outlet")))
            art.removed.append(Removal(i + 1, "wire_credit (moved to outlet)", m.group(0).strip()))
            cores[i] = cores[i][: m.start()].rstrip()
    found.extend(reports_credit(cores[i]) for i in kept[:2])
    found.extend(copyright_outlet(core) for i, core in enumerate(cores)
                 if rule[i] == "legal_notice")
    # a source credit naming a wire ('Source: AFP', taken out as furniture)
    found.extend(source_outlet(core) or "" for i, core in enumerate(cores)
                 if rule[i] == "source_credit")
    art.outlet_parsed = art.outlet_parsed or next((f for f in found if f), None)
    settle_author(art)  # 'Por: NTX': a wire's credit read as a byline names the outlet
