"""Rules of round 19 (post-blind test18 fixes; invented sentences): other senses of cue words, a
title's body after لـ«…», a name علي after a title, a time phrase after an SVO verb, a fronted
topic before an honorific subject, and lexicon additions (ونبّه من، تبعا لـ، متعجبا، امتعاض)."""

from __future__ import annotations

from tests.statements.helpers import only, statements


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(s.cue, s.speaker) for s in statements(text)]


def test_a_present_verb_describing_an_indefinite_noun_is_no_cue() -> None:
    st = only('وقال دبلوماسي يتابع الوضع في البلاد: "هناك تحرك ضعيف نحو الحل."')
    assert (st.cue, st.speaker) == ("وقال", "دبلوماسي يتابع الوضع في البلاد")


def test_a_spelled_teen_number_is_no_praise() -> None:
    assert statements("وقد عثر الباحثون على مائتين وإثنى عشر نقشا على صخور الجبل.") == []


def test_returned_is_no_participle() -> None:
    st = only('وقال دبلوماسي روسي: إن الوزيرين "عادا من الدوحة بقدر من المهام" وإنهما بحاجة لتحديد الخطوات.')
    assert st.cue == "وقال"


def test_between_repeated_is_no_cue() -> None:
    text = "لم يحدث أي اتصال مثمر بين الدول العربية الداعمة للمعارضة، وبين دمشق أو داعميها: إيران وروسيا."
    assert statements(text) == []


def test_approving_a_rule_is_no_admission() -> None:
    assert statements("أقر مجلس الوزراء أن يكون لكل شاطئ حرم مفتوح للعامة.") == []
    st = only("وأقر الوزير أمس بأن الوزارة أخطأت في التقدير.")
    assert (st.act, st.speaker) == ("admit", "الوزير")


def test_at_their_discretion_is_no_source() -> None:
    assert statements("ويستثنى ما تستدعيه الضرورات بحسب ما تراه الجهات الأمنية من المواقع.") == []


def test_a_titles_body_after_lam_stays_in_the_speaker() -> None:
    st = only("وحذر المستشار القانوني لـ«الجيش الوطني» سامر الوهمي أمس من خطورة الوضع.")
    assert st.speaker == "المستشار القانوني لـ«الجيش الوطني» سامر الوهمي"
    st = only("وقال المتحدث الرسمي لـ«الشرق الأوسط» إن الوضع مستقر.")
    assert st.speaker == "المتحدث الرسمي"


def test_ali_after_a_title_is_a_name() -> None:
    st = only('وقال المتحدث باسم الوزارة السفير علي الصادق: "إن بلاده تتابع الحادث".')
    assert st.speaker == "المتحدث باسم الوزارة السفير علي الصادق"


def test_a_time_phrase_after_the_verb_is_no_subject() -> None:
    st = only("يذكر أن وزارة الداخلية أعلنت العام الماضي أن عدد المسافرين تجاوز مئتي ألف.")
    assert st.speaker == "وزارة الداخلية"


def test_a_fronted_topic_gives_way_to_an_honorific_subject() -> None:
    text = (
        "وأوضح الرئيس العام سامر الوهمي أن العمل جار. أما المحور الخدمي من الخطة، فقد أفاد معاليه أنه "
        "يعنى بالنظافة."
    )
    assert _cues(text)[-1] == ("أفاد", "الرئيس العام سامر الوهمي")


def test_warned_of_opens_its_content() -> None:
    st = only("ونبه سامر الوهمي، في تصريحات صحفية، من «تهجير العائلات من المدينة».")
    assert (st.act, st.speaker) == ("warn", "سامر الوهمي")


def test_according_to_a_report_with_tabaan() -> None:
    st = only("ويستخدم ثلث السكان الواقيات بانتظام، تبعا لتقرير صدر في مايو عن مراكز الوقاية.")
    assert st.cue == "تبعا" and st.speaker is not None and st.speaker.startswith("تقرير")


def test_astonishment_and_displeasure_are_said() -> None:
    text = (
        "وأعرب أحد المسافرين عن استيائه من الزحام، متعجبا من عدم تطبيق الفكرة. "
        "وعبر عدد من المسافرين عن امتعاضهم من الانتظار."
    )
    assert [c for c, _ in _cues(text)] == ["وأعرب", "متعجبا", "وعبر"]


def test_projects_and_attacks_say_nothing() -> None:
    assert statements("إن اعتداءات كهذه تؤكد ضرورة العمل مع الشركاء.") == []
    st = only("وأوضح المدير سامر الوهمي أن هذا المشروع يؤكد اهتمام الشركة بالبيئة.")
    assert st.cue == "وأوضح"


def test_importance_after_the_verb_is_its_object() -> None:
    text = "وقال الوزير سامح شكري إن اللقاء مهم. وأكد أهمية مواجهة الإرهاب من خلال العمل المشترك."
    assert _cues(text)[-1] == ("وأكد", "الوزير سامح شكري")


def test_hoping_participles_report_a_hope() -> None:
    text = "ولفت الوزير إلى أن المشكلة قائمة، آملا أن تستطيع الحكومة إعادة البناء، متطلعا إلى افتتاح القناة."
    assert [c for c, _ in _cues(text)] == ["ولفت", "آملا", "متطلعا"]


def test_fill_and_his_hope_are_no_participles() -> None:
    assert statements("قررت صديقتي أنني أحتاج أن أملأ خزائني واقترحت أن نذهب في رحلة.") == []
    st = only("وأعرب الوزير عن أمله أن تنجح المفاوضات.")
    assert st.cue == "وأعرب"
