"""A quoting participle right after a statement's content joins that statement (round 13; moved from
stage.py in round 17)."""

from __future__ import annotations

import dataclasses

from rasd.models import Document, Statement
from rasd.statements.chunk import OPEN_QUOTES, Tok, np_rules
from rasd.statements.records import Draft


def quoting_fold(text: str, toks: list[Tok], prev: Statement, d: Draft) -> bool:
    """``عبر X عن حزنه قائلا: «…»``: a quoting participle right after a statement's content, with the
    same speaker, belongs to that statement (round 13)."""
    if d.kind != "participle" or d.speaker is None or prev.direct or prev.sentence != d.sentence:
        return False
    if not np_rules().quoting.fullmatch(toks[d.cue_index].key) or prev.speaker_start != d.speaker[0]:
        return False
    nxt = toks[d.cue_index + 1].text if d.cue_index + 1 < len(toks) else ""
    if nxt != ":" and nxt not in OPEN_QUOTES:
        return False  # قائلا إن …: an indirect statement of its own (the earlier sets annotate it)
    gap = text[prev.content_end : d.cue_start]
    return prev.content_end <= d.cue_start and not gap.strip(" ،,")


def folded(doc: Document, prev: Statement, d: Draft) -> Statement:
    """``prev`` with the quotation of its quoting participle as its content."""
    c0, c1 = d.content
    end = max(prev.end, c1, d.quote_end or 0)
    return dataclasses.replace(
        prev, content=doc.text[c0:c1], content_start=c0, content_end=c1, direct=d.direct, end=end
    )
