"""Numeric slots: revisions (same claimant, later date) vs conflicts (other claimant, same date)."""

from __future__ import annotations

from typing import Any

from rasd.report.chart import conflict_days, points, svg_chart
from tests.report.htmlcheck import parse


def _src(who: str, value: Any, date: str | None, start: int, independent: bool = True) -> dict[str, Any]:
    ev = {"document": "d1", "outlet": "o", "start": start, "end": start + 5, "text": "x"}
    return {"speaker": who, "value": value, "date": date, "independent": independent, "evidence": ev}


def _claim(
    sources: list[dict[str, Any]], contradictions: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {"kind": "numeric", "unit": "قتيل", "sources": sources, "contradictions": contradictions or []}


def test_revision_is_a_dashed_line_without_conflict() -> None:
    claim = _claim([_src("أ", 10, "2031-01-01", 0), _src("أ", 14, "2031-01-02T10:00", 10)])
    svg = svg_chart(claim)
    assert parse(svg).errors == []
    assert svg.count('class="rev"') == 1 and 'class="conflict"' not in svg
    assert ">10</text>" in svg and ">14</text>" in svg and "2031-01-02</text>" in svg


def test_conflict_band_only_when_both_sides_share_a_date() -> None:
    a, b, c = _src("أ", 10, "2031-01-01", 0), _src("ب", 30, "2031-01-01", 10), _src("ج", 50, "2031-01-03", 20)
    contra = [
        {"kind": "numeric", "a": a["evidence"], "b": b["evidence"]},
        {"kind": "numeric", "a": a["evidence"], "b": c["evidence"]},
        {"kind": "stance", "a": b["evidence"], "b": c["evidence"]},
    ]
    claim = _claim([a, b, c], contra)
    assert conflict_days(claim, points(claim)) == {"2031-01-01"}
    assert svg_chart(claim).count('class="conflict"') == 1


def test_copies_hollow_bad_values_skipped_and_empty() -> None:
    claim = _claim(
        [_src("أ", 5, None, 0, independent=False), _src("ب", "7", None, 1), _src("ج", True, None, 2),
         _src("د", float("nan"), None, 3), _src("<x>", 0, None, 4)]
    )  # fmt: skip
    pts = points(claim)
    assert [(p.who, p.value, p.independent) for p in pts] == [("<x>", 0.0, True), ("أ", 5.0, False)]
    svg = svg_chart(claim)
    assert 'fill="#fff"' in svg and "&lt;x&gt;" in svg and parse(svg).errors == []
    assert svg_chart(_claim([])) == ""
