"""Duplicates, syndicated copies and incremental story clustering.

* :mod:`rasd.stories.dedup`: :class:`DedupStage` (exact / near / contained / title-url links);
* :mod:`rasd.stories.cluster`: :class:`StoryStage`, :func:`list_stories`, :func:`show_story`;
* :mod:`rasd.stories.evaluate`: dev-set evaluation (``python -m rasd.stories.evaluate``).
"""

from __future__ import annotations

from rasd.stories.cluster import StoryDocView, StoryStage, StoryView, list_stories, show_story
from rasd.stories.dedup import DedupIndex, DedupStage, DuplicateLink, count_independent_sources
from rasd.stories.index import StoryIndex

__all__ = [
    "DedupIndex",
    "DedupStage",
    "DuplicateLink",
    "StoryDocView",
    "StoryIndex",
    "StoryStage",
    "StoryView",
    "count_independent_sources",
    "list_stories",
    "show_story",
]
