"""Named speaker patterns for four classes of attribution that the other pattern modules read
only in a narrower form (issue 12 point 6); helpers.attribution_forms splices them in:

- qualified_source, de_qualified_source: "according to" whose data noun carries a qualifier,
  "По последним данным МЧС, ...", "За попередніми даними ДСНС, ...", "Nach vorläufigen Angaben
  der Feuerwehr wurden ..." (the words: qualified_sources.csv); without a source after the noun
  the phrase names nobody and matches nothing;
- fr_inverted_aux: French inverted attribution with any auxiliary and a time phrase between
  the verb and the speaker, "..., avait précisé début octobre le ministre de la Justice, X",
  "..., ont indiqué les pompiers", "..., avaient annoncé mardi les autorités" (the verbs of
  named_pattern_verbs.csv, pattern fr_inverted);
- it_pt_secondo_mid: Italian and Portuguese "according to" inside a clause, "... mentre 28
  sarebbero rientrati secondo i dati del ministero", "... segundo a polícia" (an article after
  "secondo"/"segundo", and no article or preposition before it: "il secondo giorno" is an
  ordinal);
- lead_in_says_that: a subject after a lead-in and a comma, whose verb of saying is followed by
  "that" in French, Spanish, Portuguese, Italian, German, Dutch, Russian or Indonesian ("Dans un
  communiqué publié jeudi, le ministère indique que ...", "En rueda de prensa, el alcalde dijo
  que ..."), whatever the reported clause holds (commas, quotations);
- released_by: a document released by a body, in the sentence whose figures it gives (press
  release style: "Um boletim divulgado pela Defesa Civil mostra que ...", "Dans un bilan publié
  par la préfecture, ...": released_documents.csv): the body speaks;
- id_inverted_role_name: Indonesian inverted attribution whose role runs past a comma to the
  name, '"...," jelas Direktur X dan Y Kementerian Luar Negeri, Lalu Muhammad Iqbal, kemarin'
  and 'kata Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo Purwo Nugroho kepada wartawan'
  (the verbs of named_pattern_verbs.csv, pattern id_inverted).

Their words are data: qualified_sources.csv, released_documents.csv, and the prepositions that
open no source, French time phrases, articles, words for "that" and Indonesian weekdays of
qualified_pattern_words.csv.
"""

from __future__ import annotations

import re

from . import lexicon
from .pattern_lists import either_case, spaced

NAMES = ("qualified_source", "de_qualified_source", "fr_inverted_aux", "it_pt_secondo_mid",
         "lead_in_says_that", "released_by", "id_inverted_role_name")
LEXICON = "qualified_sources"
WORDS = "qualified_pattern_words"  # the words of the groups below, in the order tried


def _group(name: str) -> str:
    """The terms of one group of qualified_pattern_words.csv as one alternation, in file order:
    not_source (no source opens with these after the data noun: "По последним данным на утро"),
    fr_time (a French time phrase: "début octobre", "mardi soir"), article (may open a subject
    in lower case), that ("that" after a verb of saying), id_not_name (an Indonesian weekday or
    place after an inverted speaker)."""
    table = lexicon.table(WORDS)
    return "|".join(table.loc[table["group"] == name, "term"])


def _terms(kind: str, german: bool | None = None) -> str:
    """The terms of one kind (German only, or all but German, or all) as an alternation."""
    table = lexicon.table(LEXICON)
    rows = table[table["kind"] == kind]
    if german is not None:
        rows = rows[(rows["language"] == "de") == german]
    return either_case(tuple(sorted(rows["term"], key=len, reverse=True)))


def _released(kind: str) -> str:
    """The terms of released_documents.csv of one kind, as an alternation (a space: any
    spaces; an agent ending in an apostrophe needs no space after it)."""
    table = lexicon.table("released_documents")
    return spaced(tuple(sorted(table.loc[table["kind"] == kind, "term"], key=len, reverse=True)))


def first() -> tuple[tuple[str, re.Pattern], ...]:
    """The pattern tried before German "laut X" of helpers.attribution_patterns (which would
    read "laut neuesten Schätzungen" as a source)."""
    quals = _terms("qualifier")
    return (
        ("de_qualified_source", re.compile(  # "Nach vorläufigen Angaben der Feuerwehr wurden"
            rf"\b(?:{_terms('preposition', german=True)})\s+(?:(?:{quals})\s+){{1,2}}"
            rf"(?:{_terms('noun', german=True)})\s+(?:(?:des|der|von|vom|eines|einer)\s+)?„?"
            r"(?P<spk>(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}"
            r"(?:\s+(?:des|der)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\w-]*)?)(?=\s|[,.;:“”\"]|$)")),
    )


