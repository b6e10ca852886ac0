"""Counts of people in one sentence: which number, how sure, and which group it counts.

`figures_in(text, previous)` finds every number that counts people: a number before a people
noun (read by helpers.people_phrases: "300 Kazakhstanis", "one man", "40 relatives", "600 of
its citizens"), after "the number of ... is" or a toll, before "who" ("the 300 who left"), as
the object or subject of a verb of counting people ("killed 300", "40 were arrested", "Five
arrested"), a count whose noun is elided but named before ("..., of whom 40 were killed", "25
have since come home", "Among the deaths, 504 were ..."), a share of a figure ("half of them")
and "no such cases". Ages ("children under 12"), ranges that count no people and fractions of a
person are left out. Word lists (people nouns and verbs, shares, qualifiers, number words)
come from helpers/lexicon/."""

from __future__ import annotations

import re

from . import number_context as around
from .classifier_counts import classifier_counts, qualified_after, with_classified
from .cued_numbers import as_printed, cued_numbers
from .elided_forms import elided_form, more_after, object_ends
from .figure_grammar import FigureGrammar, figure_matches, shares_in
from .figure_grammar import figure_grammar as _grammar
from .number_context import ZERO_WORDS, age_bound, counts_things, zero_counts
from .number_idioms import idiom_at
from .numbers import bounds, may_hold_number, not_a_count, parse_number, words_of
from .people_counters import classified_before, numeral_alone
from .people_phrases import is_people_noun, people_after
from .scripts import ascii_digits

WINDOW = 200  # characters before a number that its context is read from (keeps reading linear)
# "the number of fighters is", "the total now stands at", "that number has since risen to",
# "the figure was put at", "the number is thought to be"
_NUMBER_OF = re.compile(
    r"\b(?:the|a|their|its|this|that|our)\s+(?:(?:total|final|official|current|latest|overall"
    r"|real|actual|true)\s+)?(?:number|figure|count|total)"
    r"(?:\s+of\s+(?P<pop>[^–—:;,.\"“”]{1,150}?))?"
    r"(?:\s+(?:has|have|had|is|are|was|were|been|be|to|now|since|currently|already|so\s+far"
    r"|reportedly|officially|rose|risen|grown|grew|climbed|increased|jumped|fallen|fell|dropped"
    r"|stands|stood|put|estimated|given|set|revised|raised|lowered|thought|believed|said|expected"
    r"|reported|likely)\b){0,4}"
    r"\s*(?:[–—:]|\bat\b|\bis\b|\bwas\b|\breached\b|\bto\b|\bbe\b|\btops\b|\btopped\b"
    r"|\bexceeds\b|\bexceeded\b)(?:\s++(?:now|likely|still|probably|currently|already|well"
    r"|just))*+\s*+$", re.IGNORECASE)
# the end of "the number of dead has risen to": a verb phrase, not part of the group
_POPULATION_TAIL = re.compile(r"(?<!\s)\s++(?:has|have|had|is|was|are|were|now|rose|grew|stands"
                              r"|stood|could|may|might|will|would|reportedly)\b.*$", re.IGNORECASE)
# "the nation's fighters number about 300"
# "their forces, loyal to the government, numbered around 1,400"
_NOUN_NUMBERS = re.compile(r"(?<![\w'’-])(?P<pop>[\w'’-]++)(?:(?:,[^,.;]{1,80}+,)?\s++(?:number"
                           r"|numbers|numbered|numbering|total|totals|totalled|totaled|totalling"
                           r"|totaling)|\s*+[:–—])\s*+$", re.IGNORECASE)
