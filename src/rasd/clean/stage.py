"""The ``clean`` pipeline stage: ``raw_text`` -> ``text`` and ``removed``."""

from __future__ import annotations

import logging

from rasd.clean.boilerplate import SiteBoilerplate, outlet_key
from rasd.clean.core import clean_text
from rasd.errors import InputError
from rasd.models import Document

log = logging.getLogger(__name__)


class CleanStage:
    """DocumentStage that cleans a document's raw text (see :func:`rasd.clean.clean_text`)."""

    name = "clean"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"text", "removed"})
    arabic_only = False

    def __init__(self, boilerplate: SiteBoilerplate | None = None) -> None:
        self.boilerplate = boilerplate

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc.raw_text, str):
            raise InputError(f"document {doc.id}: raw_text is {type(doc.raw_text).__name__}, not text")
        result = clean_text(doc.raw_text, self.boilerplate, outlet_key(doc))
        doc.text = result.text
        doc.removed = result.removed
        if result.removed:
            log.debug("document %s: %d span(s) removed", doc.id, len(result.removed))
        return doc
