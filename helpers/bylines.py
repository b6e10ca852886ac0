"""Bylines, sign-offs and author boxes: who wrote the article, moved out of the body into the
author field. A byline is 'By A and B', 'Author: A', a corporate byline ('By the BBC's Europe
desk', 'By AFP/Reuters staff'), 'A reports from B', an author box at the end ('A can be reached
at ...'), or a name alone after the last sentence ('Tia Asmara' above 'Jakarta')."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .datelines import date_only
from .dates import month_names
from .outlets import wire_credit
from .page import Article
from .scripts import MARKS
from .textlines import count_words, ends_sentence, is_label, name_words_only, words

# a byline's name (one or two people) and what may follow it: an outlet, a role, a date
# (the vowel signs and tone marks of Indic scripts and Thai are no \w: scripts.MARKS adds them)
_NAME_AND_REST = (
    rf"(?P<name>[^\W\d_][\w{MARKS}.'’\-/ ]{{1,60}}?(?:\s+(?:and|&|и|et|und|y|en|ve|dan|och|og)\s+"
    rf"[^\W\d_][\w{MARKS}.'’\-/ ]{{1,40}})?)"
    r"\s*(?:(?:[,|–—-]|\s(?=on\s+\S*\d|on\s+[A-Z]))\s*(?P<rest>.*))?$")
BYLINE = re.compile(
    r"^(?:by|written by|text by|reporting by|posted by|published by|author|authors|автор|"
    r"авторы)\s*:?\s+" + _NAME_AND_REST,
    re.I,
)
INLINE_BYLINE = re.compile(
    r"(?<=[.!?\"”’])\s+By\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\s*$")
SIGNOFF = re.compile(
    r"(?<!\s)\s*\*{0,2}\bEnd (?:of )?(?:the )?[A-Z][\w .\-]{0,40}?"
    r"(?:Commentary|Article|Report|Analysis)"
    r"(?:\s*\((?P<name>[^()]{2,40})\))?\*{0,2}\s*$")


BY_MONTHS = ("en", "ru", "kk")  # the languages of the bylines read: 'By December' is no name


def byline(core: str) -> re.Match | None:
    """The byline match of a line that is a byline and nothing else: the name is a person's
    (at most six capitalised words, not a month or weekday: 'By December, ...' and 'By then,
    ...' open sentences), and what follows it (an outlet, a role, a date) is no sentence."""
    m = BYLINE.match(core)
    return m if m is not None and _names_a_person(m) else None


@lru_cache(maxsize=4)
def _labelled_for(_stamps: tuple[tuple[int, int], ...]) -> re.Pattern:
    labels = "|".join(lexicon.terms("byline_labels"))
    return re.compile(r"^(?:" + labels + r")\s*:?\s+" + _NAME_AND_REST, re.I)


def labelled_byline(core: str) -> str | None:
    """The author of a byline opened by a word of byline_labels ('Par Jean Dupont', 'Von Anna
    Lehmann', 'di Marco Rossi'), read like a byline (see byline), or None. The words also open
    sentences and headlines ('Par ailleurs, ...', 'Por qué ...'): the caller reads only lines
    below the headline, and the name must be a person's."""
    m = _labelled_for(lexicon.stamps("byline_labels")).match(core)
    return m.group("name").strip() if m is not None and _names_a_person(m) else None


def opens_with_label(core: str) -> bool:
    """core opens with a word of byline_labels and a capitalised name after it ('par France 24
    FR', 'von Anna Lehmann'), whether or not the name is a person's: a credit, never the rest of
    a headline broken over two lines."""
    m = _labelled_for(lexicon.stamps("byline_labels")).match(core)
    return m is not None and m.group("name")[:1].isupper()


def _names_a_person(m: re.Match) -> bool:
    """A byline match names a person: at most six capitalised words (or two to four of a script
    without capitals), not a month or weekday, and what follows the name (an outlet, a role, a
    date) is no sentence."""
    names, person = words(m.group("name")), _person_part(m.group("name"))
    caseless = 2 <= len(person.split()) <= 4 and not any(_cased(c) for c in person)
    if (not names or (len(names) > 6 and not caseless)  # ('فؤاد مشيك', 'राम कुमार':
            or not (name_words_only(person) or caseless)
            or any(ch.isdigit() for ch in m.group("name"))  # 'By March 2019'
            or (len(names) == 1 and any(names[0].casefold().rstrip(".") in month_names(lang)
                                        for lang in BY_MONTHS))  # 'By May Lee' is a name
            or names[0].casefold() in lexicon.terms("byline_time_words")):  # a script without
        return False  # capitals: two to four words)
    rest = m.group("rest")
    # what follows the name must be an outlet or role, or a date line
    return not rest or (count_words(rest, 8) <= 8 and (name_words_only(rest) or _role(rest))) \
        or date_only(re.sub(r"^on\s+", "", rest)) is not None


def _cased(c: str) -> bool:
    """c is a letter of a script that prints capitals; Georgian letters count as lower case
    since Unicode 11 gave them capitals (Mtavruli) that names never print."""
    return c.isupper() or (c.islower() and not "\u10d0" <= c <= "\u10ff")


def _role(text: str) -> bool:
    """text gives a journalist's role ('Africa correspondent', 'senior reporter in Cairo'): its
    lower-case words are newsroom or role words, and it holds one newsroom word at least."""
    corporate = lexicon.terms("byline_corporate_words")
    frame = lexicon.table("byline_role_words")
    roles = frozenset(frame["term"])
    nouns = frozenset(frame.loc[frame["noun"] == "yes", "term"])
    lower = [w.casefold() for w in words(text) if not w[:1].isupper()]
    return (bool(lower) and all(w in corporate or w in roles for w in lower)
            and any(w in corporate or w in nouns for w in lower))


def _person_part(name: str) -> str:
    """A byline's name without the closing words of a corporate byline ('the BBC's Europe desk'
    gives 'the BBC's Europe'); a person's name is returned as it is."""
    corporate = lexicon.terms("byline_corporate_words")
    parts = name.replace("/", " ").split()
    while parts and parts[-1].casefold() in corporate:
        parts.pop()
    return " ".join(parts) if parts else name


_REPORTS = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) reports"
                      r"(?: from (?P<place>[A-Z][\w'’ ,.-]{1,40}))?$")


