"""Speaker and recall rules of round 12 (fictional sentences, invented names)."""

from __future__ import annotations

from .helpers import only, statements


def test_exchange_party_speaks_after_a_resumptive_verb() -> None:
    sts = statements(
        "تلقى الأمير سعد اتصالا هاتفيا من الشيخ فهد القمري وزير المياه أعرب فيه عن إدانته للهجوم. "
        "كما تلقى سموه اتصالاً هاتفياً من الوزير خالد الزمردي أعرب فيه عن استنكاره للحادث."
    )
    assert [s.speaker for s in sts] == ["الشيخ فهد القمري وزير المياه", "الوزير خالد الزمردي"]
    st = only("وأجرت إحدى الصحف مع المدرب سامر حوارا أشار خلاله إلى أن الفريق جاهز.")
    assert st.speaker == "المدرب سامر"
    assert only("أصدر المجلس بيانا أعرب فيه عن قلقه من الحادث.").speaker == "المجلس"


def test_a_conjunction_before_a_verb_is_no_svo_subject() -> None:
    st = only("كما تلقى سموه برقية من الرئيس فهد أعرب فيها عن تهانيه بالعيد.")
    assert st.speaker == "الرئيس فهد"


def test_title_keeps_its_preposition() -> None:
    st = only("وقال المشرف على المسابقة، الدكتور سامر القمري عضو مجلس النادي، إن فكرة المسابقة جديدة.")
    assert st.speaker == "المشرف على المسابقة، الدكتور سامر القمري عضو مجلس النادي"
    assert only("وقال المسؤول عن الأمن إن الوضع مستقر.").speaker == "المسؤول عن الأمن"


def test_verb_spelled_with_alef_lam_is_no_definite_subject() -> None:
    st = only("ألقى المدير سامر كلمة، وأكد أن الطلاب متميزون.")
    assert not st.speaker.startswith("ألقى")


def test_conjoined_verb_after_a_fronted_phrase_takes_the_main_clause_subject() -> None:
    sts = statements(
        "ووفقا لوكالة الأنباء الزمردية، فإن الجلسة هي الأولى. "
        "وفي بداية الجلسة، رفع الأمير سعد الشكر للملك على جهوده، وقال سموه: إن المشروعات مهمة."
    )
    assert [s.cue for s in sts] == ["ووفقا", "وقال"]
    assert sts[1].speaker.startswith("الأمير سعد")


def test_form_four_present_with_a_damma_is_active() -> None:
    assert only("كما يُشير المصدر إلى أن الهاتف لن يدعم البطاقات.").speaker == "المصدر"
    assert statements("ويُشار إلى أن الهاتف جديد.") == []
    assert statements("ويُزعم أن الهاتف جديد.") == []


def test_subject_between_that_and_kana_after_an_impersonal_lead() -> None:
    st = only("يذكر هنا أن وزير المياه خالد القمري، كان قد أوضح أنه تم الاتفاق مع الوزارة.")
    assert (st.cue, st.speaker) == ("أوضح", "وزير المياه خالد القمري")
    sts = statements("وأضاف الوزير أن الوزارة كانت قد أعلنت أن الموسم انتهى.")
    assert [s.cue for s in sts] == ["وأضاف"]


def test_relative_before_a_colon_quotes_its_antecedent() -> None:
    st = only("وتحدث للصحيفة عدد من المعلمات منهن سارة القمري التي تقول: طالبنا الوزارة بتحسين وضعنا.")
    assert st.speaker == "سارة القمري"
    assert statements("وهي القاعدة التي تقول: من جد وجد.") == []


def test_a_wave_is_a_thing() -> None:
    assert statements("وتؤكد موجة العنف هذه الأوضاع الأمنية المضطربة.") == []
