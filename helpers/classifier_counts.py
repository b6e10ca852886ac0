"""Counts of people whose number does not stand before a people noun as a word of its own
(issue 12, point 5): a classifier glued to the number (Chinese and Japanese "25人", "六十三人受傷",
Korean "25명이") and a people noun written before its number (Swahili "watu 25", "polisi
wawili"; Hausa "mutane 25"). The words and the Chinese numerals come from
helpers.people_counters.counter_words (helpers/lexicon/people_counters.csv, cjk_numerals.csv);
each pattern is tried only when the sentence holds one of them (a Latin page without these
words costs one set test and, for non-ASCII text, one character search)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .numbers import NUMBER_LISTS, bounds, fold, number_words, parse_number, qualifier_words
from .pattern_parts import PLACEHOLDERS, compile_parts
from .people_counters import counter_words
from .quick_patterns import alternation


@dataclass(frozen=True)
class Counters:
    """The classifiers glued after a number, their pattern, and the nouns read before one."""

    glued: frozenset[str]
    glued_pattern: re.Pattern | None
    digits: dict[str, int]  # Chinese and Japanese numerals (cjk_numerals.csv)
    scales: dict[str, int]
    before: frozenset[str]
    before_pattern: re.Pattern | None
    qualifiers: dict[str, str]  # qualifier words before and after numbers -> codebook qualifier
    between: re.Pattern | None  # a qualifier after the number, before the noun ("25 से अधिक")
    after: re.Pattern | None  # a qualifier after the noun or classifier ("25명 이상")
    scaled: re.Pattern | None  # digits with scale words before a counter ("167만8383명")
    digit_scales: dict[str, int]  # those scale words (counter_digit_scales.csv, cjk_numerals.csv)


def counters() -> Counters:
    """The patterns of the current people_counters.csv, cjk_numerals.csv and number_words.csv."""
    return _counters(lexicon.version("people_counters", "cjk_numerals", "counter_digit_scales",
                                     *NUMBER_LISTS,
                                     "figure_qualifiers", "figure_qualifiers_after",
                                     "ordinal_marks"))


@lru_cache(maxsize=4)
def _counters(_version: tuple) -> Counters:
    words = counter_words()
    glued = frozenset(words.glued)
    before = frozenset(fold(t) for t in words.before)
    numeral = "[" + "".join(words.digits) + "".join(words.scales) + "]++"  # "六十三", "两千"
    after_digits = "".join(t for t, v in words.scales.items() if v >= 100)  # "3万", "2千"
    units = "|".join(map(re.escape, sorted(glued, key=len, reverse=True)))
    after = lexicon.table("figure_qualifiers_after")
    qualifiers = dict(qualifier_words())
    qualifiers.update(zip(after["term"], after["qualifier"], strict=True))
    pre = alternation(sorted(qualifier_words(), key=len, reverse=True), ignore_case=True)
    between, behind = ([t for t, p in zip(after["term"], after["position"], strict=True)
                        if p == position] for position in ("between", "after"))
    glued_between = "|".join(map(re.escape, (t for t in between if len(t) == 1)))
    ordinal = re.escape("".join(lexicon.terms("ordinal_marks")))  # "第1名": a rank
    glued_pattern = re.compile(  # "25人", "1,250名", "3万人", "六十三人"; never "第1名" (a rank)
        rf"(?:(?P<q>{pre})\s*+)?(?<![\d{ordinal}])(?<!\d[,.])"
        rf"(?P<num>\d{{1,3}}(?:,\d{{3}})++|\d++(?:\.\d++)?[{after_digits}]{{0,2}}+|{numeral})"
        rf"(?P<between>{glued_between})?(?P<unit>{units})", re.IGNORECASE) if glued else None
    number = PLACEHOLDERS[0]  # the number pattern, parsed once (helpers.pattern_parts)
    before_pattern = compile_parts(  # "watu 25", "watu zaidi ya 25"
        rf"\b(?P<noun>{alternation(sorted(before), ignore_case=True)})\s++(?:(?P<q>{pre})\s++)?"
        rf"(?P<num>{number})(?![\w,.]\d)", {number: number_words().number},
        re.IGNORECASE) if before else None
    scales = lexicon.table("counter_digit_scales")
    digit_scales = {**{t: v for t, v in words.scales.items() if v >= 100},
                    **dict(zip(scales["term"], scales["value"].astype(int), strict=True))}
    scale = "|".join(map(re.escape, sorted(digit_scales, key=len, reverse=True)))
    digits = r"(?:\d{1,3}(?:,\d{3})++|\d++(?:\.\d++)?)"
    run = rf"{digits}(?:[ \u00a0]?+(?:{scale})(?:[ \u00a0]?+{digits})?+)++"
    inside = "".join(  # never from digits inside a run ("1만 2천"): one try per run, linear
        rf"(?<!\d(?:{'|'.join(map(re.escape, group))}){gap})"
        for length in sorted({len(t) for t in digit_scales})
        for group in [[t for t in digit_scales if len(t) == length]] for gap in ("", "[ \u00a0]"))
    approx = "|".join(map(re.escape, words.approx))
    scaled = re.compile(  # "167만8383명", "1만 2천 명", "1.2 ล้านคน", "7万3000人": a scale at least;
        # a range of two ("1万~2万人"), a mark of "over" before the counter ("3천여 명", "1万多人")
        rf"(?:(?P<q>{pre})\s*+)?(?<![\d{ordinal}])(?<!\d[,.]){inside}"
        rf"(?:(?P<lo>{run})\s*+[-–—~∼〜～]\s*+)?(?P<num>{run})[ \u00a0]?+"
        rf"(?:(?P<approx>{approx})[ \u00a0]?+)?(?P<unit>{words.after.pattern})",
        re.IGNORECASE) if digit_scales else None
    return Counters(glued, glued_pattern, words.digits, words.scales, before, before_pattern,
                    qualifiers,
                    re.compile(rf"(?<=[\d\s])(?:{'|'.join(map(re.escape, between))})(?=\s)")
                    if between else None,
                    re.compile(rf"\s*+(?:{'|'.join(map(re.escape, behind))})") if behind else None,
                    scaled, digit_scales)


def _scaled_value(number: str, scales: dict[str, int]) -> float:
    """'167만8383' -> 1678383, '1만 2천' -> 12000, '1.2 ล้าน' -> 1200000, '7万3000' -> 73000: a
    scale below 10,000 multiplies the digits right before it, one of 10,000 or more the whole
    section before it (as _cjk_value)."""
    pattern = "|".join(map(re.escape, sorted(scales, key=len, reverse=True)))
    total, section, current = 0.0, 0.0, 0.0
    for token in re.findall(rf"\d[\d,.]*|{pattern}", number):
        if token[0].isdigit():
            current = parse_number(token)
        elif scales[token] >= 10000:
            total += (section + current) * scales[token]
            section, current = 0.0, 0.0
        else:
            section += (current or 1) * scales[token]
            current = 0.0
    return total + section + current


def may_hold(text: str, found: set[str], table: Counters) -> bool:
    """Whether text may hold a count of either kind (`found`: its words_of)."""
    return not found.isdisjoint(table.before) or not text.isascii() and (
        any(unit in text for unit in table.glued)
        or any(scale in text for scale in table.digit_scales))  # "1.2 ล้านคน"


def _cjk_value(number: str, table: Counters) -> float:
    """'六十三' -> 63, '三' -> 3, '一百二十' -> 120, '两千' -> 2000, '3万' -> 30000, '一亿二千万'
    -> 120000000 (the numerals of cjk_numerals.csv). A scale below 10,000 multiplies the digit
    before it; one of 10,000 or more (万, 亿/億, ...) multiplies the whole section before it,
    back to the last scale as large or larger; alone it counts nothing ('数万人': tens of
    thousands)."""
    digits, scales = table.digits, table.scales
    if number[0].isdigit():
        head = number.rstrip("".join(scales))
        value = parse_number(head)
        for char in number[len(head):]:
            value *= scales[char]
        return value
    total, section, current = 0, 0, 0
    for char in number:
        if char in digits:
            current = digits[char]
        elif scales[char] >= 10000:  # 万, 亿: a section of up to four digits times its scale
            total += (section + current) * scales[char]  # alone ('数万人'): no count
            section, current = 0, 0
        else:
            section += (current or 1) * scales[char]
            current = 0
    return float(total + section + current)


def classifier_counts(text: str, found: set[str], table: Counters) -> list[dict]:
    """The counts of both kinds in text, as figure rows (value, low, high, qualifier,
    population, excerpt, start, end), in reading order (`table`: counters(), as the figure
    grammar holds it)."""
    if not may_hold(text, found, table):
        return []
    rows: list[dict] = []
    for pattern, cjk in ((table.glued_pattern, True), (table.before_pattern, False)):
        for m in pattern.finditer(text) if pattern else ():
            try:
                value = _cjk_value(m.group("num"), table) if cjk else parse_number(m.group("num"))
            except (ValueError, KeyError):
                continue
            if value < 1 or value % 1:
                continue
            population = m.group("unit") if "unit" in m.groupdict() else m.group("noun")
            word = m.group("q") or m.groupdict().get("between")
            qualifier = table.qualifiers.get(word.lower(), "exact") if word else "exact"
            low, high = bounds(value, qualifier)
            rows.append({"value": value, "low": low, "high": high, "qualifier": qualifier,
                         "population": population, "excerpt": m.group(0).strip(),
                         "start": m.start(), "end": m.end(), "noun": True})
    if table.scaled is not None and any(s in text for s in table.digit_scales):
        for m in table.scaled.finditer(text):  # the whole number, not its tail ("8383명")
            value = _scaled_value(m.group("num"), table.digit_scales)
            if value < 1 or value % 1:
                continue
            word, mark = m.group("q"), m.group("approx")  # "1万多人", "3천여 명": more than
            qualifier = table.qualifiers.get(word.lower(), "exact") if word else (
                table.qualifiers.get(mark, "more than") if mark else "exact")
            low, high = bounds(value, qualifier)
            first = _scaled_value(m.group("lo"), table.digit_scales) if m.group("lo") else 0
            start = m.start() if word else m.start("num")  # a range's first end, or none
            if 1 <= first < value and not first % 1 and not word and not mark:
                value, low, high, qualifier = (first + value) / 2, first, value, "range"
                start = m.start()
            rows = [r for r in rows if not (r["start"] < m.end() and start < r["end"])]
            rows.append({"value": value, "low": low, "high": high, "qualifier": qualifier,
                         "population": m.group("unit").strip(),
                         "excerpt": text[start:m.end()].strip(),
                         "start": start, "end": m.end(), "noun": True, "scaled": True})
    return sorted(rows, key=lambda r: r["start"])


def qualified_after(text: str, row: dict, table: Counters) -> dict:
    """row (a figure with its span in text) with the qualifier written after its number
    (Hindi "25 से अधिक लोग", Urdu "25 سے زائد افراد") or after its noun or classifier
    (Korean "25명 이상", Chinese "25人以上"), when it has none before it; else row itself."""
    if row["qualifier"] != "exact" or row.get("end") is None:
        return row
    inside = table.between.search(text, row["start"], row["end"]) if table.between else None
    behind = table.after.match(text, row["end"]) if table.after else None
    found = inside or behind
    if found is None or inside and not text[row["start"]:inside.start()].strip()[-1:].isdigit():
        return row  # (a qualifier between a number and its noun follows the number)
    qualifier = table.qualifiers[found.group(0).strip()]
    low, high = bounds(row["value"], qualifier)
    end = max(row["end"], found.end())
    return {**row, "qualifier": qualifier, "low": low, "high": high, "end": end,
            "excerpt": text[row["start"]:end].strip()}


def with_classified(text: str, rows: list[dict], classified: list[dict]) -> list[dict]:
    """rows (figures with their spans in text) with the counts of classifier_counts where no
    other rule read the number; where one did and read no qualifier, the qualifier glued before
    the number ("至少25人": at least 25) is taken from the classifier's reading of it."""
    read = sorted((f["start"], f["end"]) for f in rows)
    out = list(rows)
    for r in classified:
        if r.get("scaled"):  # a reading of the whole number replaces those of its parts
            out = [f for f in out if not (r["start"] <= f["start"] and f["end"] <= r["end"])]
            out.append(r)
            continue
        i = bisect.bisect_right(read, (r["start"], float("inf"))) - 1
        if not any(a < r["end"] and r["start"] < b for a, b in read[max(i, 0):i + 2]):
            out.append(r)
            continue
        if r["qualifier"] == "exact":
            continue
        for k, f in enumerate(out):
            if f["qualifier"] == "exact" and f["value"] == r["value"] and (
                    r["start"] <= f["start"] < r["end"]):
                end = max(f["end"], r["end"])
                out[k] = {**f, "qualifier": r["qualifier"], "low": r["low"], "high": r["high"],
                          "start": r["start"], "end": end,
                          "excerpt": text[r["start"]:end].strip()}
    return sorted(out, key=lambda r: r["start"])
