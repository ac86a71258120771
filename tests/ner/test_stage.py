"""NerStage: offsets into Document.text, hyphenated names as one span, lazy model loading."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rasd.models import Document, Sentence, Token
from rasd.ner.stage import NerStage, entities_for, merge_joined, sentence_token_groups
from rasd.ner.tagger import default_model_path
from rasd.text.segment import split_sentences, tokenize

# Original, fictional text written for this test.
FICTION = (
    "قال وزير الخارجية الكوري الجنوبي كيم هيونج-سو في سيول يوم الاثنين إن وفدا من جامعة القاهرة "
    "سيزور موسكو الشهر المقبل.\n"
    "وأضاف الرئيس الروسي فلاديمير بوتين أن الأمم المتحدة سترسل مراقبين إلى بيونج يانج."
)

needs_model = pytest.mark.skipif(not default_model_path().exists(), reason="shipped NER model not trained")


def _doc(text: str) -> Document:
    doc = Document(id="t", raw_text=text, text=text)
    doc.sentences = split_sentences(text)
    doc.tokens = [t for s in doc.sentences for t in tokenize(text, s.start, s.end)]
    return doc


def test_entities_for_merges_hyphenated_name() -> None:
    text = "التقى كيم هيونج-سو بالوفد"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["التقى", "كيم", "هيونج", "-", "سو", "بالوفد"]
    tags = ["O", "B-PERS", "I-PERS", "O", "B-PERS", "O"]
    ents = entities_for(text, toks, tags)
    assert [(e.text, e.type) for e in ents] == [("كيم هيونج-سو", "PERS")]
    assert all(text[e.start : e.end] == e.text for e in ents)


def test_spaced_hyphen_is_not_merged() -> None:
    text = "سامر - ليلى"
    toks = tokenize(text)
    spans = merge_joined(toks, [(0, 1, "PERS"), (2, 3, "PERS")])
    assert spans == [(0, 1, "PERS"), (2, 3, "PERS")]


def test_glued_hyphen_joins_whatever_follows() -> None:
    toks = [Token(0, 3, "abc"), Token(3, 4, "-"), Token(4, 7, "def"), Token(8, 9, "g")]
    assert merge_joined(toks, [(0, 1, "PERS"), (2, 3, "ORG")]) == [(0, 3, "PERS")]
    assert merge_joined(toks, [(0, 1, "ORG")]) == [(0, 3, "ORG")]
    assert merge_joined(toks, [(2, 3, "LOC")]) == [(2, 3, "LOC")]


def test_sentence_token_groups() -> None:
    doc = _doc("جملة أولى. جملة ثانية هنا.")
    groups = sentence_token_groups(doc)
    assert [len(g) for g in groups] == [3, 4]
    doc.sentences = []
    assert len(sentence_token_groups(doc)) == 1
    doc.sentences = [Sentence(0, 5)]
    doc.tokens = []
    assert sentence_token_groups(doc) == []


def test_stage_protocol_attributes() -> None:
    from rasd.pipeline.stage import DocumentStage

    stage = NerStage()
    assert isinstance(stage, DocumentStage)
    assert stage.name == "ner" and stage.arabic_only
    assert stage.requires == {"sentences", "tokens"} and stage.provides == {"entities"}


def _python(code: str) -> str:
    """Run ``code`` in a fresh interpreter (nothing imported yet); its stripped stdout."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_import_does_not_load_model() -> None:
    code = (
        "import sys, rasd.ner, rasd.ner.stage;"
        "from rasd.ner.tagger import load_model;"
        "assert 'pycrfsuite' not in sys.modules and 'torch' not in sys.modules;"
        "assert load_model.cache_info().currsize == 0;"
        "print('lazy')"
    )
    assert _python(code) == "lazy"


@needs_model
def test_stage_on_fictional_text() -> None:
    doc = _doc(FICTION)
    NerStage()(doc)
    assert doc.entities
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
        assert e.type in {"PERS", "LOC", "ORG", "MISC"}
    found = {(e.text, e.type) for e in doc.entities}
    assert ("كيم هيونج-سو", "PERS") in found
    assert ("سيول", "LOC") in found
    assert ("موسكو", "LOC") in found
    assert ("فلاديمير بوتين", "PERS") in found
    assert len(NerStage().version) >= 1


@needs_model
def test_tag_tokens_public_api() -> None:
    import rasd.ner

    assert rasd.ner.tag_tokens([]) == []
    tags = rasd.ner.tag_tokens(["زار", "الرئيس", "فلاديمير", "بوتين", "مدينة", "موسكو", "."])
    assert len(tags) == 7
    assert tags[2] == "B-PERS" and tags[3] == "I-PERS"
    assert tags[5] == "B-LOC"


@needs_model
def test_tagging_needs_no_deep_learning_runtime() -> None:
    code = (
        "import sys, rasd.ner;"
        "tags = rasd.ner.tag_tokens(['قال', 'الرئيس', 'فلاديمير', 'بوتين']);"
        "assert 'torch' not in sys.modules, 'tagging imported torch';"
        "print(tags[2])"
    )
    assert _python(code) == "B-PERS"