# "los fallecidos son 510", "i dispersi sono 300", "les blessés sont 40", "os mortos são 21": a
# people noun, a copula or verb of amounting, then the number (read where the noun is one)
_NOUN_IS = re.compile(r"(?<![\w'’-])(?P<pop>[\w'’-]++)(?:\s++(?:ya|já|già|déjà))?\s++(?:son|eran|"
                      r"fueron|superan|suman|ascienden\s++a|alcanzan|sono|erano|sont|étaient|são"
                      r"|eram|foram|somam"
                      # "tops / exceeds / reaches N": "os desalojados chegam a 528.743", "i
                      # dispersi superano i 40", "les blessés dépassent 30"
                      r"|llegan\s++a|rondan|chegam\s++a|passam\s++de|ultrapassam|superam"
                      r"|arrivano\s++a|salgono\s++a|superano|sfiorano|atteignent|dépassent"
                      r"|s['’]élèvent\s++à|übersteigen|überschreiten)"
                      r"(?:\s++(?:ya|ahora|già|déjà|já|los|las|les|i|gli|le|os|as|al\s++menos))*+\s*+$",
                      re.IGNORECASE)
# Turkish "23 şüpheliden 14'ü tutuklandı" (14 of the 23 suspects): a people noun in the ablative
# before the number, a possessive ending after it
_TR_PART_OF = re.compile(r"(?<![\w'’])(?P<pop>[^\W\d_]+(?:den|dan|ten|tan))\s++$")
_TR_PART = re.compile(r"['’](?:s?[ıiuü]|[ıiuü]n[ıiuü]n)\b")
# a count whose noun is left out: "of whom 40 were killed", "25 have since come home", "200 in
# Iraq", "seven from Germany", "1,300 joining ISIS", "two more"
_ELIDED_BEFORE = re.compile(  # also the rest of a group: "the remaining 119", "otros 11"
    r"\b(?:(?:of|among)\s+(?:whom|them|those)|из\s+(?:них|которых)|dont|including|darunter"
    r"|waarvan|(?:de|d['’]entre)\s+(?:ellos|ellas|eux|elles)\s*,|(?:the\s+)?remaining"
    r"|(?:los|las)\s+restantes|otros|otras|(?:les\s+)?autres|weitere"
    r"|(?:del|de\s+un|sur\s+un|out\s+of\s+a)\s+total\s+(?:de|of)"
    r"|ещё|еще|ще)\s*$", re.IGNORECASE)  # Russian, Ukrainian: 'еще двоих'

_ELIDED_AFTER = re.compile(r"(?<!\s)\s++(?:(?:have|has|had|were|was|are|is|will|would|remain|"
                           r"remained|returned|died|come|came|more|sono|erano|furono"
                           # Italian, French, German, Dutch, Spanish auxiliaries: "302 sont revenus"
                           # "50 sind zurückgekehrt", "zestig zijn omgekomen", "17 han muerto"
                           r"|sont|ont|étaient|seraient|auraient|sind|waren|seien|haben|zijn|hebben"
                           r"|habían|fueron|eran|siguen|continúan|aún|resultaron|quedaron|murieron"
                           r"|wurden|werden|starben"
                           # Slavic "a četiri su povrijeđene", Polish "12 są", "sedam je ranjeno"
                           r"|su|су|są|sú|jsou|(?:je|је)(?=\s+[^\W\d_]+(?:no|na|ni|ne|но|на|ни|не)\b)"
                           r"|lainnya|anderen)\b"  # Indonesian, Dutch "20 others"
                           r"(?!\s+(?:been\s+)?(?:years?|days?|months?|times?|percent)\b)"
                           # "200 in Iraq", Spanish/French "dos en Santiago", Portuguese "30 em
                           # Muçum", Italian "5 nel Lazio", German "12 aus Berlin", Dutch "uit"
                           r"|(?:in|from|en|em|nel|nella|aus|uit)\s+(?:outside\s+)?[A-Z]"
                           # "30 leaving", Russian "30 пострадали", "5 числятся"
                           r"|(?!according)[a-z]+ing\b|[а-яё]+ли(?:сь)?\b|[а-яё]+[ая]тся\b"
                           r"|" + around.OF_THE_GROUP + r"|[a-z]+ed\b"  # "760 of the 3,244"
                           # "12 survived.", not "four unmanned planes": a verb, ends a clause
                           r"(?=\s*+[,.;:!?)]|\s*+$|\s++(?:in|on|at|to|from|after|before|during|when"
                           r"|while|as|and|or|but|the|a|an|his|her|their|its|with|without|by|for|into"
                           r"|over|since|last|this|later|earlier|overnight)\b))")
