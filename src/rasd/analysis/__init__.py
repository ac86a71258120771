"""Cross-source analysis of stories: claims, stances, contradictions, evolution, timeline, briefing.

``analyze_story(story, docs)`` returns a :class:`~rasd.analysis.records.StoryAnalysis`;
``analyze_stories(store)`` analyses every active story in a store and saves the result in each
story's ``analysis`` (exported as ``claims``, ``timeline``, ``briefing`` and ``who_says_what``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from rasd.analysis.brief import DEFAULT_SENTENCES, briefing, timeline, who_says_what
from rasd.analysis.claims import numeric_slots, statement_claims
from rasd.analysis.compare import compare
from rasd.analysis.records import StoryAnalysis
from rasd.models import Document, Story, to_dict
from rasd.text.stage import ensure_segmented

log = logging.getLogger(__name__)
VERSION = "1"
MAX_CLAIMS = 30

__all__ = ["VERSION", "StoryAnalysis", "analysis_to_export", "analyze_stories", "analyze_story"]


def analyze_story(
    story: Story, docs: Sequence[Document], n_sentences: int = DEFAULT_SENTENCES
) -> StoryAnalysis:
    """Compare the sources of one story."""
    for d in docs:
        ensure_segmented(d)
    claims = statement_claims(story.id, docs)[:MAX_CLAIMS] + numeric_slots(story.id, docs)
    for claim in claims:
        compare(claim)
    result = StoryAnalysis(story=story.id, claims=claims, version=VERSION)
    result.briefing = briefing([c for c in claims if c.kind == "statement"], docs, n_sentences)
    result.timeline = timeline(docs)
    result.who_says_what = who_says_what(claims)
    return result


def analysis_to_export(analysis: StoryAnalysis) -> dict[str, Any]:
    """The JSON form stored in ``Story.analysis`` and exported with the story."""
    data: dict[str, Any] = to_dict(analysis)
    data.pop("story", None)
    return data


def analyze_stories(
    store: Any, story_ids: Sequence[str] | None = None, n_sentences: int = DEFAULT_SENTENCES
) -> list[Story]:
    """Analyse the stories of a :class:`rasd.store.Store` (all active ones by default) and save them."""
    stories: list[Story] = store.load_stories()
    if story_ids is not None:
        wanted = set(story_ids)
        stories = [s for s in stories if s.id in wanted]
    for story in stories:
        docs = list(store.iter_documents(ids=list(story.documents)))
        story.analysis = analysis_to_export(analyze_story(story, docs, n_sentences))
    store.save_stories(stories)
    return stories
