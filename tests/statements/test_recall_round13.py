"""Recall and precision rules of round 13 (fictional sentences, invented names)."""

from __future__ import annotations

from rasd.statements.lexicon import load_lexicon, suffixed_forms
from rasd.text.normalize import norm_key

from .helpers import only, statements


def test_suffixed_forms_are_generated_from_the_verb_lexicon() -> None:
    texts = {t for t, _f in suffixed_forms("defective", ["رأ", "ى"], ["ر", "ى"])}
    assert {"تراها", "يراه", "رآها"} <= {t.replace("رأا", "رآ") for t in texts}
    cues = load_lexicon().cues
    for word in ("اعتبرها", "واعتبروها", "يتهمنا", "دعاهم", "وحمّله", "يصفها"):
        assert cues[norm_key(word)].suffixed, word
    assert norm_key("دعوني") not in cues  # "let me": no first-person object
    assert norm_key("يرونا") not in cues  # a name (the subjunctive يروا takes no pronoun here)


def test_object_suffixed_verbs_report() -> None:
    st = only("واعتبرها المراقبون خطوة مهمة نحو السلام.")
    assert (st.cue, st.speaker, st.act) == ("واعتبرها", "المراقبون", "say")
    st = only("ويتهمنا الخصوم بعدم الوفاء بالعهود.")
    assert (st.speaker, st.act, st.content) == ("الخصوم", "accuse", "عدم الوفاء بالعهود.")
    st = only("ودعاهم الأمير سامر إلى الالتزام بالأنظمة.")
    assert (st.speaker, st.act) == ("الأمير سامر", "call")
    st = only("ويصفها المحللون بـ«الضربة القاضية» للمشروع.")
    assert (st.speaker, st.content) == ("المحللون", "الضربة القاضية")
    st = only("فيما تراها شركة زمرد للتسويق خطوة مهمة للمسابقات.")
    assert st.speaker == "شركة زمرد للتسويق"


def test_suffixed_forms_that_are_nouns_or_perception_are_none() -> None:
    assert statements("وحضرت طالبة من الجامعة الحفل.") == []
    assert statements("ولم يراه أحد من الحضور بعد الحادث.") == []
    assert statements("وتم وصفه بأنه إنجاز كبير في التقرير.") == []
    assert statements("وحققت الشركة ما وصفته بأنه أفضل نتيجة في تاريخها.") == []


def test_blame_complaint_and_call_with_lam() -> None:
    st = only("وحمّل الوزير سامر القمري المسؤولية الكاملة عن الحادث.")
    assert st.act == "accuse"
    assert only("وحمّله الوزير المسؤولية عن التأخير.").speaker == "الوزير"
    st = only("اشتكى أهالي حي الزمرد من انقطاع المياه منذ أسبوع.")
    assert (st.speaker, st.act, st.content) == ("أهالي حي الزمرد", "say", "انقطاع المياه منذ أسبوع.")
    st = only("ودعا الوزير للتنسيق بين الجهات المعنية.")
    assert (st.act, st.content) == ("call", "للتنسيق بين الجهات المعنية.")
    assert statements("وهذه الأرقام تدعو للتفاؤل بمستقبل القطاع.") == []


def test_condemned_object_ends_the_speaker() -> None:
    st = only("أدان السفير سامر القمري الممارسات التي ترتكبها الجماعة ضد الصحفيين.")
    assert (st.speaker, st.act) == ("السفير سامر القمري", "condemn")


def test_adverb_after_the_verb_is_no_speaker() -> None:
    st = only("وكان رئيس اللجنة الدكتور فهد الزمردي، قد أعلن مسبقا أن النادي من ضمن الأندية المؤهلة.")
    assert st.speaker == "رئيس اللجنة الدكتور فهد الزمردي"
    sts = statements("وتحدث المدير سامر عن المشروع. وقال لهم ساخرًا «هل أنا المسؤول؟».")
    assert [s.speaker for s in sts] == ["المدير سامر"]


