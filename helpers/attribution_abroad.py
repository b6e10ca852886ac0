"""Named speaker patterns of news in Arabic, Azerbaijani, Serbian and Montenegrin, Norwegian,
Danish and Swedish (issue 12 point 6), spliced by helpers.attribution_forms into the order of
trust of helpers.attribution_patterns (`early`: before the subject patterns; `late`: after the
"according to" patterns).

- tr_participle: Turkish "... belirten İçişleri Bakanı Ali Yerlikaya, ... açıkladı" (the one who
  stated: the capitalised words after the participle, up to a comma); ar_relayed: Arabic "نقلت
  وكالة الأنباء عن X قوله إن" and "قالت الإذاعة نقلا عن X إن" (quoted X as saying: X speaks,
  the outlet relays); tr_statement_colon: a Turkish line that introduces a statement,
  "İçişleri Bakanı X’in sel felaketi açıklaması:" (X's statement: X speaks on in the next
  paragraph).
- ar_verb_subject: Arabic "أعلنت الشرطة، اليوم السبت، ..." and "وأضاف الوزير أن ...": the verb
  of saying opens the clause and its subject follows, up to a comma, a dash or "أن" (that).
- az_gore: Azerbaijani "İcra hakimiyyətinin məlumatına görə" (according to X's information),
  "Polis İdarəsindən APA-ya verilən məlumata görə" (given by X to Y); az_deye: '"...", - deyə X
  bildirib' (X said, after a quotation); az_from: "Nazirliyin mətbuat xidmətindən APA-ya
  bildirilib ki, ..." (it was reported from X).
- az_subject_verb: Azerbaijani "Daxili İşlər Nazirliyi 5 nəfərin saxlanıldığını bildirib", "Polis
  bildirib ki, ..." (the verb at the end): the capitalised words that open the sentence speak
  ("Bu barədə X bildirib" points back: pointing_back.csv).
- sr_iz: Serbian, Montenegrin '..., saopšteno je iz Uprave policije.', '..., kazali su iz OKC-a.'
  (it was announced from X; they said from X), "Kako je saopšteno iz X, ...": X speaks;
  sr_document: "..., navodi se u saopštenju X"; sr_iz_subject: "Iz policije su saopštili da
  ..."; ar_according: Arabic "بحسب X", "وفقا لـX", "نقلا عن X" (according to X, quoting X);
  no_ifolge: Norwegian and Danish "ifølge X", Swedish "enligt X" (according to X). Serbian
  "Prema podacima MUP-a, ...": helpers.attribution_more_forms's slavic_prema.

Their words are data (helpers.pattern_lists): verbs by pattern in named_pattern_verbs.csv, the
nouns of az_gore in named_pattern_nouns.csv, markers ("görə", "ifølge", "iz") in
named_pattern_markers.csv, the pronouns that name no source in source_pronouns.csv, and the
words around an Arabic relayed attribution in arabic_relay_words.csv.
"""

from __future__ import annotations

import re

from . import lexicon
from .pattern_lists import capitalised, either_case, first_words, last_words, pattern_terms, spaced

_VERBS, _NOUNS, _MARKERS = "named_pattern_verbs", "named_pattern_nouns", "named_pattern_markers"
# letters that Persian (and Urdu) write and Arabic does not (پ چ ژ ک گ ی): a phrase holding one
# is no subject of an Arabic verb ("به نقل از X", quoting X, holds the Arabic verb "نقل")
_PERSIAN = "\u067e\u0686\u0698\u06a9\u06af\u06cc"


def _verbs(pattern: str) -> str:
    return spaced(pattern_terms(_VERBS, pattern))


def _arabic(role: str) -> str:
    """The words of arabic_relay_words.csv with `role` (from, quoting, saying, that)."""
    table = lexicon.table("arabic_relay_words")
    return spaced(tuple(table.loc[table["role"] == role, "term"]))


def _pronouns(pattern: str) -> str:
    return "|".join(pattern_terms("source_pronouns", pattern))


