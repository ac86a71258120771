"""Core tables: documents, removed spans, annotation layers, failures, state, entities, stories.

Revision ID: 0001_core
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(64)
STAMP = sa.String(40)


def _documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", ID, primary_key=True),
        sa.Column("source_path", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("outlet", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Text()),
        sa.Column("published_source", sa.Text()),
        sa.Column("retrieved", sa.Text()),
        sa.Column("language", sa.Text()),
        sa.Column("encoding", sa.Text()),
        sa.Column("raw_hash", sa.Text()),
        sa.Column("raw_text", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text()),
        sa.Column("meta", sa.JSON()),
        sa.Column("stage_versions", sa.JSON()),
        sa.Column("story", ID),
        sa.Column("duplicate_of", ID),
        sa.Column("duplicate_kind", sa.Text()),
        sa.Column("duplicate_score", sa.Float()),
        sa.Column("n_removed", sa.Integer(), nullable=False),
        sa.Column("ingested_at", STAMP, nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
    )
    op.create_index("ix_documents_order", "documents", ["ingested_at", "id"])
    op.create_index("ix_documents_status", "documents", ["status"])
    op.create_index("ix_documents_story", "documents", ["story"])
    op.create_table(
        "removed",
        sa.Column("doc_id", ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("idx", sa.Integer(), primary_key=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
    )
    op.create_table(
        "annotations",
        sa.Column("doc_id", ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("layer", sa.String(32), primary_key=True),
        sa.Column("data", sa.JSON(), nullable=False),
    )
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("at", STAMP, nullable=False),
    )
    op.create_table(
        "state",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("value", sa.JSON()),
        sa.Column("updated_at", STAMP, nullable=False),
    )


def _entities_and_stories() -> None:
    op.create_table(
        "entities",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("role", sa.Text()),
        sa.Column("data", sa.JSON()),
    )
    op.create_table(
        "entity_corrections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("op", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
    )
    op.create_table(
        "stories",
        sa.Column("id", ID, primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("merged_into", ID),
        sa.Column("first_seen", sa.Text()),
        sa.Column("last_seen", sa.Text()),
        sa.Column("data", sa.JSON()),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
    )
    op.create_index("ix_stories_status", "stories", ["status"])
    op.create_table(
        "story_merges",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("old_id", ID, nullable=False),
        sa.Column("new_id", ID, nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", STAMP, nullable=False),
    )
    op.create_table(
        "story_assignments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("doc_id", ID, nullable=False),
        sa.Column("story_id", ID, nullable=False),
        sa.Column("score", sa.Float()),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", STAMP, nullable=False),
    )
    op.create_index("ix_story_assignments_doc", "story_assignments", ["doc_id"])


def upgrade() -> None:
    _documents()
    _entities_and_stories()


def downgrade() -> None:
    for name in (
        "story_assignments",
        "story_merges",
        "stories",
        "entity_corrections",
        "entities",
        "state",
        "failures",
        "annotations",
        "removed",
        "documents",
    ):
        op.drop_table(name)
