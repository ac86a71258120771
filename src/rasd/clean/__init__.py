"""Cleaning of already-extracted article text: boilerplate removed, every removed span kept with a reason.

Public API: :class:`CleanStage` (the ``clean`` pipeline stage), :func:`clean_text` (pure function) and
its :class:`CleanResult`, :class:`SiteBoilerplate` (per-outlet repeated lines learned from a corpus) and
:func:`outlet_key`. See docs/cleaning.md.
"""

from rasd.clean.boilerplate import SiteBoilerplate, outlet_key
from rasd.clean.core import REASONS, CleanResult, clean_text
from rasd.clean.stage import CleanStage

__all__ = ["REASONS", "CleanResult", "CleanStage", "SiteBoilerplate", "clean_text", "outlet_key"]
