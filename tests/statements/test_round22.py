"""Rules of round 22 (post-blind test22 fix; invented sentences): واصل before a quotation or a colon
continues a quotation (وواصل "..." / وواصل: "..."); واصل with an ordinary object is no cue."""

from __future__ import annotations

from tests.statements.helpers import statements


def test_a_continued_quotation() -> None:
    sts = statements('وقال سامر الخطيب: "السوق تحتاج إلى التعاون". وواصل "يجب تحسين الشفافية في الشركات".')
    cues = [s.cue for s in sts]
    assert "وواصل" in cues
    st = next(s for s in sts if s.cue == "وواصل")
    assert st.content.startswith("يجب تحسين")


def test_continuing_work_is_no_cue() -> None:
    assert all(s.cue != "واصل" for s in statements("واصل الفريق تدريباته استعدادا للموسم الجديد."))
