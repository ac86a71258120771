"""Golden test on the five seed articles: expected (line, reason) removals, nothing else lost."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rasd.clean import CleanStage, clean_text
from rasd.models import Document

GOLDEN = yaml.safe_load((Path(__file__).parent / "golden_seeds.yaml").read_text(encoding="utf-8"))


def _line_starts(raw: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, c in enumerate(raw) if c == "\n")
    return starts


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_seed_removals(seed_texts: dict[str, str], name: str) -> None:
    raw = seed_texts[name]
    result = clean_text(raw)
    starts = _line_starts(raw)
    lines = raw.split("\n")
    got: dict[int, str] = {}
    for r in result.removed:
        assert raw[r.start : r.end] == r.text
        line_no = max(i for i, s in enumerate(starts) if s <= r.start) + 1
        # whole-line removals in the seeds: the span is the stripped line
        assert r.text == lines[line_no - 1].strip(), (name, line_no, r.rule)
        got[line_no] = r.reason
    expected = {int(n): reason for n, reason in GOLDEN[name]}
    assert got == expected
    kept = [ln.strip() for i, ln in enumerate(lines, 1) if ln.strip() and i not in expected]
    assert result.text.split("\n") == [k for k in _with_blanks(lines, expected)]
    for k in kept:
        assert k in result.text


def _with_blanks(lines: list[str], removed: dict[int, str]) -> list[str]:
    out: list[str] = []
    blank = False
    for i, ln in enumerate(lines, 1):
        if not ln.strip():
            blank = bool(out)
            continue
        if i in removed:
            continue
        if blank:
            out.append("")
        out.append(ln.strip())
        blank = False
    return out


def test_appended_article_cut_from_marker(seed_texts: dict[str, str]) -> None:
    raw = seed_texts["003_349d150d1a2d97aa.txt"]
    result = clean_text(raw)
    marker = raw.index("إقرأ أيضاً")
    cut = [r for r in result.removed if r.reason == "appended-article"]
    assert min(r.start for r in cut) == marker
    assert max(r.end for r in cut) == len(raw.rstrip())
    assert "إقرأ أيضاً" not in result.text
    assert result.text.rstrip().endswith("على محمل الجد”.")


def test_stage_on_seeds(seed_texts: dict[str, str]) -> None:
    stage = CleanStage()
    for name, raw in seed_texts.items():
        doc = stage(Document(id=name, raw_text=raw))
        assert doc.text == clean_text(raw).text
        assert doc.text and not doc.text.startswith("\n") and not doc.text.endswith("\n")
        assert "\n\n\n" not in doc.text
        for r in doc.removed:
            assert raw[r.start : r.end] == r.text


def test_offsets_map_back(seed_texts: dict[str, str]) -> None:
    for raw in seed_texts.values():
        result = clean_text(raw)
        for start, raw_start, length in result.segments:
            assert result.text[start : start + length] == raw[raw_start : raw_start + length]
            assert result.to_raw(start) == raw_start
        word = "كوريا"
        i = result.text.find(word)
        if i >= 0:
            j = result.to_raw(i)
            assert raw[j : j + len(word)] == word
