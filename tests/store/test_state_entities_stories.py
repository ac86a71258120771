"""State, cross-document entities, analyst corrections, stories, merges and assignment history."""

from __future__ import annotations

import pytest

from rasd.errors import NotFoundError, StoreError
from rasd.models import Story
from rasd.store import AmbiguousReferenceError, Store, StoryAssignment


def test_state_round_trips_json_and_replaces(store: Store) -> None:
    assert store.get_state("boilerplate:example.invalid") is None
    value = {"lines": ["اقرأ أيضا", "شارك"], "count": 3, "ratio": 0.5, "nested": {"ok": True}}
    store.set_state("boilerplate:example.invalid", value)
    assert store.get_state("boilerplate:example.invalid") == value
    store.set_state("boilerplate:example.invalid", [1, 2])
    assert store.get_state("boilerplate:example.invalid") == [1, 2]
    store.set_state("flag", False)
    assert store.get_state("flag") is False


def test_entities_are_replaced_as_a_whole(store: Store) -> None:
    first = [
        {
            "id": "e2",
            "name": "نهر الوادي",
            "type": "LOC",
            "role": None,
            "variants": ["الوادي"],
            "documents": ["d1"],
        },
        {"id": "e1", "name": "سالم الخيالي", "type": "PERS", "role": "وزير", "variants": []},
    ]
    store.save_entities(first)
    got = store.load_entities()
    assert [e["id"] for e in got] == ["e1", "e2"]
    assert got[1] == first[0]
    assert got[0] == first[1]
    store.save_entities([{"id": "e3", "name": "x", "type": "ORG"}])
    assert store.load_entities() == [{"id": "e3", "name": "x", "type": "ORG", "role": None}]
    store.save_entities([])
    assert store.load_entities() == []


def test_corrections_keep_their_order(store: Store) -> None:
    a = store.add_correction("merge", {"ids": ["e1", "e2"]})
    b = store.add_correction("rename", {"id": "e1", "name": "اسم جديد"})
    assert b > a
    got = store.list_corrections()
    assert [(c["id"], c["op"], c["payload"]) for c in got] == [
        (a, "merge", {"ids": ["e1", "e2"]}),
        (b, "rename", {"id": "e1", "name": "اسم جديد"}),
    ]
    assert all(isinstance(c["created_at"], str) for c in got)


def _story(sid: str, docs: list[str]) -> Story:
    return Story(
        id=sid,
        title=f"قصة {sid}",
        keywords=["جسر", "النهر"],
        documents=docs,
        duplicates=[{"document": docs[-1], "duplicate_of": docs[0], "kind": "near"}],
        first_seen="2031-05-01",
        last_seen="2031-05-04",
        outlets=["صحيفة أ", "صحيفة ب"],
        independent_sources=2,
        entities=["e1"],
        analysis={"claims": [{"id": "c1"}], "timeline": []},
    )


def test_stories_upsert_merge_and_follow(store: Store) -> None:
    s1, s2 = _story("st-aaa1", ["d1", "d2"]), _story("st-bbb1", ["d3"])
    store.save_stories([s1, s2])
    assert store.load_stories() == [s1, s2]
    s1.documents.append("d4")
    s1.title = "عنوان معدل"
    store.save_stories([s1])
    assert store.get_story("st-aaa1") == s1
    store.record_story_merge("st-aaa1", "st-bbb1", "shared documents")
    assert [s.id for s in store.load_stories()] == ["st-bbb1"]
    assert [s.id for s in store.load_stories(include_merged=True)] == ["st-aaa1", "st-bbb1"]
    assert store.get_story("st-aaa1") == s2  # follows merged_into
    store.save_stories([s1])  # a stale save does not revive a merged story
    assert [s.id for s in store.load_stories()] == ["st-bbb1"]
    [merge] = store.story_merges()
    assert (merge["old_id"], merge["new_id"], merge["reason"]) == ("st-aaa1", "st-bbb1", "shared documents")


def test_story_prefix_lookup(store: Store) -> None:
    store.save_stories([_story("st-aaa1", ["d1"]), _story("st-aab2", ["d2"])])
    assert store.get_story("st-aab").id == "st-aab2"
    with pytest.raises(AmbiguousReferenceError):
        store.get_story("st-aa")
    with pytest.raises(NotFoundError):
        store.get_story("nothing")


def test_assignment_history(store: Store) -> None:
    store.record_assignments(
        [StoryAssignment("d1", "st1", 0.8, "keywords"), StoryAssignment("d2", "st1", None, "seed")]
    )
    store.record_assignments([StoryAssignment("d1", "st2", 0.9, "moved after merge")])
    got = store.assignments()
    assert [(a.doc_id, a.story_id, a.score, a.reason) for a in got] == [
        ("d1", "st1", 0.8, "keywords"),
        ("d2", "st1", None, "seed"),
        ("d1", "st2", 0.9, "moved after merge"),
    ]
    assert [a.story_id for a in store.assignments("d1")] == ["st1", "st2"]
    assert all(a.at for a in got)


def test_bad_values_raise_store_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.set_state("k", object())
    with pytest.raises(StoreError, match="name"):
        store.save_entities([{"id": "e1", "type": "LOC"}])
    assert store.get_state("k") is None
    with pytest.raises(StoreError, match="story id"):
        store.save_stories([Story(id="s" * 65, title="t")])
    with pytest.raises(StoreError, match="id"):
        store.save_entities([{"id": "e" * 65, "name": "n", "type": "LOC"}])
    with pytest.raises(StoreError, match="state key"):
        store.set_state("x" * 201, 1)
