"""The store API the stories stages use, and the link/assignment records they write.

:class:`StoryStore` is the part of :class:`rasd.store.Store` these stages call. The record
classes are taken from :mod:`rasd.store` when it defines them and fall back to the local
dataclasses below (same fields), so the stages work with the real store and with test fakes.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from rasd.models import Document, Story

log = logging.getLogger(__name__)


@dataclass(slots=True)
class StoryAssignment:
    doc_id: str
    story_id: str
    score: float
    reason: str


@dataclass(slots=True)
class DocumentLink:
    doc_id: str
    story: str | None
    duplicate_of: str | None
    duplicate_kind: str | None
    duplicate_score: float | None


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


def _store_class(name: str, fallback: type) -> Any:
    try:
        module = importlib.import_module("rasd.store")
    except ImportError:
        return fallback
    return getattr(module, name, fallback)


def make_assignment(doc_id: str, story_id: str, score: float, reason: str) -> Any:
    return _store_class("StoryAssignment", StoryAssignment)(doc_id, story_id, score, reason)


def make_link(doc: Document) -> Any:
    cls = _store_class("DocumentLink", DocumentLink)
    return cls(doc.id, doc.story, doc.duplicate_of, doc.duplicate_kind, doc.duplicate_score)


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
    """Deterministic order of a batch: publication (else retrieval) date, then id."""
    return sorted(docs, key=lambda d: (d.published or d.retrieved or "9999", d.id))
