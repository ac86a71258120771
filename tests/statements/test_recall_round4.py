"""Recall rules of round 4 (unseen SaudiNewsNet articles; fictional sentences, Zumurrudistan is invented)."""

from __future__ import annotations

from .helpers import only, statements


def test_long_title_before_the_name() -> None:
    st = only(
        "وأشار وكيل وزارة الشؤون الوهمية في زمردستان لشؤون تصنيف المقاولين المهندس سامر بن علي القمري"
        " في تصريح له أمس إلى أن الآلية جديدة."
    )
    assert st.speaker.endswith("سامر بن علي القمري") and st.content.startswith("الآلية")


def test_slash_between_title_and_name() -> None:
    st = only("صرح المتحدث الإعلامي لدفاع زمردستان المقدم / سامر بن علي القمري بأن الفرق باشرت الحريق.")
    assert st.speaker.endswith("سامر بن علي القمري")


def test_addressee_before_the_subject_and_comma_before_that() -> None:
    st = only("أكد لـ «الوهم» أمين زمردستان الدكتور سامر القمري، أن الإجراءات الجديدة مهمة.")
    assert st.speaker == "أمين زمردستان الدكتور سامر القمري" and st.content.startswith("الإجراءات")


def test_outlet_addressee_after_the_speaker_is_a_via() -> None:
    st = only('وأفاد القمري لوكالة "الوهم" للأنباء بأن القوات تسيطر على الموقع.')
    assert st.speaker == "القمري" and st.via == ['وكالة "الوهم" للأنباء']


def test_quoted_company_inside_the_speaker_and_apposition() -> None:
    st = only("ويضيف مدير الهندسة في «زمردة»، سامر القمري، إن الطائرة ستعمل قريبا.")
    assert st.speaker.startswith("مدير الهندسة في «زمردة»") and st.content.startswith("الطائرة")


def test_apposition_then_preposition_or_addressee() -> None:
    st = only("أشار سامر القمري، موظف بالقطاع الوهمي، إلى أن الدوام سيحول بينه وبين التصويت.")
    assert st.content.startswith("الدوام")
    st = only("قال اللواء سامر القمري، الخبير العسكري في زمردستان، لـ«الوهم»، إن «المشاركة مهمة».")
    assert st.speaker.startswith("اللواء سامر القمري") and st.direct


def test_time_phrase_before_the_object() -> None:
    st = only("أعلن رئيس وزراء زمردستان سامر القمري أول من أمس الإطار العام للخطة الوهمية.")
    assert st.speaker == "رئيس وزراء زمردستان سامر القمري" and st.content.startswith("الإطار")


def test_participle_with_a_quotation() -> None:
    sts = statements('قال الوزير الوهمي إن المصانع جاهزة، مضيفاً "لدينا خطة طموحة للمدن الوهمية".')
    assert [s.cue for s in sts] == ["قال", "مضيفاً"] and sts[1].direct


def test_call_with_object_before_the_preposition() -> None:
    st = only("ودعا المتحدث الرسمي الوهمي سامر القمري، المواطنين والمقيمين إلى أخذ الحيطة.")
    assert st.act == "call" and st.speaker.endswith("سامر القمري") and st.content.startswith("أخذ")


def test_wafq_ma_marker() -> None:
    st = only("سيطرت القوات الوهمية على الميناء، وفق ما أفادت مصادر عسكرية زمردية.")
    assert st.speaker == "مصادر عسكرية زمردية" and st.content.startswith("سيطرت")


def test_lead_phrase_is_not_the_subject() -> None:
    sts = statements(
        "خسر الفريق الوهمي. من جانبه أبدى المدير الفني سامر القمري رضاه على الأداء، وقال: المباراة كانت قوية."
    )
    assert [s.speaker for s in sts] == ["المدير الفني سامر القمري"] * 2


def test_ebr_as_via_is_no_cue() -> None:
    st = only("وأضاف المتحدث الوهمي عبر صفحته الرسمية على «فيسبوك»، أن الجيش ضبط المطلوبين.")
    assert st.speaker == "المتحدث الوهمي" and st.content.startswith("الجيش")


def test_reversed_opening_quote() -> None:
    sts = statements("وأعلن المتحدث أن السوق بدأ. وأضاف ” بدأ السوق الوهمي يستعيد دوره “ . وانتهى الحفل.")
    assert sts[1].direct and sts[1].content.strip().startswith("بدأ السوق")


def test_post_blind_object_right_after_the_verb() -> None:
    sts = statements("قال المتحدث إن المحكمة مؤجلة، حيث إن زمردستان رفضت اقتراحات بشأن المحكمة الوهمية.")
    assert [s.speaker for s in sts if s.act == "reject"] == ["زمردستان"]


def test_post_blind_ebr_needs_a_feeling_after_an() -> None:
    assert statements("ويتم التسجيل عبر نظام نور الوهمي عن طريق إدخال رقم الهوية.") == []
    st = only("وعبر سمو الأمير الوهمي عن أبلغ التهاني لشعب زمردستان.")
    assert st.act == "say"


def test_post_blind_a_saying_is_no_source() -> None:
    text = "وعلى الشعب أن ينتظر على قاعدة القصة الشعبية التي تقول انه حينها يموت الذئب."
    assert statements(text) == []


def test_post_blind_kana_after_a_comma() -> None:
    st = only("يخطط المدرب للاعتماد عليه، وكانت التقارير الوهمية تشير إلى أن النادي تقدم بعرض.")
    assert st.speaker == "التقارير الوهمية"
