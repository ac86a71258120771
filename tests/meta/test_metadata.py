from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ingest import IngestOptions, iter_inputs
from rasd.meta.stage import MetadataStage
from rasd.models import Document, MetaValue, Removed
from rasd.pipeline.stage import DocumentStage

BODY = (
    "أعلنت بلدية مدينة النخيل الخيالية اليوم عن افتتاح حديقة جديدة للأطفال في حي الزيتون.\n"
    "وقال رئيس البلدية إن الحديقة تضم ملاعب ومسارات للدراجات."
)
RETRIEVED = "2024-11-28T10:00:00Z"


def _doc(
    raw: str, removed: list[tuple[str, str]] = (), text: str | None = None, **fields: object
) -> Document:  # type: ignore[assignment]
    """A document whose cleaned text is ``text`` (default: raw minus the removed lines)."""
    spans = []
    for reason, line in removed:
        start = raw.index(line)
        spans.append(Removed(start, start + len(line), line, reason, "test"))
    if text is None:
        kept = [ln for ln in raw.split("\n") if ln not in {line for _, line in removed}]
        text = "\n".join(kept)
    return Document(id="t", raw_text=raw, text=text, removed=spans, **fields)  # type: ignore[arg-type]


def _meta(doc: Document) -> dict[str, tuple[str, str]]:
    return {k: (v.value, v.source) for k, v in doc.meta.items()}


def _seed_docs(seeds_dir: Path, retrieved: str | None = RETRIEVED) -> dict[str, Document]:
    try:
        from rasd.clean.stage import CleanStage
    except ImportError:  # the cleaner is not in this tree: infer from the raw text alone
        clean = None
    else:
        clean = CleanStage()
    out = {}
    for item in iter_inputs([str(seeds_dir)], IngestOptions(retrieved=retrieved)):
        assert isinstance(item, Document)
        if clean is not None:
            clean(item)
        out[Path(item.source_path or "").name[:3]] = MetadataStage()(item)
    return out


def test_stage_protocol() -> None:
    stage = MetadataStage()
    assert isinstance(stage, DocumentStage)
    assert (stage.name, stage.version, stage.arabic_only) == ("metadata", "1", False)
    assert stage.requires == {"text", "removed"} and stage.provides == {"meta"}


def test_seed_dateline_and_outlet_tag(seeds_dir: Path) -> None:
    doc = _seed_docs(seeds_dir)["003"]
    assert doc.published == "2024-10-27" and doc.published_source == "text:dateline"
    assert doc.meta["published_granularity"].value == "day"
    assert doc.outlet is not None and "المستقلة" in doc.outlet
    assert doc.meta["outlet"].source in ("text:source-line", "text:dateline")
    assert doc.title is not None and doc.title.startswith("كوريا الجنوبية تعزز تعاونها")


def test_seed_copyright_outlet(seeds_dir: Path) -> None:
    doc = _seed_docs(seeds_dir)["004"]
    assert _meta(doc)["outlet"] == ("خليجي 247", "text:copyright")
    assert doc.title is None  # the text opens with a paragraph, not a headline
    assert doc.published is None


def test_seed_relative_stamp(seeds_dir: Path) -> None:
    doc = _seed_docs(seeds_dir)["001"]
    assert doc.published == "2024-10-29" and doc.published_source == "text:relative-stamp"
    assert doc.meta["published_granularity"].value == "month"
    unresolved = _seed_docs(seeds_dir, retrieved=None)["001"]
    assert unresolved.published is None and unresolved.meta["published_relative"].value == "منذ 1 شهر"


def test_seed_byline_author_and_title(seeds_dir: Path) -> None:
    docs = _seed_docs(seeds_dir)
    assert docs["002"].meta["author"] == MetaValue("هاني كمال الدين", "text:byline")
    assert docs["002"].title is not None and docs["002"].title.startswith("وزير الخارجية الكوري")
    assert docs["000"].meta["title"].source == "text:title-line"


def test_input_metadata_wins() -> None:
    raw = "عنوان من النص لا يستخدم هنا\n" + BODY + "\n© 2024 صحيفة أخرى. جميع الحقوق محفوظة."
    doc = _doc(
        raw,
        title="عنوان الإدخال",
        outlet="الواحة",
        published="Sun, 27 Oct 2024 08:00:00 GMT",
        published_source="input",
        url="https://alwaha.example/a",
    )
    MetadataStage()(doc)
    assert (doc.title, doc.outlet, doc.published, doc.url) == (
        "عنوان الإدخال",
        "الواحة",
        "2024-10-27",
        "https://alwaha.example/a",
    )
    meta = _meta(doc)
    assert meta["published"] == ("2024-10-27", "input") and meta["outlet"] == ("الواحة", "input")
    assert meta["url"] == ("https://alwaha.example/a", "input") and doc.published_source == "input"


def test_unreadable_input_date_falls_back_to_text() -> None:
    raw = "نشر في 12 مارس 2023\n" + BODY
    doc = MetadataStage()(_doc(raw, [("dateline", "نشر في 12 مارس 2023")], published="قريبا"))
    assert doc.published == "2023-03-12" and doc.published_source == "text:dateline"
    assert doc.meta["published_input"].value == "قريبا"


