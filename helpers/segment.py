"""Split paragraphs into sentences with a rule a reader can follow.

A sentence ends at '.', '!' or '?' (and any closing quote or bracket after it) when white space
and a capital letter (of the Latin, Greek or Cyrillic script, with or without a diacritic: "Č",
"É", "Ș"), digit or opening quote follow, unless the word before the stop is a known
abbreviation (helpers/lexicon/abbreviations.csv) or a single initial ("Mr.", "U.S.", "A. Smith").
A stop glued to the next sentence ends one too when a word of three letters or more comes
before it and a capitalised word or a year after it ("en el agua.Es el relato", "ТАСС.Об этом",
"devam ediyor.2011 yılında"), unless the word after is a web domain's ending ("Lenta.Ru").
In scripts without capitals (Arabic, Hebrew, Devanagari, Hangul, CJK, ...) a full stop before any
of their letters ends a sentence (in Hebrew, Arabic and Hangul also a full stop glued between
two words, three letters before it and two after: "밝혔다.터키", never the abbreviation
"د.محمد", nor Thai "พล.อ." or Hindi "आर.के."), and so do the sentence ends of other scripts
(the danda "।", Urdu "۔", Arabic "؟", CJK "。", "！", "？", Ethiopic "።"; helpers.scripts) before
any further text. Georgian letters (one case in running text) and Armenian capitals open a
sentence after a full stop too, and in Armenian a ":" between two Armenian words ends a sentence
(Armenian typed with ":" for its full stop "։").
"""

from __future__ import annotations

import re

from . import lexicon
from .scripts import ARMENIAN_LETTERS, CASE_OPENERS, CASELESS, GLUED_STOP_LETTERS, SENTENCE_ENDS

# the capital and small letters of the Latin, Greek and Cyrillic scripts: a glued sentence may
# open with any ("AFP.Súčasťou"); after a space, so may one (round 20: "lidí. ČTK o tom", "12
# morts. État ...", "osób. Świadkowie", "oameni. Șoferul"; before, only A-Z and the Cyrillic
# capitals did)
_UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha())
_LOWER = "".join(chr(c) for c in range(0x61, 0x530) if chr(c).islower() and chr(c).isalpha())
# Each match opens with the stop itself and looks back from there, so the engine skips at once
# to the next stop instead of entering the look-behinds at every character. An opening quote
# may stand before the capital, German "„" too, with a space after it in French ("« Il").
_CANDIDATE = re.compile(rf"[.!?…:{SENTENCE_ENDS}](?:(?<=[.!?…])"
                        rf"(?:(?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]]*"
                        rf"(?=\s+(?:[\"'“‘«„‹(\[]\s?)?[{_UPPER}0-9])"
                        # glued: "agua.Es el", "ТАСС.Об этом", "rules.”With", "ediyor.2011 yılında"
                        rf"|(?<=[^\W\d_]{{3}}[.!?])[.!?]*+[\"'”’»)\]]*+(?=[{_UPPER}][{_LOWER}]|\d{{2,}}\s)"
                        # a full stop before a letter of a script without capitals ("نعم. هل"),
                        # and the sentence ends of other scripts ("है। दूसरा", "表示。已有")
                        rf"|(?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]]*+(?=\s+[{CASELESS}{CASE_OPENERS}])"
                        # glued between two words of Hebrew, Arabic or Hangul: "밝혔다.터키",
                        # "إرهاب.انتهى" (three letters before the stop, two after)
                        rf"|(?<=[{GLUED_STOP_LETTERS}]{{3}}\.)(?=[{GLUED_STOP_LETTERS}]{{2}}))"
                        # Armenian typed with ":" for "։" ("զոհվել: Զոհվածները"), never "17:00"
                        rf"|(?<=[{ARMENIAN_LETTERS}]:)(?=\s+[«\"(]?[{ARMENIAN_LETTERS}])"
                        rf"|(?<=[{SENTENCE_ENDS}])[{SENTENCE_ENDS}]*+[\"'”’»)\]」』]*+(?=\s*+[^\s\"'”’»)\]」』]))")
# the endings of web addresses written with a capital: "Lenta.Ru", "Vesti.Kz", "Amazon.Com"
_DOMAIN_ENDS = frozenset("ru com net org info kz az uz kg tj ge ua su tv fm io co uk pl lv lt ee"
                         .split())
_GLUED_WORD = re.compile(r"[^\W\d_]+")
# A single letter (not a digit or "_") before the stop is an initial; so are dotted letters.
_INITIAL = re.compile(r"[^\W\d_]")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def _word_at(text: str, start: int) -> str:
    m = _GLUED_WORD.match(text, start)
    return m.group() if m else ""


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, stripped, in order; their concatenation loses only spaces."""
    abbreviations = lexicon.term_set("abbreviations")
    sentences: list[str] = []
    start = 0
    for m in _CANDIDATE.finditer(paragraph):
        before = paragraph[start: m.start()].rsplit(None, 1)  # the last word is enough
        last = before[-1].lower().strip("(\"'“‘«") if before else ""
        if paragraph[m.start()] == "." and (last in abbreviations or _INITIAL.fullmatch(last)
                                            or _INITIALS.fullmatch(last)):
            continue
        if paragraph[m.start()] in SENTENCE_ENDS:  # a danda, "۔", "。": no abbreviation ends so
            sentences.append(paragraph[start: m.end()].strip())
            start = m.end()
            continue
        glued = m.end() < len(paragraph) and not paragraph[m.end()].isspace()
        if glued and (not _GLUED_WORD.fullmatch(last.rstrip(".!?\"'”’»)]")) or last == "www"
                      or _word_at(paragraph, m.end()).lower() in _DOMAIN_ENDS):
            continue  # "example.Com", "www.Site", "3.Five": no sentence ends there
        sentences.append(paragraph[start: m.end()].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