_WHO = re.compile(r"(?<!\s)\s++((?:who|that)\s+(?:had\s+|have\s+|has\s+|were\s+|are\s+)?[a-z]+"
                  r"[^,;:.!?\"“”]*)")
# "rose from 40 to 60": a change from one count to another, no range
_CHANGED = re.compile(r"(?<!\w)(?:rose|risen|rises|jumped|jumps|climbed|climbs|increased|increases"
                      r"|grew|grown|fell|fallen|falls|dropped|drops|soared|surged|doubled|tripled"
                      r"|went\s+up|gone\s+up|shot\s+up|passé|passée|passés|augmenté|pasó|aumentó"
                      r"|subió|ascendió|stieg|gestiegen|steeg|gestegen|вырос|выросло|выросла"
                      r"|увеличилось|увеличился)"
                      r"(?:\s++(?:de|d['’]|von|van|с|from))?\s*+$", re.IGNORECASE)
# "three in four voters": a ratio, the second number counts no group
_RATIO = re.compile(r"(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
                    r"\s++in\s++$", re.IGNORECASE)
_ONE_OF_SALAH = re.compile(r"\bsalah\s++$", re.IGNORECASE)
# "a boat with 55 on board": the people on a vessel
_ABOARD = re.compile(r"(?<!\s)\s++(on\s++board|aboard|a\s++bordo|à\s++bord|an\s++Bord"
                     r"|aan\s++boord)\b", re.IGNORECASE)
# "The arrests bring to 12 the number of people detained"
_BRINGS_TO = re.compile(r"\b(?:brings?|brought|bringing|raises?|raised|raising|takes?|took|taking)"
                        r"\s++(?:the\s++(?:total|toll)\s++)?to\s*+$", re.IGNORECASE)
_THE_NUMBER_AFTER = re.compile(r"(?<!\s)\s++the\s++(?:total\s++)?(?:(?:number|toll)\s++of\s++"
                               r"(?P<pop>[^,;:.!?]{1,80})|(?P<toll>(?:death|casualty)\s++toll))",
                               re.IGNORECASE)  # also "taking to 63 the death toll"
# "the death toll has reached 53", "a death toll rising above 300", "the toll topped 250",
# "quake toll reaches 247", "flood toll now over 50", "toll rises to ‘more than 1,000’"
_TOLL = re.compile(r"\b(?P<pop>(?:(?:death|casualty)\s+)?toll)\b[^;:]{0,120}?"
                   r"\b(?:to|at|of|reach(?:es|ed)?|hit|above|over|is|was|stands|stood|tops|topped"
                   r"|passed|exceeded|surpassed)\s*+[‘'\"“]?$", re.IGNORECASE)
# "Among the reported deaths, 504 were in ...": the group is named before the comma
# "one" without a noun is a pronoun ("the last one", "that one had returned") unless a verb of
# people counts it ("killed one", "One was killed")
_PRONOUN_ONE = re.compile(r"one", re.IGNORECASE)
_ONE_AFTER_WORD = re.compile(r"\b(?:this|that|each|every|any|no|not|which|another|(?:the|a)"
                            r"(?:\s++(?:last|first|second|next|other|same|only|single|new|latest))?)"
                            r"\s*+$", re.IGNORECASE)
_AMONG = re.compile(r"\b(?:among|of)\s++(?:the|these|those)\s++(?P<pop>(?:[\w-]++\s++){0,2}"
                    r"[\w-]++)\s*+,\s*+$", re.IGNORECASE)
# "seven from Germany were sent": a count that says where the people are from
_FROM_PLACE = re.compile(r"(?<!\s)\s++(from\s++[A-ZА-ЯЁ][\w-]*+(?:\s[A-ZА-ЯЁ][\w-]*+)?)\s++"
                         r"(?:were|are|was|have|had)\b")