@pytest.mark.parametrize(
    ("tail", "reason", "outlet", "source"),
    [
        ("المصدر: صحيفة الواحة الخيالية", "source-line", "صحيفة الواحة الخيالية", "text:source-line"),
        ("جميع الحقوق محفوظة لموقع نخلة نيوز © 2023", "copyright", "نخلة نيوز", "text:copyright"),
        ("Copyright © 2023 Oasis Daily. All rights reserved.", "copyright", "Oasis Daily", "text:copyright"),
        ("بقلم: رويترز", "byline", "رويترز", "text:byline"),
    ],
)
def test_outlet_from_removed_lines(tail: str, reason: str, outlet: str, source: str) -> None:
    doc = MetadataStage()(_doc(BODY + "\n" + tail, [(reason, tail)]))
    assert _meta(doc)["outlet"] == (outlet, source)


def test_generic_source_line_is_not_an_outlet() -> None:
    doc = MetadataStage()(_doc(BODY + "\nالمصدر: وكالات", [("source-line", "المصدر: وكالات")]))
    assert doc.outlet is None and "outlet" not in doc.meta


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("الرياض (واس) - أعلنت البلدية الخيالية خطة جديدة.", "واس"),
        ("النخيل - أ ف ب - أعلنت البلدية الخيالية خطة جديدة.", "فرانس برس"),
        ("الواحة نيوز/- أعلنت البلدية الخيالية خطة جديدة.", "الواحة نيوز"),
    ],
)
def test_dateline_agency_tag(opening: str, outlet: str) -> None:
    doc = MetadataStage()(_doc(opening + "\n" + BODY))
    assert _meta(doc)["outlet"] == (outlet, "text:dateline")


def test_url_domain_before_dateline_tag() -> None:
    doc = MetadataStage()(_doc("الرياض (واس) - خبر.\n" + BODY, url="https://www.oasis.example/news/1"))
    assert _meta(doc)["outlet"] == ("oasis.example", "url:domain")


def test_title_from_first_line_or_duplicate_title() -> None:
    title = "بلدية النخيل تفتتح حديقة جديدة للأطفال"
    doc = MetadataStage()(_doc(title + "\n" + BODY))
    assert _meta(doc)["title"] == (title, "text:title-line")
    raw = "قسم المنوعات\n" + title + "\n" + title + "\n" + BODY
    doc = MetadataStage()(_doc(raw, [("rubric", "قسم المنوعات")], text=title + "\n" + BODY))
    assert doc.title == title
    doc = MetadataStage()(_doc(BODY))
    assert doc.title is None and "title" not in doc.meta


def test_nothing_to_infer_leaves_nulls() -> None:
    doc = MetadataStage()(_doc(BODY))
    assert (doc.outlet, doc.published, doc.published_source, doc.url) == (None, None, None, None)
    assert doc.meta == {}


@pytest.mark.parametrize(
    "opening",
    [
        "وقال المسؤول في البلدية الخيالية لوكالة (رويترز): إن الحديقة ستفتح غدا.",
        "وبحسب ما نقلته (واس): فإن المشروع اكتمل.",
        "صورة لأطفال يلعبون في حديقة النخيل الخيالية (واس)",
    ],
)
def test_agency_inside_a_sentence_or_caption_is_not_a_dateline_tag(opening: str) -> None:
    doc = MetadataStage()(_doc(BODY + "\n" + opening))
    assert doc.outlet is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("كتب – سامر الخيالي", "سامر الخيالي"),
        ("إعداد وترجمة: ليلى الوهمية", "ليلى الوهمية"),
        ("بقلم سامر الخيالي", "سامر الخيالي"),
        ("By Jane Imaginary", "Jane Imaginary"),
        ("متابعة دؤوبة من البلدية", None),
        ("تحرير الصور بالهاتف", None),
    ],
)
def test_byline_author(line: str, author: str | None) -> None:
    doc = MetadataStage()(_doc(line + "\n" + BODY))
    assert (doc.meta["author"].value if "author" in doc.meta else None) == author


def test_date_label_inside_a_long_sentence_is_not_a_dateline() -> None:
    sentence = (
        "وكانت البلدية الخيالية قد أصدرت قرارا بتاريخ 12 مارس 2023 يقضي بإنشاء الحديقة على أرض "
        "زراعية قديمة في أطراف حي الزيتون بعد مشاورات طويلة مع السكان"
    )
    doc = MetadataStage()(_doc(sentence + "\n" + BODY))
    assert doc.published is None


def test_rerunning_the_stage_gives_the_same_result(seeds_dir: Path) -> None:
    for doc in _seed_docs(seeds_dir).values():
        before = (doc.title, doc.outlet, doc.published, doc.published_source, _meta(doc))
        MetadataStage()(doc)
        assert (doc.title, doc.outlet, doc.published, doc.published_source, _meta(doc)) == before


FUZZ_ALPHABET = "ابتمنكلةيى 0123456789:/-–()©.،\nمنذقبلساعةشهرنشرفيتاريخ"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(FUZZ_ALPHABET), max_size=120))
def test_stage_never_raises_on_odd_text(text: str) -> None:
    doc = MetadataStage()(Document(id="f", raw_text=text, text=text, retrieved="2024-11-28"))
    if doc.published is not None:
        assert dt.date.fromisoformat(doc.published)
        assert doc.published_source in ("text:dateline", "text:relative-stamp")
    assert all(isinstance(v, MetaValue) for v in doc.meta.values())
