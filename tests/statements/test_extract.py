"""Statements on original, clearly fictional sentences (Zumurrudistan is an invented country)."""

from __future__ import annotations

import pytest

from .helpers import doc, only, statements


@pytest.mark.parametrize(
    ("text", "act", "speaker"),
    [
        ("قال وزير المياه في زمردستان سامر الوهمي إن السدود ممتلئة.", "say", "سامر الوهمي"),
        ("وقالت المتحدثة باسم الوزارة الخيالية ليلى النجمي إن الخطة جاهزة.", "say", "ليلى النجمي"),
        ("يقول الخبير الخيالي رامي القمري إن الأمطار ستتأخر.", "say", "رامي القمري"),
        ("أكد رئيس بلدية قمرآباد أن الطرق ستفتح غدا.", "confirm", "رئيس بلدية قمرآباد"),
        ("نفت الشركة الوهمية أن تكون قد رفعت الأسعار.", "deny", "الشركة الوهمية"),
        ("ينفي المتحدث الخيالي أن يكون الوزير قد استقال.", "deny", "المتحدث الخيالي"),
        ("أعلنت وزارة الطاقة في زمردستان أنها ستخفض الأسعار.", "announce", "وزارة الطاقة"),
        ("زعم المسؤول الخيالي أن الحادث مفتعل.", "allege", "المسؤول الخيالي"),
        ("اتهم حزب النجمة الوهمي خصومه بتزوير الانتخابات.", "accuse", "حزب النجمة الوهمي"),
        ("حذر خبير الأرصاد سالم القمري من أن العاصفة قد تشتد.", "warn", "سالم القمري"),
        ("أدان المجلس البلدي الخيالي، الهجوم على المكتبة العامة.", "condemn", "المجلس البلدي"),
        ("دعا رئيس الاتحاد الوهمي إلى وقف الإضراب.", "call", "رئيس الاتحاد الوهمي"),
        ("حثت المحافظة سكان الإقليم على ترشيد المياه.", "call", "المحافظة"),
        ("طالبت النقابة الخيالية بزيادة الأجور.", "call", "النقابة الخيالية"),
        ("تعهد الوزير الوهمي بإصلاح الطرق قبل الشتاء.", "promise", "الوزير الوهمي"),
        ("أعرب رئيس الوزراء الخيالي عن قلقه إزاء ارتفاع الأسعار.", "express_concern", "رئيس الوزراء"),
        ("رفض المتحدث الخيالي التعليق على التقارير.", "evade", "المتحدث الخيالي"),
        ("امتنع المتحدث الوهمي عن تأكيد أو نفي الخبر.", "evade", "المتحدث الوهمي"),
        ("ذكرت وكالة أنباء زمردستان الوهمية أن المطار أغلق.", "report", "وكالة أنباء زمردستان"),
        ("كشف مدير الشرطة الخيالي أن العصابة فككت.", "reveal", "مدير الشرطة الخيالي"),
        ("اعترف المدرب الوهمي بأن فريقه لعب بشكل سيئ.", "admit", "المدرب الوهمي"),
        ("رفضت الحكومة الخيالية الاتهامات الموجهة إليها.", "reject", "الحكومة الخيالية"),
        ("وشدد الوزير الخيالي على أهمية الحوار.", "say", "الوزير الخيالي"),
    ],
)
def test_cue_families(text: str, act: str, speaker: str) -> None:
    st = only(text)
    assert st.act == act
    assert st.speaker is not None and speaker in st.speaker
    assert st.speaker_resolved_from == "explicit"
    assert not st.negated


def test_plural_and_dual_speakers() -> None:
    st = only("وقال الوزيران الخياليان إن الاتفاق وشيك.")
    assert st.speaker == "الوزيران الخياليان"
    st = only("أكد المحتجون الوهميون أنهم سيواصلون الاعتصام.")
    assert st.act == "confirm" and st.speaker == "المحتجون الوهميون"


def test_offsets_point_into_the_text() -> None:
    d = doc("وأوضح مدير المطار الخيالي كمال الفضي، أن الرحلات ستستأنف الأسبوع المقبل.")
    (st,) = d.statements
    assert d.text[st.cue_start : st.cue_end] == st.cue == "وأوضح"
    assert st.speaker_start is not None and st.speaker_end is not None
    assert d.text[st.speaker_start : st.speaker_end] == st.speaker
    assert d.text[st.content_start : st.content_end] == st.content
    assert st.content.startswith("الرحلات ستستأنف")
    assert st.start <= st.cue_start and st.end >= st.content_end
    assert st.id == "t:s0" and st.date is None and st.sentence == 0


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("لم يؤكد المتحدث الوهمي أن الوزير استقال.", "evade"),
        ("لا ينفي المسؤول الخيالي أن المفاوضات متعثرة.", "evade"),
        ("ولم تنف الشركة الوهمية أنها تفاوض المشترين.", "evade"),
        ("ولم يشر الوزير الخيالي إلى موعد الانتخابات.", "say"),
    ],
)
def test_negations(text: str, act: str) -> None:
    st = only(text)
    assert st.negated
    assert st.act == act
    assert st.cue.startswith(("لم", "لا", "ولم"))


