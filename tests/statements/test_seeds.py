"""The seed articles (read from ../shared at run time; assertions use short fragments only)."""

from __future__ import annotations

import pytest

from rasd.models import Statement

from .helpers import statements


def _seed(seed_texts: dict[str, str], fragment: str) -> list[Statement]:
    for text in seed_texts.values():
        if fragment in text:
            return statements(text)
    pytest.skip(f"no seed contains {fragment!r}")


def _by_cue(sts: list[Statement], content_fragment: str) -> Statement:
    hits = [s for s in sts if content_fragment in s.content]
    assert hits, [(s.cue, s.content[:30]) for s in sts]
    return hits[0]


def test_envoy_denies(seed_texts: dict[str, str]) -> None:
    sts = _seed(seed_texts, "ممثل كوريا الشمالية")
    deny = next(s for s in sts if s.act == "deny")
    assert deny.speaker is not None
    assert "ممثل كوريا الشمالية" in deny.speaker or "المبعوث" in deny.speaker
    assert deny.content.startswith("إرسال بيونج يانج")


def test_envoy_quoted_via_a_channel(seed_texts: dict[str, str]) -> None:
    sts = _seed(seed_texts, "ممثل كوريا الشمالية")
    said = _by_cue(sts, "مجرد شائعات")
    assert said.speaker == "المبعوث الكوري الشمالي"
    assert said.via and "تشانيل نيوز آشيا" in said.via[0]


def test_intelligence_confirms_1500(seed_texts: dict[str, str]) -> None:
    sts = _seed(seed_texts, "1500 جندي")
    st = _by_cue(sts, "1500")
    assert st.act == "confirm"
    assert st.speaker == "المخابرات الكورية الجنوبية"


def test_white_house_3000(seed_texts: dict[str, str]) -> None:
    sts = _seed(seed_texts, "3000 جندي")
    st = _by_cue(sts, "3000")
    assert st.speaker == "البيت الأبيض"
    assert st.act in {"announce", "report", "say"}


def test_kremlin_nothing_to_add_is_evade(seed_texts: dict[str, str]) -> None:
    sts = _seed(seed_texts, "ليس لديه ما يضيفه")
    st = _by_cue(sts, "ليس لديه ما يضيفه")
    assert st.act == "evade"
    assert st.speaker is not None and "الكرملين" in st.speaker
    assert st.direct


def test_deputy_minister_conditional_is_say(seed_texts: dict[str, str]) -> None:
    """Documented decision: a conditional that still asserts legality is ``say``, not ``evade``."""
    sts = _seed(seed_texts, "إذا كان مثل هذا الوضع")
    st = _by_cue(sts, "إذا كان مثل هذا الوضع")
    assert st.act == "say" and st.direct
    assert st.speaker is not None and st.speaker.startswith("كيم جونج جيو")
    assert st.via and "وكالة الأنباء المركزية" in st.via[0]


def test_added_resolves_to_choe(seed_texts: dict[str, str]) -> None:
    sts = _seed(seed_texts, "وأضافت:")
    st = next(s for s in sts if s.cue == "وأضافت")
    assert st.speaker is not None and "تشوي سون هوي" in st.speaker
    assert st.speaker_resolved_from == "previous-speaker"
    assert st.direct


def test_moscow_neither_denies_nor_confirms(seed_texts: dict[str, str]) -> None:
    """Documented decision: ``ولم تنف X ... ولم تؤكد Y`` is one ``evade`` statement, negated."""
    sts = _seed(seed_texts, "ولم تنف موسكو")
    st = next(s for s in sts if s.cue == "ولم تنف")
    assert st.act == "evade" and st.negated
    assert st.speaker == "موسكو"
    assert "وجود قوات كورية شمالية" in st.content
    assert not any(s.cue == "ولم تؤكد" for s in sts)


def test_newspapers_report_with_via(seed_texts: dict[str, str]) -> None:
    sts = _seed(seed_texts, "ذكرت صحيفتا")
    st = next(s for s in sts if s.cue == "ذكرت")
    assert st.act == "report"
    assert st.speaker == "مصادر أوكرانية"
    assert st.via == ["صحيفتا نيويورك تايمز والغارديان"]


def test_blinken_8000_in_kursk(seed_texts: dict[str, str]) -> None:
    sts = _seed(seed_texts, "8000 من هؤلاء")
    st = _by_cue(sts, "8000")
    assert st.speaker is not None and "بلينكن" in st.speaker


def test_seed_offsets_are_consistent(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        for st in statements(text):
            assert text[st.cue_start : st.cue_end] == st.cue
            assert text[st.content_start : st.content_end] == st.content
            assert st.speaker_start is not None
            assert text[st.speaker_start : st.speaker_end] == st.speaker
