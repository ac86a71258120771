"""A whole fictional scraped page: every kind of boilerplate at once, the article intact."""

from __future__ import annotations

from rasd.clean import clean_text

TITLE = "افتتاح جسر النورس المعلق في مدينة الضباب الخيالية"
P1 = (
    "افتتح محافظ مدينة الضباب الخيالية صباح اليوم جسر النورس المعلق الذي يربط ضفتي الوادي، بعد "
    "أعمال استمرت ثلاث سنوات بتكلفة قدرها مئتا مليون دينار خيالي."
)
P2 = (
    "وقال المحافظ إن الجسر سيختصر زمن الرحلة بين الضفتين من ساعة إلى عشر دقائق، مؤكدا أن المرحلة "
    "الثانية من المشروع ستشمل ممرا للدراجات وإنارة تعمل بالطاقة الشمسية."
)
P3 = (
    "وأشار مهندس المشروع إلى أن الجسر صمم لتحمل رياح تصل سرعتها إلى مئة وخمسين كيلومترا في الساعة، "
    "وأن فرق الصيانة ستفحص الكابلات كل ستة أشهر."
)

PAGE = f"""Skip to content
أخبار المدن
{TITLE}
{TITLE}
كتب: راوي الخيال
منذ 3 ساعات
مارس 4, 2031آخر تحديث: مارس 4, 2031

{P1}

{P2}
شارك

{P3} شارك
المصدر: وكالة أنباء الضباب
الوسوم: الضباب، جسر النورس، المحافظ
فيسبوك تويتر واتساب
© 2031 صحيفة الضباب. جميع الحقوق محفوظة.
زر الذهاب إلى الأعلى
Exit mobile version
"""


def test_whole_page() -> None:
    result = clean_text(PAGE)
    assert result.text == f"{TITLE}\n\n{P1}\n\n{P2}\n\n{P3}"
    got = [r.reason for r in result.removed]
    assert got == [
        "prompt",
        "rubric",
        "duplicate-title",
        "byline",
        "dateline",
        "dateline",
        "prompt",
        "prompt",
        "source-line",
        "tags",
        "prompt",
        "copyright",
        "prompt",
        "prompt",
    ]
    for r in result.removed:
        assert PAGE[r.start : r.end] == r.text
    i = result.text.index("جسر النورس المعلق الذي")
    j = result.to_raw(i)
    assert PAGE[j : j + 10] == result.text[i : i + 10]
