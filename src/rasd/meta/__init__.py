"""Document metadata: language identification and title/outlet/date/url inference.

Public API::

    detect_language(text) -> str            # ISO 639-1 code or "und"
    LanguageStage()                         # DocumentStage "language"
    MetadataStage()                         # DocumentStage "metadata"
    normalize_input_date(value) -> FoundDate | None
"""

from __future__ import annotations

from rasd.meta.dates import FoundDate, normalize_input_date
from rasd.meta.language import LanguageStage, detect_language
from rasd.meta.stage import MetadataStage

__all__ = ["FoundDate", "LanguageStage", "MetadataStage", "detect_language", "normalize_input_date"]
