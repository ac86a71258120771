"""Opening and closing a store; read and write transactions."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Self

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from rasd.errors import StoreError
from rasd.store.engine import db_errors, make_engine, migrate, prepare_sqlite_path, resolve_db_url

log = logging.getLogger(__name__)


def now_iso() -> str:
    """The current UTC time as a fixed-width ISO-8601 string (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class StoreBase:
    """Engine, URL and transaction helpers shared by the parts of :class:`rasd.store.Store`."""

    url: str

    def __init__(self, engine: Engine, url: str) -> None:
        self._engine = engine
        self.url = url
        self._closed = False

    @classmethod
    def open(cls, db: str | None = None) -> Self:
        """Open (creating if needed) the database ``db`` and migrate it to the head revision.

        ``db`` is a URL or an SQLite file path; None means ``$RASD_DB`` or ``./rasd.db``.
        """
        url = resolve_db_url(db)
        engine = make_engine(url)
        try:
            if engine.dialect.name == "sqlite":
                prepare_sqlite_path(url)
            with db_errors("connect", url), engine.connect() as conn:
                conn.execute(text("SELECT 1"))
                conn.rollback()
            migrate(engine, url)
        except BaseException:
            engine.dispose()
            raise
        log.debug("opened store %s", engine.url.render_as_string(hide_password=True))
        return cls(engine, url)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return str(self._engine.dialect.name)

    def close(self) -> None:
        if not self._closed:
            self._engine.dispose()
            self._closed = True

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"the store {self.url} is closed")

    @contextmanager
    def _read(self, action: str = "read") -> Iterator[Connection]:
        """A read transaction (SQLite: deferred BEGIN, never blocks on a writer in WAL mode)."""
        self._check_open()
        with db_errors(action, self.url), self._engine.connect() as conn:
            yield conn
            conn.rollback()

    @contextmanager
    def _write(self, action: str = "write") -> Iterator[Connection]:
        """A write transaction, committed on success (SQLite: BEGIN IMMEDIATE)."""
        self._check_open()
        with db_errors(action, self.url), self._engine.connect() as conn:
            conn.execution_options(rasd_write=True)
            with conn.begin():
                yield conn
