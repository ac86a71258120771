"""Shared projection for the per-round quantity tests: each quantity as a (value, unit) pair."""

from __future__ import annotations

from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences


def pairs(text: str) -> list[tuple[float | None, str | None]]:
    """(value rounded to 6 decimals, or None for a range; unit) of each quantity, in text order."""
    return [
        (None if q.value is None else round(q.value, 6), q.unit)
        for q in extract_quantities(text, split_sentences(text))
    ]
