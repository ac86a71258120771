"""Segmentation stages: sentences of the cleaned display text, and its tokens.

Tokens are a separate stage (run just before the stages that need them, and never stored) so that
storing clean, segmented documents does not pay for tokenisation.
"""

from __future__ import annotations

from rasd.models import Document
from rasd.text.segment import split_sentences, tokenize


class SegmentStage:
    name = "segment"
    version = "1"
    requires = frozenset({"text"})
    provides = frozenset({"sentences"})
    arabic_only = False

    def __call__(self, doc: Document) -> Document:
        doc.sentences = split_sentences(doc.text)
        return doc


class TokenizeStage:
    name = "tokenize"
    version = "1"
    requires = frozenset({"text"})
    provides = frozenset({"tokens"})
    arabic_only = False

    def __call__(self, doc: Document) -> Document:
        doc.tokens = tokenize(doc.text)
        return doc


def ensure_segmented(doc: Document) -> Document:
    """Fill sentences and tokens of a document loaded from the store (tokens are not stored)."""
    if doc.text and not doc.sentences:
        doc.sentences = split_sentences(doc.text)
    if doc.text and not doc.tokens:
        doc.tokens = tokenize(doc.text)
    return doc
