"""Reading numbers in news English: digits and spelled numbers, their qualifiers and bounds, and
the numbers that are not counts (dates, times, years, ages, money, rates, phone numbers, URLs).

Number words and qualifier words come from helpers/lexicon/ (number_words.csv,
figure_qualifiers.csv); the patterns are rebuilt when a list changes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .before_number import open_sign_from, search_from
from .dates import month_names
from .number_folds import fold, words_of
from .people_counters import after_word, glued_core
from .quick_patterns import alternation
from .scripts import LETTER_RUN, MARKS

QUALIFIERS = ("about", "more than", "at least", "up to", "exact", "share of an earlier figure",
              "range")
ABOUT_MARGIN = 0.10
_LETTERS = re.compile(LETTER_RUN)  # a word: letters and the marks inside it ("ग्यारह", "হাজার")
# words only, no pattern syntax (an apostrophe inside a word: Ukrainian "п'ять")
_PLAIN = re.compile(rf"{LETTER_RUN}(?:[\s'’-]{LETTER_RUN})*+")
_DIGIT = re.compile(r"\d")


def bounds(value: float, qualifier: str, base_qualifier: str | None = None
           ) -> tuple[float, float]:
    """(low, high) that a figure and its qualifier allow, by the codebook's rule.

    exact: the value itself. about: value ± 10 %. more than / at least: the value, open above
    (high NaN). up to: open below (low NaN), the value. A share of an earlier figure takes the
    rule of that figure's qualifier (half of "more than 300" is "more than 150"). A range has
    its bounds in the text, so asking for them here is an error.
    """
    value = float(value)
    if qualifier == "share of an earlier figure":
        if base_qualifier is None or base_qualifier == qualifier:
            raise ValueError("a share needs the qualifier of the figure it is a share of")
        return bounds(value, base_qualifier)
    if qualifier == "exact":
        return value, value
    if qualifier == "about":
        margin = value * ABOUT_MARGIN
        return round(value - margin, 2), round(value + margin, 2)
    if qualifier in ("more than", "at least"):
        return value, math.nan
    if qualifier == "up to":
        return math.nan, value
    if qualifier == "range":
        raise ValueError("a range states its own bounds; read them from the text")
    raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {', '.join(QUALIFIERS)}")


@dataclass(frozen=True)
class NumberWords:
    """The spelled numbers of number_words.csv: word -> value, scale word -> factor, the
    pattern `number` that finds a number in digits or words, and `digits` (digits only)."""

    values: dict[str, int]
    scales: dict[str, int]
    number: str
    digits: str
    # the words (case-folded) one of which every spelled number of `number` holds: the first
    # word of each number word and each scale word; None when a list entry is not plain words
    cores: frozenset[str] | None
    # words read as numbers only before a lone thousand (kind before_thousand: Turkish "on")
    before_thousand: dict[str, int]
    # words for "one" that are also "a", read as one only before a scale word (kind
    # one_before_scale: French "un million", Persian "یک میلیون", Bengali "এক লাখ")
    ones: frozenset[str] = frozenset()
    glued: tuple[str, ...] = ()  # counters glued to a number word ("পাঁচজন": after_word())


# the word lists the number-word grammar is built from: a cache of a pattern that holds
# number_words().number is keyed on all of them
NUMBER_LISTS = ("number_words", "thousand_before_digits", "people_counters")


def number_words() -> NumberWords:
    """The number-word grammar for the current helpers/lexicon/number_words.csv."""
    return _number_words(lexicon.version(*NUMBER_LISTS))


@lru_cache(maxsize=4)
def _number_words(_version: tuple) -> NumberWords:
    table = lexicon.table("number_words")
    rows = tuple(zip(table["term"], table["value"], table["kind"], strict=True))
    values = {w.lower(): int(v) for w, v, kind in rows if kind in ("unit", "tens")}
    scales = {w.lower(): int(v) for w, v, kind in rows
              if kind in ("scale", "digit_scale", "after_number_scale")}
    before = {w.lower(): int(v) for w, v, kind in rows if kind == "before_thousand"}
    ones = frozenset(w.lower() for w, _, kind in rows if kind == "one_before_scale")
    # a digit_scale word is read only after digits ("8 bin 922"; "Osama bin Laden" is none)
    scale_words = sorted((w.lower() for w, _, kind in rows if kind == "scale"), key=len,
                         reverse=True)
    # an after_number_scale word also after a spelled number, never alone ("ötszáz ezer")
    later = sorted((w.lower() for w, _, kind in rows if kind == "after_number_scale"), key=len,
                   reverse=True) or ["(?!)"]
    # each list, longest first, as a tree of shared beginnings (the same matches, found faster)
    tens, units = ([w.lower() for w, v, k in rows if k == kind and (k == "tens" or int(v) < 10)]
                   for kind in ("tens", "unit"))
    word, scale, after, big, thousand, million, ten, unit = (
        alternation(words, ignore_case=True) for words in (
        sorted(values, key=len, reverse=True), scale_words, later,
        [s for s in sorted(scales, key=len, reverse=True) if scales[s] >= 1000],
        [s for s in sorted(scales, key=len, reverse=True) if scales[s] == 1000],
        [s for s in sorted(scales, key=len, reverse=True) if scales[s] == 1000000],
        sorted(tens, key=len, reverse=True), sorted(units, key=len, reverse=True)))
    # "forty-five", "two thousand five hundred", "a hundred"; each part is one word, so the
    # repetition is linear (a part cannot match inside another); Spanish "treinta y cinco",
    # Portuguese "vinte e dois", French "vingt et un": tens and a unit joined by "and"
    # "un million", "یک میلیون": a word for "one" that is also "a", before a scale; Persian
    # and Arabic "یک میلیون و ۲۱۶ هزار و ۷۹۶": the groups joined by "و" (and), digits after it
    one = alternation(sorted(ones, key=len, reverse=True), ignore_case=True) if ones else "one"
    spelled = (rf"(?:(?:{ten})\s+(?:y|e|et)\s+(?:{unit}|{_ONE_AFTER_AND})\b"
               rf"|(?:a|one|{one})\s+(?:{scale})|(?:{word}))"
               rf"(?:(?:\s+and\s+|[\s-]+)(?:{word}|{scale}|{after})\b|{_AND_DIGITS})*")
    # "1,250", "3 000" (a space between groups of three), "1.507.000", "1.5", each optionally
    # "million" (also joined by a hyphen: "3.5-million"); "1,5 тысячи", "3,5-million": a decimal
    # comma before a scale word; "1 thousand 576", "8 bin
    # 922": a scale of a thousand, then the rest in digits; Italian "3mila": a scale glued on
    # "1,00,000", "12,50,000": the Indian grouping of lakhs and crores by two digits
    # the group after a scale is its rest only if no scale follows it: "بین ۲۰ هزار و ۳۰ هزار"
    # (between 20,000 and 30,000) is a range of two numbers, not 20,030
    last = rf"(?!\s*+(?:{big})\b)"
    digits = (rf"(?:(?<![\d.,])\d{{1,2}}(?:,\d\d)+,\d{{3}}(?![\d,]\d)"
              rf"|(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+(?![\d,]\d)|(?<![\d.,])\d{{1,3}}(?:[ \u00a0"
              rf"\u2009\u202f]\d{{3}})+(?![\d,.]?\d)|(?<![\d.,])\d{{1,3}}(?:\.\d{{3}}){{2,}}+"
              rf"(?![\d,.]?\d)|(?<![\d.,])\d+,\d{{1,2}}(?=(?:\s+|-)?(?:{big})\b)"
              rf"|\d+(?:\.\d+)?)(?:\s+(?:{thousand})\s+(?:و\s*+)?\d{{1,3}}(?![\d,.]?\d){last}"
              # "1 milyon 290 bin", "1 million 200 thousand 5": a million, then thousands;
              # Arabic and Persian join the groups by "و" ("35 ألفًا و114", "۲۱۶ هزار و ۷۹۶")
              rf"|\s+(?:{million})\s+(?:و\s*+)?\d{{1,3}}\s+(?:{thousand})\b"
              rf"(?:\s+(?:و\s*+)?\d{{1,3}}(?![\d,.]?\d){last})?"
              rf"|(?:\s+|-|(?<=\d))(?:{big})\b\.?)?")
    plain = all(_PLAIN.fullmatch(w) for w in (*values, *scales))
    cores = frozenset(fold(_LETTERS.findall(w)[0]) for w in (*values, *scale_words)) \
        if plain else None
    # a word boundary not beside a combining mark: "दस" (10) is no number inside "हादसे" (the
    # vowel signs are no word characters to \b); a word ending in a vowel sign ("दो", Tamil
    # "மூன்று") ends where no letter or sign follows it, or where a glued counter begins ("পাঁচজন")
    start = rf"\b(?<![{MARKS}])"
    joined = rf"|(?=(?:{alternation(glued, literal=True)}))" if (
        glued := tuple(map(fold, after_word()))) else ""
    end = rf"(?:(?<![{MARKS}])\b(?![{MARKS}])|(?<=[{MARKS}])(?![\w{MARKS}]){joined})"
    # Turkish "bin 109" (1,109): a thousand alone, then digits (thousand_before_digits.csv);
    # after a spelled number the thousands are that number ("iki bin 500": 2,500, not 2 and
    # 1,500), so the spelled number is part of the match, never left before a lone thousand
    lone = alternation([w.lower() for w in lexicon.terms("thousand_before_digits")],
                       ignore_case=True)
    ahead = rf"(?:{alternation(sorted(before), ignore_case=True)})\s+" if before else ""
    return NumberWords(values, scales, rf"(?:{digits}|(?:{start}(?:{ahead})?(?:{spelled}\s+)?)?"
                       rf"\b(?:{lone})\s+\d{{1,3}}(?![\d,.]?\d)|{start}{spelled}{end})",
                       digits, cores, before, ones, glued)


def may_hold_number(text: str, words: NumberWords, found: set[str] | None = None) -> bool:
    """Whether the pattern `words.number` can match in text: only if it has a digit or one of
    the words of `words.cores` (a quick check before the figure grammar, which tries many
    alternatives at each word; most sentences hold no number). `found`: words_of(text), when
    the caller has it."""
    if words.cores is None or _DIGIT.search(text):
        return True
    found = words_of(text) if found is None else found  # ("পাঁচজন" holds "পাঁচ": glued_heads)
    return not words.cores.isdisjoint(found) or glued_core(text, found, words.glued, words.cores)


_ONE_AFTER_AND = "un|une|uno|una|um|uma"  # "one" after tens and "and": no number word alone
# a group of digits after "و" (and) in a spelled number: "یک میلیون و ۲۱۶ هزار" (with the scale
# word after it read by the next repetition)
_AND_DIGITS = r"\s+و\s*+\d{1,3}(?![\d,.]?\d)"
_AND_GLUED = re.compile(r"(?<!\S)و\s*(?=\d)")  # "و114", "و ۷۹۶": the "and" of a number
_AND = "و"
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?![\d,]))")  # "1,5 тысячи", "2,5mila"
_GLUED_SCALE = re.compile(r"(?<=\d)(?=[^\W\d_])")  # "3mila": a scale word glued to digits
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d{3}\b)")  # "3 000" -> "3000"
_PARTS = re.compile(r"[\s-]+")  # the words of a number: "forty-five", "1.5 million"
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_GROUP = re.compile(r"\d{1,3}")  # "1 thousand 576"


def parse_number(text: str) -> float:
    """'1,250' -> 1250, 'three hundred' -> 300, 'Forty-five' -> 45, 'two thousand five
    hundred' -> 2500, '1.5 million' -> 1500000; ValueError if it is not a number."""
    words = number_words()
    # the Turkish dotted capital I lower-cased as "i" ("İki" -> "iki", not "i̇ki")
    text = _DECIMAL_COMMA.sub(".", text.strip().replace("İ", "i").lower().rstrip("."))
    text = _GROUP_SPACE.sub("", text.replace(",", ""))
    text = _GLUED_SCALE.sub(" ", text)  # "12mila" -> "12 mila"
    text = _AND_GLUED.sub(_AND + " ", text)  # "35 ألفًا و114" -> "35 ألفًا و 114"
    if text in words.values:
        return float(words.values[text])  # a phrase of the list: "half a dozen"
    parts = _PARTS.split(text)
    lone = lexicon.term_set("thousand_before_digits")  # lower-case words
    if len(parts) == 2 and parts[0] in lone and _GROUP.fullmatch(parts[1]):
        return float(words.scales[parts[0]] + int(parts[1]))  # Turkish "bin 109": 1,109
    if _DECIMAL.fullmatch(parts[0]):
        done, value = 0.0, float(parts[0])  # done: the millions and thousands read so far
        for part in parts[1:]:
            if part == _AND:
                continue  # "35 ألفًا و 114"
            if _GROUP.fullmatch(part) and done + value >= 1000:
                done, value = done + value, float(part)  # "1 thousand 576", "1 milyon 290 bin"
            elif part in words.scales:
                value *= words.scales[part]
            else:
                raise ValueError(f"not a scale word: {part!r} in {text!r}")
        return done + value
    total, current = 0.0, 0.0
    joined = False  # after "y", "e", "et": "uno", "un", "um" is one ("vingt et un")
    skip = -1  # the digits read with the "و" before them
    for n, word in enumerate(parts):
        if n == len(parts) - 1 and n and parts[n - 1] in lone and _GROUP.fullmatch(word):
            current += int(word)  # "iki bin 500": the digits after a lone thousand
            continue
        if word in words.before_thousand and n + 1 < len(parts) and not lone.isdisjoint(parts):
            current += words.before_thousand[word]  # "on bin 500", "on iki bin 500"
            continue
        if word in words.ones and n + 1 < len(parts) and parts[n + 1] in words.scales:
            current = current or 1.0  # "un million", "یک میلیون"
            continue
        if word == _AND and n + 1 < len(parts) and _GROUP.fullmatch(parts[n + 1]):
            after = words.scales.get(parts[n + 2], 0) if n + 2 < len(parts) else 0
            if after >= 1000 and total and after >= _last_scale(total):
                raise ValueError(f"two numbers joined by {_AND!r}: {text!r}")  # a range
            current += int(parts[n + 1])  # "یک میلیون و 216 هزار": digits after "و"
            skip = n + 1
            continue
        if n == skip:
            continue
        if word in ("and", "a", "y", "e", "et"):
            current = current or (1.0 if word == "a" else current)
            joined = word != "a"
            continue
        if joined and re.fullmatch(_ONE_AFTER_AND, word):
            current += 1
        elif word in words.values and 0 < current % 10 and words.values[word] < 10:
            raise ValueError(f"a unit after a unit: {text!r}")  # "dois dos" (two of the)
        elif word in words.values:
            current += words.values[word]
        elif word in words.scales and words.scales[word] < 1000:
            current = (current or 1) * words.scales[word]
        elif word in words.scales:
            total += (current or 1) * words.scales[word]
            current = 0.0
        else:
            raise ValueError(f"not a number word: {word!r} in {text!r}")
    return total + current