# "the three were detained": a definite spelled number stands for people named before
_THE_BEFORE = re.compile(r"\b(?:the|all|both)\s+$", re.IGNORECASE)
_AUX_AFTER = re.compile(r"(?<!\s)\s++(?:were|are|had|have|remain|remained|said|told|[a-z]+ed)\b")
_DIGIT = re.compile(r"\d")
# a hyphen and a letter right after a spelled number: "five-star", "tri-state" ("forty-odd" counts)
_WORD_COMPOUND = re.compile(r"-(?!odd\b|plus\b)[^\W\d_]")
# "Of the 300 houses, 120 were destroyed": a count of things named before the comma
_OF_THINGS = re.compile(r"\bof\s+(?:the\s+|these\s+|those\s+)?\d[\d,]*\s+(?P<noun>[a-z]+s)"
                        r"\b[^\d.;]{0,40}?,\s*$", re.IGNORECASE)


def _elided(text: str, m: re.Match, antecedent: dict | None, grammar: FigureGrammar
            ) -> str | None:
    """The population of a count whose noun is left out ("of whom 40 were later killed", "25
    have since come home", "200 in Iraq"): the group of the last figure before it (`antecedent`,
    in the same sentence or an earlier sentence of the paragraph); None without one, and none
    after "including" when a plural noun of things follows ("including 10 suicide bombings")."""
    before, after = text[max(0, m.start() - WINDOW):m.start()], text[m.end():]
    if antecedent is None or not antecedent.get("noun", True):
        return None
    if _ELIDED_AFTER.match(after) or elided_form(before, after) or around.compared_with(
            before, after) or (
            ";" in text and _ITEM_BEFORE.search(before) and _ITEM_AFTER.match(after)) or (
            _LIST_BEFORE.search(before) and _LOCATIVE_AFTER.match(after)
            and not more_after(after)) or (_ELIDED_BEFORE.search(before) and not (
                _THING_NEXT.match(after) and counts_things(text, m.end(), grammar.nouns))):
        return antecedent["population"]
    return None  # no group named before ("40 died" names none for "12 were ...")


# an item of a list split by semicolons, a name and its count ('Francia, 271; y Alemania, 300.')
_ITEM_BEFORE = re.compile(r"[^\W\d_]{2},\s*+$")
_ITEM_AFTER = re.compile(r"(?<!\s)\s*+[;.]")
# the next item of a list of counts by place or time: "300 people died in the north, 200 in the
# south and 40 in the capital", "45 en Puebla, 15 en el Estado de México", "3 nella regione Lazio"
# (after a word, never a number: "detained Nov 27 and 28 in operations" is a date)
_LIST_BEFORE = re.compile(r"[^\W\d_](?:\s*+,|\s++(?:and|y|e|et|und|en|i|и|і|ve|dan|och|og))\s*+$",
                          re.IGNORECASE)
_LOCATIVE_AFTER = re.compile(r"(?<!\s)\s++(?:in|en|em|no|na|nel|nella|nei|nelle|negli|dans|au|aux"
                             r"|im|bei|op|bij|w|в|во|u|di)\s++(?!\d)[^\W\d_]")
# the Hungarian suffix that makes a number a count of persons ('5718-an', '439-en': 5,718 and
# 439 people); with an accent it is a date's ('május 5-én')
_PERSONS = re.compile(r"-(?:an|en)\b")
# a plural noun right after a number, at most one longer word between ("10 suicide bombings")
_THING_NEXT = re.compile(r"(?<!\s)\s++(?:[a-z]{3,}+\s++)?[a-z]*s\b")


def _names_people(phrase: str, grammar: FigureGrammar) -> bool:
    """Whether a phrase ("Tunisian jihadists", "those in Sirte", "people arrested") names
    people: a people noun or a pronoun for them."""
    return any(word.lower() in ("those", "these", "them") or is_people_noun(word, grammar.nouns)
               for word in phrase.split())


