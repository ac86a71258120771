"""The incremental story index: TF-IDF centroids, an inverted index with time blocking, merges.

Each new document is scored against candidate stories retrieved through an inverted index over
the stories' centroid terms (only stories active within ``window_days`` of the document are
candidates, so the cost stays about linear). The score mixes the cosine similarity of the
document's TF-IDF vector with the story centroid, the overlap of entities (when both carry
entities) and a Gaussian time decay. The document joins the best story when the score reaches
``threshold``, else opens a new one whose id (``st-`` + hash of its first document id) never
changes. When a document links two stories whose centroids are similar, the younger story is
merged into the older one and the merge is recorded (old id -> new id), never reshuffled.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from rasd.models import Document
from rasd.stories.config import ClusterConfig, load_cluster_config
from rasd.stories.features import DocFeatures, extract, weigh

log = logging.getLogger(__name__)
POSTING_CAP = 400
"""Terms shared by more active stories than this are not used for retrieval (too common)."""


@dataclass(slots=True)
class StoryState:
    id: str
    seq: int
    centroid: dict[str, float] = field(default_factory=dict)
    entities: dict[str, int] = field(default_factory=dict)
    docs: list[str] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    first_day: float | None = None
    last_day: float | None = None
    merged_into: str | None = None


@dataclass(slots=True)
class DocMeta:
    story: str
    title: str
    outlet: str | None
    published: str | None
    day: float | None
    title_terms: list[str]
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    duplicate_score: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """An assignment (``kind="assign"``) or a merge (``kind="merge"``: doc_id is the old story id)."""

    kind: str
    doc_id: str
    story_id: str
    score: float
    reason: str


def story_id_for(doc_id: str) -> str:
    return "st-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


def norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in vec.values()))


def cosine(vec: dict[str, float], centroid: dict[str, float], centroid_norm: float | None = None) -> float:
    """Dot product of a unit vector with a centroid, divided by the centroid's norm."""
    n = norm(centroid) if centroid_norm is None else centroid_norm
    if n == 0.0:
        return 0.0
    if len(vec) > len(centroid):
        vec, centroid = centroid, vec
    get = centroid.get
    return sum([w * get(t, 0.0) for t, w in vec.items()]) / n


def _distance(day: float, s: StoryState) -> float:
    if s.first_day is None or s.last_day is None:
        return 0.0
    if day < s.first_day:
        return s.first_day - day
    return max(0.0, day - s.last_day)


