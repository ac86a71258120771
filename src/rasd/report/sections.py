"""The analysis sections of one story: briefing, stance matrix, contradictions, evolution, timeline.

Every input is the JSON form of the analysis (``Story.analysis``), read defensively: a missing or
malformed field gives an empty cell, never an exception.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rasd.report.labels import ENTITY_LABELS, GRANULARITY_LABELS, KIND_LABELS, STANCE_LABELS
from rasd.report.links import Linker
from rasd.report.safe import bdi, esc

MAX_MATRIX_COLUMNS = 40
MAX_EVOLUTION_CLAIMS = 5


def items(value: object) -> list[Mapping[str, Any]]:
    """The mappings of a list (anything else is ignored)."""
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def mapping(value: object) -> Mapping[str, Any]:
    """``value`` if it is a mapping, else an empty one."""
    return value if isinstance(value, Mapping) else {}


def stance_badge(stance: object, href: str | None = None, title: str = "") -> str:
    key = stance if isinstance(stance, str) and stance in STANCE_LABELS else "unverified"
    label, symbol = STANCE_LABELS[key]
    tip = f' title="{esc(title)}"' if title else ""
    inner = f'<span aria-hidden="true">{symbol}</span> {label}'
    if href:
        return f'<a class="badge st-{key}" href="{esc(href)}"{tip}>{inner}</a>'
    return f'<span class="badge st-{key}"{tip}>{inner}</span>'


def legend() -> str:
    badges = "".join(f"<li>{stance_badge(k)}</li>" for k in STANCE_LABELS)
    return f'<ul class="legend" aria-label="دليل المواقف">{badges}</ul>'


def section(title: str, body: str, cls: str) -> str:
    return f'<section class="block {cls}"><h3>{title}</h3>{body}</section>'


def empty(text: str) -> str:
    return f'<p class="empty">{text}</p>'


def briefing(analysis: Mapping[str, Any], link: Linker) -> str:
    rows = []
    for b in items(analysis.get("briefing")):
        ev = {"document": b.get("document"), "outlet": b.get("outlet"), "start": b.get("start")}
        rows.append(f"<li>{bdi(b.get('text', ''))} {link.cite(ev)}</li>")
    body = f'<ol class="briefing">{"".join(rows)}</ol>' if rows else empty("لا يوجد موجز لهذه القصة.")
    return section("الموجز", body, "brief")


def _column(src: Mapping[str, Any]) -> tuple[str, str]:
    return (str(src.get("speaker") or "—"), str(src.get("outlet") or "—"))


def matrix(claims: Sequence[Mapping[str, Any]], link: Linker) -> str:
    columns: list[tuple[str, str]] = []
    for c in claims:
        for s in items(c.get("sources")):
            if _column(s) not in columns and len(columns) < MAX_MATRIX_COLUMNS:
                columns.append(_column(s))
    if not claims or not columns:
        return section("من يقول ماذا", empty("لا توجد ادعاءات منسوبة إلى مصادر."), "matrix")
    head = "".join(f'<th scope="col">{bdi(sp)}<small>{bdi(out)}</small></th>' for sp, out in columns)
    rows = []
    for c in claims:
        cells: dict[tuple[str, str], list[str]] = {}
        for s in items(c.get("sources")):
            ev = mapping(s.get("evidence"))
            href = link.href(ev.get("document"), ev.get("start"))
            title = "" if s.get("independent", True) else "نسخة منقولة (لا تُحسب مصدرًا مستقلًا)"
            cells.setdefault(_column(s), []).append(stance_badge(s.get("stance"), href, title))
        tds = "".join(f"<td>{''.join(cells.get(col, []))}</td>" for col in columns)
        n = c.get("independent_sources", 0)
        rows.append(
            f'<tr><th scope="row" id="{esc("c-" + str(c.get("id", "")))}">{bdi(c.get("text", ""))}'
            f"<small>{esc(n)} مصدر مستقل</small></th>{tds}</tr>"
        )
    table = (
        f'<div class="scroll"><table class="matrix"><thead><tr><th scope="col">الادعاء</th>{head}</tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
    return section("من يقول ماذا: الادعاءات × المصادر", legend() + table, "matrix")


def contradictions(claims: Sequence[Mapping[str, Any]], link: Linker) -> str:
    cards = []
    for c in claims:
        for k in items(c.get("contradictions")):
            kind = str(k.get("kind", ""))
            score = k.get("score")
            extra = f" · {esc(score)}" if isinstance(score, int | float) else ""
            a = k.get("a") if isinstance(k.get("a"), Mapping) else None
            b = k.get("b") if isinstance(k.get("b"), Mapping) else None
            cards.append(
                f'<article class="contra k-{esc(kind)}"><header><span class="tag">'
                f"{esc(KIND_LABELS.get(kind, kind))}</span> {bdi(c.get('text', ''), 'claim')}"
                f'<small dir="ltr">{bdi(k.get("detail", ""))}{extra}</small></header>'
                f'<div class="pair"><div>{link.cite(a)}{link.quote(a)}</div>'
                '<div class="vs" aria-hidden="true">⇄</div>'
                f"<div>{link.cite(b)}{link.quote(b)}</div></div></article>"
            )
    body = "".join(cards) if cards else empty("لم تُرصد تناقضات بين المصادر.")
    return section("التناقضات", body, "contras")


def evolution(claims: Sequence[Mapping[str, Any]], link: Linker) -> str:
    ranked = sorted(
        (c for c in claims if len(items(c.get("evolution"))) >= 2),
        key=lambda c: (
            -(c.get("independent_sources") or 0) if isinstance(c.get("independent_sources"), int) else 0
        ),
    )[:MAX_EVOLUTION_CLAIMS]
    blocks = []
    for c in ranked:
        steps = []
        for e in items(c.get("evolution")):
            ev = e.get("evidence") if isinstance(e.get("evidence"), Mapping) else None
            value = e.get("value")
            val = f' <b class="num">{esc(f"{value:g}")}</b>' if isinstance(value, int | float) else ""
            href = link.href(ev.get("document"), ev.get("start")) if ev else None
            steps.append(
                f"<li><time>{esc(e.get('date') or 'تاريخ غير معروف')}</time> "
                f"{stance_badge(e.get('stance'), href)} {bdi(e.get('speaker') or '—')}{val} "
                f"{link.cite(ev)}</li>"
            )
        blocks.append(f'<div class="evo"><h4>{bdi(c.get("text", ""))}</h4><ol>{"".join(steps)}</ol></div>')
    body = "".join(blocks) if blocks else empty("لا يوجد تطور مرصود في المواقف (أقل من تصريحين لكل ادعاء).")
    return section("تطور المواقف", body, "evolution")


def timeline(analysis: Mapping[str, Any], link: Linker) -> str:
    rows = []
    for t in items(analysis.get("timeline")):
        kind = str(t.get("kind", ""))
        gran = GRANULARITY_LABELS.get(str(t.get("granularity")), "")
        ev = t.get("evidence") if isinstance(t.get("evidence"), Mapping) else None
        speaker = f"<b>{bdi(t.get('speaker'))}</b>: " if t.get("speaker") else ""
        rows.append(
            f'<li class="tl-{esc(kind)}"><time title="{esc(gran)}">{esc(t.get("date") or "؟")}</time>'
            f'<span class="tag">{esc(KIND_LABELS.get(kind, kind))}</span>'
            f"<p>{speaker}{bdi(t.get('text', ''))} {link.cite(ev)}</p></li>"
        )
    body = f'<ol class="timeline">{"".join(rows)}</ol>' if rows else empty("لا توجد أحداث مؤرخة.")
    return section("الخط الزمني", body, "tl")


def entities(ents: Sequence[Mapping[str, Any]]) -> str:
    rows = []
    for e in ents:
        variants = e.get("variants")
        if isinstance(variants, Mapping):
            pairs = sorted(((str(k), v) for k, v in variants.items()), key=lambda p: (-_int(p[1]), p[0]))
            vs = "".join(f"<li>{bdi(k)} <small>×{_int(v)}</small></li>" for k, v in pairs)
        else:
            vs = "".join(f"<li>{bdi(v)}</li>" for v in variants) if isinstance(variants, list) else ""
        kind = str(e.get("type", "MISC"))
        kind = kind if kind in ENTITY_LABELS else "MISC"
        role = f" <small>{bdi(e.get('role'))}</small>" if e.get("role") else ""
        rows.append(
            f'<tr><th scope="row"><span class="ent ent-{kind}">{bdi(e.get("name", ""))}</span>{role}</th>'
            f'<td>{ENTITY_LABELS[kind]}</td><td><ul class="variants">{vs}</ul></td></tr>'
        )
    if not rows:
        return section("الكيانات", empty("لا توجد كيانات مرصودة في وثائق هذه القصة."), "ents")
    table = (
        '<div class="scroll"><table class="ents"><thead><tr>'
        '<th scope="col">الكيان</th><th scope="col">النوع</th>'
        f'<th scope="col">الصيغ الواردة</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )
    return section("الكيانات وصيغها", table, "ents")


def _int(v: object) -> int:
    return v if isinstance(v, int) else 0
