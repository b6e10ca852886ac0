"""What the words around a number say about it, beside the group it counts: an age bound
("children under 12", "aged over 50"), a count of things ("30 cases", "3 weeks"), a verb whose
subject is people ("40 were killed", "Five arrested"), counts of no one ("no such cases",
"No Kazakhstanis left"), "the number of X is" in other languages, "N of them" after a count of
things or a noun that names things, spans of years and glosses in brackets; and a share of an
earlier figure as a row. helpers.quantities reads figures with them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from . import lexicon
from .numbers import parse_number
from .people_phrases import PeopleNouns, is_people_noun, people_nouns

_ZERO_OPENERS = ("no", "not a single", "not one")
_ZERO = re.compile(
    rf"\b(?:{'|'.join(_ZERO_OPENERS)})\s+(?:such\s+|new\s+|further\s+|more\s+)?"
    r"(?P<noun>[\w-]+)", re.IGNORECASE)
ZERO_WORDS = frozenset(opener.split()[0] for opener in _ZERO_OPENERS)  # zero_counts needs one
# "no children should live there", "children with no parents": a wish or a description, no count
_ZERO_WISH = re.compile(r"(?<!\s)\s++(?:should|must|ought|can|could|would|may|might)\b",
                        re.IGNORECASE)
_ZERO_DESCRIBED = re.compile(r"(?<![\w-])(?:with|without|has|have|had|having)\s++$", re.IGNORECASE)
# "no bombs, no troops, only women": a list of things absent describes, it counts no one
_ZERO_LIST = re.compile(r",\s*+(?:and\s++|or\s++|nor\s++)?no\s", re.IGNORECASE)
_ZERO_LISTED = re.compile(r"\bno\s++[\w-]++,\s*+(?:and\s++|or\s++|nor\s++)?$", re.IGNORECASE)
# "760 of the 3,244 from Saudi Arabia": a part of a group whose noun is left out ("four of the
# 12 countries" names its own noun, no people)
OF_THE_GROUP = (r"of\s++the\s++\d++(?:[,.]\d{3})*+(?=\s*+[,.;:!?)]|\s*+$|\s++(?:from|in|at|who"
                r"|that|were|was|have|had|are|is|and|or|but)\b)")
_AGE_WORDS = r"(?<![^\W\d_])(?:WORDS)\s*+$"  # lexicon/age_words.csv: "aged", "w wieku", "âgés de"
_THINGS_AFTER = re.compile(r"(?<!\s)\s++(?:[a-z]++\s++){0,2}?(?P<noun>[a-z]+s)\b")
_STOP_WORDS = frozenset(  # words in -s that are no plural nouns
    "is was has his this its as us does goes yes always perhaps whereas".split())
_BOUNDS = frozenset({"over", "under", "above", "below"})
_LAST_WORD = re.compile(r"(?<![\w'’-])([\w'’-]++)\s++$")

# the same in French, Spanish, German and Dutch: "le nombre de combattants ... s'élève à 1622"
# ("se monterait à 930", "serait de 450", "X estime le nombre de morts à 990"),
# "Die Zahl der Dschihadisten ... ist auf 780 gestiegen", "el número de migrantes asciende a"
_NUMBER_OF_OTHER = re.compile(
    r"\b(?:le|la|el|die|der|het|il|o)\s++(?:nombre|número|cifra|zahl|anzahl|aantal|numero"
    r"|balance|saldo|bilan|bilancio|balanço)\s++"  # the toll: "el balance de víctimas asciende a"
    r"(?:d['’]|de\s++(?:los\s++|las\s++)?|des\s++|del\s++|der\s++|von\s++|van\s++(?:de\s++)?"
    r"|di\s++|dei\s++|degli\s++|delle\s++|dos\s++|das\s++)?"  # Italian, Portuguese
    r"(?P<pop>[\w'’-]++(?:\s++[\w'’-]++){0,2})[^.;:!?]{0,150}?\b(?:s['’]él[eè]v(?:e|ait|erait)\s++à"
    r"|se\s++mont(?:e|ait|erait)\s++à|serait\s++de"
    r"|atteint|est\s++de|était\s++de|oscille|asciende\s++a|es\s++de|auf|bedraagt|bedroeg"
    r"|(?:gestegen|steeg|stijgt|opgelopen)\s++(?:naar|tot)"  # Dutch: 'is gestegen naar 27'
    r"|(?<=\s)à"  # "estime le nombre de morts et de disparus à 990", "est passé de 12 à 20"
    r"|ligt\s++op"
    # Italian, Portuguese: 'il numero dei morti è di 75', 'o número de mortos subiu para 21'
    r"|è\s++di|era\s++di|sarebbe\s++di|sale\s++a|salito\s++a|ammonta\s++a"
    r"|é\s++de|subiu\s++para|chega\s++a|chegou\s++a"
    # 'la cifra de muertos supera los 300', 'o número de mortos ultrapassa 300', 'übersteigt'
    r"|(?:supera|superó|superaba|sobrepasa|ultrapassa|ultrapassou|supera\s++i|dépasse"
    r"|übersteigt|überstieg|überschritt|overschrijdt)(?:\s++(?:los|las|les|os|as|i|le))?)\s*+$"
    # "leur nombre s'élève à 226", "su número asciende a 40": the group is named before
    r"|(?P<own>\b(?:leur|son|su)\s++(?:nombre|número|cifra))\s++(?:s['’]él[eè]v(?:e|ait|erait)\s++à"
    r"|se\s++mont(?:e|ait|erait)\s++à|atteint|est\s++de|était\s++de|serait\s++de"
    r"|asciende\s++a|es\s++de)\s*+$"
    # Russian: "число погибших достигло 45", "количество россиян ... превысило 2 тысячи"
    r"|\b(?:число|количество|кількість)\s++(?P<pop_ru>[а-яёіїєґ'’-]++(?:\s++[а-яёіїєґ-]{3,}+)?)"
    r"[^.;:!?]{0,150}?"
    r"\b(?:достигл[оа]|достигает|составил[оа]?|составляет|превысил[оа]|превышает"
    r"|(?:вырос(?:ло)?|вырасло|вырастет|увеличилось|возросло)(?:\s++до)?"  # "до": or a qualifier
    # Ukrainian: "кількість загиблих зросла до 45", "сягнула", "становить", "перевищила"
    r"|(?:зросла|зросло|збільшилася)(?:\s++до)?|сягнула|сягає|становить|становила|склала"
    r"|перевищила|перевищує)\s*+$"
    # Turkish: the group before "sayısı" ("yabancı terörist savaşçı sayısı 21’e yükseldi")
    r"|(?<![\w'’-])(?P<pop_tr>(?:[\w'’-]++\s++){0,2}[\w'’-]++)\s++sayısı\s*+$", re.IGNORECASE)


# Turkish: a nationality before the number ("ABD uyruklu 44, AB üyesi ülke uyruklu 1.075 YTS")
_NATIONALITY_BEFORE = re.compile(r"(?<![\w'’-])(?P<pop>(?:(?:[A-ZÇĞİÖŞÜ][\w'’-]*+|yabancı)"
                                 r"\s++){1,3}uyruklu)(?:\s++toplam)?\s*+$")


def nationality_before(before: str) -> re.Match | None:
    """A Turkish nationality phrase right before a number ("ABD uyruklu 44"), as a match whose
    group "pop" names the people counted; None without one."""
    return _NATIONALITY_BEFORE.search(before)


# Arabic "the number of the dead (rose to | reached | is) N", the noun before the number: "عدد
# القتلى سبعة", "ارتفع عدد القتلى إلى 30", "بلغت حصيلة الضحايا 40", "عدد الجرحى في المدينة 12";
# and the people noun before "number" (Latvian, Lithuanian): "Bojāgājušo skaits ... pieaudzis
# līdz 120", "žuvusiųjų skaičius išaugo iki 12" (the words from lexicon/number_of_before.csv)
@lru_cache(maxsize=4)
def _number_of_before(_version: tuple) -> tuple[tuple[str, ...], re.Pattern, re.Pattern | None]:
    table = lexicon.table("number_of_before")
    # the longest first: "antallet af døde" is read with "antallet af", not "antallet"
    nouns = tuple(sorted(table.loc[table["kind"] == "noun", "term"], key=len, reverse=True))
    links = "|".join(map(re.escape, table.loc[table["kind"] == "link", "term"]))
    after = tuple(table.loc[table["kind"] == "after", "term"])
    after_links = "|".join(map(re.escape, table.loc[table["kind"] == "after_link", "term"]))
    noun_after = re.compile(  # a clause of at most 120 characters between, no number in it
        rf"(?<![^\W\d_])(?P<pop>[^\W\d_]++)\s++(?:{'|'.join(map(re.escape, after))})"
        rf"(?![^\W\d_])[^.;:!?\d]{{0,120}}?(?<![^\W\d_])(?:{after_links})"
        r"(?:\s++[^\W\d_]++)?\s*+$", re.IGNORECASE) if after and after_links else None
    return nouns + after, re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, nouns))})\s++"
                                     r"(?P<pop>[^\W\d_]++)(?:\s++[^\W\d_]++){0,3}?"
                                     rf"(?:\s++(?:{links}))?\s*+$"), noun_after


def number_of_other(before: str) -> re.Match | None:
    """"The number of X is" in French, Spanish, German, Dutch, Italian, Portuguese, Russian,
    Turkish or Arabic right before a number, as a match whose group "pop" is X (an Arabic noun
    without its article); None without one."""
    nouns, before_number, noun_after = _number_of_before(lexicon.version("number_of_before"))
    if any(noun in before for noun in nouns) and (
            ar := before_number.search(before) or noun_after and noun_after.search(before)):
        return re.match(r"(?:ال)?(?P<pop>.+)", ar.group("pop"))  # the noun without its article
    m = _NUMBER_OF_OTHER.search(before)
    if m is not None and m.group("own"):  # "leur nombre": a people noun must name them before
        people = people_nouns()
        named = any(is_people_noun(w, people) for w in before[max(0, m.start() - 120):m.start()]
                    .split())
        return m if named else None
    if m is None or m.group("pop") or not (m.group("pop_ru") or m.group("pop_tr")):
        return m
    return re.match(r"(?P<pop>.+)", m.group("pop_ru") or m.group("pop_tr"))


# "of them" as lexicon/of_them.csv writes it ("z nich", "di antaranya", "dintre noi"), ending a
# figure's population (people_phrases reads it as the population of "12 of them")
_OF_THEM_END = r"(?<!\S)(?:WORDS)$"


def names_of_them(population: str) -> bool:
    """Whether a figure's population is "of them" in one of the languages of of_them.csv (its
    last words, at most three words in all)."""
    words = population.lower().split()
    return 0 < len(words) <= 3 and bool(
        lexicon.pattern("of_them", _OF_THEM_END).search(" ".join(words)))


_IN_PLACES = re.compile(r"\b(?:in|at|across|from|to|on|into|over|within|в|во|из|на)\s++$",
                        re.IGNORECASE)


def of_things(figure: dict, things: list[int], rows: list[dict]) -> bool:
    """Whether a figure is "N of them" after a count of things in its sentence, with no count of
    people between them: "them" are the things ("30 cases; 12 of them were dismissed")."""
    return bool(things) and (not rows or things[-1] > rows[-1]["start"]) and (
        names_of_them(figure["population"]))


# the one or two words before the comma that precedes "N of them": "terrorist cells,", Spanish
# "células terroristas," (the noun first)
_NOUNS_BEFORE = re.compile(r"(?<![\w'’-])(?:(?P<prev>[^\W\d_]{4,}s)\s++)?(?P<last>[^\W\d_]{3,}s)"
                           r"\s*+,\s*+$")
_NOT_NOUNS = frozenset("this thus plus less unless".split())
# a count in digits and its noun, then a comma ("30 wypadków, 12 z nich", "30 de accidente,
# 12 dintre acestea", "5 milioni, di cui 2")
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*+\s++(?:de\s++)?(?P<noun>[^\W\d_]++)"
                           r"[^\d,;:.!?]{0,40}+,\s*+$")


def noun_counted_before(text: str, end: int) -> str | None:
    """The noun of a count in digits that ends, with a comma, right at `end` of text (within 80
    characters): what an "N of them" or "of whom N" that follows picks out of; None if none."""
    counted = _COUNT_BEFORE.search(text, max(0, end - 80), end)
    return counted.group("noun") if counted else None


def of_named_things(text: str, figure: dict, rows: list[dict], nouns: PeopleNouns) -> bool:
    """Whether a figure "N of them" follows, after a comma and with no count before it in its
    sentence, a plural noun that names things: "them" are those things ("... fifty terrorist
    cells, ten of them last year", "... células terroristas, diez de ellas")."""
    if rows or not names_of_them(figure["population"]):
        return False
    counted = noun_counted_before(text, figure["start"])
    if counted is not None and not is_people_noun(counted, nouns):
        return True  # "30 wypadków, 12 z nich": a count of things just before (any language)
    m = _NOUNS_BEFORE.search(text, max(0, figure["start"] - 80), figure["start"])
    return m is not None and any(
        word and word.islower() and word not in _NOT_NOUNS and not is_people_noun(word, nouns)
        and word not in lexicon.term_set("plural_adjectives") for word in m.group("prev", "last"))


def after_place(text: str, start: int) -> bool:
    """Whether the number at `start` follows a preposition of place or time ("in 4 cities")."""
    return bool(_IN_PLACES.search(text, max(0, start - 12), start))


_YEAR = re.compile(r"(?:19|20)\d\d")


def year_span(low: str, high: str) -> bool:
    """Whether two ends of a range are years ("2014-2015", "between 2013 and 2015")."""
    return bool(_YEAR.fullmatch(low.strip()) and _YEAR.fullmatch(high.strip()))


def glossed(text: str, figure: dict, before: dict) -> bool:
    """Whether a figure opens a bracket and repeats the value of the figure before it: a gloss
    or a translation ("57 ... казахстанцев осуждены (57 Kazakhstani returnees ...)")."""
    return before["value"] == figure["value"] and (
        text[:figure["start"]].rstrip().endswith(("(", "[")))


def subject_of(verbs: Iterable[str], cyrillic: Iterable[str]) -> re.Pattern:
    """A verb whose subject is people right after a number: "40 were killed", "12 have since
    been deported", "Five arrested over plot", "30 died", "500 returned", "880 had gone";
    `cyrillic`: the Russian and Ukrainian verbs ("40 вернулись", outcome_verbs_ru_uk.csv)."""
    verb = "|".join(verbs)
    adverbs = r"(?:(?:still|now|later|also|all|then|since|already|\w+ly)\s+){0,2}"
    return re.compile(
        r"(?<!\s)\s++(?:more\s++)?"  # "12 more were arrested"
        r"(?P<verb>(?:were|are|was|is|have\s+been|has\s+been|had\s+been|will\s+be"
        rf"|would\s+be|remain|remained)\s+{adverbs}(?:being\s+)?(?:{verb})"
        rf"|(?=[a-z]+ed\b)(?:{verb})"  # a headline's participle: "Five arrested"
        rf"|{adverbs}(?:died|fled|returned|joined|survived|went\s+(?:missing|to|back)|travell?ed\s+to"
        r"|left\s+for|came\s+(?:back|home))"
        # the same in Spanish, Portuguese, Italian and French: "760 volvieron", "47 hanno perso
        # la vita", "28 avrebbero fatto rientro", "15 ont également regagné", "400 ya han vuelto"
        r"|(?:(?:volvieron|(?:ya\s+)?(?:han|habían)\s+vuelto)(?!\s+a\s+[a-záéí]+[aei]r\b)"
        r"|regresaron|retornaron|murieron|voltaram|regressaram|morreram"  # not 'volvieron a subir'
        r"|(?:ya\s+)?(?:han|habían)\s+(?:regresado|retornado|muerto)"
        r"|(?:sono|erano|sarebbero)\s+(?:rientrati|tornati|morti)"
        r"|(?:hanno|avrebbero)\s+(?:perso\s+la\s+vita|fatto\s+rientro)"
        r"|(?:sont|seraient)\s+(?:revenus|rentrés|morts)"
        r"|ont\s+(?:(?:également|déjà|aussi)\s+)?(?:regagné|été\s+tués)"
        r"|(?:sa|se)\s+(?:vrátil[oi]|vratil[oi]|vrnil[oi]))"  # Slovak, Bosnian, Slovenian
        # Russian, Ukrainian: "двое погибли", "40 вернулись", "12 загинули", "5 затримані"
        rf"|{'|'.join(cyrillic)}"
        rf"|(?:are|were|is|was|remain|remained)\s+{adverbs}(?:(?:confirmed|feared|presumed"
        r"|believed|reported|found|shot|stabbed|beaten|burned)\s+)?(?:missing|dead|unaccounted"
        r"|alive)"
        # "8 remain in custody", "12 remain at large", "20 were taken to hospital"
        rf"|(?:are|were|is|was|remain|remained)\s+{adverbs}(?:(?:being\s+)?(?:held|kept|taken)"
        r"\s+)?(?:in|into|at|to|behind)\s+(?:custody|detention|hospital|prison|jail|large"
        r"|bars)"
        rf"|(?:have|has|had)\s+{adverbs}(?:returned|left|come\s+(?:back|home)|gone(?:\s+back)?"
        r"|travell?ed|joined|died|fled)"
        r"|(?:could|may|might|will|would)\s+(?:return|come\s+back|have\s+(?:returned|left|died"
        r"|joined|travell?ed|gone|fled))"
        # "300 are said to have returned", "40 are believed to be dead"
        r"|(?:are|were|is|was)\s+(?:said|believed|thought|reported|estimated|known)\s+to\s+"
        rf"(?:have\s+(?:been\s+)?(?:{verb}|returned|died|left|joined|travell?ed|fled|gone)"
        r"|be\s+(?:alive|dead|missing|fighting)))\b", re.IGNORECASE)


def age_words_end(before: str) -> bool:
    """Whether the text before a number ends with words of age_words.csv ("aged", "w wieku"):
    the list's pattern searched only over as many of its last words (runs of characters other
    than spaces) as the longest phrase has, when every phrase is plain (_age_words_reach);
    a match ends the text, and a phrase's words are parted by its spaces alone."""
    reach = _age_words_reach(lexicon.version("age_words"))
    start = 0
    if reach is not None:
        parts = before.rsplit(maxsplit=reach)  # the last `reach` words and what is before them
        start = len(parts[0]) if len(parts) > reach else 0
    return lexicon.pattern("age_words", _AGE_WORDS).search(before, start) is not None


# a phrase of age_words.csv made of letters, "?", a class of apostrophes ("d['’]âge"), "\s+"
# between words and groups around them ("op\s+(?:de\s+)?leeftijd"): nothing in it but "\s+"
# matches a space
_PLAIN_PHRASE = re.compile(r"(?:[^\W\d_]|\?|\[['’]+\]|\\s\+|\(\?:|\))+")


@lru_cache(maxsize=4)
def _age_words_reach(_version: tuple) -> int | None:
    """How many words (runs of characters other than spaces) a phrase of age_words.csv spans
    at most: one more than the most spaces ("\\s+") one holds; None when a phrase is not plain
    (_PLAIN_PHRASE)."""
    terms = lexicon.terms("age_words")
    if not all(_PLAIN_PHRASE.fullmatch(term) for term in terms):
        return None
    return max(term.count(r"\s") for term in terms) + 1


def age_bound(before: str, m: re.Match, nouns: PeopleNouns) -> bool:
    """Whether the figure grammar's match `m` (after the text `before`) is an age: "aged over
    50", "as young as 12", or a bound right after a people noun ("children under 12", "people
    over 60", "men between 18 and 60"; not "the number of fighters tops 300")."""
    if age_words_end(before):
        return True
    bound = m.group("b_lo") or m.group("f_lo") or (m.group("q") or "").lower() in _BOUNDS
    noun = _LAST_WORD.search(before) if bound else None
    if noun is None:
        return False
    word = noun.group(1)
    return word.lower() not in nouns.state and is_people_noun(word, nouns)


def counts_things(text: str, end: int, nouns: PeopleNouns) -> bool:
    """Whether the number ending at `end` counts things: a plural noun that names no people
    follows it within three words ("30 cases", "12 new houses", "3 weeks")."""
    m = _THINGS_AFTER.match(text, end)
    noun = m.group("noun") if m else ""
    return bool(noun) and noun not in _STOP_WORDS and not noun.endswith(("ss", "us")) and (
        not is_people_noun(noun, nouns))


def zero_counts(text: str, taken: list[tuple[int, int]], nouns: PeopleNouns) -> list[dict]:
    """Counts of no one ("no such cases", "not a single Kazakhstani", "No Kazakhstanis left")
    outside the spans `taken` by other figures, as figure rows with their span; a wish ("no
    children should") or a description ("orphans with no parents") counts nothing."""
    rows = []
    for m in _ZERO.finditer(text):
        noun = m.group("noun")
        if (any(a <= m.start() < b for a, b in taken) or _ZERO_WISH.match(text, m.end())
                or _ZERO_DESCRIBED.search(text[max(0, m.start() - 30):m.start()])
                or _ZERO_LIST.match(text, m.end())
                or _ZERO_LISTED.search(text, max(0, m.start() - 40), m.start())
                or noun.lower() in lexicon.term_set("harm_nouns")):  # 'no casualties'
            continue  # 'No bombs, no munitions, no troops': a list of what was not there
        if is_people_noun(noun, nouns) or re.match(r"cases\b", noun, re.IGNORECASE) and (
                "such" in m.group(0).lower()):
            rows.append({"value": 0.0, "low": 0.0, "high": 0.0, "qualifier": "exact",
                         "population": re.sub(r"^\w+(?: a single| one)?\s+", "", m.group(0)),
                         "excerpt": m.group(0), "start": m.start(), "end": m.end()})
    return rows


_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def undotted(number: str) -> str:
    """A number with dots between its thousands written without them ("20.000" -> "20000", as
    a range's ends are printed in Spanish, German, Italian, ...); any other text as it is."""
    return number.replace(".", "") if _DOT_GROUPS.fullmatch(number) else number


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted, not overlapping each other)."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return any(a < end and start < b for a, b in spans[max(i, 0):i + 2])


