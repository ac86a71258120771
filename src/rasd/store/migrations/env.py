"""Alembic environment of rasd.

Normally run programmatically by :func:`rasd.store.engine.migrate`, which passes an open connection
in ``config.attributes["connection"]``. Run by the ``alembic`` command (``alembic -c
src/rasd/store/alembic.ini upgrade head``), it connects to ``sqlalchemy.url`` or to ``$RASD_DB``.
Logging is never configured here.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from rasd.store.tables import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from rasd.store.engine import make_engine, resolve_db_url

    url = config.get_main_option("sqlalchemy.url") or None
    engine = make_engine(resolve_db_url(url))
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("rasd migrations run online only (they need a database connection)")
run_migrations()
