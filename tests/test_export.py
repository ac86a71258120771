"""Export: JSON/JSONL contents, schema validation (real and broken exports), atomic writes."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rasd.errors import RasdError
from rasd.export import build_export, load_schema, validate_export, validate_jsonl, write_export
from rasd.models import Document, EntityMention, Story, document_id
from rasd.store import Store
from rasd.text.segment import split_sentences, tokenize
from tests.store.docs import fictional_doc


def _story(sid: str, docs: list[str], analysis: dict[str, Any] | None = None) -> Story:
    return Story(
        id=sid,
        title="قصة خيالية",
        keywords=["جسر"],
        documents=docs,
        first_seen="2031-05-01",
        last_seen="2031-05-04",
        outlets=["صحيفة الوادي الخيالية"],
        independent_sources=1,
        analysis=analysis or {},
    )


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(tmp_path / "x.db")) as store:
        docs = [fictional_doc(i) for i in range(5)]
        docs[1].published = "4 May 2031"  # not ISO: exported as null
        docs[2].status, docs[2].error = "failed", "stage 'ner' failed: fictional"
        store.save_documents(docs)
        ev = {"document": docs[0].id, "outlet": None, "start": 0, "end": 4, "text": docs[0].text[:4]}
        source = {
            "speaker": "الوزير",
            "outlet": None,
            "document": docs[0].id,
            "stance": "supports",
            "statement_id": None,
            "date": None,
            "value": None,
            "evidence": ev,
        }
        claims = [
            {"id": "c1", "text": "افتتاح جسر", "kind": "statement", "sources": [source], "contradictions": []}
        ]
        store.save_stories(
            [
                _story("st1", [docs[0].id, docs[1].id], {"claims": claims, "timeline": [], "other": 1}),
                _story("st2", [docs[3].id]),
            ]
        )
        store.save_entities(
            [{"id": "e1", "name": "الوادي", "type": "LOC", "variants": ["وادي"], "documents": [docs[0].id]}]
        )
        yield store


def test_build_export_contents(filled: Store) -> None:
    data = build_export(filled)
    validate_export(data)
    assert data["schema"] == "rasd/1"
    assert [d["id"] for d in data["documents"]] == [fictional_doc(i).id for i in range(5)]
    doc = data["documents"][0]
    assert set(doc) == set(load_schema()["$defs"]["document"]["properties"])
    assert doc["removed"][0] == {
        "text": "قائمة الموقع | ",
        "reason": "menu",
        "rule": "nav",
        "start": 0,
        "end": 15,
    }
    assert doc["statements"][0]["act"] == "announce"
    assert data["documents"][1]["published"] is None
    assert data["documents"][2]["status"] == "failed"
    st1 = data["stories"][0]
    assert st1["claims"][0]["id"] == "c1" and st1["timeline"] == [] and "other" not in st1
    assert "claims" not in data["stories"][1]
    assert data["entities"] == [
        {
            "id": "e1",
            "name": "الوادي",
            "type": "LOC",
            "variants": ["وادي"],
            "documents": [doc["id"]],
            "role": None,
        }
    ]


def test_json_file_equals_build_export(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    write_export(filled, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    validate_export(data)
    expected = build_export(filled)
    data.pop("generated")
    expected.pop("generated")
    assert data == expected
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_jsonl_lines(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "export.jsonl"
    write_export(filled, "jsonl", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert validate_jsonl(lines) == 1 + 5 + 2 + 1
    records = [json.loads(line) for line in lines]
    assert [r["type"] for r in records] == ["header"] + ["document"] * 5 + ["story"] * 2 + ["entity"]
    assert records[0]["schema"] == "rasd/1" and records[0]["counts"] == {"failed": 1, "ok": 4}
    whole = build_export(filled)
    assert [{k: v for k, v in r.items() if k != "type"} for r in records[1:6]] == whole["documents"]


def test_stdout(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    write_export(filled, "jsonl", None)
    lines = capsys.readouterr().out.splitlines()
    assert validate_jsonl(lines) == 9


def test_empty_store_exports(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "e.db")) as store:
        write_export(store, "json", tmp_path / "e.json")
        data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
        validate_export(data)
        assert data["documents"] == data["stories"] == data["entities"] == []


class _Exploding:
    """A store whose document stream fails half-way (a crash during an export)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def iter_documents(self) -> Iterator[Document]:
        for i, doc in enumerate(self.store.iter_documents()):
            if i == 2:
                raise RuntimeError("disk vanished")
            yield doc

    def load_stories(self, include_merged: bool = False) -> list[Story]:
        return self.store.load_stories()

    def load_entities(self) -> list[dict[str, Any]]:
        return self.store.load_entities()

    def count_documents(self) -> dict[str, int]:
        return self.store.count_documents()


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_interrupted_export_leaves_no_partial_file(filled: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"old.{fmt}"
    out.write_text("previous export", encoding="utf-8")
    with pytest.raises(RuntimeError):
        write_export(_Exploding(filled), fmt, out)  # type: ignore[arg-type]
    assert out.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["old." + fmt, "x.db", "x.db-shm", "x.db-wal"]
    )


