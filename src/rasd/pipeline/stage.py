"""The stage protocol: small units with a declared input, output and version.

A :class:`DocumentStage` transforms one :class:`~rasd.models.Document` in place (and returns it);
a :class:`CollectionStage` sees many documents at once (dedup, clustering, comparison). Each stage
names the annotation layers it ``requires`` and ``provides`` and carries a ``version``; the runner
(:mod:`rasd.pipeline.runner`) checks the order, isolates failures per document and records which
stage versions produced each document, so an upgraded stage is re-run and the others are not.

Layer names: ``raw`` (input text and input metadata), ``text`` (cleaned display text),
``removed``, ``meta`` (title/outlet/date/url inferred), ``language``, ``sentences``, ``tokens``,
``entities``, ``statements``, ``quantities``, ``dates``, ``duplicates``, ``stories``, ``analysis``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from rasd.models import Document


@runtime_checkable
class DocumentStage(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def requires(self) -> frozenset[str]: ...
    @property
    def provides(self) -> frozenset[str]: ...
    @property
    def arabic_only(self) -> bool:
        """True if the stage only applies to Arabic documents (others are labelled and skipped)."""

    def __call__(self, doc: Document) -> Document: ...


@dataclass(slots=True)
class CollectionContext:
    """What a collection stage may consult besides the documents it is given."""

    store: object | None = None
    """A :class:`rasd.store.Store` when the run is backed by a database (typed loosely to avoid
    an import cycle; stages cast it)."""
    options: dict[str, object] = field(default_factory=dict)


@runtime_checkable
class CollectionStage(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def requires(self) -> frozenset[str]: ...
    @property
    def provides(self) -> frozenset[str]: ...

    def run(self, docs: Sequence[Document], ctx: CollectionContext) -> None: ...


@dataclass(frozen=True, slots=True)
class StageInfo:
    """Declaration helper: ``INFO = StageInfo("clean", "1", requires={"raw"}, provides={"text"})``."""

    name: str
    version: str
    requires: frozenset[str]
    provides: frozenset[str]
