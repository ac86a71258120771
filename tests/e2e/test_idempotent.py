"""Ingesting the same inputs twice stores nothing new; reprocess with nothing changed does nothing."""

from __future__ import annotations

from pathlib import Path

from rasd import api
from rasd.store import Store
from tests.e2e.helpers import GOOD_A, GOOD_B, cli, no_traceback, stored, write_corpus


def _summary_row(output: str, label: str) -> int:
    for line in output.splitlines():
        cells = [c.strip() for c in line.split("│") if c.strip()]
        if len(cells) == 2 and cells[0].startswith(label):
            return int(cells[1])
    raise AssertionError(f"no {label!r} row in:\n{output}")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_corpus(folder, 4)
    (folder / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_B, encoding="utf-8")
    return folder


def test_second_ingest_stores_nothing_new(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    db = str(tmp_path / "i.db")
    first = cli(["ingest", str(folder), "--db", db])
    assert first.exit_code == 0, first.output
    assert _summary_row(first.stdout, "ingested") == 6
    docs1 = stored(db)
    assert all(d.status == "ok" for d in docs1), [d.error for d in docs1]

    second = cli(["ingest", str(folder), "--db", db])
    assert second.exit_code == 0, second.output
    no_traceback(first.output, second.output)
    assert _summary_row(second.stdout, "ingested") == 0
    assert _summary_row(second.stdout, "duplicates") == 6
    assert _summary_row(second.stdout, "re-analysed") == 0
    docs2 = stored(db)
    assert [d.id for d in docs2] == [d.id for d in docs1]
    assert [d.text for d in docs2] == [d.text for d in docs1]
    assert [d.story for d in docs2] == [d.story for d in docs1]

    again = cli(["reprocess", "--db", db])
    assert again.exit_code == 0, again.output
    assert "re-analysed 0 document" in again.stdout
    assert api.reprocess(db).updated == 0


def test_same_file_twice_in_one_run_is_one_document(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    db = str(tmp_path / "j.db")
    summary = api.ingest([str(folder / "a.txt"), str(folder / "a.txt")], db)
    assert (summary.ingested, summary.duplicates) == (1, 1)
    assert len(set(summary.document_ids)) == 1
    assert len(stored(db)) == 1


def test_reprocess_reruns_only_an_upgraded_stage(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    db = str(tmp_path / "u.db")
    assert cli(["ingest", str(folder), "--db", db]).exit_code == 0
    before = {d.id: d for d in stored(db)}
    target = sorted(before)[0]
    with Store.open(db) as store:
        doc = store.get_document(target)
        doc.stage_versions["quantities"] = "0-old"
        store.save_document(doc)
    res = cli(["reprocess", "--db", db])
    assert res.exit_code == 0, res.output
    assert "re-analysed 1 document" in res.stdout
    after = {d.id: d for d in stored(db)}
    assert after[target].stage_versions == before[target].stage_versions
    for doc_id, d in after.items():
        assert d.text == before[doc_id].text and d.quantities == before[doc_id].quantities
        assert d.entities == before[doc_id].entities and d.story == before[doc_id].story
    assert cli(["reprocess", "--db", db]).stdout.count("re-analysed 0 document") == 1