class StoryIndex:
    """All stories and assignments seen so far (see module doc)."""

    def __init__(self, config: ClusterConfig | None = None) -> None:
        self.config = config or load_cluster_config()
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.stories: dict[str, StoryState] = {}
        self.docs: dict[str, DocMeta] = {}
        self.max_day: float | None = None
        self.events: list[Event] = []
        self.touched: set[str] = set()
        self.opened: list[str] = []
        """Stories opened since the last :meth:`settle` (in processing order)."""
        self._postings: dict[str, set[str]] = {}
        self._active: set[str] = set()
        self._norms: dict[str, float] = {}

    # -- look-ups ----------------------------------------------------------------------------
    def resolve(self, story_id: str) -> str:
        """Follow ``merged_into`` to the live story."""
        seen = 0
        while (nxt := self.stories[story_id].merged_into) is not None and seen < 1000:
            story_id, seen = nxt, seen + 1
        return story_id

    def story_of(self, doc_id: str) -> str | None:
        meta = self.docs.get(doc_id)
        return self.resolve(meta.story) if meta else None

    def live_stories(self) -> list[StoryState]:
        return sorted((s for s in self.stories.values() if s.merged_into is None), key=lambda s: s.seq)

    # -- adding documents --------------------------------------------------------------------
    def add(self, doc: Document) -> str:
        """Assign ``doc`` to a story (joining, opening or via its original) and return the story id."""
        known = self.story_of(doc.id)
        if known is not None:
            return known
        feats = extract(doc, self.config)
        dated = feats.day
        day = dated if dated is not None else (self.max_day or 0.0)
        self.n_docs += 1
        self.df.update(feats.tf.keys())
        original = self.story_of(doc.duplicate_of) if doc.duplicate_of else None
        if original is not None:
            self._attach_duplicate(doc, feats, day, original)
            return original
        total = self.n_docs + self.config.idf_prior_docs
        idf = {t: math.log((total + 1) / (self.df[t] + 0.5)) for t in feats.tf}
        vec = weigh(feats.tf, idf, self.config.doc_top_terms)
        scored = self._score_candidates(vec, feats.entities, dated)
        if scored and scored[0][0] >= self.config.threshold:
            score, sid = scored[0]
            reason = "joined"
        else:
            score, sid = 1.0, self._open(doc.id)
            reason = "new"
            self.opened.append(sid)
        self._join(sid, doc.id, feats, vec, day)
        self.events.append(Event("assign", doc.id, sid, round(score, 4), reason))
        for other_score, other in scored[1:]:
            if other_score >= self.config.threshold and other in self._active and sid in self._active:
                sid = self._maybe_merge(sid, other)
        self._advance(day)
        return self.resolve(sid)

    def _open(self, doc_id: str) -> str:
        sid = story_id_for(doc_id)
        n = 0
        while sid in self.stories:  # a re-used first document id (never in practice): stay unique
            n += 1
            sid = story_id_for(f"{doc_id}#{n}")
        self.stories[sid] = StoryState(sid, len(self.stories))
        self._active.add(sid)
        return sid

    def _meta(self, doc: Document, feats: DocFeatures, day: float, sid: str) -> DocMeta:
        return DocMeta(
            sid,
            feats.title,
            feats.outlet,
            feats.published,
            day,
            feats.title_terms,
            doc.duplicate_of,
            doc.duplicate_kind,
            doc.duplicate_score,
        )

    def _attach_duplicate(self, doc: Document, feats: DocFeatures, day: float, sid: str) -> None:
        s = self.stories[sid]
        s.docs.append(doc.id)
        s.duplicates.append(
            {
                "document": doc.id,
                "duplicate_of": doc.duplicate_of,
                "kind": doc.duplicate_kind,
                "score": doc.duplicate_score,
            }
        )
        self._extend_days(s, day)
        self.docs[doc.id] = self._meta(doc, feats, day, sid)
        self.docs[doc.id].story = sid
        self.touched.add(sid)
        reason = f"duplicate:{doc.duplicate_kind or 'unknown'}"
        self.events.append(Event("assign", doc.id, sid, float(doc.duplicate_score or 1.0), reason))

    def _score_candidates(
        self, vec: dict[str, float], entities: frozenset[str], day: float | None
    ) -> list[tuple[float, str]]:
        """Scored candidate stories; an undated document (``day`` None) gets no time penalty."""
        cfg = self.config
        hits: Counter[str] = Counter()
        for t in list(vec)[: cfg.query_terms]:
            posting = self._postings.get(t)
            if posting and len(posting) <= POSTING_CAP:
                hits.update(posting)
        ranked = sorted(hits.items(), key=lambda x: (-x[1], self.stories[x[0]].seq))[: cfg.max_candidates]
        out: list[tuple[float, str]] = []
        for sid, _ in ranked:
            s = self.stories[sid]
            dt = 0.0 if day is None else _distance(day, s)
            if dt > cfg.window_days:
                continue
            lex = cosine(vec, s.centroid, self._norms.get(sid))
            if entities and s.entities:
                shared = sum(1 for e in entities if e in s.entities)
                overlap = shared / max(min(len(entities), len(s.entities)), cfg.entity_floor)
                lex = (1.0 - cfg.entity_weight) * lex + cfg.entity_weight * overlap
            decay = math.exp(-0.5 * (dt / cfg.time_scale_days) ** 2) if cfg.time_scale_days > 0 else 1.0
            out.append((lex * max(cfg.time_floor, decay), sid))
        out.sort(key=lambda x: (-x[0], self.stories[x[1]].seq))
        return out

    def _join(self, sid: str, doc_id: str, feats: DocFeatures, vec: dict[str, float], day: float) -> None:
        s = self.stories[sid]
        s.docs.append(doc_id)
        for t, w in vec.items():
            s.centroid[t] = s.centroid.get(t, 0.0) + w
        for e in feats.entities:
            s.entities[e] = s.entities.get(e, 0) + 1
        self._truncate(s)
        self._extend_days(s, day)
        self.docs[doc_id] = DocMeta(sid, feats.title, feats.outlet, feats.published, day, feats.title_terms)
        self.touched.add(sid)

    def _truncate(self, s: StoryState) -> None:
        top = sorted(s.centroid.items(), key=lambda x: (-x[1], x[0]))[: self.config.centroid_top_terms]
        old = set(s.centroid)
        s.centroid = dict(top)
        self._norms[s.id] = norm(s.centroid)
        if s.id in self._active:
            for t in old - set(s.centroid):
                self._postings.get(t, set()).discard(s.id)
            for t in s.centroid:
                self._postings.setdefault(t, set()).add(s.id)

    @staticmethod
    def _extend_days(s: StoryState, day: float) -> None:
        s.first_day = day if s.first_day is None else min(s.first_day, day)
        s.last_day = day if s.last_day is None else max(s.last_day, day)

    def settle(self) -> None:
        """Second look at the stories opened since the last call that still hold one document.

        A document that opened a story before a similar one was opened later in the same batch
        is merged into that story (the merge is recorded like any other), so the result of a
        batch depends less on the order of its documents.
        """
        opened, self.opened = self.opened, []
        for sid in opened:
            s = self.stories[sid]
            if s.merged_into is not None or len(s.docs) != 1 or sid not in self._active:
                continue
            day = s.first_day if s.first_day is not None else 0.0
            scored = [
                x for x in self._score_candidates(s.centroid, frozenset(s.entities), day) if x[1] != sid
            ]
            if scored and scored[0][0] >= self.config.threshold:
                self._merge(sid, scored[0][1], scored[0][0], "late join")

    def _maybe_merge(self, sid: str, other: str) -> str:
        a, b = self.stories[sid], self.stories[other]
        sim = cosine(a.centroid, b.centroid) / (norm(a.centroid) or 1.0)
        if sim < self.config.merge_threshold:
            return sid
        return self._merge(sid, other, sim, "centroid similarity")

    def _merge(self, sid: str, other: str, sim: float, why: str) -> str:
        a, b = self.stories[sid], self.stories[other]
        keep, gone = (a, b) if a.seq <= b.seq else (b, a)
        self._deactivate(gone.id)
        for t, w in gone.centroid.items():
            keep.centroid[t] = keep.centroid.get(t, 0.0) + w
        for e, c in gone.entities.items():
            keep.entities[e] = keep.entities.get(e, 0) + c
        keep.docs.extend(gone.docs)
        keep.duplicates.extend(gone.duplicates)
        for edge in (gone.first_day, gone.last_day):
            if edge is not None:
                self._extend_days(keep, edge)
        gone.merged_into = keep.id
        for d in gone.docs:
            self.docs[d].story = keep.id
            self.events.append(Event("assign", d, keep.id, round(sim, 4), f"merge:{gone.id}"))
        self._truncate(keep)
        self.events.append(Event("merge", gone.id, keep.id, round(sim, 4), f"{why} {sim:.3f}"))
        self.touched.update((keep.id, gone.id))
        log.debug("merged story %s into %s (%.3f)", gone.id, keep.id, sim)
        return keep.id

    def _deactivate(self, sid: str) -> None:
        if sid in self._active:
            self._active.discard(sid)
            for t in self.stories[sid].centroid:
                self._postings.get(t, set()).discard(sid)

    def _advance(self, day: float) -> None:
        """Move the clock forward; stories idle longer than the window leave the candidate set."""
        if self.max_day is not None and day <= self.max_day:
            return
        self.max_day = day
        horizon = day - self.config.window_days
        for sid in sorted(self._active):
            last = self.stories[sid].last_day
            if last is not None and last < horizon:
                self._deactivate(sid)

    # -- persistence -------------------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        return {
            "version": 1,
            "n_docs": self.n_docs,
            "max_day": self.max_day,
            "df": dict(self.df),
            "stories": [asdict(s) for s in sorted(self.stories.values(), key=lambda s: s.seq)],
            "docs": {k: asdict(v) for k, v in self.docs.items()},
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], config: ClusterConfig | None = None) -> StoryIndex:
        index = cls(config)
        index.n_docs = int(state.get("n_docs", 0))
        index.max_day = state.get("max_day")
        index.df = Counter(state.get("df", {}))
        for raw in state.get("stories", []):
            s = StoryState(**raw)
            index.stories[s.id] = s
        index.docs = {k: DocMeta(**v) for k, v in state.get("docs", {}).items()}
        horizon = (index.max_day or 0.0) - index.config.window_days
        for s in index.stories.values():
            if s.merged_into is None and (s.last_day is None or s.last_day >= horizon):
                index._active.add(s.id)
                for t in s.centroid:
                    index._postings.setdefault(t, set()).add(s.id)
        return index
