"""The ``ner`` document stage: tokens → entity mentions with offsets into ``Document.text``."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from pathlib import Path

from rasd.models import Document, EntityMention, Token
from rasd.ner.conll import chunks
from rasd.ner.consistency import propagate
from rasd.ner.tagger import Tagger, load_model, read_meta

log = logging.getLogger(__name__)

JOINERS = frozenset("-‐‑")
"""Characters that glue two name parts when written with no space around (كيم هيونج-سو)."""


def sentence_token_groups(doc: Document) -> list[list[Token]]:
    """``doc.tokens`` grouped by ``doc.sentences`` (all tokens as one group when there are none)."""
    if not doc.tokens:
        return []
    if not doc.sentences:
        return [list(doc.tokens)]
    starts = [s.start for s in doc.sentences]
    groups: list[list[Token]] = [[] for _ in doc.sentences]
    for tok in doc.tokens:
        i = max(bisect.bisect_right(starts, tok.start) - 1, 0)
        groups[i].append(tok)
    return [g for g in groups if g]


def _glued(a: Token, b: Token) -> bool:
    return a.end == b.start


def merge_joined(tokens: Sequence[Token], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Extend a span ending in X over ``-Y`` when written without spaces (hyphenated names).

    The CRF was trained on text where such names are one token, so it may tag Y as ``O`` or as
    another type; the glued hyphen makes ``X-Y`` one word, so Y takes the span's type.
    """
    out: list[tuple[int, int, str]] = []
    by_start = {s[0]: s for s in spans}
    consumed: set[int] = set()
    for start, end, typ in sorted(spans):
        if start in consumed:
            continue
        while end + 1 < len(tokens) and tokens[end].text in JOINERS:
            hy, nxt = tokens[end], tokens[end + 1]
            if not (_glued(tokens[end - 1], hy) and _glued(hy, nxt)):
                break
            following = by_start.get(end + 1)  # its type is overridden: X-Y is one written word
            if following is not None:
                consumed.add(following[0])
            end = following[1] if following is not None else end + 2
        out.append((start, end, typ))
    return out


def entities_for(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> list[EntityMention]:
    """Entity mentions from BIO ``tags`` over ``tokens`` (offsets into ``text``)."""
    out: list[EntityMention] = []
    for a, b, typ in merge_joined(tokens, chunks(tags)):
        start, end = tokens[a].start, tokens[b - 1].end
        out.append(EntityMention(text=text[start:end], type=typ, start=start, end=end))
    return out


class NerStage:
    """Tags ``doc.tokens`` sentence by sentence and sets ``doc.entities``.

    With ``consistency`` (default) untagged repetitions of the document's entities are tagged too
    (:mod:`rasd.ner.consistency`). The model is loaded on the first document (the first access to
    ``version`` only reads the model's metadata file).
    """

    name = "ner"
    requires = frozenset({"sentences", "tokens"})
    provides = frozenset({"entities"})
    arabic_only = True

    def __init__(self, model_path: Path | None = None, *, consistency: bool = True) -> None:
        self.model_path = model_path
        self.consistency = consistency
        self._version: str | None = None

    @property
    def version(self) -> str:
        if self._version is None:
            from rasd.ner.tagger import default_model_path

            self._version = str(read_meta(self.model_path or default_model_path()).get("version", "1"))
        return self._version

    def _model(self) -> Tagger:
        return load_model(self.model_path)

    def __call__(self, doc: Document) -> Document:
        model = self._model()
        groups = sentence_token_groups(doc)
        words = [[t.text for t in g] for g in groups]
        tags = model.tag_many(words)
        if self.consistency:
            tags = propagate(words, tags)
        entities: list[EntityMention] = []
        for group, group_tags in zip(groups, tags, strict=True):
            entities.extend(entities_for(doc.text, group, group_tags))
        doc.entities = entities
        return doc
