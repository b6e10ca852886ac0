"""Text in any script, by Unicode's character properties rather than typed tables: the decimal
digits of every script read as ASCII digits (Devanagari "२५", Bengali "২৫", Arabic-Indic "٢٥",
Persian "۲۵", Thai "๒๕" -> "25") with the Arabic thousands and decimal separators ("١٬٢٥٠",
"٢٫٥"), the combining marks that belong inside a word (vowel signs, viramas, nuktas, Arabic
harakat), and the marks that end a sentence in other scripts (the Devanagari danda "।", the
Urdu full stop "۔", the Arabic question mark "؟", the CJK full stop "。", the Ethiopic "።",
the Armenian "։", the Myanmar "။" and the Khmer "។")."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

# combining marks (categories Mn, Mc) of the first plane, as a regex character-class body: a
# word is letters and these marks ("ग्यारह" is one word, not three)
MARKS = "".join(chr(c) for c in range(0x300, 0x10000)
                if unicodedata.category(chr(c)) in ("Mn", "Mc") and chr(c) not in "\\]^-[")
_ENCLOSING = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) == "Me")
# what a word holds besides letters and digits, wherever a word is looked up (matched): the
# combining marks (vowel signs, viramas, nuktas, Thai and Khmer vowel and tone marks, Hebrew
# points, Arabic harakat, enclosing marks) and the zero-width joiners (Persian "می‌خواهد",
# Sinhala "ක්‍ය"). Word COUNTS are not taken so: the layout thresholds of the header and the
# furniture count helpers.textlines' layout words (pieces split at a mark), as they were tuned
IN_WORD = MARKS + _ENCLOSING + "\u200c\u200d"
# the one definition of a word: a letter (or digit), then letters, digits and the marks inside
# it; Python's \w and [^\W\d_] stop at a mark ("हादसे" would be "ह", "दस"). Letters only:
LETTER_RUN = rf"[^\W\d_](?:[^\W\d_]|[{IN_WORD}])*+"
WORD_RUN = rf"[^\W_](?:[^\W_]|[{IN_WORD}])*+"  # letters and digits (never "_")
WORD_CHARS = rf"[\w{IN_WORD}]+"  # word characters of \w ("_" too) and the marks
# where a word of WORD_RUN starts and ends: no letter, digit or mark of a word beside a matched
# term ('گفت' is no word inside 'نمی‌گفت', 'सरकार' none inside 'सरकारी'), as \b is in plain text
WORD_START = rf"(?<![^\W_])(?<![{IN_WORD}])"
WORD_END = rf"(?![^\W_]|[{IN_WORD}])"
# a text holding none of these is split into words by the plain classes alike (ASCII text,
# most Latin, Cyrillic, Greek, CJK and unpointed Arabic and Hebrew text): the quick path
_IN_WORD_MARK = re.compile(f"[{IN_WORD}]")


def holds_marks(text: str) -> bool:
    """Whether text holds a combining mark or a zero-width joiner (then \\w runs are no words)."""
    return not text.isascii() and _IN_WORD_MARK.search(text) is not None


# the scripts written without spaces between words (Thai, Lao, Myanmar, Khmer): a word is not
# told by spaces there (script_speakers reads their speaker forms without word boundaries)
UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"


def _ranges(chars: list[int]) -> str:
    """Code points as a regex character-class body of ranges ("\\u0600-\\u06ff...")."""
    out, first, last = [], chars[0], chars[0]
    for c in chars[1:] + [-1]:
        if c == last + 1:
            last = c
            continue
        out.append(f"\\u{first:04x}" + (f"-\\u{last:04x}" if last > first else ""))
        first = last = c
    return "".join(out)


# the letters of scripts without capitals (category Lo of the first plane: Arabic, Hebrew, the
# Indic scripts, Thai, Ethiopic, Hangul, kana and CJK ideographs), where a sentence may open after
# a full stop although no capital follows it
CASELESS = _ranges([c for c in range(0x100, 0x10000) if unicodedata.category(chr(c)) == "Lo"])
# letters that open a sentence after a full stop although the capital test misses them: Georgian
# Mkhedruli (small letters in Unicode, yet the only case of running text: "დაშავდა. გარდაცვლილია")
# and the Armenian capitals (beyond the Latin, Greek and Cyrillic ones: "զոհվել. Հալեպում")
CASE_OPENERS = "\u10d0-\u10fa\u10fd-\u10ff\u0531-\u0556"
# the Armenian letters: Armenian news typed on a Latin keyboard ends a sentence with ":" for its
# full stop "։" ("է զոհվել: Զոհվածները"), and Armenian marks a colon otherwise ("․")
ARMENIAN_LETTERS = "\u0531-\u0556\u0561-\u0587"
# the letters of the caseless scripts whose news ends a sentence with a full stop and seldom
# abbreviates with one (Hebrew, Arabic, Hangul): there a full stop glued between two of their
# words ends a sentence ("밝혔다.소방당국은", "قتلوا.وأضافت"); Thai, the Indic scripts and CJK
# are left out (Thai "พล.อ." and Hindi "आर.के." are abbreviations, CJK ends with "。")
GLUED_STOP_LETTERS = _ranges([c for c in (*range(0x0590, 0x0600), *range(0x0600, 0x0700),
                                          *range(0x0750, 0x0780), *range(0xAC00, 0xD7A4))
                              if unicodedata.category(chr(c)) == "Lo"])
# marks that end a sentence as "." "!" "?" do, in scripts written without them
SENTENCE_ENDS = "।॥۔؟。！？።፧։။។"  # ..., the Armenian, Myanmar and Khmer full stops
FULL_STOPS = ".。।۔።։။។"  # the full stops among them, and ".": a headline closes with none
# the Arabic thousands separator and decimal separator, read as "," and "."
_SEPARATORS = {"\u066c": ",", "\u066b": "."}
_OTHER_DIGIT = re.compile(r"(?![0-9])\d|[\u066b\u066c]")  # a digit of another script


@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    """str.translate table: every non-ASCII decimal digit of Unicode -> its ASCII digit, and
    the Arabic separators -> ',' and '.' (one character each: offsets do not move)."""
    table = {c: str(unicodedata.decimal(chr(c))) for c in range(0x80, sys.maxunicode + 1)
             if unicodedata.decimal(chr(c), None) is not None}
    table.update({ord(k): v for k, v in _SEPARATORS.items()})
    return table


def ascii_digits(text: str) -> str:
    """text with the digits of every script written as ASCII digits and the Arabic thousands
    and decimal separators as ',' and '.'; the same length, so a span in one is a span in the
    other. ASCII text is returned as it is (the cheap test first)."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return text.translate(_digit_table())


