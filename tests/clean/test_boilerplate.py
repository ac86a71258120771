"""Site boilerplate learned from a synthetic multi-document outlet; persistence and merging."""

from __future__ import annotations

import pytest

from rasd.clean import CleanStage, SiteBoilerplate, clean_text, outlet_key
from rasd.clean.rules import line_key
from rasd.errors import ConfigError
from rasd.models import Document

PROMO = "صحيفة النخيل المتخيلة صوت المدينة الأول"
RECURRING = "وأكد المتحدث أن الاجتماع المقبل سيعقد في موعده المحدد دون أي تأجيل مهما كانت الظروف."


PLACES = [
    "الميناء",
    "السوق",
    "المطار",
    "الجسر",
    "المتحف",
    "الملعب",
    "المكتبة",
    "الحديقة",
    "المستشفى",
    "المدرسة",
    "المسرح",
    "النفق",
    "البرج",
    "المصنع",
]


def _doc(i: int, url: str = "https://www.nakheel.example/news/") -> Document:
    place = PLACES[i % len(PLACES)]
    body = (
        f"خبر عن {place} في مدينة النخيل الخيالية، وقال المسؤول إن العمل جار على قدم وساق "
        f"لإنجاز مشروع {place} قبل نهاية العام."
    )
    lines = [f"افتتاح {place} الجديد في مدينة النخيل", body, PROMO]
    if i < 2:
        lines.insert(2, RECURRING)
    return Document(id=f"d{i}", raw_text="\n".join(lines), url=f"{url}{i}")


def test_learn_and_clean() -> None:
    docs = [_doc(i) for i in range(12)]
    bp = SiteBoilerplate(min_docs=5).learn(docs)
    key = outlet_key(docs[0])
    assert key == "nakheel.example"
    result = clean_text(docs[0].raw_text, bp, key)
    assert [(r.reason, r.text) for r in result.removed] == [("site-boilerplate", PROMO)]
    assert RECURRING in result.text  # a real sentence seen twice is not boilerplate
    # another outlet is unaffected
    assert clean_text(docs[0].raw_text, bp, "other.example").removed == []
    stage = CleanStage(bp)
    assert PROMO not in stage(docs[3]).text


def test_min_docs_and_fraction() -> None:
    docs = [_doc(i) for i in range(4)]
    assert not SiteBoilerplate(min_docs=5).learn(docs).lines("nakheel.example")
    bp = SiteBoilerplate(min_docs=2, min_fraction=0.9).learn(
        [*docs, Document("x", "سطر آخر", url="https://nakheel.example/x")]
    )
    assert not bp.lines("nakheel.example")  # 4 of 5 documents is below 90%


def test_digits_are_folded() -> None:
    docs = [
        Document(f"d{i}", f"نص خيالي عن {PLACES[i]} في المدينة\nللاستفسار اتصل على 800{i}", outlet="Oasis")
        for i in range(8)
    ]
    bp = SiteBoilerplate().learn(docs)
    assert [r.reason for r in clean_text(docs[0].raw_text, bp, "oasis").removed] == ["site-boilerplate"]


def test_json_roundtrip_and_merge() -> None:
    a = SiteBoilerplate().learn(_doc(i) for i in range(3))
    b = SiteBoilerplate().learn(_doc(i) for i in range(3, 6))
    assert not a.lines("nakheel.example")
    merged = SiteBoilerplate.from_json(a.to_json()).merge(SiteBoilerplate.from_json(b.to_json()))
    assert merged.docs["nakheel.example"] == 6
    assert merged.is_boilerplate("nakheel.example", line_key(PROMO))
    assert SiteBoilerplate.from_json(merged.to_json()).to_json() == merged.to_json()


def test_bad_json_and_settings() -> None:
    with pytest.raises(ConfigError):
        SiteBoilerplate.from_json("{not json")
    with pytest.raises(ConfigError):
        SiteBoilerplate.from_json('{"min_docs": 5}')
    with pytest.raises(ConfigError):
        SiteBoilerplate(min_docs=1)


def test_outlet_key_fallbacks() -> None:
    assert outlet_key(Document("a", "", outlet=" Oasis Daily ")) == "oasis daily"
    assert outlet_key(Document("a", "", url="http://www.example.org/a/b")) == "example.org"
    assert outlet_key(Document("a", "", source_path="/data/outlet_x/a.txt")) == "outlet_x"
    assert outlet_key(Document("a", "")) == ""


def test_incremental_batches_add_up() -> None:
    """One document per run, state persisted between runs, as the ingest runner does."""
    state = SiteBoilerplate().to_json()
    for i in range(8):
        bp = SiteBoilerplate.from_json(state)
        bp.learn([_doc(i)])
        state = bp.to_json()
    assert SiteBoilerplate.from_json(state).is_boilerplate("nakheel.example", line_key(PROMO))
