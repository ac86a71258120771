"""Transactional ingest: SIGKILL mid-run leaves only complete documents and a usable database."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from rasd.pipeline.defaults import document_stages
from tests.e2e.helpers import cli, no_traceback, rasd_command, rasd_env, stored, write_corpus

N_DOCS = 300
DEADLINE_S = 180.0


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:  # not created yet, or locked by the writer for a moment
        return 0


def _kill_after_first_commit(proc: subprocess.Popen[bytes], db: Path) -> int:
    """SIGKILL ``proc`` as soon as some documents are committed; returns how many were seen."""
    t0 = time.monotonic()
    seen = 0
    while proc.poll() is None and time.monotonic() - t0 < DEADLINE_S:
        seen = _count(db)
        if seen:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed: make the corpus larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return seen


@pytest.mark.slow
def test_sigkill_mid_ingest_leaves_complete_documents(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", N_DOCS)
    db = tmp_path / "k.db"
    proc = subprocess.Popen(
        [*rasd_command(), "ingest", "in", "--db", str(db)],
        cwd=tmp_path,
        env=rasd_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        seen = _kill_after_first_commit(proc, db)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert seen > 0

    stages = {s.name for s in document_stages()}
    partial = stored(str(db))
    assert 0 < len(partial) <= N_DOCS
    for doc in partial:
        assert doc.status == "ok", doc.error
        assert doc.text.strip() and doc.sentences, doc.id
        assert set(doc.stage_versions) == stages, (doc.id, doc.stage_versions)
        assert doc.entities or doc.statements or doc.quantities, doc.id

    rest = cli(["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert rest.exit_code == 0, rest.output
    no_traceback(rest.output)
    done = stored(str(db))
    assert len(done) == N_DOCS
    assert {d.id for d in partial} <= {d.id for d in done}
    assert all(d.status == "ok" and set(d.stage_versions) == stages for d in done)
    orphans = [d.id for d in done if not d.story]
    assert not orphans, f"{len(orphans)} of {len(partial)} documents stored before the kill have no story"


def _interrupt_ingest(tmp_path: Path, db: Path) -> tuple[int, str, str]:
    """Start an ingest, send SIGINT once the store is open; (return code, stdout, stderr)."""
    proc = subprocess.Popen(
        [*rasd_command(), "ingest", "in", "--db", str(db)],
        cwd=tmp_path,
        env=rasd_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a child inherits an ignored SIGINT (a test runner or browser driver may have set one): a
        # user's shell starts rasd with the default disposition, so the child gets that here too
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    t0 = time.monotonic()
    while not db.exists() and proc.poll() is None and time.monotonic() - t0 < DEADLINE_S:
        time.sleep(0.05)
    time.sleep(0.5)  # inside the run: the database is open and documents are being analysed
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


@pytest.mark.slow
def test_ctrl_c_is_one_line_and_keeps_the_store_usable(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", N_DOCS)
    db = tmp_path / "c.db"
    code, out, err = _interrupt_ingest(tmp_path, db)
    assert code == 130, (code, err[-2000:])
    no_traceback(out, err)
    assert "interrupted" in err
    rest = cli(["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert rest.exit_code == 0, rest.output
    assert len(stored(str(db))) == N_DOCS