def test_coordinated_negated_confirm_and_deny_is_one_evasion() -> None:
    st = only("ولم تنف العاصمة الخيالية، التي تستضيف القمة، ولم تؤكد وصول الوفود.")
    assert st.act == "evade" and st.negated
    assert st.speaker == "العاصمة الخيالية"
    assert st.content.startswith("وصول الوفود")


def test_nothing_to_add_is_evade() -> None:
    st = only("وقال المتحدث باسم القصر الخيالي إنه “ليس لديه ما يضيفه” بشأن الخبر.")
    assert st.act == "evade"


def test_via_chain_dash_parenthetical() -> None:
    st = only("وقال الوزير الوهمي – حسبما نقلت قناة “نجمة نيوز” – إن الجسر سيفتتح قريبا.")
    assert st.speaker == "الوزير الوهمي"
    assert st.via == ["قناة “نجمة نيوز”"]
    assert st.content.startswith("الجسر سيفتتح")


def test_via_chain_statement_carried_by_agency() -> None:
    st = only("وقالت الوزارة الخيالية في بيان نقلته وكالة أنباء زمردستان إن المعبر أغلق.")
    assert st.speaker == "الوزارة الخيالية"
    assert st.via == ["وكالة أنباء زمردستان"]


def test_medium_citing_sources_is_a_report_with_via() -> None:
    st = only("ذكرت صحيفة الأفق الوهمية عن مصادر حكومية أن الميزانية ستتأخر.")
    assert st.act == "report"
    assert st.speaker == "مصادر حكومية"
    assert st.via == ["صحيفة الأفق الوهمية"]


def test_elided_subject_carries_the_previous_speaker() -> None:
    sts = statements(
        "قالت وزيرة الثقافة الخيالية نورا السالم إن المهرجان سيقام في موعده.\n"
        "وأضافت: “سنرحب بالجميع”.\n"
        "وقالت إن التذاكر نفدت."
    )
    assert [s.act for s in sts] == ["say", "say", "say"]
    assert all(s.speaker == "وزيرة الثقافة الخيالية نورا السالم" for s in sts)
    assert [s.speaker_resolved_from for s in sts] == ["explicit", "previous-speaker", "previous-speaker"]
    assert sts[1].direct and sts[1].content == "سنرحب بالجميع"


def test_carry_over_prefers_matching_gender() -> None:
    sts = statements(
        "قال الوزير الخيالي سامي الراشد إن الخطة طموحة. "
        "وقالت المتحدثة الوهمية هالة الشمري إن الإعلان قريب. "
        "وأضاف أن التمويل مؤمن."
    )
    assert sts[2].speaker == "الوزير الخيالي سامي الراشد"
    assert sts[2].speaker_resolved_from == "previous-speaker"


def test_bare_surname_is_an_explicit_speaker() -> None:
    sts = statements("قال المدير الخيالي فادي الجبلي إن المصنع سيغلق. وأشار الجبلي إلى أن العمال سيعوضون.")
    assert sts[1].speaker == "الجبلي" and sts[1].speaker_resolved_from == "explicit"


def test_elided_subject_of_a_non_statement_sentence() -> None:
    sts = statements("وصل وزير السياحة الخيالي إلى المدينة أمس. وقال إن الموسم واعد.")
    assert len(sts) == 1
    assert sts[0].speaker is not None and "وزير السياحة الخيالي" in sts[0].speaker
    assert sts[0].speaker_resolved_from == "pronoun"


def test_participle_continues_the_current_speaker() -> None:
    sts = statements("وقال المحافظ الوهمي إن المياه عادت، مشيرا إلى أن الأعطال أصلحت.")
    assert [s.cue for s in sts] == ["وقال", "مشيرا"]
    assert sts[1].speaker == sts[0].speaker == "المحافظ الوهمي"
    assert sts[0].content == "المياه عادت"
    assert sts[1].content.startswith("الأعطال أصلحت")


def test_direct_quote_spanning_lines_is_one_statement() -> None:
    text = "وقال الرئيس الخيالي: “الخطة جاهزة.\nونؤكد أننا سنبدأ التنفيذ غدا”.\nانتهى الاجتماع."
    st = only(text)
    assert st.direct
    assert "ونؤكد أننا" in st.content and st.content.startswith("الخطة جاهزة")
    assert text[st.end - 1] == "”"


def test_colon_quote_pattern() -> None:
    st = only("وقال الحاكم الوهمي: «لن نتراجع عن الإصلاح».")
    assert st.direct and st.content == "لن نتراجع عن الإصلاح"