def share_row(m: re.Match, shares: dict[str, float], last: dict | None,
              by_value: dict[float, dict]) -> dict | None:
    """A share ("half of them", "30% of those 300"; m: a match of the share pattern, shares:
    share word -> fraction) as a row, or None when nothing it could be
    a share of is in reach (a share of "those who ..." names a new group, not a figure)."""
    if m.group("base"):
        stated = parse_number(m.group("base"))
        base = by_value.get(stated, {"value": stated, "low": stated, "high": stated})
    elif m.group("new") or last is None:
        return None
    else:
        base = last
    share = (float(m.group("pct")) / 100 if m.group("pct")
             else shares[" ".join(m.group("share").lower().split())])
    # the bounds rule for shares: the share of the base's bounds (open stays open)
    return {"value": round(share * base["value"], 2), "low": share * base["low"],
            "high": share * base["high"], "qualifier": "share of an earlier figure",
            "population": m.group("pop") or "of them", "excerpt": m.group(0).strip(),
            "start": m.start(), "end": m.end()}


# "16 people were arrested, compared with 24 in 2013": the count after "compared with" counts
# the group before it, when no noun of its own follows ("compared with 24 cases" counts cases)
_COMPARED = re.compile(r"\bcompared\s++(?:with|to)(?:\s++a\s++total\s++of)?\s*+$",
                       re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*+(?:[,.;:!?)]|$|(?:in|on|at|during|over|last|this|the|a|an"
                            r"|for|from|by|since|before|after|a\s++year)\b)", re.IGNORECASE)


def compared_with(before: str, after: str) -> bool:
    """Whether a number is "compared with N" with no noun of its own after it."""
    return bool(_COMPARED.search(before) and _NO_NOUN_AFTER.match(after))