def _last_scale(total: float) -> float:
    """The smallest scale of a thousand or more in `total` (read so far): 20000 -> 1000,
    3000000 -> 1000000; a group joined by "و" and its own scale must be below it."""
    scale = 1000.0
    while total % (scale * 1000) == 0:
        scale *= 1000
    return scale


def qualifier_words() -> dict[str, str]:
    """Qualifier word or phrase -> codebook qualifier (figure_qualifiers.csv)."""
    return dict(_qualifier_words(lexicon.version("figure_qualifiers")))


@lru_cache(maxsize=4)
def _qualifier_words(_version: tuple) -> tuple[tuple[str, str], ...]:
    table = lexicon.table("figure_qualifiers")
    return tuple(zip(table["term"].str.lower(), table["qualifier"], strict=True))


# --- numbers that are not counts ----------------------------------------------------------------

@lru_cache(maxsize=1)
def _month_patterns() -> tuple[re.Pattern, re.Pattern, int]:
    """A month name (English, full or abbreviated: helpers.dates.month_names, from dateparser's
    locale data) after a number ('6 March', '13th of November') and before one ('Nov. 5'), and
    the length of the longest name with its full stop."""
    months = sorted(month_names("en"), key=lambda m: (-len(m), m))
    month = rf"(?P<month>\b(?:{'|'.join(months)}))\b"
    return (re.compile(rf"^\s*+(?:(?:st|nd|rd|th)\s*+)?(?:of\s++)?{month}", re.IGNORECASE),
            re.compile(rf"{month}\.?\s*$", re.IGNORECASE), max(map(len, months)) + 1)


