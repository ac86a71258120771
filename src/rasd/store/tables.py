"""Table definitions (SQLAlchemy Core) of the rasd database.

This metadata is the target of the Alembic migrations in ``rasd/store/migrations``: a test compares
it with the migrated database (autogenerate diff) so that the two never drift apart. Areas that add
tables add them here AND in a new migration revision after ``0001_core``.

Portable types only: text columns, ``JSON`` (``sqlalchemy.JSON``) and ISO-8601 strings for dates.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

ID = String(64)
"""Ids: documents use 16 hex characters (:func:`rasd.models.document_id`); 64 leaves room."""
STAMP = String(40)
"""ISO-8601 timestamps and dates."""

documents = Table(
    "documents",
    metadata,
    Column("id", ID, primary_key=True),
    Column("source_path", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", Text),
    Column("published_source", Text),
    Column("retrieved", Text),
    Column("language", Text),
    Column("encoding", Text),
    Column("raw_hash", Text),
    Column("raw_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("error", Text),
    Column("meta", JSON),
    Column("stage_versions", JSON),
    Column("story", ID),
    Column("duplicate_of", ID),
    Column("duplicate_kind", Text),
    Column("duplicate_score", Float),
    Column("n_removed", Integer, nullable=False),
    Column("ingested_at", STAMP, nullable=False),
    Column("updated_at", STAMP, nullable=False),
    Index("ix_documents_order", "ingested_at", "id"),
    Index("ix_documents_status", "status"),
    Index("ix_documents_story", "story"),
)

removed = Table(
    "removed",
    metadata,
    Column("doc_id", ID, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("rule", Text, nullable=False),
)

annotation_layers = Table(
    "annotations",
    metadata,
    Column("doc_id", ID, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("layer", String(32), primary_key=True),
    Column("data", JSON, nullable=False),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("error", Text, nullable=False),
    Column("at", STAMP, nullable=False),
)

state = Table(
    "state",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("value", JSON),
    Column("updated_at", STAMP, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("role", Text),
    Column("data", JSON),
)

entity_corrections = Table(
    "entity_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op", String(32), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("created_at", STAMP, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", ID, primary_key=True),
    Column("title", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("merged_into", ID),
    Column("first_seen", Text),
    Column("last_seen", Text),
    Column("data", JSON),
    Column("created_at", STAMP, nullable=False),
    Column("updated_at", STAMP, nullable=False),
    Index("ix_stories_status", "status"),
)

story_merges = Table(
    "story_merges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("old_id", ID, nullable=False),
    Column("new_id", ID, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", STAMP, nullable=False),
)

story_assignments = Table(
    "story_assignments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", ID, nullable=False),
    Column("story_id", ID, nullable=False),
    Column("score", Float),
    Column("reason", Text, nullable=False),
    Column("at", STAMP, nullable=False),
    Index("ix_story_assignments_doc", "doc_id"),
)

LAYERS = ("sentences", "entities", "statements", "quantities", "dates")
"""Annotation layers stored as one JSON value per (document, layer); tokens are recomputed."""
