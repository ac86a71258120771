"""Rules of round 20 (post-blind test20 fixes; invented sentences): a title between dashes before أن, the
feminine participle لافتة before إلى/أن (not the banner), بما after a ب verb ends the speaker, ولفت النظر إلى,
care and claiming as objects (وأكد حرص، أعلن تبني), a fronted بدلا من ذلك, a
preposition is never a subject, a verb continuing a content of its gender, and a voiced fear (يخشى)."""

from __future__ import annotations

from tests.statements.helpers import only, statements


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(s.cue, s.speaker) for s in statements(text)]


def test_a_title_between_dashes_before_that() -> None:
    st = only("وبيّن سالم الناصر -مسؤول التوظيف في شركة خاصة- أنه من الظلم تعميم الحكم على الموظفين.")
    assert (st.cue, st.speaker) == ("وبيّن", "سالم الناصر -مسؤول التوظيف في شركة خاصة")
    assert st.content.startswith("من الظلم")


def test_a_short_title_between_dashes_after_a_strict_verb() -> None:
    st = only("فيما اعتبر فهد الراشد -مدرب- أننا بحاجة إلى ثقافة عامة للعمل.")
    assert (st.cue, st.speaker) == ("اعتبر", "فهد الراشد -مدرب")


def test_the_feminine_participle_lafita() -> None:
    cues = _cues("وبينت المتطوعة هند سالم أنهن تلقين التوجيهات، لافتة إلى أن التطوع يصقل الشخصية.")
    assert cues == [("وبينت", "المتطوعة هند سالم"), ("لافتة", "المتطوعة هند سالم")]


def test_a_banner_is_no_participle() -> None:
    assert statements("ورفع المتظاهرون لافتة كتب عليها اسم المدينة.") == []


def test_bima_after_a_praise_verb_opens_the_complement() -> None:
    st = only("وأشاد مطلق الحربي بما تم تقديمه من فعاليات في الصالة.")
    assert (st.speaker, st.content.startswith("ما تم تقديمه")) == ("مطلق الحربي", True)


def test_drew_attention_to() -> None:
    text = "وقال مدير المهرجان سعد الغامدي إن الفعاليات متنوعة. ولفت النظر إلى أن الألعاب استعادت هويتها."
    cues = _cues(text)
    assert cues == [("وقال", "مدير المهرجان سعد الغامدي"), ("ولفت", "مدير المهرجان سعد الغامدي")]


def test_care_right_after_the_verb_is_its_object() -> None:
    cues = _cues("وأكد الأمير خالد أن السوق مهم. وأكد حرص جميع اللجان كل عام على إثراء الزائر.")
    assert cues == [("وأكد", "الأمير خالد"), ("وأكد", "الأمير خالد")]


def test_instead_of_that_is_a_lead_not_a_subject() -> None:
    text = "وقال رينولدز إن القواعد قوية. بدلا من ذلك، اتخذ ماكونيل خطوة جديدة، داعيا الحكام إلى رفض القواعد."
    st = statements(text)[-1]
    assert st.cue == "داعيا" and st.speaker is not None and st.speaker.startswith("ماكونيل")


def test_a_feminine_verb_continuing_a_feminine_content_subject_is_nested() -> None:
    text = "الإنتاجية\nوقال عوض الزهراني إن وزارة التخطيط اكتشفت ضعفا في العمل، وطالبت بربط الترقيات بالأداء."
    assert _cues(text) == [("وقال", "عوض الزهراني")]


def test_a_voiced_fear() -> None:
    st = only("ويخشى باسم الحربي أن تندثر كثير من الألعاب الشعبية.")
    assert (st.act, st.speaker) == ("express_concern", "باسم الحربي")
    assert statements("وتخشى الحكومة من تفاقم الأزمة.") == []


def test_a_huwa_apposition_before_the_verb() -> None:
    text = (
        "وقال رينولدز إن القواعد قوية. ولكن مايكل ماكينا، وهو ممثل عن جماعة ضغط من الجمهوريين، "
        "يقول إن النواب لن يتراجعوا."
    )
    assert _cues(text) == [("وقال", "رينولدز"), ("يقول", "مايكل ماكينا")]


def test_a_prepositional_huwa_clause_is_no_apposition() -> None:
    text = "وقال الفنان إن الأغاني مهمة. حيث حفظه الأغاني، وهي بالأصل للخفاجي، يقول إن التاريخ سيحاسبني."
    assert [s.speaker for s in statements(text)] == ["الفنان", "الفنان"]