_MONTH_OR_VERB = ("may", "march", "mar")  # "30 women may return": a month only as "May"
_CURRENCY = re.compile(r"(?:[$€£₸]|\b(?:USD|KZT|EUR|RUB)\s?)$")  # at most 3 characters, then
_CURRENCY_LONGEST = 3  # (an optional space and) the end
# a word of currency_words.csv after a number, also after "de", "d'", "di" ("300 millones de
# euros"); a whole word: "20 Europeans" is no sum of money
_CURRENCY_AFTER = r"^\s*+(?:(?:de|di)\s++|d['’]\s*+)?(?:WORDS)\b"
_DURATION = re.compile(r"(?<!\s)\s*+(?:[-–]\s*+)?(?:years?|months?|days?|weeks?|hours?|minutes?"
                       r"|лет|год\w*|летн\w*|месяц\w*|недел\w*|дн\w*|час\w*|сут\w*)\b",
                       re.IGNORECASE)  # English and Russian: "25-year-old", "39-летнего"
# a number glued to a capital or hyphened to a word names a thing ("MH17", "Covid-19"); glued
# to a lower-case word it is a missing space ("of300 people")
_GLUED = re.compile(r"(?:[A-ZА-ЯЁ]|[^\W\d_]-)$")
# Indonesian "ke-18 WNI": "ke-" before a number and its noun gathers them ("all 18"); the
# ordinal is printed after the noun ("WNI ke-18") and counts no one by itself
_KE = re.compile(r"(?<![^\W\d_])[Kk][Ee]-$")
# Hebrew prefixes written with a hyphen before digits ("ו-30" and 30, "ב-2023" in 2023, "מ-12"):
# one to three of the letters ו ב ל ה מ ש כ standing alone, no word glued to the number
_HEBREW_PREFIX = re.compile(r"(?<![^\W\d_])[ובלהמשכ]{1,3}-$")
_DATE_TOKEN = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
# "3 p.m.", "10 am", "5 GMT", "9 local time": a time of day
_CLOCK = re.compile(r"(?<!\s)\s*+(?:[ap]\.?m\.?(?!\w)|(?:GMT|UTC|CET|CEST|EET|EEST|MSK"
                    r"|WIB|WITA|local\s++time|o['’]clock)\b)", re.IGNORECASE)  # WIB: Jakarta
