"""Numeric slots (death tolls, counts...) as small inline SVG charts of values over time.

Time runs right to left, like the page. Points of one claimant are joined by a dashed line (a
revision over time); a date where the analysis found a numeric contradiction between sources is
marked with a red band (a conflict). Copies of another source (not independent) are hollow.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rasd.report.links import Linker
from rasd.report.safe import bdi, esc
from rasd.report.sections import empty, items, mapping, section

W, H = 640, 230
PAD_X, PAD_TOP, PAD_BOTTOM = 56, 28, 42
PALETTE = ("#1f6f8b", "#b5560b", "#6a4c93", "#2b8a3e", "#c2185b", "#5c677d", "#8d6e00", "#00838f")
UNDATED = "بلا تاريخ"


@dataclass(frozen=True, slots=True)
class Point:
    date: str
    value: float
    who: str
    evidence: Mapping[str, Any]
    independent: bool


def points(claim: Mapping[str, Any]) -> list[Point]:
    """The claim's sources that carry a number, in date / claimant / value order."""
    out = []
    for s in items(claim.get("sources")):
        value = s.get("value")
        if isinstance(value, int | float) and not isinstance(value, bool) and value == value:
            date = str(s.get("date"))[:10] if s.get("date") else UNDATED
            who = str(s.get("speaker") or s.get("outlet") or "—")
            out.append(
                Point(date, float(value), who, mapping(s.get("evidence")), s.get("independent") is not False)
            )
    return sorted(out, key=lambda p: (p.date == UNDATED, p.date, p.who, p.value))


def _key(ev: Mapping[str, Any]) -> tuple[str, object]:
    return (str(ev.get("document")), ev.get("start"))


def conflict_days(claim: Mapping[str, Any], pts: Sequence[Point]) -> set[str]:
    """Dates where both sides of a numeric contradiction were claimed (a conflict, not a revision)."""
    by_ev: dict[tuple[str, object], set[str]] = {}
    for p in pts:
        by_ev.setdefault(_key(p.evidence), set()).add(p.date)
    days: set[str] = set()
    for k in items(claim.get("contradictions")):
        if k.get("kind") == "numeric":
            a, b = by_ev.get(_key(mapping(k.get("a"))), set()), by_ev.get(_key(mapping(k.get("b"))), set())
            days |= a & b
    return days


class _Scale:
    def __init__(self, pts: Sequence[Point]) -> None:
        self.dates = sorted({p.date for p in pts}, key=lambda d: (d == UNDATED, d))
        self.top = max(0.0, *(p.value for p in pts)) * 1.15 or 1.0
        self.step = (W - 2 * PAD_X) / max(1, len(self.dates) - 1)

    def x(self, date: str) -> float:
        return W - PAD_X - self.dates.index(date) * self.step if len(self.dates) > 1 else W / 2

    def y(self, value: float) -> float:
        return H - PAD_BOTTOM - (max(value, 0.0) / self.top) * (H - PAD_TOP - PAD_BOTTOM)


def _series(who: str, colour: str, mine: Sequence[Point], sc: _Scale) -> list[str]:
    parts = []
    if len({p.date for p in mine}) > 1:
        path = " ".join(f"{sc.x(p.date):.1f},{sc.y(p.value):.1f}" for p in mine)
        parts.append(f'<polyline class="rev" points="{path}" stroke="{colour}"/>')
    for p in mine:
        px, py = sc.x(p.date), sc.y(p.value)
        fill = colour if p.independent else "#fff"
        parts.append(
            f"<g><title>{esc(who)}: {p.value:g}</title>"
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="6" fill="{fill}" stroke="{colour}" stroke-width="2"/>'
            f'<text class="val" x="{px:.1f}" y="{py - 11:.1f}">{p.value:g}</text></g>'
        )
    return parts


def svg_chart(claim: Mapping[str, Any]) -> str:
    """An inline SVG of the claim's values over time ('' when it has no values)."""
    pts = points(claim)
    if not pts:
        return ""
    sc = _Scale(pts)
    base = sc.y(0)
    parts = [f'<line class="axis" x1="{PAD_X / 2}" y1="{base}" x2="{W - PAD_X / 2}" y2="{base}"/>']
    for d in sorted(conflict_days(claim, pts)):
        parts.append(
            f'<rect class="conflict" x="{sc.x(d) - 18:.1f}" y="{PAD_TOP - 12}" width="36" '
            f'height="{base - PAD_TOP + 12:.1f}"/>'
        )
    parts += [f'<text class="date" x="{sc.x(d):.1f}" y="{H - 16}">{esc(d)}</text>' for d in sc.dates]
    claimants = sorted({p.who for p in pts})
    for i, who in enumerate(claimants):
        parts += _series(who, PALETTE[i % len(PALETTE)], [p for p in pts if p.who == who], sc)
    label = esc(f"{claim.get('unit') or ''}: {len(pts)}")
    return f'<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{label}">{"".join(parts)}</svg>'


def _table(pts: Sequence[Point], link: Linker) -> str:
    claimants = sorted({p.who for p in pts})
    rows = []
    for p in pts:
        colour = PALETTE[claimants.index(p.who) % len(PALETTE)]
        copy = "" if p.independent else " <small>(نسخة منقولة)</small>"
        rows.append(
            f'<tr><td><span class="dot" style="background:{colour}"></span>'
            f'<b class="num">{p.value:g}</b></td>'
            f"<td>{bdi(p.who)}{copy}</td><td><time>{esc(p.date)}</time></td><td>{link.cite(p.evidence)}</td></tr>"
        )
    return (
        '<div class="scroll"><table class="values"><thead><tr><th scope="col">القيمة</th>'
        '<th scope="col">صاحب الرقم</th><th scope="col">التاريخ</th><th scope="col">المصدر</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def numbers(claims: Sequence[Mapping[str, Any]], link: Linker) -> str:
    blocks = []
    for c in claims:
        pts = points(c)
        if c.get("kind") != "numeric" or not pts:
            continue
        unit = bdi(c.get("unit") or c.get("text") or "")
        blocks.append(
            f'<figure class="num-slot"><figcaption>عدد: {unit}</figcaption>'
            f"{svg_chart(c)}{_table(pts, link)}</figure>"
        )
    note = (
        '<p class="note"><span class="key rev-key"></span> خط متقطع: مراجعة الرقم نفسه عبر الزمن؛ '
        '<span class="key conflict-key"></span> شريط أحمر: أرقام متعارضة من مصادر مختلفة في التاريخ نفسه؛ '
        "الدائرة المفرغة: نسخة منقولة لا تُحسب مصدرًا مستقلًا.</p>"
    )
    body = note + "".join(blocks) if blocks else empty("لا توجد أرقام متنازع عليها أو مراجَعة.")
    return section("الأرقام عبر الزمن", body, "numbers")
