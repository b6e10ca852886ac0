"""Helpers for the Kazakhstani returnees notebook collection: sources into checkable tables."""

from .reading import SourceProblem
from .sources import (
    Corpus,
    SourceError,
    SourceWarning,
    load_corpus,
    load_documents,
    load_sources,
    paragraphs,
    removed_lines,
    sentences,
)

__all__ = [
    "Corpus", "SourceError", "SourceProblem", "SourceWarning", "load_corpus", "load_documents",
    "load_sources", "paragraphs", "removed_lines", "sentences",
]
