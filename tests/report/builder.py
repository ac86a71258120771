"""Fictional report fixtures: documents annotated by hand (offsets found in our own texts).

Every text here is original and fictional (invented places: Nurestan, Sarabia, the Wadi Lumi
dam). ``hostile=True`` injects markup, ``javascript:`` URLs and bidi overrides everywhere.
"""

from __future__ import annotations

from typing import Any

from rasd.models import Document, EntityMention, Quantity, Statement, Story
from rasd.text.stage import SegmentStage

SCRIPT = "<script>window.__pwned=1;alert(1)</script>"
IMG = '<img src=x onerror="window.__pwned=2;alert(1)">'
SVG = '"><svg onload="window.__pwned=3;alert(1)">'
RLO = "\u202e"
LRI = "\u2066"

TEXT_A = (
    "أعلنت وزارة الري في نورستان أن 12 شخصا لقوا حتفهم في فيضان وادي لومي.\n"
    "وقال الوزير سامر الوردي إن السد لم ينهر بالكامل.\n"
    "ونفت الحكومة وجود أي تقصير في صيانة السد."
)
TEXT_B = (
    "قالت منظمة الغيث الإنسانية إن 40 شخصا لقوا حتفهم في فيضان وادي لومي.\n"
    "وأكد سامر الوردي أن السد انهار جزئيا.\n"
    "وأفاد شهود بأن المياه غمرت سوق سرابيا القديم."
)
TEXT_C = "أقيمت في مدينة سرابيا أمس مباراة ودية بين فريقي الشمال والجنوب انتهت بالتعادل."


