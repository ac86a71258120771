"""Analyst corrections persist across re-runs and new ingests (fake store and the real Store)."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from rasd.entities import (
    CorrectionError,
    EntityStage,
    list_entities,
    merge_entities,
    rename_entity,
    show_entity,
    split_entity,
)
from rasd.entities.stage import EntityStore
from rasd.errors import NotFoundError
from rasd.models import Document
from rasd.pipeline.stage import CollectionContext
from tests.entities.conftest import make_doc


class FakeStore:
    """The slice of rasd.store.Store the entity code uses, in memory."""

    def __init__(self) -> None:
        self.docs: dict[str, Document] = {}
        self.entities: list[dict[str, Any]] = []
        self.corrections: list[dict[str, Any]] = []

    def save_entities(self, entities: Sequence[dict[str, Any]]) -> None:
        self.entities = [copy.deepcopy(e) for e in entities]

    def load_entities(self) -> list[dict[str, Any]]:
        return sorted(copy.deepcopy(self.entities), key=lambda e: e["id"])

    def add_correction(self, op: str, payload: dict[str, Any]) -> int:
        cid = len(self.corrections) + 1
        self.corrections.append({"id": cid, "op": op, "payload": copy.deepcopy(payload)})
        return len(self.corrections)

    def list_corrections(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self.corrections)

    def iter_documents(self) -> Iterator[Document]:
        return iter([copy.deepcopy(d) for d in self.docs.values()])

    def save_documents(self, docs: Sequence[Document]) -> int:
        for d in docs:
            self.docs[d.id] = copy.deepcopy(d)
        return len(docs)


def _docs() -> list[Document]:
    return [
        make_doc("قال المبعوث الخيالي يوهان برونسن إن الاتفاق قريب.", [("يوهان برونسن", "PERS")]),
        make_doc("وصرح جوهان برونسون بأن الاتفاق قريب في رواية خيالية.", [("جوهان برونسون", "PERS")]),
        make_doc("وصل الوفد الخيالي إلى سيول ثم إلى سول.", [("سيول", "LOC"), ("سول", "LOC")]),
        make_doc("قالت إلسا برونسن إن الفريق الخيالي جاهز.", [("إلسا برونسن", "PERS")]),
    ]


def _ingest(store: EntityStore, docs: list[Document]) -> None:
    """What the pipeline does: store documents, run the entity stage over all, store again."""
    store.save_documents(docs)
    all_docs = list(store.iter_documents())
    EntityStage().run(all_docs, CollectionContext(store=store))
    store.save_documents(all_docs)


def _entity_of(store: EntityStore, variant: str) -> str:
    ids = {r.id for r in list_entities(store) if variant in r.variants}
    assert len(ids) == 1, (variant, ids)
    return ids.pop()


def _check_corrections(store: EntityStore) -> None:
    _ingest(store, _docs())
    assert _entity_of(store, "يوهان برونسن") != _entity_of(store, "جوهان برونسون")
    merged = merge_entities(store, [_entity_of(store, "يوهان برونسن"), "جوهان برونسون"], name="يوهان برونسن")
    assert set(merged.variants) == {"يوهان برونسن", "جوهان برونسون"}
    assert merged.name == "يوهان برونسن"

    seoul = show_entity(store, "سيول")
    assert set(seoul.variants) == {"سيول", "سول"}
    moved = split_entity(store, seoul.id, ["سول"])
    assert set(moved.variants) == {"سول"}
    assert _entity_of(store, "سيول") != _entity_of(store, "سول")

    renamed = rename_entity(store, "إلسا برونسن", "إلسا برونسن (خيالية)")
    assert renamed.name == "إلسا برونسن (خيالية)"

    # a re-run and a new ingest keep every correction
    _ingest(store, [make_doc("وأكد يوهان برونسن أن الوفد الخيالي عاد.", [("يوهان برونسن", "PERS")])])
    rec = show_entity(store, "جوهان برونسون")
    assert set(rec.variants) == {"يوهان برونسن", "جوهان برونسون"} and rec.variants["يوهان برونسن"] == 2
    assert len(rec.documents) == 3
    assert _entity_of(store, "سيول") != _entity_of(store, "سول")
    assert show_entity(store, "إلسا برونسن").name == "إلسا برونسن (خيالية)"
    assert [r.type for r in list_entities(store, type="loc")] == ["LOC", "LOC"]
    assert {r.name for r in list_entities(store, query="برونس")} == {"يوهان برونسن", "إلسا برونسن (خيالية)"}
    docs = list(store.iter_documents())
    ids = {m.entity_id for d in docs for m in d.entities if m.text in {"يوهان برونسن", "جوهان برونسون"}}
    assert ids == {rec.id}


def test_corrections_persist_with_a_fake_store() -> None:
    _check_corrections(FakeStore())


def test_corrections_persist_with_the_real_store(tmp_path: Path) -> None:
    store_mod = pytest.importorskip("rasd.store")
    with store_mod.Store.open(str(tmp_path / "entities.db")) as store:
        _check_corrections(store)


def test_bad_references_are_clear_errors() -> None:
    store = FakeStore()
    _ingest(store, _docs())
    with pytest.raises(NotFoundError):
        show_entity(store, "لا أحد")
    with pytest.raises(CorrectionError):
        merge_entities(store, ["سيول", "سول"])  # one entity twice
    with pytest.raises(CorrectionError):
        split_entity(store, "سيول", ["موسكو"])
    with pytest.raises(CorrectionError):
        rename_entity(store, "سيول", "  ")


def test_unknown_correction_is_ignored() -> None:
    store = FakeStore()
    store.add_correction("explode", {"keys": ["k:N:سيول"]})
    _ingest(store, _docs())
    assert _entity_of(store, "سيول") == _entity_of(store, "سول")
