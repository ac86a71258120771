"""The issue's "done when" on the five seed articles: one troop claim with the denial, the supports and
the evasions; the troop-number slot with claimants; a briefing citing source sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.analysis import analyze_story
from rasd.analysis.records import StoryAnalysis
from rasd.entities import EntityStage
from rasd.models import Document, Story, document_id
from rasd.pipeline.defaults import default_pipeline
from rasd.pipeline.stage import CollectionContext


@pytest.fixture(scope="module")
def seed_analysis(seeds_dir: Path) -> tuple[StoryAnalysis, dict[str, Document]]:
    pipeline = default_pipeline()
    docs = []
    for p in sorted(seeds_dir.glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        doc = Document(id=document_id(raw), raw_text=raw, source_path=p.name, retrieved="2024-11-30")
        pipeline.run(doc)
        assert doc.status == "ok", doc.error
        docs.append(doc)
    EntityStage().run(docs, CollectionContext())
    story = Story(id="seeds", title="", documents=[d.id for d in docs])
    return analyze_story(story, docs), {d.id: d for d in docs}


def test_one_claim_gathers_denial_support_and_evasions(
    seed_analysis: tuple[StoryAnalysis, dict[str, Document]],
) -> None:
    analysis, _ = seed_analysis
    main = analysis.claims[0]
    assert main.kind == "statement"
    by_stance: dict[str, list[str]] = {}
    for s in main.sources:
        by_stance.setdefault(s.stance, []).append(s.speaker or "")
    assert any("ممثل كوريا الشمالية" in sp or "المبعوث" in sp for sp in by_stance.get("denies", []))
    assert any("المخابرات" in sp for sp in by_stance.get("supports", []))
    assert any("البيت الأبيض" in sp for sp in by_stance.get("supports", []))
    evaders = " ".join(by_stance.get("evades", []))
    assert "الكرملين" in evaders and ("موسكو" in evaders or "كيم جونج جيو" in evaders)
    assert main.independent_sources >= 8
    assert any(c.kind == "stance" for c in main.contradictions)


def test_troop_slot_lists_values_with_claimants(
    seed_analysis: tuple[StoryAnalysis, dict[str, Document]],
) -> None:
    analysis, docs = seed_analysis
    slots = [c for c in analysis.claims if c.kind == "numeric" and c.unit and "جندي" in c.unit]
    assert slots, [c.text for c in analysis.claims if c.kind == "numeric"]
    values = {s.value: s for s in slots[0].sources}
    assert {1500.0, 3000.0, 10000.0, 8000.0} <= set(values)
    assert "المخابرات" in (values[1500.0].speaker or "")
    assert "البيت الأبيض" in (values[3000.0].speaker or "")
    assert "الولايات المتحدة" in (values[10000.0].speaker or "")
    for s in slots[0].sources:
        doc = docs[s.document]
        assert doc.text[s.evidence.start : s.evidence.end] == s.evidence.text


def test_briefing_cites_source_sentences(seed_analysis: tuple[StoryAnalysis, dict[str, Document]]) -> None:
    analysis, docs = seed_analysis
    assert 5 <= len(analysis.briefing) <= 8
    texts = [b.text for b in analysis.briefing]
    assert len(set(texts)) == len(texts)
    for b in analysis.briefing:
        assert docs[b.document].text[b.start : b.end] == b.text


def test_timeline_is_ordered(seed_analysis: tuple[StoryAnalysis, dict[str, Document]]) -> None:
    analysis, _ = seed_analysis
    dates = [e.date for e in analysis.timeline if e.date]
    assert dates == sorted(dates)
