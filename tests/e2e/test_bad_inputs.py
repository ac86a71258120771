"""One batch mixing every kind of bad input with good Arabic and English documents (issue 2)."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from rasd.store import Store
from tests.e2e.helpers import (
    ENGLISH,
    GOOD_A,
    GOOD_B,
    by_source,
    cli,
    fictional_article,
    no_traceback,
    run_rasd,
    stored,
)

MAX_BYTES = 4000


def _truncated_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("inside.txt", fictional_article(901))
        z.writestr("second.txt", fictional_article(902))
    data = buf.getvalue()
    return data[: len(data) // 2]


def make_batch(folder: Path) -> dict[str, Path]:
    """Write the batch; returns the bad inputs by name (the good ones are good_*.txt, english.txt)."""
    folder.mkdir()
    rng = random.Random(7)
    bad = {
        "empty": folder / "empty.txt",
        "binary": folder / "picture.txt",
        "zip": folder / "archive.zip",
        "json": folder / "records.json",
        "html": folder / "page.html",
        "feed": folder / "news.rss",
        "big": folder / "huge.txt",
    }
    bad["empty"].write_bytes(b"")
    bad["binary"].write_bytes(bytes(rng.randrange(256) for _ in range(3000)))
    bad["zip"].write_bytes(_truncated_zip())
    bad["json"].write_text('[{"title": "عنوان خيالي", "content": "نص لم يكتمل', encoding="utf-8")
    bad["html"].write_text('<html><head><title></title></head><body><div class="x"><p></p><scr')
    bad["feed"].write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>خبر',
        encoding="utf-8",
    )
    bad["big"].write_text(GOOD_A * 20, encoding="utf-8")
    assert bad["big"].stat().st_size > MAX_BYTES
    (folder / "good_a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "good_b.txt").write_text(GOOD_B, encoding="utf-8")
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    assert all(p.stat().st_size < MAX_BYTES for p in folder.glob("[ge]*.txt"))
    return bad


def failure_lines(output: str) -> dict[str, str]:
    """``input file name -> reasons`` (joined by " | ") from the summary's ``✗ input — reason`` lines."""
    rows: dict[str, list[str]] = {}
    for line in output.splitlines():
        if line.startswith("✗ ") and " — " in line:
            source, reason = line[2:].split(" — ", 1)
            rows.setdefault(Path(source.split("#")[0].split("!")[0]).name, []).append(reason)
    return {k: " | ".join(v) for k, v in rows.items()}


EXPECTED_REASON = {
    "empty": "empty",
    "binary": "binary",
    "zip": "zip",
    "json": "json",
    "html": "html",
    "feed": "feed",
    "big": "--max-bytes",
}


def test_bad_batch_reports_each_input_and_keeps_the_good_ones(tmp_path: Path) -> None:
    bad = make_batch(tmp_path / "in")
    missing = tmp_path / "in" / "not_there.txt"
    db = str(tmp_path / "b.db")
    res = cli(["ingest", str(tmp_path / "in"), str(missing), "--db", db, "--max-bytes", str(MAX_BYTES)])
    assert res.exit_code == 1, res.output
    no_traceback(res.output)
    reasons = failure_lines(res.stdout)
    for key, path in bad.items():
        assert path.name in reasons, f"{key} input not reported: {res.stdout}"
        assert EXPECTED_REASON[key] in reasons[path.name].lower(), (key, reasons[path.name])
    assert "not_there.txt" in reasons and "no such file" in reasons["not_there.txt"]
    for reason in reasons.values():
        assert 0 < len(reason) < 300, reason

    docs = by_source(stored(db))
    recovered = {k for k in docs if k.startswith("archive.zip!")}  # members before the damage
    assert set(docs) - recovered == {"good_a.txt", "good_b.txt", "english.txt"}
    for name in ("good_a.txt", "good_b.txt"):
        assert docs[name].status == "ok" and docs[name].language == "ar", docs[name].error
    assert docs["english.txt"].language == "en" and docs["english.txt"].status == "skipped"

    with Store.open(db) as store:  # failures are kept in the store too
        failed = {Path(f.source.split("#")[0]).name for f in store.failures()}
    assert {p.name for p in bad.values()} | {"not_there.txt"} <= failed

    listing = cli(["list", "--db", db])
    assert listing.exit_code == 0
    for d in docs.values():
        assert d.id in listing.stdout
    assert "skipped" in listing.stdout and " en " in listing.stdout


def test_bad_batch_through_main_has_one_line_errors(tmp_path: Path) -> None:
    """The real process: exit code 1, no traceback on stdout or stderr, every failure counted."""
    bad = make_batch(tmp_path / "in")
    proc = run_rasd(["ingest", "in", "missing.txt", "--db", "b.db", "--max-bytes", str(MAX_BYTES)], tmp_path)
    assert proc.rc == 1, proc.stderr
    no_traceback(proc.stdout, proc.stderr)
    assert "WARNING" not in proc.stderr, proc.stderr  # library log noise stays out of normal runs
    reasons = failure_lines(proc.stdout)
    assert {p.name for p in bad.values()} | {"missing.txt"} <= set(reasons)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_is_one_failure(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    locked = folder / "locked.txt"
    locked.write_text(GOOD_A, encoding="utf-8")
    (folder / "good_b.txt").write_text(GOOD_B, encoding="utf-8")
    locked.chmod(0)
    try:
        res = cli(["ingest", str(folder), "--db", str(tmp_path / "u.db")])
    finally:
        locked.chmod(0o644)
    assert res.exit_code == 1
    no_traceback(res.output)
    assert "locked.txt" in failure_lines(res.stdout)
    assert set(by_source(stored(str(tmp_path / "u.db")))) == {"good_b.txt"}
