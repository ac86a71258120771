"""The pipeline runner: ordered document stages with per-document failure isolation.

* The order is checked once, when the pipeline is built: every layer a stage ``requires`` must be
  provided by an earlier stage (``raw`` comes from ingestion).
* A stage that raises marks that one document ``failed`` with a one-line error naming the stage;
  the batch goes on.
* Each document records ``stage_versions[name] = version``. :meth:`Pipeline.plan` finds the first
  stage whose recorded version differs from the current one, so a re-run after an upgrade redoes that
  stage and everything after it, and nothing before it.
* Arabic-only stages are skipped for documents whose language is known and not Arabic; such a
  document is stored with status ``skipped`` and its language label.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from time import perf_counter

from rasd.errors import PipelineConfigError, RasdError
from rasd.models import Document
from rasd.pipeline.stage import DocumentStage

log = logging.getLogger(__name__)

_LAYER_RESET: dict[str, Callable[[Document], None]] = {
    "text": lambda d: setattr(d, "text", ""),
    "removed": lambda d: setattr(d, "removed", []),
    "sentences": lambda d: setattr(d, "sentences", []),
    "tokens": lambda d: setattr(d, "tokens", []),
    "entities": lambda d: setattr(d, "entities", []),
    "statements": lambda d: setattr(d, "statements", []),
    "quantities": lambda d: setattr(d, "quantities", []),
    "dates": lambda d: setattr(d, "dates", []),
}


@dataclass(frozen=True, slots=True)
class StagePlan:
    """Where to (re)start a document: ``start`` is the index of the first stage to run."""

    start: int
    reason: str


class Pipeline:
    """An ordered, validated sequence of :class:`DocumentStage` objects."""

    def __init__(
        self,
        stages: Sequence[DocumentStage],
        initial: frozenset[str] = frozenset({"raw"}),
        timings: dict[str, float] | None = None,
    ):
        self.stages = list(stages)
        self.timings = timings
        """When a dict is given, seconds spent in each stage are added to it (for benchmarks)."""
        available = set(initial)
        for stage in self.stages:
            missing = stage.requires - available
            if missing:
                needs = ", ".join(sorted(missing))
                raise PipelineConfigError(
                    f"stage {stage.name!r} needs {needs}, which no earlier stage provides"
                )
            available |= stage.provides
        self.provides = frozenset(available)
        names = [s.name for s in self.stages]
        if len(set(names)) != len(names):
            raise PipelineConfigError(f"duplicate stage names in pipeline: {names}")

    @property
    def versions(self) -> dict[str, str]:
        return {s.name: s.version for s in self.stages}

    def plan(self, doc: Document) -> StagePlan | None:
        """The first stage to (re)run for ``doc``, or ``None`` when it is up to date."""
        if doc.status == "failed":
            return StagePlan(0, "previous run failed")
        for i, stage in enumerate(self.stages):
            done = doc.stage_versions.get(stage.name)
            if done is None and self._skipped_for_language(stage, doc):
                continue
            if done != stage.version:
                why = "new stage" if done is None else f"{stage.name} {done} -> {stage.version}"
                return StagePlan(i, why)
        return None

    def run(self, doc: Document, start: int = 0) -> Document:
        """Run the stages from ``start`` on; never raises for a stage failure."""
        if start > 0:
            self._prepare_rerun(doc, start)
        doc.status, doc.error = "ok", None
        for stage in self.stages[start:]:
            if self._skipped_for_language(stage, doc):
                doc.status = "skipped"
                continue
            t0 = perf_counter() if self.timings is not None else 0.0
            try:
                stage(doc)
            except RasdError as exc:
                return self._fail(doc, stage, str(exc))
            except Exception as exc:  # isolate any bug to this one document
                log.debug("stage %s crashed on %s", stage.name, doc.id, exc_info=True)
                return self._fail(doc, stage, f"{type(exc).__name__}: {exc}")
            doc.stage_versions[stage.name] = stage.version
            if self.timings is not None:
                self.timings[stage.name] = self.timings.get(stage.name, 0.0) + perf_counter() - t0
        return doc

    def update(self, doc: Document) -> bool:
        """Bring a stored document up to date; True if any stage ran."""
        plan = self.plan(doc)
        if plan is None:
            return False
        log.debug("re-running %s from %s (%s)", doc.id, self.stages[plan.start].name, plan.reason)
        self.run(doc, plan.start)
        return True

    @staticmethod
    def _skipped_for_language(stage: DocumentStage, doc: Document) -> bool:
        return stage.arabic_only and doc.language not in (None, "ar")

    @staticmethod
    def _fail(doc: Document, stage: DocumentStage, message: str) -> Document:
        first_line = message.strip().splitlines()[0] if message.strip() else "unknown error"
        doc.status = "failed"
        doc.error = f"{stage.name}: {first_line}"
        log.warning("document %s failed in stage %s: %s", doc.id, stage.name, first_line)
        return doc

    def _prepare_rerun(self, doc: Document, start: int) -> None:
        """Clear layers produced from ``start`` on and rebuild transient layers the rest needs."""
        later = self.stages[start:]
        for stage in later:
            for layer in stage.provides:
                reset = _LAYER_RESET.get(layer)
                if reset is not None:
                    reset(doc)
            doc.stage_versions.pop(stage.name, None)
        needed = set().union(*(s.requires for s in later)) if later else set()
        # Tokens are not stored: recompute them (and nothing else) with the earlier stage providing them.
        for stage in self.stages[:start]:
            if "tokens" in stage.provides and "tokens" in needed and not doc.tokens:
                stage(doc)