# a word of time right before a number: Indonesian "pukul 21.00", "jam 15", Turkish "saat 10"
_CLOCK_BEFORE = re.compile(r"\b(?:pukul|jam|saat)\s*+$", re.IGNORECASE)
# a Turkish case ending on a year: "2017'de" (in 2017), "2015'ten beri" (since 2015)
_YEAR_SUFFIX = re.compile(r"['’](?:[dt][ae](?:n|ki)?|y?[ae]|n?[iıuü]n)\b")
_TIMES = re.compile(r"(?<!\s)\s*+(?:-\s*+)?(?:times|fold)\b", re.IGNORECASE)  # "5 times", "3-fold"
_AGES = ("aged", "age of", "ages")
_AGE = re.compile(rf"\b(?:{'|'.join(_AGES)})\s*$", re.IGNORECASE)


def _is_month(m: re.Match | None) -> bool:
    """A month name next to a number; "may" and "march" count only when capitalised."""
    return m is not None and (m.group("month").lower() not in _MONTH_OR_VERB
                              or m.group("month")[0].isupper())


def _identifier_before() -> re.Pattern:
    """A word that makes the number after it a name (lexicon identifier_words.csv)."""
    return lexicon.pattern("identifier_words", r"(?<![\w'’-])(?:WORDS)\.?\s*+$")