def _at(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    i = text.index(piece, after)
    return i, i + len(piece)


def _doc(doc_id: str, text: str, outlet: str, title: str, published: str, url: str | None) -> Document:
    doc = Document(
        id=doc_id, raw_text=text, text=text, outlet=outlet, title=title, published=published, url=url
    )
    doc.language = "ar"
    SegmentStage()(doc)
    return doc


def _statement(doc: Document, n: int, speaker: str, cue: str, content: str, act: str) -> Statement:
    c0, c1 = _at(doc.text, cue)
    s0, s1 = _at(doc.text, speaker)
    k0, k1 = _at(doc.text, content)
    return Statement(
        id=f"{doc.id}:s{n}",
        speaker=speaker,
        speaker_start=s0,
        speaker_end=s1,
        speaker_entity=None,
        cue=cue,
        cue_start=c0,
        cue_end=c1,
        act=act,
        negated=act == "deny",
        content=content,  # type: ignore[arg-type]
        start=min(c0, s0),
        end=k1,
        content_start=k0,
        content_end=k1,
        direct=False,
    )


def _entity(doc: Document, piece: str, kind: str, eid: str) -> EntityMention:
    s, e = _at(doc.text, piece)
    return EntityMention(text=piece, type=kind, start=s, end=e, entity_id=eid)


def _quantity(doc: Document, piece: str, value: float, claimant: str) -> Quantity:
    s, e = _at(doc.text, piece)
    return Quantity(text=piece, start=s, end=e, value=value, unit="شخص", claimant=claimant)


def _evidence(doc: Document, sentence: int) -> dict[str, Any]:
    s = doc.sentences[sentence]
    return {
        "document": doc.id,
        "outlet": doc.outlet,
        "start": s.start,
        "end": s.end,
        "text": doc.text[s.start : s.end],
    }


def _source(
    doc: Document, sentence: int, speaker: str, stance: str, value: float | None = None
) -> dict[str, Any]:
    return {
        "speaker": speaker,
        "outlet": doc.outlet,
        "document": doc.id,
        "stance": stance,
        "statement_id": None,
        "date": doc.published,
        "value": value,
        "act": "say",
        "independent": True,
        "evidence": _evidence(doc, sentence),
    }


def build_documents(hostile: bool = False) -> list[Document]:
    h = (SCRIPT + RLO) if hostile else ""
    a = _doc(
        "doc-a",
        TEXT_A + ("\n" + SCRIPT if hostile else ""),
        "جريدة النهر" + h,
        "فيضان وادي لومي" + (IMG if hostile else ""),
        "2031-05-01",
        "javascript:alert(1)" if hostile else "https://example.org/a?x=1&y=2",
    )
    b = _doc(
        "doc-b",
        TEXT_B + (IMG + SVG if hostile else ""),
        "وكالة الغيث" + (SVG + LRI if hostile else ""),
        "حصيلة الفيضان ترتفع",
        "2031-05-02",
        "https://example.org/b",
    )
    c = _doc("doc-c", TEXT_C, "صحيفة الملعب", "تعادل ودي في سرابيا", "2031-05-02", None)
    a.statements = [
        _statement(a, 0, "وزارة الري", "أعلنت", "12 شخصا لقوا حتفهم", "announce"),
        _statement(a, 1, "الوزير سامر الوردي", "وقال", "السد لم ينهر بالكامل", "say"),
        _statement(a, 2, "الحكومة", "ونفت", "وجود أي تقصير في صيانة السد", "deny"),
    ]
    a.entities = [
        _entity(a, "وزارة الري", "ORG", "e-mw"),
        _entity(a, "نورستان", "LOC", "e-nu"),
        _entity(a, "سامر الوردي", "PERS", "e-sw"),
        _entity(a, "وادي لومي", "LOC", "e-wl"),
    ]
    a.quantities = [_quantity(a, "12 شخصا", 12, "وزارة الري")]
    b.statements = [
        _statement(b, 0, "منظمة الغيث الإنسانية", "قالت", "40 شخصا لقوا حتفهم", "say"),
        _statement(b, 1, "سامر الوردي", "وأكد", "السد انهار جزئيا", "confirm"),
    ]
    b.entities = [
        _entity(b, "منظمة الغيث الإنسانية", "ORG", "e-gh"),
        _entity(b, "سامر الوردي", "PERS", "e-sw"),
        _entity(b, "سرابيا", "LOC", "e-sa"),
    ]
    b.quantities = [_quantity(b, "40 شخصا", 40, "منظمة الغيث الإنسانية")]
    if hostile:
        b.statements[0].speaker = SCRIPT + RLO + "منظمة"
        b.entities[0].link = SVG
    c.entities = [_entity(c, "سرابيا", "LOC", "e-sa")]
    return [a, b, c]


def build_stories(docs: list[Document], hostile: bool = False) -> list[Story]:
    a, b, c = docs
    h = (IMG + RLO) if hostile else ""
    who = (SCRIPT + "سامر الوردي") if hostile else "سامر الوردي"
    claim_dam = {
        "id": "st-flood:c1",
        "text": "السد انهار" + h,
        "kind": "statement",
        "unit": None,
        "independent_sources": 2,
        "sources": [_source(a, 1, who, "denies"), _source(b, 1, "سامر الوردي", "supports")],
        "contradictions": [
            {
                "kind": "stance",
                "claim": "st-flood:c1",
                "a": _evidence(a, 1),
                "b": _evidence(b, 1),
                "detail": "denies vs supports" + h,
                "score": None,
            }
        ],
        "evolution": [
            {
                "date": "2031-05-01",
                "stance": "denies",
                "speaker": who,
                "outlet": a.outlet,
                "value": None,
                "evidence": _evidence(a, 1),
            },
            {
                "date": "2031-05-02",
                "stance": "supports",
                "speaker": "سامر الوردي",
                "outlet": b.outlet,
                "value": None,
                "evidence": _evidence(b, 1),
            },
        ],
    }
    claim_care = {
        "id": "st-flood:c2",
        "text": "تقصير في الصيانة",
        "kind": "statement",
        "unit": None,
        "independent_sources": 1,
        "sources": [_source(a, 2, "الحكومة", "denies"), _source(b, 2, "شهود", "unverified")],
        "contradictions": [],
        "evolution": [],
    }
    deaths = {
        "id": "st-flood:n1",
        "text": "قتلى",
        "kind": "numeric",
        "unit": "شخص" + h,
        "independent_sources": 2,
        "sources": [
            _source(a, 0, "وزارة الري", "reports", 12.0),
            _source(b, 0, "منظمة الغيث", "reports", 40.0),
            _source(b, 2, "وزارة الري", "reports", 15.0),
        ],
        "contradictions": [
            {
                "kind": "numeric",
                "claim": "st-flood:n1",
                "a": _evidence(b, 0),
                "b": _evidence(b, 2),
                "detail": "40 vs 15",
                "score": None,
            }
        ],
        "evolution": [],
    }
    flood = Story(
        id="st-flood",
        title="فيضان وادي لومي" + h,
        documents=[a.id, b.id],
        first_seen="2031-05-01",
        last_seen="2031-05-02",
        outlets=[a.outlet or "", b.outlet or ""],
        independent_sources=2,
        analysis={
            "claims": [claim_dam, claim_care, deaths],
            "briefing": [
                {
                    "text": a.sentence_text(0),
                    "document": a.id,
                    "outlet": a.outlet,
                    "start": a.sentences[0].start,
                    "end": a.sentences[0].end,
                    "claim": None,
                },
                {
                    "text": b.sentence_text(1) + h,
                    "document": b.id,
                    "outlet": b.outlet,
                    "start": b.sentences[1].start,
                    "end": b.sentences[1].end,
                    "claim": "st-flood:c1",
                },
            ],
            "timeline": [
                {
                    "date": "2031-05-01",
                    "granularity": "day",
                    "text": a.sentence_text(0),
                    "kind": "event",
                    "speaker": None,
                    "evidence": _evidence(a, 0),
                },
                {
                    "date": "2031-05-02",
                    "granularity": "day",
                    "text": b.sentence_text(1),
                    "kind": "statement",
                    "speaker": who,
                    "evidence": _evidence(b, 1),
                },
            ],
            "who_says_what": [],
            "version": "1",
        },
    )
    match = Story(
        id="st-match",
        title="تعادل ودي",
        documents=[c.id],
        first_seen="2031-05-02",
        last_seen="2031-05-02",
        outlets=[c.outlet or ""],
        independent_sources=1,
        analysis={"claims": [], "briefing": [], "timeline": [], "who_says_what": [], "version": "1"},
    )
    return [flood, match]


def build_entities(hostile: bool = False) -> list[dict[str, Any]]:
    h = SCRIPT + RLO if hostile else ""
    return [
        {
            "id": "e-sw",
            "name": "سامر الوردي" + h,
            "type": "PERS",
            "role": "وزير الري",
            "variants": {"سامر الوردي": 2, "الوردي" + h: 1},
            "documents": ["doc-a", "doc-b"],
        },
        {
            "id": "e-sa",
            "name": "سرابيا",
            "type": "LOC",
            "role": None,
            "variants": ["سرابيا"],
            "documents": ["doc-b", "doc-c"],
        },
        {
            "id": "e-xx",
            "name": "كيان غير مرتبط",
            "type": "ORG",
            "role": None,
            "variants": {},
            "documents": ["doc-zz"],
        },
    ]
