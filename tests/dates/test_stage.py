"""DatesStage and statement dating on hand-built documents."""

from __future__ import annotations

from rasd.dates import DatesStage, assign_statement_dates
from rasd.models import Document, Sentence, Statement
from rasd.text.segment import split_sentences

TEXT = "قال الوزير الخيالي أمس إن المصنع سيفتح. وأضاف أن العمل مستمر منذ عام 2019."


def _doc(published: str | None) -> Document:
    doc = Document(id="d1", raw_text=TEXT, text=TEXT, published=published)
    doc.sentences = split_sentences(TEXT)
    return doc


def _statement(doc: Document, sentence: int, cue: str) -> Statement:
    s: Sentence = doc.sentences[sentence]
    c = TEXT.index(cue, s.start)
    return Statement(
        id=f"s{sentence}", speaker="الوزير", speaker_start=None, speaker_end=None, speaker_entity=None,
        cue=cue, cue_start=c, cue_end=c + len(cue), act="say", negated=False, content="",
        start=s.start, end=s.end, content_start=c + len(cue), content_end=s.end, direct=False,
        sentence=sentence,
    )  # fmt: skip


def test_stage_offsets_and_anchor() -> None:
    doc = DatesStage()(_doc("2024-10-29T08:00:00"))
    assert [(d.text, d.value) for d in doc.dates] == [("أمس", "2024-10-28"), ("عام 2019", "2019")]
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text


def test_statement_dates() -> None:
    doc = DatesStage()(_doc("2024-10-29"))
    doc.statements = [_statement(doc, 0, "قال"), _statement(doc, 1, "وأضاف")]
    assign_statement_dates(doc)
    assert (doc.statements[0].date, doc.statements[0].date_source) == ("2024-10-28", "sentence")
    assert (doc.statements[1].date, doc.statements[1].date_source) == ("2024-10-29", "publication")


def test_statement_dates_unknown_without_publication() -> None:
    doc = DatesStage()(_doc(None))
    doc.statements = [_statement(doc, 1, "وأضاف")]
    assign_statement_dates(doc)
    assert (doc.statements[0].date, doc.statements[0].date_source) == (None, "unknown")


def test_bad_published_is_not_fatal() -> None:
    doc = DatesStage()(_doc("yesterday"))
    assert doc.dates[0].value is None


def test_stages_follow_the_protocol() -> None:
    from rasd.pipeline.stage import DocumentStage
    from rasd.quantities import QuantitiesStage

    for stage in (DatesStage(), QuantitiesStage()):
        assert isinstance(stage, DocumentStage)
    assert DatesStage().requires == {"sentences", "meta"} and DatesStage().provides == {"dates"}
