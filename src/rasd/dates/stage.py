"""The dates pipeline stage and the dating of statements."""

from __future__ import annotations

import datetime as dt
import logging

from rasd.dates.parse import parse_dates
from rasd.models import DateMention, Document, Statement

log = logging.getLogger(__name__)


def anchor_of(doc: Document) -> dt.date | None:
    """The publication date of ``doc`` as a date (``None`` when absent or unreadable)."""
    if not doc.published:
        return None
    try:
        return dt.date.fromisoformat(doc.published[:10])
    except ValueError:
        log.warning("document %s: unreadable publication date %r", doc.id, doc.published)
        return None


class DatesStage:
    """Fills ``doc.dates`` with the date mentions of every sentence, anchored on ``doc.published``."""

    name = "dates"
    version = "1"
    requires = frozenset({"sentences", "meta"})
    provides = frozenset({"dates"})
    arabic_only = True

    def __call__(self, doc: Document) -> Document:
        anchor = anchor_of(doc)
        text = doc.text
        spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(text))]
        out: list[DateMention] = []
        for start, end in spans:
            for d in parse_dates(text[start:end], anchor):
                d.start += start
                d.end += start
                out.append(d)
        doc.dates = out
        return doc


def _sentence_span(doc: Document, st: Statement) -> tuple[int, int]:
    if 0 <= st.sentence < len(doc.sentences):
        s = doc.sentences[st.sentence]
        if s.start <= st.start < s.end or s.start < st.end <= s.end:
            return s.start, s.end
    for s in doc.sentences:
        if s.start <= st.start < s.end:
            return s.start, max(s.end, st.end)
    return st.start, st.end


def assign_statement_dates(doc: Document) -> None:
    """Set ``Statement.date`` / ``date_source`` for every statement of ``doc``.

    ``sentence``: the nearest day/week date mention (with a value) in the statement's sentence;
    else ``publication`` with ``doc.published`` (its date part); else ``unknown`` (date ``None``).
    Uses ``doc.dates`` (the dates stage) when present, else parses the sentence.
    """
    anchor = anchor_of(doc)
    for st in doc.statements:
        a, b = _sentence_span(doc, st)
        mentions = [d for d in doc.dates if a <= d.start and d.end <= b]
        if not doc.dates:
            mentions = parse_dates(doc.text[a:b], anchor)
            for d in mentions:
                d.start += a
                d.end += a
        usable = [d for d in mentions if d.value and d.granularity in ("day", "week")]
        if usable:
            cue = st.cue_start
            best = min(usable, key=lambda d: (abs(d.start - cue), d.start))
            st.date, st.date_source = best.value, "sentence"
        elif anchor is not None:
            st.date, st.date_source = anchor.isoformat(), "publication"
        else:
            st.date, st.date_source = None, "unknown"
