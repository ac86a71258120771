"""The :class:`Store`: documents (see :mod:`rasd.store.documents`), state, entities and stories."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection, RowMapping

from rasd.errors import NotFoundError, StoreError
from rasd.models import Story
from rasd.store import tables as t
from rasd.store.base import now_iso
from rasd.store.codec import MAX_ID
from rasd.store.documents import DocumentStore, prefix_matches
from rasd.store.records import StoryAssignment

log = logging.getLogger(__name__)

_ENTITY_COLUMNS = ("id", "name", "type", "role")
_STORY_COLUMNS = ("id", "title", "first_seen", "last_seen")
_STORY_DATA = tuple(f.name for f in dataclasses.fields(Story) if f.name not in _STORY_COLUMNS)
"""Every other field of :class:`Story` goes to the ``data`` JSON column (new fields included)."""
MAX_MERGE_CHAIN = 1000
MAX_KEY = 200


class Store(DocumentStore):
    """rasd's database: ``Store.open(db)`` resolves the URL, creates and migrates the schema.

    Every method runs in its own transaction; ``save_document`` writes the document row, its
    removed spans and its annotation layers atomically. Use as a context manager or call ``close``.
    """

    # -- state ---------------------------------------------------------------------------------
    def get_state(self, key: str) -> Any | None:
        """The JSON value stored under ``key`` (None when absent)."""
        with self._read() as conn:
            return conn.execute(select(t.state.c.value).where(t.state.c.key == key)).scalar_one_or_none()

    def set_state(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable ``value`` under ``key`` (replacing any previous value)."""
        if not isinstance(key, str) or not 0 < len(key) <= MAX_KEY:
            raise StoreError(f"state key must be a string of 1 to {MAX_KEY} characters, not {key!r:.60}")
        with self._write("save state") as conn:
            conn.execute(delete(t.state).where(t.state.c.key == key))
            conn.execute(insert(t.state).values(key=key, value=value, updated_at=now_iso()))

    # -- entities ------------------------------------------------------------------------------
    def save_entities(self, entities: Sequence[dict[str, Any]]) -> None:
        """Replace all cross-document entities; each dict has id, name, type, role (+ any other keys)."""
        rows = [_entity_row(i, e) for i, e in enumerate(entities)]
        with self._write("save entities") as conn:
            conn.execute(delete(t.entities))
            if rows:
                conn.execute(insert(t.entities), rows)

    def load_entities(self) -> list[dict[str, Any]]:
        """Entities in id order, each ``{id, name, type, role, **data}``."""
        with self._read() as conn:
            rows = conn.execute(select(t.entities).order_by(t.entities.c.id)).mappings().all()
        return [{k: r[k] for k in _ENTITY_COLUMNS} | dict(r["data"] or {}) for r in rows]

    def add_correction(self, op: str, payload: dict[str, Any]) -> int:
        """Record an analyst correction (``merge``/``split``/``rename``...); returns its id."""
        with self._write("save a correction") as conn:
            result = conn.execute(
                insert(t.entity_corrections).values(op=op, payload=payload, created_at=now_iso())
            )
            key = result.inserted_primary_key
        return int(key[0]) if key is not None else 0

    def list_corrections(self) -> list[dict[str, Any]]:
        """Corrections in the order they were made: ``{id, op, payload, created_at}``."""
        with self._read() as conn:
            q = select(t.entity_corrections).order_by(t.entity_corrections.c.id)
            return [dict(r) for r in conn.execute(q).mappings()]

    # -- stories -------------------------------------------------------------------------------
    def save_stories(self, stories: Sequence[Story]) -> None:
        """Insert or update stories by id (a merged story keeps its status and ``merged_into``)."""
        if not stories:
            return
        now = now_iso()
        by_id = {s.id: s for s in stories}
        rows = [_story_row(s, now) for s in by_id.values()]
        with self._write("save stories") as conn:
            q = select(t.stories.c.id).where(t.stories.c.id.in_(list(by_id)))
            existing = set(conn.execute(q).scalars())
            new = [
                r | {"status": "active", "merged_into": None, "created_at": now}
                for r in rows
                if r["id"] not in existing
            ]
            if new:
                conn.execute(insert(t.stories), new)
            upd = [
                {k: v for k, v in r.items() if k != "id"} | {"b_id": r["id"]}
                for r in rows
                if r["id"] in existing
            ]
            if upd:
                conn.execute(update(t.stories).where(t.stories.c.id == bindparam("b_id")), upd)

    def load_stories(self, include_merged: bool = False) -> list[Story]:
        """Stories in id order (active ones only unless ``include_merged``)."""
        q = select(t.stories).order_by(t.stories.c.id)
        if not include_merged:
            q = q.where(t.stories.c.status == "active")
        with self._read() as conn:
            return [_story(r) for r in conn.execute(q).mappings()]

    def get_story(self, ref: str) -> Story:
        """The story with id ``ref`` (or a unique prefix), following merges to the surviving story."""
        with self._read() as conn:
            story_id = prefix_matches(conn, t.stories.c.id, ref, "story")
            row = _story_row_by_id(conn, story_id)
            for _ in range(MAX_MERGE_CHAIN):
                if row["status"] != "merged" or not row["merged_into"]:
                    return _story(row)
                row = _story_row_by_id(conn, row["merged_into"])
        raise NotFoundError(f"story {ref!r}: merge chain is longer than {MAX_MERGE_CHAIN} (a cycle?)")

    def record_story_merge(self, old_id: str, new_id: str, reason: str) -> None:
        """Record that ``old_id`` was merged into ``new_id`` and mark ``old_id`` as merged."""
        now = now_iso()
        with self._write("record a story merge") as conn:
            conn.execute(insert(t.story_merges).values(old_id=old_id, new_id=new_id, reason=reason, at=now))
            conn.execute(
                update(t.stories)
                .where(t.stories.c.id == old_id)
                .values(status="merged", merged_into=new_id, updated_at=now)
            )

    def story_merges(self) -> list[dict[str, Any]]:
        """Merge history ``{id, old_id, new_id, reason, at}`` in order."""
        with self._read() as conn:
            q = select(t.story_merges).order_by(t.story_merges.c.id)
            return [dict(r) for r in conn.execute(q).mappings()]

    def record_assignments(self, assignments: Sequence[StoryAssignment]) -> None:
        """Append to the story-assignment history."""
        if not assignments:
            return
        now = now_iso()
        rows = [
            {
                "doc_id": a.doc_id,
                "story_id": a.story_id,
                "score": a.score,
                "reason": a.reason,
                "at": a.at or now,
            }
            for a in assignments
        ]
        with self._write("record story assignments") as conn:
            conn.execute(insert(t.story_assignments), rows)

    def assignments(self, doc_id: str | None = None) -> list[StoryAssignment]:
        """Assignment history (of one document when ``doc_id`` is given), oldest first."""
        q = select(t.story_assignments).order_by(t.story_assignments.c.id)
        if doc_id is not None:
            q = q.where(t.story_assignments.c.doc_id == doc_id)
        with self._read() as conn:
            return [
                StoryAssignment(
                    doc_id=r["doc_id"],
                    story_id=r["story_id"],
                    score=r["score"],
                    reason=r["reason"],
                    at=r["at"],
                )
                for r in conn.execute(q).mappings()
            ]


