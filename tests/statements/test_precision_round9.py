"""Precision rules of round 9 (unseen SaudiNewsNet articles; fictional sentences, invented names)."""

from __future__ import annotations

from .helpers import statements


def test_hypothetical_and_relative_ma_are_no_statements() -> None:
    assert statements("فأخذت تأمر باسمه، وكأنه يقول إن الأمر لها وحدها.") == []
    assert statements("والأصوات المعارضة مع الاحترام لوجاهة ما تقول يجب أن تتوقف.") == []
    assert statements("إذا قالت الوزارة إن الطريق مفتوح فصدقوها.") == []


def test_quoting_word_and_b_phrase_after_the_verb_are_no_speaker() -> None:
    sts = statements("وقال سامر القمري إن الكهرباء مقطوعة. واستطرد بالقول إن المرض ينتشر.")
    assert [s.speaker for s in sts] == ["سامر القمري", "سامر القمري"]
    sts = statements("وقال سامر القمري إن الملك يحب التاريخ. وأشار بامتنان إلى استفادته من المؤرخ.")
    assert [s.speaker for s in sts] == ["سامر القمري", "سامر القمري"]


def test_announced_stance_after_the_verb_is_the_object() -> None:
    sts = statements("وقال سامر القمري إن الهجوم فشل. وأعلنت مسؤوليتها عن الهجوم.")
    assert all(s.speaker != "مسؤوليتها" for s in sts)


def test_marker_with_a_counted_rule_noun_and_a_gradation_is_no_source() -> None:
    assert statements("وتحدد الرتبة وفقا لعدة عوامل كجودة الخدمات.") == []
    assert statements("حسب التدرج، نتواصل مع المدير العام.") == []


def test_fronted_phrase_is_no_subject_for_an_elided_speaker() -> None:
    sts = statements("وفي سوق زمردستان القديم التقينا بأحد الحرفيين. وأوضح أن الصناعة قديمة.")
    assert all("سوق" not in s.speaker for s in sts)


def test_past_passive_with_damma_and_dual_noun_amal() -> None:
    assert statements("بعد هذه الأيام أُعلن عن تجمع في القاهرة.") == []
    assert statements("غير أن أملا لا ينفك يراودنا ويزرع حقولنا.") == []


def test_post_blind_test9_guards() -> None:
    assert statements("واعترضت على وصف الوزير للمتهم بالشرير.") == []
    assert statements("ألا ترى أن الأحداث حولت الاهتمام؟") == []
    sts = statements(
        "وقال سامر القمري إن الدستور جامد. أما الناشط حسين فوزي فقد أكد من جانبه أن الدعوات مشبوهة."
    )
    assert all(s.speaker != "من جانبه" for s in sts)
    assert statements("وتختلف الأسعار حسب المقاعد في الملعب.") == []
