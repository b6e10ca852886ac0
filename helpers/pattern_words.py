"""The words each named speaker pattern of helpers.attribution_patterns needs (one of them, whole
and in any case): a pattern is not tried on a sentence without them (helpers.attribution reads
a sentence's words once and looks them up, helpers.quick_patterns.bits_of)."""

from __future__ import annotations

from . import attribution_forms as added
from . import attribution_more_forms as more


def pattern_words(v: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words (whole, any case) one of which each named pattern needs besides its verbs of
    saying (v: those of named_pattern_verbs.csv by pattern): a pattern is not tried on a
    sentence without them, nor any pattern on a sentence without one of them."""
    return {"relay_reports": ("reports", "reported", "writes", "wrote"),
            "citing": ("citing", "quoting"), "quoted_as_saying": ("quoted", "cited"),
            "quoted_by": ("quoted",), "according_to": ("according", "based"), "laut": ("laut",),
            "told": ("told",), "given_by": ("by",), "reported_by": ("by",), "passive_by": ("by",),
            "document_says": ("reads", "says", "said", "states"),
            "selon": ("selon", "según"), "aldus": ("aldus",), "volgens": ("volgens",),
            "berufung": ("berufung",), "nach_angaben": ("nach",),
            "on_reports": ("reports",), "source_next": ("об", "lo", "ne"),
            "po_dannym": ("по", "как", "согласно"), "ssylka_na": ("ссылкой",),
            "fr_inverted": v["fr_inverted"] + ("savoir",),
            "nl_inverted": v["nl_inverted"], "es_inverted": v["es_inverted"],
            "court_heard": ("heard",), "id_inverted": v["id_inverted"],
            "source_back": v["source_back"] + v["source_back_fr"] + v["source_back_es"],
            "tr_subject_verb": (v["tr_subject_verb"]
                                + tuple(p.split()[1] for p in v["tr_statement"])),
            "tr_statement_from": ("denildi", "denilmiştir"),
            "fr_pronoun": ("selon", "il", "elle", "ils", "elles"),
            "figures_show": ("show", "shows", "showed", "suggest", "suggests", "indicate",
                             "indicates"), **added.words(v), **more.words(v)}


# the patterns that need, besides those words (or their verbs of saying), a word of a second
# group, printed in the pattern as a whole word: "X said that ..." needs "that"; "X, who ...,
# said" one of "who", "speaking", "which"; "the statement of the X says" its document noun
SECOND_WORDS: dict[str, tuple[str, ...]] = {
    "opening_says_that": ("that",),
    "subject_aside_says": ("who", "speaking", "which"),
    "id_subject_aside": ("saat", "ketika", "usai", "seusai", "sela", "dalam"),
    "document_says": ("statement", "website", "press", "report"),
}
