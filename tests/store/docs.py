"""Fictional, fully annotated documents for the store tests (original text, not from ../shared)."""

from __future__ import annotations

from rasd.models import (
    DateMention,
    Document,
    EntityMention,
    MetaValue,
    Quantity,
    Removed,
    Sentence,
    Statement,
)

WORDS = ("مدينة", "الوادي", "الأخضر", "أعلن", "المجلس", "عن", "افتتاح", "جسر", "جديد", "فوق", "النهر")


def fictional_doc(i: int, k: int | None = None) -> Document:
    """Document ``i`` with ``k`` items in every annotation layer and ``k`` removed spans.

    ``meta["k"]`` records ``k`` so that a reader can check that nothing is missing.
    """
    k = 1 + i % 5 if k is None else k
    body = " ".join(WORDS[(i + j) % len(WORDS)] for j in range(12)) + f" رقم {i}."
    raw = "قائمة الموقع | " * k + body
    text = body
    doc = Document(
        id=f"{i:016x}",
        raw_text=raw,
        source_path=f"/tmp/fiction/{i}.txt",
        url=f"https://example.invalid/news/{i}",
        outlet="صحيفة الوادي الخيالية",
        title=f"خبر خيالي {i}",
        published="2031-05-04",
        published_source="input",
        retrieved="2031-05-05T10:00:00+00:00",
        language="ar",
        encoding="utf-8",
        raw_hash=f"h{i}",
        text=text,
        status="ok",
        stage_versions={"clean": "1", "segment": "2"},
    )
    doc.meta = {"k": MetaValue(value=str(k), source="test"), "title": MetaValue(doc.title or "", "input")}
    step = len("قائمة الموقع | ")
    doc.removed = [
        Removed(j * step, (j + 1) * step, raw[j * step : (j + 1) * step], "menu", "nav") for j in range(k)
    ]
    first = text.split(" ")[0]
    n = len(first)
    doc.sentences = [Sentence(0, len(text), paragraph=j) for j in range(k)]
    doc.entities = [EntityMention(first, "LOC", 0, n, entity_id=f"e{j}", role=None) for j in range(k)]
    doc.statements = [
        Statement(
            id=f"{doc.id}:s{j}",
            speaker=first,
            speaker_start=0,
            speaker_end=n,
            speaker_entity=f"e{j}",
            cue="أعلن",
            cue_start=0,
            cue_end=n,
            act="announce",
            negated=bool(j % 2),
            content=text,
            start=0,
            end=len(text),
            content_start=0,
            content_end=len(text),
            direct=False,
            via=["وكالة خيالية"] if j % 2 else [],
            date="2031-05-04",
        )
        for j in range(k)
    ]
    doc.quantities = [
        Quantity(first, 0, n, value=float(j) + 0.5, low=1.0, high=2.0, unit="شخص", approximate="نحو")
        for j in range(k)
    ]
    doc.dates = [DateMention(first, "2031-05-04", "day", 0, n) for _ in range(k)]
    return doc
