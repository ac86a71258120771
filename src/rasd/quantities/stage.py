"""The quantities pipeline stage."""

from __future__ import annotations

import datetime as dt

from rasd.dates import anchor_of, parse_dates
from rasd.models import Document
from rasd.quantities.extract import extract_quantities


class QuantitiesStage:
    """Fills ``doc.quantities``; uses ``doc.statements`` for claimants and the dates layer
    (``doc.dates``; parsed afresh when the dates stage has not run) to keep dates out."""

    name = "quantities"
    version = "32"
    requires = frozenset({"sentences", "statements"})
    provides = frozenset({"quantities"})
    arabic_only = True

    def __call__(self, doc: Document) -> Document:
        dates = doc.dates
        if not dates and "dates" not in doc.stage_versions:
            anchor: dt.date | None = anchor_of(doc)
            dates = parse_dates(doc.text, anchor)
        spans = [(d.start, d.end) for d in dates]
        doc.quantities = extract_quantities(doc.text, doc.sentences, doc.statements, spans)
        return doc
