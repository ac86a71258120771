"""Recall rules added after the blind runs (fictional sentences; Zumurrudistan is invented)."""

from __future__ import annotations

import pytest

from .helpers import only, statements


def test_glued_object_after_the_speaker() -> None:
    st = only("وأبدى مدير الشركة الوهمية سامر القمري شكره للعاملين في المعرض.")
    assert st.speaker == "مدير الشركة الوهمية سامر القمري" and st.content.startswith("شكره")


def test_counterpart_is_an_object_not_part_of_the_speaker() -> None:
    st = only("أبلغ رئيس زمردستان الخيالي نظيره القمري رفع القيود عن الموانئ.")
    assert st.speaker == "رئيس زمردستان الخيالي"
    # أبلغ as a superlative ("the most eloquent congratulations") is not a cue
    assert statements("وبعث الملك الخيالي برقية ضمنها أبلغ التهاني وأطيب التمنيات.") == []


def test_retrospective_cue_takes_the_previous_sentence() -> None:
    sts = statements(
        "ضبطت فرق التفتيش الوهمية عشر مخالفات في السوق. "
        "أوضح ذلك لنشرة الوهم مدير الفرع الخيالي سالم بن علي النجمي، مشيرا إلى أن الحملة مستمرة."
    )
    assert [s.cue for s in sts] == ["أوضح", "مشيرا"]
    assert sts[0].speaker == "مدير الفرع الخيالي سالم بن علي النجمي"
    assert sts[0].content.startswith("ضبطت فرق التفتيش")
    assert sts[1].speaker == sts[0].speaker


def test_retrospective_needs_the_clause_to_end_after_the_speaker() -> None:
    # ذلك here is a determiner of the object, the clause goes on: no retrospective statement
    assert all(s.content != "" for s in statements("أكد ذلك الأمر الوهمي وزير المالية الخيالي أمس."))


def test_name_after_bin_is_not_cut_at_a_preposition_spelling() -> None:
    st = only("وقال خالد بن علي الوهمي إن الموسم ناجح.")
    assert st.speaker == "خالد بن علي الوهمي"


def test_compound_name_with_allah_is_not_a_prayer() -> None:
    st = only("وأكد العطا الله الخيالي استمرار حملات التفتيش الذي أقرته الوزارة.")
    assert st.act == "confirm" and st.speaker.startswith("العطا الله")
    assert statements("ودعا المحافظ الخيالي الله عز وجل أن يحفظ البلاد.") == []


def test_unquoted_speech_after_a_named_outlet() -> None:
    st = only("وقال ناشطون خياليون لـ(نشرة الوهم) هناك عشرات البيوت المتضررة في قمرآباد.")
    assert st.speaker == "ناشطون خياليون" and st.content.startswith("هناك عشرات")
    # an outlet followed by إن keeps the ordinary complement
    st = only("وقال المتحدث الخيالي لـ«نشرة الوهم» إن الطريق مغلق.")
    assert st.content.startswith("الطريق مغلق")


def test_manner_adverb_before_a_condemned_object() -> None:
    st = only("دانت دولة زمردستان بأشد العبارات الهجوم على المكتبة الوهمية.")
    assert st.act == "condemn" and st.speaker == "دولة زمردستان"
    assert st.content.startswith("الهجوم")


def test_retrospective_only_for_verbs_of_saying() -> None:
    # عبر is also the preposition "via": عبر هذا الرابط is no statement
    assert statements("يمكن التسجيل في البطولة الوهمية. عبر هذا الرابط :") == []


def test_crown_prince_is_a_speaker_not_a_preposition() -> None:
    st = only("وعبر ولي العهد الخيالي عن أمله في نجاح المهرجان.")
    assert st.speaker == "ولي العهد الخيالي"


def test_present_consider_needs_an_agent_and_a_complement() -> None:
    st = only("تعتبر الشركة الوهمية أن قيمة أسهمها مرتفعة.")
    assert st.speaker == "الشركة الوهمية" and st.content.startswith("قيمة")
    assert statements("يعتبر المشروع الخيالي من أكبر المشاريع في زمردستان.") == []
    assert statements("تعتبر هذه الأرقام أن الموسم ناجح.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال في تصريح صحفي وزير المياه الخيالي سامر إن السدود ممتلئة.", "وزير المياه الخيالي سامر"),
        ("وأكد خلال المؤتمر رئيس البلدية الوهمي أن الطرق ستفتح.", "رئيس البلدية الوهمي"),
        ("وقال أمس المتحدث الخيالي إن الطريق مغلق.", "المتحدث الخيالي"),
        ('وقال لـ"نشرة الوهم" مدير الفرع الخيالي إن الحملة مستمرة.', "مدير الفرع الخيالي"),
        ("وأوضح لهم المعالج الخيالي أن المرض بسيط.", "المعالج الخيالي"),
    ],
)
def test_subject_after_a_fronted_adverbial(text: str, speaker: str) -> None:
    st = only(text)
    assert st.speaker == speaker and st.speaker_resolved_from == "explicit"


def test_fronted_channel_without_a_titled_subject_keeps_the_elided_speaker() -> None:
    sts = statements("سافر الوزير الخيالي إلى قمرآباد. وقال في بيان له أمس إن الحملة مستمرة.")
    assert [s.speaker for s in sts] == ["الوزير الخيالي"]
    assert sts[0].speaker_resolved_from != "explicit"


def test_assessment_verbs_and_participles() -> None:
    sts = statements("رجح الخبير الخيالي سالم القمري أن ترتفع الأسعار، مستبعدا أن تنخفض قريبا.")
    assert [(s.cue, s.speaker) for s in sts] == [
        ("رجح", "الخبير الخيالي سالم القمري"),
        ("مستبعدا", "الخبير الخيالي سالم القمري"),
    ]
    st = only("وعزا المدير الخيالي ذلك إلى تأخر الأمطار.")
    assert st.content.startswith("تأخر الأمطار")


def test_participle_as_predicate_adjective_is_not_a_cue() -> None:
    sts = statements("وقال الوزير الخيالي إن الحملة مستمرة. وكان متوقعا أن تنتهي الحملة أمس.")
    assert [s.cue for s in sts] == ["وقال"]


def test_fronted_topic_is_not_the_subject() -> None:
    sts = statements("وأكد الوزير الخيالي أن الحملة مستمرة. وعن دور الجيران، قال: “لن نقبل التدخل”.")
    assert [s.speaker for s in sts] == ["الوزير الخيالي", "الوزير الخيالي"]


def test_clause_initial_cue_after_haythu() -> None:
    st = only("أجلت البلدية الوهمية المهرجان، حيث بين المدير الخيالي أنه تم التأجيل بسبب المطر.")
    assert st.cue == "بين" and st.speaker == "المدير الخيالي"
    assert statements("يقع السوق الوهمي حيث بين النهرين مساحة واسعة.") == []
