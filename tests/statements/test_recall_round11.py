"""Post-blind cue words of round 11 (fictional sentences, invented names)."""

from __future__ import annotations

from .helpers import statements


def test_tweeted_with_a_colon_continues_the_speaker() -> None:
    sts = statements("قال الدكتور سامر القمري إن الماء آمن. وغرّد عبر حسابه على تويتر: «الخبر غير صحيح».")
    assert [(s.cue, s.speaker) for s in sts] == [
        ("قال", "الدكتور سامر القمري"),
        ("وغرّد", "الدكتور سامر القمري"),
    ]


def test_hinted_at() -> None:
    sts = statements("ولمحت السلطات الزمردية إلى تورط جهة خارجية في الهجوم.")
    assert [(s.cue, s.speaker) for s in sts] == [("ولمحت", "السلطات الزمردية")]


def test_praised_takes_its_object_as_content() -> None:
    sts = statements("وامتدح الوزير سامر القمري بجهود المتطوعين في الحملة.")
    assert [(s.cue, s.speaker) for s in sts] == [("وامتدح", "الوزير سامر القمري")]


def test_estimating_participle_needs_an_amount_noun() -> None:
    sts = statements("وقالت الدكتورة سلمى القمري إن الشركات تنمو، مقدرة حجم النمو السنوي بنحو 18%.")
    assert [(s.cue, s.speaker) for s in sts][1] == ("مقدرة", "الدكتورة سلمى القمري")
    assert all(s.cue != "مقدرة" for s in statements("وأكدت سلمى القمري أن لدى الشركة مقدرة كبيرة على النمو."))
