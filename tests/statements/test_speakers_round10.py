"""Speaker rules and lemmas of round 10 (fictional sentences, invented names)."""

from __future__ import annotations

from .helpers import statements


def test_amma_with_faqad_and_topics() -> None:
    sts = statements("أما الناشط سامر القمري فقد أكد من جانبه أن الدستور جامد.")
    assert [s.speaker for s in sts] == ["الناشط سامر القمري"]
    sts = statements("أما بخصوص المؤتمر، فقد أكد المصدر ذاته أن الرئيس اتصل به.")
    assert [s.speaker for s in sts] == ["المصدر ذاته"]


def test_feminine_verb_before_a_masculine_plural_takes_it_as_object() -> None:
    sts = statements("غير أن هيئة الدفاع قالت إن المتهم مريض، وناشدت المحلفين الرأفة.")
    assert [s.speaker for s in sts] == ["هيئة الدفاع", "هيئة الدفاع"]


def test_chained_verb_continues_the_nearest_agreeing_subject() -> None:
    text = "وقال سامر القمري إن العمل مستمر. واستعرض الاجتماع الخطط واستمع المجلس الى المطالب ووعد بدراستها."
    assert statements(text)[-1].speaker == "المجلس"


def test_returning_to_a_speaker_and_demonstrative_subjects() -> None:
    text = "وقال سامر القمري إن السوق تتراجع. وبالعودة إلى الزمردي، قال إن الشركات مطالبة بخفض التكاليف."
    assert statements(text)[-1].speaker == "الزمردي"
    sts = statements("في البداية ادعت تلك بأنها لا تملك المبلغ.")
    assert [s.speaker for s in sts] == ["تلك"]
    sts = statements("وقال سامر القمري إن الاتهام باطل، ووصف تلك الاتهامات بأنها قديمة.")
    assert all(s.speaker != "تلك الاتهامات" for s in sts)


def test_round10_lemmas() -> None:
    sts = statements("ورحب وزير الماء سامر القمري بالقرار الجديد. وأثنى على جهود الفرق.")
    assert [(s.cue, s.speaker) for s in sts] == [
        ("ورحب", "وزير الماء سامر القمري"),
        ("وأثنى", "وزير الماء سامر القمري"),
    ]
    sts = statements("وأرجع سامر القمري السبب إلى تغير السوق، متمنيا أن تتحسن النتائج.")
    assert [s.speaker for s in sts] == ["سامر القمري", "سامر القمري"]
    assert statements("ورحب سامر القمري بالحضور وهنأهم بالعيد.") == []
    assert statements("قتل مدنيان اثنين في القصف.") == []


def test_source_after_a_statement_noun_and_a_marker() -> None:
    sts = statements("ونقل بيان لوزارة الطاقة عن سامر القمري قوله: «السوق تتأثر بالسياسة».")
    assert [s.speaker for s in sts] == ["سامر القمري"]
    sts = statements("هبطت الطائرات في القاعدة، وفق ما نقلته وكالة الأنباء الزمردية عن مصادر عسكرية.")
    assert [s.speaker for s in sts] == ["مصادر عسكرية"]


def test_post_blind_test10_fixes() -> None:
    text = (
        "وقال مسؤول بارز إن «هناك حاجة لقرارات صعبة.\nوتعهد رئيس الوزراء سامر القمري بدعم الإجراءات الجديدة."
    )
    assert [s.cue for s in statements(text)] == ["وقال", "وتعهد"]
    assert statements("تصدرت ليبيا المشهد إبان الصراع لإسقاط الحكم.") == []
    assert statements("قد يبدو هذا الأمر مستغربا في ظل التحديات.") == []
    sts = statements("وقال المتظاهرون إن القتلة مجهولون، وطالبوا الحكومة بتحمل مسؤولياتها.")
    assert [s.speaker for s in sts] == ["المتظاهرون", "المتظاهرون"]
    sts = statements("قالت صحيفة زمردية نقلا عن دبلوماسيين كبار إن الصندوق يحتاج حزمة.")
    assert [s.speaker for s in sts] == ["دبلوماسيين كبار"]
