"""The report of a small store: every section, RTL, self-contained, balanced, every link resolves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasd.analysis import analysis_to_export, analyze_story
from rasd.errors import NotFoundError, RasdError
from rasd.report import ReportError, render_report, write_report
from rasd.store import Store
from tests.report.builder import build_documents, build_entities, build_stories
from tests.report.htmlcheck import internal_links, parse

SECTIONS = ("overview", "brief", "matrix", "contras", "numbers", "evolution", "tl", "ents", "articles")


def _render(store: Store, tmp_path: Path, ids: list[str] | None = None) -> str:
    out = write_report(store, tmp_path / "r.html", ids)
    return out.read_text(encoding="utf-8")


def test_every_section_rtl_and_csp(report_store: Store, tmp_path: Path) -> None:
    html_text = _render(report_store, tmp_path)
    assert html_text.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in html_text
    assert 'http-equiv="Content-Security-Policy"' in html_text
    assert "default-src &#x27;none&#x27;" in html_text
    classes = " ".join(str(a.get("class")) for _, a in parse(html_text).tags)
    for name in SECTIONS:
        assert name in classes, name
    assert html_text.count('class="story"') == 2
    assert "<footer>" in html_text and "rasd" in html_text.split("<footer>")[1]


def test_no_external_resources(report_store: Store, tmp_path: Path) -> None:
    html_text = _render(report_store, tmp_path)
    low = html_text.lower()
    assert "<script" not in low
    assert not re.search(r"<link[^>]+href", low)
    assert "url(" not in low and "@import" not in low
    for tag, attrs in parse(html_text).tags:
        for name in ("src", "srcset", "data", "poster", "action", "background"):
            assert name not in attrs, (tag, attrs)
        if tag == "a":
            href = str(attrs.get("href") or "")
            assert href.startswith("#") or (href.startswith("https://") and attrs.get("class") == "url")


def test_balanced_unique_ids_and_links_resolve(report_store: Store, tmp_path: Path) -> None:
    parsed = parse(_render(report_store, tmp_path))
    assert parsed.errors == []
    assert len(parsed.ids) == len(set(parsed.ids))
    links = internal_links(parsed)
    assert len(links) > 20
    assert set(links) <= set(parsed.ids), set(links) - set(parsed.ids)


def test_sentence_anchors_and_highlights(report_store: Store, tmp_path: Path) -> None:
    html_text = _render(report_store, tmp_path)
    for doc in report_store.iter_documents():
        for s in doc.sentences:
            assert f'id="d-{doc.id}-{s.start}"' in html_text
    assert 'class="ent ent-PERS"' in html_text and 'class="qty"' in html_text
    assert 'class="st-sp"' in html_text and 'class="st-cue"' in html_text and 'class="st-c"' in html_text


def test_story_content(report_store: Store, tmp_path: Path) -> None:
    html_text = _render(report_store, tmp_path)
    for label in ("يؤكد", "ينفي", "يتهرب", "ينقل", "غير مؤكد"):  # legend: text labels, not colour alone
        assert label in html_text
    assert "كيان غير مرتبط" not in html_text  # entity of no document in the report
    assert "الوردي" in html_text and "×1" in html_text  # variants with counts
    assert '<svg class="chart"' in html_text and 'class="conflict"' in html_text
    assert ">40</text>" in html_text and ">12</text>" in html_text
    assert 'href="https://example.org/a?x=1&amp;y=2"' in html_text


def test_selected_story_only(report_store: Store, tmp_path: Path) -> None:
    html_text = _render(report_store, tmp_path, ["st-match"])
    assert html_text.count('class="story"') == 1 and "وادي لومي" not in html_text
    with pytest.raises(NotFoundError):
        write_report(report_store, tmp_path / "x.html", ["st-nothing"])


def test_atomic_write_and_errors(report_store: Store, tmp_path: Path) -> None:
    out = write_report(report_store, tmp_path / "r.html")
    assert out == tmp_path / "r.html" and out.stat().st_size > 5000
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with pytest.raises(ReportError, match="does not exist"):
        write_report(report_store, tmp_path / "missing" / "r.html")
    assert issubclass(ReportError, RasdError)


def test_deterministic_and_empty() -> None:
    docs = build_documents()
    stories = build_stories(docs)
    by_id = {d.id: d for d in docs}
    one = render_report(stories, by_id, build_entities(), generated="2031-01-01 00:00 UTC")
    two = render_report(stories, by_id, build_entities(), generated="2031-01-01 00:00 UTC")
    assert one == two
    empty = render_report([], {}, [], generated="x")
    assert parse(empty).errors == [] and "لا توجد قصص" in empty


def test_malformed_analysis_does_not_break() -> None:
    docs = build_documents()
    stories = build_stories(docs)
    stories[0].analysis = {
        "claims": [None, 3, {"sources": "x", "contradictions": [{"a": 1}]}],
        "briefing": "?",
        "timeline": [{"evidence": {"document": "nope", "start": "x"}}],
    }
    html_text = render_report(stories, {d.id: d for d in docs}, [{"name": 5, "documents": None}])
    assert parse(html_text).errors == []


def test_real_analysis_output_renders() -> None:
    """The integrator's analysis of our fictional documents renders with every link resolving."""
    docs = build_documents()
    stories = build_stories(docs)
    story = stories[0]
    story.analysis = analysis_to_export(analyze_story(story, docs[:2]))
    parsed = parse(render_report([story], {d.id: d for d in docs[:2]}, []))
    assert parsed.errors == []
    assert set(internal_links(parsed)) <= set(parsed.ids)