def early() -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried before the subject patterns ("Iz policije su saopštili": not "Iz
    policije su" as a subject)."""
    return (
        ("sr_iz_subject", re.compile(  # "Iz policije su saopštili da ...": (from) X said
            rf"^(?:{capitalised(pattern_terms(_MARKERS, 'sr_iz_subject'))})\s+"
            r"(?P<spk>[^,.;:!?«»\"“”]{1,80}?)\s+(?:su|су)\s+(?:\w+\s+)?"
            rf"(?:{_verbs('sr_iz_subject')})\b")),
        ("tr_participle", re.compile(  # "... belirten İçişleri Bakanı Ali Yerlikaya, ...": the
            rf"(?:^|\s)(?:{_verbs('tr_participle')})\s+"  # one who stated (before "X, ...
            r"(?P<spk>[A-ZÇĞİÖŞÜ][\w'’.-]*(?:\s+[A-ZÇĞİÖŞÜ][\w'’.-]*){0,6}"  # duyurdu"), or a
            r"|[a-zçğıöşü]{3,20}),")),  # role noun alone ("El-İhbariyye’ye konuşan sözcü, ...")
    )


def late(v: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried after the "according to" patterns; `v`: the verbs of
    named_pattern_verbs.csv by pattern; the Arabic relay words are arabic_relay_words.csv's."""
    ar = _arabic
    return (
        ("az_subject_verb", re.compile(  # "Daxili İşlər Nazirliyi ... bildirib": capitalised words
            rf"^(?!(?:{capitalised(pattern_terms('source_pronouns', 'az_subject_verb'))})\b)"
            r"(?P<spk>[A-ZÇƏĞİÖŞÜ][\w'’.-]*(?:\s+[A-ZÇƏĞİÖŞÜ][\w'’.-]*){0,6})"
            rf",?\s+(?:[^;]*?\s)?(?:{_verbs('az_subject_verb')})(?:\s+ki)?(?:[\s,.:;!]|$)")),
        ("ar_relayed", re.compile(  # Arabic "نقلت وكالة X عن Y قوله إن", "قالت X نقلا عن Y
            rf"(?:^|[\s،,.؛])و?(?:{_verbs('ar_relayed')})\s+"  # إن": Y speaks, X relays
            rf"(?P<via>[^،,.؛:«»\"“”\d{_PERSIAN}]{{2,80}}?)\s+(?:(?:{ar('quoting')})\s+)?"
            rf"(?:{ar('from')})\s+"
            rf"(?P<spk>[^،,.؛:«»\"“”\d{_PERSIAN}]{{2,80}}?)(?:\s+(?:{ar('saying')}))?"
            rf"(?=\s*[،,:“\"«]|\s+(?:{ar('that')})\s)")),
        ("ar_verb_subject", re.compile(  # Arabic: the verb (with "and" glued on) before the
            rf"(?:^|[\s،,.؛])و?(?:{'|'.join(v['ar_verb_subject'])})\s+"  # subject, up to
            rf"(?!(?:{ar('that')})\s)"  # ("وأوضح أن ...": no subject, helpers.zero_subjects)
            rf"(?P<spk>[^،,.؛:«»\"“”\d–—{_PERSIAN}-]{{2,80}}?)"  # a comma, a dash or "that"
            rf"(?=\s*[،,:“\"«]|\s+Q\b|\s+[–—-]|\s+(?:(?:على|إلى|الى)\s+)?(?:{ar('that')}|{ar('from')})\s)")),
        ("az_gore", re.compile(  # "X-in məlumatına görə": according to X's information; "X-dən
            r"^(?P<spk>[A-ZÇƏĞİÖŞÜ][^,;:\"“”]{0,60}?)(?:['’-]?n?[ıiuüə]n\s+"  # (Y-ya) verilən
            rf"(?:{spaced(pattern_terms(_NOUNS, 'az_gore'))})"  # məlumata"
            r"|['’-]?n?[dt][əa]n\s+(?:\S+\s+)?verilən\s+məlumata)"
            rf"\s+(?:{spaced(pattern_terms(_MARKERS, 'az_gore'))})\b")),
        ("az_deye", re.compile(  # '"...", - deyə X bildirib.' (a quotation, then who said it)
            rf"(?:^|\s)(?:{spaced(pattern_terms(_MARKERS, 'az_deye'))})\s+"
            r"(?P<spk>[^.;:!?«»\"“”]{1,100}?)\s+"
            rf"(?:{_verbs('az_deye')})\s*[.;!?]?$")),
        ("sr_iz", re.compile(  # "..., saopšteno je (Javnom servisu) iz X.", "kazali su iz X",
            r"(?:^|,\s+)(?:[Kk]ako\s+(?:je\s+|је\s+)?|[Кк]ако\s+(?:је\s+)?)?"  # "Kako je
            rf"(?:{_verbs('sr_iz')})"  # saopšteno iz X,"
            r"(?:\s+je|\s+је)?"
            rf"(?:\s+\S+){{0,3}}?\s+(?:{spaced(pattern_terms(_MARKERS, 'sr_iz'))})\s+"
            r"(?P<spk>[^,.;:!?«»\"“”]{1,120}?)\s*(?:[,.;!?]|$)")),
        ("tr_statement_colon", re.compile(  # "İçişleri Bakanı X’in sel felaketi açıklaması:"
            r"^(?P<spk>[A-ZÇĞİÖŞÜ][\w.-]*?(?:\s+[A-ZÇĞİÖŞÜ][\w.-]*?){0,6}?)"  # its genitive:
            r"(?:['’]n?[ıiuü]n|(?<=[aeıioöuü])n[ıiuü]n|(?<=[^\Waeıioöuü])[ıiuü]n)\s+"  # "’nın",
            rf"(?:[^:;.!?\"“”]{{0,80}}\s)?(?:{spaced(pattern_terms(_NOUNS, 'tr_statement_colon'))})"
            r"(?:\s+şöyle)?\s*:\s*$")),  # (the statement follows: helpers.speakers)
        ("az_from", re.compile(  # "X-in mətbuat xidmətindən (APA-ya) bildirilib": reported from X
            r"^(?P<spk>[A-ZÇƏĞİÖŞÜ][^,;:\"“”]{0,80}?)['’-]?n?[dt][əa]n\s+(?:[^\s,;:]+\s+)?"
            rf"(?:{_verbs('az_from')})\b")),
        ("no_ifolge", re.compile(  # Norwegian, Danish "ifølge X", Swedish "enligt X"
            rf"\b(?:{either_case(pattern_terms(_MARKERS, 'no_ifolge'))})\s+"
            rf"(?P<spk>(?!(?:{_pronouns('no_ifolge')})\b)"
            r"[^,.;:«»\"“”\d]{1,100}?)(?:\s*(?:[,.;:]|$)"  # or a verb: "Enligt polisen har"
            rf"|(?=\s+(?:{_verbs('no_ifolge')})\b))")),
        ("sr_document", re.compile(  # "..., navodi se u saopštenju policije." (it is stated in)
            rf",\s+(?:{_verbs('sr_document')})\s+(?:u|у)\s+"
            r"(?P<spk>[^.;:!?«»\"“”]{1,120}?)\s*[.;!?]?$")),
        ("ar_according", re.compile(  # Arabic "بحسب X", "وفقا لـX", "نقلا عن X": according to X
            rf"(?:^|[\s،,(])(?:و?ب?حسب(?:ما\s+(?:{_verbs('ar_according')}))?"
            r"|و?وفق(?:(?:ا|اً|ًا)?\s+ل(?:ـ\s*)?|\s+)|طبقا\s+ل(?:ـ\s*)?|نقلا\s+عن)"  # "وفق X"
            rf"\s*(?P<spk>(?!(?:{_pronouns('ar_according')})\b)"  # (no unnamed "information")
            rf"[^،,.؛:«»\"“”()\d{_PERSIAN}]{{2,80}}?)"  # up to a comma, or to "فإن"
            r"(?:\s*(?:[،,.؛:)]|$)|(?=\s+ف[إا]ن))")),  # (then: the statement)
    )


def words_needed(v: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words each pattern needs (one of them, whole, any case): a marker's last word, or
    the verb of a verb form (named_pattern_verbs.csv)."""
    marked = ("az_gore", "az_deye", "no_ifolge", "sr_iz_subject", "ar_according")
    return {
        **{name: last_words(_MARKERS, name) for name in marked},
        "az_subject_verb": last_words(_VERBS, "az_subject_verb"),
        "az_from": last_words(_VERBS, "az_from"),
        "sr_document": first_words(_VERBS, "sr_document"),
        "sr_iz": first_words(_VERBS, "sr_iz"),
        "ar_verb_subject": tuple(f"{w}{verb}" for verb in v["ar_verb_subject"]
                                 for w in ("", "و")),
        "ar_relayed": tuple(f"{w}{verb}" for verb in pattern_terms(_VERBS, "ar_relayed")
                            for w in ("", "و")),
        "tr_participle": last_words(_VERBS, "tr_participle"),
        "tr_statement_colon": last_words(_NOUNS, "tr_statement_colon"),
    }
