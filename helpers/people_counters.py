"""The one reader of helpers/lexicon/people_counters.csv and cjk_numerals.csv: the words that
count persons where the number does not stand before a people noun of its own. Counters
(classifiers) after a number (Korean "37명", "140여 명", "두 명의"; Japanese "27人が死亡";
Chinese "300多人"): `counter_after(after)` reads one at the start of the text after a number;
`counter_words()` gives helpers.classifier_counts the counters glued to Chinese numerals
("六十三人"), the people nouns written before their number (Swahili "watu 25") and the Chinese
and Japanese numerals. The marks of "some / over" that may stand between number and counter,
and the letters that make another word of a counter ("人口", population), come from the list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon


@dataclass(frozen=True)
class CounterWords:
    """The words of people_counters.csv and cjk_numerals.csv, read once per version of them."""

    glued: tuple[str, ...]  # counters also read glued after Chinese numerals ("六十三人")
    before: tuple[str, ...]  # people nouns written before their number ("watu 25")
    after: re.Pattern  # a counter, with an optional "some / over" mark, at the start of text
    approx: tuple[str, ...]  # those marks (Korean "여", Chinese "多", "余")
    digits: dict[str, int]  # Chinese and Japanese digits ("六": 6)
    scales: dict[str, int]  # and scales ("十": 10, "万": 10000)


def counter_words() -> CounterWords:
    """The words of the current people_counters.csv and cjk_numerals.csv."""
    return _counter_words(lexicon.version("people_counters", "cjk_numerals"))


@lru_cache(maxsize=4)
def _counter_words(_version: tuple) -> CounterWords:
    table = lexicon.table("people_counters")
    rows = list(zip(table["term"], table["kind"], table["position"], table["not_before"],
                    strict=True))
    approx = [re.escape(t) for t, k, _, _ in rows if k == "approx"]
    counters = [re.escape(t) + (f"(?![{re.escape(str(nb))}])" if str(nb).strip() else "")
                for t, k, _, nb in rows if k == "counter"]
    # a counter that is also a unit of things (Persian "تن", persons and tonnes) counts persons
    # only before a word of kind `next` (a state, "other": "۲۵ تن جان", "۴۳ تن دیگر"); before
    # any other word ("۵۰۰ تن گندم", "۵۰۰ تن است") or at a clause end it weighs things
    following = "|".join(re.escape(t) for t, k, _, _ in rows if k == "next")
    counters += [re.escape(t) + rf"(?=[ \u00a0]++(?:{following})(?![^\W\d_]))"
                 for t, k, _, _ in rows if k == "counter_if" and following]
    numerals = lexicon.table("cjk_numerals")
    values = {kind: {t: int(v) for t, k, v in zip(numerals["term"], numerals["kind"],
                                                   numerals["value"], strict=True) if k == kind}
              for kind in ("digit", "scale")}
    return CounterWords(
        glued=tuple(t for t, _, p, _ in rows if p == "glued"),
        before=tuple(t for t, _, p, _ in rows if p == "before"),
        after=re.compile(rf"[ \u00a0]?(?:(?:{'|'.join(approx)})[ \u00a0]?)?"
                         rf"(?:{'|'.join(counters)})"),
        approx=tuple(t for t, k, _, _ in rows if k == "approx"),
        digits=values["digit"], scales=values["scale"])


def after_word() -> tuple[str, ...]:
    """The counters of persons also printed glued to a spelled number (position after_word:
    Bengali "পাঁচজন", five persons, "দুইজনের", of two persons)."""
    table = lexicon.table("people_counters")
    return tuple(t for t, p in zip(table["term"], table["position"], strict=True)
                 if p == "after_word")


def glued_in(text: str, glued: tuple[str, ...]) -> tuple[str, ...]:
    """The counters of `glued` (after_word(): of a script without case, so folding changes
    none of them) that text holds anywhere: most texts hold none, and glued_heads is skipped."""
    return tuple([counter for counter in glued if counter in text]) if glued else ()


def glued_core(text: str, found: set[str], glued: tuple[str, ...], cores: frozenset[str]) -> bool:
    """Whether a word of `found` (the words of text) begins with one of `cores` and ends in a
    counter of `glued` ("পাঁচজন"): looked for only if text holds such a counter (glued_in)."""
    return bool(held := glued_in(text, glued)) and not cores.isdisjoint(glued_heads(found, held))


def glued_heads(found: set[str], glued: tuple[str, ...]) -> set[str]:
    """The words of `found` cut before the first counter of `glued` they hold past their first
    letter (a case ending may follow it): the spelled numbers they may begin with ("পাঁচজন",
    "দুইজনের" -> "পাঁচ", "দুই")."""
    return {word[:at] for word in found for counter in glued
            if (at := word.find(counter)) > 0} if glued else set()


def counter_after(after: str) -> tuple[str, int] | None:
    """The counter of persons right after a number (glued to it or after one space, with an
    optional "some / over" mark before it) and its length in characters, or None."""
    head = after[1:2] if after[:1] in (" ", "\u00a0") else after[:1]
    if not head or head.isascii():
        return None  # quick exit: "300 people", "5%" (no counter or mark is an ASCII character)
    m = counter_words().after.match(after)
    return (m.group(0).strip(), m.end()) if m else None


def numeral_alone(number: str, after: str, before: str = "") -> str | None:
    """The numeral itself when it counts persons without a noun (Russian "Погибли трое",
    Serbian "uhapšena su dvojica", Hungarian "hárman"; helpers/lexicon/people_numerals.csv),
    also as the scale word after digits (Hungarian "40 ezren", 40,000 persons), unless a noun
    it counts as a thing follows ("трое суток"); None otherwise. A number after an Italian verb
    and "in" (`before`: "Erano in 47", "partiti in cento"; in_number_verbs.csv) counts the
    persons of the clause: the verb and "in" are returned, unless a unit of time follows."""
    word = number.strip().lower()
    if " in" in before[-4:].lower() and (counted := _in_number(before, after)):
        return counted
    numerals, things = _numerals(lexicon.version("people_numerals"))
    words = word.split()  # a qualifier may stand before the numeral ("több mint 40 ezren")
    if not words or words[-1] not in numerals:
        return None
    word = " ".join(words[-2:]) if len(words) > 1 and words[-2][:1].isdigit() else words[-1]
    following = after.split(None, 1)
    return None if following and following[0].strip(".,;:!?»\"").lower() in things else word


def _in_number(before: str, after: str) -> str | None:
    """The verb and "in" before a number that counts persons ("erano in"), or None where the
    number is followed by a word that is no preposition, article or conjunction of the list
    ("arrivati in 3 giorni", "erano in 2 turni")."""
    verbs, following, articles, ratio = _in_number_words(lexicon.version("in_number_verbs"))
    m = re.search(rf"\b(?:{verbs})\s++in\s*+$", before[-40:], re.IGNORECASE)
    words = after.split(None, 2)
    word = words[0].lower() if words else ""
    if m is None or word[:1].isalnum() and word.rstrip(".,;:!?)") not in following:
        return None
    if word in ratio and len(words) > 1 and _is_number(words[1]):
        return None  # "Sono in 3 su 10 a non votare": a share, no count
    subject = _subject(before[:len(before) - len(before[-40:]) + m.start()], articles)
    if subject is not None:
        from .people_phrases import is_people_noun, people_nouns  # (it imports this module)
        if not is_people_noun(subject, people_nouns()):
            return None  # "Le navi erano in 3": a subject that is no people noun
    return " ".join(m.group(0).split())


_CLAUSE_END = re.compile(r"[.;:,!?()«»\"]")


def _subject(clause: str, articles: frozenset[str]) -> str | None:
    """The noun after the article that opens the last clause of text ("Le navi" -> "navi";
    "l'equipaggio" -> "equipaggio"), or None if the clause opens with no article."""
    words = _CLAUSE_END.split(clause)[-1].split()
    if not words:
        return None
    first = words[0].lower()
    if first in articles and len(words) > 1:
        return words[1]
    elided = next((a for a in articles if a.endswith("'") and first.startswith(a)
                   and len(first) > len(a)), None)
    return words[0][len(elided):] if elided else None


def _is_number(word: str) -> bool:
    from .numbers import number_words
    bare = word.strip(".,;:!?)").lower()
    return bare[:1].isdigit() or bare in number_words().values


@lru_cache(maxsize=4)
def _in_number_words(_version: tuple) -> tuple[str, frozenset[str], frozenset[str],
                                               frozenset[str]]:
    table = lexicon.table("in_number_verbs")
    words = {kind: [t for t, k in zip(table["term"], table["kind"], strict=True) if k == kind]
             for kind in ("verb", "next", "article", "ratio")}
    return ("|".join(map(re.escape, words["verb"])), frozenset(words["next"]),
            frozenset(words["article"]), frozenset(words["ratio"]))


@lru_cache(maxsize=4)
def _numerals(_version: tuple) -> tuple[frozenset[str], frozenset[str]]:
    table = lexicon.table("people_numerals")
    return (frozenset(table.loc[table["kind"] == "numeral", "term"].str.lower()),
            frozenset(table.loc[table["kind"] == "thing", "term"].str.lower()))


def classified_before(classified: list[dict], start: int, antecedent: dict | None,
                      things: list[int]) -> dict | None:
    """The antecedent of an elided count at `start` (helpers.quantities): the last count of
    helpers.classifier_counts that ends before it ("Watu 30 walikamatwa na 12 wameachiliwa":
    the 12 are of the 'watu', people, counted noun first), when it comes after `antecedent`
    and after every count of things (`things`: where they start); else `antecedent`. Those
    counts are added to the sentence's figures after its other numbers are read, so without
    this a count of them is no antecedent inside its own sentence."""
    last = None
    for row in classified:
        if row["end"] > start:
            break
        last = row
    if last is None or any(t > last["start"] for t in things) or (
            antecedent is not None and antecedent.get("start", -1) > last["start"]):
        return antecedent
    return last
