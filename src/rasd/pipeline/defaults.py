"""The default stage lists: every per-document and collection stage rasd ships, in order."""

from __future__ import annotations

from rasd.models import Document
from rasd.pipeline.runner import Pipeline
from rasd.pipeline.stage import CollectionStage, DocumentStage


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
    from rasd.text.stage import SegmentStage

    return [
        LanguageStage(),
        CleanStage(boilerplate),  # type: ignore[arg-type]
        MetadataStage(),
        SegmentStage(),
        NerStage(),
        DatesStage(),
        StatementsStage(),
        StatementDatesStage(),
        QuantitiesStage(),
    ]


def default_pipeline(boilerplate: object | None = None) -> Pipeline:
    return Pipeline(document_stages(boilerplate))


def collection_stages() -> list[CollectionStage]:
    """Stages over many documents, in order: entities, duplicates, stories."""
    from rasd.entities import EntityStage
    from rasd.stories.cluster import StoryStage
    from rasd.stories.dedup import DedupStage

    return [EntityStage(), DedupStage(), StoryStage()]
