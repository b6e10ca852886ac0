"""Separate a scraped news page into its article and everything else, line by line.

Each rule describes a kind of page furniture that any news site may carry (menus, share and
comment widgets, adverts, related-headline lists, rate and weather boxes, photo credits, tag
lists, interface text in another script) and never a particular page. Every line that leaves the
body is logged with the rule that took it, so the reader can check that nothing of the article
was lost. Title, byline, date and source URL are moved out of the body into their own fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from . import lexicon
from .dates import MONTHS, DateMatch, find_dates

# --- what a line looks like -------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣*\-–—]|\d{1,2}[.)])\s+")
# neither part may hold a "[": each attempt stops at the next bracket, not at the text's end
_MD_LINK = re.compile(r"\[([^\]\[]*)\]\((?:[^)\s\[]*)\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_MD_STRONG = re.compile(r"\*\*(.+?)\*\*")
_MD_EMPH = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_CLOSERS = "'\"”’»)]"
_NOT_CYRILLIC = re.compile(r"[^\u0400-\u04FF]+")
_NOT_LATIN = re.compile(r"[^A-Za-z\u00C0-\u024F]+")

# --- page furniture, by kind ------------------------------------------------------------

_WIDGET = re.compile(
    r"^(?:share(?: this(?: article| story)?)?|поделиться|tweet|print|e-?mail|save|"
    r"subscribe(?: to [\w ]+)?|follow us(?: on [\w ]+)?|"
    r"join (?:us on )?(?:telegram|facebook|twitter|x|whatsapp|instagram|youtube|our [\w ]+)|"
    r"found an? (?:bug|mistake|typo|error)\??|report an? (?:error|typo|mistake)|"
    r"(?:do you|did you) (?:like|enjoy) this (?:article|story|post|piece)\??|"
    r"was this (?:article|story) (?:helpful|useful)\??|rate this (?:article|story)|"
    r"\d+ comments?(?:\(s\))?|comments?(?: \(\d+\))?|leave a (?:comment|reply)|add a comment|"
    r"comment policy\b.*|show comments|read more|show more|load more|back to top|"
    r"(?:main )?menu|search|log ?in|sign in|sign up|register|skip to (?:main )?content|"
    r"sign up for [\w ]+|newsletter|listen to this article|"
    r"иконка .*|комментари[ий].*|подписаться.*)$",
    re.I,
)
_ADVERT = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|реклама|партнерский материал|anzeige)\b",
    re.I,
)
_PHOTO_CREDIT = re.compile(
    r"©|\(c\)\s|\b(?:photo|photograph|image|picture|illustration|credit)s?\s*(?:by\b|:)|"
    r"\bown work\b|wikimedia\.org/wiki/File:|\(cc[- ]by|\bcreative commons\b|getty images|"
    r"\bafp photo\b|\bфото:",
    re.I,
)
_BRACKET_CREDIT = re.compile(r"[.!?]\s*\[(?!sic\b)[A-Z][^\]\[]{1,60}\]\s*$")
_SOURCE_URL = re.compile(
    r"^(?:source url|original url|url|link|permalink|canonical|article url|original article)"
    r"\s*:\s*<?(https?://\S+?)>?$",
    re.I,
)
_RATES_WEATHER = re.compile(
    r"^(?:exchange rates?|currency(?: rates?)?|rates|курс[ыа]? валют|weather|погода)$", re.I)
_RELATED_MARKERS = (
    r"read also|also read|see also|related(?: articles| stories| news| posts)?|more news|"
    r"more from [\w ]+|latest news|most read|most popular|popular|trending|recommended|"
    r"you may also like|you might also like|читайте также|смотрите также|по теме|"
    r"популярное|новости по теме")
_RELATED = re.compile(rf"^(?:{_RELATED_MARKERS})\s*:?$", re.I)
# "Related: Floods hit the west | New metro line opens": the list on the marker's own line
_RELATED_INLINE = re.compile(rf"^(?:{_RELATED_MARKERS}|read more|more on this)\s*:\s*\S", re.I)
_LIST_SEPARATOR = re.compile(r"\s[|•·;]\s|;\s")
_TAXONOMY = re.compile(
    r"^(?:location|locations|topic|topics|tags?|category|categories|section|region|regions|"
    r"country|countries|keywords|filed under|рубрика|теги|метки)\s*:",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|written by|text by|reporting by|author|authors|автор|авторы)\s*:?\s+"
    r"(?P<name>[^\W\d_][\w.'’\- ]{1,60}?(?:\s+(?:and|&|и)\s+[^\W\d_][\w.'’\- ]{1,40})?)"
    r"\s*(?:[,|–—-]\s*(?P<rest>.*))?$",
    re.I,
)
_INLINE_BYLINE = re.compile(
    r"(?<=[.!?\"”’])\s+By\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\s*$")
_SIGNOFF = re.compile(
    r"(?<!\s)\s*\*{0,2}\bEnd (?:of )?(?:the )?[A-Z][\w .\-]{0,40}?"
    r"(?:Commentary|Article|Report|Analysis)"
    r"(?:\s*\((?P<name>[^()]{2,40})\))?\*{0,2}\s*$")
_DATE_LINE_MAX = 100  # characters: a longer line is never a date line
_TAIL = 300  # the end-of-line patterns (sign-off, inline byline, credit) are tried on this tail
_CITATION = re.compile(r"^(?:source|sources|originally published|first published|via)\s*:", re.I)
# Every pattern that reads a line from its start, as one alternation: a line that this does not
# match cannot match any of them, so most body lines are passed after one regex call instead of
# nine. (All are compiled with re.I alone, the flags the union is compiled with.)
_LINE_STARTS = (_SOURCE_URL, _WIDGET, _ADVERT, _RATES_WEATHER, _RELATED, _RELATED_INLINE,
                _TAXONOMY, _BYLINE, _CITATION)
_ANY_LINE_START = re.compile("|".join(f"(?:{p.pattern})" for p in _LINE_STARTS), re.I)
_DATE_FILLER = re.compile(
    r"^(?:published|posted|updated|last updated|date|опубликовано|обновлено)?"
    r"\s*+(?:on\s*+)?(?:[:|,·–—-]\s*+)*+$",
    re.I,
)

_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on was with as by it are at from he said has have be this "
    "were their who which an not they".split())

_FREQUENT_ENGLISH = (" the ", " of ", " and ", " to ", " in ", " a ")  # all in _ENGLISH_WORDS
_TOKEN = re.compile(r"[^\W_]+")  # runs of letters and digits, split at any punctuation
TITLE_MAX_WORDS = 25
_BULLET_STARTS = frozenset("•·▪●◦‣*-–—0123456789")
SAMPLE_CHARS = 2_000  # enough text to tell the script and language of a page


@dataclass(frozen=True)
class Removal:
    """One line (or the part of a line) taken out of the body, and the rule that took it."""

    line_no: int
    rule: str
    text: str


@dataclass
class Article:
    """A page split into its fields, its body paragraphs and the log of what was taken out."""

    title: str | None = None
    author: str | None = None
    date: DateMatch | None = None
    date_basis: str = "unknown"
    url: str | None = None
    language: str = "und"
    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    duplicate_paragraphs: int = 0
    boilerplate_share: float = 0.0


# --- small predicates --------------------------------------------------------------------

def _unmark(line: str) -> str:
    """Markdown links, autolinks and emphasis reduced to their text."""
    if "](" in line:
        line = _MD_LINK.sub(r"\1", line)
    if "<" in line:
        line = _MD_AUTOLINK.sub(r"\1", line)
    if "*" in line:
        line = _MD_EMPH.sub(r"\1", _MD_STRONG.sub(r"\1", line))
    return line


def _core(line: str) -> str:
    """A line without surrounding space, list bullet or numbering, and markdown."""
    line = line.strip()
    first = line[:1]
    if first in _BULLET_STARTS or first.isdecimal():  # _BULLET's \d: a digit of any script
        line = _BULLET.sub("", line)
    return _unmark(line).strip()


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _count_words(text: str, limit: int) -> int:
    """Number of words in text, counted up to limit + 1 (enough to compare with limit)."""
    return sum(1 for _ in islice(_WORD.finditer(text), limit + 1))


def _squeeze(text: str) -> str:
    """The text with every run of white space made one plain space, and none at the ends.

    Most lines need no change, and that is told faster than splitting and joining them: every
    white-space character but the plain space is unprintable, so a printable text without a
    double space, nor one at either end, is returned as it is.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _ends_sentence(text: str) -> bool:
    """The text ends with sentence punctuation, possibly followed by closing quotes/brackets."""
    text = text.rstrip(_CLOSERS)
    return bool(text) and text[-1] in ".!?:;…"


