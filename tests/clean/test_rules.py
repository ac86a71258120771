"""Unit tests of every cleaning rule on original, fictional snippets (positive and negative cases)."""

from __future__ import annotations

import pytest

from rasd.clean import clean_text

BODY = (
    "أعلنت بلدية مدينة الواحة الخيالية اليوم افتتاح حديقة عامة جديدة على ضفاف النهر الصغير، "
    "وقال رئيس البلدية إن المشروع سيخدم آلاف السكان في الأحياء المجاورة خلال الأشهر المقبلة."
)
BODY2 = (
    "وأضاف أن الحديقة تضم ممرات للمشي وملاعب للأطفال ومكتبة صغيرة مفتوحة، مشيرا إلى أن "
    "أعمال الصيانة ستتولاها شركة محلية بموجب عقد يمتد خمس سنوات."
)
TITLE = "بلدية الواحة تفتتح حديقة عامة على ضفاف النهر"


def _removed(text: str) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in clean_text(text).removed]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("شارك", "prompt"),
        ("شاركها.", "prompt"),
        ("شارك الخبر", "prompt"),
        ("فيسبوك تويتر واتساب", "prompt"),
        ("Share this article", "prompt"),
        ("تابعونا على تويتر وفيسبوك", "prompt"),
        ("للمزيد: تابعنا هنا، وللتواصل الاجتماعي تابعنا على فيسبوك وتويتر.", "prompt"),
        ("زر الذهاب إلى الأعلى", "prompt"),
        ("العودة إلى أعلى الصفحة", "prompt"),
        ("Back to top", "prompt"),
        ("اقرأ المزيد", "prompt"),
        ("...المزيد", "prompt"),
        ("أضف تعليقك", "prompt"),
        ("طباعة", "prompt"),
        ("اشترك في النشرة البريدية", "prompt"),
        ("Exit mobile version", "prompt"),
        ("Skip to content", "prompt"),
        ("المقال التالي", "prompt"),
        ("// انتهى //", "prompt"),
        ("fictional.writer@example.com", "prompt"),
        ("لمراسلة الكاتب: fictional@example.org", "prompt"),
        ("© 2031 صحيفة الواحة. جميع الحقوق محفوظة.", "copyright"),
        ("جميع الحقوق محفوظة لموقع الواحة الإخباري", "copyright"),
        ("Copyright 2031 Oasis Daily", "copyright"),
        ("(c) 2031 Oasis Daily", "copyright"),
        ("كلمات دلالية: الواحة الحديقة البلدية", "tags"),
        ("الوسوم: بلدية، حدائق", "tags"),
        ("Tags: oasis, parks", "tags"),
        ("#الواحة #حديقة_النهر", "tags"),
        ("كتب: سالم الخيالي", "byline"),
        ("كتبت - نورة المتخيلة", "byline"),
        ("بقلم: د. فلان الفلاني", "byline"),
        ("Written by Jane Placeholder", "byline"),
        ("تصوير: سامي المتخيل", "byline"),
        ("الكاتب: منى الخيالية", "byline"),
        ("المصدر: وكالة أنباء الواحة", "source-line"),
        ("Source: Oasis News Agency", "source-line"),
        ("منذ 1 شهر", "dateline"),
        ("منذ ساعتين", "dateline"),
        ("3 hours ago", "dateline"),
        ("تاريخ النشر: 12th, March 2031 GMT", "dateline"),
        ("آخر تحديث: 12 مارس 2031 - 10:45", "dateline"),
        ("الثلاثاء 12 مارس 2031", "dateline"),
        ("2031/03/12", "dateline"),
        ("الواحة 21 رمضان 1452 هـ الموافق 12 مارس 2031 م وكالة", "dateline"),
        ("مارس 12, 2031آخر تحديث: مارس 12, 2031", "dateline"),
        ("A7Q9Z2", "stray-code"),
    ],
)
def test_line_rule(line: str, reason: str) -> None:
    text = f"{TITLE}\n{BODY}\n{line}\n{BODY2}"
    assert _removed(text) == [(reason, line)]
    assert line not in clean_text(text).text


