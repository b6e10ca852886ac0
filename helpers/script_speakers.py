"""Speakers of sentences in languages that the word-by-word speaker patterns cannot read
(issue 12 point 6): Chinese and Japanese print no spaces between words, and Chinese, Japanese,
Korean, Persian and Hindi put the speaker first and the verb of saying, or "according to",
after it ("外交部发言人陆慷18日表示", "町村官房長官は…と発表した", "소방 당국에 따르면",
"آخوندی در گفتگو با مهر اظهارداشت", "X ने बताया"). The markers, the words that end a speaker
phrase ("18日", "در") and the pronouns that name the last speaker are data
(script_speaker_forms.csv). helpers.speakers asks only for sentences that no named pattern
attributed and that hold a letter of these scripts."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from . import lexicon
from .actors import canonical_speaker
from .attribution import Attribution
from .scripts import IN_WORD, UNSPACED, acronym_marks

_LIST = "script_speaker_forms"
# letters of the scripts read here: CJK ideographs, kana, Hangul, Arabic-script, Hebrew, the
# Indic scripts (Devanagari to Sinhala), Thai, Lao, Myanmar and Khmer
_SCRIPT = re.compile(rf"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0600-\u06ff\u0900-\u0dff"
                     rf"\u0590-\u05ff\u1200-\u137f{UNSPACED}]")  # (and Ethiopic)
# the Ethiopic syllables of the u-order (the second of each row of eight: "ሁ", "ሱ", "ቱ") and "ው":
# an object_end after one closes an Amharic verbal noun with its possessive ("ማድረሱን", "መሞታቸውን")
_U_ORDER = "".join(chr(c + 1) for c in range(0x1200, 0x1358, 8)) + "\u12cd"
_KANA = re.compile(r"[\u3040-\u30ff]")
_HIRAGANA_UPTO = re.compile(r"^.*[\u3040-\u309f】]", re.S)  # up to the last hiragana
# what ends a clause: a speaker phrase never runs over it
_CLAUSE = r"[,，、،;；؛:：。!！?？「」『』“”\"«»()（）\[\]【】|\n।።፣፤፥]"
_MAX = 200  # characters of a speaker phrase at most, before it is cut
# a letter of a script that spaces its words (not CJK, kana, Hangul, whose particles are glued
# to the word before, nor Thai, Lao, Myanmar, Khmer): a term of it starts and ends where a word
# does, a word being letters and the marks inside them (helpers.scripts): "कहा" ends before
# "।" or ",", which are no letters, and "گفت" before "،"
_SPACED = re.compile(rf"(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af{UNSPACED}])"
                     rf"(?:[^\W\d_]|[{IN_WORD}])")  # (a term may end in a vowel sign: "कहा")
_WORD_END = rf"(?![^\W\d_]|[{IN_WORD}])"
_WORD_START = rf"(?<![^\W\d_])(?<![{IN_WORD}])"


class _Forms(NamedTuple):
    closes: re.Pattern
    closes_zh: re.Pattern  # Chinese verbs: not read in Japanese ("確認されている": passive)
    opens: re.Pattern
    topic_verb: re.Pattern
    agent_verb: re.Pattern
    glued_agent: re.Pattern  # Marathi, Nepali: the agent suffix glued to the speaker's last word
    cut: re.Pattern
    pronouns: frozenset[str]
    relay: re.Pattern  # a phrase that opens so names an outlet that relays: "به گزارش X"
    lead: re.Pattern  # words that open a speaker phrase and are not the speaker: "记者从"
    ko_after: re.Pattern  # Korean '..."다고 X는 밝혔다': the speaker after the quotation
    object_end: re.Pattern  # Amharic: the verbal noun that closes the clause before a speaker
    markers: tuple[str, ...]  # a sentence holds one of these, or no form can match
    not_opens: re.Pattern | None  # nouns that hold an "according to" term: "数据" (data)
    unnamed: tuple[str, ...]  # openings of a phrase that names no one: "有数据" (some data)


def _alt(terms: list[str], prefixes: tuple[str, ...] = ()) -> str:
    """Terms as one alternation, longest first; a term of a script that spaces its words
    (Persian, Hindi, Hebrew) starts and ends where a word does ("گفت", not "گفتگو"; "אמר", not
    "נאמר" or "מאמר"), after one of its language's one-letter prefixes at most ("ומסרה")."""
    before = _WORD_START + (f"(?:{'|'.join(map(re.escape, prefixes))})?" if prefixes else "")
    return "|".join((before if _SPACED.match(t[0]) else "")
                    + re.escape(t).replace(r"\ ", r"\s+")
                    + (_WORD_END if _SPACED.match(t[-1]) else "")
                    for t in sorted(terms, key=len, reverse=True))