def test_postposed_cue() -> None:
    st = only("“سنفوز بالبطولة”، قال المدرب الخيالي.")
    assert st.direct and st.content == "سنفوز بالبطولة"
    assert st.speaker == "المدرب الخيالي"


def test_two_statements_in_one_sentence() -> None:
    sts = statements(
        "قال الوزير الوهمي إن الأسعار ستنخفض، فيما نفى التاجر الخيالي سمير البحري أن يكون ذلك ممكنا."
    )
    assert [(s.act, s.speaker) for s in sts] == [
        ("say", "الوزير الوهمي"),
        ("deny", "التاجر الخيالي سمير البحري"),
    ]
    assert sts[0].content == "الأسعار ستنخفض"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("وبحسب مسؤولين في الوزارة الخيالية، فإن المشروع تأخر.", "مسؤولين", "فإن المشروع"),
        ("تأخر المشروع الخيالي عامين، وفقا لمصادر محلية.", "مصادر محلية", "تأخر المشروع"),
        ("ارتفعت الأسعار الوهمية، حسبما أفادت وكالة أنباء زمردستان.", "وكالة أنباء زمردستان", "ارتفعت"),
    ],
)
def test_nominal_markers(text: str, speaker: str, content: str) -> None:
    st = only(text)
    assert st.speaker_resolved_from == "marker"
    assert st.speaker is not None and speaker in st.speaker
    assert st.content.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "التأكد من سلامة الأغذية واجب على الجميع.",
        "يشار إلى أن المهرجان الخيالي بدأ عام 2001.",
        "زار الوفد الوهمي مدينة قالمة أمس.",
        "فاز طالب جامعي بجائزة المسابقة الخيالية.",
        "وقع الحادث الوهمي بحسب الخطة المعمول بها.",
        "نقل المصابون إلى المستشفى الخيالي.",
        "يعتبر الجسر الوهمي من أطول الجسور في المنطقة.",
        "وتشير الإحصاءات إلى أن الطلب ارتفع.",
        "",
    ],
)
def test_non_statements(text: str) -> None:
    assert statements(text) == []


def test_passive_with_damma_is_not_a_cue() -> None:
    assert statements("وأصدرت الوكالة صورا يُزعم أنها أظهرت السفن.") == []


def test_participle_with_attached_preposition_and_prepositional_content() -> None:
    sts = statements("ودعا رئيس الوزراء الخيالي إلى تشكيل لجنة تحقيق، متعهدا بمحاسبة المسؤولين.")
    assert [(s.act, s.cue) for s in sts] == [("call", "ودعا"), ("promise", "متعهدا")]
    assert sts[0].content == "تشكيل لجنة تحقيق"
    assert sts[1].content.startswith("محاسبة المسؤولين")
    assert sts[1].speaker == sts[0].speaker


def test_present_indicate_needs_an_agent() -> None:
    assert statements("وتشير المعلومات الأولية إلى أن الحريق محدود.") == []
    st = only("وتشير مصادر مطلعة في الوزارة الخيالية إلى أن الوزير سيستقيل.")
    assert st.speaker is not None and st.speaker.startswith("مصادر مطلعة")
    st = only("مصادر النادي الخيالي تشير إلى استمرار المدرب.")
    assert st.speaker == "مصادر النادي الخيالي" and st.content.startswith("استمرار المدرب")
    assert statements("ارتفاع الأسعار يشير إلى أزمة.") == []


def test_tatweel_parenthetical_is_not_a_speaker() -> None:
    sts = statements("وأعرب الملك الخيالي عن شكره للوفد. وأشاد ـ حفظه الله ـ بجهود المنظمين.")
    assert [s.speaker for s in sts] == ["الملك الخيالي", "الملك الخيالي"]
    assert sts[1].speaker_resolved_from == "previous-speaker"


def test_acronym_in_brackets_stays_in_the_speaker() -> None:
    st = only("أكد الاتحاد الخيالي لكرة الطاولة (اخكط) جدول مباريات البطولة أمس.")
    assert st.speaker == "الاتحاد الخيالي لكرة الطاولة (اخكط)"
    assert st.content.startswith("جدول مباريات")


def test_postposed_after_kama() -> None:
    st = only("انحرفت الطائرة الوهمية عن المدرج بسبب المطر، كما أعلنت الشركة.")
    assert st.act == "announce" and st.speaker == "الشركة"
    assert st.content.startswith("انحرفت الطائرة")


def test_verb_in_a_relative_clause_takes_no_speaker_after_it() -> None:
    assert statements("صادق المجلس الخيالي على القانون الذي يشدد العقوبة على المخالفين.") == []


def test_prayers_and_clause_appositions_are_not_statements() -> None:
    assert statements("ودعا المحافظ الخيالي المولى عز وجل أن يحفظ البلاد.") == []
    st = only("وحسب مصادر محلية فإن الطريق الوهمي أغلق.")
    assert st.speaker == "مصادر محلية" and st.content.startswith("الطريق")
