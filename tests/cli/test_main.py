"""``main()`` as a real process: exit codes, one-line errors, no traceback unless --debug."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.helpers import GOOD_A, Proc, no_traceback, run_rasd


def _one_line_error(proc: Proc, rc: int, fragment: str) -> None:
    assert proc.rc == rc, (proc.rc, proc.stdout, proc.stderr)
    no_traceback(proc.stdout, proc.stderr)
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    errors = [x for x in lines if x.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    assert fragment in errors[0], errors[0]
    assert proc.stdout.strip() == "", proc.stdout


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("main")
    (tmp / "in").mkdir()
    (tmp / "in" / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (tmp / "garbage.db").write_text("this is not a database\n", encoding="utf-8")
    (tmp / "plain").write_text("a file, not a folder\n", encoding="utf-8")
    return tmp


@pytest.mark.parametrize(
    ("args", "rc", "fragment"),
    [
        (["show", "nosuchid", "--db", "empty.db"], 1, "no document with id 'nosuchid'"),
        (["export", "-f", "xml", "--db", "empty.db"], 1, "unknown export format"),
        (["list", "--db", "garbage.db"], 1, "file is not a database"),
        (["list", "--db", "plain/x.db"], 1, "cannot create folder"),
        (["story", "zzz", "--db", "empty.db"], 1, "no story"),
        (["ingest", "in", "--db", "r.db", "--retrieved", "soon"], 1, "--retrieved"),
        (["train-ner", "--shared", "no/such/folder", "-o", "m/ner.crfsuite"], 2, "ANERcorp"),
    ],
    ids=[
        "unknown-doc",
        "bad-format",
        "not-a-db",
        "db-folder-is-a-file",
        "unknown-story",
        "bad-date",
        "no-training-data",
    ],
)
def test_errors_are_one_line(workdir: Path, args: list[str], rc: int, fragment: str) -> None:
    _one_line_error(run_rasd(args, workdir), rc, fragment)


def test_input_error_exit_code_via_python_m(workdir: Path) -> None:
    """``python -m rasd.cli`` runs the same main(); InputError exits 2."""
    proc = run_rasd(["eval-ner", "--test", "no/such/file.txt"], workdir, module=True)
    _one_line_error(proc, 2, "file not found")


def test_debug_shows_the_traceback(workdir: Path) -> None:
    proc = run_rasd(["--debug", "show", "nosuchid", "--db", "empty.db"], workdir)
    assert proc.rc != 0
    assert "Traceback" in proc.stderr and "NotFoundError" in proc.stderr


def test_usage_error_and_help(workdir: Path) -> None:
    bad = run_rasd(["no-such-command"], workdir)
    assert bad.rc == 2
    no_traceback(bad.stdout, bad.stderr)
    assert "No such command" in bad.stderr
    ok = run_rasd(["--help"], workdir, module=True)
    assert ok.rc == 0
    for command in ("ingest", "analyze", "reprocess", "list", "show", "export", "report", "stories"):
        assert command in ok.stdout