def _identifier_longest() -> int | None:
    """The length of the longest word of identifier_words.csv, None when one is no plain word
    (then the text before a number is searched whole)."""
    return _identifier_length(lexicon.version("identifier_words"))


@lru_cache(maxsize=4)
def _identifier_length(_version: tuple) -> int | None:
    words = lexicon.terms("identifier_words")
    return max(map(len, words)) if all(_PLAIN.fullmatch(w) for w in words) else None


_LEADING_ZERO = re.compile(r"0\d")  # "000", "020"
_GLUED_AFTER = re.compile(r"[:.]\d|\d|[a-z]")  # "14:51", "494.98", "37th"
# "14:", "+7(", "7 (", and a number sign: "№ 12", "#12"
_OPEN_BEFORE = re.compile(r"\d[:.]$|\+\s*$|\d\s*\(\s*$|[№#]\s*$")
# phone numbers in groups, matched at the start of the text after a number (the look-behind
# and possessive spaces keep a search over a long run of spaces linear, the same matches there)
_PHONE = re.compile(r"(?<!\s)\s*+\)\s*+\d|\s\d{2,3}\s\d{2}")
_YEAR = re.compile(r"\d{4}")


def not_a_count(text: str, start: int, end: int, value: float, has_range: bool) -> bool | None:
    """True for dates, times, ages, phone numbers, ordinals, money, rates and URLs; None for a
    four-digit number that reads as a year unless a group of people follows it (the caller
    decides); False otherwise."""
    before, after = text[max(0, start - 200):start], text[end:end + 200]  # context, not all
    token = before.rsplit(maxsplit=1)[-1] if before and not before[-1].isspace() else ""
    token += text[start:end] + (after.split(maxsplit=1)[0] if after[:1].strip() else "")
    if "/" in token or "http" in token or "www." in token or "@" in token:
        return True
    if _LEADING_ZERO.match(text, start, end):
        return True  # "000", "020": a code or a fragment, never a count
    if _DATE_TOKEN.search(token):
        return True  # 2017-06-01, 25.03.2018
    # the patterns below that end the text before the number are searched near its end only
    stripped, longest = len(before.rstrip()), _identifier_longest()
    identifier_from = 0 if longest is None else search_from(stripped, longest + 1)
    if (_GLUED.search(before, search_from(stripped, 2)) and not _KE.search(before)
            and not _HEBREW_PREFIX.search(before, search_from(stripped, 4))) or (
            _identifier_before().search(before, identifier_from)):
        return True  # Covid-19, F-16, MH17; Resolution 2178, Article 58, Flight 17
    if _GLUED_AFTER.match(after) or _OPEN_BEFORE.search(before, open_sign_from(before, stripped)):
        return True  # 14:51, 494.98, 37th, 3rd, +7(700); not "(nine Britons", "(9 women)"
    if _PHONE.match(after):
        return True  # phone numbers in groups
    if before[-1:] in lexicon.term_set("ordinal_marks"):
        return True  # Chinese and Japanese "第1名", Korean "제1": a rank, not a count
    if _CURRENCY.search(before, search_from(stripped, _CURRENCY_LONGEST)) or lexicon.pattern(
            "currency_words", _CURRENCY_AFTER).match(after):
        return True
    if (_DURATION.match(after) or _AGE.search(before, search_from(stripped, max(map(len, _AGES))))
            or _TIMES.match(after)
            or _CLOCK.match(after) or _CLOCK_BEFORE.search(before, search_from(stripped, 6))):
        return True  # ages and durations
    if lexicon.pattern("percent_words", r"\s*+(?:%|(?:WORDS)\b)").match(after):
        return True  # percentages count nothing by themselves (shares are read separately)
    month_after, month_before, month_longest = _month_patterns()
    if (_is_month(month_after.match(after)) and not has_range and value <= 31
            or _is_month(month_before.search(before, search_from(stripped, month_longest)))):
        return True  # 6 March, 13th of November, November 13, Nov. 5, March 2018
    if 1900 <= value <= 2099 and _YEAR.fullmatch(text[start:end].strip()) and not has_range:
        if _YEAR_SUFFIX.match(after):
            return True
        years = lexicon.pattern("year_context_words", r"\b(?:WORDS)\s*$|[-–]\s*$")
        longest = max(map(len, lexicon.terms("year_context_words")))
        return True if years.search(before, search_from(stripped, longest)) else None
    return False
