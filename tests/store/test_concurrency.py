"""Concurrent readers while another process writes, and kill -9 atomicity of saved documents."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import insert

from rasd.store import Store
from rasd.store.codec import document_row
from rasd.store.tables import documents
from tests.store.docs import fictional_doc

REPO = Path(__file__).resolve().parents[2]


def _writer(url: str, start: int, count: int, batch: int) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "tests.store.writer", url, str(start), str(count), str(batch)]
    return subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else line


def test_reader_is_not_blocked_by_an_open_write_transaction(db_url: str) -> None:
    with Store.open(db_url) as writer, Store.open(db_url) as reader:
        writer.save_document(fictional_doc(1))
        with writer._write() as conn:
            row = document_row(fictional_doc(2), "2031-01-01T00:00:00.000000+00:00")
            conn.execute(insert(documents), [row | {"ingested_at": row["updated_at"]}])
            started = time.monotonic()
            assert reader.count_documents() == {"ok": 1}  # the uncommitted row is not visible
            assert [d.id for d in reader.iter_documents()] == [fictional_doc(1).id]
            assert time.monotonic() - started < 5  # and the reader did not wait for the lock
        assert reader.count_documents() == {"ok": 2}


def test_readers_while_another_process_writes(db_url: str) -> None:
    total = 120
    proc = _writer(db_url, 0, total, 4)
    try:
        _wait_ready(proc)
        seen = 0
        with Store.open(db_url) as reader:
            while proc.poll() is None:
                n = reader.count_documents().get("ok", 0)
                assert n >= seen  # committed documents never disappear
                seen = n
                for doc in reader.iter_documents(batch=50):
                    assert len(doc.entities) == int(doc.meta["k"].value)
            assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
            assert reader.count_documents() == {"ok": total}
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_kill_9_leaves_only_whole_documents(db_url: str) -> None:
    proc = _writer(db_url, 1000, 0, 3)
    try:
        _wait_ready(proc)
        deadline = time.monotonic() + 60
        with Store.open(db_url) as probe:
            while probe.count_documents().get("ok", 0) < 40 and time.monotonic() < deadline:
                time.sleep(0.05)
        time.sleep(0.013)  # land somewhere inside a later transaction
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with Store.open(db_url) as store:  # opens (and recovers) normally after the kill
        summaries = store.list_documents()
        assert len(summaries) >= 40
        by_id = {s.id: s for s in summaries}
        for doc in store.iter_documents(batch=64):
            k = int(doc.meta["k"].value)
            assert by_id[doc.id].n_removed == len(doc.removed) == k
            for layer in ("sentences", "entities", "statements", "quantities", "dates"):
                assert len(getattr(doc, layer)) == k, (doc.id, layer)
            expected = fictional_doc(int(doc.id, 16), k=k)
            assert doc.text == expected.text and doc.raw_text == expected.raw_text
        # ids are consecutive: whole batches were committed, in order, and nothing after a gap
        numbers = sorted(int(s.id, 16) for s in summaries)
        assert numbers == list(range(1000, 1000 + len(numbers)))
        store.save_document(fictional_doc(1))  # still writable
