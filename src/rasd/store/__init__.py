"""rasd's storage layer: SQLAlchemy Core + Alembic on SQLite (default) or PostgreSQL.

``Store.open(db)`` resolves ``db`` (:func:`resolve_db_url`), migrates the schema to the head revision
and returns a :class:`Store`. All SQL of the project lives in this package.
"""

from __future__ import annotations

from rasd.store.documents import AmbiguousReferenceError
from rasd.store.engine import resolve_db_url
from rasd.store.records import DocumentLink, DocumentSummary, FailureRecord, StoryAssignment
from rasd.store.store import Store

__all__ = [
    "AmbiguousReferenceError",
    "DocumentLink",
    "DocumentSummary",
    "FailureRecord",
    "Store",
    "StoryAssignment",
    "resolve_db_url",
]
