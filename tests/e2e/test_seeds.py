"""The five seed articles through the CLI (issue 2 "done when"): cleaning with reasons, the appended
article, the date, the export, one story, and later copies marked as duplicates.

Assertions use short fragments only (the seeds are never copied into the repository).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from rasd.export import validate_export
from rasd.models import Document
from rasd.store import Store
from rasd.text.normalize import norm_key
from tests.e2e.helpers import by_source, cli, no_traceback, stored

FOURTH = "003_"
BOILERPLATE_REASONS = ("prompt", "copyright", "tags", "byline", "dateline", "duplicate-title", "stray-code")


@dataclass(frozen=True)
class SeedRun:
    db: str
    report: Path
    output: str
    docs: dict[str, Document]


@pytest.fixture(scope="module")
def seed_run(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> SeedRun:
    tmp = tmp_path_factory.mktemp("seeds")
    db, report = str(tmp / "seeds.db"), tmp / "report.html"
    res = cli(["analyze", str(seeds_dir), "--db", db, "-o", str(report)])
    assert res.exit_code == 0, res.output
    no_traceback(res.output)
    return SeedRun(db, report, res.stdout, by_source(stored(db)))


def _fourth(run: SeedRun) -> Document:
    return next(d for name, d in run.docs.items() if name.startswith(FOURTH))


def test_five_arabic_documents_stored(seed_run: SeedRun, seed_texts: dict[str, str]) -> None:
    assert sorted(seed_run.docs) == sorted(seed_texts)
    for name, doc in seed_run.docs.items():
        assert doc.status == "ok" and doc.language == "ar", (name, doc.error)
        seed = seed_texts[name].lstrip("\ufeff")  # raw text kept; only odd spaces may become " "
        assert re.sub(r"\s", " ", doc.raw_text) == re.sub(r"\s", " ", seed), name
        assert doc.sentences and doc.entities and doc.statements, name
    listing = cli(["list", "--db", seed_run.db])
    assert listing.exit_code == 0
    assert all(d.id in listing.stdout for d in seed_run.docs.values())


def test_boilerplate_removed_with_reasons(seed_run: SeedRun) -> None:
    shown = ""
    for doc in seed_run.docs.values():
        res = cli(["show", doc.id, "--removed", "--db", seed_run.db])
        assert res.exit_code == 0, res.output
        shown += res.stdout
        for r in doc.removed:  # provenance: offsets point into the raw text
            assert doc.raw_text[r.start : r.end] == r.text
            assert r.reason and r.rule
    reasons = {d_r.reason for d in seed_run.docs.values() for d_r in d.removed}
    for reason in BOILERPLATE_REASONS:
        assert reason in reasons, (reason, sorted(reasons))
        assert re.search(rf"│\s*{re.escape(reason)}\s*│", shown), reason


def test_appended_article_removed_and_date_found(seed_run: SeedRun) -> None:
    doc = _fourth(seed_run)
    appended = [r for r in doc.removed if r.reason == "appended-article"]
    assert appended, [r.reason for r in doc.removed]
    marker = norm_key("اقرأ أيضا")
    assert marker in norm_key(doc.raw_text)
    assert marker not in norm_key(doc.text)
    assert "علا شحود" in doc.raw_text and "علا شحود" not in doc.text  # the appended article's writer
    assert doc.published == "2024-10-27"
    res = cli(["show", doc.id[:8], "--db", seed_run.db, "--no-text"])
    assert res.exit_code == 0 and "2024-10-27" in res.stdout


def test_export_validates(seed_run: SeedRun, tmp_path: Path) -> None:
    out = tmp_path / "f.json"
    res = cli(["export", "-o", str(out), "--validate", "--db", seed_run.db])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    validate_export(data)
    assert {d["id"] for d in data["documents"]} == {d.id for d in seed_run.docs.values()}
    assert len(data["stories"]) == 1


def test_seeds_form_one_story(seed_run: SeedRun) -> None:
    stories = {d.story for d in seed_run.docs.values()}
    assert len(stories) == 1 and None not in stories
    res = cli(["stories", "--db", seed_run.db])
    assert res.exit_code == 0 and "1 story" in res.stdout
    with Store.open(seed_run.db) as store:
        (story,) = store.load_stories()
    assert sorted(story.documents) == sorted(d.id for d in seed_run.docs.values())
    assert story.independent_sources >= 4
    assert seed_run.report.is_file() and seed_run.report.stat().st_size > 10_000


def test_one_story_with_a_retrieval_date(seeds_dir: Path, tmp_path: Path) -> None:
    """Relative stamps resolved against --retrieved spread the dates over a few days: still one story."""
    db = str(tmp_path / "r.db")
    args = ["analyze", str(seeds_dir), "--db", db, "-o", str(tmp_path / "r.html")]
    res = cli([*args, "--retrieved", "2024-11-30"])
    assert res.exit_code == 0, res.output
    docs = stored(db)
    assert len({d.published for d in docs if d.published}) >= 2  # the test needs spread dates
    assert len({d.story for d in docs}) == 1, sorted((d.published or "-", d.story or "-") for d in docs)


def _lightly_edited(text: str) -> str:
    edited = text.replace(" في ", " فى ", 3)
    assert edited != text
    return edited + "\nتم تحديث هذا الخبر.\n"


def test_later_copies_are_duplicates(seeds_dir: Path, seed_texts: dict[str, str], tmp_path: Path) -> None:
    db = str(tmp_path / "copies.db")
    assert cli(["analyze", str(seeds_dir), "--db", db, "-o", str(tmp_path / "r.html")]).exit_code == 0
    with Store.open(db) as store:
        (before,) = store.load_stories()
    originals = by_source(stored(db))
    names = sorted(seed_texts)
    exact_of, edited_of = names[1], names[2]

    later = tmp_path / "later"
    later.mkdir()
    record = {"url": "https://copies.example.invalid/a/1", "source": "صحيفة النسخ الخيالية"}
    (later / "syndicated.json").write_text(
        json.dumps([record | {"content": seed_texts[exact_of]}], ensure_ascii=False), encoding="utf-8"
    )
    (later / "edited.txt").write_text(_lightly_edited(seed_texts[edited_of]), encoding="utf-8")
    res = cli(["ingest", str(later), "--db", db])
    assert res.exit_code == 0, res.output

    docs = by_source(stored(db))
    assert len(docs) == 7
    exact, edited = docs["syndicated.json#0"], docs["edited.txt"]
    assert exact.id != originals[exact_of].id and edited.id != originals[edited_of].id
    assert exact.duplicate_of == originals[exact_of].id, (exact.duplicate_of, exact.duplicate_kind)
    assert edited.duplicate_of == originals[edited_of].id, (edited.duplicate_of, edited.duplicate_kind)
    with Store.open(db) as store:
        (after,) = store.load_stories()
    assert after.id == before.id
    assert {exact.id, edited.id} <= set(after.documents)
    assert after.independent_sources == before.independent_sources
