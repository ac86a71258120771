"""Small records returned or accepted by :class:`rasd.store.Store`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class DocumentSummary:
    """One row of ``Store.list_documents`` (no text, no annotations)."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    status: str
    error: str | None
    n_removed: int
    story: str | None
    duplicate_of: str | None
    source_path: str | None


@dataclass(slots=True, frozen=True)
class FailureRecord:
    """An input that produced no document (unreadable file, bad archive member, ...)."""

    id: int
    source: str
    error: str
    at: str


@dataclass(slots=True, frozen=True)
class DocumentLink:
    """Story and duplicate links of a document, written by the collection stages."""

    doc_id: str
    story: str | None = None
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    duplicate_score: float | None = None


@dataclass(slots=True, frozen=True)
class StoryAssignment:
    """One entry of the story-assignment history (``at`` is filled by the store)."""

    doc_id: str
    story_id: str
    score: float | None
    reason: str
    at: str | None = None
