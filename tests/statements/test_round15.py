"""Rules of round 15: participle speakers after a non-cue verb, temporal clauses, adjective guards
(invented sentences)."""

from __future__ import annotations

from .helpers import statements

_OPENING = "وقال المدير العام فهد الزمردي إن الخطة ناجحة. "


def _cues(text: str) -> list[tuple[str, str, str]]:
    return [(s.cue, s.speaker, s.act) for s in statements(text)]


def test_a_participle_after_a_led_verb_takes_its_subject() -> None:
    text = _OPENING + "من جانبه، تحدث المهندس سامر الوهمي قائلًا: سنواصل العمل، معرباً عن شكره للفريق."
    assert [s for _c, s, _a in _cues(text)] == ["المدير العام فهد الزمردي"] + ["المهندس سامر الوهمي"] * 2


def test_a_participle_after_a_kana_clause_takes_its_subject() -> None:
    text = _OPENING + "وكان وزير المياه سامر الوهمي استقبل المزارعين في مكتبه، مؤكدا لهم الوقوف بجانبهم."
    last = statements(text)[-1]
    assert last.cue == "مؤكدا" and last.speaker.startswith("وزير المياه سامر الوهمي")


def test_a_verb_after_a_temporal_lead_continues_the_clause_subject() -> None:
    text = _OPENING + "وهذا ما أكد عليه الوزير سامر الوهمي في كلمته حين قال «إننا لن نتراجع عن الخطة»."
    assert _cues(text)[-1] == ("قال", "الوزير سامر الوهمي", "say")
    text = _OPENING + "وظهر الوزير سامر الوهمي في المؤتمر عندما قال إن الخطة لن تتغير."
    assert _cues(text)[-1] == ("قال", "الوزير سامر الوهمي", "say")


def test_an_explicit_subject_after_a_resumptive_pronoun() -> None:
    text = "وانطلق اللقاء بكلمة افتتاحية أشار فيها المدير سامر الوهمي إلى أهمية التعاون."
    assert _cues(text) == [("أشار", "المدير سامر الوهمي", "say")]


def test_adjectives_and_counted_nouns_are_no_participles() -> None:
    assert statements("وتمت إحالة (45 متهما) إلى المحكمة الجزائية.") == []
    assert statements(_OPENING + "وكان للعقوبات تأثيرا مشددا على الأزمة الاقتصادية.")[-1].cue == "وقال"
    assert statements(_OPENING + "ما يجعله أكثر حذرا في قراراته المقبلة.")[-1].cue == "وقال"
    # a year is no count: the quoting participle keeps its speaker
    text = "ثم سرد المدرب فادي قصصا من تجربته عام 2009 قائلا: «كنا نتدرب كل يوم»."
    assert [c for c, _s, _a in _cues(text)] == ["قائلا"]


def test_things_plans_and_suffixed_presents() -> None:
    assert statements("وبحسب الإستراتيجية، يتطلع المركز لأن يكون جزءا من الشبكة.") == []
    assert statements("ننتقل إلى الأسباب التي دعت إلى تناول هذا الموضوع مرة أخرى.") == []
    assert statements("ويجب أن يكون قادرا على أداء مهماته بإتقان وتحمله المسؤولية كاملة.") == []
    assert _cues("وحمّله الوزير المسؤولية كاملة عن الحادث.")[0][2] == "accuse"  # the past keeps its suffix
    assert statements("والمواطن غير معني بالسياسة، إن لم نقل بأنه يكرهها.") == []  # لم + past: not نقل


def test_new_cues_and_quoted_names() -> None:
    assert _cues("وجزم المشاركون بأن المشروع سينجح في النهاية.") == [("وجزم", "المشاركون", "say")]
    text = 'من جانبه، عبّر المواطن "سامر الوهمي" عن شعوره بالسعادة بهذا الإنجاز.'
    assert _cues(text) == [("عبّر", 'المواطن "سامر الوهمي"', "say")]


def test_post_blind_amma_relative_and_apposition() -> None:
    text = "أما البروفسور سامر الوهمي فيقول: إن الخطة ناجحة."  # ف + يقول, not في قول
    assert _cues(text) == [("فيقول", "البروفسور سامر الوهمي", "say")]
    text = "تتمدد المنظمة التي تدعي أنها قوية."
    assert [(c, a) for c, _s, a in _cues(text)] == [("تدعي", "allege")]
    assert "المنظمة" in _cues(text)[0][1]
    text = "تتمدد الأفكار التي يقولون إنها جديدة."  # a plural verb after التي: no antecedent
    assert statements(text) == []
    text = "إلا أن رئيس لجنة المياه في المجلس، سامر الوهمي، قال إن الأهداف واضحة."
    assert _cues(text) == [("قال", "رئيس لجنة المياه في المجلس، سامر الوهمي", "say")]


def test_post_blind_markers_exchanges_and_pronouns() -> None:
    text = (
        "وكان الوزير يقيم في المدينة، وفق ما نقلت صحيفة «الزمرد»، مساء أول من أمس، عن مسؤول رفيع في الوزارة."
    )
    assert statements(text)[0].speaker == "مسؤول رفيع في الوزارة"
    text = "وأذكر لقاء أجريته مع رئيس الجمعية الشيخ سامر الوهمي على قناة الزمرد أكد خلاله أن العدد كبير."
    assert _cues(text) == [("أكد", "رئيس الجمعية الشيخ سامر الوهمي", "confirm")]
    text = _OPENING + "ووصف سموه مبادرة التسجيل بأنها حضارية."
    assert _cues(text)[-1] == ("ووصف", "المدير العام فهد الزمردي", "say")
    assert statements("وعلى لسان واحد قالوا ذلك، وفقا لعلم الأبراج، وحسب التحريات الأولية.") == []


def test_post_blind_same_speaker_nesting_and_bal() -> None:
    text = _OPENING + "وأضاف أنه لاحظ، لأكثر من مرة، أن الموظفين لا يتأخرون."
    assert [c for c, _s, _a in _cues(text)] == ["وقال", "وأضاف"]
    text = "سألت المسؤول فلم يتردد، بل قال على الفور: الصدق."
    assert all(s != "بل" for _c, s, _a in _cues(text))
