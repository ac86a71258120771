"""Report fixtures: small SQLite stores with two fictional stories (plain and hostile)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.store import Store
from tests.report.builder import build_documents, build_entities, build_stories


def _store(path: Path, hostile: bool) -> Iterator[Store]:
    with Store.open(f"sqlite:///{path}") as store:
        docs = build_documents(hostile)
        store.save_documents(docs)
        store.save_stories(build_stories(docs, hostile))
        store.save_entities(build_entities(hostile))
        yield store


@pytest.fixture
def report_store(tmp_path: Path) -> Iterator[Store]:
    yield from _store(tmp_path / "plain.db", hostile=False)


@pytest.fixture
def hostile_store(tmp_path: Path) -> Iterator[Store]:
    yield from _store(tmp_path / "hostile.db", hostile=True)