def _entity_row(i: int, e: dict[str, Any]) -> dict[str, Any]:
    missing = [k for k in ("id", "name", "type") if not isinstance(e.get(k), str)]
    if not missing and not 0 < len(e["id"]) <= MAX_ID:
        missing = ["id (1 to 64 characters)"]
    if missing:
        raise StoreError(f"entity #{i} ({e.get('id')!r}): {', '.join(missing)} missing or not a string")
    data = {k: v for k, v in e.items() if k not in _ENTITY_COLUMNS}
    return {"id": e["id"], "name": e["name"], "type": e["type"], "role": e.get("role"), "data": data}


def _story_row(s: Story, now: str) -> dict[str, Any]:
    if not isinstance(s.id, str) or not 0 < len(s.id) <= MAX_ID:
        raise StoreError(f"story id {s.id!r:.80} is not a string of 1 to {MAX_ID} characters")
    data = {k: getattr(s, k) for k in _STORY_DATA}
    return {
        "id": s.id,
        "title": s.title,
        "first_seen": s.first_seen,
        "last_seen": s.last_seen,
        "data": data,
        "updated_at": now,
    }


def _story_row_by_id(conn: Connection, story_id: str) -> RowMapping:
    row = conn.execute(select(t.stories).where(t.stories.c.id == story_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"no story with id {story_id!r}")
    return row


def _story(r: RowMapping) -> Story:
    data = dict(r["data"] or {})
    story = Story(id=r["id"], title=r["title"], first_seen=r["first_seen"], last_seen=r["last_seen"])
    for key in _STORY_DATA:
        if key in data:
            setattr(story, key, data[key])
    return story
