"""Export a rasd database as JSON or JSONL (contract: ``rasd/schema/rasd.schema.json``, docs/export.md).

JSON: ``{"schema": "rasd/1", "generated": ..., "documents": [...], "stories": [...], "entities": [...]}``.
JSONL: a ``{"type": "header"}`` line, then one ``{"type": "document", ...}`` line per document, then
story and entity lines. Documents are streamed from the store (never all in memory) and the output
file is written atomically (temporary file + rename): an interrupted export leaves no partial file.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal, Protocol

from rasd.errors import RasdError
from rasd.models import Document, Story

log = logging.getLogger(__name__)

SCHEMA = "rasd/1"
_TIME = r"([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?"
ISO_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2}" + _TIME + r")?)?$")
STORY_ANALYSIS_KEYS = ("claims", "timeline", "briefing", "who_says_what")
Format = Literal["json", "jsonl"]


class ExportError(RasdError):
    """An export cannot be written, or an export does not follow the rasd/1 schema."""


class ExportSource(Protocol):
    """What the export reads (:class:`rasd.store.Store` provides it)."""

    def iter_documents(self) -> Iterator[Document]: ...
    def load_stories(self, include_merged: bool = False) -> list[Story]: ...
    def load_entities(self) -> list[dict[str, Any]]: ...
    def count_documents(self) -> dict[str, int]: ...


# -- records ------------------------------------------------------------------------------------
def _published(doc: Document) -> str | None:
    if doc.published is None or ISO_DATE.match(doc.published):
        return doc.published
    log.warning("document %s: published %r is not an ISO date; exported as null", doc.id, doc.published)
    return None


def document_record(doc: Document) -> dict[str, Any]:
    """The export form of one document (offsets into ``text``; removed offsets into the raw text)."""
    return {
        "id": doc.id,
        "source_path": doc.source_path,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "published": _published(doc),
        "published_source": doc.published_source,
        "retrieved": doc.retrieved,
        "language": doc.language,
        "encoding": doc.encoding,
        "status": doc.status,
        "error": doc.error,
        "text": doc.text,
        "removed": [
            {"text": r.text, "reason": r.reason, "rule": r.rule, "start": r.start, "end": r.end}
            for r in doc.removed
        ],
        "entities": [
            {
                "text": e.text,
                "type": e.type,
                "start": e.start,
                "end": e.end,
                "entity_id": e.entity_id,
                "role": e.role,
            }
            for e in doc.entities
        ],
        "statements": [_statement(s) for s in doc.statements],
        "quantities": [
            {
                "text": q.text,
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "unit": q.unit,
                "approximate": q.approximate,
                "claimant": q.claimant,
                "statement_id": q.statement_id,
                "start": q.start,
                "end": q.end,
            }
            for q in doc.quantities
        ],
        "dates": [
            {"text": d.text, "value": d.value, "granularity": d.granularity, "start": d.start, "end": d.end}
            for d in doc.dates
        ],
        "story": doc.story,
        "duplicate_of": doc.duplicate_of,
        "duplicate_kind": doc.duplicate_kind,
        "duplicate_score": doc.duplicate_score,
    }


def _statement(s: Any) -> dict[str, Any]:
    keys = ("id", "speaker", "speaker_entity", "cue", "act", "negated", "content", "start", "end")
    out = {k: getattr(s, k) for k in keys}
    out |= {
        "content_start": s.content_start,
        "content_end": s.content_end,
        "direct": s.direct,
        "via": list(s.via),
        "date": s.date,
    }
    return out


def story_record(story: Story) -> dict[str, Any]:
    """The export form of a story (+ claims/timeline/briefing when its analysis has them)."""
    out: dict[str, Any] = {
        "id": story.id,
        "title": story.title,
        "keywords": list(story.keywords),
        "documents": list(story.documents),
        "duplicates": list(story.duplicates),
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "outlets": list(story.outlets),
        "independent_sources": story.independent_sources,
        "entities": list(story.entities),
    }
    for key in STORY_ANALYSIS_KEYS:
        if key in story.analysis:
            out[key] = story.analysis[key]
    return out


def entity_record(entity: dict[str, Any]) -> dict[str, Any]:
    """The export form of a cross-document entity from ``Store.load_entities``."""
    return {
        "id": entity["id"],
        "name": entity["name"],
        "type": entity["type"],
        "variants": _variants(entity.get("variants")),
        "documents": list(entity.get("documents") or []),
        "role": entity.get("role"),
    }


def _variants(value: Any) -> list[str]:
    """Spelling variants: a list as stored, or the sorted keys of a ``{variant: count}`` dict."""
    if isinstance(value, dict):
        return sorted(str(k) for k in value)
    return [str(v) for v in value or []]


def generated_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- building and writing ----------------------------------------------------------------------
def build_export(store: ExportSource) -> dict[str, Any]:
    """The whole export as one dict (holds every document: prefer :func:`write_export` for big stores)."""
    return {
        "schema": SCHEMA,
        "generated": generated_now(),
        "documents": [document_record(d) for d in store.iter_documents()],
        "stories": [story_record(s) for s in store.load_stories()],
        "entities": [entity_record(e) for e in store.load_entities()],
    }


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def iter_records(store: ExportSource, validate: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(kind, record)`` for every document, story and entity, in export order.

    With ``validate``, each record is checked (schema and offsets) as it goes: an invalid one
    raises :class:`ExportError` naming it.
    """
    seen: set[str] = set()
    for i, doc in enumerate(store.iter_documents()):
        record = document_record(doc)
        if validate:
            where = f"$.documents[{i}]"
            _check_schema(record, "document", where)
            check_document_offsets(record, where)
            if record["id"] in seen:
                raise ExportError(f"export invalid at {where}.id: duplicate id {record['id']!r}")
            seen.add(record["id"])
        yield "document", record
    for kind, records in (
        ("story", [story_record(s) for s in store.load_stories()]),
        ("entity", [entity_record(e) for e in store.load_entities()]),
    ):
        for i, record in enumerate(records):
            if validate:
                _check_schema(record, kind, f"$.{'stories' if kind == 'story' else 'entities'}[{i}]")
            yield kind, record


