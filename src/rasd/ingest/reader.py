"""Input dispatch: files, folders, ``-`` (stdin), http(s) URLs and zip members → Documents.

:func:`iter_inputs` is a lazy generator: a 31k-article corpus streams one file at a time and one
bad input yields an :class:`IngestFailure` instead of raising.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeAlias

from rasd.errors import InputError
from rasd.ingest.archive import iter_zip
from rasd.ingest.decode import decode_bytes
from rasd.ingest.options import IngestFailure, IngestOptions, failure_from, too_large
from rasd.ingest.records import InputMeta, iter_json, iter_jsonl, make_document
from rasd.ingest.web import iter_feed, iter_html
from rasd.models import Document

log = logging.getLogger(__name__)

Item: TypeAlias = Document | IngestFailure

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".zip": "zip",
    ".xml": "sniff",
    ".rss": "feed",
    ".atom": "feed",
}
"""Supported file extensions and the reader of each (``sniff``: decided from the content)."""

MAX_ZIP_DEPTH = 2


def kind_of(name: str) -> str | None:
    """The reader kind for a file name, or ``None`` when its extension is not supported."""
    return EXTENSIONS.get(Path(name).suffix.lower())


def sniff(data: bytes) -> str:
    """Guess the kind of unnamed input (stdin, URL bodies): json, jsonl, feed, html, zip or text."""
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        first = head.split(b"\n", 1)[0].strip()
        if first.startswith(b"{") and first.endswith(b"}") and b"\n{" in data[:65536]:
            return "jsonl"
        return "json"
    if head.startswith(b"<"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        if head.startswith(b"<?xml") and b"<html" not in head:
            return "feed"
        return "html"
    return "text"


def _text_document(data: bytes, source: str, options: IngestOptions, url: str | None) -> Iterator[Item]:
    try:
        text, encoding = decode_bytes(data)
        yield make_document(
            text,
            source,
            InputMeta(url=url),
            encoding=encoding,
            raw_hash=hashlib.sha256(data).hexdigest(),
            options=options,
        )
    except InputError as exc:
        yield failure_from(source, exc)


def read_bytes(
    data: bytes, kind: str, source: str, options: IngestOptions, depth: int = 0, url: str | None = None
) -> Iterator[Item]:
    """Items of one input's bytes read as ``kind`` (``sniff`` decides from the content)."""
    if not data.strip():
        yield IngestFailure(source, "empty input (no text)")
        return
    if kind == "sniff":
        kind = sniff(data)
    if kind == "zip":
        if depth > MAX_ZIP_DEPTH:
            yield IngestFailure(source, f"zip nested deeper than {MAX_ZIP_DEPTH} levels")
        else:
            yield from iter_zip(data, source, options, _member_reader, depth)
    elif kind == "json":
        yield from iter_json(data, source, options)
    elif kind == "jsonl":
        yield from iter_jsonl(data, source, options)
    elif kind == "html":
        yield from iter_html(data, source, options, url)
    elif kind == "feed":
        yield from iter_feed(data, source, options)
    else:
        yield from _text_document(data, source, options, url)


def _member_reader(data: bytes, name: str, source: str, options: IngestOptions, depth: int) -> Iterator[Item]:
    kind = kind_of(name)
    if kind is None:
        log.debug("skipping unsupported archive member %s", source)
        return
    yield from read_bytes(data, kind, source, options, depth)


def _read_file(path: Path, options: IngestOptions) -> bytes:
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(too_large(size, options.max_bytes))
    with path.open("rb") as fh:
        data = fh.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(too_large(len(data), options.max_bytes))
    return data


def iter_file(path: Path, options: IngestOptions, kind: str | None = None) -> Iterator[Item]:
    """Items of one file (``kind`` defaults to its extension, else sniffed)."""
    source = str(path)
    try:
        data = _read_file(path, options)
    except InputError as exc:
        yield failure_from(source, exc)
        return
    except OSError as exc:
        yield IngestFailure(source, f"cannot read file: {exc.strerror or exc}")
        return
    yield from read_bytes(data, kind or kind_of(path.name) or "sniff", source, options)


def iter_folder(folder: Path, options: IngestOptions) -> Iterator[Item]:
    """Items of every supported file under ``folder`` (recursive, sorted, hidden entries skipped)."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if name.startswith("."):
                continue
            if kind_of(name) is None:
                log.debug("skipping unsupported file %s", path)
                continue
            yield from iter_file(path, options)
        for err in errors:
            yield IngestFailure(str(err.filename or folder), f"cannot read folder: {err.strerror or err}")
        errors.clear()


def iter_stdin(options: IngestOptions, stream: Callable[[], bytes] | None = None) -> Iterator[Item]:
    """Items read from standard input (format sniffed)."""
    try:
        data = stream() if stream else sys.stdin.buffer.read(options.max_bytes + 1)
    except OSError as exc:
        yield IngestFailure("-", f"cannot read standard input: {exc}")
        return
    if len(data) > options.max_bytes:
        yield IngestFailure("-", too_large(len(data), options.max_bytes, "input"))
        return
    yield from read_bytes(data, "sniff", "-", options)


def iter_path(item: str, options: IngestOptions) -> Iterator[Item]:
    path = Path(item)
    try:
        if path.is_dir():
            yield from iter_folder(path, options)
            return
        if not path.exists():
            yield IngestFailure(item, "no such file or directory")
            return
    except OSError as exc:
        yield IngestFailure(item, f"cannot access path: {exc.strerror or exc}")
        return
    yield from iter_file(path, options)


def iter_inputs(inputs: Sequence[str], options: IngestOptions | None = None) -> Iterator[Item]:
    """Documents (and failures) of every input: files, folders, ``-`` and http(s) URLs, in order."""
    from rasd.ingest.fetch import iter_url

    options = options or IngestOptions()
    for item in inputs:
        if item == "-":
            yield from iter_stdin(options)
        elif item.lower().startswith(("http://", "https://")):
            yield from iter_url(item, options)
        else:
            yield from iter_path(item, options)