# a wire credit that opens with who reported: '(Reporting by A, additional reporting by B in C;
# Editing by D)': A and B wrote it, D edited it
_CREDIT = re.compile(r"^\(?\s*(?:writing and )?reporting by (?P<names>[^;()]{2,120})(?:;|\)|$)",
                     re.I)
_CREDIT_NAME = re.compile(r"(?:^|,|\band\b|\bby\b)\s*"
                          r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})")


def credit_reporters(core: str) -> str | None:
    """The reporters a wire credit names ('(Reporting by Tom Brown, additional reporting by
    Jane Roe; Editing by John Doe)' gives 'Tom Brown and Jane Roe'), or None."""
    m = _CREDIT.match(core)
    if m is None:
        return None
    names = [n.group("name") for n in _CREDIT_NAME.finditer(m.group("names"))]
    return " and ".join(names) if names else None


_PERSON = r"[A-Z][\w'’.-]+(?: (?:de |van |von |bin |al-)?[A-Z][\w'’.-]+){1,3}"


@lru_cache(maxsize=4)
def _work_for(_stamps: tuple[tuple[int, int], ...]) -> re.Pattern:
    nouns = "|".join(lexicon.terms("byline_work_nouns"))
    return re.compile(
        rf"^(?i:an?|the)\s+(?i:{nouns})\s+(?i:by)\s+(?:\S+\s+){{0,3}}?"
        rf"(?P<names>{_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON})*)"
        r"(?:\s+(?:on|for|in|at|of|with)\s+[^.!?]{1,60})?\.?$")


