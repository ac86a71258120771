"""Database URLs, engines (SQLite pragmas, PostgreSQL) and programmatic Alembic migrations."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from rasd.errors import StoreError

log = logging.getLogger(__name__)

DEFAULT_DB = "sqlite:///rasd.db"
ENV_DB = "RASD_DB"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "head"
BUSY_TIMEOUT_MS = 30_000
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_PG_ALIASES = ("postgres://", "postgresql://")
_SUPPORTED = ("sqlite", "postgresql")
_PG_LOCK = 0x72617364  # "rasd": advisory lock serialising concurrent migrations


def resolve_db_url(db: str | None) -> str:
    """The SQLAlchemy URL for ``db``: None → ``$RASD_DB`` → ``sqlite:///rasd.db`` (in the cwd).

    A plain filesystem path becomes an SQLite URL; ``postgres://``/``postgresql://`` get the psycopg
    driver; other URLs are returned as they are. Raises :class:`StoreError` for an unsupported or
    malformed URL.
    """
    if db is None or not db.strip():
        db = os.environ.get(ENV_DB) or DEFAULT_DB
    db = db.strip()
    if not _SCHEME.match(db):
        if "://" in db:
            raise StoreError(f"invalid database URL {db!r}: bad scheme")
        return f"sqlite:///{Path(db).expanduser()}"
    for alias in _PG_ALIASES:
        if db.startswith(alias):
            db = "postgresql+psycopg://" + db[len(alias) :]
    try:
        url = make_url(db)
    except ArgumentError as exc:
        raise StoreError(f"invalid database URL {db!r}: {exc}") from None
    if url.get_backend_name() not in _SUPPORTED:
        raise StoreError(
            f"unsupported database {url.get_backend_name()!r} in {_safe(db)}: use sqlite or postgresql"
        )
    return db


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message (drivers add SQL and hints on later lines)."""
    orig = getattr(exc, "orig", None) or exc
    lines = [ln.strip() for ln in str(orig).splitlines() if ln.strip()]
    return lines[0] if lines else type(orig).__name__


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _sqlite_file(url: str) -> Path | None:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, busy_timeout, foreign keys and explicit BEGINs."""
    try:
        engine = create_engine(url, json_serializer=_json_dumps)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database {_safe(url)}: {one_line(exc)}") from None
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the lock up front: no deadlock between two read-then-write transactions.
        write = conn.get_execution_options().get("rasd_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def db_errors(action: str, url: str) -> Iterator[None]:
    """Turn driver errors into a one-line :class:`StoreError`."""
    try:
        yield
    except SQLAlchemyError as exc:
        raise StoreError(f"database {_safe(url)}: cannot {action}: {one_line(exc)}") from None
    except (ValueError, TypeError) as exc:  # e.g. the driver's JSON encoder: NaN, a set, an object
        if isinstance(exc, UnicodeEncodeError):
            why = f"text is not valid Unicode ({exc.reason})"
        else:
            why = f"value cannot be stored ({type(exc).__name__}: {one_line(exc)})"
        raise StoreError(f"database {_safe(url)}: cannot {action}: {why}") from None


def prepare_sqlite_path(url: str) -> None:
    """Create the parent folder of an SQLite file; StoreError if it cannot be created or written."""
    path = _sqlite_file(url)
    if path is None:
        return
    parent = path.expanduser().resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create folder {parent} for the database: {exc.strerror}") from None
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreError(f"database file {path} is not readable and writable")
    if not path.exists() and not os.access(parent, os.W_OK):
        raise StoreError(f"cannot create database {path}: folder {parent} is not writable")


def alembic_config(connection: Connection | None = None) -> Any:
    """An Alembic ``Config`` pointing at rasd's migrations (``connection`` passed to ``env.py``)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise StoreError(f"the migrations have {len(heads)} heads ({', '.join(heads)}); expected one")
    return str(heads[0])


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    rev = MigrationContext.configure(conn).get_current_revision()
    return None if rev is None else str(rev)


def migrate(engine: Engine, url: str) -> None:
    """Upgrade the database to the head revision (no-op when already there)."""
    from alembic import command
    from alembic.util import CommandError

    head = head_revision()
    with db_errors("connect", url), engine.connect() as conn:
        current = current_revision(conn)
        conn.rollback()
    if current == head:
        return
    log.info("migrating %s from %s to %s", _safe(url), current or "empty", head)
    with db_errors("migrate", url), engine.connect() as conn:
        conn.execution_options(rasd_write=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
            try:
                command.upgrade(alembic_config(conn), HEAD)
            except CommandError as exc:
                raise StoreError(f"database {_safe(url)}: cannot migrate: {one_line(exc)}") from None