def late(v: dict[str, tuple[str, ...]], say: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried after the "according to" patterns of helpers.attribution_patterns,
    built from the verbs of named_pattern_verbs.csv by pattern (v) and the verbs of saying that
    are never nouns (`say`, an alternation)."""
    quals = _terms("qualifier")
    not_source, fr_time = rf"(?:{_group('not_source')})\b", f"(?:{_group('fr_time')})"
    articles, that = _group("article"), _group("that")
    id_not_name = rf"(?:{_group('id_not_name')})\b"
    fr_verbs = "|".join(v["fr_inverted"])
    id_verbs = "|".join(v["id_inverted"])
    cap = r"[A-Z][\w'’.-]*+"
    chain = rf"{cap}(?:\s+(?:{cap}|dan|\([A-Z]{{2,8}}\)))*+"  # "Direktur Perlindungan WNI dan BHI"
    return (
        ("qualified_source", re.compile(
            rf"(?:^|[,;:]\s+|\s)(?:{_terms('preposition', german=False)})\s+"
            rf"(?:(?:{quals})\s+){{1,2}}(?:{_terms('noun', german=False)})\s+"
            rf"(?P<spk>(?!{not_source})[^,.;:«»\"“”\d]{{1,100}}?)\s*(?:[,.;:]|$)")),
        ("fr_inverted_aux", re.compile(
            rf"(?:,|[»”\"])\s*(?:a|ont|avait|avaient)\s+(?:{fr_verbs})"
            rf"(?:\s+{fr_time})?"
            r"\s+(?P<spk>(?:[Ll]es?\s|[Ll]a\s|[Ll]['’]|[Dd]es\s|[A-Z])"
            r"(?:(?!\bque\b|\bqu['’])[^.;:!?«»\"“”]){0,160}?)\s*[.;!?]?$")),
        ("it_pt_secondo_mid", re.compile(
            r"(?<!\bil\s)(?<!\blo\s)(?<!\bo\s)(?<!\bin\s)(?<!\bal\s)(?<!\bdel\s)(?<!\bnel\s)"
            r"(?<!\bdo\s)(?<!\bno\s)(?<!\bem\s)(?<!\bpor\s)(?<!\bper\s)(?<!\bun\s)(?<!\bum\s)"
            r"\b(?:secondo|segundo)\s+"
            r"(?P<spk>(?:i|il|lo|la|le|gli|l['’]|o|a|os|as)\s*[^\W\d][^,.;:«»\"“”\d]{0,100}?)"
            r"\s*(?:[,.;:]|$)")),
        ("lead_in_says_that", re.compile(  # "Dans un communiqué publié jeudi, le ministère
            r"^[A-ZÀ-ÝА-ЯЁ][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+"  # indique que ...": the subject
            rf"(?P<spk>(?:[A-ZÀ-ÝА-ЯЁ]|(?:{articles})\s|[Ll]['’])[^,;:\"“”«»\d]{{0,80}}?)"
            rf"\s+(?:{say})\s+(?:{that})\b")),
        ("released_by", re.compile(  # "Um boletim divulgado neste domingo pela Defesa Civil
            rf"\b(?:{_released('noun')})\s+(?:{_released('participle')})"  # mostra que": the body
            rf"(?:\s+[^\s,.;:«»\"“”]+){{0,3}}?\s+(?:{_released('agent')})\s*"
            # a name
            rf"(?P<spk>(?:[A-ZÀ-Ý]|(?:{articles}|the)\s|[Ll]['’])[^,.;:«»\"“”\d]{{0,80}}?)"
            rf"(?=\s*[,.;:]|\s+(?:{say}|{_released('verb')}|que|che|that)\b|$)")),
        ("id_inverted_role_name", re.compile(  # the role past a comma, to the name after it
            rf"(?:[,”\"]|^Q)\s*(?:{id_verbs})\s+"  # (Q: a quotation taken out)
            rf"(?P<spk>{chain}(?:,\s+(?:dan\s+)?(?!{id_not_name}){chain})+)"
            r"(?=\s*(?:[,.;]|$)|\s+[a-z])")),
    )


def words(v: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words (whole, any case) one of which each pattern needs."""
    table = lexicon.table(LEXICON)
    quals = tuple(sorted({t.lower() for t in table.loc[table["kind"] == "qualifier", "term"]}))
    released = lexicon.table("released_documents")
    return {"qualified_source": quals, "de_qualified_source": quals,
            "fr_inverted_aux": tuple(sorted(set(v["fr_inverted"]))),
            "it_pt_secondo_mid": ("secondo", "segundo"),
            "lead_in_says_that": tuple(t.split("[")[0] for t in _group("that").split("|")),
            "released_by": tuple(sorted({t.split()[0] for t in released.loc[
                released["kind"] == "participle", "term"]})),
            "id_inverted_role_name": tuple(sorted(set(v["id_inverted"])))}
