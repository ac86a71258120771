"""Two ingests on one database at the same time: the links one writes are not lost to the other.

The interleaving is made deterministic: ingest B's documents are stored first (its collection stages
still to run), then ingest A runs, and B's collection stages finish while A's are running — what
happens when two `rasd ingest` processes overlap.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from rasd import api
from rasd.models import Document
from rasd.pipeline.stage import CollectionContext
from rasd.store import Store
from tests.e2e.helpers import stored, write_corpus

N = 12


class _OtherProcessFinishes:
    """A pseudo collection stage: the other ingest's collection stages run to the end meanwhile."""

    name = "other-process"
    version = "1"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()

    def __init__(self, db: str, ids: Sequence[str]) -> None:
        self.db, self.ids, self.done = db, list(ids), False

    def run(self, docs: Sequence[Document], ctx: CollectionContext) -> None:
        if self.done:
            return
        self.done = True
        with Store.open(self.db) as other:
            api.run_collection_stages(other, self.ids)


def test_overlapping_ingests_keep_every_story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path / "a", N, 0)
    write_corpus(tmp_path / "b", N, 1000)
    db = str(tmp_path / "c.db")
    b_ids = api.ingest([str(tmp_path / "b")], db, collections=False).document_ids
    assert len(b_ids) == N
    real = api.collection_stages
    other = _OtherProcessFinishes(db, b_ids)

    def stages() -> list[Any]:
        return [*real(), other]

    monkeypatch.setattr(api, "collection_stages", stages)
    api.ingest([str(tmp_path / "a")], db)
    assert other.done
    docs = stored(db)
    assert len(docs) == 2 * N and all(d.status == "ok" for d in docs)
    lost = sorted(Path(d.source_path or "").parent.name for d in docs if not d.story)
    assert not lost, f"{len(lost)} documents lost their story: {lost[:3]}..."