def iter_json(store: ExportSource, validate: bool = False) -> Iterator[str]:
    """The JSON export as text chunks (one record per line inside the arrays)."""
    yield '{"schema":' + _dumps(SCHEMA) + ',"generated":' + _dumps(generated_now())
    order = ("document", "story", "entity")
    keys = {"document": "documents", "story": "stories", "entity": "entities"}
    current, count = -1, 0
    for kind, record in iter_records(store, validate):
        while order[current] != kind or current < 0:  # open the next array(s)
            yield ("\n]" if current >= 0 else "") + f',\n"{keys[order[current + 1]]}":['
            current, count = current + 1, 0
        yield ("\n" if count == 0 else ",\n") + _dumps(record)
        count += 1
    while current < len(order) - 1:
        yield ("\n]" if current >= 0 else "") + f',\n"{keys[order[current + 1]]}":['
        current += 1
    yield "\n]}\n"


def iter_jsonl(store: ExportSource, validate: bool = False) -> Iterator[str]:
    """The JSONL export, one line per record (header, documents, stories, entities)."""
    header = {
        "schema": SCHEMA,
        "type": "header",
        "generated": generated_now(),
        "counts": store.count_documents(),
    }
    yield _dumps(header) + "\n"
    for kind, record in iter_records(store, validate):
        line = entity_line(record) if kind == "entity" else {"type": kind} | record
        yield _dumps(line) + "\n"


def entity_line(record: dict[str, Any]) -> dict[str, Any]:
    """A JSONL entity line: the entity's own ``type`` (PERS, LOC...) moves to ``entity_type``."""
    return {"type": "entity"} | {("entity_type" if k == "type" else k): v for k, v in record.items()}


def write_export(store: ExportSource, fmt: Format, out: Path | None, validate: bool = False) -> None:
    """Write the export in ``fmt`` to ``out`` atomically, or to stdout when ``out`` is None.

    ``validate`` checks every record against the schema and its offsets while writing (slower); an
    invalid record aborts the export and, for a file, leaves no output.
    """
    if fmt not in ("json", "jsonl"):
        raise ExportError(f"unknown export format {fmt!r}: use json or jsonl")
    chunks = iter_json(store, validate) if fmt == "json" else iter_jsonl(store, validate)
    if out is None:
        _write_chunks(sys.stdout, chunks)
        sys.stdout.flush()
        return
    _write_atomic(Path(out), chunks)