# the blocks of the Indic scripts (Devanagari to Sinhala), whose vowel signs and viramas are no
# \w: a month name of Bengali ('সেপ্টেম্বর') is letters and such marks (helpers.dates)
INDIC = "\u0900-\u0DFF"


def both_forms(names: list[str]) -> list[str]:
    """names, each followed by its NFC form where that differs (the locale data spell some
    Bengali names with a precomposed letter, 'য়' in 'জানুয়ারি', that NFC text, as pages print
    it, splits into a letter and a nukta) and, for a Greek name, by its forms without accents
    and diaeresis ('μαρτιου') and without accents only ('μαϊου'), as Greek pages print it in
    capitals ('ΜΑΡΤΙΟΥ', 'ΜΑΪΟΥ', 'ΤΡΙΤΗ')."""
    return [form for name in names
            for form in dict.fromkeys((name, unicodedata.normalize("NFC", name), *_bare(name)))]


_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_TONOS = "\u0301"


def _bare(name: str) -> tuple[str, ...]:
    """A Greek name without its accents and diaeresis, and without its accents only (NFC);
    none for any other name."""
    if _GREEK.search(name) is None:
        return ()
    marks = unicodedata.normalize("NFD", name)
    return ("".join(c for c in marks if not unicodedata.combining(c)),
            unicodedata.normalize("NFC", marks.replace(_TONOS, "")))


# Hebrew gershayim typed as a straight quote inside an acronym, before its last letter ('צה"ל',
# 'ארה"ב', 'מנכ"ל', 'בצה"ל'): no quotation mark ('ש"הכתבה', a prefix before a quotation, opens one)
GERSHAYIM = re.compile(r'(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea](?![\u05d0-\u05ea]))')


def acronym_marks(text: str) -> str:
    """The text with each straight quote that is a Hebrew gershayim written as "״" (the same
    length), so that it neither opens nor closes a quotation."""
    return GERSHAYIM.sub("\u05f4", text) if '"' in text else text


# an Armenian line closed by ":" typed for its full stop "։" ("... է զոհվել:")
_ARMENIAN_STOP = re.compile(rf"[{ARMENIAN_LETTERS}]:$")


def closes_with_full_stop(line: str) -> bool:
    """The line ends with a full stop of any script (FULL_STOPS), or with the ":" that Armenian
    news types for "։" after an Armenian letter."""
    return line[-1:] in FULL_STOPS or bool(_ARMENIAN_STOP.search(line))
