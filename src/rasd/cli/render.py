"""Rich rendering of rasd records for the terminal (no logic beyond presentation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from rasd.models import Document, Story


def summary(console: Console, s: Any) -> None:
    t = Table(title="ingest summary", show_header=False)
    t.add_row("ingested", str(s.ingested))
    t.add_row("duplicates (already stored)", str(s.duplicates))
    t.add_row("re-analysed (stage upgraded)", str(s.updated))
    t.add_row("non-Arabic (stored, labelled)", str(s.non_arabic))
    t.add_row("failed", f"[red]{len(s.failed)}[/]" if s.failed else "0")
    console.print(t)
    if s.failed:
        # One unwrapped line per failure, so long paths stay whole and the output can be grepped.
        console.print(f"[bold red]{len(s.failed)} failure(s):[/]")
        for item in s.failed:
            console.print(f"[red]✗[/] {escape(item.source)} — {escape(item.reason)}", soft_wrap=True)


def documents(console: Console, docs: Sequence[Any]) -> None:
    t = Table(title=f"{len(docs)} document(s)")
    t.add_column("id", no_wrap=True, min_width=16)
    for col in ("outlet", "published", "lang", "status", "story"):
        t.add_column(col, no_wrap=col != "outlet", overflow="fold")
    t.add_column("title", overflow="fold", ratio=1)
    for d in docs:
        status = d.status if d.status == "ok" else f"[yellow]{d.status}[/]"
        t.add_row(
            d.id,
            d.outlet or "",
            d.published or "",
            d.language or "",
            status,
            d.story or "",
            (d.title or "")[:80],
        )
    console.print(t)


def stories(console: Console, items: Sequence[Story]) -> None:
    t = Table(title=f"{len(items)} stor{'y' if len(items) == 1 else 'ies'}")
    t.add_column("id", no_wrap=True)
    for col in ("docs", "sources", "outlets", "first", "last"):
        t.add_column(col, no_wrap=col != "outlets", overflow="fold")
    t.add_column("title", overflow="fold", ratio=1)
    for s in items:
        t.add_row(
            s.id,
            str(len(s.documents)),
            str(s.independent_sources),
            ", ".join(s.outlets[:4]),
            s.first_seen or "",
            s.last_seen or "",
            s.title[:90],
        )
    console.print(t)


def document(console: Console, d: Document, show_text: bool = True) -> None:
    t = Table(show_header=False, title=f"document {d.id}")
    for key in (
        "title",
        "outlet",
        "published",
        "published_source",
        "url",
        "source_path",
        "language",
        "encoding",
        "status",
        "error",
        "story",
        "duplicate_of",
    ):
        value = getattr(d, key)
        if value:
            t.add_row(key, str(value))
    t.add_row(
        "annotations",
        f"{len(d.removed)} removed, {len(d.entities)} entities, "
        f"{len(d.statements)} statements, {len(d.quantities)} quantities, {len(d.dates)} dates",
    )
    console.print(t)
    if show_text:
        console.print(d.text)


def removed(console: Console, d: Document) -> None:
    t = Table(title=f"{len(d.removed)} removed span(s)")
    for col in ("offsets", "reason", "rule", "text"):
        t.add_column(col, overflow="fold")
    for r in d.removed:
        t.add_row(f"{r.start}-{r.end}", r.reason, r.rule, r.text[:200])
    console.print(t)


def _highlight(d: Document, spans: Sequence[tuple[int, int, str]], start: int, end: int) -> Text:
    text = Text(d.text[start:end])
    for s, e, style in spans:
        if start <= s < e <= end:
            text.stylize(style, s - start, e - start)
    return text


def statements(console: Console, d: Document) -> None:
    console.print(
        f"[bold]{len(d.statements)} statement(s)[/]  ([cyan]speaker[/] [magenta]cue[/] [underline]content[/])"
    )
    for st in d.statements:
        spans = [(st.cue_start, st.cue_end, "bold magenta"), (st.content_start, st.content_end, "underline")]
        if st.speaker_start is not None and st.speaker_end is not None:
            spans.append((st.speaker_start, st.speaker_end, "bold cyan"))
        neg = " negated" if st.negated else ""
        via = f" via {' ← '.join(st.via)}" if st.via else ""
        head = (
            f"{st.id}  act={st.act}{neg}  {'direct' if st.direct else 'indirect'}  "
            f"speaker={st.speaker or '?'}{via}  date={st.date or '-'} ({st.date_source})"
        )
        console.print(head, style="dim")
        console.print(_highlight(d, spans, st.start, st.end))
        console.print()


def entities(console: Console, d: Document) -> None:
    t = Table(title=f"{len(d.entities)} entity mention(s)")
    for col in ("offsets", "type", "text", "entity", "role"):
        t.add_column(col, overflow="fold")
    for m in d.entities:
        role = f"{m.role or ''} {('(' + m.role_of + ')') if m.role_of else ''}".strip()
        t.add_row(f"{m.start}-{m.end}", m.type, m.text, m.entity_id or m.link or "", role)
    console.print(t)


def quantities(console: Console, d: Document) -> None:
    t = Table(title=f"{len(d.quantities)} quantit{'y' if len(d.quantities) == 1 else 'ies'}")
    for col in ("offsets", "text", "value", "unit", "approx.", "claimant"):
        t.add_column(col, overflow="fold")
    for q in d.quantities:
        value = f"{q.value:g}" if q.value is not None else f"{q.low or ''}–{q.high or ''}"
        t.add_row(f"{q.start}-{q.end}", q.text, value, q.unit or "", q.approximate or "", q.claimant or "")
    console.print(t)


def dates(console: Console, d: Document) -> None:
    t = Table(title=f"{len(d.dates)} date(s)")
    for col in ("offsets", "text", "value", "granularity", "relative"):
        t.add_column(col, overflow="fold")
    for m in d.dates:
        t.add_row(f"{m.start}-{m.end}", m.text, m.value or "?", m.granularity, "yes" if m.relative else "")
    console.print(t)
