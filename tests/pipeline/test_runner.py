from __future__ import annotations

import pytest

from rasd.errors import PipelineConfigError, RasdError
from rasd.models import Document
from rasd.pipeline.runner import Pipeline


class Upper:
    name = "upper"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"text"})
    arabic_only = False
    calls = 0

    def __call__(self, doc: Document) -> Document:
        Upper.calls += 1
        doc.text = doc.raw_text.upper()
        return doc


class Count:
    name = "count"
    version = "1"
    requires = frozenset({"text"})
    provides = frozenset({"tokens"})
    arabic_only = True
    calls = 0

    def __call__(self, doc: Document) -> Document:
        Count.calls += 1
        if "BOOM" in doc.text:
            raise RasdError("cannot count an explosion")
        if "CRASH" in doc.text:
            raise ZeroDivisionError("division by zero")
        doc.meta["n"] = type("M", (), {})()  # type: ignore[assignment]
        return doc


def make(text: str, lang: str | None = "ar") -> Document:
    return Document(id=text[:8], raw_text=text, language=lang)


def test_order_is_checked() -> None:
    with pytest.raises(PipelineConfigError, match="needs text"):
        Pipeline([Count(), Upper()])


def test_failures_are_isolated_per_document() -> None:
    p = Pipeline([Upper(), Count()])
    docs = [p.run(make(t)) for t in ("ok one", "boom here", "crash here", "ok two")]
    assert [d.status for d in docs] == ["ok", "failed", "failed", "ok"]
    assert docs[1].error == "count: cannot count an explosion"
    assert docs[2].error == "count: ZeroDivisionError: division by zero"
    assert docs[0].stage_versions == {"upper": "1", "count": "1"}


def test_arabic_only_stages_skip_other_languages() -> None:
    p = Pipeline([Upper(), Count()])
    doc = p.run(make("english text", lang="en"))
    assert doc.status == "skipped" and doc.text == "ENGLISH TEXT"
    assert "count" not in doc.stage_versions
    assert p.plan(doc) is None


def test_rerun_only_changed_stages() -> None:
    p = Pipeline([Upper(), Count()])
    doc = p.run(make("some text"))
    assert p.plan(doc) is None
    Upper.calls = Count.calls = 0
    newer = Count()
    newer.version = "2"
    p2 = Pipeline([Upper(), newer])
    plan = p2.plan(doc)
    assert plan is not None and plan.start == 1 and "count 1 -> 2" in plan.reason
    assert p2.update(doc)
    assert (Upper.calls, Count.calls) == (0, 1)
    assert doc.stage_versions["count"] == "2"
    assert not p2.update(doc)


def test_failed_documents_are_retried_from_the_start() -> None:
    p = Pipeline([Upper(), Count()])
    doc = p.run(make("boom"))
    plan = p.plan(doc)
    assert plan is not None and plan.start == 0
