"""Numeric claims about people in news English: which number, how sure, who said it, via whom.

`extract_estimates(docs)` reads every sentence (and each headline) and returns one row per
number that counts people. The rules are written for news English in general, never for one
article: see data/codebook.md for the qualifiers and for the bounds rule that `bounds` applies.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from .actors import actor_by_role, canonical_speaker, find_actor
from .sources import sentences

QUALIFIERS = ("about", "more than", "at least", "up to", "exact", "share of an earlier figure",
              "range")
ABOUT_MARGIN = 0.10


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


# --- reading numbers ------------------------------------------------------------------------

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: i for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_WORD = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
_SCALE = "|".join(SCALES)
_SPELLED = (rf"(?:(?:a|one)\s+(?:{_SCALE})|(?:{_WORD}))(?:(?:[\s-]+|\s+and\s+)"
            rf"(?:{_WORD}|{_SCALE}))*")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?:\.\d+)?)(?:\s+(?:thousand|million))?"
NUMBER = rf"(?:{_DIGITS}|\b{_SPELLED}\b)"

_QUALIFIER_WORDS = {
    "about": "about|around|approximately|roughly|some|nearly|almost|an estimated|close to",
    "more than": "more than|over|upwards of|in excess of",
    "at least": "at least|no fewer than|no less than",
    "up to": "up to|as many as|no more than|fewer than|less than",
}
_QUALIFIER = "|".join(f"(?P<q_{i}>{words})" for i, words in enumerate(_QUALIFIER_WORDS.values()))
_FIGURE = re.compile(
    rf"(?:\b(?:{_QUALIFIER})\s+)?(?:"
    rf"\bfrom\s+(?P<f_lo>{NUMBER})\s+to\s+(?P<f_hi>{NUMBER})"
    rf"|\bbetween\s+(?P<b_lo>{NUMBER})\s+and\s+(?P<b_hi>{NUMBER})"
    rf"|(?P<r_lo>{NUMBER})\s*[-–—]\s*(?P<r_hi>{NUMBER})"
    rf"|(?P<num>{NUMBER}))",
    re.IGNORECASE)

_SHARES = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
           "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2,
           "one fifth": 0.2, "a tenth": 0.1}
_SHARE = re.compile(
    rf"\b(?P<share>{'|'.join(_SHARES)}|(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent))\s+of\s+"
    rf"(?:them|whom|those|these|the\s+latter)(?:\s+(?P<base>{NUMBER}))?"
    rf"(?:\s*(?:are|were|is|was|-|–|—)\s+(?:also\s+)?(?P<pop>[\w-]+))?",
    re.IGNORECASE)

PEOPLE_NOUNS = frozenset("""
people persons person citizens nationals residents natives men women children kids wives husbands
widows orphans boys girls youths adults minors teenagers fighters militants jihadists insurgents
combatants mujahidins mujahideen rebels extremists terrorists radicals recruits volunteers
returnees members followers individuals detainees prisoners convicts suspects defendants refugees
migrants emigrants travellers travelers departures families-members soldiers officers victims
kazakhstanis kazakhs kazaks uzbeks tajiks kyrgyz turkmens russians chechens uighurs uyghurs
""".split())
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:stanis|ians|ans|aks|eks|iks|ens)$")
_STOP_WORDS = frozenset("""
and or but in into on at to from for with by who whom which that than as are were is was have
has had will would been be being the a an of said says told their his her its they them these
those this there when where while after before since during until
""".split())
_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
_MONTH = rf"(?P<month>\b(?:{'|'.join(_MONTHS)}))\b"
_MONTH_AFTER = re.compile(rf"^\s*+(?:(?:st|nd|rd|th)\s*+)?(?:of\s++)?{_MONTH}", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"{_MONTH}\.?\s*$", re.IGNORECASE)
_MONTH_OR_VERB = ("may", "march", "mar")  # "30 women may return": a month only as "May"
_CURRENCY = re.compile(r"(?:[$€£₸]|\b(?:USD|KZT|EUR|RUB)\s?)$")
_CURRENCY_AFTER = re.compile(
    r"^\s*(?:dollars?|tenge|euros?|roubles?|rubles?|pounds?|soms?|manats?|USD|KZT|EUR|RUB|bn\b"
    r"|billion)", re.IGNORECASE)
_NUMBER_OF = re.compile(
    r"\b(?:the|a|their|its)\s+(?:total\s+)?(?:number|figure|count|total)"
    r"(?:\s+of\s+(?P<pop>[^–—:;,.\"“”]+?))?\s*(?:[–—:]|\bat\b|\bis\b|\bwas\b|\bstood at\b"
    r"|\breached\b|\bto\b)\s*$", re.IGNORECASE)
_ZERO = re.compile(
    r"\b(?:no|not a single|not one)\s+(?:such\s+|new\s+|further\s+|more\s+)?(?P<noun>[\w-]+)",
    re.IGNORECASE)
_CASES = re.compile(r"\bsuch\s+cases$|\bcases\s+of\s+(?:departure|travel|leaving|people)",
                    re.IGNORECASE)


def parse_number(text: str) -> float:
    """'1,250' -> 1250, 'three hundred' -> 300, 'two thousand five hundred' -> 2500, '1.5
    million' -> 1500000; ValueError if it is not a number."""
    text = text.strip().lower().replace(",", "")
    parts = re.split(r"[\s-]+", text)
    if re.fullmatch(r"\d+(?:\.\d+)?", parts[0]):
        value = float(parts[0])
        for part in parts[1:]:
            value *= SCALES[part]
        return value
    total, current = 0.0, 0.0
    for word in parts:
        if word in ("and", "a"):
            current = current or (1.0 if word == "a" else current)
            continue
        if word in WORD_VALUES:
            current += WORD_VALUES[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        else:
            raise ValueError(f"not a number word: {word!r} in {text!r}")
    return total + current


def _is_people_noun(word: str) -> bool:
    bare = word.strip(".,;:!?\"'“”‘’()").strip()
    return bare.lower() in PEOPLE_NOUNS or bool(_DEMONYM.match(bare))


def _people_after(after: str) -> tuple[str, int] | None:
    """The counted group right after a number ('Kazakhstan citizens', 'of them'), with its
    length in characters, or None when the number does not count people."""
    of_them = re.match(r"\s+of\s+(?:them|whom|those|these|us)\b", after, re.IGNORECASE)
    if of_them:
        return of_them.group(0).strip(), of_them.end()
    of_the = re.match(r"\s+of\s+(?:the|our|their)\b", after, re.IGNORECASE)
    if of_the:
        rest = _people_after(after[of_the.end():])
        return (after[:of_the.end() + rest[1]].strip(), of_the.end() + rest[1]) if rest else None
    for n, m in enumerate(re.finditer(r"\s*(\S+)", after)):
        word = m.group(1)
        bare = word.strip(".,;:!?\"'“”‘’()")
        if n >= 4 or not bare or not re.match(r"[\w-]", word):
            return None
        position = m.start(1) + len(word.rstrip(".,;:!?\"'“”‘’()"))
        if _is_people_noun(word) or _CASES.search(after[:position]):
            return after[:position].strip(), position
        if bare.lower() in _STOP_WORDS or word[-1] in ".,;:!?\"”)" or bare[-1].isdigit():
            return None
        if bare.islower() and re.search(r"[^su]s$", bare):
            return None  # another plural noun heads the phrase: 80 countries, two meetings
    return None


def _is_month(m: re.Match | None) -> bool:
    """A month name next to a number; "may" and "march" count only when capitalised."""
    return m is not None and (m.group("month").lower() not in _MONTH_OR_VERB
                              or m.group("month")[0].isupper())


def _not_a_count(text: str, start: int, end: int, value: float, has_range: bool) -> bool:
    """True for dates, times, years, ages, phone numbers, ordinals, money, rates and URLs."""
    before, after = text[:start], text[end:]
    token = re.search(r"\S*$", before).group(0) + text[start:end] + re.match(r"\S*", after).group(0)
    if "/" in token or "http" in token or "www." in token or "@" in token:
        return True
    if re.match(r"[:.]\d|\d|[a-z]", after) or re.search(r"\d[:.]$|[+(]\s*$", before):
        return True  # 14:51, 494.98, 37th, 3rd, +7(700)
    if re.match(r"\s*\)\s*\d|\s\d{2,3}\s\d{2}", after):
        return True  # phone numbers in groups
    if _CURRENCY.search(before) or _CURRENCY_AFTER.match(after):
        return True
    if re.match(r"\s*[-–]?\s*(?:years?|months?|days?|weeks?|hours?|minutes?)\b", after,
                re.IGNORECASE) or re.search(r"\b(?:aged|age of|ages)\s*$", before, re.IGNORECASE):
        return True  # ages and durations
    if re.search(r"%|per\s?cent", after[:9], re.IGNORECASE):
        return True  # percentages count nothing by themselves (shares are read separately)
    if (_is_month(_MONTH_AFTER.match(after)) and not has_range and value <= 31
            or _is_month(_MONTH_BEFORE.search(before))):
        return True  # 6 March, 13th of November, November 13, Nov. 5, March 2018
    if 1900 <= value <= 2099 and re.fullmatch(r"\d{4}", text[start:end].strip()) and not has_range:
        return bool(re.search(r"\b(?:in|since|by|until|till|from|of|during|before|after|year|"
                              r"early|late|mid|spring|summer|autumn|winter|fall)\s*$|[-–]\s*$",
                              before, re.IGNORECASE)) or _people_after(after) is None
    return False


# --- who said it, and through whom -------------------------------------------------------------

# (at most 120 characters: an unbounded lazy run made each attempt scan the rest of the text)
_NAME = r"(?:[A-Z\"“]|the\s|he\b|she\b|they\b)[^,;:\"“”]{0,120}?"
_SAY = (r"said|says|say|added|adds|noted|notes|stressed|explained|declared|announced|"
        r"stated|claimed|estimated|estimates|believes|told|confirmed|clarified|reported|reports|"
        r"cautions|cautioned|warns|warned|argues|argued|insists|insisted|assured|"
        r"has declared|have declared|has said|gave the number|put the number|placed the number|"
        r"have placed the number|has placed the number")
_APPOSITION_ROLE = (r"(?:director|head|chairman|chairwoman|deputy|minister|spokes\w+|member|"
                    r"chief|professor|lawyer|analyst|expert|researcher|founder|editor)\b")
# "Some are said to hail from ...": a passive of saying names nobody
_PASSIVE_SAY = re.compile(r"\b(?:is|are|was|were|been)\s+(?:said|reported|believed|thought|"
                          r"alleged|claimed|estimated)\s+to\b", re.IGNORECASE)
_ATTRIBUTION = [  # (pattern, which group is the speaker, which the channel), in order of trust
    re.compile(r"\baccording to (?P<spk>[^,.;]+?)(?:,\s*as reported by (?P<via>[^,.;]+))?"
               r"\s*(?:[,.;]|$)", re.IGNORECASE),
    re.compile(rf"(?:^|[,;:.]\s+|\s)(?P<spk>{_NAME}),?\s+told\s+(?P<via>[^,;:\"“”]+?)"
               r"(?:\s+(?:that|it|he|she|they)\b|[,.;:]|$)"),
    re.compile(r"\b(?:including|as estimated|made|given) by (?P<spk>[^,.;]+?)\s*[,.;]"),
    re.compile(r"\bthe (?:statement|website|press service|report) of (?P<doc>the [A-Z][\w ]+?)"
               r"\s+(?:reads|says|said|states)\b"),
    re.compile(r"^(?:This|These figures|The figures?|The data) (?:was|were) "
               r"(?:reported|given|announced|stated|released) by (?P<spk>[^,.;]+)", re.IGNORECASE),
    # "Zamir Karajanov, a political analyst based in Almaty, cautions that ..."
    re.compile(rf"(?:^|[,;:.]\s+)(?P<spk>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}),\s+"
               rf"(?:(?:a|an|the)\s|who\s|{_APPOSITION_ROLE})[^;:\"“”]*?,\s+(?:{_SAY})\b"),
    # "..., say specialists and officials." (verb first, a group of people after it)
    re.compile(r",\s+(?:say|says|said|added|warn|warned)\s+"
               r"(?P<spk>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4})[.!?]?$"),
    re.compile(rf"[,”\"]\s*(?P<spk>[^,;:\"“”]+?)\s+(?:{_SAY})\b"
               r"(?:[^,;\"“”]*[.!?]?$|,?[\"”])"),
    re.compile(rf"\b(?:{_SAY.replace('told|', '')}) (?P<spk>[A-Z][\w'-]++(?: [A-Z][\w'-]++)*+)"
               r"[.!?]?$"),  # one way only to split a run of capitals into words
    re.compile(rf"(?:^|[,;:.]\s+)(?P<spk>{_NAME}),?\s+(?:{_SAY})\b"),
    re.compile(r"(?:[,.]\s*|^)(?<![\w.'-])(?P<via>[A-Z][\w.'-]*+(?: [A-Z][\w.'-]*+)*+) "
               r"(?:reports|reported|writes|wrote)\b[.!?]?$"),
]
_NEXT_SENTENCE = _ATTRIBUTION[4]
_DOCUMENT = re.compile(r"^the (?:statement|website|press service|report|press release) of\s+",
                       re.IGNORECASE)
_AS_REPORTED = re.compile(r"\b(?:as )?reported by (?P<via>[^,.;]+)", re.IGNORECASE)
_ANAPHORA = re.compile(
    r"^(?:he|she|him|her|they|them|the (?:expert|analyst|official|minister|president|chairman|"
    r"deputy chairman|head|director|source|spokesman|spokeswoman|political expert|politician|"
    r"committee))$", re.IGNORECASE)


@dataclass
class Attribution:
    """Who gave a figure (canonical or as written) and the outlet or body that carried it;
    named_here says whether the sentence itself names them (not only carries them on)."""

    speaker: str = ""
    via: str = ""
    named_here: bool = False


def _clean_phrase(phrase: str) -> str:
    phrase = re.sub(r"^(?:Q\s+|and\s|but\s|while\s|moreover\s|however\s|also\s|where\s|when\s|"
                    r"which\s|who\s|as\s|that\s|earlier\s|there\s)+", "",
                    phrase.strip(" \"“”'"), flags=re.IGNORECASE)
    return phrase.strip(" ,")


def _speaker_of(phrase: str, last: Attribution) -> tuple[str, bool]:
    """(speaker, resolved by anaphora?) for a speaker phrase.

    A pronoun or a bare description ("the expert") is the last speaker; a description that
    matches the role of a person in actors.csv ("the chairman of the National Security
    Committee") is that person, the last speaker first.
    """
    phrase = _clean_phrase(phrase)
    if _ANAPHORA.match(phrase) and last.speaker:
        actor = find_actor(phrase)
        if actor is None or actor.canonical_name == last.speaker:
            return last.speaker, True
    named = find_actor(phrase)
    if named is not None and named.is_person:
        return named.canonical_name, named.canonical_name == last.speaker
    if re.match(r"the\s+\S+\s+\S+\s+\S+", phrase, re.IGNORECASE):
        described = actor_by_role(phrase[4:], prefer=last.speaker)
        if described:
            return described, described == last.speaker
    return canonical_speaker(phrase), False


def attribute(text: str, last: Attribution, next_text: str = "") -> Attribution:
    """Who said what a sentence reports, by the reported-speech patterns of news English.

    `last` is the attribution in force from earlier sentences: pronouns and "the expert" refer
    to its speaker, and a sentence with no attribution of its own continues it. A sentence that
    is followed by "This was reported by X" takes X.
    """
    found = Attribution()
    text = _PASSIVE_SAY.sub("-", text)
    for n, pattern in enumerate(_ATTRIBUTION):
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("spk") and _DOCUMENT.match(_clean_phrase(groups["spk"])):
            groups["doc"] = groups.get("doc") or _DOCUMENT.sub("", _clean_phrase(groups["spk"]))
            groups["spk"] = None  # "the report of X says": X speaks through a document
        if groups.get("spk") and not found.speaker:
            if find_actor(groups["spk"]) is None:
                # an appositive: "..., Murat Telibekov, director of ..., told Caravanserai"
                frame = text[:m.start("spk")].split(",")[-3:]
                named = find_actor(",".join(frame))
                if named is not None and named.is_person:
                    groups["spk"] = named.canonical_name
            speaker, anaphoric = _speaker_of(groups["spk"], last)
            found.speaker = speaker
            if anaphoric and not found.via:
                found.via = last.via
        if groups.get("via") and not found.via:
            found.via = canonical_speaker(_clean_phrase(groups["via"]))
        if groups.get("doc") and not found.via:
            found.via = canonical_speaker(_clean_phrase(groups["doc"]))
        if n == 0 and not found.via:
            reported = _AS_REPORTED.search(text)
            if reported:
                found.via = canonical_speaker(_clean_phrase(reported.group("via")))
    found.named_here = bool(found.speaker or found.via)
    outlet = find_actor(found.speaker) if found.speaker else None
    if outlet and outlet.actor_type == "news outlet":
        # "..., Tengrinews reports": an outlet carries the figure, it did not count
        found.via, found.speaker = found.via or outlet.canonical_name, ""
    if not found.speaker and found.via and not last.speaker:
        found.speaker, found.via = found.via, ""  # "the statement of the Committee reads"
    if not found.speaker:
        m = _NEXT_SENTENCE.search(next_text)
        if m:
            found.speaker = canonical_speaker(_clean_phrase(m.group("spk")))
    if not found.speaker:
        found.speaker = last.speaker
    if not found.via and found.speaker == last.speaker:
        found.via = last.via
    if found.via == found.speaker:
        found.via = ""
    return found


# --- the extractor ---------------------------------------------------------------------------

ESTIMATE_COLUMNS = ["doc_id", "sentence_id", "value", "low", "high", "qualifier", "population",
                    "speaker", "via", "excerpt"]


def _qualifier(m: re.Match) -> str:
    for i, name in enumerate(_QUALIFIER_WORDS):
        if m.group(f"q_{i}"):
            return name
    return "exact"


def figures_in(text: str, previous: list[dict] | None = None) -> list[dict]:
    """The numbers of people in one sentence, as dicts with value, low, high, qualifier,
    population and excerpt. `previous` holds the figures read earlier in the same document, so
    that "half of them" can be multiplied out."""
    previous = previous if previous is not None else []
    rows: list[dict] = []
    taken: list[tuple[int, int]] = []
    for m in _SHARE.finditer(text):
        base = None
        if m.group("base"):
            stated = parse_number(m.group("base"))
            base = {"value": stated, "low": stated, "high": stated, "qualifier": "exact"}
            earlier = [r for r in previous + rows if r["value"] == base["value"]]
            base = earlier[-1] if earlier else base
        elif previous + rows:
            base = (previous + rows)[-1]
        if base is None:
            continue
        share = float(m.group("pct")) / 100 if m.group("pct") else _SHARES[m.group("share").lower()]
        value = round(share * base["value"], 2)
        # the bounds rule for shares: the share of the base's bounds (open stays open)
        low, high = share * base["low"], share * base["high"]
        rows.append({"value": value, "low": low, "high": high,
                     "qualifier": "share of an earlier figure",
                     "population": m.group("pop") or "of them", "excerpt": m.group(0).strip()})
        taken.append(m.span())
    for m in _FIGURE.finditer(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
            continue
        qualifier = _qualifier(m)
        lo_text = m.group("f_lo") or m.group("b_lo") or m.group("r_lo")
        try:
            if lo_text:
                hi_text = m.group("f_hi") or m.group("b_hi") or m.group("r_hi")
                low, high = parse_number(lo_text), parse_number(hi_text)
                if not low < high:
                    continue
                value, qualifier = (low + high) / 2, "range"
            else:
                value = parse_number(m.group("num"))
                low, high = bounds(value, qualifier)
        except ValueError:
            continue
        number_start = m.start("num") if m.group("num") else m.start()
        if _not_a_count(text, number_start, m.end(), value, bool(lo_text)):
            continue
        people = _people_after(text[m.end():])
        end = m.end() + people[1] if people else m.end()
        population = people[0] if people else ""
        if not people:
            number_of = _NUMBER_OF.search(text[:m.start()])
            if not number_of:
                continue
            population = (number_of.group("pop") or "the number").strip()
        rows.append({"value": value, "low": low, "high": high, "qualifier": qualifier,
                     "population": population, "excerpt": text[m.start():end].strip()})
        taken.append((m.start(), end))
    for m in _ZERO.finditer(text):
        noun = m.group("noun")
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _is_people_noun(noun) or re.match(r"cases\b", noun, re.IGNORECASE) and "such" in m.group(
                0).lower():
            rows.append({"value": 0.0, "low": 0.0, "high": 0.0, "qualifier": "exact",
                         "population": re.sub(r"^\w+(?: a single| one)?\s+", "", m.group(0)),
                         "excerpt": m.group(0)})
    return rows


def quote_runs(sentence_rows: pd.DataFrame) -> list[tuple[int, int]]:
    """Where quotations run in one document: (first, last) positions of the sentences, in order.

    `sentence_rows` are one document's rows of `sentences()` in reading order (columns text and
    paragraph_n). A run starts at a sentence with a quote mark and ends at the sentence that
    closes it. Marks are counted per paragraph (curly ones by balance, straight ones by parity),
    and a run ends with its paragraph unless the next paragraph opens with a quote mark, the
    news convention for a quotation over several paragraphs. So a stray mark (an inch mark: 12")
    keeps at most the rest of its paragraph, never the rest of the document.
    """
    texts = sentence_rows["text"].tolist()
    paras = sentence_rows["paragraph_n"].tolist()
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        if not re.search(r"[\"“”]", texts[i]):
            i += 1
            continue
        j, curly, straight = i, 0, 0
        while True:
            curly += texts[j].count("“") - texts[j].count("”")
            straight += texts[j].count('"')
            still_open = curly > 0 if curly else straight % 2 == 1
            if not still_open or j + 1 == len(texts):
                break
            if paras[j + 1] != paras[j]:
                if not texts[j + 1].startswith(('"', "“")):
                    break
                curly, straight = 0, 0  # the next paragraph reopens the quotation
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def _outlet_of(doc) -> str:
    """The article's outlet as a canonical name, or empty when it is not known (never 'nan')."""
    outlet = doc.outlet
    return canonical_speaker(outlet) if isinstance(outlet, str) and outlet.strip() else ""


def extract_estimates(docs: pd.DataFrame) -> pd.DataFrame:
    """Numbers of people in every headline and sentence, one row per figure.

    Columns (ESTIMATE_COLUMNS): doc_id; sentence_id (`<doc_id>:title` for a headline); value;
    low and high (bounds rule; NaN = open); qualifier (about | more than | at least | up to |
    exact | share of an earlier figure | range); population (the counted group as written);
    speaker (canonical name from actors.csv, or as written, or empty); via (outlet or body that
    carried the figure, or empty); excerpt (verbatim). Sorted by document and reading order.
    """
    by_doc = {doc_id: group for doc_id, group in sentences(docs).groupby("doc_id", sort=False)}
    rows: list[dict] = []
    for doc in docs.itertuples(index=False):
        earlier: list[dict] = []
        title = str(doc.title or "")
        for figure in figures_in(title, earlier):
            rows.append({"doc_id": doc.doc_id, "sentence_id": f"{doc.doc_id}:title",
                         "speaker": "", "via": _outlet_of(doc),
                         **figure})
        earlier = []
        body = by_doc.get(doc.doc_id, pd.DataFrame(columns=["sentence_id", "text",
                                                            "paragraph_n"]))
        texts = body["text"].tolist()
        run_end = {k: last for first, last in quote_runs(body) for k in range(first, last)}
        last = Attribution()
        for i, (sid, text) in enumerate(zip(body["sentence_id"], texts, strict=True)):
            next_text = texts[i + 1] if i + 1 < len(texts) else ""
            current = attribute(text, last, next_text)
            # a quotation that runs on: its speaker is named where it closes
            for later in texts[i + 1:run_end.get(i, i) + 1]:
                closing = attribute(later, current)
                if closing.speaker == current.speaker:
                    current.via = current.via or closing.via
                elif closing.speaker:
                    if current.speaker and current.speaker != last.speaker:
                        current.via = current.via or closing.speaker
                    else:
                        current = closing
            found = figures_in(text, earlier)
            earlier.extend(found)
            for figure in found:
                rows.append({"doc_id": doc.doc_id, "sentence_id": sid,
                             "speaker": current.speaker, "via": current.via, **figure})
            last = current
    return pd.DataFrame(rows, columns=ESTIMATE_COLUMNS)

