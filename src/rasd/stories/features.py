"""Per-document features for story clustering: weighted term counts, entity keys, day number."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from rasd.models import Document
from rasd.stories.config import ClusterConfig
from rasd.stories.terms import terms
from rasd.text.normalize import norm_key

_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SENT_END = re.compile(r"[.!?؟\n]")


@dataclass(slots=True)
class DocFeatures:
    doc_id: str
    tf: dict[str, float]
    title_terms: list[str]
    """Terms of the displayed title (the headline, else the first sentence): to pick a story title."""
    entities: frozenset[str]
    day: float | None
    title: str
    outlet: str | None
    published: str | None


def day_number(value: str | None) -> float | None:
    """Proleptic ordinal of an ISO date(-time) string, ``None`` when absent or unreadable."""
    if not value:
        return None
    m = _DATE_RE.match(value.strip())
    if not m:
        return None
    try:
        return float(date(int(m[1]), int(m[2]), int(m[3])).toordinal())
    except ValueError:
        return None


def display_title(doc: Document, max_chars: int = 160) -> str:
    """The document's title, else its first sentence (display text, never invented)."""
    if doc.title and doc.title.strip():
        return " ".join(doc.title.split())
    if doc.sentences:
        first = doc.text[doc.sentences[0].start : doc.sentences[0].end]
    else:
        text = doc.text.strip()
        m = _SENT_END.search(text)
        first = text[: m.end()] if m else text
    first = " ".join(first.split())
    return first if len(first) <= max_chars else first[:max_chars].rsplit(" ", 1)[0] + " …"


def entity_keys(doc: Document) -> frozenset[str]:
    """Entity ids (else normalised mention keys) of the document's entity mentions."""
    keys = set()
    for m in doc.entities:
        if m.entity_id:
            keys.add(f"id:{m.entity_id}")
        else:
            key = " ".join(norm_key(m.key or m.text).split())
            if key:
                keys.add(f"{m.type}:{key}")
    return frozenset(keys)


def extract(doc: Document, cfg: ClusterConfig) -> DocFeatures:
    """Weighted term counts: title terms x ``title_weight``, lead x ``lead_weight``, body x 1."""
    title = doc.title or ""
    title_terms = terms(title)
    body = terms(doc.text, limit=cfg.body_max_terms)
    if title_terms and body and body[: len(title_terms)] == title_terms:
        body = body[len(title_terms) :]  # the title printed again as the first line
    tf: defaultdict[str, float] = defaultdict(float)
    for t in title_terms:
        tf[t] += cfg.title_weight
    for i, t in enumerate(body):
        tf[t] += cfg.lead_weight if i < cfg.lead_tokens else 1.0
    # Only a day-precise publication date places a document in time: an undated document, or one
    # dated from a coarse relative stamp ("منذ 1 شهر"), gets no time penalty instead of the crawl date.
    coarse = doc.meta.get("published_granularity")
    day = (
        None
        if coarse is not None and coarse.value not in ("day", "hour", "minute")
        else day_number(doc.published)
    )
    shown = display_title(doc)
    shown_terms = title_terms if doc.title else terms(shown)
    return DocFeatures(doc.id, dict(tf), shown_terms, entity_keys(doc), day, shown, doc.outlet, doc.published)


def weigh(tf: dict[str, float], idf: dict[str, float], top: int) -> dict[str, float]:
    """Top ``top`` terms by ``(1 + log tf) * idf``, L2-normalised (ties broken by term)."""
    raw = [(t, (1.0 + math.log(c)) * idf[t]) for t, c in tf.items() if c > 0 and t in idf]
    raw.sort(key=lambda x: (-x[1], x[0]))
    raw = raw[:top]
    norm = math.sqrt(sum(w * w for _, w in raw)) or 1.0
    return {t: w / norm for t, w in raw}
