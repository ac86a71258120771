"""Numeric slots (death tolls, counts...) as small inline SVG charts of values over time.

Points of one claimant are joined by a dashed line (a revision over time); a date where the
analysis found a numeric contradiction is marked with a red band (a conflict between sources).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rasd.report.links import Linker
from rasd.report.safe import bdi, esc
from rasd.report.sections import empty, items, mapping, section

W, H = 640, 230
PAD_X, PAD_TOP, PAD_BOTTOM = 56, 28, 42
PALETTE = ("#1f6f8b", "#b5560b", "#6a4c93", "#2b8a3e", "#c2185b", "#5c677d", "#8d6e00", "#00838f")
UNDATED = "بلا تاريخ"


def _points(claim: Mapping[str, Any]) -> list[tuple[str, float, str, Mapping[str, Any]]]:
    out = []
    for s in items(claim.get("sources")):
        value = s.get("value")
        if isinstance(value, int | float) and not isinstance(value, bool):
            date = str(s.get("date"))[:10] if s.get("date") else UNDATED
            who = str(s.get("speaker") or s.get("outlet") or "—")
            ev = mapping(s.get("evidence"))
            out.append((date, float(value), who, ev))
    return out


def _conflict_days(
    claim: Mapping[str, Any], points: Sequence[tuple[str, float, str, Mapping[str, Any]]]
) -> set[str]:
    by_ev = {(str(ev.get("document")), ev.get("start")): d for d, _, _, ev in points}
    days = set()
    for k in items(claim.get("contradictions")):
        if k.get("kind") != "numeric":
            continue
        for side in (k.get("a"), k.get("b")):
            if isinstance(side, Mapping) and (str(side.get("document")), side.get("start")) in by_ev:
                days.add(by_ev[(str(side.get("document")), side.get("start"))])
    return days


def svg_chart(claim: Mapping[str, Any]) -> str:
    """An inline SVG of the claim's values over time ('' when it has no values)."""
    pts = _points(claim)
    if not pts:
        return ""
    dates = sorted({d for d, *_ in pts}, key=lambda d: (d == UNDATED, d))
    claimants = sorted({w for _, _, w, _ in pts})
    top = max(v for _, v, _, _ in pts) * 1.15 or 1.0
    step = (W - 2 * PAD_X) / max(1, len(dates) - 1)

    def x(d: str) -> float:
        return PAD_X + dates.index(d) * step if len(dates) > 1 else W / 2

    def y(v: float) -> float:
        return H - PAD_BOTTOM - (max(v, 0.0) / top) * (H - PAD_TOP - PAD_BOTTOM)

    parts = [f'<line class="axis" x1="{PAD_X / 2}" y1="{y(0)}" x2="{W - PAD_X / 2}" y2="{y(0)}"/>']
    for d in sorted(_conflict_days(claim, pts)):
        parts.append(
            f'<rect class="conflict" x="{x(d) - 18:.1f}" y="{PAD_TOP - 12}" width="36" '
            f'height="{y(0) - PAD_TOP + 12:.1f}"/>'
        )
    for d in dates:
        parts.append(f'<text class="date" x="{x(d):.1f}" y="{H - 16}">{esc(d)}</text>')
    for i, who in enumerate(claimants):
        colour = PALETTE[i % len(PALETTE)]
        mine = sorted(((x(d), y(v), v) for d, v, w, _ in pts if w == who))
        if len(mine) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _ in mine)
            parts.append(f'<polyline class="rev" points="{path}" stroke="{colour}"/>')
        for px, py, v in mine:
            parts.append(
                f"<g><title>{esc(who)}: {v:g}</title>"
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="6" fill="{colour}"/>'
                f'<text class="val" x="{px:.1f}" y="{py - 11:.1f}">{v:g}</text></g>'
            )
    label = esc(f"{claim.get('unit') or ''}: {len(pts)}")
    return f'<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{label}">{"".join(parts)}</svg>'


def _table(claim: Mapping[str, Any], link: Linker) -> str:
    claimants = sorted({w for _, _, w, _ in _points(claim)})
    rows = []
    for d, v, who, ev in sorted(_points(claim), key=lambda p: (p[0] == UNDATED, p[0], p[2], p[1])):
        colour = PALETTE[claimants.index(who) % len(PALETTE)]
        rows.append(
            f'<tr><td><span class="dot" style="background:{colour}"></span><b class="num">{v:g}</b></td>'
            f"<td>{bdi(who)}</td><td><time>{esc(d)}</time></td><td>{link.cite(ev)}</td></tr>"
        )
    return (
        '<div class="scroll"><table class="values"><thead><tr><th scope="col">القيمة</th>'
        '<th scope="col">صاحب الرقم</th><th scope="col">التاريخ</th><th scope="col">المصدر</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def numbers(claims: Sequence[Mapping[str, Any]], link: Linker) -> str:
    blocks = []
    for c in claims:
        if c.get("kind") != "numeric" or not _points(c):
            continue
        unit = bdi(c.get("unit") or c.get("text") or "")
        blocks.append(
            f'<figure class="num-slot"><figcaption>عدد: {unit}</figcaption>'
            f"{svg_chart(c)}{_table(c, link)}</figure>"
        )
    note = (
        '<p class="note"><span class="key rev-key"></span> خط متقطع: مراجعة الرقم نفسه عبر الزمن؛ '
        '<span class="key conflict-key"></span> شريط أحمر: أرقام متعارضة من مصادر مختلفة في التاريخ نفسه.</p>'
    )
    body = note + "".join(blocks) if blocks else empty("لا توجد أرقام متنازع عليها أو مراجَعة.")
    return section("الأرقام عبر الزمن", body, "numbers")
