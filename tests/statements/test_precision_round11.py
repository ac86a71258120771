"""Precision rules of round 11 (fictional sentences, invented names)."""

from __future__ import annotations

from .helpers import statements


def test_statistics_figures_and_provisions_are_no_marker_sources() -> None:
    assert statements("وارتفع عدد الطلاب ووفقا لأرقام مجلس التعليم العالي فإن العدد بلغ ألفا.") == []
    assert statements("وبحسب الإحصاءات الرسمية تزوجت فتيات قليلات في زمردستان.") == []
    assert statements("وتعمل المجالس وفقا لأحكام النظام في حدود اختصاصها.") == []
    assert statements("ويعمل كل شخص طبقا لإمكاناته وخبراته.") == []


def test_whoever_says_is_no_statement() -> None:
    assert statements("وهناك من يقول إن السفر مكلف.") == []
    sts = statements("وقال سامر القمري إن المشروع ناجح. ولا نوافق من يقول إن الأمر سهل. وقال إن العمل مستمر.")
    assert [s.speaker for s in sts] == ["سامر القمري", "سامر القمري"]


def test_channel_with_a_suffix_ends_the_speaker() -> None:
    sts = statements("وشددت وزارة المياه في بيانها على أن الإمدادات كافية.")
    assert [s.speaker for s in sts] == ["وزارة المياه"]


def test_time_adverb_and_how_are_no_speaker() -> None:
    assert [s.speaker for s in statements("وقال سامر القمري كيف أنه سافر إلى زمردستان.")] == ["سامر القمري"]
    assert all(s.speaker != "يوما" for s in statements("وهي لم تدع يوما أنها تملك الحقيقة."))
