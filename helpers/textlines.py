"""What a line of a page looks like: its words, its script and language, and its markup.

Small predicates shared by the cleaning stages (helpers.furniture, helpers.header,
helpers.bylines and helpers.cleaning); none of them knows about a particular kind of furniture.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from . import lexicon
from .dates import find_dates
from .scripts import FULL_STOPS, SENTENCE_ENDS  # noqa: F401 (FULL_STOPS: for header)

BULLET = re.compile(r"^\s*(?:[•·▪●◦‣*\-–—]|\d{1,2}[.)])\s+(?:[•·▪●◦‣](?=\S))?")  # ("- ·上一篇")
# neither part may hold a "[": each attempt stops at the next bracket, not at the text's end
_MD_LINK = re.compile(r"\[([^\]\[]*)\]\((?:[^)\s\[]*)\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_MD_STRONG = re.compile(r"\*\*(.+?)\*\*")
_MD_EMPH = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
# a LAYOUT word: the unit every word-count threshold of the header, the title choice, the
# furniture and the line classes is measured in (a short label, a short headline, a long line).
# Runs of \w letters and digits, so a word of an Indic, Thai or pointed script is counted in
# pieces split at its vowel signs and marks ("हादसे" counts 2): that is how those thresholds
# were set, and they stay so. Where a word is MATCHED (speaker markers, spelled numbers,
# speaker forms) the one definition of a word of helpers.scripts (WORD_RUN, LETTER_RUN) reads
# it whole instead; these counts are not that and must not be switched to it without measuring
# the header and furniture decisions.
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_CLOSERS = "'\"”’»)]」』"
_NOT_CYRILLIC = re.compile(r"[^\u0400-\u04FF]+")
_NOT_LATIN = re.compile(r"[^A-Za-z\u00C0-\u024F]+")

# English words that no other language in Latin letters writes as often (all in the list, none
# 'shared' there: helpers/lexicon/english_common_words.csv)
_FREQUENT_ENGLISH = (" the ", " of ", " and ", " to ")
TOKEN = re.compile(r"[^\W_]+")  # runs of letters and digits, split at any punctuation
BULLET_STARTS = frozenset("•·▪●◦‣*-–—0123456789")
SAMPLE_CHARS = 2_000  # enough text to tell the script and language of a page
TAIL = 300  # the end-of-line patterns (sign-off, inline byline, credit) are tried on this tail


def _unmark(line: str) -> str:
    """Markdown links, autolinks and emphasis reduced to their text."""
    if "](" in line:
        line = _MD_LINK.sub(r"\1", line)
    if "<" in line:
        line = _MD_AUTOLINK.sub(r"\1", line)
    if "*" in line:
        line = _MD_EMPH.sub(r"\1", _MD_STRONG.sub(r"\1", line))
    return line


def core_of(line: str) -> str:
    """A line without surrounding space, list bullet or numbering, and markdown."""
    line = line.strip()
    first = line[:1]
    if (first in BULLET_STARTS or first.isdecimal()) and not _dotted_day(line):
        line = BULLET.sub("", line)  # BULLET's \d: a digit of any script
    return _unmark(line).strip()


def _dotted_day(line: str) -> bool:
    """'24. avgust 2024 13:30', '5. März 2019', '02. 06. 2019. u 18:44': a date whose day is
    written with a dot (German, the Slavic and Nordic languages; in figures, the month too, with
    a space after each dot, as Czech, Slovak, Slovenian and Serbian pages print it), which is no
    list's numbering."""
    if not (line[:1].isdecimal() and "." in line[1:3]):
        return False
    if (m := _SPACED_NUMERIC_DATE.match(line)) is not None:
        return 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12
    found = find_dates(line[:DATE_OPENING])
    return bool(found) and found[0].start == 0


DATE_OPENING = 40  # enough characters for a date with a weekday and a time
# a day and a month in figures, each with a dot and a space, then the year ('2. 6. 2019'), as
# helpers.date_fields reads it (_SPACED_DOTS); matched at a line's first character only
_SPACED_NUMERIC_DATE = re.compile(r"(\d{1,2})\.\s(\d{1,2})\.\s(?:19|20)\d\d(?!\d)")


def words(text: str) -> list[str]:
    """The layout words of text (_WORD: split at a combining mark, see there)."""
    return _WORD.findall(text)


