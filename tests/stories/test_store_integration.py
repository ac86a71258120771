"""The stages against the real rasd.store.Store (SQLite in a temporary folder)."""

from __future__ import annotations

from pathlib import Path

from rasd.pipeline.stage import CollectionContext
from rasd.store import Store
from rasd.stories.cluster import StoryStage, list_stories, show_story
from rasd.stories.dedup import DedupStage
from tests.stories.conftest import make_doc
from tests.stories.fictional import FILLER, FIRE, FIRE_FOLLOWUP, MATCH


def test_two_runs_on_sqlite(tmp_path: Path) -> None:
    first = [
        make_doc(FIRE, title="حريق في سوق وادي السنديان", outlet="a", published="2024-03-01"),
        make_doc(MATCH, title="نجوم السنديان يهزم شهاب الساحل", outlet="b", published="2024-03-01"),
    ]
    second = [
        make_doc(FIRE_FOLLOWUP, title="تعويضات لتجار سوق وادي السنديان", outlet="c", published="2024-03-02"),
        make_doc(FIRE + "\n", title="حريق في سوق وادي السنديان", outlet="d", published="2024-03-02"),
        make_doc(FILLER, outlet="e", published="2024-03-02"),
    ]
    with Store.open(str(tmp_path / "rasd.db")) as store:
        for batch in (first, second):
            store.save_documents(batch)
            ctx = CollectionContext(store=store)
            DedupStage().run(batch, ctx)
            StoryStage().run(batch, ctx)
        fire_story = first[0].story
        assert second[0].story == fire_story and second[1].story == fire_story
        assert second[1].duplicate_of == first[0].id and second[1].duplicate_kind == "exact"
        stories = list_stories(store)
        assert len(stories) == 3
        view = show_story(store, fire_story or "")
        assert {d.id for d in view.documents} == {first[0].id, second[0].id, second[1].id}
        assert view.story.independent_sources == 2
        assert [d["document"] for d in view.duplicates] == [second[1].id]
        saved = store.get_document(second[1].id)
        assert saved.story == fire_story and saved.duplicate_of == first[0].id
        assert [a.reason for a in store.assignments(second[1].id)] == ["duplicate:exact"]