@lru_cache(maxsize=4)
def _forms(_version: tuple) -> _Forms:
    table = lexicon.table(_LIST)
    zh = table["language"] == "zh"
    by = {form: list(table.loc[table["form"] == form, "term"]) for form in set(table["form"])}
    prefixed = {lang: tuple(rows["term"]) for lang, rows
                in table.loc[table["form"] == "prefix"].groupby("language")}

    def terms_of(rows: pd.DataFrame) -> str:  # each language's terms with its prefixes
        return "|".join(_alt(list(r["term"]), prefixed.get(lang, ()))
                        for lang, r in rows.groupby("language"))

    any_term = lambda form: terms_of(table.loc[table["form"] == form])  # noqa: E731
    spoken = (rf"(?:^|{_CLAUSE})\s*(?P<spk>[^,，、،;；؛:：。!！?？「」『』“”\"«»|\n।።፣፤፥]"
              rf"{{1,{_MAX}}}?)\s*")
    closes = table["form"] == "closes"
    # a topic particle after one of these is no topic ("には", "では": in, at)
    not_topic = f"(?<![{''.join(by['not_topic'])}])" if by.get("not_topic") else ""
    ko_verbs = list(table.loc[(table["form"] == "topic_verb") & (table["language"] == "ko"),
                              "term"])
    return _Forms(
        closes=re.compile(spoken + f"(?:{terms_of(table.loc[closes & ~zh])})"),
        closes_zh=re.compile(spoken + f"(?:{terms_of(table.loc[closes & zh])})"),
        opens=re.compile(rf"(?:{any_term('opens')})\s*(?:[(（][^)）]{{0,8}}[)）])?\s*"
                         rf"(?P<spk>[^,，。;；:：、!！?？「」“”\"]{{1,{_MAX}}}?)(?=\s*(?:{any_term('cut')}|{_CLAUSE}|$))"),
        topic_verb=re.compile(rf"^\s*(?P<spk>[^,，。;；:：、「」『』“”\"]{{1,{_MAX}}}?)"
                              rf"{not_topic}(?:{any_term('topic')})"
                              # the verb, or a quotation that opens and runs on into the
                              # next sentence, where the verb closes it ("Xは「…。…」と明かした")
                              rf"(?=.*(?:{any_term('topic_verb')})|[^「」]*「[^」]*$)", re.S),
        agent_verb=re.compile(rf"(?:^|{_CLAUSE})\s*(?P<spk>[^\d,，。;；:：、“”\"।]{{1,{_MAX}}}?)"
                              rf"\s+(?:{any_term('agent')})\s+(?=.*(?:{any_term('agent_verb')}))",
                              re.S),
        # "अधिकाऱ्याने सांगितले", "प्रहरीले जनाएको छ": the word that carries the suffix, right
        # before the verb, names the speaker, as printed (its last word: "मल्लले बताए")
        glued_agent=re.compile(rf"{_WORD_START}(?P<spk>(?:[^\W\d_]|[{IN_WORD}])+?"
                               rf"(?:{'|'.join(map(re.escape, by.get('glued_agent', ['(?!)'])))}))"
                               rf"\s+(?:{any_term('glued_verb')})"
                               # the verb ends its clause ("सांगितले.", "सांगितले की",
                               # "जनाएको छ"): Hindi "पहले बताए गए" (told earlier) names no one
                               rf"(?=\s*(?:[।.,:;!?\"”'’]|{any_term('glued_verb_end')}|$))"),
        cut=re.compile(rf"\s*(?:\d|(?:{any_term('cut')})(?:\s|(?=[\u3400-\u9fff])|$))"),
        pronouns=frozenset(by.get("pronoun", [])),
        relay=re.compile(rf"^(?:{any_term('relay')})"),
        lead=re.compile(rf"^(?:(?:{any_term('lead')})\s*)+"),
        ko_after=re.compile(rf"(?:{any_term('quote_end')})\s+(?P<spk>\S+(?:\s+\S+){{0,3}}?)"
                            rf"(?:{any_term('subject')})\s+(?:(?:{any_term('between')})\s+)?"
                            rf"(?:{_alt([t.split()[-1] for t in ko_verbs])})"),
        object_end=re.compile(rf"^.*[{_U_ORDER}](?:{'|'.join(map(re.escape, by['object_end']))})"
                              r"\s+", re.S) if by.get("object_end") else re.compile(r"(?!)"),
        markers=(*(t for form in ("closes", "opens", "topic_verb", "agent_verb", "glued_verb")
                   for t in by.get(form, [])), *(t.split()[-1] for t in ko_verbs), "「"),
        not_opens=re.compile("|".join(map(re.escape, by["not_opens"])))
        if by.get("not_opens") else None,
        unnamed=tuple(by.get("unnamed", [])),
    )


