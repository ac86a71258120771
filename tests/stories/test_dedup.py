from __future__ import annotations

import pytest

from rasd.pipeline.stage import CollectionContext, CollectionStage
from rasd.stories.dedup import (
    DedupIndex,
    DedupStage,
    count_independent_sources,
    exact_key,
    normalize_url,
    title_key,
)
from tests.stories.conftest import FakeStore, make_doc
from tests.stories.fictional import FILLER, FIRE, MATCH


def _seed(seed_texts: dict[str, str]) -> str:
    return next(iter(seed_texts.values()))


def test_stage_declaration() -> None:
    stage = DedupStage()
    assert isinstance(stage, CollectionStage)
    assert (stage.name, stage.version) == ("dedup", "1")
    assert stage.requires == {"text"} and stage.provides == {"duplicates"}


def test_exact_key_ignores_diacritics_spacing_and_letter_variants() -> None:
    assert exact_key("قالَ   الوزيرُ إنّ") == exact_key("قال الوزير ان")
    assert exact_key("مدرسة") == exact_key("مدرسه")
    assert exact_key("a b") != exact_key("a c")


def test_normalize_url() -> None:
    a = normalize_url("https://www.example.org/news/1/?utm_source=x&id=5#top")
    assert a == normalize_url("http://example.org/news/1?id=5")
    assert normalize_url("") is None and normalize_url(None) is None


def test_title_key_needs_enough_words() -> None:
    assert title_key("خبر قصير", "x", 4) is None
    assert title_key("الوزير يفتتح المعرض الدولي للكتاب", "x", 4) == title_key(
        "الوزير يفتتح المعرض الدولي للكتاب!", "x", 4
    )


def test_exact_and_edited_copies_of_a_seed(seed_texts: dict[str, str]) -> None:
    text = _seed(seed_texts)
    original = make_doc(text, outlet="a", published="2024-11-01")
    exact = make_doc(text.replace(" ", "  ") + "\n", outlet="b", published="2024-11-02")
    words = text.split()
    edited_text = " ".join([*words[:40], "(تحرير)", *words[40:-15]]) + " انتهى."
    edited = make_doc(edited_text, outlet="c", published="2024-11-03")
    other = make_doc(FIRE, outlet="d", published="2024-11-03")
    DedupStage().run([edited, other, exact, original], CollectionContext())
    assert original.duplicate_of is None and other.duplicate_of is None
    assert (exact.duplicate_of, exact.duplicate_kind, exact.duplicate_score) == (original.id, "exact", 1.0)
    assert edited.duplicate_of == original.id
    assert edited.duplicate_kind in {"near", "contained"}
    assert edited.duplicate_score is not None and edited.duplicate_score >= 0.6
    # copies add no independent source
    assert count_independent_sources([original, exact, edited]) == 1
    assert count_independent_sources([original, exact, edited, other]) == 2


def test_wire_copy_inside_a_longer_article_is_contained() -> None:
    wire = make_doc(MATCH, outlet="wire", published="2024-01-01")
    longer = make_doc(MATCH + "\n\n" + FIRE + "\n" + FILLER, outlet="paper", published="2024-01-02")
    DedupStage().run([wire, longer], CollectionContext())
    assert longer.duplicate_of == wire.id
    assert longer.duplicate_kind == "contained"


def test_title_url_key() -> None:
    a = make_doc(FIRE, url="https://news.example/a/1?utm_medium=rss", title="حريق", outlet="x")
    b = make_doc(MATCH, url="http://www.news.example/a/1", title="مباراة", outlet="x")
    DedupStage().run([a, b], CollectionContext())
    linked = [d for d in (a, b) if d.duplicate_of]
    assert len(linked) == 1 and linked[0].duplicate_kind == "title-url"


def test_unrelated_texts_are_not_duplicates() -> None:
    docs = [make_doc(t, outlet=o) for t, o in ((FIRE, "a"), (MATCH, "b"), (FILLER, "c"))]
    DedupStage().run(docs, CollectionContext())
    assert all(d.duplicate_of is None for d in docs)


def test_links_point_to_first_seen_and_chains_resolve() -> None:
    index = DedupIndex()
    first = make_doc(FIRE, outlet="a")
    second = make_doc(FIRE + " ", outlet="b")
    third = make_doc(FIRE + "  ", outlet="c")
    index.add(first)
    index.add(second)
    link = index.add(third)
    assert link is not None and link.duplicate_of == first.id


def test_index_persists_across_runs(store: FakeStore) -> None:
    first = make_doc(FIRE, outlet="a", published="2024-01-01")
    DedupStage().run([first], CollectionContext(store=store))
    assert store.get_state("stories.dedup")
    later = make_doc(FIRE.replace("ست ساعات", "سبع ساعات"), outlet="b", published="2024-01-02")
    DedupStage().run([later], CollectionContext(store=store))  # a fresh stage: state from the store
    assert later.duplicate_of == first.id and later.duplicate_kind == "near"
    assert store.links[later.id].duplicate_of == first.id
    # re-running an already seen document keeps its link
    again = make_doc(FIRE.replace("ست ساعات", "سبع ساعات"), outlet="b", published="2024-01-02")
    DedupStage().run([again], CollectionContext(store=store))
    assert again.duplicate_of == first.id


def test_bad_document_does_not_stop_the_batch(caplog: pytest.LogCaptureFixture) -> None:
    good = make_doc(FIRE, outlet="a")
    empty = make_doc("", outlet="b")
    copy = make_doc(FIRE, outlet="c")
    DedupStage().run([good, empty, copy], CollectionContext())
    assert empty.duplicate_of is None
    assert copy.duplicate_of == good.id or good.duplicate_of == copy.id
