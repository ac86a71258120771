"""The ``entities`` collection stage: resolve each document, group across documents, persist.

``EntityStage.run(docs, ctx)`` expects every document of the collection (the entity table is
replaced as a whole): it merges gazetteer mentions into each document, resolves them
(:func:`rasd.entities.resolve.prepare_document`), groups them into entities with the analyst
corrections applied (:func:`rasd.entities.group.group_documents`), sets
``EntityMention.entity_id`` everywhere and, when ``ctx.store`` is a store, saves the entities.
One document that fails is logged and grouped as it is; it never stops the others.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from rasd.entities.gazetteer import Gazetteer, load_gazetteer
from rasd.entities.group import EntityRecord, group_documents
from rasd.entities.resolve import is_role_only, prepare_document
from rasd.models import Document
from rasd.pipeline.stage import CollectionContext
from rasd.text.normalize import norm_key

log = logging.getLogger(__name__)


@runtime_checkable
class EntityStore(Protocol):
    """What the entity code needs from :class:`rasd.store.Store`."""

    def save_entities(self, entities: Sequence[dict[str, Any]]) -> None: ...

    def load_entities(self) -> list[dict[str, Any]]: ...

    def add_correction(self, op: str, payload: dict[str, Any]) -> int: ...

    def list_corrections(self) -> list[dict[str, Any]]: ...

    def iter_documents(self) -> Iterator[Document]: ...

    def save_documents(self, docs: Sequence[Document]) -> int: ...


def first_tokens(docs: Sequence[Document]) -> Counter[str]:
    """Counts of the normalised first words of every mention (see ``Gazetteer.with_vocabulary``)."""
    counts: Counter[str] = Counter()
    for doc in docs:
        for m in doc.entities:
            words = norm_key(m.text).split(maxsplit=1)
            if words and not is_role_only(m):
                counts[words[0]] += 1
    return counts


class EntityStage:
    """Collection stage ``entities`` (version 1): mentions → entities across documents."""

    name = "entities"
    version = "1"
    requires = frozenset({"entities"})
    provides = frozenset({"entity_ids"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gaz = gazetteer
        self.records: list[EntityRecord] = []
        """The entities of the last run."""

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer()
        return self._gaz

    def run(self, docs: Sequence[Document], ctx: CollectionContext) -> None:
        store = ctx.store if isinstance(ctx.store, EntityStore) else None
        gaz = self.gazetteer.with_vocabulary(first_tokens(docs))
        for doc in docs:
            try:
                prepare_document(doc, gaz)
            except Exception as exc:  # one bad document never stops the batch
                log.warning("entities: document %s not resolved: %s", doc.id, exc)
        corrections = store.list_corrections() if store is not None else []
        self.records = group_documents(docs, corrections, gaz)
        log.info("entities: %d entities from %d documents", len(self.records), len(docs))
        if store is not None:
            store.save_entities([r.to_dict() for r in self.records])
