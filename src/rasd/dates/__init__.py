"""Dates in Arabic news: :func:`parse_dates`, the :class:`DatesStage`, statement dates."""

from __future__ import annotations

from rasd.dates.calendar import hijri_to_gregorian
from rasd.dates.parse import parse_dates
from rasd.dates.stage import DatesStage, anchor_of, assign_statement_dates

__all__ = ["DatesStage", "anchor_of", "assign_statement_dates", "hijri_to_gregorian", "parse_dates"]
