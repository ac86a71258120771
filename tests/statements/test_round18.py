"""Rules of round 18: an elided-subject cue is not carried past a newer named person (a ``PERS``
mention of the NER stage) who is the subject of a sentence in between; without entities nothing
changes (invented sentences; ``doc.entities`` built by hand)."""

from __future__ import annotations

from rasd.models import Document, EntityMention
from rasd.statements.carry import Persons
from rasd.statements.stage import extract_statements
from rasd.text.segment import split_sentences, tokenize


def _speakers(text: str, names: list[str], kind: str = "PERS") -> list[tuple[str, str | None]]:
    doc = Document(id="t", raw_text=text, text=text)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text)
    for name in names:
        start = text.index(name)
        doc.entities.append(EntityMention(text=name, type=kind, start=start, end=start + len(name)))
    return [(s.cue, s.speaker) for s in extract_statements(doc)]


OPENED = (
    "وقال المدير سامر الوهمي إن المشروع ناجح. وفي مدينة الورود افتتح خالد العمري متجرا جديدا أمس. "
    "وقال إن الإقبال كبير."
)


def test_a_newer_named_subject_takes_the_elided_cue() -> None:
    found = _speakers(OPENED, ["سامر الوهمي", "خالد العمري"])
    assert found[-1] == ("وقال", "خالد العمري")


def test_without_entities_the_old_speaker_goes_on() -> None:
    assert _speakers(OPENED, [])[-1] == ("وقال", "المدير سامر الوهمي")


def test_an_organisation_is_no_new_person() -> None:
    assert _speakers(OPENED, ["خالد العمري"], kind="ORG")[-1] == ("وقال", "المدير سامر الوهمي")


def test_a_feminine_cue_keeps_the_feminine_speaker() -> None:
    text = (
        "وقالت الباحثة منى السالم إن النتائج مشجعة. وافتتح خالد العمري المعرض أمس. وقالت إن الدراسة مستمرة."
    )
    found = _speakers(text, ["منى السالم", "خالد العمري"])
    assert found[-1] == ("وقالت", "الباحثة منى السالم")


def test_the_old_speaker_named_again_goes_on() -> None:
    text = "وقال المدير سامر الوهمي إن المشروع ناجح. وزار الوهمي الموقع أمس. وأضاف أن العمل مستمر."
    found = _speakers(text, ["سامر الوهمي", "الوهمي"])
    assert found[-1][1] is not None and found[-1][1].endswith("الوهمي")


def test_a_name_after_a_noun_is_no_subject() -> None:
    text = (
        "وقال المدير سامر الوهمي إن المشروع ناجح. وفي حفل تكريم خالد العمري عرضت الشركة فيلما. "
        "وقال إن الإقبال كبير."
    )
    assert _speakers(text, ["سامر الوهمي", "خالد العمري"])[-1] == ("وقال", "المدير سامر الوهمي")
    text = text.replace("وفي حفل تكريم", "وبحضور")
    assert _speakers(text, ["سامر الوهمي", "خالد العمري"])[-1] == ("وقال", "المدير سامر الوهمي")


def test_persons_lookup_by_bisection() -> None:
    p = Persons.of(
        [
            EntityMention(text="ب", type="PERS", start=20, end=25),
            EntityMention(text="أ", type="PERS", start=5, end=10),
            EntityMention(text="ج", type="LOC", start=12, end=15),
        ]
    )
    assert p.overlapping(0, 6) == (5, 10)
    assert p.overlapping(8, 22) == (5, 10)
    assert p.overlapping(11, 19) is None
    assert p.overlapping(24, 30) == (20, 25)
