"""Rules of round 14: the nested-statement convention, new cues and speaker rules (invented sentences)."""

from __future__ import annotations

from .helpers import only, statements


def _cues(text: str) -> list[tuple[str, str, str]]:
    return [(s.cue, s.speaker, s.act) for s in statements(text)]


def test_participles_continuing_a_nested_statement_are_part_of_the_content() -> None:
    text = (
        "وصرح الناطق باسم الديوان بأن الرئيس رحب برغبة شركة زمرد في التوسع، مشيدا بالتعاون، "
        "ومثنيا على نشاطها."
    )
    assert _cues(text) == [("وصرح", "الناطق باسم الديوان", "say"), ("رحب", "الرئيس", "say")]
    outer = statements(text)[0]
    assert outer.content.endswith("ومثنيا على نشاطها.")  # the participles stay inside its content


def test_a_plural_verb_inside_a_dual_speakers_content_is_nested() -> None:
    text = (
        "وقال الشاهدان سامر وفادي إن النصب قديم. وأوضحا أن كثيرا من السكان انتقدوا إزالة النصب، "
        "مطالبين بإعادته، وطالبوا البلدية بالاعتذار."
    )
    assert [c for c, _s, _a in _cues(text)] == ["وقال", "وأوضحا"]
    # a singular verb before its subject is no evidence: the plural participle stays the speakers'
    text = "وأوضح الشاهدان أن الطريق مغلق، مطالبين بفتحه."
    assert [c for c, _s, _a in _cues(text)] == ["وأوضح", "مطالبين"]


def test_the_outer_speakers_own_participles_and_coordinated_verbs_stay() -> None:
    assert _cues("وقال الوزير سامر إن الوزارة ستواصل العمل، مشيرا إلى أن الخطة جاهزة.") == [
        ("وقال", "الوزير سامر", "say"),
        ("مشيرا", "الوزير سامر", "say"),
    ]
    # a nested verb whose subject names a thing: the participle after it is the outer speaker's
    sts = statements("وأوضح الوزير أن قرار فتح المعبر يؤكد أن المدينة آمنة، مشيرا إلى أن القوافل ستصل.")
    assert [(s.cue, s.speaker) for s in sts] == [("وأوضح", "الوزير"), ("مشيرا", "الوزير")]
    # a quotation closes the nested clause: the participle after it is no part of a nested content
    sts = statements("أكد الشيخ فادي أن القتل محرم، فقد قال الحكيم: «لا تقتلوا»، واصفا الهجوم بالجبان.")
    assert "واصفا" in [s.cue for s in sts]
    sts = statements("وأعلنت الوزارة أنها فتحت تحقيقا وأكدت أنه «سيجري التثبت»، مشيرة إلى أن الأهداف بعيدة.")
    assert [s.cue for s in sts] == ["وأعلنت", "وأكدت", "مشيرة"]


def test_new_cues_of_round_14() -> None:
    st = only("استغرب عدد من سكان البلدة من إزالة المعالم القديمة.")
    assert (st.cue, st.speaker, st.act, st.content) == (
        "استغرب",
        "عدد من سكان البلدة",
        "say",
        "إزالة المعالم القديمة.",
    )
    st = only("وروى شقيق الضحية الذي كان برفقته كيف هاجمهما المسلح في الطريق.")
    assert (st.speaker, st.content) == ("شقيق الضحية", "هاجمهما المسلح في الطريق.")
    st = only("وخرج مئات المتظاهرين إلى الساحة هاتفين “نريد العدالة”.")
    assert (st.cue, st.speaker, st.content) == ("هاتفين", "مئات المتظاهرين", "نريد العدالة")
    st = only("ووصف شهود عيان المشاهد المرعبة وسحب الدخان فوق الوادي.")
    assert (st.cue, st.speaker, st.act) == ("ووصف", "شهود عيان", "say")
    assert statements("ووصف الطبيب الدواء للمريض.") == []  # a prescription, not a described scene


