"""Attributed statements: who said, denied, confirmed, warned, accused ... what.

``StatementsStage`` (a :class:`~rasd.pipeline.stage.DocumentStage`) fills ``doc.statements``
with :class:`rasd.models.Statement` records; :func:`extract_statements` does the same as a
function and :func:`link_speakers` re-links speakers to entities after entity resolution.
Reporting cues, markers and chunking rules are data files under ``rasd/data/statements/``.
See ``docs/statements.md`` for the speech-act set and the resolution rules.
"""

from __future__ import annotations

from rasd.statements.lexicon import Lexicon, load_lexicon
from rasd.statements.stage import StatementsStage, extract_statements, link_speakers

__all__ = ["Lexicon", "StatementsStage", "extract_statements", "link_speakers", "load_lexicon"]
