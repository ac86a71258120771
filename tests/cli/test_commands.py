"""Every command in-process (typer's CliRunner) on a small fictional corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.export import validate_export, validate_jsonl
from rasd.models import Document
from rasd.store import Store
from tests.e2e.helpers import (
    ENGLISH,
    GOOD_A,
    GOOD_B,
    by_source,
    cli,
    require_ner_model,
    stored,
    write_corpus,
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    require_ner_model()
    tmp = tmp_path_factory.mktemp("cmds")
    folder = tmp / "in"
    write_corpus(folder, 3)
    (folder / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_B, encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    path = str(tmp / "c.db")
    res = cli(["ingest", str(folder), "--db", path, "--retrieved", "2031-06-01"])
    assert res.exit_code == 0, res.output
    return path


def _doc(db: str, name: str) -> Document:
    return by_source(stored(db))[name]


def test_show_layers(db: str) -> None:
    doc = _doc(db, "b.txt")
    assert doc.retrieved and doc.retrieved.startswith("2031-06-01")
    res = cli(["show", doc.id[:7], "--db", db])
    assert res.exit_code == 0, res.output
    assert doc.id in res.stdout and "إقليم الغيم" in res.stdout
    for flag, title in (
        ("--statements", "statement(s)"),
        ("--entities", "entity mention(s)"),
        ("--quantities", "quantit"),
        ("--dates", "date(s)"),
        ("--removed", "removed span(s)"),
    ):
        out = cli(["show", doc.id, flag, "--db", db])
        assert out.exit_code == 0 and title in out.stdout, (flag, out.output)
        assert "إقليم الغيم الخيالي ثلاث" not in out.stdout  # the text is not printed with a layer flag
    shown = cli(["show", doc.id, "--statements", "--db", db]).stdout
    assert doc.statements and doc.statements[0].cue in shown
    assert "كمال الرمادي" in cli(["show", doc.id, "--entities", "--db", db]).stdout


def test_export_to_stdout_json_and_jsonl(db: str) -> None:
    res = cli(["export", "--db", db])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    validate_export(data)
    assert len(data["documents"]) == 6
    lines = cli(["export", "--db", db, "-f", "jsonl", "--validate"])
    assert lines.exit_code == 0, lines.output
    assert validate_jsonl(lines.stdout.splitlines()) >= 6


def test_stories_story_and_report(db: str, tmp_path: Path) -> None:
    with Store.open(db) as store:
        stories = store.load_stories()
    assert stories
    res = cli(["stories", "--db", db])
    assert res.exit_code == 0 and all(s.id in res.stdout for s in stories)
    first = stories[0]
    one = cli(["story", first.id, "--db", db])
    assert one.exit_code == 0, one.output
    assert all(d in one.stdout for d in first.documents)
    out = tmp_path / "r.html"
    rep = cli(["report", first.id, "--db", db, "-o", str(out)])
    assert rep.exit_code == 0, rep.output
    assert out.is_file() and "<html" in out.read_text(encoding="utf-8")


def test_entities_list(db: str) -> None:
    res = cli(["entities", "list", "--db", db])
    assert res.exit_code == 0, res.output
    assert "كمال الرمادي" in res.stdout or "سلمى البرتقالي" in res.stdout


def test_db_from_environment(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_DB", db)
    res = cli(["list"])
    assert res.exit_code == 0
    assert "6 document(s)" in res.stdout


def test_reprocess_nothing_changed(db: str) -> None:
    res = cli(["reprocess", "--db", db])
    assert res.exit_code == 0 and "re-analysed 0 document" in res.stdout
