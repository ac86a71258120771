"""Documents: exact round-trip, upsert, prefix look-up, streaming order, links and failures."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.errors import NotFoundError, StoreError
from rasd.models import (
    DateMention,
    Document,
    EntityMention,
    MetaValue,
    Quantity,
    Removed,
    Sentence,
    Statement,
    Token,
)
from rasd.store import AmbiguousReferenceError, DocumentLink, Store
from tests.store.docs import fictional_doc


def without_tokens(doc: Document) -> Document:
    return dataclasses.replace(doc, tokens=[])


def test_round_trip_fully_annotated(store: Store) -> None:
    doc = fictional_doc(7, k=3)
    doc.tokens = [Token(0, 3, "abc")]
    doc.story, doc.duplicate_of, doc.duplicate_kind, doc.duplicate_score = "st1", "x", "near", 0.93
    store.save_document(doc)
    got = store.get_document(doc.id)
    assert got == without_tokens(doc)
    assert got.tokens == []  # tokens are recomputed, never stored
    assert got.statements[1].via == ["وكالة خيالية"]


def test_upsert_is_idempotent_and_replaces_layers(store: Store) -> None:
    doc = fictional_doc(1, k=4)
    store.save_document(doc)
    store.save_document(doc)
    assert store.count_documents() == {"ok": 1}
    first = store.list_documents()[0]
    doc.removed = doc.removed[:1]
    doc.quantities = []
    doc.status, doc.error = "failed", "stage 'ner' failed: boom"
    store.save_document(doc)
    got = store.get_document(doc.id)
    assert got == without_tokens(doc)
    summary = store.list_documents()[0]
    assert summary.n_removed == 1 and summary.status == "failed"
    assert store.count_documents() == {"failed": 1}
    # re-saving keeps the document's place in the ingestion order
    assert [d.id for d in store.iter_documents()] == [first.id]


def test_save_documents_counts_and_orders_by_ingestion(store: Store) -> None:
    docs = [fictional_doc(i) for i in (5, 3, 9, 1, 4, 8, 2)]
    assert store.save_documents(docs, batch=3) == 7
    assert [d.id for d in store.iter_documents(batch=2)] == [d.id for d in docs]
    assert [s.id for s in store.list_documents()] == [d.id for d in docs]
    assert [s.id for s in store.list_documents(limit=2)] == [docs[0].id, docs[1].id]
    wanted = [docs[4].id, docs[0].id, "ffffffffffffffff"]
    assert [d.id for d in store.iter_documents(ids=wanted)] == [docs[0].id, docs[4].id]
    assert store.existing_ids(wanted) == {docs[0].id, docs[4].id}
    assert store.has_document(docs[2].id) and not store.has_document("nope")


def test_iter_documents_filters_by_status(store: Store) -> None:
    docs = [fictional_doc(i) for i in range(6)]
    for d in docs[::2]:
        d.status = "skipped"
    store.save_documents(docs)
    assert [d.id for d in store.iter_documents(status="skipped", batch=1)] == [d.id for d in docs[::2]]
    assert [d.id for d in store.iter_documents(ids=[docs[1].id, docs[2].id], status="ok")] == [docs[1].id]
    assert store.count_documents() == {"ok": 3, "skipped": 3}


def test_prefix_lookup_and_ambiguity(store: Store) -> None:
    a = dataclasses.replace(fictional_doc(1), id="abc1000000000000")
    b = dataclasses.replace(fictional_doc(2), id="abc2000000000000")
    store.save_documents([a, b])
    assert store.get_document("abc1").id == a.id
    assert store.get_document(b.id).id == b.id
    with pytest.raises(AmbiguousReferenceError, match="ambiguous"):
        store.get_document("abc")
    with pytest.raises(NotFoundError, match="no document"):
        store.get_document("zzz")
    with pytest.raises(NotFoundError):
        store.get_document("ABC1")  # prefixes are case-sensitive on every backend
    with pytest.raises(NotFoundError):
        store.get_document("abc_%")  # no LIKE wildcards


def test_bad_document_is_a_failure_not_a_crash(store: Store) -> None:
    good, bad = fictional_doc(1), fictional_doc(2)
    bad.raw_text = "binary\x00junk"
    with pytest.raises(StoreError, match="NUL"):
        store.save_document(bad)
    assert store.save_documents([bad, good]) == 1
    assert [d.id for d in store.iter_documents()] == [good.id]
    [failure] = store.failures()
    assert failure.source == bad.source_path and "NUL" in failure.error


def test_failures_are_recorded_in_order(store: Store) -> None:
    store.record_failure("a.zip:1.json", "not valid JSON")
    store.record_failure("b.html", "binary data")
    got = store.failures()
    assert [(f.source, f.error) for f in got] == [
        ("a.zip:1.json", "not valid JSON"),
        ("b.html", "binary data"),
    ]
    assert got[0].id < got[1].id and got[0].at <= got[1].at


def test_update_links(store: Store) -> None:
    docs = [fictional_doc(i) for i in range(3)]
    store.save_documents(docs)
    store.update_links(
        [
            DocumentLink(
                docs[1].id, story="s1", duplicate_of=docs[0].id, duplicate_kind="exact", duplicate_score=1.0
            ),
            DocumentLink(docs[0].id, story="s1"),
            DocumentLink("missing", story="s2"),
        ]
    )
    got = store.get_document(docs[1].id)
    assert (got.story, got.duplicate_of, got.duplicate_kind, got.duplicate_score) == (
        "s1",
        docs[0].id,
        "exact",
        1.0,
    )
    assert store.get_document(docs[0].id).story == "s1"
    assert store.get_document(docs[2].id).story is None
    assert store.list_documents()[1].duplicate_of == docs[0].id


def test_closed_store_raises(db_url: str) -> None:
    s = Store.open(db_url)
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count_documents()


# -- hypothesis: any well-formed document round-trips exactly ------------------------------------
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
OPT = st.none() | TEXT
OFF = st.integers(0, 10_000)
NUM = st.none() | st.floats(allow_nan=False, allow_infinity=False, width=64)
ACTS = st.sampled_from(["say", "deny", "allege", "warn", "express_concern", "admit"])

STATEMENT = st.builds(
    Statement,
    id=TEXT,
    speaker=OPT,
    speaker_start=st.none() | OFF,
    speaker_end=st.none() | OFF,
    speaker_entity=OPT,
    cue=TEXT,
    cue_start=OFF,
    cue_end=OFF,
    act=ACTS,
    negated=st.booleans(),
    content=TEXT,
    start=OFF,
    end=OFF,
    content_start=OFF,
    content_end=OFF,
    direct=st.booleans(),
    via=st.lists(TEXT, max_size=2),
    date=OPT,
    sentence=OFF,
)
DOCUMENT = st.builds(
    Document,
    id=st.text("0123456789abcdef", min_size=16, max_size=16),
    raw_text=TEXT,
    source_path=OPT,
    url=OPT,
    outlet=OPT,
    title=OPT,
    published=OPT,
    language=OPT,
    text=TEXT,
    removed=st.lists(st.builds(Removed, OFF, OFF, TEXT, TEXT, TEXT), max_size=3),
    meta=st.dictionaries(TEXT, st.builds(MetaValue, TEXT, TEXT), max_size=3),
    sentences=st.lists(st.builds(Sentence, OFF, OFF, OFF), max_size=3),
    entities=st.lists(
        st.builds(
            EntityMention,
            TEXT,
            st.sampled_from(["PERS", "LOC"]),
            OFF,
            OFF,
            OPT,
            OPT,
            OPT,
            TEXT,
            st.booleans(),
        ),
        max_size=3,
    ),
    statements=st.lists(STATEMENT, max_size=2),
    quantities=st.lists(
        st.builds(Quantity, TEXT, OFF, OFF, NUM, NUM, NUM, OPT, OPT, OPT, OPT, st.booleans(), OFF), max_size=3
    ),
    dates=st.lists(st.builds(DateMention, TEXT, OPT, st.sampled_from(["day", "year"]), OFF, OFF), max_size=2),
    status=st.sampled_from(["ok", "failed", "skipped"]),
    error=OPT,
    stage_versions=st.dictionaries(TEXT, TEXT, max_size=3),
    story=st.none() | st.text("abc", min_size=1, max_size=8),
    duplicate_score=NUM,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=DOCUMENT)
def test_any_document_round_trips(store: Store, doc: Document) -> None:
    store.save_document(doc)
    assert store.get_document(doc.id) == without_tokens(doc)
    assert [d for d in store.iter_documents(ids=[doc.id])] == [without_tokens(doc)]


def test_malformed_record_is_a_failure_not_a_crash(store: Store) -> None:
    bad = fictional_doc(3)
    bad.meta = {"title": "a plain string instead of a MetaValue"}  # type: ignore[dict-item]
    nan = fictional_doc(4)
    nan.quantities[0].value = float("nan")  # not representable in JSON on any backend
    good = fictional_doc(5)
    assert store.save_documents([bad, nan, good]) == 1
    assert [d.id for d in store.iter_documents()] == [good.id]
    errors = [f.error for f in store.failures()]
    assert len(errors) == 2 and "malformed" in errors[0]
    with pytest.raises(StoreError):
        store.save_document(nan)
    long_story = fictional_doc(6)
    long_story.story = "s" * 65  # VARCHAR(64): refused alike on SQLite and PostgreSQL
    with pytest.raises(StoreError, match="story"):
        store.save_document(long_story)
