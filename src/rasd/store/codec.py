"""Conversion between :class:`rasd.models.Document` and database rows.

Annotation layers are stored as one JSON list per (document, layer), each item a dict of the
record's fields; reading ignores unknown keys and lets missing keys take their defaults, so a
record that gains a field still reads old rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from rasd.errors import StoreError
from rasd.models import (
    DateMention,
    Document,
    EntityMention,
    MetaValue,
    Quantity,
    Removed,
    Sentence,
    Statement,
)
from rasd.store.tables import LAYERS

LAYER_TYPES: dict[str, type[Any]] = {
    "sentences": Sentence,
    "entities": EntityMention,
    "statements": Statement,
    "quantities": Quantity,
    "dates": DateMention,
}
assert tuple(LAYER_TYPES) == LAYERS

MAX_ID = 64
"""Longest id (documents, stories, entities): ``VARCHAR(64)``, enforced alike on every backend."""
_TEXT_FIELDS = (
    "id",
    "raw_text",
    "text",
    "source_path",
    "url",
    "outlet",
    "title",
    "error",
    "published",
    "published_source",
    "retrieved",
    "language",
    "encoding",
    "raw_hash",
    "story",
    "duplicate_of",
    "duplicate_kind",
)
_COLUMNS = (
    "source_path",
    "url",
    "outlet",
    "title",
    "published",
    "published_source",
    "retrieved",
    "language",
    "encoding",
    "raw_hash",
    "raw_text",
    "text",
    "status",
    "error",
    "story",
    "duplicate_of",
    "duplicate_kind",
    "duplicate_score",
)


_FIELDS: dict[type[Any], tuple[tuple[str, ...], Any]] = {}


def _fields(cls: type[Any]) -> tuple[tuple[str, ...], Any]:
    """Field names of a record class and a C-level getter returning them as a tuple."""
    found = _FIELDS.get(cls)
    if found is None:
        names = tuple(f.name for f in dataclasses.fields(cls))
        found = _FIELDS[cls] = (names, attrgetter(*names))
    return found


def layer_data(cls: type[Any], items: Sequence[Any]) -> dict[str, Any]:
    """A layer as compact columns: ``{"f": field names, "r": one list of values per item}``."""
    names, getter = _fields(cls)
    return {"f": list(names), "r": [getter(x) for x in items]}


def layer_items(cls: type[Any], data: Any) -> list[Any]:
    """Records from :func:`layer_data` output (fields added or dropped since then are tolerated)."""
    if isinstance(data, list):  # a plain list of dicts
        known = set(_fields(cls)[0])
        return [cls(**{k: v for k, v in item.items() if k in known}) for item in data]
    stored = tuple(data["f"])
    names = _fields(cls)[0]
    if stored == names:
        return [cls(*row) for row in data["r"]]
    keep = [(i, n) for i, n in enumerate(stored) if n in set(names)]
    return [cls(**{n: row[i] for i, n in keep}) for row in data["r"]]


@dataclass(slots=True)
class PreparedDocument:
    """The rows of one document, built before its write transaction opens."""

    id: str
    source: str
    row: dict[str, Any]
    removed: list[dict[str, Any]]
    layers: list[dict[str, Any]]


def prepare_document(doc: Document, now: str) -> PreparedDocument:
    """Check ``doc`` and build its rows; :class:`StoreError` when it cannot be stored."""
    check_document(doc)
    try:
        return PreparedDocument(
            id=doc.id,
            source=doc.source_path or doc.id,
            row=document_row(doc, now),
            removed=removed_rows(doc),
            layers=annotation_rows(doc),
        )
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        raise StoreError(f"document {doc.id}: malformed record ({type(exc).__name__}: {exc})") from None


def check_document(doc: Document) -> None:
    """Raise :class:`StoreError` for a document no backend can store (NUL characters, bad ids)."""
    if not isinstance(doc, Document):
        raise StoreError(f"not a Document: {type(doc).__name__}")
    if not isinstance(doc.id, str) or not doc.id or len(doc.id) > MAX_ID:
        raise StoreError(f"document id {doc.id!r:.80} is not a string of 1 to {MAX_ID} characters")
    if doc.status not in ("ok", "failed", "skipped"):
        raise StoreError(f"document {doc.id}: status {doc.status!r} is not ok, failed or skipped")
    for name in ("story", "duplicate_of"):
        value = getattr(doc, name)
        if value is not None and (not isinstance(value, str) or len(value) > MAX_ID):
            raise StoreError(
                f"document {doc.id}: {name} {value!r:.80} is not an id of at most {MAX_ID} characters"
            )
    for name in _TEXT_FIELDS:
        value = getattr(doc, name)
        if isinstance(value, str) and "\x00" in value:
            raise StoreError(
                f"document {doc.id}: field {name!r} contains NUL characters, which cannot be stored"
            )


def document_row(doc: Document, now: str) -> dict[str, Any]:
    """The ``documents`` row of ``doc`` (``ingested_at`` is set by the caller on insert)."""
    row: dict[str, Any] = {name: getattr(doc, name) for name in _COLUMNS}
    row["id"] = doc.id
    row["meta"] = {k: {"value": v.value, "source": v.source} for k, v in doc.meta.items()}
    row["stage_versions"] = dict(doc.stage_versions)
    row["n_removed"] = len(doc.removed)
    row["updated_at"] = now
    return row


def removed_rows(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "doc_id": doc.id,
            "idx": i,
            "start": r.start,
            "end": r.end,
            "text": r.text,
            "reason": r.reason,
            "rule": r.rule,
        }
        for i, r in enumerate(doc.removed)
    ]


def annotation_rows(doc: Document) -> list[dict[str, Any]]:
    """One row per non-empty layer (an absent layer reads back as an empty list)."""
    rows = []
    for layer, cls in LAYER_TYPES.items():
        items: Sequence[Any] = getattr(doc, layer)
        if items:
            rows.append({"doc_id": doc.id, "layer": layer, "data": layer_data(cls, items)})
    return rows


def document_from_rows(
    row: Any,
    removed: Sequence[Any],
    layers: Mapping[str, Any],
) -> Document:
    """Rebuild a :class:`Document` (tokens empty: they are recomputed by segmentation)."""
    doc = Document(id=row["id"], raw_text=row["raw_text"])
    for name in _COLUMNS:
        setattr(doc, name, row[name])
    meta = row["meta"] or {}
    doc.meta = {k: MetaValue(value=v["value"], source=v["source"]) for k, v in meta.items()}
    doc.stage_versions = dict(row["stage_versions"] or {})
    doc.removed = [
        Removed(start=r["start"], end=r["end"], text=r["text"], reason=r["reason"], rule=r["rule"])
        for r in removed
    ]
    for layer, cls in LAYER_TYPES.items():
        data = layers.get(layer)
        if data:
            setattr(doc, layer, layer_items(cls, data))
    return doc