def _is_label(text: str, max_words: int) -> bool:
    """A short line without sentence punctuation: a menu item, a tag or a headline."""
    return 0 < _count_words(text, max_words) <= max_words and not _ends_sentence(text)


def _n_cyrillic(text: str) -> int:
    return len(_NOT_CYRILLIC.sub("", text))


def _n_latin(text: str) -> int:
    return len(_NOT_LATIN.sub("", text))


def main_script(text: str) -> str:
    """'latin' or 'cyrillic', whichever has more letters in the text (read up to SAMPLE_CHARS:
    a page's script is plain long before its end)."""
    text = text[:SAMPLE_CHARS]
    if _CYRILLIC.search(text) is None:
        return "latin"
    n_cyrillic = _n_cyrillic(text)
    # Latin letters are counted only until they reach the Cyrillic count: a Latin page with a
    # Russian date in its header is decided after a few words instead of the whole sample.
    n_latin = sum(1 for _ in islice(_LATIN.finditer(text), n_cyrillic))
    return "cyrillic" if n_cyrillic > n_latin else "latin"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the body ('en', 'ru'), or 'und' when it is neither, from its start."""
    text = text[:SAMPLE_CHARS]
    if main_script(text) == "cyrillic":
        return "ru"
    return _latin_language(text)


def _latin_language(text: str) -> str:
    """'en' or 'und' for a text of at most SAMPLE_CHARS characters in the Latin script: 'en'
    when common English words are 5% of its words or more."""
    text = text.lower()
    # Shortcuts, exact: a space-separated chunk that is a common English word is a word of its
    # own, and the text holds at most (len + 1) // 2 words (each is one character or more, with
    # a character between two words). If that many words already give the share, all do.
    # The first counts only the most frequent of those chunks, from a few substring counts
    # instead of splitting the text (each " the " found is a separate chunk "the"), and stops
    # as soon as the count suffices.
    most_words = (len(text) + 1) // 2
    found = 0
    for chunk in _FREQUENT_ENGLISH if most_words else ():
        found += text.count(chunk)
        if found / most_words >= 0.05:
            return "en"
    if most_words and sum(map(_ENGLISH_WORDS.__contains__, text.split())) / most_words >= 0.05:
        return "en"
    words = _TOKEN.findall(text)
    if words and sum(map(_ENGLISH_WORDS.__contains__, words)) / len(words) >= 0.05:
        return "en"
    return "und"


def _other_letters(script: str) -> re.Pattern:
    """The letters of the script that the article is not written in."""
    return _CYRILLIC if script == "latin" else _LATIN


def _other_script(text: str, script: str) -> bool:
    """Interface text in the script the article is not written in.

    A line goes when most of its letters are in the other script, or when it is a short label
    (no sentence punctuation) with a word in the other script. A full sentence (six words or
    more, closed by sentence punctuation) is prose in another language and stays. Dates are
    ignored, so a Russian month name on a title line does not take the title with it.
    """
    other = _other_letters(script)
    if other.search(text) is None:
        return False
    for d in reversed(find_dates(text)):
        text = text[: d.start] + text[d.end:]
    n_cyrillic, n_latin = _n_cyrillic(text), _n_latin(text)
    n_other, n_own = (n_cyrillic, n_latin) if script == "latin" else (n_latin, n_cyrillic)
    if n_other == 0:
        return False
    if _ends_sentence(text) and _count_words(text, 6) >= 6:
        return False
    if n_other > n_own:
        return True
    return _is_label(text, 6) and any(other.search(w) for w in _words(text))


def _date_only(text: str, dates: list[DateMatch] | None = None) -> DateMatch | None:
    """The date of a line that holds a date and nothing else of substance (dates: the line's
    find_dates, when the caller has them already)."""
    if len(text) > _DATE_LINE_MAX:  # a date with a weekday, time and 'Last updated on:' is far
        return None  # shorter
    if dates is None:
        dates = find_dates(text)
    if len(dates) != 1:
        return None
    rest = text[: dates[0].start] + text[dates[0].end:]
    return dates[0] if _DATE_FILLER.match(rest.strip()) else None


def _title_date(text: str, dates: list[DateMatch]) -> tuple[str, DateMatch | None]:
    """Split a date printed at the end (or start) of a title line (dates: its find_dates)."""
    for d in dates:
        before, after = text[: d.start].strip(" |·–—-,"), text[d.end:].strip(" |·–—-,")
        if before and not after:
            return before, d
        if after and not before:
            return after, d
    return text, None


# --- the rules ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _PageTraits:
    """What a page contains anywhere, found once per page. Where the page lacks something, the
    per-line test that looks for it would say False on every line, so it is skipped."""

    other_script: bool = True  # a letter of the script that the article is not written in
    credit_word: bool = True  # one of _CREDIT_WORDS (in lower case)

    @classmethod
    def of(cls, cores: list[str], script: str, cyrillic: bool = True) -> _PageTraits:
        """The traits of a page's cores (no word can span two cores: they are joined by a line
        break, which no searched word contains). cyrillic: False when the page's text holds no
        Cyrillic letter, so that neither do its cores (made of the text's characters)."""
        page = "\n".join(cores)
        if script == "latin" and not cyrillic:
            other_script = False
        else:
            other_script = _other_letters(script).search(page) is not None
        return cls(other_script=other_script, credit_word=_might_be_credit(page, cyrillic))


def _line_rule(core: str, script: str, page: _PageTraits = _PageTraits(),
               opens: bool = True) -> str | None:
    """The furniture rule that a single line matches, or None for article text (page: what the
    whole page contains, to skip tests that cannot succeed on it; opens: False when the line
    matches none of the _LINE_STARTS patterns, so that they need not be tried one by one)."""
    if not (core[0].isalpha() or any(ch.isalpha() for ch in core)):  # (most start with one)
        if _date_only(core) is not None:
            return None  # a numeric date ("05.11.2015"): the header pass decides what it is
        return "numbers_only" if any(ch.isdigit() for ch in core) else "symbols_only"
    # the cheap anchored patterns are tried before the words are counted
    if opens:
        if _WIDGET.match(core) and _count_words(core, 8) <= 8:
            return "widget"
        if _ADVERT.match(core) and _is_label(core, 8):  # 'Advertising agencies said ...' stays
            return "advert"
    if (page.credit_word and _might_be_credit(core) and _count_words(core, 40) <= 40
            and _PHOTO_CREDIT.search(core) and _is_credit_line(core)
            and not _CITATION_WITH_TITLE.search(core)):
        return "photo_credit"
    if opens:
        if _RATES_WEATHER.match(core):
            return "rates_weather"
        if _RELATED.match(core):
            return "related_headlines"
        if ":" in core[:40] and (m := _RELATED_INLINE.match(core)) and (
                _LIST_SEPARATOR.search(core, m.end()) or _count_words(core, 14) <= 14):
            return "related_headlines"
        if _TAXONOMY.match(core) and _count_words(core, 12) <= 12:
            return "taxonomy"
    if _is_menu_line(core):
        return "navigation_menu"
    if page.other_script and _other_script(core, script):
        return "other_script_interface"
    return None


_CITATION_WITH_TITLE = re.compile(r"^source\s*:\s*[“\"«]", re.I)
_CREDIT_WORDS = ("©", "photo", "image", "picture", "illustration", "credit", "own work",
                 "wikimedia", "creative commons", "getty")
_CREDIT_WORDS_IN_BRACKETS = ("(c)", "(cc")  # looked for only in a text that holds a "("
_CREDIT_WORDS_CYRILLIC = ("фото",)  # looked for only in a text that holds a Cyrillic letter
# The letters that _PHOTO_CREDIT's re.I takes for a letter of the words above but that lower()
# does not turn into that letter: "İ" (lower() gives "i" and a combining dot), dotless "ı", long
# "ſ", and the narrow Cyrillic "о" and "т". A line holding one is given to the pattern itself.
_CASE_ODD = "\u0130\u0131\u017f\u1c82\u1c84\u1c85"


def _might_be_credit(core: str, cyrillic: bool = True) -> bool:
    """A fast test that _PHOTO_CREDIT could match: one of its words is in the line (cyrillic:
    False when the text holds no Cyrillic letter; lower-casing makes none). It says True on
    every line that the pattern matches, so it can only spare the pattern, never change a rule."""
    low = core.lower()
    for word in _CREDIT_WORDS:  # a plain loop: this runs on every line of every page
        if word in low:
            return True
    if "(" in low and any(word in low for word in _CREDIT_WORDS_IN_BRACKETS):
        return True
    if cyrillic and any(word in low for word in _CREDIT_WORDS_CYRILLIC):
        return True
    return (not core.isascii() and any(ch in core for ch in _CASE_ODD)
            and _PHOTO_CREDIT.search(core) is not None)


_URL = re.compile(r"(?:https?://|www\.)\S*|(?<![\w.-])\w[\w.-]*+(?<=\.[a-z]{2})"
                  r"|(?<![\w.-])\w[\w.-]*+(?<=\.[a-z]{3})")  # or a domain ('Vlast.kz')
_LAST_SENTENCE_END = re.compile(r"[.!?…]\s|\(")  # where a caption's closing credit may start


def _common_words(text: str) -> int:
    """How many words of text are not capitalised, a number, or a connector of names."""
    connectors = lexicon.terms("name_connectors")
    return sum(1 for w in _words(text)
               if not (w[0].isupper() or w[0].isdigit() or w.casefold() in connectors))


def _name_words_only(text: str) -> bool:
    """Every word of text is capitalised, a number, or a connector of names ('of', 'bin')."""
    return _common_words(text) == 0


def _credit_only(text: str) -> bool:
    """text is a credit and nothing else: a credit word, and names of people or agencies (one
    common word may stand among them: 'Image by Wikimedia user Example', 'Photo: the author')."""
    return (_PHOTO_CREDIT.search(text) is not None
            and _common_words(_PHOTO_CREDIT.sub(" ", text)) <= 1)


def _is_credit_line(core: str) -> bool:
    """The whole line is a photo credit ('Photo: AFP', '©REUTERS'), or a caption closed by one
    ('Women at the camp. Photo: AFP'). A credit inside a sentence ('Photos by local activists
    show ...') leaves the line a sentence (links and domains are ignored: they name no words)."""
    text = _URL.sub(" ", core)
    if _credit_only(text):
        return True
    starts = [m.end() for m in _LAST_SENTENCE_END.finditer(text)]
    return bool(starts) and _credit_only(text[starts[-1]:])


def _byline(core: str) -> re.Match | None:
    """The byline match of a line that is a byline and nothing else: the name is a person's
    (at most six capitalised words, not a month or weekday: 'By December, ...' and 'By then,
    ...' open sentences), and what follows it (an outlet, a role, a date) is no sentence."""
    m = _BYLINE.match(core)
    if m is None:
        return None
    words = _words(m.group("name"))
    if (not words or len(words) > 6 or not _name_words_only(m.group("name"))
            or words[0].casefold() in MONTHS
            or words[0].casefold() in lexicon.terms("byline_time_words")):
        return None
    rest = m.group("rest")
    if rest and not (_count_words(rest, 8) <= 8 and _name_words_only(rest)):
        return None
    return m


def _is_menu_line(core: str) -> bool:
    """'Home | News | World | Sport': three or more short items split by bars or bullets."""
    if "|" not in core and "•" not in core and "·" not in core:
        return False
    items = [i.strip() for i in re.split(r"\s[|•·]\s", core)]
    return len(items) >= 3 and all(_is_label(i, 3) for i in items)


def _menu_runs(lines: list[str], stripped: list[str]) -> set[int]:
    """Indexes of runs of three or more consecutive short list items: a navigation menu."""
    hits: set[int] = set()
    run: list[int] = []
    # _BULLET can only match where the first character is a bullet or a (any-script) digit, so
    # only such lines are looked at; any other line ends a run
    for i, line in enumerate(stripped):
        first = line[:1]
        if not first or not (first in _BULLET_STARTS or first.isdecimal()):
            continue
        if run and run[-1] != i - 1:  # a line in between ended the run
            if len(run) >= 3:
                hits.update(run)
            run = []
        if _BULLET.match(lines[i]) and _is_label(_core(lines[i]), 4):
            run.append(i)
        else:
            if len(run) >= 3:
                hits.update(run)
            run = []
    if len(run) >= 3:
        hits.update(run)
    return hits


def clean(text: str) -> Article:
    """Split a decoded page into title, byline, date, URL, body paragraphs and a removal log."""
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    cyrillic = _CYRILLIC.search(text) is not None  # most pages have none: then all is Latin
    script = main_script(text) if cyrillic else "latin"
    art = Article()
    rule: list[str | None] = [None] * len(lines)
    cores = [_core(line) if line else "" for line in stripped]
    page = _PageTraits.of(cores, script, cyrillic)
    # which lines may match a _LINE_STARTS pattern (the byline and sign-off pass below shortens
    # some lines from the end, which cannot make a pattern anchored at the start match). Each
    # pattern begins with a word or a number, and only a letter or digit can match their first
    # character, even ignoring case: a line that opens with a quote or a dash matches none.
    opens = [bool(core) and (core[0].isalpha() or core[0].isdecimal())
             and _ANY_LINE_START.match(core) is not None for core in cores]

    for i in _menu_runs(lines, stripped):
        rule[i] = "navigation_menu"

    block: str | None = None  # a related-headline, taxonomy or rates block that is still open
    for i, core in enumerate(cores):
        if not core:
            if block == "related_headlines":
                block = None
            continue
        if rule[i]:
            continue
        if opens[i] and (m := _SOURCE_URL.match(core)):
            art.url = art.url or m.group(1)
            rule[i] = "source_url (moved to url)"
            continue
        found = _line_rule(core, script, page, opens[i])
        if found in {"related_headlines", "taxonomy", "rates_weather"}:
            block = found
        elif found is None and block:
            if (block == "related_headlines" and _count_words(core, 14) <= 14
                    and not core.endswith(".")):
                found = block
            elif block in {"taxonomy", "rates_weather"} and _is_label(core, 3):
                found = block
            else:
                block = None
        rule[i] = found

    _mark_captions(cores, rule)
    _take_header(cores, rule, art, opens)
    # One pass over the lines still kept, for a bare date below the header (an 'updated'
    # stamp), a byline, a byline or sign-off at a line's end, and a citation's date. Each step
    # reads and changes only its own line, so one pass does what a pass per step would do.
    cite = art.date is None  # a cited date is looked for only on a page that prints none
    for i, core in enumerate(cores):
        if rule[i] or not core:
            continue
        if len(core) <= 60 and _date_only(core) is not None:
            rule[i] = "date_stamp"
            continue
        if opens[i] and (m := _byline(core)):
            art.author = art.author or m.group("name").strip()
            rule[i] = "byline (moved to author)"
            continue
        if "By" in core and (m := _INLINE_BYLINE.search(core, max(0, len(core) - _TAIL))):
            art.author = art.author or m.group("name")
            art.removed.append(Removal(i + 1, "byline (moved to author)", m.group(0).strip()))
            cores[i] = core = core[: m.start()].rstrip()
        if "End" in core and (m := _SIGNOFF.search(core, max(0, len(core) - _TAIL))):
            if m.group("name"):
                art.author = art.author or m.group("name").strip()
            art.removed.append(Removal(i + 1, "signoff", m.group(0).strip()))
            cores[i] = core = core[: m.start()].rstrip()
        if cite and opens[i] and _CITATION.match(core) and (found := find_dates(core)):
            art.date, art.date_basis = max(found, key=lambda d: d.date), "cited"

    art.removed.extend(Removal(i + 1, r, stripped[i]) for i, r in enumerate(rule) if r)
    _paragraphs(stripped, cores, rule, art)
    art.removed.sort(key=lambda r: r.line_no)
    body_start = " ".join(art.paragraphs)[:SAMPLE_CHARS]
    if script == "latin" and not page.other_script:  # no Cyrillic letter in any line, so the
        art.language = _latin_language(body_start)  # body (made of the lines) has none either
    else:
        art.language = detect_language(body_start)
    body = sum(len(p) for p in art.paragraphs)
    page_chars = sum(map(len, stripped))
    art.boilerplate_share = round(1 - body / page_chars, 3) if page_chars else 0.0
    return art


def _mark_captions(cores: list[str], rule: list[str | None]) -> None:
    """Photo captions: a line ending in a bracketed credit, or a short line just above a credit
    (but not the page's first kept line: a page opens with its headline, not a caption)."""
    for i, core in enumerate(cores):
        if (not rule[i] and core.endswith("]")  # cores are stripped
                and _BRACKET_CREDIT.search(core, max(0, len(core) - _TAIL))):
            rule[i] = "photo_caption"
        if rule[i] == "photo_credit":
            j = i - 1
            while j >= 0 and not cores[j]:
                j -= 1
            if (j >= 0 and not rule[j] and _count_words(cores[j], 8) <= 8
                    and any(cores[k] and not rule[k] for k in range(j))):
                rule[j] = "photo_caption"


def _take_header(cores: list[str], rule: list[str | None], art: Article,
                 opens: list[bool]) -> None:
    """Find the title and a printed date among the first lines that survived the rules (opens:
    which lines may match a _LINE_STARTS pattern)."""
    seen = 0
    for i, core in enumerate(cores):
        if rule[i] or not core:
            continue
        seen += 1
        if seen > 6:
            break
        # found once for both the date-line and the title tests
        dates = find_dates(core) if len(core) <= _DATE_LINE_MAX else None
        if (d := _date_only(core, dates)) is not None:
            if art.date is None:
                art.date, art.date_basis = d, "stated"
            rule[i] = "date (moved to date_text)"
            continue
        if (opens[i] and _byline(core)) or art.title is not None:
            continue  # after the title, only a date line is still header
        title, d = _title_date(core, find_dates(core) if dates is None else dates)
        n = len(_words(title))
        if n == 0 or n > TITLE_MAX_WORDS or (title.endswith(".") and n > 12):
            break  # the page opens with body text: no recognisable title
        if d is None and _is_masthead(title, cores, rule, i):
            rule[i] = "masthead"
            continue
        art.title = title
        if d is not None and art.date is None:
            art.date, art.date_basis = d, "stated"
        rule[i] = "title (moved to title)"


def _next_kept(cores: list[str], rule: list[str | None], i: int) -> str:
    """The next non-empty line after line i that no rule has taken ('' if none)."""
    return next((c for j, c in enumerate(cores[i + 1:], i + 1) if c and not rule[j]), "")


def _is_masthead(line: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """The site's name above the headline: a label of at most three words (line, at index i),
    followed by a longer line that reads as a headline (4 to TITLE_MAX_WORDS words, no closing
    full stop). The following line is looked at only once the label test has passed."""
    if not _is_label(line, 3):
        return False
    following = _next_kept(cores, rule, i)
    n_next = len(_words(following))
    return (4 <= n_next <= TITLE_MAX_WORDS and not following.endswith(".")
            and _date_only(following) is None)


def _paragraphs(lines: list[str], cores: list[str], rule: list[str | None], art: Article) -> None:
    """Group kept lines into paragraphs and drop paragraphs that the scraper repeated (lines:
    the page's lines, stripped)."""
    filled = [i for i, line in enumerate(lines) if line]
    blank_separated = bool(filled) and len(filled) < filled[-1] - filled[0] + 1
    groups: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for i, core in enumerate(cores):
        keep = core and not rule[i]
        if keep and not (current and not blank_separated):
            if not current:
                start = i
            current.append(_squeeze(core))
            continue
        if current:
            groups.append((start, current))
            current = []
        if keep:  # one paragraph per line in a page without blank lines
            start, current = i, [_squeeze(core)]
    if current:
        groups.append((start, current))

    # A repeat is the same paragraph up to case. It has as many spaces as its first copy
    # (casefolding changes no space and makes none), so paragraphs are casefolded and compared
    # only with the kept ones that have their number of spaces: counting is cheaper.
    kept: dict[int, list[str]] = {}
    for start, group in groups:
        paragraph = " ".join(group)
        same_spaces = kept.setdefault(paragraph.count(" "), [])
        if same_spaces:
            key = paragraph.casefold()
            if any(key == other.casefold() for other in same_spaces):
                art.duplicate_paragraphs += 1
                art.removed.extend(
                    Removal(start + k + 1, "duplicate_paragraph", lines[start + k])
                    for k in range(len(group)))
                continue
        same_spaces.append(paragraph)
        art.paragraphs.append(paragraph)