def test_abaan_with_its_hamza_allows_an_adverbial() -> None:
    text = "وأبان المدير خلال الاجتماع الذي عقده بمقر الإدارة اليوم، أن الدراسة ستبدأ في موعدها."
    assert _cues(text) == [("وأبان", "المدير", "say")]
    assert statements(text.replace("وأبان", "وابان")) == []  # ابان may be "during": strict


def test_reversed_guillemets_around_an_outlet_and_a_conjoined_past_expectation() -> None:
    text = (
        "وكشفت أوساط الهيئة الروسية لـ»الرائد» تفاصيل الملفات. وأوضحت «أن الوفد وصل إلى موسكو»، "
        "وتوقعت أن تصل القيمة إلى 4 مليارات."
    )
    assert [(s.cue, s.speaker) for s in statements(text)] == [
        ("وكشفت", "أوساط الهيئة الروسية"),
        ("وأوضحت", "أوساط الهيئة الروسية"),
        ("وتوقعت", "أوساط الهيئة الروسية"),
    ]
    assert statements("ويتوقع أن تصل القيمة إلى 4 مليارات.") == []  # impersonal present


def test_participle_after_a_verb_takes_that_verbs_subject() -> None:
    text = (
        "وواصلت الصحف رصدها للأوضاع في الإقليم. واهتمت بمستجدات الحرب في الشمال، مشيرة إلى أن القوات تقدمت."
    )
    st = only(text)
    assert (st.cue, st.speaker) == ("مشيرة", "الصحف")
    st = only("وقد هدد التنظيم المتطرف الأربعاء بإعدام الرهينة، مؤكدا أنه سينفذ تهديده خلال يومين.")
    assert st.speaker.startswith("التنظيم المتطرف")
    st = only("كما ثمن رئيس نادي الشروق جهود اللجنة، معتبرا إقامة المباريات مهمة للشباب.")
    assert st.speaker.startswith("رئيس نادي الشروق")


def test_kana_subject_carries_to_a_later_conjoined_verb() -> None:
    text = (
        "وقال المحامي سامر الوهمي إن موكله بخير. وكانت جماعة الرواد قد أثارت في عدد من المواقع إصابته "
        "بالتسمم، وأن حالته حرجة وطالبت بسرعة نقله إلى المستشفى."
    )
    assert ("وطالبت", "جماعة الرواد", "call") in _cues(text)


def test_agency_names_without_a_medium_word_report() -> None:
    st = only("وأوضحت الأناضول أن القرار يشمل الرئيس السابق.")
    assert (st.speaker, st.act) == ("الأناضول", "report")
    st = only("وأوضح الأنصاري أن القرار يشمل الرئيس السابق.")
    assert st.act == "say"


def test_quoted_agency_names_are_no_quotation() -> None:
    sts = statements('قتل 14 شخصا في الإعصار. وقالت "شينخوا": إن الإعصار تسبب في نزوح الآلاف.')
    assert [(s.speaker, s.act, s.content) for s in sts] == [
        ("شينخوا", "report", "إن الإعصار تسبب في نزوح الآلاف.")
    ]
    st = only(
        'ونقلت وكالة أنباء زمردستان "زنا" الرسمية ، عن مسؤولين في الإقليم ، أن الضحايا دفنوا تحت الأنقاض.'
    )
    assert (st.speaker, st.content) == ("مسؤولين في الإقليم", "الضحايا دفنوا تحت الأنقاض.")
    st = only("وقال الوزير لقناة «إيه.بي.سي» الإذاعية إن المراجعة تستغرق أسابيع.")
    assert st.content == "المراجعة تستغرق أسابيع."


