"""Document storage: upserts in whole-document transactions, streaming reads, links, failures."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection, RowMapping

from rasd.errors import NotFoundError, StoreError
from rasd.models import Document
from rasd.store.base import StoreBase, now_iso
from rasd.store.codec import PreparedDocument, document_from_rows, prepare_document
from rasd.store.records import DocumentLink, DocumentSummary, FailureRecord
from rasd.store.tables import annotation_layers, documents, failures, removed

log = logging.getLogger(__name__)

SAVE_BATCH = 64
"""Documents per transaction in :meth:`DocumentStore.save_documents` (each one whole)."""
IN_CHUNK = 500
"""Ids per ``IN (...)`` list."""
_SUMMARY = (
    "id",
    "title",
    "outlet",
    "published",
    "language",
    "status",
    "error",
    "n_removed",
    "story",
    "duplicate_of",
    "source_path",
)


class AmbiguousReferenceError(NotFoundError):
    """An id prefix matches more than one record."""


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def prefix_matches(conn: Connection, column: Any, ref: str, what: str) -> str:
    """The one id equal to ``ref`` or starting with it; NotFoundError / AmbiguousReferenceError."""
    ref = ref.strip()
    if not ref:
        raise NotFoundError(f"empty {what} id")
    if conn.execute(select(column).where(column == ref)).first() is not None:
        return ref
    q = select(column).where(func.substr(column, 1, len(ref)) == ref).order_by(column).limit(6)
    found = list(conn.execute(q).scalars())
    if not found:
        raise NotFoundError(f"no {what} with id {ref!r}")
    if len(found) > 1:
        shown = ", ".join(found[:5]) + (", ..." if len(found) > 5 else "")
        raise AmbiguousReferenceError(f"{what} id prefix {ref!r} is ambiguous: matches {shown}")
    return str(found[0])


class DocumentStore(StoreBase):
    """The document half of :class:`rasd.store.Store`."""

    # -- writing -------------------------------------------------------------------------------
    def save_document(self, doc: Document) -> None:
        """Insert or replace ``doc`` with its removed spans and annotation layers (one transaction)."""
        self._save_batch([prepare_document(doc, now_iso())])

    def save_documents(self, docs: Iterable[Document], batch: int = SAVE_BATCH) -> int:
        """Save many documents, ``batch`` whole documents per transaction; returns how many were saved.

        A document that cannot be stored is logged and recorded in ``failures`` instead of stopping
        the others; a database that cannot be written raises :class:`StoreError`.
        """
        saved = 0
        for chunk in chunks(docs, batch):
            good = [p for p in map(self._prepare, chunk) if p is not None]
            if not good:
                continue
            try:
                self._save_batch(good)
                saved += len(good)
                continue
            except StoreError as exc:
                if len(good) == 1:
                    self._save_failed(good[0].source, good[0].id, exc)
                    continue
                log.debug("batch of %d failed (%s); saving one by one", len(good), exc)
            for prepared in good:
                try:
                    self._save_batch([prepared])
                    saved += 1
                except StoreError as exc:
                    self._save_failed(prepared.source, prepared.id, exc)
        return saved

    def _prepare(self, doc: Document) -> PreparedDocument | None:
        try:
            return prepare_document(doc, now_iso())
        except StoreError as exc:
            source = getattr(doc, "source_path", None) or str(getattr(doc, "id", "?"))
            self._save_failed(source, str(getattr(doc, "id", "?")), exc)
            return None

    def _save_failed(self, source: str, doc_id: str, exc: StoreError) -> None:
        log.warning("document %s not saved: %s", doc_id, exc)
        self.record_failure(source, f"not saved: {exc}")

    def _save_batch(self, docs: Sequence[PreparedDocument]) -> None:
        by_id = {d.id: d for d in docs}  # a repeated id: the last one wins
        base = datetime.fromisoformat(now_iso())
        rows = [d.row for d in by_id.values()]
        with self._write("save documents") as conn:
            existing = set(
                conn.execute(select(documents.c.id).where(documents.c.id.in_(list(by_id)))).scalars()
            )
            if existing:
                conn.execute(delete(removed).where(removed.c.doc_id.in_(existing)))
                conn.execute(delete(annotation_layers).where(annotation_layers.c.doc_id.in_(existing)))
                upd = [
                    {k: v for k, v in r.items() if k != "id"} | {"b_id": r["id"]}
                    for r in rows
                    if r["id"] in existing
                ]
                conn.execute(update(documents).where(documents.c.id == bindparam("b_id")), upd)
            fresh = [r for r in rows if r["id"] not in existing]
            new = [  # microsecond steps keep the insertion order sortable
                r | {"ingested_at": (base + timedelta(microseconds=i)).isoformat(timespec="microseconds")}
                for i, r in enumerate(fresh)
            ]
            if new:
                conn.execute(insert(documents), new)
            rem = [r for d in by_id.values() for r in d.removed]
            if rem:
                conn.execute(insert(removed), rem)
            ann = [r for d in by_id.values() for r in d.layers]
            if ann:
                conn.execute(insert(annotation_layers), ann)

    def update_links(self, links: Sequence[DocumentLink]) -> None:
        """Set story and duplicate links of documents (unknown ids are logged and ignored)."""
        if not links:
            return
        now = now_iso()
        params = [
            {
                "b_id": lk.doc_id,
                "story": lk.story,
                "duplicate_of": lk.duplicate_of,
                "duplicate_kind": lk.duplicate_kind,
                "duplicate_score": lk.duplicate_score,
                "updated_at": now,
            }
            for lk in links
        ]
        with self._write("update document links") as conn:
            result = conn.execute(update(documents).where(documents.c.id == bindparam("b_id")), params)
        if result.rowcount is not None and 0 <= result.rowcount < len(params):
            log.warning(
                "update_links: %d of %d documents not found", len(params) - result.rowcount, len(params)
            )

    def record_failure(self, source: str, error: str) -> None:
        """Remember an input that produced no document."""
        with self._write("record a failure") as conn:
            conn.execute(insert(failures).values(source=str(source), error=str(error), at=now_iso()))

    # -- reading -------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return bool(self.existing_ids([doc_id]))

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored."""
        out: set[str] = set()
        with self._read() as conn:
            for chunk in chunks(ids, IN_CHUNK):
                out.update(conn.execute(select(documents.c.id).where(documents.c.id.in_(chunk))).scalars())
        return out

    def get_document(self, ref: str) -> Document:
        """The document whose id is ``ref`` or starts with ``ref``."""
        with self._read() as conn:
            doc_id = prefix_matches(conn, documents.c.id, ref, "document")
            rows = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().all()
            return self._load(conn, rows)[0]

    def iter_documents(
        self, ids: Sequence[str] | None = None, status: str | None = None, batch: int = 500
    ) -> Iterator[Document]:
        """Documents in ingestion order (``ingested_at``, ``id``), read ``batch`` at a time.

        With ``ids``, only those documents (unknown ids are skipped), still in ingestion order.
        """
        if ids is not None:
            yield from self._iter_ids(ids, status, batch)
            return
        after: tuple[str, str] | None = None
        while True:
            q = select(documents).order_by(documents.c.ingested_at, documents.c.id).limit(batch)
            if status is not None:
                q = q.where(documents.c.status == status)
            if after is not None:
                ing, last = after
                q = q.where(
                    or_(
                        documents.c.ingested_at > ing,
                        and_(documents.c.ingested_at == ing, documents.c.id > last),
                    )
                )
            with self._read() as conn:
                rows = conn.execute(q).mappings().all()
                docs = self._load(conn, rows)
            yield from docs
            if len(rows) < batch:
                return
            after = (rows[-1]["ingested_at"], rows[-1]["id"])

    def _iter_ids(self, ids: Sequence[str], status: str | None, batch: int) -> Iterator[Document]:
        keys: list[tuple[str, str]] = []
        with self._read() as conn:
            for chunk in chunks(dict.fromkeys(ids), IN_CHUNK):
                q = select(documents.c.ingested_at, documents.c.id).where(documents.c.id.in_(chunk))
                if status is not None:
                    q = q.where(documents.c.status == status)
                keys.extend((r[0], r[1]) for r in conn.execute(q))
        keys.sort()
        for chunk in chunks((k[1] for k in keys), batch):
            with self._read() as conn:
                rows = conn.execute(select(documents).where(documents.c.id.in_(chunk))).mappings().all()
                by_id = {d.id: d for d in self._load(conn, rows)}
            yield from (by_id[i] for i in chunk if i in by_id)

    def _load(self, conn: Connection, rows: Sequence[RowMapping]) -> list[Document]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        rem: dict[str, list[RowMapping]] = {i: [] for i in ids}
        q = select(removed).where(removed.c.doc_id.in_(ids)).order_by(removed.c.doc_id, removed.c.idx)
        for r in conn.execute(q).mappings():
            rem[r["doc_id"]].append(r)
        layers: dict[str, dict[str, Any]] = {i: {} for i in ids}
        q2 = select(annotation_layers).where(annotation_layers.c.doc_id.in_(ids))
        for r in conn.execute(q2).mappings():
            layers[r["doc_id"]][r["layer"]] = r["data"]
        return [document_from_rows(row, rem[row["id"]], layers[row["id"]]) for row in rows]

    def list_documents(self, limit: int | None = None) -> list[DocumentSummary]:
        """Summaries (no text) in ingestion order."""
        cols = [documents.c[name] for name in _SUMMARY]
        q = select(*cols).order_by(documents.c.ingested_at, documents.c.id)
        if limit is not None:
            q = q.limit(limit)
        with self._read() as conn:
            return [DocumentSummary(**dict(r)) for r in conn.execute(q).mappings()]

    def count_documents(self) -> dict[str, int]:
        """Number of documents by status (``ok``, ``failed``, ``skipped``)."""
        q = select(documents.c.status, func.count()).group_by(documents.c.status).order_by(documents.c.status)
        with self._read() as conn:
            return {str(s): int(n) for s, n in conn.execute(q)}

    def failures(self) -> list[FailureRecord]:
        with self._read() as conn:
            q = select(failures).order_by(failures.c.id)
            return [FailureRecord(**dict(r)) for r in conn.execute(q).mappings()]