# the letters of Chinese and Japanese, which print no spaces between words (Hangul spaces its
# words; Thai, Lao, Myanmar and Khmer words are already counted in pieces, split at their marks)
_UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def headline_words(text: str) -> int:
    """The words of a headline for the header's length tests: its layout words, where a Chinese
    or Japanese word counts one per two of its letters ("中国平均每年死多少人" is some
    five words, not one; "行方不明者7人に 河川の氾濫や土砂崩れ多発", nine)."""
    found = words(text)
    if text.isascii():
        return len(found)
    return sum(max(1, len(_UNSPACED_LETTER.findall(w)) // 2) for w in found)


def own_script_headline(line: str, own_page: bool = True) -> bool:
    """Whether a short line with no Latin or Cyrillic letter reads as a headline, not as an
    interface label of its page's script ("主题颜色", "トピックス", "연결 가능 링크"): seven
    words or more by headline_words ("中國雲南魯甸地震增至381人死亡"), or a count of
    persons glued to its counter ("한국 밀양시 병원 화재...37명 사망"; people_counters.csv).
    A line closed by a bracket is a caption closed by its credit ("=27日、義城(聯合ニュース)");
    one of three or more short items of Chinese or Japanese letters, spaced, is a menu ("首页
    新闻中心 国际新闻"). The glued count tells a headline only on a page of its own script
    (`own_page`): on a Latin page "已有1234人参与" (1,234 took part) is a widget's label."""
    if line.rstrip().endswith((")", "）")):
        return False
    items = line.split()
    if len(items) >= 3 and all(2 <= len(item) <= 4 and len(_UNSPACED_LETTER.findall(item))
                               == len(item) for item in items):
        return False
    if headline_words(line) >= 7:
        return True
    if not own_page:
        return False
    from .people_counters import counter_words
    glued = counter_words().glued
    return any(f"{d}{c}" in line for c in glued for d in "0123456789" if c in line)


def first_word(text: str) -> str:
    """The first of words(text), or '' if it has none (one search, not the whole list)."""
    m = _WORD.search(text)
    return "" if m is None else m.group()


def count_words(text: str, limit: int) -> int:
    """Number of layout words in text (_WORD: an Indic word counted in its pieces, as the
    header and furniture thresholds were set), counted up to limit + 1 (enough to compare with
    limit)."""
    if len(text) <= 8 * limit:  # short: one call that lists them is cheaper than stepping
        return min(len(_WORD.findall(text)), limit + 1)
    return sum(1 for _ in islice(_WORD.finditer(text), limit + 1))


# ASCII punctuation that no word holds (all of it but the joiners "-" and "'"), made spaces
_ASCII_BREAKS = bytes(c for c in range(33, 127) if not chr(c).isalnum() and chr(c) not in "-'")
_TO_SPACES = bytes.maketrans(_ASCII_BREAKS, b" " * len(_ASCII_BREAKS))


def fewest_words(text: str) -> int:
    """At least this many words are in text (never more than len(words(text))), told faster
    than they are counted: the chunks between white space made only of letters and digits,
    each of them one word (in an ASCII text its punctuation is made space first: no word holds
    any but the joiners "-" and "'", and each ends a word, so 'said,' counts too)."""
    if text.isascii():
        return sum(map(bytes.isalnum, text.encode("ascii").translate(_TO_SPACES).split()))
    return sum(map(str.isalnum, text.split()))


def squeeze(text: str) -> str:
    """The text with every run of white space made one plain space, and none at the ends.

    Most lines need no change, and that is told faster than splitting and joining them: every
    white-space character but the plain space is unprintable, so a printable text without a
    double space, nor one at either end, is returned as it is.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def folded(text: str) -> str:
    """' '.join(text.casefold().split()): the text casefolded, each run of white space made one
    space. Casefolding maps each character on its own, keeps every white-space character and
    makes none, so this is squeeze(text) casefolded, and squeeze returns most lines as they are
    (tests/test_speed_r13_clean.py compares the two forms, and checks every character)."""
    return squeeze(text).casefold()


def opens_lower(text: str) -> bool:
    """The text opens with a lower-case letter of a script that writes capitals at the start of
    a headline or sentence: Georgian letters are lower case in Unicode (its Mtavruli capitals,
    added in 2018, are not written there), so a Georgian headline does not 'open in lower case'."""
    first = text[:1]
    return first.islower() and not "\u10d0" <= first <= "\u10ff"


def ends_sentence(text: str) -> bool:
    """The text ends with sentence punctuation, possibly followed by closing quotes/brackets;
    also that of other scripts ("。", "।", "۔", "؟", "።": helpers.scripts.SENTENCE_ENDS)."""
    text = text.rstrip(_CLOSERS)
    return bool(text) and (text[-1] in ".!?:;…" or text[-1] in SENTENCE_ENDS)


def holds_sentence_stop(text: str) -> bool:
    """The text holds a sentence stop: a full stop and a space inside it, or sentence punctuation
    at its end (ends_sentence). The first kept line that holds one shows the article has begun:
    a headline or a caption above it has none."""
    return ". " in text or ends_sentence(text)


def is_label(text: str, max_words: int) -> bool:
    """A short line without sentence punctuation: a menu item, a tag or a headline."""
    return not ends_sentence(text) and 0 < count_words(text, max_words) <= max_words


def _n_cyrillic(text: str) -> int:
    return len(_NOT_CYRILLIC.sub("", text))


def latin_letters(text: str) -> int:
    """How many Latin letters (A-Z and the Latin-1 to Latin Extended-B letters) the text holds."""
    return len(_NOT_LATIN.sub("", text))


def main_script(text: str) -> str:
    """'latin' or 'cyrillic', whichever has more letters in the text (read up to SAMPLE_CHARS:
    a page's script is plain long before its end)."""
    text = text[:SAMPLE_CHARS]
    if CYRILLIC.search(text) is None:
        return "latin"
    n_cyrillic = _n_cyrillic(text)
    # Latin letters are counted only until they reach the Cyrillic count: a Latin page with a
    # Russian date in its header is decided after a few words instead of the whole sample.
    n_latin = sum(1 for _ in islice(LATIN.finditer(text), n_cyrillic))
    return "cyrillic" if n_cyrillic > n_latin else "latin"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the body ('en', 'ru'), or 'und' when it is neither, from its start."""
    text = text[:SAMPLE_CHARS]
    if main_script(text) == "cyrillic":
        return "ru"
    return latin_language(text)


def latin_language(text: str) -> str:
    """'en' or 'und' for a text of at most SAMPLE_CHARS characters in the Latin script: 'en'
    when common English words that other languages do not share are 5% of its words or more
    (a Portuguese page, with its many 'a' and 'as', is not English)."""
    text = text.lower()
    # Shortcuts, exact: a space-separated chunk that is a common English word is a word of its
    # own, and the text holds at most (len + 1) // 2 words (each is one character or more, with
    # a character between two words). If that many words already give the share, all do.
    # The first counts only the most frequent of those chunks, from a few substring counts
    # instead of splitting the text (each " the " found is a separate chunk "the"), and stops
    # as soon as the count suffices.
    english = _english_only(lexicon.version("english_common_words"))
    most_words = (len(text) + 1) // 2
    found = 0
    for chunk in _FREQUENT_ENGLISH if most_words else ():
        found += text.count(chunk)
        if found / most_words >= 0.05:
            return "en"
    if most_words and sum(map(english.__contains__, text.split())) / most_words >= 0.05:
        return "en"
    words = TOKEN.findall(text)
    if words and sum(map(english.__contains__, words)) / len(words) >= 0.05:
        return "en"
    return "und"


@lru_cache(maxsize=4)
def _english_only(_version: tuple) -> frozenset[str]:
    """The common English words that other languages do not write often (no 'shared' entry)."""
    frame = lexicon.table("english_common_words")
    return frozenset(frame.loc[frame["shared"].str.strip() == "", "term"])


def other_letters(script: str) -> re.Pattern:
    """The letters of the script that the article is not written in."""
    return CYRILLIC if script == "latin" else LATIN


def other_script(text: str, script: str) -> bool:
    """Interface text in the script the article is not written in.

    A line goes when most of its letters are in the other script, or when it is a short label
    (no sentence punctuation) with a word in the other script. A full sentence (six words or
    more, closed by sentence punctuation) is prose in another language and stays. Dates are
    ignored, so a Russian month name on a title line does not take the title with it.
    """
    other = other_letters(script)
    if other.search(text) is None:
        return False
    for d in reversed(find_dates(text)):
        text = text[: d.start] + text[d.end:]
    n_cyrillic, n_latin = _n_cyrillic(text), latin_letters(text)
    n_other, n_own = (n_cyrillic, n_latin) if script == "latin" else (n_latin, n_cyrillic)
    if n_other == 0:
        return False
    if ends_sentence(text) and count_words(text, 6) >= 6:
        return False
    if n_other > n_own:
        return True
    return is_label(text, 6) and any(other.search(w) for w in words(text))



def common_words(text: str) -> int:
    """How many words of text are not capitalised, a number, or a connector of names."""
    connectors = lexicon.terms("name_connectors")
    return sum(1 for w in words(text)
               if not (w[0].isupper() or w[0].isdigit() or w.casefold() in connectors))


def name_words_only(text: str) -> bool:
    """Every word of text is capitalised, a number, or a connector of names ('of', 'bin')."""
    return common_words(text) == 0


_NOT_ASCII_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())


def ascii_letters(text: str) -> int:
    """How many letters A-Z and a-z the text holds (each one Latin), counted by bytes.translate."""
    return len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))


def mostly_latin(text: str) -> bool:
    """Most letters of the text are Latin (not a page in Arabic, Hebrew, Greek or CJK script)."""
    if text.isascii() or 2 * ascii_letters(text) > len(text):  # (more than half of all the
        return True  # characters are letters A-Z: told at once, then the Latin ones are counted)
    latin = latin_letters(text)
    if 2 * latin > len(text):  # more than half of all characters: more than half of the letters
        return True  # (counting the letters one by one is the costly part on a long page)
    return 2 * latin > sum(ch.isalpha() for ch in text)