def work_byline(core: str) -> str | None:
    """The authors named by a credit line for a piece of writing ('An analysis by HCSS analysts
    Reinier Bergema and Peter Wijninga on Jihadology.' gives 'Reinier Bergema and Peter
    Wijninga'; nouns from byline_work_nouns), or None. The names must close the line, before an
    outlet or place: 'A report by the UN found that ...' is a sentence."""
    if len(core) > 200:
        return None
    m = _work_for(lexicon.stamps("byline_work_nouns")).match(core)
    if m is None:
        return None
    names = [n.strip(" .") for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names"))]
    bodies = lexicon.pattern("institution_nouns")
    if not all(n and name_words_only(n) and not bodies.search(n) for n in names):
        return None  # 'The report by Human Rights Watch.': a body, not its authors
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def reports_byline(core: str) -> str | None:
    """The name of an 'A reports' or 'A reports from B' line, or None."""
    m = _REPORTS.match(core)
    if m is None or (m.group("place") and not name_words_only(m.group("place"))):
        return None
    return m.group("name")


@lru_cache(maxsize=4)
def _bio_for(_stamps: tuple[tuple[int, int], ...]) -> re.Pattern:
    phrases = "|".join(lexicon.terms("author_bio_phrases"))
    return re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),?\s+(?:"
                      + phrases + ")", re.I)


def author_box(core: str) -> str | None:
    """The author named by an author-box line ('Guy Taylor can be reached at ...'), or None."""
    m = _bio_for(lexicon.stamps("author_bio_phrases")).match(core)
    if m is None or not m.group("name")[0].isupper() or count_words(core, 60) > 60:
        return None
    return m.group("name")


def signature(cores: list[str], rule: list[str | None]) -> list[int]:
    """The lines kept after the page's last sentence when they are one to three short names
    ('Tia Asmara', then a place, 'Jakarta'; or the station, then the reporter: 'Radio Dalsan',
    'Mohamed Omar Hussein'): the first person's name of two words or more names the author
    and comes first in the result. Returns their indexes, or [] when any line after the last
    sentence is something else, or when only a newsroom is named."""
    tail: list[int] = []
    for i in range(len(cores) - 1, -1, -1):
        core = cores[i]
        if not core or rule[i]:
            continue
        if ends_sentence(core):
            break
        if len(tail) == 3 or not (is_label(core, 4) and name_words_only(core)
                                  and not any(ch.isdigit() for ch in core)) or (
                _no_name(core) and not _newsroom(core)):
            return []
        tail.append(i)
    else:
        return []  # no sentence on the page: these are no signature
    tail.reverse()
    people = [i for i in tail if not _no_name(cores[i])]
    if not people or len(words(cores[people[0]])) < 2:
        return []
    if people[0] != tail[0] and len(tail) > 2:
        return []  # a station above its reporter: two lines, nothing more
    return [people[0]] + [i for i in tail if i != people[0]]


def _newsroom(core: str) -> bool:
    """A short line naming a newsroom in mixed case ('Radio Dalsan'): a signature may name the
    station above its reporter."""
    return not core.isupper() and wire_credit(core) is None and any(
        w.casefold() in lexicon.terms("byline_corporate_words") for w in words(core))


def _no_name(core: str) -> bool:
    """A short line that names no person: in capitals only ('SOCIAL BOOKMARKS'), with a
    newsroom word ('Press TV News Roku') or a word of the page's own headings and links
    ('Related Post', 'Noticias Similares': page_tool_words.csv), or a wire credit ('Avec AFP')."""
    corporate, tools = lexicon.terms("byline_corporate_words"), lexicon.term_set("page_tool_words")
    return (core.isupper() or any(w.casefold() in corporate or w.casefold() in tools
                                  for w in words(core))
            or wire_credit(core) is not None)


@lru_cache(maxsize=4)
def _bracket_for(_stamps: tuple[tuple[int, int], ...]) -> re.Pattern:
    labels = "|".join(re.escape(t) for t in lexicon.terms("byline_bracket_labels"))
    return re.compile(r"(?<=[.!?\"”’»])\s*\((?:" + labels + r")\s+"
                      r"(?P<name>[^\W\d_][\w.'’\- ]{1,60}?)\)\s*$", re.I)


def bracket_byline(core: str) -> re.Match | None:
    """A byline in brackets after a line's last sentence ('... nationals. (Rédigé par Jean
    Terzian)', labels from byline_bracket_labels), whose name reads as a person's, or None."""
    if not core.endswith(")"):
        return None
    m = _bracket_for(lexicon.stamps("byline_bracket_labels")).search(core, max(0, len(core) - 90))
    if m is None or not name_words_only(m.group("name")) or len(words(m.group("name"))) > 6:
        return None
    return m


def credit_fields(rest: str, art: Article) -> int:
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
