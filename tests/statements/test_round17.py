"""Rules of round 17: a masculine plural cue needs a plural speaker (else the nearest plural mention,
else none), and a bare past verb opening a clause gives its subject to a joined past cue (invented
sentences)."""

from __future__ import annotations

from .helpers import statements


def _cues(text: str) -> list[tuple[str, str, str]]:
    return [(s.cue, s.speaker, s.act) for s in statements(text)]


def test_a_plural_verb_does_not_carry_a_singular_speaker() -> None:
    text = "وقال المحلل سامر الوهمي إن السوق مستقرة. وفي اجتماع آخر مع التجار قالوا إن الأسعار سترتفع."
    assert [c for c, _s, _a in _cues(text)] == ["وقال"]


def test_a_plural_participle_takes_the_nearest_plural_mention() -> None:
    text = "وأثارت دعوة الوزير سامر الوهمي استياء السياسيين المحليين، قائلين إن الدعوة غير مقبولة."
    found = {c: s for c, s, _a in _cues(text)}
    assert found["قائلين"].startswith("السياسيين")


def test_a_plural_speaker_is_kept() -> None:
    text = "وقال مسؤولون في الوزارة إن الخطة جاهزة. وأضافوا أن التنفيذ يبدأ قريبا."
    assert [s for _c, s, _a in _cues(text)] == ["مسؤولون في الوزارة", "مسؤولون في الوزارة"]


def test_the_plural_of_majesty_agrees() -> None:
    text = "واستقبل خادم الحرمين الشريفين الملك سامر الوفد، مؤكدين أن العلاقات متينة."
    assert _cues(text)[-1][1].startswith("خادم الحرمين")


def test_a_relative_plural_keeps_its_speaker() -> None:
    text = "وحضر العرض عدد كبير من الأطفال الذين أبدوا إعجابهم بالقصة."
    assert _cues(text)[-1][0] == "أبدوا"


def test_a_bare_past_verb_opening_a_clause_gives_its_subject() -> None:
    text = (
        "المطرب خالد سالم أهدى الأغنية للجمهور الكبير. "
        "قبل الافتتاح، تحدث المطرب سامي يوسف للصحيفة حول أغنيته فقال: «الأغنية قديمة جدا»."
    )
    cue, speaker, _act = _cues(text)[-1]
    assert cue == "فقال" and speaker.startswith("المطرب سامي يوسف")


def test_a_present_cue_takes_no_bare_opening_subject() -> None:
    text = "جاءت تصريحات الوزير لتلخص الموقف وتؤكد أن الأزمة مستمرة."
    assert all(c != "وتؤكد" or s != "الوزير" for c, s, _a in _cues(text))


def test_a_verbal_noun_after_kana_and_an_adjective_takes_its_genitive() -> None:
    text = "وكان لافتاً تأكيد الوزير خلال لقائه نظيره أن الوقت حان لوضع حد للأزمة."
    assert _cues(text) == [("تأكيد", "الوزير", "confirm")]


def test_a_byline_ending_in_a_place_is_no_subject() -> None:
    text = "سامر القمري- سبق- عدن: فاجأ الوزير الجميع بالقرار. وقال إن القرار نهائي."
    assert all("القمري" not in s for _c, s, _a in _cues(text))


def test_a_postposed_cue_after_a_closing_quotation_mark() -> None:
    text = '"إن المشروع ناجح" كما قالت كبيرة المحللين سارة سامر، في مركز الطاقة.'
    assert _cues(text) == [("قالت", "كبيرة المحللين سارة سامر", "say")]
