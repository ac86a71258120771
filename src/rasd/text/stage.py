"""The segmentation stage: sentences and tokens of the cleaned display text."""

from __future__ import annotations

from rasd.models import Document
from rasd.text.segment import split_sentences, tokenize


class SegmentStage:
    name = "segment"
    version = "1"
    requires = frozenset({"text"})
    provides = frozenset({"sentences", "tokens"})
    arabic_only = False

    def __call__(self, doc: Document) -> Document:
        doc.sentences = split_sentences(doc.text)
        doc.tokens = tokenize(doc.text)
        return doc
