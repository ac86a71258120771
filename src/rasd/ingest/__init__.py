"""Ingestion: files, folders, stdin, URLs, zips, JSON/JSONL, HTML and feeds → :class:`Document`.

Public API::

    iter_inputs(inputs, options=IngestOptions()) -> Iterator[Document | IngestFailure]

See ``docs/ingest.md``.
"""

from __future__ import annotations

from rasd.ingest.options import IngestFailure, IngestOptions
from rasd.ingest.reader import iter_file, iter_inputs, read_bytes, sniff

__all__ = ["IngestFailure", "IngestOptions", "iter_file", "iter_inputs", "read_bytes", "sniff"]