def _alone(text: str, m: re.Match, grammar: FigureGrammar, antecedent: dict | None
           ) -> list[re.Match]:
    """The match, or when it is a range without "from" that counts no people ("sentenced
    another two to 15 years"), each of its two numbers on its own; so too "from 76 to 172" after
    a verb of change ("the toll jumped from 76 to 172 people", "est passé de 12 à 15 morts"):
    two counts, no range."""
    for key in ("f", "t"):
        if m.group(f"{key}_lo") and _CHANGED.search(text, max(0, m.start() - 40), m.start()):
            parts = (grammar.figure.match(text, m.start(f"{key}_lo"), m.end(f"{key}_lo")),
                     grammar.figure.match(text, m.start(f"{key}_hi"), m.end()))
            return [part for part in parts if part]
    for key in ("t", "o"):
        if m.group(f"{key}_lo") and _figure(text, m, grammar, antecedent) is None:
            if around.year_span(m.group(f"{key}_lo"), m.group(f"{key}_hi")):
                return []  # "2014 or 2015": a span of years, neither end a count
            parts = (grammar.figure.match(text, m.start(), m.end(f"{key}_lo")),
                     grammar.figure.match(text, m.start(f"{key}_hi"), m.end()))
            return [part for part in parts if part]
    return [m]


def figures_in(text: str, previous: list[dict] | None = None) -> list[dict]:
    """The numbers of people in one sentence, as dicts with value, low, high, qualifier,
    population and excerpt, in reading order. `previous` holds the figures that a share in this
    sentence may refer to ("half of them"): the caller passes those of the earlier sentences in
    the same paragraph; a share refers to the last figure before it (this sentence first), never
    across a count of things ("the court heard 30 cases; half of them")."""
    return figures_and_scope(text, previous)[0]


def figures_and_scope(text: str, previous: list[dict] | None = None,
                      grammar: FigureGrammar | None = None, carried: dict | None = None,
                      found: set[str] | None = None) -> tuple[list[dict], bool]:
    """figures_in, and whether the sentence ends with a count of things after its last figure
    ("... the court heard 30 cases."): a share in a later sentence then refers to those things,
    not to a figure, and the caller starts `previous` afresh. `grammar`: figure_grammar(),
    for a caller that fetches it once for many sentences; `carried`: the antecedent of an elided
    count ("250 sont revenus") when `previous` has none (the last paragraph's last figure);
    `found`: its words_of, when the caller has read them (helpers.sentence_words)."""
    grammar, original, text = grammar or _grammar(), text, ascii_digits(text)  # "२५": "25"
    found = words_of(text) if found is None else found  # the same: digits are no letters
    text = cued_numbers(text, found)  # Norwegian "To personer": "2  personer", the same length
    numbered = may_hold_number(text, grammar.numbers, found)
    shares = shares_in(text, grammar, found)  # none without "of" (figure_grammar.OF_WORDS)
    classified = classifier_counts(text, found, grammar.counters)  # "25人", "25명이", "watu 25"
    if not (numbered or shares or classified) and ZERO_WORDS.isdisjoint(found):
        return [], False  # no share, no count of no one, no figure
    previous = previous if previous is not None else []
    rows: list[dict] = []
    share_spans = [m.span() for m in shares]
    antecedent = next((r for r in reversed(previous)
                       if r["qualifier"] != "share of an earlier figure"), carried)
    things: list[int] = []  # where numbers that count things start ("30 cases")
    thing_heads: list[int] = []  # those that are no place or time after a preposition
    for m in figure_matches(text, grammar, found) if numbered else ():
        if around.overlaps(share_spans, m.start(), m.end()):
            continue
        counted, antecedent = False, classified_before(classified, m.start(), antecedent, things)
        for part in _alone(text, m, grammar, antecedent):
            figure = _figure(text, part, grammar, antecedent)
            if figure and rows and figure["start"] < rows[-1]["end"] and (
                    figure["population"] == rows[-1]["population"]):
                continue  # "One of the 13 was": the 13 is the group of the figure before
            if figure and (around.of_things(figure, thing_heads, rows)
                           or around.of_named_things(text, figure, rows, grammar.nouns)):
                continue  # "He spent 4 years in prison, 2 of them in solitary"
            if figure and rows and around.glossed(text, figure, rows[-1]):
                continue  # a gloss or translation in brackets repeats the figure before it
            if figure:
                rows.append(figure)
                antecedent, counted = figure, True
        if not counted and counts_things(text, m.end(), grammar.nouns):
            things.append(m.start())
            if not around.after_place(text, m.start()):
                thing_heads.append(m.start())  # "30 cases", not "in 4 cities"
            antecedent = None  # "the court heard 30 cases; 12 were dismissed": no people
    if classified:  # where no other rule read the number, or read no qualifier glued before it
        rows = with_classified(text, rows, classified)
    # a share refers to the last figure before it, or to a stated one ("half of those 300")
    last, by_value = (previous[-1] if previous else None), {r["value"]: r for r in previous}
    figures, k = list(rows), 0
    for m in shares:
        while k < len(figures) and figures[k]["start"] < m.start():
            last = by_value[figures[k]["value"]] = figures[k]
            k += 1
        since = figures[k - 1]["start"] if k else -1
        base = None if any(since < t < m.start() for t in things) else last
        share = around.share_row(m, grammar.shares, base, by_value)
        if share:
            rows.append(share)
    taken = sorted(share_spans + [(r["start"], r["end"]) for r in figures])
    if not ZERO_WORDS.isdisjoint(found):
        rows.extend(zero_counts(text, taken, grammar.nouns))
    rows.sort(key=lambda r: r["start"])
    things_last = bool(things) and things[-1] > max((r["start"] for r in figures), default=-1)
    if not text.isascii():  # "25 से अधिक लोग", "25명 이상": a qualifier after the number
        rows = [qualified_after(text, r, grammar.counters) if "start" in r else r for r in rows]
    if text is not original:  # the excerpt as printed, in its own digits
        rows = [{**r, "excerpt": as_printed(original, text, r["start"], r["end"])} if "excerpt" in r
                and "end" in r else r for r in rows]
    return [{k: v for k, v in r.items() if k not in ("start", "end", "noun")}
            for r in rows], things_last


