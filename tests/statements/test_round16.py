"""Rules of round 16: nested speakers are no antecedents, quoted names before a circumstance, adverbial
phrases and imperatives are no speakers, things and categories are no sources (invented sentences)."""

from __future__ import annotations

from .helpers import statements

_OPENING = "وقال المدير العام فهد الزمردي إن الخطة ناجحة. "


def _cues(text: str) -> list[tuple[str, str, str]]:
    return [(s.cue, s.speaker, s.act) for s in statements(text)]


def test_a_statement_nested_in_a_content_is_no_antecedent() -> None:
    text = (
        "وقال النائب سامر الوهمي إن الشعب الأردني يستنكر هذه الأفعال الجبانة. "
        "وأضاف أن البلاد ستتجاوز هذه المحنة."
    )
    assert [s for _c, s, _a in _cues(text)][-1] == "النائب سامر الوهمي"


def test_a_contrast_ends_the_content_before_a_new_speaker() -> None:
    text = (
        "ولم يشر التقرير إلى أسماء الشركات، إلا أن تقارير الغرفة التجارية قالت إن الخسائر كبيرة. "
        "وأشارت إلى أن معظم الشركات غادرت البلاد."
    )
    assert _cues(text)[-1][1] == "تقارير الغرفة التجارية"


def test_the_prophet_quoted_in_a_sermon_is_no_antecedent() -> None:
    text = (
        "وأكد الشيخ سامر الوهمي أن الأمانة واجبة، قال صلى الله عليه وسلم «أد الأمانة إلى من ائتمنك». "
        "وشدد على ضرورة الصدق في التعامل."
    )
    cue, speaker, _act = _cues(text)[-1]
    assert cue == "وشدد" and speaker.endswith("سامر الوهمي")


def test_a_quoted_name_before_a_circumstance_is_the_speaker() -> None:
    text = _OPENING + 'وعن نتائج الزيارة قال "الوهمي" في حديث تلفزيوني للقناة الأولى: "إن الزيارة ناجحة".'
    assert _cues(text)[-1][:2] == ("قال", "الوهمي")
    text = _OPENING + 'وقال "الوهمي" الليلة في حديث للقناة: "الحدود آمنة".'
    assert _cues(text)[-1][:2] == ("وقال", "الوهمي")


def test_an_occasion_phrase_is_no_speaker() -> None:
    text = "وعبّر الفنان سامر الوهمي عن بالغ سعادته بالتكريم، وقال بهذه المناسبة: أشكر الجميع على ثقتهم."
    assert _cues(text)[-1][:2] == ("وقال", "الفنان سامر الوهمي")


def test_things_categories_and_imperatives_are_no_sources() -> None:
    assert statements("وزاد الوزن في المنطقة، حيث تشير آخر الإحصائيات أنه بلغ 30%.") == []
    assert statements("ثمة موقفان: موقف يقول بأن الحركة لها معنى.") == []
    assert statements("وتعتقد بإمكانية تحقيق السلام وفقاً للمبادرة العربية في القمة.") == []
    assert statements("ويتم تقسيمها إلى أربع حلقات بحسب الأجناس الأدبية.") == []
    assert statements("وتشكيل جدول الفعاليات حسب المناطق المشاركة كل عام.") == []
    assert statements("وهناك أمور كثيرة - دعوني أوضح ذلك - وهو أن الفرد يولد سويا.") == []
    assert statements("وجاءت القضايا مع وجود تعهد بعدم التصرف في المرتبة الثانية.") == []


def test_the_party_of_a_conversation_after_a_marker() -> None:
    text = "وحسب حديث مع بعض المسؤولين في الوزارة، فإن الحملات قصيرة المدى."
    assert _cues(text)[0][:2] == ("وحسب", "بعض المسؤولين في الوزارة")


def test_a_marker_source_ends_before_a_reporting_verb() -> None:
    text = "وبحسب وكالة الأنباء الوهمية قال الوزير سامر الزمردي إن الاتفاق قريب."
    assert [(c, s) for c, s, _a in _cues(text)] == [
        ("وبحسب", "وكالة الأنباء الوهمية"),
        ("قال", "الوزير سامر الزمردي"),
    ]


def test_a_byline_before_a_colon_is_no_subject() -> None:
    text = (
        "سامر الوهمي- سبق- متابعة: قلّل المستشار العسكري العميد فهد الزمردي، من حجم المناوشات، "
        "مشيراً إلى أنها تبحث عن نصر إعلامي."
    )
    assert _cues(text)[-1][:2] == ("مشيراً", "المستشار العسكري العميد فهد الزمردي")


