from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.models import Document, EntityMention
from rasd.pipeline.stage import DocumentStage
from rasd.statements import StatementsStage, extract_statements, link_speakers
from rasd.text.segment import split_sentences, tokenize

TEXT = "قال وزير النقل الخيالي باسل المروج إن القطار الجديد سيعمل قريبا."


def _doc(text: str) -> Document:
    d = Document(id="abc", raw_text=text, text=text)
    d.sentences = split_sentences(text)
    d.tokens = tokenize(text)
    return d


def test_stage_protocol() -> None:
    stage = StatementsStage()
    assert isinstance(stage, DocumentStage)
    assert stage.name == "statements" and stage.version == "30"
    assert stage.requires == frozenset({"sentences", "tokens"})
    assert stage.provides == frozenset({"statements"})
    assert stage.arabic_only


def test_stage_fills_statements_with_ids() -> None:
    d = StatementsStage()(_doc(TEXT + " " + TEXT))
    assert [s.id for s in d.statements] == ["abc:s0", "abc:s1"]
    assert [s.sentence for s in d.statements] == [0, 1]


def test_speaker_entity_from_overlapping_mention() -> None:
    d = _doc(TEXT)
    start = TEXT.index("باسل")
    d.entities = [EntityMention("باسل المروج", "PERS", start, start + len("باسل المروج"), entity_id="e1")]
    d = StatementsStage()(d)
    assert d.statements[0].speaker_entity == "e1"
    d.entities[0].entity_id = "e2"
    link_speakers(d)
    assert d.statements[0].speaker_entity == "e2"


def test_adjacent_entities_split_subject_and_object() -> None:
    text = "حثت زمردستان نوردلاند على وقف التصعيد."
    d = _doc(text)
    a, b = text.index("زمردستان"), text.index("نوردلاند")
    d.entities = [
        EntityMention("زمردستان", "LOC", a, a + 8, entity_id="z"),
        EntityMention("نوردلاند", "LOC", b, b + 8, entity_id="n"),
    ]
    d = StatementsStage()(d)
    assert d.statements[0].speaker == "زمردستان"
    assert d.statements[0].speaker_entity == "z"


def test_without_sentences_nothing_is_found() -> None:
    d = Document(id="x", raw_text=TEXT, text=TEXT)
    assert extract_statements(d) == []


_ALPHABET = st.sampled_from([*"قالتأكدنفيوإنأن“”«»:،,. \nمسرحبهشز", "وقال ", " إن ", "وأضافت: ", "بحسب "])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_any_text_gives_consistent_offsets(text: str) -> None:
    d = StatementsStage()(_doc(text))
    for s in d.statements:
        assert 0 <= s.cue_start < s.cue_end <= len(text)
        assert text[s.cue_start : s.cue_end] == s.cue
        assert text[s.content_start : s.content_end] == s.content
        assert s.speaker_start is not None and text[s.speaker_start : s.speaker_end] == s.speaker
        assert s.start <= s.cue_start and s.end >= s.cue_end