def _figure(text: str, m: re.Match, grammar: FigureGrammar, antecedent: dict | None) -> dict | None:
    """One figure match as a row (with its span), or None when it does not count people."""
    qualifier = grammar.qualifiers[" ".join(m.group("q").lower().split())] if m.group("q") \
        else "exact"
    ends = [(m.group(f"{k}_lo"), m.group(f"{k}_hi")) for k in "fbrto" if m.group(f"{k}_lo")]
    try:
        if ends:
            low, high = (parse_number(around.undotted(end)) for end in ends[0])
            if not low < high or around.year_span(*ends[0]):
                return None  # "between 2013 and 2015 many Tunisians left": years
            value, qualifier = (low + high) / 2, "range"
        else:
            value = parse_number(around.undotted(m.group("num")))  # "5.600", "1.507.000"
            low, high = bounds(value, qualifier)
    except ValueError:
        return None
    number_start = m.start("num") if m.group("num") else m.start()
    if (age_bound(text[max(0, m.start() - WINDOW):m.start()], m, grammar.nouns)
            or idiom_at(text, number_start) or _RATIO.search(text, max(0, m.start() - 12),
                                                             m.start())):
        return None  # an age; Dutch "ten minste zes", a preposition; "one in five", a ratio
    if _WORD_COMPOUND.match(text, m.end()) and not _DIGIT.search(m.group(0)):
        return None  # "five-star", "tri-state", "two-day": a spelled number inside a modifier
    verdict = not_a_count(text, number_start, m.end(), value, bool(ends))
    if verdict or value % 1 and not ends:
        return None  # not a count, a fraction of a person, whatever follows (read no further)
    people = people_after(text[m.end():], grammar.nouns, value, verdict is not None,
                          not _DIGIT.search(m.group(0)))
    if people is None and verdict is False and (persons := _PERSONS.match(text, m.end())):
        people = (m.group(0).strip() + persons.group(0), persons.end() - m.end())  # '439-en'
    shared = (grammar.and_number.match(text, m.end())
              if people is None and verdict is False else None)
    if shared:  # "66 and 95 people", "con 66 y 95 personas": the noun after the second number
        after = people_after(text[shared.end():], grammar.nouns, None, False)
        people = (after[0], 0) if after else None
    if verdict is None and people is None or (
            value == 1 and _ONE_OF_SALAH.search(text, max(0, m.start() - 8), m.start())):
        return None  # a year with no group after it; Indonesian "salah satu" (one of)
    end = m.end() + people[1] if people else m.end()
    population = people[0] if people else ""
    noun = True  # the population is a group named by a noun (an antecedent for elided counts)
    if not people:
        before = text[max(0, m.start() - WINDOW):m.start()]
        if _PRONOUN_ONE.fullmatch(m.group(0).strip()) and (
                _ONE_AFTER_WORD.search(before) or not grammar.object_of.search(before)
                and not grammar.subject_of.match(text, m.end())):
            return None  # "the last one", "each one", "one who": a pronoun, no count
        who = _WHO.match(text[m.end():])
        number_of = (_NUMBER_OF.search(before)
                     or _NUMBER_OF.search(text[max(0, number_start - WINDOW):number_start])
                     or around.number_of_other(before))
        if number_of and number_of.group("pop") and not _names_people(number_of.group("pop"),
                                                                      grammar):
            number_of = None  # "the number of attacks rose to 12"
        numbered = (_TR_PART.match(text, m.end()) and _TR_PART_OF.search(before)
                    or _NOUN_NUMBERS.search(before) or _NOUN_IS.search(before)
                    or around.nationality_before(before))
        toll = (_TOLL.search(before)
                or _TOLL.search(text[max(0, number_start - WINDOW):number_start]))
        verb = grammar.object_of.search(before)
        brought = _BRINGS_TO.search(before) and _THE_NUMBER_AFTER.match(text, m.end())
        if brought and brought.group("pop") and not _names_people(brought.group("pop"), grammar):
            brought = None  # "takes to 12 the number of branches"
        aboard = _ABOARD.match(text, m.end())
        if who:
            population, end = who.group(1).strip(), m.end() + who.end()
        elif aboard:
            population, end = aboard.group(1), aboard.end(1)
        elif brought:
            population = _POPULATION_TAIL.sub("", brought.group("pop") or brought.group("toll")
                                              ).strip()
        elif number_of:
            population = _POPULATION_TAIL.sub("", number_of.group("pop") or "the number").strip()
        elif numbered and is_people_noun(numbered.group("pop").split()[-1], grammar.nouns):
            population = numbered.group("pop")  # also "Dead: 12", "Returnees – 300"
        elif toll:
            population = toll.group("pop")
        elif verb and object_ends(text[m.end():]):
            population, noun = verb.group("verb"), False
        else:
            place = _FROM_PLACE.match(text, m.end())
            population = "" if place else _elided(text, m, antecedent, grammar) or ""
            among = _AMONG.search(before)
            if (not population and among and _ELIDED_AFTER.match(text, m.end())
                    and is_people_noun(among.group("pop").split()[-1], grammar.nouns)):
                population = among.group("pop")
            subject = grammar.subject_of.match(text, m.end())
            things = _OF_THINGS.search(before)
            if things and not is_people_noun(things.group("noun"), grammar.nouns):
                subject = None  # "Of the 300 houses, 120 were destroyed"
            if place:
                population, end = place.group(1), place.end(1)
            elif not population and subject:  # "40 died", with no group named before
                population, noun = " ".join(subject.group("verb").split()), False
            elif (not population and not _DIGIT.search(m.group(0)) and _THE_BEFORE.search(before)
                  and _AUX_AFTER.match(text, m.end())):
                population = "the " + m.group(0).strip()  # spelled: "the three", not "the 12"
            if not population:  # "Погибли трое": a collective numeral counts persons by itself
                population = numeral_alone(m.group(0), text[m.end():], before) or ""
            if not population:
                return None
    return {"value": value, "low": low, "high": high, "qualifier": qualifier,
            "population": population, "excerpt": text[m.start():end].strip(),
            "start": m.start(), "end": end, "noun": noun}