def test_via_and_non_saying_verbs_after_a_comma() -> None:
    text = (
        "وأوضح المهندس سامر أن الدورة التي قدمها المدرب فادي عبر الدائرة التلفزيونية للمشاركات, "
        "تضمنت شرحا مفصلا عن إجراءات القيد."
    )
    assert [s.cue for s in statements(text)] == ["وأوضح"]
    # only a verb of saying may follow its content (…، وحمل بعضهم صورا: no accusation)
    assert statements("وخرج المتظاهرون إلى الشارع، وحمل بعضهم صورا للزعيم.") == []


def test_post_blind_names_ending_in_allah_are_no_prayer() -> None:
    assert _cues("وأكد الجار الله أن المنطقة تشهد مشروعات كبيرة.") == [("وأكد", "الجار الله", "confirm")]
    st = only("وذكرت مصادر محلية في رام الله أن القوات اقتحمت البلدة.")
    assert st.speaker == "مصادر محلية في رام الله"
    assert statements("ودعا الشيخ الله أن يحفظ البلاد.") == []  # a call verb still prays
    assert statements("وقد قال الله تعالى: ((ولكم في القصاص حياة)).") == []  # a verse, nobody reports


def test_post_blind_guards() -> None:
    text = "وقالت المتحدثة إنه يجري تحذير ملايين الزوار من خلال المنشورات أن يبتعدوا عن الثيران."
    assert [s.cue for s in statements(text)] == ["وقالت"]  # a passive verbal noun names nobody
    text = (
        "وصرحت الوزارة في بيان: إن المباحث تمكنت من كشف الجريمة، وواجه رجال المباحث الجاني بالأدلة "
        "فاعترف بها."
    )
    assert [s.cue for s in statements(text)] == ["وصرحت"]  # ف continues the content's narration
    assert statements("كيفما أجاب الزمن عن هذا السؤال فلا بد من الاعتراف بذلك.") == []
    assert statements("استبعد الجهاز الفني قائد الفريق سامر من مباراة الكأس.") == []  # an action
    assert _cues("واستبعد الخبراء فرضية التسميم.") == [("واستبعد", "الخبراء", "say")]
    assert statements("وقال المدرب للصحفيين بعد الفوز، وهو يشير لزميله بيده.") == []


def test_post_blind_speakers_and_channels() -> None:
    text = (
        "وبدأ بعد ذلك الحفل الخطابي بتلاوة آيات من القرآن الكريم، ثم ألقى مدير المهرجان فادي الوهمي كلمة "
        "اللجنة العليا للمهرجان أوضح فيها أن المهرجان يحظى بدعم كبير."
    )
    assert _cues(text) == [("أوضح", "مدير المهرجان فادي الوهمي", "say")]
    text = "وأكدت الشركة الخبر، إلا أنها قالت عبر مدونتها الرسمية إن البرنامج يتم بالتعاون مع الشركاء."
    assert [s.cue for s in statements(text)] == ["وأكدت", "قالت"]
    text = (
        "قال الوزير سامر إنه مستعد للتحرك. وكان الوزير يتحدث للصحفيين لدى هبوطه في المرحلة الأولى من مهمة "
        "تجارية تستغرق أربعة أيام يأمل أن يصيغ خلالها تحالفات جديدة."
    )
    sts = statements(text)
    assert [(s.cue, s.speaker) for s in sts][-1] == ("يأمل", "الوزير سامر")
    st = only("ويعرض الحرفي سامر تجاربه، مشيداً بما حظي به المعرض من إقبال.")
    assert st.content == "ما حظي به المعرض من إقبال."


def test_post_blind_reversed_guillemet_closes_a_quotation() -> None:
    text = "وأضاف الدكتور فادي « إن بيوت الله يجب أن تصان «، مؤكدًا أن هذه الأعمال لن تزيد الوطن إلا لحمة."
    sts = statements(text)
    assert [(s.cue, s.direct) for s in sts] == [("وأضاف", True), ("مؤكدًا", False)]
    assert sts[0].content.strip() == "إن بيوت الله يجب أن تصان"
