"""Helpers for entity tests: documents with mentions found by name at test time."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasd.models import Document, EntityMention, document_id


def find_mentions(text: str, names: Iterable[tuple[str, str]]) -> list[EntityMention]:
    """Mentions of the given (name, type) pairs, longest names first, without overlaps."""
    spans: list[tuple[int, int, str]] = []
    for name, typ in sorted(names, key=lambda nt: -len(nt[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?![\w-])", text):
            if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), typ))
    return [EntityMention(text[s:e], t, s, e) for s, e, t in sorted(spans)]


def make_doc(text: str, names: Iterable[tuple[str, str]] = (), doc_id: str | None = None) -> Document:
    return Document(
        id=doc_id or document_id(text),
        raw_text=text,
        text=text,
        entities=find_mentions(text, names),
    )
