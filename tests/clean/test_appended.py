"""Appended-article detection on original, fictional texts."""

from __future__ import annotations

from rasd.clean import clean_text

HEAD = [
    "محطة تحلية جديدة في مدينة الرمال الخيالية",
    "افتتحت هيئة المياه في مدينة الرمال الخيالية محطة لتحلية مياه البحر بطاقة إنتاجية تبلغ مئة ألف "
    "متر مكعب يوميا، في خطوة قالت إنها ستنهي أزمة انقطاع المياه عن الأحياء الجنوبية.",
    "وأوضح مدير الهيئة أن محطة التحلية تعمل بالطاقة الشمسية، وأن شبكة الأنابيب الجديدة ستنقل المياه "
    "المحلاة إلى الخزانات الرئيسية في المدينة قبل نهاية الصيف.",
    "وأضاف أن الهيئة تدرس إنشاء محطة تحلية ثانية على الساحل الشمالي لتلبية الطلب المتزايد على المياه "
    "مع توسع الأحياء السكنية في مدينة الرمال.",
]
ON_TOPIC = [
    "محطة التحلية تبدأ ضخ المياه إلى الأحياء الجنوبية",
    "بدأت محطة التحلية في مدينة الرمال ضخ المياه المحلاة إلى خزانات الأحياء الجنوبية صباح اليوم، "
    "وقالت هيئة المياه إن الشبكة الجديدة تعمل بكامل طاقتها.",
    "وأكدت الهيئة أن انقطاع المياه عن الأحياء الجنوبية انتهى، وأن محطة التحلية الثانية على الساحل "
    "الشمالي ستطرح للمناقصة الشهر المقبل.",
]
OFF_TOPIC = [
    "مهرجان الأفلام القصيرة يكرم مخرجة شابة",
    "كرم مهرجان الأفلام القصيرة في دورته العاشرة المخرجة الشابة ليلى المتخيلة عن فيلمها الوثائقي "
    "الذي يروي حكاية صياد عجوز وقارب خشبي قديم.",
    "وقالت لجنة التحكيم إن الفيلم تميز بلغة بصرية هادئة وموسيقى تصويرية مؤثرة، فيما عرض المهرجان "
    "أكثر من أربعين فيلما من عشرين بلدا على مدى أسبوع.",
    "وتنافست في المسابقة الرسمية أعمال روائية وتجريبية، وحصل فيلم رسوم متحركة عن طفلة تحلم بالطيران "
    "على جائزة الجمهور.",
]


def _text(*parts: list[str], marker: str | None = "اقرأ أيضاً:") -> str:
    lines = list(parts[0])
    if marker:
        lines.append(marker)
    for part in parts[1:]:
        lines.extend(part)
    return "\n".join(lines)


def test_off_topic_tail_after_marker_is_cut() -> None:
    text = _text(HEAD, OFF_TOPIC)
    result = clean_text(text)
    cut = [r for r in result.removed if r.reason == "appended-article"]
    assert len(cut) == len(OFF_TOPIC) + 1
    assert cut[0].text == "اقرأ أيضاً:"
    assert result.text == "\n".join(HEAD)


def test_on_topic_tail_after_marker_is_kept() -> None:
    text = _text(HEAD, ON_TOPIC)
    result = clean_text(text)
    assert [(r.reason, r.text) for r in result.removed] == [("prompt", "اقرأ أيضاً:")]
    assert result.text == "\n".join(HEAD + ON_TOPIC)


def test_marker_variants() -> None:
    for marker in ("إقرأ أيضا", "مواضيع ذات صلة", "Read also:", "اقرأ ايضاً"):
        result = clean_text(_text(HEAD, OFF_TOPIC, marker=marker))
        assert result.text == "\n".join(HEAD), marker


def test_marker_with_linked_title_on_topic() -> None:
    text = "\n".join([*HEAD, "اقرأ أيضا: محطة التحلية الثانية في مدينة الرمال", *ON_TOPIC[1:]])
    result = clean_text(text)
    assert [r.reason for r in result.removed] == ["prompt"]


def test_marker_at_end_is_a_prompt() -> None:
    result = clean_text(_text(HEAD, []))
    assert [(r.reason, r.rule) for r in result.removed] == [("prompt", "read-also")]


def test_topic_shift_without_marker() -> None:
    text = _text(HEAD, OFF_TOPIC, marker=None)
    result = clean_text(text)
    assert {r.reason for r in result.removed} == {"appended-article"}
    assert result.text == "\n".join(HEAD)


def test_same_topic_without_marker_kept() -> None:
    text = _text(HEAD, ON_TOPIC, marker=None)
    assert clean_text(text).removed == []


def test_page_boilerplate_after_appended_article_keeps_its_reason() -> None:
    text = _text(HEAD, [*OFF_TOPIC, "شارك", "© 2031 صحيفة الرمال"])
    reasons = [r.reason for r in clean_text(text).removed]
    assert reasons == ["appended-article"] * (len(OFF_TOPIC) + 1) + ["prompt", "copyright"]


def test_many_markers_are_all_removed_as_prompts() -> None:
    lines = list(HEAD)
    for part in ON_TOPIC[1:] * 10:
        lines.extend(["اقرأ أيضاً:", part])
    result = clean_text("\n".join(lines))
    assert [r.reason for r in result.removed] == ["prompt"] * 20
    assert "اقرأ أيضاً" not in result.text
