"""One end-to-end ingest + export on a fresh PostgreSQL database gives what SQLite gives."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from rasd.export import validate_export
from tests.e2e.helpers import ENGLISH, GOOD_A, GOOD_B, cli, write_corpus

PG_ADMIN = os.environ.get("RASD_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")

pytestmark = pytest.mark.postgres


@pytest.fixture
def fresh_pg() -> Iterator[str]:
    """A uniquely named, empty database, dropped afterwards."""
    name = f"rasd_e2e_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except SQLAlchemyError as exc:
        admin.dispose()
        reason = f"PostgreSQL not usable at {PG_ADMIN}: {str(exc.orig or exc).splitlines()[0]}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield make_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _export(db: str, out: Path) -> dict[str, Any]:
    res = cli(["ingest", str(out.parent / "in"), "--db", db])
    assert res.exit_code == 0, res.output
    res = cli(["export", "--db", db, "-o", str(out), "--validate"])
    assert res.exit_code == 0, res.output
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    validate_export(data)
    return data


def _key(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (d["id"], d["text"], d["status"], d["language"], d["duplicate_of"], len(d["removed"]))
        for d in data["documents"]
    )


def test_postgres_matches_sqlite(fresh_pg: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_corpus(folder, 5)
    (folder / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_B, encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    lite = _export(f"sqlite:///{tmp_path / 'x.db'}", tmp_path / "lite.json")
    pg = _export(fresh_pg, tmp_path / "pg.json")
    assert len(pg["documents"]) == 8
    assert _key(pg) == _key(lite)
    for a, b in zip(pg["documents"], lite["documents"], strict=True):
        for layer in ("removed", "entities", "statements", "quantities", "dates"):
            assert a[layer] == b[layer], (a["id"], layer)
    assert sorted(sorted(s["documents"]) for s in pg["stories"]) == sorted(
        sorted(s["documents"]) for s in lite["stories"]
    )
