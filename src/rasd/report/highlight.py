"""Article text with its annotations as correctly nested markup.

Annotations (sentences, entities, statement parts, quantities) may overlap arbitrarily. They are
emitted with a stack: a span that would cross the end of an enclosing one is closed there and
reopened after (its reopened parts carry no ``id``), so the markup is always balanced.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rasd.models import Document
from rasd.report.labels import ACT_LABELS, ENTITY_LABELS
from rasd.report.safe import anchor_id, esc


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    rank: int
    """Outer layers first when two spans start and end at the same place."""
    open_tag: str
    reopen_tag: str
    close_tag: str = "</span>"


def _attr_title(text: str) -> str:
    return f' title="{esc(text)}"' if text else ""


def sentence_spans(doc: Document) -> list[Span]:
    bounds = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
    out = []
    for start, end in bounds:
        aid = anchor_id(doc.id, start)
        out.append(Span(start, max(end, start + 1), 0, f'<span class="s" id="{aid}">', '<span class="s">'))
    return out


def annotation_spans(doc: Document) -> list[Span]:
    """Entities, statements (speaker, cue, content) and quantities of a document."""
    out: list[Span] = []
    for st in doc.statements:
        label = f"{st.speaker or '؟'} — {ACT_LABELS.get(st.act, st.act)}" + (" (منفي)" if st.negated else "")
        tag = f'<span class="st-c"{_attr_title(label)}>'
        out.append(Span(st.content_start, st.content_end, 1, tag, tag))
        cue = f'<span class="st-cue"{_attr_title(label)}>'
        out.append(Span(st.cue_start, st.cue_end, 2, cue, cue))
        if st.speaker_start is not None and st.speaker_end is not None:
            sp = f'<span class="st-sp"{_attr_title(label)}>'
            out.append(Span(st.speaker_start, st.speaker_end, 2, sp, sp))
    for e in doc.entities:
        kind = e.type if e.type in ENTITY_LABELS else "MISC"
        title = ENTITY_LABELS[kind] + (f" ← {e.link}" if e.link else "")
        tag = f'<span class="ent ent-{kind}"{_attr_title(title)}>'
        out.append(Span(e.start, e.end, 3, tag, tag))
    for q in doc.quantities:
        parts = [f"{q.value:g}" if q.value is not None else "", q.unit or "", q.claimant or ""]
        tag = f'<span class="qty"{_attr_title(" · ".join(p for p in parts if p))}>'
        out.append(Span(q.start, q.end, 4, tag, tag))
    return out


def render_spans(text: str, spans: list[Span]) -> str:
    """``text`` escaped, with ``spans`` (clipped to the text, empty ones dropped) properly nested."""
    n = len(text)
    items = sorted(
        (Span(max(0, s.start), min(n, s.end), s.rank, s.open_tag, s.reopen_tag, s.close_tag) for s in spans),
        key=lambda s: (s.start, -s.end, s.rank),
    )
    items = [s for s in items if s.start < s.end]
    bounds = sorted({0, n} | {s.start for s in items} | {s.end for s in items})
    starts = [s.start for s in items]
    out: list[str] = []
    stack: list[Span] = []
    nxt = 0
    prev = 0
    for pos in bounds:
        out.append(esc(text[prev:pos]))
        prev = pos
        if any(s.end == pos for s in stack):
            reopen: list[Span] = []
            while any(s.end == pos for s in stack):
                top = stack.pop()
                out.append(top.close_tag)
                if top.end != pos:
                    reopen.append(top)
            for s in reversed(reopen):
                out.append(s.reopen_tag)
                stack.append(s)
        hi = bisect.bisect_right(starts, pos)
        while nxt < hi:
            s = items[nxt]
            out.append(s.open_tag)
            stack.append(s)
            nxt += 1
    out.extend(s.close_tag for s in reversed(stack))
    return "".join(out)


def article_body(doc: Document) -> str:
    """The cleaned text with sentence anchors and highlighted annotations."""
    sents = sentence_spans(doc)
    n = len(doc.text)
    lost = "".join(
        f'<span id="{anchor_id(doc.id, s.start)}"></span>'
        for s in sents
        if not max(0, s.start) < min(n, s.end)
    )
    return lost + render_spans(doc.text, sents + annotation_spans(doc))