def _write_chunks(fh: IO[str], chunks: Iterable[str]) -> None:
    for chunk in chunks:
        fh.write(chunk)


def _write_atomic(out: Path, chunks: Iterable[str]) -> None:
    parent = out.parent
    if not parent.is_dir():
        raise ExportError(f"cannot write {out}: folder {parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            _write_chunks(fh, chunks)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
        raise
    log.info("export written to %s", out)


# -- validation --------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The rasd/1 JSON Schema shipped in ``rasd/schema/rasd.schema.json``."""
    text = resources.files("rasd").joinpath("schema/rasd.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=16)
def _validator(definition: str | None) -> Any:
    from jsonschema import Draft202012Validator

    schema = load_schema()
    if definition is not None:
        schema = {"$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
    return Draft202012Validator(schema)


def _check_schema(data: Any, definition: str | None, where: str) -> None:
    from jsonschema.exceptions import best_match

    error = best_match(_validator(definition).iter_errors(data))
    if error is not None:
        path = where + error.json_path[1:]
        message = error.message if len(error.message) < 200 else error.message[:200] + "..."
        raise ExportError(f"export invalid at {path}: {message.splitlines()[0]}")


def _check_span(item: dict[str, Any], n: int, where: str, start: str = "start", end: str = "end") -> None:
    if not item[start] <= item[end] <= n:
        raise ExportError(
            f"export invalid at {where}: span {item[start]}..{item[end]} outside text of length {n}"
        )


def check_document_offsets(doc: dict[str, Any], where: str = "$") -> None:
    """Offsets point into ``text``: ``text[start:end] == item["text"]`` for entities, quantities, dates."""
    text, n = doc["text"], len(doc["text"])
    for layer in ("entities", "quantities", "dates"):
        for i, item in enumerate(doc[layer]):
            at = f"{where}.{layer}[{i}]"
            _check_span(item, n, at)
            found = text[item["start"] : item["end"]]
            if found != item["text"]:
                raise ExportError(
                    f"export invalid at {at}: text[start:end] is {found!r}, not {item['text']!r}"
                )
    for i, st in enumerate(doc["statements"]):
        at = f"{where}.statements[{i}]"
        _check_span(st, n, at)
        _check_span(st, n, at, "content_start", "content_end")
    for i, rm in enumerate(doc["removed"]):
        if rm["start"] > rm["end"]:
            raise ExportError(
                f"export invalid at {where}.removed[{i}]: start {rm['start']} > end {rm['end']}"
            )


def validate_export(data: dict[str, Any]) -> None:
    """Check a JSON export against the rasd/1 schema and its offsets; ExportError names the failing path."""
    _check_schema(data, None, "$")
    seen: set[str] = set()
    for i, doc in enumerate(data["documents"]):
        if doc["id"] in seen:
            raise ExportError(f"export invalid at $.documents[{i}].id: duplicate id {doc['id']!r}")
        seen.add(doc["id"])
        check_document_offsets(doc, f"$.documents[{i}]")


def validate_record(record: dict[str, Any], where: str = "$") -> None:
    """Check one JSONL line (``type`` = header, document, story or entity)."""
    kind = record.get("type") if isinstance(record, dict) else None
    if kind not in ("header", "document", "story", "entity"):
        raise ExportError(
            f"export invalid at {where}.type: {kind!r} is not header, document, story or entity"
        )
    body = record if kind == "header" else {k: v for k, v in record.items() if k != "type"}
    if kind == "entity" and "entity_type" in body:
        body = {("type" if k == "entity_type" else k): v for k, v in body.items()}
    _check_schema(body, kind, where)
    if kind == "document":
        check_document_offsets(body, where)


def validate_jsonl(lines: Iterable[str]) -> int:
    """Check a JSONL export line by line (header first); returns the number of records."""
    n = 0
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ExportError(f"export invalid at line {i}: not JSON ({exc.msg})") from None
        if n == 0 and (not isinstance(record, dict) or record.get("type") != "header"):
            raise ExportError(f"export invalid at line {i}: the first record must be the header")
        validate_record(record, f"line {i}")
        n += 1
    if n == 0:
        raise ExportError("export invalid: no header line")
    return n