@pytest.mark.parametrize(
    "line",
    [
        # article sentences that merely contain trigger words
        "شارك أكثر من ألف متطوع في حملة تنظيف الشاطئ الخيالي يوم الجمعة الماضي بدعوة من البلدية.",
        "وتابع الوزير المتخيل قائلا إن الحكومة ستواصل دعم المزارعين في المواسم المقبلة بكل الوسائل.",
        "وقال المصدر إن الاجتماع سيعقد الأسبوع المقبل في مقر الوزارة بحضور ممثلين عن القطاع الخاص.",
        "المصدر الأمني أكد أن التحقيقات ما زالت جارية لمعرفة ملابسات الحادث في الحي الشرقي للمدينة.",
        "وكتب الرئيس الخيالي رسالة مطولة إلى نظيره يدعوه فيها إلى استئناف المفاوضات بين البلدين.",
        "وأشار إلى أن جميع الحقوق المشروعة للعمال محفوظة بموجب القانون الجديد الذي أقره المجلس أمس.",
        "تابعنا الوضع عن كثب منذ البداية، وقال المتحدث إن الفريق عمل ليلا ونهارا لاحتواء الأزمة.",
        "منذ عامين والمدينة تنتظر افتتاح الجسر الجديد الذي تأخر بسبب نقص التمويل وتعثر المقاول.",
        "وفي 12 مارس 2031 وقع الطرفان اتفاقية تعاون لمدة عشر سنوات تشمل التعليم والصحة والنقل.",
        "اقرأ التقرير الكامل في العدد المقبل، قال المحرر، مؤكدا أن التحقيق استغرق ستة أشهر كاملة.",
        "تابعوا على مدى ثلاثة أيام فعاليات المؤتمر الخيالي الذي عقد في المدينة وشارك فيه مئات الخبراء.",
        "للتواصل مع المواطنين، أطلقت الوزارة الخيالية منصة تتيح إرسال رسالة مباشرة إلى المسؤولين.",
        "وأكد المحامي أن جميع الحقوق محفوظة للمتضررين وأن المحكمة ستنظر في القضية الشهر المقبل.",
        "تعزيز حقوق الملكية الفكرية",
        "ولد في 5 مايو 1960",
        "وصل الوفد في 5 مايو 2031",
        "تقرير: المدينة الخيالية تواجه أزمة مياه",
        "حوار: الوزير المتخيل يكشف خطة النقل",
        "الكاتب الكبير يرحل",
        "كتب: الوزير رسالة طويلة إلى أهالي المدينة الخيالية يشرح فيها",
        "حقوق النشر في العصر الرقمي",
        "(c) the third option",
        "2031",
        "ABCDEF",
        "1500",
    ],
)
def test_article_sentence_kept(line: str) -> None:
    text = f"{TITLE}\n{BODY}\n{line}\n{BODY2}"
    result = clean_text(text)
    assert result.removed == []
    assert result.text == text


def test_spelling_variants_match() -> None:
    for line in ("جميع الحقوق محفوظه", "جَمِيعُ الحُقُوقِ مَحْفُوظَة", "جميـــع الحقوق محفوظة", "اقرا المزيد"):
        text = f"{TITLE}\n{BODY}\n{line}"
        assert [r.text for r in clean_text(text).removed] == [line]


def test_duplicate_title_and_rubric() -> None:
    text = f"أخبار محلية\n{TITLE}\n\n{TITLE}\n\n{BODY}\n\n{BODY2}"
    got = _removed(text)
    assert got == [("rubric", "أخبار محلية"), ("duplicate-title", TITLE)]
    assert clean_text(text).text == f"{TITLE}\n\n{BODY}\n\n{BODY2}"


def test_subheading_sharing_title_words_is_not_rubric() -> None:
    text = f"الحديقة الجديدة\n{TITLE} الجديدة\n{BODY}\n{BODY2}"
    assert _removed(text) == []


def test_separator_lines_are_not_duplicate_titles() -> None:
    text = f"{TITLE}\n* *\n{BODY}\n* *\n{BODY2}"
    assert _removed(text) == []


def test_short_title_followed_by_body_is_not_rubric() -> None:
    text = f"حديقة النهر\n{BODY}\n{BODY2}"
    assert _removed(text) == []


def test_repeated_body_sentence_is_not_duplicate_title() -> None:
    text = f"{TITLE}\n{BODY}\n{BODY}\n{BODY2}"
    assert _removed(text) == []


def test_trailing_share_removed_from_sentence() -> None:
    text = f"{TITLE}\n{BODY}\n{BODY2} شارك"
    result = clean_text(text)
    assert [(r.reason, r.text) for r in result.removed] == [("prompt", "شارك")]
    assert result.text.endswith("خمس سنوات.")
    r = result.removed[0]
    assert text[r.start : r.end] == "شارك"


def test_trailing_networks_removed_only_after_sentence_end() -> None:
    text = f"{TITLE}\n{BODY} فيسبوك تويتر"
    assert _removed(text) == [("prompt", "فيسبوك تويتر")]
    listing = f"{TITLE}\n{BODY}\n3. تطبيق «فيسبوك» Facebook\n4. تطبيق «يوتيوب» YouTube"
    assert _removed(listing) == []


def test_trailing_word_without_sentence_end_kept() -> None:
    text = f"{TITLE}\n{BODY}\nوقال المدير إن الجميع مدعوون لأن يشارك"
    assert _removed(text) == []


def test_leading_glued_date_removed() -> None:
    line = "مارس 12, 2031" + BODY
    result = clean_text(f"{TITLE}\n{line}")
    assert [(r.reason, r.text) for r in result.removed] == [("dateline", "مارس 12, 2031")]
    assert result.text == f"{TITLE}\n{BODY}"


def test_leading_date_with_space_kept() -> None:
    line = "12 مارس 2031 شهد افتتاح الحديقة حضورا كبيرا من سكان المدينة والزوار القادمين من القرى."
    assert _removed(f"{TITLE}\n{line}") == []


def test_blank_runs_collapse_and_edges_trimmed() -> None:
    text = f"\n\n{TITLE}\n\n\n\nشارك\n\n\n{BODY}\n\n\n"
    result = clean_text(text)
    assert result.text == f"{TITLE}\n\n{BODY}"


def test_crlf_and_empty_input() -> None:
    assert clean_text("").text == ""
    assert clean_text("\n \n").removed == []
    result = clean_text(f"{TITLE}\r\n{BODY}\r\nشارك\r\n")
    assert result.text == f"{TITLE}\n{BODY}"
    assert [r.text for r in result.removed] == ["شارك"]