def _trimmed(phrase: str) -> str:
    """A speaker phrase up to the first word that ends one (a time, a place: `cut`), without
    a leading date ("1일", "13日") or a dateline ("زهان - ")."""
    forms = _forms(lexicon.version(_LIST))
    phrase = forms.lead.sub("", re.sub(r"^(?:\S*\d\S*\s+)+", "", phrase.strip()))
    if _KANA.search(phrase):  # Japanese: the name after a relative clause ("...いる本部")
        phrase = re.sub(_HIRAGANA_UPTO, "", phrase)
    phrase = re.sub(r"^[^\s-]{1,30}\s+[-–—]\s+", "", phrase)  # a dateline "زهان - "
    phrase = forms.object_end.sub("", phrase)  # Amharic "... መሞታቸውን X": X
    m = forms.cut.search(phrase, 1)
    return (phrase[:m.start()] if m else phrase).strip(" -–—")


def script_speaker(text: str) -> str:
    """The speaker phrase a sentence of these scripts names (as printed, trimmed), a pronoun
    as printed ("وی"), or ""."""
    if text.isascii() or not _SCRIPT.search(text):
        return ""
    forms = _forms(lexicon.version(_LIST))
    if not any(marker in text for marker in forms.markers):
        return ""
    text = acronym_marks(text)  # 'דובר צה"ל הודיע': no quotation opens inside the speaker
    kana = _KANA.search(text) is not None  # Japanese: the Chinese forms are not read
    tried = (forms.topic_verb, forms.closes) if kana else (
        forms.opens, forms.topic_verb, forms.ko_after, forms.agent_verb, forms.glued_agent,
        forms.closes,
        forms.closes_zh)
    for pattern in tried:
        searched = text
        if pattern is forms.opens and forms.not_opens is not None:  # "數據顯示": no "據" (by)
            searched = forms.not_opens.sub(lambda m: "\u3000" * len(m.group()), text)
        for m in pattern.finditer(searched):
            spk = _trimmed(m.group("spk"))
            if spk.startswith(forms.unnamed):
                return ""  # "有数据显示" (some data show): no one is named
            if spk and not re.search(r"\d", spk) and (len(spk) > 1 or spk in forms.pronouns) \
                    and not forms.relay.match(spk):
                return spk
    return ""


def is_pronoun(phrase: str) -> bool:
    """Whether a speaker phrase is a pronoun that names the last speaker ("وی", "他")."""
    return phrase in _forms(lexicon.version(_LIST)).pronouns


def script_attribution(text: str, last: Attribution) -> Attribution | None:
    """The attribution a sentence of these scripts names (a pronoun: the last speaker), or None
    when it names none."""
    phrase = script_speaker(text)
    if not phrase:
        return None
    if is_pronoun(phrase):
        return Attribution(last.speaker, last.via, True, "script_pronoun") if last.speaker \
            else None
    return Attribution(canonical_speaker(phrase), "", True, "script_form")
