"""Lines around a page's headline that are no headline: a caption printed twice, a dateline's
place above its date line, a section label below the title or above a lead, a teaser of the
lead, a byline without 'By', the headline printed again, and a caption glued to the lead. Used
by helpers.header, which reads the header's lines in order."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from . import lexicon
from .bylines import byline, labelled_byline
from .date_fields import script_dates
from .datelines import DATE_LINE_MAX, DateLine, date_only, set_date
from .dates import DateMatch, find_dates
from .page import Article
from .scripts import ascii_digits, closes_with_full_stop
from .segment import split_sentences
from .textlines import (
    count_words,
    ends_sentence,
    first_word,
    is_label,
    name_words_only,
    words,
)
from .title_shapes import clock_row, sentences_inside

CAPTION_MIN_WORDS = 26  # a line printed twice this long is a caption, not a headline
SITE_NAME_WORDS = 10  # a site's name after a headline printed again
TEASER_MIN_WORDS = 4
def printed_twice(cores: list[str], rule: list[str | None], i: int) -> int | None:
    """The index of the next kept line when it repeats line i, a long line with no closing full
    stop (CAPTION_MIN_WORDS words or more, longer than a headline, or sentences_inside): a
    photo's alternative text and its caption printed one below the other above the headline, or
    below it a caption or a standfirst printed twice (helpers.header tells them apart). A
    sentence printed twice is left to the body."""
    line = cores[i]
    if ends_sentence(line) or (count_words(line, CAPTION_MIN_WORDS) < CAPTION_MIN_WORDS
                               and not sentences_inside(line)):  # (sentences: no headline)
        return None
    j = next((j for j in range(i + 1, len(cores)) if cores[j] and not rule[j]), None)
    return j if j is not None and cores[j] == line else None


PLACE_MAX_WORDS = 2


def place_above_date(line: str, cores: list[str], rule: list[str | None], i: int,
                     stamps: Container[int]) -> bool:
    """line (at index i) is the place of a dateline printed on its own above the date line: one
    or two capitalised words ('K. Male', 'Islamabad') and the next kept line a date line, or a
    date stamp and a time or weekday (stamps: from split_stamps). A headline of two words above
    its date is rare; one of three or more words stays a title."""
    if count_words(line, PLACE_MAX_WORDS) > PLACE_MAX_WORDS or not name_words_only(line) or any(
            ch.isdigit() for ch in line):
        return False
    j = next((j for j in range(i + 1, len(cores)) if cores[j] and not rule[j]), None)
    if j is None:
        return False
    if j in stamps:  # '21 Oct 2017 | Sat 17:22': the stamp and a short rest
        return count_words(cores[j], 3) <= 3
    return len(cores[j]) <= DATE_LINE_MAX and date_only(cores[j]) is not None


SECTION_MAX_WORDS = 4


def section_label(line: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """line (at index i, the first kept line below the title) is the name of the page's section
    or topic ('World Today', 'Copts and Political Islam'): at most four capitalised words, no
    digit, no sentence, and more text below it. A byline, a date line or a dateline below the
    headline is read by the other rules first."""
    if (not is_label(line, SECTION_MAX_WORDS) or not name_words_only(line)
            or any(ch.isdigit() for ch in line) or ends_sentence(line) or ":" in line
            or byline(line) is not None):
        return False
    return any(cores[j] and not rule[j] for j in range(i + 1, len(cores)))


def place_and_date(core: str, dates: list[DateMatch]) -> DateLine | None:
    """A dateline's place and its date, alone on a line ('Islamabad 27-Jul-2015', 'K. Male 21
    Oct 2017'): one or two capitalised words, a space, then the line's only date (and a
    time)."""
    if len(dates) != 1 or dates[0].start == 0:
        return None
    head, rest = core[: dates[0].start], core[dates[0].end:]
    place = head.rstrip()
    if not head[len(place):] or head[len(place):] != " " * len(head[len(place):]):
        return None  # the place and the date are a space apart ('Jane Roe | 04.03.2019' is a
        # byline, read before)
    if place.endswith((":", "：")) and _CLOCK.search(rest):  # 'Utakmica: 20. ožujka 2019. u
        return None  # 20:00', 'Pogreb: ...': a label, an event's date and its hour
    if (count_words(place, PLACE_MAX_WORDS) > PLACE_MAX_WORDS or not name_words_only(place)
            or any(ch.isdigit() for ch in place) or date_only(dates[0].text + rest) is None):
        return None
    return DateLine(dates[0], "plain")


GLUED_LABEL_MAX_WORDS = 25  # as many as a headline has


def glued_to_title(line: str, title: str) -> bool:
    """line is the headline printed again: with other quotes or dashes, with an image's
    alternative text glued in front of it ('Army releases 155 fighters to Borno Army Releases 155
    Fighters To Borno'), or with the site's name after it ('... - Example News'); what stands
    beside the title is a label (no sentence)."""
    if first_word(line) == first_word(title) and words(line) == words(title):
        return not ends_sentence(line)  # a lead that repeats the headline as a sentence stays
    if len(line) <= len(title):
        return False
    low, head = line.casefold(), title.casefold()
    if low.endswith(head):
        label = line[: len(line) - len(title)].rstrip()
        return (bool(label) and not ends_sentence(label)
                and count_words(label, GLUED_LABEL_MAX_WORDS) <= GLUED_LABEL_MAX_WORDS)
    if low.startswith(head) and re.match(r"\s*[-–—|:·•]\s", line[len(title):]):
        rest = line[len(title):].strip(" -–—|:·•")
        return bool(rest) and is_label(rest, SITE_NAME_WORDS)
    return False


# where a caption's last word runs into the lead: a number and a capitalised word ('arsal19
# Syrians'), or a sentence's first article ('ArmyThe army')
_GLUE_TO_LEAD = re.compile(r"(?<=[a-z]{3})(?:\d[\d,]*(?= [A-Z])|(?:The|A|An) (?=\w))")
GLUED_CAPTION_WORDS = (2, 6)
LEAD_MIN_WORDS = 6


def glued_caption(line: str) -> int | None:
    """Where the lead begins in a line that opens with a short caption glued to it (two to six
    words, no punctuation), or None. The lead is a sentence of six words or more."""
    m = _GLUE_TO_LEAD.search(line, 0, 80)
    if m is None:
        return None
    label, rest = line[: m.start()], line[m.start():]
    n = count_words(label, GLUED_CAPTION_WORDS[1])
    if (not GLUED_CAPTION_WORDS[0] <= n <= GLUED_CAPTION_WORDS[1] or re.search(r"[.!?:;,]", label)
            or count_words(rest, LEAD_MIN_WORDS) < LEAD_MIN_WORDS or not ends_sentence(rest)):
        return None
    return m.start()


LABEL_MAX_WORDS = 3
LEAD_WORDS = 8


def label_above_lead(line: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """line (at index i) is a section, topic or place label above the lead of a page that prints
    no headline: at most three capitalised words, no digit, no question or exclamation mark,
    and the next kept line a sentence of eight words or more. A headline that short is rare."""
    if (count_words(line, LABEL_MAX_WORDS) > LABEL_MAX_WORDS or not name_words_only(line)
            or any(ch.isdigit() for ch in line) or line.endswith(("?", "!"))
            or document_heading(line)):
        return False
    j = next((j for j in range(i + 1, len(cores)) if cores[j] and not rule[j]), None)
    return (j is not None and ends_sentence(cores[j])
            and count_words(cores[j], LEAD_WORDS) >= LEAD_WORDS)


REPEAT_WINDOW = 4  # non-empty lines below a label among which the headline is printed twice


def headline_twice_below(cores: list[str], i: int, max_words: int,
                         rule: list[str | None] | None = None) -> bool:
    """Line i is a label above the headline when, among the next REPEAT_WINDOW non-empty lines
    and before any sentence, another line is printed twice, one copy right below the other, and
    reads as a headline (two to max_words words, no closing full stop) while line i is printed
    once: the page title and the headline, a site's name or slogan above them ('National and
    Cultural Autonomy' above 'Two militants killed ...' printed twice). Lines a rule took out
    (rule) are skipped: a photo caption printed twice is no headline."""
    below = [c for k, c in enumerate(cores[i + 1:], i + 1)
             if c and not (rule and rule[k])][:REPEAT_WINDOW]
    if cores[i] in below:
        return False
    for k in range(len(below) - 1):
        line = below[k]
        if ends_sentence(line) or sentences_inside(line):  # (sentences, then a credit)
            return False  # the body has begun: a line printed twice below it is no headline
        if line == below[k + 1] and 2 <= count_words(line, max_words) <= max_words:
            return True
    return False


def document_heading(line: str) -> bool:
    """line names a document an institution puts out ('Media Statement', 'Press Release';
    helpers/lexicon/document_headings.csv): printed as its headline."""
    return " ".join(line.rstrip(":").split()).casefold() in lexicon.term_set("document_headings")


def teaser_of_next(line: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """line (at index i) is a teaser cut off with an ellipsis whose words open the next kept
    line ('Mexican authorities say they have found...' above the full lead): no headline."""
    if not line.endswith(("...", "…")):
        return False
    j = next((j for j in range(i + 1, len(cores)) if cores[j] and not rule[j]), None)
    start = words(line.rstrip(".… "))
    return (j is not None and len(start) >= TEASER_MIN_WORDS
            and " ".join(words(cores[j])).startswith(" ".join(start)))


def full_stop_line(line: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """line (at index i) ends with a full stop (of any script), as a sentence does and a headline
    does not, unless the lead (the next kept line) opens with its first words and goes on
    differently: a headline printed with a full stop and taken up by the lead ('61 people are
    missing after a boat capsizes.' above '61 people are missing after a boat carrying migrants
    ...'). A line with an ideographic full stop inside it ("。", "．") followed by more text is a
    paragraph of sentences in a script without spaces, whatever closes it ("...した。(編集KM)"),
    and so is a line with INNER_BREAKS sentence ends inside it, whatever closes it (a paragraph
    cut mid-word)."""
    if _INNER_STOP.search(line) or sentences_inside(line):
        return True
    if not closes_with_full_stop(line) or line.endswith("..."):  # "." or "।", "。", Armenian ":"
        return False
    j = next((j for j in range(i + 1, len(cores)) if cores[j] and not rule[j]), None)
    if j is None or len(split_sentences(line)) > 1 or cores[j].startswith(line):
        return True
    start, lead = words(line)[:LED_WORDS], words(cores[j])[:LED_WORDS]
    return len(start) < LED_WORDS or start != lead


LED_WORDS = 5  # the headline's opening words that the lead must repeat
# an ideographic full stop with a sentence after it (closing quotes and brackets aside); a
# full-width point between digits is a decimal point ('震度５．２')
_INNER_STOP = re.compile(r"(?:。|(?<![0-9０-９])．|．(?![0-9０-９]))[」』”）)]*[^\s」』”）)]")


_NAME = r"(?<![\w.’'-])(?-i:[A-Z][\w.’'-]*+)(?: (?-i:[A-Z][\w.’'-]*+)){0,3}"
# a reporter's role in other languages ('Jeanne Dupont, envoyée spéciale', 'Hans Müller,
# Korrespondent in Brüssel', 'Juan Pérez, corresponsal en Bruselas'): byline_roles_abroad.csv,
# put in place of WORDS; LABELS: the labels of byline_labels.csv read before a name and a role
_OTHER_BYLINE = (
    rf"(?:(?:posted|written|published|reported|compiled|filed|submitted) by\s++(?P<by>{_NAME}|"
    rf"[a-z][\w.-]{{1,20}})(?:\s++(?:at|on|in)\s++.{{1,40}})?"
    rf"|(?!by\s)(?:(?:LABELS)\s+)?(?P<name>{_NAME}),\s++(?:(?:staff|senior|chief|"
    rf"special|foreign|political|news|(?-i:[A-Z][\w&-]++))\s+){{0,2}}"
    r"(?:(?:writer|reporter|correspondent|editor|journalist|contributor)s?|WORDS)"
    r"(?:\s+(?:in|à|au|a|en|em|no|na|aus|из|в|di|at)\s+[\w .’'-]{1,30})?)")


@lru_cache(maxsize=4)
def _other_byline(_version: tuple) -> re.Pattern:
    labels = lexicon.table("byline_labels")
    return re.compile(_OTHER_BYLINE.replace(
        "LABELS", "|".join(labels.loc[labels["before_role"] == "yes", "pattern"])).replace(
        "WORDS", "|".join(lexicon.terms("byline_roles_abroad"))), re.I)


LABELLED_WORDS = 6  # a labelled byline read above the headline: the label and a short name


def other_byline(line: str) -> str | None:
    """The name in a byline without 'By' at its start: 'Posted by admin', 'Written by Jane Roe
    on 5 March', 'Jane Roe, Staff Writer' ('By Jane Roe, Staff Writer' is a byline of the
    usual kind, read by bylines.byline). A headline never reads so."""
    if len(line) > DATE_LINE_MAX:
        return None
    pattern = _other_byline(lexicon.version("byline_roles_abroad", "byline_labels"))
    if (m := pattern.fullmatch(line)) is None:
        # 'Door Jan de Vries' above the headline: a label of byline_labels and a person's name
        short = count_words(line, LABELLED_WORDS) <= LABELLED_WORDS
        return labelled_byline(line) if short else None
    return m.group("by") or m.group("name")



POINTS_MIN, POINT_MAX_WORDS = 2, 25  # summary points: lines of at most this many words


def summary_points(cores: list[str], rule: list[str | None], i: int) -> list[int]:
    """The story's summary points printed one a line right below the headline (at index i), with
    no blank line between them: two or more short lines that open with a capital and end with no
    full stop, followed by a blank line and the article ('The two were brought back on Friday' /
    'The court gave them a 15-day remand'). They retell the article, so they leave the body."""
    found: list[int] = []
    j = i + 1
    while j < len(cores) and cores[j] and not rule[j]:
        line = cores[j]
        if (ends_sentence(line) or line.endswith((":", ",", ";")) or not line[:1].isupper()
                or not 4 <= count_words(line, POINT_MAX_WORDS) <= POINT_MAX_WORDS
                or byline(line) is not None or date_only(line) is not None):
            return []
        found.append(j)
        j += 1
    return found if len(found) >= POINTS_MIN and j < len(cores) and not cores[j] else []


# a date or a clock time, or a price with decimals: the numbers of a site clock, an 'updated'
# line or a rates box ('05/03/2019', '10:22', '64,50'), never those of a headline
# a date, a time or a price: '(?<!\d)(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[:h]\d\d(?!\d)|\d++,
# \d\d(?!\d))' with each alternative's first digit read before the look-behind, so that a search
# skips at once to a digit (tests/test_load_speed.py compares the two)
_NUMERIC_FIELD = re.compile(r"\d(?<!\d\d)(?:\d{0,3}[/.-]\d{1,2}[/.-]\d{2,4}|\d?[:h]\d\d(?!\d)"
                            r"|\d*+,\d\d(?!\d))")
_CLOCK = re.compile(r"\d[:.]\d\d")  # a time of day
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?!\d)")
FIELD_LABEL_WORDS = 2
DATED_FIELD_WORDS = 8  # 'Publié le 05/03/2019 à 10h22 - Mis à jour le 05/03/2019 à 12h10'


def section_time_date(art: Article, title: str, found: DateMatch | None) -> str:
    """The rule for a date line with a label above the headline (title: the line less its date):
    a section's name and the time of day ('Ölkə 16:14 28.10.2020') print the story's date,
    which becomes the page's; a label with a colon ('Dernière mise à jour :', an update), a
    clock or a rates box give none."""
    if (found is not None and not title.endswith(":") and _TIME_OF_DAY.search(title)
            and len(_LETTER_WORD.findall(_TIME_OF_DAY.sub(" ", title))) <= 1
            and set_date(art, DateLine(found, "plain"))):
        return "date (moved to date_text)"
    return "date_stamp"


_TIME_OF_DAY = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")


def numeric_field(line: str) -> bool:
    """'Actualizado: 05/03/2019 10:22', 'USD 64,50 EUR 72,10': a date, a time or a price with at
    most FIELD_LABEL_WORDS words besides, or a numeric date with its year and at most
    DATED_FIELD_WORDS words besides and no sentence's end (a dateline opening the lead, 'BAKU,
    05.03.2019 - The women landed on Sunday.', is the story's): a field of the site, never a
    headline."""
    if clock_row(line):
        return True
    if _NUMERIC_FIELD.search(line) is None:
        return False
    n = len(_LETTER_WORD.findall(_NUMERIC_FIELD.sub(" ", line)))
    return n <= FIELD_LABEL_WORDS or (n <= DATED_FIELD_WORDS and not ends_sentence(line)
                                      and bool(_NUMERIC_DATE.search(line)))


def worded_clock(line: str) -> bool:
    """'جمعه ۷ اردیبهشت ۱۴۰۳ تهران ۰۶:۵۱', 'Friday 26 April 2024 Prague 06:51': one date with its
    month in words (in any calendar or script), a time of day, and at most FIELD_LABEL_WORDS
    words besides (a weekday, a city): a site's clock, never a headline."""
    if (len(line) > DATE_LINE_MAX or ends_sentence(line)
            or not _TIME_OF_DAY.search(ascii_digits(line))):  # ('۰۶:۵۱')
        return False
    dates = find_dates(line) or script_dates(line)
    if len(dates) != 1:
        return False
    rest = f"{line[:dates[0].start]} {line[dates[0].end:]}"
    return len(_LETTER_WORD.findall(_NUMERIC_FIELD.sub(" ", rest))) <= FIELD_LABEL_WORDS


