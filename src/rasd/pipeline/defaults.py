"""The default stage lists: every per-document and collection stage rasd ships, in order."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.errors import ConfigError
from rasd.models import Document
from rasd.pipeline.runner import Pipeline
from rasd.pipeline.stage import CollectionContext, CollectionStage, DocumentStage


class StatementDatesStage:
    """Gives each statement the date of the event it reports (sentence date, else publication)."""

    name = "statement-dates"
    version = "1"
    requires = frozenset({"statements", "dates"})
    provides = frozenset({"statement_dates"})
    arabic_only = True

    def __call__(self, doc: Document) -> Document:
        from rasd.dates import assign_statement_dates

        assign_statement_dates(doc)
        return doc


def document_stages(boilerplate: object | None = None) -> list[DocumentStage]:
    """Per-document stages in order. ``boilerplate`` is a learned ``SiteBoilerplate`` (or None)."""
    from rasd.clean import CleanStage
    from rasd.dates import DatesStage
    from rasd.meta import LanguageStage, MetadataStage
    from rasd.ner import NerStage
    from rasd.quantities import QuantitiesStage
    from rasd.statements import StatementsStage
    from rasd.text.stage import SegmentStage, TokenizeStage

    return [
        LanguageStage(),
        CleanStage(boilerplate),  # type: ignore[arg-type]
        MetadataStage(),
        SegmentStage(),
        TokenizeStage(),
        NerStage(),
        DatesStage(),
        StatementsStage(),
        StatementDatesStage(),
        QuantitiesStage(),
    ]


FOUNDATION = ("language", "clean", "metadata", "segment")
"""The stages of the foundation: enough to store clean, segmented, dated documents."""


def default_pipeline(
    boilerplate: object | None = None,
    only: Sequence[str] | None = None,
    timings: dict[str, float] | None = None,
) -> Pipeline:
    """The default pipeline, or the subset of its stages named in ``only`` (order kept)."""
    stages = document_stages(boilerplate)
    if only is not None:
        unknown = set(only) - {s.name for s in stages}
        if unknown:
            raise ConfigError(f"unknown stage(s): {', '.join(sorted(unknown))}")
        stages = [s for s in stages if s.name in only]
    return Pipeline(stages, timings=timings)


class SpeakerLinkStage:
    """After entity resolution: link each statement's speaker to its entity (``speaker_entity``)."""

    name = "speakers"
    version = "1"
    requires = frozenset({"statements", "entity_ids"})
    provides = frozenset({"speaker_entities"})

    def run(self, docs: Sequence[Document], ctx: CollectionContext) -> None:
        from rasd.statements import link_speakers

        for doc in docs:
            if doc.statements:
                link_speakers(doc)


CORPUS_WIDE = frozenset({"entities", "speakers"})
"""Collection stages that see every stored document (the others see only the new ones)."""


def collection_stages() -> list[CollectionStage]:
    """Stages over many documents, in order: entities, speaker links, duplicates, stories."""
    from rasd.entities import EntityStage
    from rasd.stories.cluster import StoryStage
    from rasd.stories.dedup import DedupStage

    return [EntityStage(), SpeakerLinkStage(), DedupStage(), StoryStage()]
