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


# Post-blind fixes (test12)


def test_new_lemmas_urge_touch_on_and_renew() -> None:
    st = only("وأوصت الهيئة سكان المدينة بالتعاون والوحدة.")
    assert (st.cue, st.act) == ("وأوصت", "call")
    sts = statements("وقال سامر القمري إن السوق متذبذب. وتطرق في حديثه إلى أن الأسعار مرتفعة.")
    assert [(s.cue, s.speaker) for s in sts] == [("وقال", "سامر القمري"), ("وتطرق", "سامر القمري")]
    st = only("وجدد سامر القمري مطالبة الحكومة للمجتمع الدولي بتوفير الحماية.")
    assert (st.act, st.speaker) == ("call", "سامر القمري")
    assert statements("وجدد سامر القمري العقد مع النادي.") == []


def test_doubt_with_b_and_a_colon() -> None:
    st = only("وشككت سارة القمري بدوافع والدها: “يجب أن نرى الجانب الآخر”.")
    assert (st.cue, st.act) == ("وشككت", "say")


def test_a_lone_trailing_marker_and_a_marker_before_a_relative_are_no_statements() -> None:
    sts = statements("وقالت سارة: “يجب أن نرى”. وفقا للزمردية. واضافت: أمل ألا تصل الأمور إلى القضاء.")
    assert [(s.cue, s.speaker) for s in sts] == [("وقالت", "سارة"), ("واضافت", "سارة")]
    sts = statements(
        "أعلنت الشركة تعيين سامر رئيسا لها. وفقا لرئيس المجلس سعد القمري، الذي أوضح أن التعيين مهم."
    )
    assert [s.cue for s in sts] == ["أعلنت", "أوضح"]


def test_ages_after_a_marker_and_regulation_articles_are_no_sources() -> None:
    assert statements("ويعملون وفقا لأعمارهم في المصانع.") == []
    assert statements("كما بينت المادة التاسعة أن اللجنة تراجع الطلبات.") == []


def test_scraped_link_line_repeating_the_headline_is_skipped() -> None:
    sts = statements("وقال سامر إن الهاتف جديد. رابط الخبر بصحيفة الزمرد: سامر يؤكد أن الهاتف جديد")
    assert [s.cue for s in sts] == ["وقال"]


def test_but_is_no_fronted_topic() -> None:
    assert only("ولكن السكان يقولون إن الجزيرة آمنة.").speaker == "السكان"


def test_resumptive_object_after_a_plural_verb() -> None:
    st = only("أصدر علماء من محافظة الزمرد أمس، بيانا يستنكرون فيه جريمة تفجير المسجد.")
    assert (st.act, st.speaker) == ("condemn", "علماء من محافظة الزمرد")


def test_month_names_end_the_speaker() -> None:
    assert only("واعلنت انقرة في تموز/يوليو انها سمحت للطائرات بالهبوط.").speaker == "انقرة"


def test_partitive_keeps_min_in_the_speaker() -> None:
    st = only("وحذر عدد من الأطباء من خطورة الحر.")
    assert (st.speaker, st.content) == ("عدد من الأطباء", "خطورة الحر.")


def test_governed_saying_noun_without_a_subject_takes_the_latest_speaker() -> None:
    sts = statements(
        "وقال سامر القمري إن السوق متذبذب. ومضى يقول: الأسعار مرتفعة. "
        "وانتقل في حديثه إلى منطقة اليورو بقوله: أبرز ما فيها انخفاض التضخم."
    )
    assert [s.speaker for s in sts] == ["سامر القمري"] * 3
