"""Numeric claims: :func:`extract_quantities` and the :class:`QuantitiesStage`."""

from __future__ import annotations

from rasd.quantities.extract import extract_quantities
from rasd.quantities.stage import QuantitiesStage

__all__ = ["QuantitiesStage", "extract_quantities"]
