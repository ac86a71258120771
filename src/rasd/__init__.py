"""rasd (رصد): offline, Arabic-first news intelligence.

The public API is re-exported lazily so that ``import rasd`` stays cheap:
``rasd.analyze``, ``rasd.ingest``, ``rasd.reprocess``, ``rasd.list_documents``, ``rasd.get_document``,
``rasd.export``, and the records in :mod:`rasd.models`.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {
    "analyze",
    "ingest",
    "reprocess",
    "list_documents",
    "get_document",
    "export",
    "AnalysisResult",
    "IngestSummary",
}
__all__ = sorted(_API | {"__version__"})


def __getattr__(name: str) -> Any:
    if name in _API:
        from rasd import api

        return getattr(api, name)
    raise AttributeError(f"module 'rasd' has no attribute {name!r}")
