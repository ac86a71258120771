"""The part of :class:`rasd.store.Store` the stories stages call, and helpers for its records."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from rasd.models import Document, Story
from rasd.store.records import DocumentLink, StoryAssignment

log = logging.getLogger(__name__)


class StoryStore(Protocol):
    def save_stories(self, stories: list[Story]) -> None: ...
    def load_stories(self, include_merged: bool = False) -> list[Story]: ...
    def get_story(self, ref: str) -> Story: ...
    def record_story_merge(self, old_id: str, new_id: str, reason: str) -> None: ...
    def story_merges(self) -> list[dict[str, Any]]: ...
    def record_assignments(self, assignments: list[Any]) -> None: ...
    def assignments(self, doc_id: str | None = None) -> list[Any]: ...
    def update_links(self, links: list[Any]) -> None: ...
    def get_state(self, key: str) -> Any: ...
    def set_state(self, key: str, value: Any) -> None: ...
    def iter_documents(self) -> Iterator[Document]: ...


def make_assignment(doc_id: str, story_id: str, score: float, reason: str) -> StoryAssignment:
    return StoryAssignment(doc_id=doc_id, story_id=story_id, score=score, reason=reason)


def make_link(doc: Document) -> DocumentLink:
    return DocumentLink(doc.id, doc.story, doc.duplicate_of, doc.duplicate_kind, doc.duplicate_score)


def as_store(obj: object | None) -> StoryStore | None:
    """The context's store when it offers the story API, else ``None`` (logged once per call)."""
    if obj is None:
        return None
    needed = ("get_state", "set_state", "save_stories", "update_links")
    if all(hasattr(obj, n) for n in needed):
        return obj  # type: ignore[return-value]
    log.warning("store %s lacks the story API; stories are kept in memory only", type(obj).__name__)
    return None


def processing_order(docs: Sequence[Document]) -> list[Document]:
    """Deterministic order of a batch: publication (else retrieval) date, then source path (inputs are
    read in sorted path order, so among undated copies the first file read is the original), then id.
    It depends only on the documents, never on the order they were given in."""
    return sorted(docs, key=lambda d: (d.published or d.retrieved or "9999", d.source_path or "", d.id))
