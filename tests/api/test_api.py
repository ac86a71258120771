"""The Python API (``import rasd``): typed results, the same store the CLI uses, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rasd
import rasd.export
import rasd.ingest
from rasd import api
from rasd.api import AnalysisResult, Failure, IngestSummary
from rasd.errors import NotFoundError, RasdError
from rasd.models import Document, Story
from rasd.store import DocumentSummary
from tests.e2e.helpers import ENGLISH, GOOD_A, GOOD_B, write_corpus


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    write_corpus(folder, 3)
    (folder / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    single = tmp_path / "b.txt"
    single.write_text(GOOD_B, encoding="utf-8")
    return [str(folder), str(single)]


def test_analyze_returns_typed_results(inputs: list[str], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'api.db'}"
    result = rasd.analyze(inputs, db=db, report=tmp_path / "r.html")
    assert isinstance(result, AnalysisResult)
    s = result.summary
    assert isinstance(s, IngestSummary)
    assert (s.ingested, s.duplicates, s.updated, s.non_arabic) == (6, 0, 0, 1)
    assert len(s.failed) == 1 and isinstance(s.failed[0], Failure)
    assert s.failed[0].source.endswith("empty.txt") and "empty" in s.failed[0].reason
    assert len(s.document_ids) == 6 and all(isinstance(i, str) for i in s.document_ids)
    assert result.db_url == db
    assert isinstance(result.report, Path) and result.report.is_file()
    assert result.stories and all(isinstance(st, Story) for st in result.stories)
    in_stories = {d for st in result.stories for d in st.documents}
    assert set(s.document_ids) - in_stories <= {d.id for d in _english(db)}

    listed = api.list_documents(db)
    assert all(isinstance(d, DocumentSummary) for d in listed)
    assert sorted(d.id for d in listed) == sorted(s.document_ids)
    assert len(api.list_documents(db, limit=2)) == 2
    doc = api.get_document(s.document_ids[0][:10], db)
    assert isinstance(doc, Document) and doc.id == s.document_ids[0]
    assert doc.tokens, "get_document rebuilds the tokens (they are not stored)"


def _english(db: str) -> list[DocumentSummary]:
    return [d for d in api.list_documents(db) if d.language == "en"]


def test_public_names_are_the_api_functions() -> None:
    """Top-level names are the API functions; ``ingest``/``export`` live in ``rasd.api`` because
    ``rasd.ingest`` and ``rasd.export`` are also the names of subpackages."""
    import rasd.export
    import rasd.ingest

    for name in ("analyze", "reprocess", "list_documents", "get_document"):
        assert getattr(rasd, name) is getattr(api, name), f"rasd.{name} is {getattr(rasd, name)!r}"
    assert callable(api.ingest) and callable(api.export)
    assert not callable(rasd.ingest)


def test_report_folder_must_exist(inputs: list[str], tmp_path: Path) -> None:
    with pytest.raises(RasdError, match="does not exist"):
        rasd.analyze(inputs[1:], db=str(tmp_path / "m.db"), report=tmp_path / "no" / "r.html")


def test_analyze_without_report(inputs: list[str], tmp_path: Path) -> None:
    result = rasd.analyze(inputs[1:], db=str(tmp_path / "n.db"), report=None)
    assert result.report is None and result.summary.ingested == 1
    assert result.db_url.startswith("sqlite:///") and result.db_url.endswith("n.db")


def test_ingest_twice_and_reprocess(inputs: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    first = api.ingest(inputs, db)
    again = api.ingest(inputs, db)
    assert first.ingested == 6 and again.ingested == 0 and again.duplicates == 6
    assert sorted(again.document_ids) == sorted(first.document_ids)
    assert api.reprocess(db).updated == 0


def test_export_json_and_jsonl(inputs: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    api.ingest(inputs, db)
    api.export(db, "json", tmp_path / "a.json", validate=True)
    api.export(db, "jsonl", tmp_path / "a.jsonl", validate=True)
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert data["schema"] == "rasd/1" and len(data["documents"]) == 6
    records = [json.loads(x) for x in lines]
    assert records[0]["type"] == "header" and records[0]["schema"] == "rasd/1"
    docs = [r for r in records if r["type"] == "document"]
    assert [d["id"] for d in docs] == [d["id"] for d in data["documents"]]


def test_errors_are_rasd_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "err.db")
    with pytest.raises(NotFoundError):
        api.get_document("doesnotexist", db)
    with pytest.raises(RasdError, match="unknown export format"):
        api.export(db, "xml", None)
    summary = api.ingest([str(tmp_path / "missing.txt")], db)
    assert summary.ingested == 0 and "no such file" in summary.failed[0].reason
