"""`rasd entities list|show|merge|split|rename`: browse and correct the entity store."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from rasd.cli.app_options import DbOpt
from rasd.store import Store

app = typer.Typer(
    help="Browse and correct entities (corrections persist across re-runs).", no_args_is_help=True
)
console = Console(highlight=False)


def _variants(rec: Any) -> str:
    variants = getattr(rec, "variants", []) or []
    if isinstance(variants, dict):
        return ", ".join(f"{k} ({v})" for k, v in variants.items())
    return ", ".join(str(v) for v in variants)


def _table(records: list[Any], title: str) -> None:
    t = Table(title=title)
    t.add_column("id", no_wrap=True)
    t.add_column("type", no_wrap=True)
    for col in ("name", "role", "docs", "variants"):
        t.add_column(col, overflow="fold", ratio=2 if col == "variants" else None)
    for r in records:
        t.add_row(
            r.id,
            r.type,
            r.name,
            getattr(r, "role", None) or "",
            str(len(getattr(r, "documents", []))),
            _variants(r),
        )
    console.print(t)


@app.command("list")
def list_(
    db: DbOpt = None,
    type_: Annotated[str | None, typer.Option("--type", help="PERS, LOC, ORG or MISC.")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Name or variant contains.")] = None,
) -> None:
    """List entities with their variants."""
    from rasd.entities import list_entities

    with Store.open(db) as store:
        records = list_entities(store, type=type_, query=query)
    _table(records, f"{len(records)} entit{'y' if len(records) == 1 else 'ies'}")


@app.command()
def show(ref: str, db: DbOpt = None) -> None:
    """Show one entity: variants, role, documents."""
    from rasd.entities import show_entity

    with Store.open(db) as store:
        rec = show_entity(store, ref)
    _table([rec], f"entity {rec.id}")
    for doc in getattr(rec, "documents", []):
        console.print(f"  document {doc}")


@app.command()
def merge(
    refs: Annotated[list[str], typer.Argument(help="Two or more entity ids.")],
    db: DbOpt = None,
    name: Annotated[str | None, typer.Option(help="Name of the merged entity.")] = None,
) -> None:
    """Merge entities into one (persisted as a correction)."""
    from rasd.entities import merge_entities

    with Store.open(db) as store:
        rec = merge_entities(store, refs, name=name)
    _table([rec], "merged")


@app.command()
def split(
    ref: str,
    variants: Annotated[list[str], typer.Argument(help="Variants to move to a new entity.")],
    db: DbOpt = None,
) -> None:
    """Move some variants of an entity to a new entity (persisted as a correction)."""
    from rasd.entities import split_entity

    with Store.open(db) as store:
        rec = split_entity(store, ref, variants)
    _table([rec], "new entity")


@app.command()
def rename(ref: str, name: str, db: DbOpt = None) -> None:
    """Rename an entity (persisted as a correction)."""
    from rasd.entities import rename_entity

    with Store.open(db) as store:
        rec = rename_entity(store, ref, name)
    _table([rec], "renamed")
