from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.models import Statement
from rasd.statements.evaluate import Scores, main, score_document, speaker_ok

from ..conftest import REPO, shared_path


def _pred(speaker: str, s0: int, cue_start: int, content_start: int, act: str = "say") -> Statement:
    return Statement(
        id="x:s0",
        speaker=speaker,
        speaker_start=s0,
        speaker_end=s0 + len(speaker),
        speaker_entity=None,
        cue="قال",
        cue_start=cue_start,
        cue_end=cue_start + 3,
        act=act,  # type: ignore[arg-type]
        negated=False,
        content="",
        start=cue_start,
        end=content_start + 5,
        content_start=content_start,
        content_end=content_start + 5,
        direct=False,
    )


def _gold(speaker: str, s0: int, cue_start: int, content_start: int, act: str = "say") -> dict[str, object]:
    return {
        "speaker": speaker,
        "speaker_start": s0,
        "speaker_end": s0 + len(speaker),
        "cue": "قال",
        "cue_start": cue_start,
        "cue_end": cue_start + 3,
        "act": act,
        "content_start": content_start,
        "content_end": content_start + 5,
    }


def test_speaker_match_by_overlap_containment_or_head() -> None:
    g = _gold("المتحدث باسم الوزارة فهد الغامدي", 100, 90, 140)
    assert speaker_ok(g, _pred("الغامدي", 300, 290, 310))
    assert speaker_ok(g, _pred("فهد", 121, 90, 140))
    assert speaker_ok(g, _pred("المهندس فهد الغامدي", 500, 90, 140))
    assert not speaker_ok(g, _pred("وزارة الصحة", 300, 290, 310))


def test_scores_count_matches_misses_and_spurious() -> None:
    sc = Scores()
    gold = [_gold("الوزير", 4, 0, 20), _gold("المدير", 50, 46, 70)]
    preds = [_pred("الوزير", 4, 0, 20), _pred("الحارس", 200, 190, 210)]
    score_document("", gold, preds, sc, "u")
    out = sc.as_dict()
    assert out["matched"] == 1 and out["statements"]["precision"] == 0.5
    assert out["with_correct_speaker"]["recall"] == 0.5
    kinds = sorted(e["kind"] for e in sc.errors)
    assert kinds == ["missed", "spurious"]


def test_missing_gold_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "none.jsonl"), "--shared", str(tmp_path)]) == 2
    assert "gold file not found" in capsys.readouterr().err


def test_dev_set_quality_floor() -> None:
    """Quality gate on the hand-annotated dev set (see docs/statements.md): never lowered quietly."""
    shared = shared_path("data", "saudinewsnet")
    from rasd.statements.evaluate import evaluate

    sc = evaluate(REPO / "eval" / "statements" / "dev.jsonl", shared.parent.parent).as_dict()
    assert sc["with_correct_speaker"]["precision"] >= 0.90
    assert sc["with_correct_speaker"]["recall"] >= 0.85
    assert sc["act_accuracy"] >= 0.9


def test_dev_file_has_no_article_text() -> None:
    for line in (REPO / "eval" / "statements" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        assert set(art) == {"url", "day", "source", "statements"}
        for s in art["statements"]:
            assert len(s["cue"]) < 30 and len(s["speaker"]) < 100


def test_malformed_gold_line_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"url": "x"}\n', encoding="utf-8")
    assert main([str(bad), "--shared", str(tmp_path)]) == 2
    assert "needs day, url and statements" in capsys.readouterr().err


def test_analyse_runs_the_ner_stage_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """The evaluator runs NER before extraction, as the pipeline does (a stand-in stage here)."""
    from rasd.models import Document, EntityMention
    from rasd.statements import evaluate as ev

    seen: list[int] = []

    def fake(doc: Document) -> Document:
        seen.append(len(doc.tokens))
        doc.entities = [EntityMention(text="سامر", type="PERS", start=4, end=8)]
        return doc

    monkeypatch.setattr(ev, "_NER", [fake])
    doc = ev.analyse("وقال سامر إن الطريق مغلق.")
    assert seen and seen[0] > 0 and doc.entities[0].type == "PERS"
    assert ev.analyse("وقال سامر إن الطريق مغلق.", ner=False).entities == []
