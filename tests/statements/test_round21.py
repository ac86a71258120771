"""Rules of round 21 (post-blind test21 fixes; invented sentences): a comma after a fronted outlet
(ويقول لـ"الصحيفة"، X …، إن) does not end the search for the subject; a comma followed by أن/إن leaves the
cue with no subject there."""

from __future__ import annotations

from tests.statements.helpers import only, statements


def test_a_comma_after_a_fronted_outlet() -> None:
    st = only('ويقول لـ"الصحيفة"، سامر الخطيب نائب رئيس الشركة لشؤون التسويق، إن السوق تحتاج إلى التعاون.')
    assert (st.cue, st.speaker) == ("ويقول", "سامر الخطيب نائب رئيس الشركة لشؤون التسويق")
    assert st.content.startswith("السوق تحتاج")


def test_a_comma_after_a_fronted_outlet_then_that_has_no_subject() -> None:
    assert all(s.speaker != "إن" for s in statements("وقال لـ«الصحيفة»، إن السوق تحتاج إلى مزيد من التعاون."))