def test_another_side_lead_and_event_things() -> None:
    st = only("من جهة أخرى، أعلنت هيئة النقل في زمردستان أن الخدمة ستكون مجانية.")
    assert st.speaker == "هيئة النقل في زمردستان"
    assert statements("إن الحادثة التي وقعت أمس أوضحت أن الأمن هش.") == []
    assert statements("وتوقيت الزيارة يؤكد أن العلاقات متينة.") == []


def test_subject_before_a_negated_confirm() -> None:
    sts = statements("وقال المتحدث سامر إن الغارة نجحت. إلا أن المسؤولين الزمرديين لم يؤكدوا وفاته.")
    assert (sts[1].speaker, sts[1].act, sts[1].negated) == ("المسؤولين الزمرديين", "evade", True)
    sts = statements("وقال المتحدث سامر إن الغارة نجحت. والفريق لم يعترف بالهزيمة أبدا.")
    assert all("الفريق" not in s.speaker for s in sts)  # only confirm/deny verbs (evade)


def test_post_blind_written_messages_need_a_channel() -> None:
    st = only("وكتبت الفنانة سلمى عبر حسابها على تويتر: “رحمها الله وغفر لها”.")
    assert (st.cue, st.speaker, st.content) == ("وكتبت", "الفنانة سلمى", "رحمها الله وغفر لها")
    assert statements("وهي الأغنية التي كتب كلماتها الشاعر فهد: «يا دار».") == []


def test_post_blind_quoting_participle_folds_into_its_statement() -> None:
    st = only("كما عبر الفنان سامر عن حزنه قائلاً: “كانت صديقة عزيزة”.")
    assert (st.cue, st.content, st.direct) == ("عبر", "كانت صديقة عزيزة", True)
    sts = statements("وشدد الوزير فهد على أن الحوار ضروري، قائلا إن الحل سياسي.")
    assert [s.cue for s in sts] == ["وشدد", "قائلا"]  # an indirect قائلا إن stays its own statement


def test_post_blind_lemmas_and_shapes() -> None:
    st = only("نفى اللواء سامر القمري ما تردد عن إصابة السجين بالتسمم.")
    assert (st.act, st.content) == ("deny", "ما تردد عن إصابة السجين بالتسمم.")
    sts = statements("ووجه الوزير فهد أصابع الاتهام إلى قادة في الجيش، ذاكرا أنهم كانوا يبتزون المواطنين.")
    assert [(s.cue, s.act) for s in sts] == [("ووجه", "accuse"), ("ذاكرا", "say")]
    sts = statements("وقال فهد وسامر إن المجسم أزيل، مضيفان أنه من أقدم المعالم.")
    assert [s.cue for s in sts] == ["وقال", "مضيفان"]
    assert statements("وجمع ثروة تقدر ما بين 32 و30 مليار دولار.") == []
    assert only("كما أشاد «لوند» بمواقف القيادة السياسية.").speaker == "لوند"
    assert only("وأفادت أنباء بأنه تم تحديد موعد الانتخابات.").act == "report"
    st = only("وكشفت مصادر مطلعة لـ«الصحيفة» تفاصيل الملفات التي بحثها الوزير.")
    assert (st.act, st.speaker) == ("reveal", "مصادر مطلعة")


def test_post_blind_marker_source_after_a_day_name() -> None:
    sts = statements("وتلقت العائلة وعودا بمحاسبة الفاعل، بحسب ما نقلت صحيفة زمردية الاثنين عن زوجة الضحية.")
    assert [(s.speaker, s.via) for s in sts] == [("زوجة الضحية", ["صحيفة زمردية"])]


def test_post_blind_prepositional_opening_is_no_subject() -> None:
    sts = statements(
        "ذكرت الصحف المحلية أن الأمطار غزيرة. واهتمت بمستجدات الطقس في المنطقة، مشيرة إلى أن المدارس أغلقت."
    )
    assert sts[-1].cue == "مشيرة" and not sts[-1].speaker.startswith("بمستجدات")
