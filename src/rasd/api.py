"""rasd's Python API. The CLI is a thin layer over these functions.

>>> import rasd
>>> result = rasd.analyze(["examples/corpus"], db="sqlite:///rasd.db", report="report.html")
>>> result.summary.ingested, [s.title for s in result.stories]
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter
from typing import Any

from rasd.errors import RasdError
from rasd.ingest import IngestFailure, IngestOptions, iter_inputs
from rasd.models import Document, Story
from rasd.pipeline.defaults import CORPUS_WIDE, collection_stages, default_pipeline
from rasd.pipeline.runner import Pipeline
from rasd.pipeline.stage import CollectionContext
from rasd.store import DocumentSummary, Store
from rasd.text.stage import ensure_segmented

log = logging.getLogger(__name__)

BOILERPLATE_STATE = "clean.site_boilerplate"
CHUNK = 1000
SAVE_BOILERPLATE_EVERY = 10


@dataclass(slots=True)
class Failure:
    source: str
    reason: str


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did."""

    ingested: int = 0
    duplicates: int = 0
    """Inputs whose document was already stored and up to date (nothing changed)."""
    updated: int = 0
    """Stored documents re-analysed because a stage version changed."""
    failed: list[Failure] = field(default_factory=list)
    non_arabic: int = 0
    document_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class AnalysisResult:
    summary: IngestSummary
    stories: list[Story]
    db_url: str
    report: Path | None = None


ProgressFn = Callable[[str, int], None]
"""Called with an event name (``document``, ``failure``, ``stage``) and a count."""