def test_a_verb_joined_to_a_subjunctive_is_no_report() -> None:
    text = _OPENING + "وطالب الوزير كل مواطن أن يرفض هذا العمل ويصفه بأنه عمل إرهابي."
    assert "ويصفه" not in [c for c, _s, _a in _cues(text)]


def test_a_described_topic_is_the_subject() -> None:
    text = 'أبو سامر وهو شاب نازح من حمص إلى ريف الرقة يقول: "إنني نازح منذ سنتين".'
    assert _cues(text) == [("يقول", "أبو سامر", "say")]


def test_an_oblique_plural_after_a_call_is_its_addressee() -> None:
    text = "وأشار الأب سامر الوهمي إلى أن السكان محتجزون. كما ناشد الخاطفين السماح بخروج السكان."
    assert _cues(text)[-1][:2] == ("ناشد", "الأب سامر الوهمي")


def test_an_unclosed_quotation_ends_where_another_opens_after_a_quoting_word() -> None:
    text = (
        'وأشار الخبير سامر الوهمي إلى أن العجز متوقع، مضيفا "يجب ألا نغفل أن النفط مصدر الدخل. '
        "وأضاف الزمردي أن القيادة حريصة على دعم الأبحاث. "
        'من جانبه رأى الدكتور فهد الزمردي أن هناك حلولا علمية، مضيفا "نحن نجري عددا من الأبحاث".'
    )
    cues = [(c, s) for c, s, _a in _cues(text)]
    assert ("وأضاف", "الزمردي") in cues and ("رأى", "الدكتور فهد الزمردي") in cues


# Post-blind (test16) fixes


def test_a_conjoined_clause_verb_before_a_temporal_lead_has_no_subject() -> None:
    text = _OPENING + "وأشرف على تنظيم البطولة، وتصدر العناوين في مارس عندما قال إن البرازيل متأخرة."
    assert _cues(text)[-1][:2] == ("قال", "المدير العام فهد الزمردي")


def test_questions_and_negated_markers_are_no_statements() -> None:
    assert statements("بماذا يفيد القانون إن افتقد الجسارة؟") == []
    assert statements("وتعمل الإدارات ضمن إطار قانوني واضح، وليس حسب اجتهادات أفرادها.") == []


def test_adverbs_pronoun_predicates_and_time_adverbs_are_no_speakers() -> None:
    text = _OPENING + 'وأضاف مازحا "من الواضح أن الوضع أسوأ".'
    assert _cues(text)[-1][:2] == ("وأضاف", "المدير العام فهد الزمردي")
    text = _OPENING + "وهو تعليق قال لاحقا إنه أسيء فهمه."
    assert _cues(text)[-1][:2] == ("قال", "المدير العام فهد الزمردي")
    assert statements("التجربة المصرية أكدت هذا العام أن المنتج المصري هو الأقوى.") == []


def test_a_quoted_name_with_an_adjective_and_a_semicolon_apposition() -> None:
    text = "وبينما يقبع الصحافيون في المعتقلات، كشف «مركز الدراسات الوهمي» اليمني عن تراجع الحريات."
    assert _cues(text)[0][:2] == ("كشف", "مركز الدراسات الوهمي")
    text = 'من جانبه، قال لـ"الاقتصادية" فهد الزمردي؛ مصرفي سعودي، إن السعوديين هم أكثر العملاء.'
    assert _cues(text)[0][:2] == ("قال", "فهد الزمردي؛ مصرفي سعودي")


def test_a_sentence_opened_inside_a_quotation_or_by_a_verbal_noun() -> None:
    text = (
        "وقال الأمين العام سامر الوهمي: «إنها أهم علاقة في أي منظمة.. واحدة من أهم الوظائف في أي "
        "مؤسسة لذلك يمكنني الصمت»، وتابع: «على كل حال الكأس منظمة جيدا»."
    )
    assert _cues(text)[-1][:2] == ("وتابع", "الأمين العام سامر الوهمي")
    text = _OPENING + "وتنمية مهارات التفكير الإبداعي والمهارات الشخصية،وبين أن الخطة موزعة على خمس وحدات."
    assert _cues(text)[-1][:2] == ("وبين", "المدير العام فهد الزمردي")


def test_refusing_an_action_is_no_rejection() -> None:
    assert statements("ورفضت الصحيفة نشر الخبر على أنه غير مستند إلى معلومات كافية.") == []
    assert _cues("ورفضت الوزارة أن تكون مسؤولة عن الحادث.")[0][:2] == ("ورفضت", "الوزارة")


def test_a_quoted_name_before_a_preposition_keeps_its_content() -> None:
    assert _cues('وأشار "بن الوهمي" إلى مشاركة فرع الوزارة في تأمين المياه.') == [
        ("وأشار", "بن الوهمي", "say")
    ]
