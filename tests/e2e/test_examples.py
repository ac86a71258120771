"""`rasd analyze examples/corpus`: the fictional dam story, the football story, the syndicated copy."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from rasd.models import Document
from tests.e2e.helpers import REPO, by_source, cli, no_traceback, stored

CORPUS = REPO / "examples" / "corpus"
DAM = "سد السهل"
FOOTBALL = "منتخب زهران"


@dataclass(frozen=True)
class ExampleRun:
    report: Path
    output: str
    docs: dict[str, Document]


@pytest.fixture(scope="module")
def example_run(tmp_path_factory: pytest.TempPathFactory) -> ExampleRun:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} not found")
    tmp = tmp_path_factory.mktemp("examples")
    shutil.copytree(CORPUS, tmp / "corpus")
    res = cli(["analyze", "corpus", "--db", "ex.db"], cwd=tmp)
    assert res.exit_code == 0, res.output
    no_traceback(res.output)
    return ExampleRun(tmp / "report.html", res.stdout, by_source(stored(str(tmp / "ex.db"))))


class _External(HTMLParser):
    """Resources a page would load from elsewhere (scripts, styles, images, frames)."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and a.get("src"):
            self.loads.append(f"{tag} {a['src']}")
        if tag == "link" and a.get("href"):
            self.loads.append(f"link {a['href']}")


def test_report_is_self_contained(example_run: ExampleRun) -> None:
    html = example_run.report.read_text(encoding="utf-8")
    assert "<html" in html and "سد السهل" in html
    parser = _External()
    parser.feed(html)
    assert [x for x in parser.loads if not x.split(" ", 1)[1].startswith("data:")] == []
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html)


def _title(doc: Document) -> str:
    return f"{doc.title or ''} {doc.text[:200]}"


def test_dam_articles_form_one_story_and_football_another(example_run: ExampleRun) -> None:
    docs = example_run.docs
    assert all(d.status == "ok" for d in docs.values()), {k: d.error for k, d in docs.items()}
    football = [d for d in docs.values() if FOOTBALL in _title(d)]
    dam = [d for d in docs.values() if d not in football and DAM in d.text]
    assert len(football) == 1 and len(dam) >= 5, sorted(docs)
    dam_stories = {d.story for d in dam}
    assert len(dam_stories) == 1, sorted((k, d.story or "-") for k, d in docs.items())
    assert football[0].story not in dam_stories


def test_syndicated_copy_is_a_duplicate(example_run: ExampleRun) -> None:
    copy, original = example_run.docs["04_khaleej_copy.txt"], example_run.docs["02_wakala_dam.txt"]
    assert copy.id != original.id
    assert copy.duplicate_of == original.id, (copy.duplicate_of, copy.duplicate_kind)
    assert copy.story == original.story
    assert original.duplicate_of is None