def _chunks(items: Iterable[Document | IngestFailure], size: int) -> Iterator[list[Document | IngestFailure]]:
    chunk: list[Document | IngestFailure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _timed(
    items: Iterable[Document | IngestFailure], timings: dict[str, float] | None
) -> Iterator[Document | IngestFailure]:
    """Yield ``items``, adding the time spent producing them to ``timings['read']``."""
    it = iter(items)
    while True:
        t0 = perf_counter()
        try:
            item = next(it)
        except StopIteration:
            return
        finally:
            if timings is not None:
                timings["read"] = timings.get("read", 0.0) + perf_counter() - t0
        yield item


def _load_boilerplate(store: Store) -> Any:
    from rasd.clean import SiteBoilerplate

    state = store.get_state(BOILERPLATE_STATE)
    return SiteBoilerplate.from_json(state) if state else SiteBoilerplate()


@dataclass
class _Run:
    """One ingest run: where to store, what to report, which stages to run."""

    store: Store
    summary: IngestSummary
    progress: ProgressFn | None = None
    only: Sequence[str] | None = None
    timings: dict[str, float] | None = None
    seen: set[str] = field(default_factory=set)
    boilerplate: Any = None
    """The learned site boilerplate, loaded once per run and saved every few chunks and at the end."""
    unsaved_chunks: int = 0

    def learn(self, docs: Sequence[Document]) -> Any:
        if self.boilerplate is None:
            self.boilerplate = _load_boilerplate(self.store)
        if docs:
            self.boilerplate.learn(docs)
            self.unsaved_chunks += 1
            if self.unsaved_chunks >= SAVE_BOILERPLATE_EVERY:
                self.save_boilerplate()
        return self.boilerplate

    def save_boilerplate(self) -> None:
        if self.boilerplate is not None and self.unsaved_chunks:
            self.store.set_state(BOILERPLATE_STATE, self.boilerplate.to_json())
            self.unsaved_chunks = 0

    pending: list[str] = field(default_factory=list)
    """Stored, up-to-date documents without a story (an interrupted run never ran the collection stages)."""

    def tick(self, event: str, n: int = 1) -> None:
        if self.progress is not None:
            self.progress(event, n)

    def timed_save(self, docs: Sequence[Document]) -> None:
        t0 = perf_counter()
        self.store.save_documents(docs)
        if self.timings is not None:
            self.timings["store"] = self.timings.get("store", 0.0) + perf_counter() - t0


def _split(run: _Run, chunk: list[Document | IngestFailure]) -> list[Document]:
    docs: list[Document] = []
    for item in chunk:
        if isinstance(item, IngestFailure):
            run.store.record_failure(item.source, item.message)
            run.summary.failed.append(Failure(item.source, item.message))
            run.tick("failure")
        elif item.id in run.seen:
            run.summary.duplicates += 1
        else:
            run.seen.add(item.id)
            docs.append(item)
    return docs


def _process_chunk(run: _Run, chunk: list[Document | IngestFailure]) -> list[Document]:
    docs = _split(run, chunk)
    existing = run.store.existing_ids(d.id for d in docs)
    new = [d for d in docs if d.id not in existing]
    pipeline = default_pipeline(run.learn(new), run.only, run.timings)
    summary = run.summary
    for doc in new:
        pipeline.run(doc)
        summary.ingested += 1
        summary.non_arabic += doc.language not in (None, "ar")
        if doc.status == "failed" and doc.error:
            summary.failed.append(Failure(doc.source_path or doc.id, doc.error))
        run.tick("document")
    changed = list(new)
    for stored in run.store.iter_documents(ids=sorted(existing)) if existing else ():
        if pipeline.update(stored):
            summary.updated += 1
            changed.append(stored)
        else:
            summary.duplicates += 1
            if stored.story is None and stored.status != "failed" and (stored.text.strip() or stored.title):
                run.pending.append(stored.id)  # the stories stage gives every such document a story
        run.tick("document")
    run.timed_save(changed)
    summary.document_ids.extend(d.id for d in docs)
    return changed


def _ensure_tokens(docs: Sequence[Document]) -> None:
    for d in docs:
        ensure_segmented(d)


def _entity_fingerprint(doc: Document) -> tuple[tuple[str | None, ...], tuple[str | None, ...]]:
    return tuple(m.entity_id for m in doc.entities), tuple(st.speaker_entity for st in doc.statements)


def _timed_save(store: Store, docs: Sequence[Document], timings: dict[str, float] | None) -> None:
    t0 = perf_counter()
    store.save_documents(docs)
    if timings is not None:
        timings["store"] = timings.get("store", 0.0) + perf_counter() - t0


def run_collection_stages(
    store: Store,
    new_ids: Sequence[str],
    progress: ProgressFn | None = None,
    timings: dict[str, float] | None = None,
) -> None:
    """Entities (and speaker links) over the whole store; duplicates and stories for the new documents.

    Only what changed is written back: earlier documents whose entity ids moved (before the story
    stages, which update story links in the store themselves), then the new documents. A concurrent
    ingest's story links on other documents are never overwritten with stale values.
    """
    # Tokens are not loaded for stored documents: the stages that need them tokenise one document at
    # a time, which keeps memory bounded on large stores.
    all_docs = [d for d in store.iter_documents() if d.status != "failed"]
    ctx = CollectionContext(store=store, options={"new_ids": list(new_ids)})
    by_id = {d.id: d for d in all_docs}
    new_docs = [by_id[i] for i in dict.fromkeys(new_ids) if i in by_id]
    new_set = {d.id for d in new_docs}
    before = {d.id: _entity_fingerprint(d) for d in all_docs if d.id not in new_set}
    pending_old = True
    for stage in collection_stages():
        corpus_wide = stage.name in CORPUS_WIDE
        if not corpus_wide and pending_old:
            moved = [d for d in all_docs if d.id in before and _entity_fingerprint(d) != before[d.id]]
            _timed_save(store, moved, timings)
            pending_old = False
        targets = all_docs if corpus_wide else new_docs
        if progress:
            progress(f"stage:{stage.name}", len(targets))
        t0 = perf_counter()
        stage.run(targets, ctx)
        if timings is not None:
            timings[f"collection:{stage.name}"] = perf_counter() - t0
    _timed_save(store, new_docs, timings)


def ingest(
    inputs: Sequence[str],
    db: str | None = None,
    *,
    options: IngestOptions | None = None,
    progress: ProgressFn | None = None,
    collections: bool = True,
    stages: Sequence[str] | None = None,
    timings: dict[str, float] | None = None,
) -> IngestSummary:
    """Read, clean and analyse inputs into the store; idempotent and transactional per document.

    ``stages`` restricts the per-document stages (default: all); ``collections=False`` skips the
    collection stages (entities, duplicates, stories); ``timings`` collects seconds per stage.
    """
    with Store.open(db) as store:
        run = _Run(store, IngestSummary(), progress, stages, timings)
        changed_ids: list[str] = []
        items = _timed(iter_inputs(inputs, options or IngestOptions()), timings)
        for chunk in _chunks(items, CHUNK):
            changed_ids.extend(d.id for d in _process_chunk(run, chunk))
        run.save_boilerplate()
        changed_ids.extend(run.pending)
        if collections and changed_ids:
            run_collection_stages(store, changed_ids, progress, timings)
    return run.summary


def analyze(
    paths: Sequence[str],
    db: str | None = None,
    *,
    report: str | Path | None = "report.html",
    options: IngestOptions | None = None,
    progress: ProgressFn | None = None,
) -> AnalysisResult:
    """Ingest ``paths``, run every stage, analyse the stories and write the HTML report."""
    summary = ingest(paths, db, options=options, progress=progress)
    with Store.open(db) as store:
        from rasd.analysis import analyze_stories

        stories = analyze_stories(store)
        out: Path | None = None
        if report is not None:
            from rasd.report import write_report

            out = write_report(store, Path(report))
        return AnalysisResult(summary, stories, store.url, out)


def reprocess(db: str | None = None, progress: ProgressFn | None = None) -> IngestSummary:
    """Re-run upgraded stages on every stored document (only what changed)."""
    summary = IngestSummary()
    with Store.open(db) as store:
        pipeline: Pipeline = default_pipeline(_load_boilerplate(store))
        changed: list[str] = []
        batch: list[Document] = []
        for doc in store.iter_documents():
            if pipeline.update(doc):
                summary.updated += 1
                batch.append(doc)
                changed.append(doc.id)
            if progress:
                progress("document", 1)
            if len(batch) >= CHUNK:
                store.save_documents(batch)
                batch = []
        store.save_documents(batch)
        if changed:
            run_collection_stages(store, changed, progress)
    return summary


def list_documents(db: str | None = None, limit: int | None = None) -> list[DocumentSummary]:
    with Store.open(db) as store:
        return store.list_documents(limit)


def get_document(ref: str, db: str | None = None) -> Document:
    with Store.open(db) as store:
        doc = store.get_document(ref)
    _ensure_tokens([doc])
    return doc


def export(db: str | None, fmt: str, out: Path | None, validate: bool = False) -> None:
    """Write the rasd/1 export (JSON or JSONL); ``validate`` checks every record against the schema."""
    from rasd.export import write_export

    if fmt not in ("json", "jsonl"):
        raise RasdError(f"unknown export format {fmt!r}: use json or jsonl")
    with Store.open(db) as store:
        write_export(store, fmt, out, validate=validate)  # type: ignore[arg-type]