def test_unwritable_destination(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(RasdError, match="does not exist"):
        write_export(filled, "json", tmp_path / "missing" / "x.json")
    with pytest.raises(RasdError, match="unknown export format"):
        write_export(filled, "xml", tmp_path / "x.xml")  # type: ignore[arg-type]


# -- broken exports are rejected, naming the failing path ----------------------------------------
def _break(data: dict[str, Any], how: str) -> None:
    doc = data["documents"][0]
    if how == "act":
        doc["statements"][0]["act"] = "whisper"
    elif how == "negative":
        doc["entities"][0]["start"] = -1
    elif how == "float-offset":
        doc["dates"][0]["end"] = 2.5
    elif how == "missing":
        del doc["quantities"][0]["unit"]
    elif how == "extra":
        doc["entities"][0]["confidence"] = 0.5
    elif how == "schema":
        data["schema"] = "rasd/0"
    elif how == "published":
        doc["published"] = "May 2031"
    elif how == "offsets":
        doc["entities"][0]["end"] += 1
    elif how == "outside":
        doc["statements"][0]["content_end"] = len(doc["text"]) + 5
    elif how == "duplicate":
        data["documents"][1]["id"] = doc["id"]
    elif how == "story":
        del data["stories"][0]["documents"]


@pytest.mark.parametrize(
    ("how", "where"),
    [
        ("act", "$.documents[0].statements[0].act"),
        ("negative", "$.documents[0].entities[0].start"),
        ("float-offset", "$.documents[0].dates[0].end"),
        ("missing", "$.documents[0].quantities[0]"),
        ("extra", "$.documents[0].entities[0]"),
        ("schema", "$.schema"),
        ("published", "$.documents[0].published"),
        ("offsets", "$.documents[0].entities[0]"),
        ("outside", "$.documents[0].statements[0]"),
        ("duplicate", "$.documents[1].id"),
        ("story", "$.stories[0]"),
    ],
)
def test_broken_exports_are_rejected(filled: Store, how: str, where: str) -> None:
    data = build_export(filled)
    validate_export(data)
    broken = copy.deepcopy(data)
    _break(broken, how)
    with pytest.raises(RasdError) as info:
        validate_export(broken)
    message = str(info.value)
    assert where in message and "\n" not in message


def test_broken_jsonl_is_rejected(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    write_export(filled, "jsonl", None)
    lines = capsys.readouterr().out.splitlines()
    with pytest.raises(RasdError, match="header"):
        validate_jsonl(lines[1:])
    with pytest.raises(RasdError, match="line 2"):
        validate_jsonl([lines[0], "{not json"])
    doc = json.loads(lines[1])
    doc["dates"][0]["granularity"] = "fortnight"
    with pytest.raises(RasdError, match=r"line 2\.dates\[0\]\.granularity"):
        validate_jsonl([lines[0], json.dumps(doc)])
    with pytest.raises(RasdError, match="type"):
        validate_jsonl([lines[0], json.dumps({"type": "gossip"})])


# -- real articles (read from ../shared at run time) --------------------------------------------
def _real_docs(seed_texts: dict[str, str]) -> list[Document]:
    docs = []
    for name, raw in seed_texts.items():
        doc = Document(id=document_id(raw), raw_text=raw, source_path=name, text=raw.strip())
        doc.sentences = split_sentences(doc.text)
        tokens = tokenize(doc.text)
        doc.entities = [EntityMention(t.text, "MISC", t.start, t.end) for t in tokens[::7]]
        docs.append(doc)
    return docs


def test_real_articles_export_validates(seed_texts: dict[str, str], tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "real.db")) as store:
        store.save_documents(_real_docs(seed_texts))
        write_export(store, "json", tmp_path / "real.json")
        data = json.loads((tmp_path / "real.json").read_text(encoding="utf-8"))
    validate_export(data)
    assert len(data["documents"]) == len(seed_texts)
    for doc in data["documents"]:
        assert doc["entities"] and all(
            doc["text"][e["start"] : e["end"]] == e["text"] for e in doc["entities"]
        )


def test_real_articles_through_the_pipeline_validate(seed_texts: dict[str, str], tmp_path: Path) -> None:
    try:
        from rasd.pipeline.defaults import default_pipeline

        pipeline = default_pipeline()
    except (ImportError, RasdError) as exc:
        pytest.skip(f"the document pipeline is not available: {exc}")
    docs = []
    for name, raw in seed_texts.items():
        doc = Document(id=document_id(raw), raw_text=raw, source_path=name)
        docs.append(pipeline.run(doc))  # a failing stage marks the document failed; it is still exported
    with Store.open(str(tmp_path / "pipe.db")) as store:
        store.save_documents(docs)
        write_export(store, "jsonl", tmp_path / "pipe.jsonl")
    lines = (tmp_path / "pipe.jsonl").read_text(encoding="utf-8").splitlines()
    assert validate_jsonl(lines) >= 1 + len(seed_texts)
    for line in lines[1 : 1 + len(seed_texts)]:
        doc = json.loads(line)
        assert doc["text"] and doc["removed"] is not None
        raw = seed_texts[Path(doc["source_path"]).name]
        assert all(raw[r["start"] : r["end"]] == r["text"] for r in doc["removed"])


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_validate_while_writing(filled: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"ok.{fmt}"
    write_export(filled, fmt, out, validate=True)  # type: ignore[arg-type]
    bad = fictional_doc(99)
    bad.entities[0].end += 2  # text[start:end] no longer matches the mention
    filled.save_document(bad)
    broken = tmp_path / f"broken.{fmt}"
    with pytest.raises(RasdError, match=r"\$\.documents\[5\]\.entities\[0\]"):
        write_export(filled, fmt, broken, validate=True)  # type: ignore[arg-type]
    assert not broken.exists()
    write_export(filled, fmt, broken)  # without validation the export is written as stored


def test_entity_variant_counts_export_as_sorted_names(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "v.db")) as store:
        entity = {
            "id": "e1",
            "name": "سالم",
            "type": "PERS",
            "role": "وزير",
            "mentions": {"d": [[0, 4, "سالم"]]},
        }
        store.save_entities([entity | {"variants": {"سالم": 3, "أسالم": 1}, "documents": ["d"]}])
        data = build_export(store)
    validate_export(data)
    assert data["entities"] == [
        {
            "id": "e1",
            "name": "سالم",
            "type": "PERS",
            "variants": ["أسالم", "سالم"],
            "documents": ["d"],
            "role": "وزير",
        }
    ]


def test_documents_only_json(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "d.db")) as store:
        store.save_documents([fictional_doc(1), fictional_doc(2)])
        write_export(store, "json", tmp_path / "d.json", validate=True)
    data = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    validate_export(data)
    assert len(data["documents"]) == 2 and data["stories"] == [] and data["entities"] == []


class _Fake:
    """An in-memory export source with or without documents, stories and entities."""

    def __init__(self, docs: bool, stories: bool, entities: bool) -> None:
        self.flags = (docs, stories, entities)

    def iter_documents(self) -> Iterator[Document]:
        return iter([fictional_doc(1), fictional_doc(2)] if self.flags[0] else [])

    def load_stories(self, include_merged: bool = False) -> list[Story]:
        return [_story("s1", [fictional_doc(1).id])] if self.flags[1] else []

    def load_entities(self) -> list[dict[str, Any]]:
        return [{"id": "e1", "name": "الوادي", "type": "LOC"}] if self.flags[2] else []

    def count_documents(self) -> dict[str, int]:
        return {"ok": 2} if self.flags[0] else {}


@pytest.mark.parametrize("flags", [(a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1)])
def test_json_is_well_formed_whatever_is_empty(flags: tuple[int, int, int]) -> None:
    from rasd.export import iter_json

    data = json.loads("".join(iter_json(_Fake(*map(bool, flags)), validate=True)))
    validate_export(data)
    assert [len(data[k]) for k in ("documents", "stories", "entities")] == [2 * flags[0], flags[1], flags[2]]
