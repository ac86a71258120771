"""Gazetteer data and the n-gram matcher (fictional texts)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.entities.gazetteer import gazetteer_mentions, load_gazetteer, merge_mentions, nisba_forms
from rasd.models import Document, EntityMention
from tests.entities.conftest import make_doc


def _doc(text: str) -> Document:
    return make_doc(text)


def test_entries_load_with_variants_and_latin() -> None:
    gaz = load_gazetteer()
    pyongyang = gaz.lookup("بيونج يانج")
    assert pyongyang is not None and gaz.entry(pyongyang).name == "بيونغ يانغ"
    assert gaz.lookup("Pyongyang") is not None
    assert gaz.lookup("Pyongyang").entry == pyongyang.entry  # type: ignore[union-attr]
    for a, b in [("سول", "سيول"), ("الناتو", "حلف شمال الأطلسي"), ("واس", "وكالة الأنباء السعودية")]:
        ha, hb = gaz.lookup(a), gaz.lookup(b)
        assert ha is not None and hb is not None and ha.entry == hb.entry, (a, b)
    assert gaz.lookup("Seoul").entry == gaz.lookup("سيول").entry  # type: ignore[union-attr]
    assert gaz.lookup("مدينة لا توجد") is None


def test_typo_variant_by_rasm_only_for_multi_token_names() -> None:
    gaz = load_gazetteer()
    assert gaz.lookup("بيونج يانح") == gaz.lookup("بيونج يانج")
    assert gaz.lookup("موسكح") is None


def test_nisba_forms_and_links() -> None:
    forms = nisba_forms("الكوري الشمالي")
    assert "الكوري الشمالي" in forms and "الكوريه الشماليه" in forms and "كوريين شماليين" in forms
    gaz = load_gazetteer()
    for adj, country in [
        ("الكورية الشمالية", "كوريا الشمالية"),
        ("السعودي", "السعودية"),
        ("الروسي", "روسيا"),
        ("الأميركي", "الولايات المتحدة"),
        ("الأمريكية", "الولايات المتحدة"),
    ]:
        hit = gaz.lookup(adj)
        assert hit is not None and hit.nisba and gaz.entry(hit).name == country, adj
    hit = gaz.lookup("السعودية")
    assert hit is not None and not hit.nisba  # the country name beats the feminine nisba


def test_matcher_finds_names_with_offsets() -> None:
    text = (
        "قال المتحدث الرسمي في مؤتمر بجزيرة خيالية إن وفدا سيتوجه إلى بيونغ يانغ الأسبوع المقبل، "
        "وأكد مسؤول كوري جنوبي لوكالة يونهاب أن للسعودية وروسيا دورا في الوساطة مع الناتو."
    )
    doc = _doc(text)
    found = gazetteer_mentions(doc)
    texts = [m.text for m in found]
    # للسعودية: the span starts after لل
    assert texts == ["بيونغ يانغ", "كوري جنوبي", "وكالة يونهاب", "سعودية", "روسيا", "الناتو"]
    for m in found:
        assert doc.text[m.start : m.end] == m.text
    adj = found[1]
    assert adj.link == "كوريا الجنوبية" and adj.type == "LOC"
    assert found[2].type == "ORG"


def test_ambiguous_names_need_a_place_context() -> None:
    floods = _doc("حذرت الجهات من سيول الأودية بعد أمطار غزيرة، وتضررت قرى من سيول جدة القديمة.")
    assert [m.text for m in gazetteer_mentions(floods)] == ["جدة"]
    seoul = _doc("سافر الوفد الخيالي إلى سيول أمس، ثم قالت سيول إنها ترحب بالحوار مع طوكيو وسيول.")
    assert [m.text for m in gazetteer_mentions(seoul)] == ["سيول", "سيول", "طوكيو", "سيول"]


def test_language_is_not_a_nisba() -> None:
    doc = _doc("نشرت القناة الخيالية تقريرها بالإنجليزية وباللغة الروسية عن الوفد الروسي.")
    found = gazetteer_mentions(doc)
    assert [m.text for m in found] == ["الروسي"]


def test_merge_mentions_prefers_covering_gazetteer_entries() -> None:
    text = "زار وفد من كوريا الشمالية مدينة موسكو والتقى سالم الرياض."
    doc = _doc(text)
    ner = [
        EntityMention("كوريا", "LOC", text.index("كوريا"), text.index("كوريا") + 5),
        EntityMention("سالم الرياض", "PERS", text.index("سالم"), len(text) - 1),
    ]
    merged = merge_mentions(ner, gazetteer_mentions(doc))
    assert [(m.text, m.type) for m in merged] == [
        ("كوريا الشمالية", "LOC"),
        ("موسكو", "LOC"),
        ("سالم الرياض", "PERS"),  # NER wins when the gazetteer name is inside a longer mention
    ]
    assert merge_mentions(merged, gazetteer_mentions(doc)) == merged  # idempotent


def test_latin_names_in_arabic_text() -> None:
    doc = _doc("نقلت Reuters عن مسؤول في NATO أن الوفد الخيالي وصل إلى Seoul أمس.")
    found = gazetteer_mentions(doc)
    assert [(m.text, m.type) for m in found] == [("Reuters", "ORG"), ("NATO", "ORG"), ("Seoul", "LOC")]


def test_matcher_tolerates_one_dot_typo_in_a_multi_word_name() -> None:
    doc = _doc("أرسلت الدولة الخيالية طائرات إلى بيونج يانح أمس، ثم إلى بيونج ياسر.")
    found = gazetteer_mentions(doc)
    assert [m.text for m in found] == ["بيونج يانح"]
    assert found[0].key == "بيونج يانج"


PIECES = [
    "روسيا",
    "وروسيا",
    "للسعودية",
    "بيونغ يانغ",
    "سيول",
    "في",
    "قال",
    "الكوري الشمالي",
    "،",
    ".",
    "ـ",
    "ً",
    "وكالة",
    "يونهاب",
    "نص",
    "Reuters",
    "-",
    "  ",
    "\n",
    "كيم",
]


@given(st.lists(st.sampled_from(PIECES), max_size=25))
@settings(max_examples=200, deadline=None)
def test_matcher_spans_are_exact_and_disjoint(pieces: list[str]) -> None:
    text = " ".join(pieces)
    doc = _doc(text)
    found = gazetteer_mentions(doc)
    for m in found:
        assert text[m.start : m.end] == m.text and m.text.strip() == m.text and m.text
    spans = sorted((m.start, m.end) for m in found)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    ner = [EntityMention(text[s:e], "PERS", s, e) for s, e in _word_spans(text)[:3]]
    merged = merge_mentions(ner, found)
    spans = sorted((m.start, m.end) for m in merged)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def _word_spans(text: str) -> list[tuple[int, int]]:
    import re

    return [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
