"""JSON/JSONL records → :class:`~rasd.models.Document`, and the common Document builder.

Record fields are mapped case-insensitively through the data file ``meta/input_fields.yaml``
(SaudiNewsNet and news-please output load as is). Input metadata go to the Document fields and to
``doc.meta`` as ``MetaValue(value, "input")``; ``published`` is kept as given (the metadata stage
normalises it to ISO).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.data import read_yaml
from rasd.errors import InputError
from rasd.ingest.decode import clean_text, decode_bytes
from rasd.ingest.options import IngestFailure, IngestOptions, failure_from
from rasd.models import Document, MetaValue, document_id

log = logging.getLogger(__name__)

META_KEYS = ("title", "url", "outlet", "published", "author", "retrieved")


@dataclass(slots=True)
class InputMeta:
    """Metadata that came with an input (record fields, HTML meta tags, feed entries)."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    retrieved: str | None = None


def make_document(
    text: str,
    source: str,
    meta: InputMeta,
    *,
    encoding: str | None = None,
    raw_hash: str | None = None,
    options: IngestOptions | None = None,
) -> Document:
    """Build a Document from decoded text and input metadata. Raise :class:`InputError` if empty."""
    raw = clean_text(text)
    if not raw.strip():
        raise InputError("empty input (no text)")
    retrieved = meta.retrieved or (options.retrieved if options else None)
    doc = Document(
        id=document_id(raw, meta.url, meta.outlet),
        raw_text=raw,
        source_path=source,
        url=meta.url,
        outlet=meta.outlet,
        title=meta.title,
        published=meta.published,
        published_source="input" if meta.published else None,
        retrieved=retrieved,
        encoding=encoding,
        raw_hash=raw_hash or hashlib.sha256(raw.encode("utf-8")).hexdigest(),
    )
    for key in META_KEYS:
        value = getattr(meta, key)
        if value:
            doc.meta[key] = MetaValue(value, "input")
    return doc


@lru_cache(maxsize=1)
def _fields() -> dict[str, tuple[str, ...]]:
    data = read_yaml("meta/input_fields.yaml")
    return {k: tuple(str(v).lower() for v in vals) for k, vals in data.items()}


def _as_text(value: Any, sep: str) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        parts = [p for p in (_as_text(v, sep) for v in value) if p]
        return sep.join(parts) or None
    if isinstance(value, Mapping):
        for key in ("name", "text", "value", "title", "#text"):
            if key in value:
                return _as_text(value[key], sep)
    return None


def _pick(lowered: Mapping[str, Any], target: str, sep: str = ", ") -> str | None:
    for name in _fields()[target]:
        if name in lowered:
            value = _as_text(lowered[name], sep)
            if value:
                return " ".join(value.split()) if target != "text" else value
    return None


def record_to_document(record: Any, source: str, options: IngestOptions) -> Document:
    """Map one JSON object to a Document. Raise :class:`InputError` when it holds no text."""
    if not isinstance(record, Mapping):
        raise InputError(f"record is a JSON {type(record).__name__}, not an object")
    lowered = {str(k).lower(): v for k, v in record.items()}
    text = _pick(lowered, "text", "\n\n")
    if not text:
        names = "/".join(_fields()["text"][:5])
        raise InputError(f"record has no text ({names} field missing or empty)")
    meta = InputMeta(**{key: _pick(lowered, key) for key in META_KEYS})
    canon = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    return make_document(
        text,
        source,
        meta,
        encoding="utf-8",
        raw_hash=hashlib.sha256(canon).hexdigest(),
        options=options,
    )


def _records_of(value: Any) -> list[Any] | None:
    """The list of records in a parsed JSON document, or ``None`` when it is one record."""
    if isinstance(value, list):
        return value
    if not isinstance(value, Mapping):
        raise InputError(f"JSON {type(value).__name__} is neither an object nor an array")
    lowered = {str(k).lower(): v for k, v in value.items()}
    if any(name in lowered for name in _fields()["text"]):
        return None
    for name in _fields()["containers"]:
        if isinstance(lowered.get(name), list):
            return list(lowered[name])
    for item in value.values():
        if isinstance(item, list) and item and all(isinstance(x, Mapping) for x in item):
            return list(item)
    return None


def _each(records: list[Any] | None, parsed: Any, source: str, options: IngestOptions) -> Iterator[Any]:
    if records is None:
        try:
            yield record_to_document(parsed, source, options)
        except InputError as exc:
            yield failure_from(source, exc)
        return
    if not records:
        yield IngestFailure(source, "JSON holds no records")
    for i, rec in enumerate(records):
        name = f"{source}#{i}"
        try:
            yield record_to_document(rec, name, options)
        except InputError as exc:
            yield failure_from(name, exc)


def iter_json(data: bytes, source: str, options: IngestOptions) -> Iterator[Document | IngestFailure]:
    """Documents of a JSON array/object/container or of JSON lines (sniffed)."""
    try:
        text, _ = decode_bytes(data)
    except InputError as exc:
        yield failure_from(source, exc)
        return
    if not text.strip():
        yield IngestFailure(source, "empty input (no text)")
        return
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from iter_jsonl_text(text, source, options)
        else:
            yield IngestFailure(source, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    try:
        records = _records_of(parsed)
    except InputError as exc:
        yield failure_from(source, exc)
        return
    yield from _each(records, parsed, source, options)


def iter_jsonl_text(text: str, source: str, options: IngestOptions) -> Iterator[Document | IngestFailure]:
    """Documents of JSON lines; a bad line is a failure for that line only (``file.jsonl#3``: line 3)."""
    found = False
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        name = f"{source}#{i}"
        try:
            yield record_to_document(json.loads(line), name, options)
        except json.JSONDecodeError as exc:
            yield IngestFailure(name, f"malformed JSON line: {exc.msg} (column {exc.colno})")
        except InputError as exc:
            yield failure_from(name, exc)
    if not found:
        yield IngestFailure(source, "empty input (no text)")


def iter_jsonl(data: bytes, source: str, options: IngestOptions) -> Iterator[Document | IngestFailure]:
    try:
        text, _ = decode_bytes(data)
    except InputError as exc:
        yield failure_from(source, exc)
        return
    yield from iter_jsonl_text(text, source, options)
