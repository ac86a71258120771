"""Build :class:`rasd.models.Story` records from the story index (title, keywords, entities...)."""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date

from rasd.models import Story
from rasd.stories.config import ClusterConfig
from rasd.stories.index import DocMeta, StoryIndex, StoryState
from rasd.stories.terms import stem, stopwords
from rasd.text.normalize import norm_key

_SURFACE_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3A-Za-z0-9]+")


def _representative(s: StoryState, metas: list[DocMeta]) -> str:
    """The headline of the original document whose title terms weigh most in the centroid."""
    best: tuple[float, int, str] | None = None
    for order, m in enumerate(metas):
        if m.duplicate_of or not m.title:
            continue
        weight = sum(s.centroid.get(t, 0.0) for t in set(m.title_terms))
        score = weight / math.sqrt(len(m.title_terms) or 1)
        cand = (-score, order, m.title)
        if best is None or cand < best:
            best = cand
    if best is not None:
        return best[2]
    return next((m.title for m in metas if m.title), "")


def _keywords(s: StoryState, metas: list[DocMeta], n: int) -> list[str]:
    """Top centroid terms, each shown as its most frequent surface word in the story's titles."""
    top = [t for t, _ in sorted(s.centroid.items(), key=lambda x: (-x[1], x[0]))]
    surface: dict[str, Counter[str]] = {}
    stop = stopwords()
    for m in metas:
        for w in _SURFACE_RE.findall(m.title):
            key = norm_key(w)
            if key in stop:
                continue
            surface.setdefault(stem(key), Counter())[w] += 1
    out: list[str] = []
    for t in top:
        forms = surface.get(t)
        word = sorted(forms.items(), key=lambda x: (-x[1], len(x[0]), x[0]))[0][0] if forms else t
        if word not in out:
            out.append(word)
        if len(out) >= n:
            break
    return out


def _entity_label(key: str) -> str:
    return key.split(":", 1)[1] if ":" in key else key


def _iso(day: float | None) -> str | None:
    return date.fromordinal(int(day)).isoformat() if day is not None and day >= 1 else None


def independent_sources(metas: list[DocMeta], doc_ids: list[str]) -> int:
    """Distinct outlets of the story's original (non-duplicate) documents."""
    return len(
        {
            (m.outlet or f"doc:{d}").strip().lower()
            for d, m in zip(doc_ids, metas, strict=True)
            if not m.duplicate_of
        }
    )


def build_story(index: StoryIndex, sid: str, cfg: ClusterConfig) -> Story:
    s = index.stories[sid]
    metas = [index.docs[d] for d in s.docs]
    published = sorted(m.published[:10] for m in metas if m.published)
    entities = sorted(s.entities.items(), key=lambda x: (-x[1], x[0]))[: cfg.main_entities]
    return Story(
        id=s.id,
        title=_representative(s, metas),
        keywords=_keywords(s, metas, cfg.keywords),
        documents=list(s.docs),
        duplicates=[dict(d) for d in s.duplicates],
        first_seen=published[0] if published else _iso(s.first_day),
        last_seen=published[-1] if published else _iso(s.last_day),
        outlets=sorted({m.outlet for m in metas if m.outlet}),
        independent_sources=independent_sources(metas, s.docs),
        entities=[_entity_label(k) for k, _ in entities],
    )
