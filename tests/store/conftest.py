"""Store fixtures: every test taking ``store`` or ``db_url`` runs on SQLite and on PostgreSQL.

PostgreSQL: a fresh database ``rasd_test_<pid>`` is created through
``postgresql+psycopg://postgres@127.0.0.1:5432/postgres`` (or ``$RASD_TEST_PG_URL``) for the test
session and dropped at the end. Unreachable server: skipped with the reason, or failed when ``$CI`` is set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from rasd.store import Store
from rasd.store.tables import metadata

PG_ADMIN = os.environ.get("RASD_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    name = f"rasd_test_{os.getpid()}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except SQLAlchemyError as exc:
        admin.dispose()
        reason = f"PostgreSQL not usable at {PG_ADMIN}: {str(exc.orig or exc).splitlines()[0]}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    url = make_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _empty(url: str) -> None:
    """Delete every row (PostgreSQL: one database is shared by the session's tests)."""
    with Store.open(url) as s, s._write() as conn:
        for table in reversed(metadata.sorted_tables):
            conn.execute(delete(table))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rasd.db'}"
    url: str = request.getfixturevalue("pg_url")
    _empty(url)
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as s:
        yield s
