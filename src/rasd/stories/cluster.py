"""The stories stage (incremental clustering with stable ids) and the CLI's library functions.

``StoryStage.run(docs, ctx)`` assigns ``doc.story`` to every new document (see
:mod:`rasd.stories.index` for the method), saves the touched :class:`~rasd.models.Story`
records, the assignment history and merges through ``ctx.store`` when there is one, and keeps
its index in ``Store.get_state/set_state`` (key ``stories.index``) so that the next run
continues where this one stopped. Without a store the index lives in the stage object.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rasd.errors import NotFoundError, RasdError
from rasd.models import Document, Story
from rasd.pipeline.stage import CollectionContext
from rasd.stories.config import ClusterConfig, load_cluster_config
from rasd.stories.index import StoryIndex
from rasd.stories.records import StoryStore, as_store, make_assignment, make_link, processing_order
from rasd.stories.summary import build_story

log = logging.getLogger(__name__)
STATE_KEY = "stories.index"


class StoryStage:
    """Collection stage ``stories``: incremental clustering, stable ids, merge history."""

    name = "stories"
    version = "1"
    requires = frozenset({"text", "duplicates"})
    provides = frozenset({"stories"})

    def __init__(self, config: ClusterConfig | None = None) -> None:
        self.config = config or load_cluster_config()
        self.index = StoryIndex(self.config)

    def run(self, docs: Sequence[Document], ctx: CollectionContext) -> None:
        store = as_store(ctx.store)
        if store is not None:
            state = store.get_state(STATE_KEY)
            self.index = StoryIndex.from_state(state, self.config) if state else StoryIndex(self.config)
        index = self.index
        index.events.clear()
        index.touched.clear()
        index.opened.clear()
        for doc in processing_order(docs):
            if not doc.text.strip() and not doc.title:
                log.info("stories: document %s has no text; not clustered", doc.id)
                continue
            try:
                index.add(doc)
            except (
                RasdError,
                ValueError,
                TypeError,
                KeyError,
            ) as exc:  # one bad document never stops a batch
                log.warning("stories: document %s skipped: %s", doc.id, exc)
        if self.config.settle:
            index.settle()
        for doc in docs:
            doc.story = index.story_of(doc.id)
        if store is not None:
            self._persist(store, docs)

    def stories(self) -> list[Story]:
        """Every live story of the in-memory index (oldest first)."""
        return [build_story(self.index, s.id, self.config) for s in self.index.live_stories()]

    def _persist(self, store: StoryStore, docs: Sequence[Document]) -> None:
        index = self.index
        # every touched story, merged ones included, so that a merge's old id exists in the store
        store.save_stories([build_story(index, sid, self.config) for sid in sorted(index.touched)])
        for ev in index.events:
            if ev.kind == "merge":
                store.record_story_merge(ev.doc_id, ev.story_id, ev.reason)
        assignments = [
            make_assignment(e.doc_id, e.story_id, e.score, e.reason)
            for e in index.events
            if e.kind == "assign"
        ]
        if assignments:
            store.record_assignments(assignments)
        moved = {e.doc_id for e in index.events if e.kind == "assign"} - {d.id for d in docs}
        links = [make_link(d) for d in docs]
        links.extend(self._moved_links(store, moved))
        store.update_links(links)
        store.set_state(STATE_KEY, index.to_state())

    def _moved_links(self, store: StoryStore, moved: set[str]) -> list[Any]:
        """Links of earlier documents whose story changed through a merge in this run."""
        out = []
        for doc_id in sorted(moved):
            meta = self.index.docs[doc_id]
            doc = Document(id=doc_id, raw_text="")
            doc.story = self.index.story_of(doc_id)
            doc.duplicate_of, doc.duplicate_kind, doc.duplicate_score = (
                meta.duplicate_of,
                meta.duplicate_kind,
                meta.duplicate_score,
            )
            out.append(make_link(doc))
        return out


@dataclass(slots=True)
class StoryDocView:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    duplicate_of: str | None = None
    duplicate_kind: str | None = None


@dataclass(slots=True)
class StoryView:
    story: Story
    documents: list[StoryDocView] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    merged_from: list[str] = field(default_factory=list)


def list_stories(store: Any) -> list[Story]:
    """Live stories, most recent first (then larger first, then id)."""
    stories: list[Story] = list(store.load_stories())
    stories.sort(key=lambda s: (s.id,))
    stories.sort(key=lambda s: (s.last_seen or "", len(s.documents)), reverse=True)
    return stories


def show_story(store: Any, ref: str) -> StoryView:
    """A story (following merges) with its documents' id/title/outlet/published and duplicates."""
    try:
        story: Story = store.get_story(ref)
    except RasdError:
        raise
    except (KeyError, LookupError) as exc:
        raise NotFoundError(f"no story {ref!r}") from exc
    wanted = set(story.documents)
    found: dict[str, Document] = {}
    getter = getattr(store, "get_document", None)
    if callable(getter):
        for d in story.documents:
            try:
                found[d] = getter(d)
            except RasdError:
                log.warning("story %s: document %s is missing from the store", story.id, d)
    else:
        for doc in store.iter_documents():
            if doc.id in wanted:
                found[doc.id] = doc
    views = []
    for d in story.documents:
        doc = found.get(d)
        if doc is None:
            views.append(StoryDocView(d, None, None, None))
        else:
            views.append(
                StoryDocView(d, doc.title, doc.outlet, doc.published, doc.duplicate_of, doc.duplicate_kind)
            )
    merged = [str(m["old_id"]) for m in _merges(store) if m.get("new_id") == story.id and "old_id" in m]
    return StoryView(story, views, [dict(x) for x in story.duplicates], sorted(merged))


def _merges(store: Any) -> list[dict[str, Any]]:
    getter = getattr(store, "story_merges", None)
    return list(getter()) if callable(getter) else []