WRAP_WIDTH = (40, 100)  # the widths (characters) at which a page may wrap its paragraphs
WRAP_SLACK = 12  # how much shorter than the widest one a wrapped line may be


def sentence_broken_after(cores: list[str], rule: list[str | None], i: int) -> bool:
    """Line i is the opening words of a sentence broken off by a line end: the very next line
    is kept, opens in lower case and ends the sentence ('Police said on Monday' above 'that
    twelve people were arrested.'), or the page wraps its paragraphs at a fixed width (_wrapped).
    A headline broken over two lines ends no sentence."""
    j = i + 1
    return (j < len(cores) and bool(cores[j]) and not rule[j] and not cores[i].endswith(":")
            and ((cores[j][:1].islower() and ends_sentence(cores[j])) or _wrapped(cores, rule, i)))


def _wrapped(cores: list[str], rule: list[str | None], i: int) -> bool:
    """Line i and the two lines right below it, all kept, are of nearly one width (40 to 100
    characters, the shortest at most WRAP_SLACK shorter than the widest), line i ends within a
    sentence, on a word in lower case, and a sentence ends in one of the two lines below ('...
    um incêndio em uma boate no' above 'Centro do Rio na tarde desta sexta-feira, 18. Um
    quarto ...'): a paragraph wrapped at a fixed width, no headline above its lead."""
    block = cores[i:i + 3]
    if (len(block) < 3 or any(rule[i + k] or not line for k, line in enumerate(block))
            or not (last := cores[i].rsplit(None, 1)[-1]).isalpha() or not last.islower()):
        return False
    widths = [len(line) for line in block]
    return (WRAP_WIDTH[0] <= min(widths) and max(widths) <= WRAP_WIDTH[1]
            and max(widths) - min(widths) <= WRAP_SLACK
            and any(_SENTENCE_END.search(line) for line in block[1:]))


# a sentence's end inside a line or at its end (summary points below a headline end none)
_SENTENCE_END = re.compile(r"[.!?…][»”\"')]?(?:\s+[^\W\d_a-z]|$)")


def may_date(core: str) -> bool:
    """The line may be a date line, a date range, a name or outlet and a date, or a credit line
    (datelines): it is at most DATE_LINE_MAX characters long and holds a digit, as every date
    read does (helpers.dates, date_fields.script_dates). The other lines skip those tests."""
    return len(core) <= DATE_LINE_MAX and _DIGIT.search(core) is not None


_DIGIT = re.compile(r"\d")
