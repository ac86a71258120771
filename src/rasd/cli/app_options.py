"""Options shared by several command groups."""

from __future__ import annotations

from typing import Annotated

import typer

DbOpt = Annotated[
    str | None,
    typer.Option("--db", envvar="RASD_DB", help="Database URL or SQLite path (default ./rasd.db)."),
]
