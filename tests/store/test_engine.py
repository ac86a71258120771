"""URLs, errors on bad databases, SQLite pragmas and migrations at head."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from rasd.errors import StoreError
from rasd.store import Store, resolve_db_url
from rasd.store.engine import current_revision, head_revision
from rasd.store.tables import metadata


def test_resolve_db_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("RASD_DB", raising=False)
    assert resolve_db_url(None) == "sqlite:///rasd.db"
    monkeypatch.setenv("RASD_DB", "postgresql+psycopg://u@h:5432/d")
    assert resolve_db_url(None) == "postgresql+psycopg://u@h:5432/d"
    assert resolve_db_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_db_url("rel/x.db") == "sqlite:///rel/x.db"
    assert resolve_db_url("sqlite:////abs/x.db") == "sqlite:////abs/x.db"
    assert resolve_db_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert resolve_db_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"


@pytest.mark.parametrize("url", ["mysql://u@h/d", "sqlite+nodriver:///x", "post gres://x"])
def test_bad_urls(url: str) -> None:
    with pytest.raises(StoreError):
        Store.open(url)


def test_unreachable_server_is_one_line() -> None:
    with pytest.raises(StoreError) as info:
        Store.open("postgresql+psycopg://nobody:secret@127.0.0.1:1/none")
    msg = str(info.value)
    assert "\n" not in msg and "secret" not in msg and "cannot connect" in msg


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_file(tmp_path: Path) -> None:
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="not writable"):
            Store.open(str(locked / "rasd.db"))
    finally:
        locked.chmod(0o700)


def test_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not an sqlite file" * 100)
    with pytest.raises(StoreError) as info:
        Store.open(str(junk))
    assert "\n" not in str(info.value)


def test_plain_path_creates_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "rasd.db"
    with Store.open(str(path)) as s:
        assert s.url == f"sqlite:///{path}"
    assert path.exists()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "p.db")) as s, s._read() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert int(conn.execute(text("PRAGMA busy_timeout")).scalar() or 0) >= 1000


def test_migrated_to_head_without_drift(store: Store) -> None:
    with store._read() as conn:
        assert current_revision(conn) == head_revision()
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


def test_reopen_is_a_no_op(db_url: str) -> None:
    with Store.open(db_url) as s:
        s.set_state("k", 1)
    with Store.open(db_url) as s:
        assert s.get_state("k") == 1


def test_first_revision_is_core() -> None:
    from alembic.script import ScriptDirectory

    from rasd.store.engine import alembic_config

    revs = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
    assert revs[-1].revision == "0001_core" and revs[-1].down_revision is None


def test_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(StoreError, match="cannot create folder"):
        Store.open(str(tmp_path / "afile" / "rasd.db"))
