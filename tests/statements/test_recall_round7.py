"""Rules of round 7 (unseen SaudiNewsNet articles; fictional sentences, Zumurrudistan is invented)."""

from __future__ import annotations

from .helpers import only, statements


def test_things_are_no_speakers_of_say_verbs() -> None:
    assert statements("وأشارت التوقعات المناخية إلى أن الصيف سيكون حارا.") == []
    assert statements("تؤكد الإنجازات الكبيرة أن الأمن مستتب في زمردستان.") == []
    st = only("كشفت الإحصائيات عن وصول ألف سيارة إلى السوق.")
    assert st.act == "reveal"  # figures may reveal


def test_relative_clause_between_subject_and_verb() -> None:
    st = only("إلا أن الخبراء الزمرديين، والذين تحركوا بطلب من الأسرة، اعتبروا أن النظرية مرجحة.")
    assert st.speaker == "الخبراء الزمرديين"


def test_lead_phrase_before_a_present_verb_and_trend_object() -> None:
    st = only("من جهتهم يتوقع خبراء الطقس استمرار نشاط الرياح خلال ساعات النهار.")
    assert st.speaker == "خبراء الطقس" and st.content.startswith("استمرار")


def test_long_titled_subject_after_an_outlet_addressee() -> None:
    st = only(
        "وأوضح لـ«عكاظ» المشرف على الحملة أستاذ مشارك واستشاري طب الأطفال بجامعة زمردستان"
        " الدكتور سامر القمري، أن الحملة نفذت بنجاح."
    )
    assert st.speaker.endswith("سامر القمري") and st.speaker.startswith("المشرف")


def test_renewing_a_reporting_noun_and_also_in_the_statement() -> None:
    sts = statements("وقال الأمير سامر إن التحقيقات جارية، مجددا تأكيده على أن العمل الإرهابي لن ينجح.")
    assert [s.act for s in sts] == ["say", "confirm"] and sts[1].speaker == "الأمير سامر"
    assert all(s.cue != "مجددا" for s in statements("وأكد الوزير مجددا أن الحدود آمنة."))
    st = only("وجاء أيضا في البيان أن الغارة استهدفت قياديا.")
    assert st.speaker == "البيان"


def test_verbal_nouns_governed_by_the_speakers_verb() -> None:
    st = only("وسارع معهد الدراسات الزمردي على تويتر بنفي أنه من المعارضين للاتفاق.")
    assert st.act == "deny" and st.speaker == "معهد الدراسات الزمردي"
    st = only("وعلى أثر الهجوم، رد حزب العمال الزمردي بعمليات انتقامية لاتهامها بعدم حماية السكان.")
    assert st.act == "accuse" and st.speaker.startswith("حزب العمال الزمردي")


def test_on_the_tongue_of_and_subjunctive_verbs() -> None:
    sts = statements(
        "عرض البنك على زمردستان برنامج اقتراض. جاء ذلك على لسان المديرة سري القمري."
        " وأوضحت في تصريح اليوم أنها التقت بالمسؤولين."
    )
    assert [s.speaker for s in sts] == ["المديرة سري القمري"] * 2
    assert sts[0].content.startswith("عرض البنك")
    # the subjunctive تشير after أن is no report; since round 12 أوصى (recommends) is itself a call cue
    sts = statements("وأوصى الوزير بضرورة أن تشير الكليات إلى إمكانية الالتحاق بالتأهيل.")
    assert [(s.cue, s.act) for s in sts] == [("وأوصى", "call")]


def test_spelled_acronym_and_relative_before_a_lead_pronoun() -> None:
    st = only("وأبدى سامر سعادته بالجهاز، بحسب البي بي سي.")
    assert st.via == ["البي بي سي"]
    sts = statements("والتقت الصحيفة عددا من أهالي الحي الذين بدورهم عبروا عن شكرهم للبلدية.")
    assert sts[0].speaker.endswith("أهالي الحي")


def test_post_blind_test7_rules() -> None:
    sts = statements("ومنذ تولي الرئيس الزمردي سامر القمري الذي توعد بسحق التمرد الحكم، تغيرت البلاد.")
    assert sts[0].act == "warn" and sts[0].speaker.endswith("الرئيس الزمردي سامر القمري")
    st = only('وبحسب "الألمانية"، فإن زمردستان تأمل اختتام المحادثات سريعا.')
    assert st.speaker == "الألمانية" and st.content.startswith("فإن")
    sts = statements("وأعرب الوزير سامر عن ارتياحه للتطورات، معبراً عن أمله في انتهاء الأعمال العسكرية.")
    assert [s.cue for s in sts] == ["وأعرب", "معبراً"] and sts[1].speaker == "الوزير سامر"
    assert statements("ونقل الأمير سامر تعازي الملك لأسر «شهداء الواجب» في الحادث.") == []
