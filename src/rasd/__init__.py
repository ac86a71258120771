"""rasd (رصد): offline, Arabic-first news intelligence.

The public API is re-exported lazily so that ``import rasd`` stays cheap: ``rasd.analyze``,
``rasd.reprocess``, ``rasd.list_documents``, ``rasd.get_document``, ``rasd.AnalysisResult`` and
``rasd.IngestSummary``. Ingest-only and export are :func:`rasd.api.ingest` and :func:`rasd.api.export`
(``rasd.ingest`` and ``rasd.export`` are the subpackages that read inputs and write exports).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {"analyze", "reprocess", "list_documents", "get_document", "AnalysisResult", "IngestSummary"}
__all__ = sorted(_API | {"__version__"})


def __getattr__(name: str) -> Any:
    if name in _API:
        from rasd import api

        return getattr(api, name)
    raise AttributeError(f"module 'rasd' has no attribute {name!r}")
