"""Recall rules of round 5 (unseen SaudiNewsNet articles; fictional sentences, Zumurrudistan is invented)."""

from __future__ import annotations

from .helpers import only, statements


def test_statement_nested_in_a_content_and_feminine_participle() -> None:
    sts = statements(
        "وقال المتحدث سامر القمري: إن حكومة زمردستان تستنكر هذا العمل الإجرامي، معربة عن خالص التعازي."
    )
    by_cue = {s.cue: s for s in sts}
    assert by_cue["تستنكر"].speaker == "حكومة زمردستان" and by_cue["تستنكر"].act == "condemn"
    # round 14's nested-statement convention: the participle continues the nested clause inside the
    # spokesman's content (it has no speaker of its own), so it is part of that content, not a statement
    assert "معربة" not in by_cue and by_cue["وقال"].content.endswith("معربة عن خالص التعازي.")


def test_unmarked_first_person_speech_after_an_elided_subject() -> None:
    sts = statements(
        "وعبر مدير الجمعية سامر القمري عن اعتزازه بالاختيار. وقال بدأنا منذ فترة في استقبال الأفلام."
    )
    assert sts[-1].cue == "وقال" and sts[-1].content.startswith("بدأنا")
    assert sts[-1].speaker == "مدير الجمعية سامر القمري"


def test_no_unmarked_speech_after_a_possessive_noun() -> None:
    assert all(s.content != "الكريم" for s in statements("فكما قال رسولنا الكريم في الحديث."))


def test_conclusion_and_insistence_need_that() -> None:
    st = only("خلصت دراسة زمردية إلى أن الأطفال أقل عرضة للحساسية. وخلص الاجتماع إلى توصيات مهمة.")
    assert st.speaker == "دراسة زمردية"
    st = only("لا يزال الزمرديون مصرين على أن الطائرة أسقطت عمدا.")
    assert st.speaker == "الزمرديون" and st.content.startswith("الطائرة")


def test_conjoined_verb_takes_its_own_clause_subject() -> None:
    st = only(
        "وأقامت الشركة حفلا لموظفيها، وقد ألقى مدير الموارد البشرية سامر القمري كلمة بالمناسبة،"
        " وأكد على روح الألفة."
    )
    assert st.speaker.startswith("مدير الموارد البشرية سامر القمري")


def test_new_lemmas_and_first_person_writer() -> None:
    assert only("والمحت الوكالة الزمردية إلى أن الديون لن تسدد.").act == "say"
    assert only("وأهاب المدير بالمواطنين الالتزام بالتعليمات.").act == "call"
    assert only("ووصف الوزير القمري الأوضاع في زمردستان بـ «الكارثية» بسبب الحرب.").content == "الكارثية"
    assert statements("وهنا أرى أن التوسط في الأمور مطلوب.") == []
    assert statements("وصفت الرحلة بالمحيط بعد دقائق من انتهائها.") == []


def test_post_blind_quoted_name_fronted_topic_and_amma() -> None:
    st = only("وقالت “سامرة” إنها اكتشفت الأمر متأخرة.")
    assert st.speaker == "سامرة" and st.content.startswith("اكتشفت")
    sts = statements(
        "وأكد الوزير سامر القمري أن الخطة جاهزة. وعن خطة الإعمار في زمردستان قال: «هناك خطة متوازية»."
    )
    assert sts[-1].speaker == "الوزير سامر القمري"
    st = only("أما سامر القمري أحد المزارعين، فيذكر أسباب الحرق بقوله: إن الحرق يقضي على الحشرات.")
    assert st.speaker == "سامر القمري أحد المزارعين"


def test_post_blind_participle_of_a_non_cue_clause_and_svo_sentence() -> None:
    sts = statements(
        "وقال الوزير إن الخطة جاهزة. وشكك معهد زمردي أمس في تفسير الوزارة قائلا إن الأرقام خاطئة."
    )
    assert sts[-1].cue == "قائلا" and sts[-1].speaker.startswith("معهد زمردي")
    sts = statements("القمري يعي تماما أنه خارج الحسابات. وقال: «غيابي لن يكون مؤثرا».")
    assert sts[-1].speaker == "القمري"
