"""Document commands: ingest, analyze, reprocess, list, show, export, report."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from rasd import api
from rasd.cli import render
from rasd.cli.app_options import DbOpt
from rasd.errors import ConfigError
from rasd.ingest import IngestOptions

app = typer.Typer(
    name="rasd",
    help="rasd (رصد): offline, Arabic-first news intelligence.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console(highlight=False)

PathsArg = Annotated[list[str], typer.Argument(help="Files, folders, .zip, feeds, URLs, or - for stdin.")]
RetrievedOpt = Annotated[
    str | None,
    typer.Option(
        "--retrieved", help="When the inputs were retrieved (ISO date/time), for stamps such as 'منذ 1 شهر'."
    ),
]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Largest input file accepted, in bytes.")
]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=0.0, help="Seconds to wait for a URL.")]


def _options(retrieved: str | None, max_bytes: int, timeout: float) -> IngestOptions:
    if retrieved is not None:
        try:
            datetime.fromisoformat(retrieved)
        except ValueError:
            raise ConfigError(
                f"--retrieved {retrieved!r} is not an ISO date or date-time (e.g. 2024-11-30)"
            ) from None
    return IngestOptions(max_bytes=max_bytes, timeout=timeout, retrieved=retrieved)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


@contextmanager
def _ticker() -> Iterator[api.ProgressFn]:
    """A rich progress display on stderr and the callback that advances it."""
    with _progress() as bar:
        task = bar.add_task("ingesting", total=None)

        def tick(event: str, n: int) -> None:
            if event.startswith("stage:"):
                bar.update(task, description=f"{event[6:]} ({n} documents)")
            else:
                bar.advance(task, n)

        yield tick


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = None,
    retrieved: RetrievedOpt = None,
    max_bytes: MaxBytesOpt = 50 * 2**20,
    timeout: TimeoutOpt = 20.0,
) -> None:
    """Read inputs, clean and analyse them, and store them (idempotent)."""
    with _ticker() as tick:
        summary = api.ingest(paths, db, options=_options(retrieved, max_bytes, timeout), progress=tick)
    render.summary(console, summary)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def analyze(
    paths: PathsArg,
    db: DbOpt = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML report to write.")] = Path(
        "report.html"
    ),
    retrieved: RetrievedOpt = None,
    max_bytes: MaxBytesOpt = 50 * 2**20,
    timeout: TimeoutOpt = 20.0,
) -> None:
    """Ingest, run every stage, compare sources across stories and write the HTML report."""
    with _ticker() as tick:
        result = api.analyze(
            paths, db, report=output, options=_options(retrieved, max_bytes, timeout), progress=tick
        )
    render.summary(console, result.summary)
    render.stories(console, result.stories)
    console.print(f"report: [bold]{result.report}[/]   database: {result.db_url}")
    if result.summary.failed:
        raise typer.Exit(1)


@app.command()
def reprocess(db: DbOpt = None) -> None:
    """Re-run the stages whose version changed on every stored document."""
    summary = api.reprocess(db)
    console.print(f"re-analysed {summary.updated} document(s)")


@app.command("list")
def list_(
    db: DbOpt = None, limit: Annotated[int | None, typer.Option(help="At most this many.")] = None
) -> None:
    """List stored documents."""
    render.documents(console, api.list_documents(db, limit))


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="Document id (or a unique prefix).")],
    db: DbOpt = None,
    removed: Annotated[bool, typer.Option("--removed", help="Show removed spans with reasons.")] = False,
    statements: Annotated[bool, typer.Option("--statements", help="Show attributed statements.")] = False,
    entities: Annotated[bool, typer.Option("--entities", help="Show entity mentions.")] = False,
    quantities: Annotated[bool, typer.Option("--quantities", help="Show numeric claims.")] = False,
    dates: Annotated[bool, typer.Option("--dates", help="Show dates.")] = False,
    text: Annotated[bool, typer.Option("--text/--no-text", help="Print the cleaned text.")] = True,
) -> None:
    """Show one document: metadata, cleaned text and, on request, its annotations."""
    d = api.get_document(doc, db)
    render.document(
        console, d, show_text=text and not (removed or statements or entities or quantities or dates)
    )
    if removed:
        render.removed(console, d)
    if statements:
        render.statements(console, d)
    if entities:
        render.entities(console, d)
    if quantities:
        render.quantities(console, d)
    if dates:
        render.dates(console, d)


@app.command()
def export(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json or jsonl.")] = "json",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default stdout).")
    ] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="Check every record against the rasd/1 JSON Schema.")
    ] = False,
) -> None:
    """Export documents, stories and entities (rasd/1 JSON Schema; --validate checks every record)."""
    api.export(db, fmt, output, validate=validate)
    if output is not None:
        Console(stderr=True).print(f"wrote {output}")


@app.command()
def report(
    stories: Annotated[list[str] | None, typer.Argument(help="Story ids (default: all).")] = None,
    db: DbOpt = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("report.html"),
) -> None:
    """Write the self-contained HTML report."""
    from rasd.report import write_report
    from rasd.store import Store

    with Store.open(db) as store:
        out = write_report(store, output, stories or None)
    console.print(f"report: [bold]{out}[/]")


def _register_subcommands() -> None:
    from rasd.cli import entities as entities_cli
    from rasd.cli import models as models_cli
    from rasd.cli import stories as stories_cli

    app.add_typer(entities_cli.app, name="entities")
    stories_cli.register(app)
    models_cli.register(app)


_register_subcommands()
