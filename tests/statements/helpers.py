"""Helpers for the statements tests: segmentation + extraction, no NER (tests set entities by hand)."""

from __future__ import annotations

from rasd.models import Document, Statement
from rasd.statements.evaluate import analyse


def statements(text: str) -> list[Statement]:
    return analyse(text, "t", ner=False).statements


def doc(text: str) -> Document:
    return analyse(text, "t", ner=False)


def only(text: str) -> Statement:
    sts = statements(text)
    assert len(sts) == 1, [(s.cue, s.speaker, s.act) for s in sts]
    return sts[0]
