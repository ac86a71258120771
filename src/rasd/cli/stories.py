"""`rasd stories` and `rasd story ID`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from rasd.cli import render
from rasd.cli.app_options import DbOpt
from rasd.store import Store

console = Console(highlight=False)


def stories(db: DbOpt = None) -> None:
    """List stories: size, outlets, dates, title."""
    from rasd.stories import list_stories

    with Store.open(db) as store:
        render.stories(console, list_stories(store))


def story(
    ref: Annotated[str, typer.Argument(help="Story id (or a unique prefix).")], db: DbOpt = None
) -> None:
    """Show one story with its documents and duplicates."""
    from rasd.stories import show_story

    with Store.open(db) as store:
        view = show_story(store, ref)
    s = view.story
    render.stories(console, [s])
    t = Table(title="documents")
    for col in ("id", "outlet", "published", "duplicate of", "title"):
        t.add_column(col, overflow="fold")
    for d in view.documents:
        t.add_row(d.id, d.outlet or "", d.published or "", d.duplicate_of or "", (d.title or "")[:80])
    console.print(t)
    if s.keywords:
        console.print("keywords: " + "، ".join(s.keywords))


def register(app: typer.Typer) -> None:
    app.command("stories")(stories)
    app.command("story")(story)
