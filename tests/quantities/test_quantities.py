"""Quantities: hedges, units, vague amounts, exclusions, claimants (original fictional sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.models import Document, Quantity, Statement
from rasd.quantities import QuantitiesStage, extract_quantities
from rasd.text.segment import split_sentences


def run(text: str, statements: list[Statement] | None = None, published: str | None = None) -> list[Quantity]:
    doc = Document(id="t", raw_text=text, text=text, published=published)
    doc.sentences = split_sentences(text)
    doc.statements = statements or []
    out = QuantitiesStage()(doc).quantities
    for q in out:
        assert text[q.start : q.end] == q.text
    return out


def values_units(text: str) -> list[tuple[object, str | None]]:
    """Each quantity as (value or (low, high), unit), in text order."""
    return [((q.low, q.high) if q.value is None else q.value, q.unit) for q in run(text)]


def one(text: str) -> Quantity:
    found = run(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "hedge"),
    [
        ("أرسلت مملكة زمردان 1500 جندي إلى الحدود.", "1500 جندي", 1500, "جندي", None),
        ("وصل نحو 10 آلاف جندي إلى الميناء الخيالي.", "نحو 10 آلاف جندي", 10000, "جندي", "نحو"),
        ("قتل حوالي 30 شخصا في الفيضان.", "حوالي 30 شخصا", 30, "شخص", "حوالي"),
        ("بلغت الخسائر ما يقارب 2.5 مليون دولار.", "ما يقارب 2.5 مليون دولار", 2500000, "دولار", "ما يقارب"),
        ("أصيب أكثر من مئتي شخص.", "أكثر من مئتي شخص", 200, "شخص", "أكثر من"),
        ("شارك ما لا يقل عن 12 دولة في المعرض.", "ما لا يقل عن 12 دولة", 12, "دولة", "ما لا يقل عن"),
        ("أطلقت 5 صواريخ نحو البحر.", "5 صواريخ", 5, "صاروخ", None),
        ("ارتفع التضخم بنسبة 3.5% في الربع الأخير.", "3.5%", 3.5, "%", None),
        ("تراجعت المبيعات 20 في المائة.", "20 في المائة", 20, "%", None),
        ("صدرت المدينة 700 طن من التمور.", "700 طن", 700, "طن", None),
        ("استقبلت البلدة ثلاثة آلاف زائر.", "ثلاثة آلاف زائر", 3000, "زائر", None),
        ("تبرع بمبلغ ١٬٥٠٠ ريال للجمعية.", "١٬٥٠٠ ريال", 1500, "ريال", None),
        ("زرع المزارعون 40 نخلة جديدة.", "40 نخلة", 40, "نخلة", None),
        ("توفي رجل يبلغ من العمر 75 عاما.", "75 عاما", 75, "عام", None),
    ],
)
def test_quantity(text: str, span: str, value: float, unit: str, hedge: str | None) -> None:
    q = one(text)
    assert (q.text, q.unit, q.approximate) == (span, unit, hedge)
    assert q.value == pytest.approx(value)
    assert not q.vague


def test_vague_and_range() -> None:
    q = one("نزح عشرات الآلاف من السكان عن القرية.")
    assert q.vague and q.value is None and (q.low, q.high) == (10000, 99999)
    q = one("يضم الوفد بين 10 و20 خبيرا.")
    assert (q.low, q.high, q.value, q.unit) == (10, 20, None, "خبير")


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت الأزمة عام 2022 في الإقليم.",
        "افتتح المعرض في 2024 بحضور الوزير.",
        "تبدأ الجلسة الساعة 10 صباحا.",
        "انطلق القطار عند 10:30 من المحطة.",
        "حل الفريق في المركز الثاني.",
        "فاز في الجولة 2nd من البطولة.",
        "الرمز 7579HJ مطبوع على الغلاف.",
        "للاستفسار اتصل على 0501234567 مباشرة.",
        "نص القرار 2231 على ذلك.",
        "أقيم الحفل يوم 15 رمضان 1445 هـ في القاعة.",
        "استمرت المفاوضات 3 أيام.",
        "كان واحدا من أبرز اللاعبين.",
        "وصل في 27 أكتوبر 2024 إلى العاصمة.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert run(text) == []


def test_age_only_with_context() -> None:
    assert run("عمل في الشركة 30 عاما.") == []
    q = one("اعتقل شاب (19 عاما) في السوق.")
    assert (q.value, q.unit) == (19, "عام")


def _statement(text: str, content: str, speaker: str) -> Statement:
    cs = text.index(content)
    return Statement(
        id="st1", speaker=speaker, speaker_start=None, speaker_end=None, speaker_entity=None,
        cue="قال", cue_start=0, cue_end=3, act="say", negated=False, content=content,
        start=0, end=len(text), content_start=cs, content_end=cs + len(content), direct=False,
    )  # fmt: skip


def test_claimant_from_statement() -> None:
    text = "قال الوزير الخيالي إن 400 عامل انضموا إلى المصنع."
    st = _statement(text, "400 عامل انضموا إلى المصنع", "الوزير الخيالي")
    (q,) = run(text, [st])
    assert (q.claimant, q.statement_id, q.unit) == ("الوزير الخيالي", "st1", "عامل")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("قتل 12 شخصا بحسب وزارة الصحة في الإقليم.", "وزارة الصحة"),
        ("وفقا لـ هيئة الإحصاء الخيالية، بلغ عدد السكان 3 ملايين نسمة.", "هيئة الإحصاء الخيالية"),
        ("وصل 50 لاجئا، حسبما ذكرت وكالة الأنباء الوهمية.", "وكالة الأنباء الوهمية"),
        ("نقلا عن مصادر محلية، غرق 4 قوارب.", "مصادر محلية"),
        ("وصلت 9 سفن إلى الميناء.", None),
    ],
)
def test_claimant_from_sentence_source(text: str, claimant: str | None) -> None:
    (q,) = run(text)
    assert q.claimant == claimant and q.statement_id is None


def test_partitive_inherits_unit() -> None:
    qs = run("أرسلت الدولة الخيالية نحو 6 آلاف جندي، وإن 2000 من هؤلاء في الشمال.")
    assert [(q.value, q.unit) for q in qs] == [(6000, "جندي"), (2000, "جندي")]


def test_extract_without_sentences_uses_whole_text() -> None:
    qs = extract_quantities("وصل 7 خبراء", [])
    assert [(q.value, q.unit) for q in qs] == [(7, "خبير")]


SEED_TROOPS = [
    ("001_", "1500", 1500.0, None),
    ("003_", "3000", 3000.0, None),
    ("002_", "نحو 10 آلاف", 10000.0, "نحو"),
]


@pytest.mark.parametrize(("prefix", "fragment", "value", "hedge"), SEED_TROOPS)
def test_seed_troop_figures(
    seed_texts: dict[str, str], prefix: str, fragment: str, value: float, hedge: str | None
) -> None:
    text = next(t for name, t in seed_texts.items() if name.startswith(prefix))
    qs = [q for q in run(text, published="2024-11-01") if q.value == value]
    assert qs, f"{fragment} not found"
    assert qs[0].unit == "جندي" and qs[0].approximate == hedge and qs[0].text.startswith(fragment)


def test_seed_8000_in_kursk(seed_texts: dict[str, str]) -> None:
    text = next(t for name, t in seed_texts.items() if name.startswith("002_"))
    qs = [q for q in run(text) if q.value == 8000]
    assert qs and qs[0].unit == "جندي"


def test_seed_year_is_not_a_quantity(seed_texts: dict[str, str]) -> None:
    text = next(t for name, t in seed_texts.items() if name.startswith("000_"))
    assert not any(q.value == 2022 for q in run(text))
    _ = dt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ارتفع المؤشر 0.14 بالمئة.", [(0.14, "%")]),
        ("عثر على جثة رجل (28 عامًا) في منزله.", [(28, "عام")]),
        ('فر سجين "35 عاما" من السجن.', [(35, "عام")]),
        ("سجلت 1064 حالة، 583 منها تماثلت للشفاء.", [(1064, "حالة"), (583, "حالة")]),
        ("أعلنت أسماء 2199 من المتقدمين للوظائف.", [(2199, "متقدم")]),
        ("قتل 3 فلسطينيين وأصيب 20 آخرون.", [(3, "فلسطيني"), (20, None)]),
        ("استعرض 50 نحالاً منتجاتهم.", [(50, "نحال")]),
        ("فاز الرئيس الـ11 للنادي بالجائزة.", []),
        ("تعادل الفريق 2/2 ثم خسر 1/2 أمام الضيوف.", []),
        ("عثر على حطام طائرة أبولو 11 في المتحف.", []),
        ("ارتفع عدد الضحايا إلى 31 بعد انتشال الجثث.", [(31, None)]),
        ("تبلغ سعة البطارية 3.000 ميللي أمبير.", [(3000, "ميلي أمبير")]),
        ("سجلت 90 حالة، 70 منها شفيت، و 5 تحت المراقبة.", [(90, "حالة"), (70, "حالة"), (5, "حالة")]),
        ("وقعت البلدية الخيالية 3 اتفاقيات و 2 في انتظار التوقيع.", [(3, "اتفاقية"), (2, "اتفاقية")]),
        ("تطالب جمعيات عدة بزيادة الدعم.", []),
        ("شاركت في المعرض عدة شركات ناشئة.", [(None, "شركة")]),
        ("بلغ عدد الزوار 4ر12 مليون زائر.", [(12.4e6, "زائر")]),
        ("عاد 230 قرويًا إلى ديارهم.", [(230, "قروي")]),
        ("في الساعة 7: 15 وصلت 3 سيارات إسعاف.", [(3, "سيارة")]),
        ("شيدت البلدية الخيالية أربعة مبان وستة طوابق.", [(4, "مبنى"), (6, "طابق")]),
    ],
)
def test_units_and_exclusions(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(q.value, q.unit) for q in run(text)] == expected


QVOCAB = [
    "نحو",
    "10",
    "آلاف",
    "جندي",
    "عام",
    "2022",
    "%",
    "بحسب",
    "وزارة",
    "الساعة",
    "(",
    ")",
    "عاما",
    "من",
    "منها",
]


@given(st.lists(st.sampled_from(QVOCAB), max_size=14))
def test_quantity_offsets_are_exact(words: list[str]) -> None:
    text = " ".join(words)
    for q in run(text):
        assert 0 <= q.start < q.end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فازت الفرقة الخيالية بالبطولة خمس مرات.", [(5, "مرة")]),
        ("يشترط ألا يقل عمر المتقدم عن 21 سنة ولا يزيد على 35 سنة.", [(21, "عام"), (35, "عام")]),
        ("زار المفتشون 30 مدرسة، منها 12 بها مختبرات.", [(30, "مدرسة"), (12, "مدرسة")]),
        ("فاز الفريق الخيالي في 9 من أصل 11 مباراة.", [(9, "مباراة"), (11, "مباراة")]),
        ("إصابة 4 في حادث سير بمدينة خيالية", [(4, None)]),
        ("يرجى تعبئة النماذج من 20 إلى 35 قبل الموعد.", []),
        ("وصلت القوات بكامل عدة وعتاد.", []),
        ("تعمل الطائرة زيفير 350 بمحرك جديد.", []),
        ("يعمل الهاتف بمعالج نوفا 900 ثماني النواة.", []),
        ("نقلت الشاحنات المحملة 200 كرتونا من التمر.", [(200, "كرتون")]),
        ("نمت مبيعات السيارات الكهربائية 7 في المائة.", [(7, "%")]),
    ],
)
def test_partitives_totals_models_frequencies(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(q.value, q.unit) for q in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بلغت الإيرادات 12 مليون ريال و 300 ألفا و20 ريالا.", [(12300020, "ريال")]),
        ("بلغ عدد العاطلين 5 ملايين و200 ألف شخص.", [(5200000, "شخص")]),
        ("أصيب ألف شخص و200 آخرون.", [(1000, "شخص"), (200, None)]),
        ("تحتاج الوصفة 1 / 2 كوب من الحليب و2 بيضة.", [(2, "بيضة")]),
        ("يبعد منزله عن المدرسة 300 كيلو.", [(300, "كيلومتر")]),
        ("اشترى 5 كيلو من الأرز.", [(5, "كيلوغرام")]),
        ("بلغ عدد الركاب 5.000 بزيادة 20 راكبا.", [(5000, None), (20, "راكب")]),
        ("بلغ عدد الزوار في المعرض الخيالي 12.500 زائرا.", [(12500, "زائر")]),
        ("المكتب الخيالي: 439 ألف تم تسجيلهم", [(439000, None)]),
        ("يعيل ستة من أطفاله.", [(6, "طفل")]),
        ("وصلت طائرات من طراز إيرباص 330 و320 إلى المطار.", []),
    ],
)
def test_compounds_fractions_kilo_and_leads(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(q.value, q.unit) for q in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        # masculine verbal nouns with an -ات plural, and listed broken plurals
        ("أقامت البلدية الخيالية خمسة تحالفات جديدة.", "خمسة تحالفات", 5, "تحالف"),
        ("أجرت الهيئة عشرين تحقيقات مستقلة.", "عشرين تحقيقات", 20, "تحقيق"),
        ("أنشأت الأمانة 7 حدائق في الحي.", "7 حدائق", 7, "حديقة"),
        ("يمر البرنامج بأربع مراحل طويلة.", "أربع مراحل", 4, "مرحلة"),
        # written in words with واحدا, a half after a scale, a range sharing its scale
        ("أنفقت الجمعية ستمائة وواحدا وثمانين ريالا.", "ستمائة وواحدا وثمانين ريالا", 681, "ريال"),
        ("جمعت اللجنة سبعة ملايين ونصف مليون ريال.", "سبعة ملايين ونصف مليون ريال", 7_500_000, "ريال"),
        # mirrored decimals with a right-to-left mark: 04.<RLM>5 = 5.04
        ("بلغت المبيعات 04.\u200f5 مليون وحدة.", "04.\u200f5 مليون وحدة", 5_040_000, "وحدة"),
        # a very large count of a time unit is a count, not a duration
        ("سجلت الفنادق 49.5 مليون ليلة سياحية.", "49.5 مليون ليلة", 49_500_000, "ليلة"),
        # percent after an identifier noun, and الـ + a scale number
        ("كان قرار 45% من المشاركين الرفض.", "45%", 45, "%"),
        ("حضر المعرض أكثر من الـ5 آلاف زائر.", "5 آلاف زائر", 5000, "زائر"),
        # ages: a plural age cue, and a parenthesised number before the age unit
        ("ألا يزيد عمر المتقدم على (30) سنة.", "30) سنة", 30, "عام"),
    ],
)
def test_round5_units(text: str, span: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.text.endswith(span) or span in q.text, q.value, q.unit) == (True, pytest.approx(value), unit)


def test_round5_ranges_and_ages() -> None:
    q = one("تتراوح الإيرادات ما بين 9 و10 مليارات دولار.")
    assert (q.low, q.high, q.unit) == (9e9, 1e10, "دولار")
    q = one("شملت الدراسة متطوعين تراوحت أعمارهم بين 60 و80 عاما.")
    assert (q.low, q.high, q.unit) == (60, 80, "عام")


@pytest.mark.parametrize(
    "text",
    [
        "افتتحت الدورة 2016 بمدينة زمردان الخيالية.",  # a year before a preposition + noun
        "انتهت المباراة الودية 4 - 2 وخرج الجمهور.",  # a score written high to low
        "للاشتراك أرسل sms إلى 12345 مجانا.",  # a short code
        "تبدأ بالرمز 259 ثم الرسالة.",  # a code after بالرمز
        "وصل الضيوف وبعده حضر الوزير.",  # بعده is not عدة
        "استمر عرض الفيلم الخيالي 36 مليون سنة.",  # millions of years: a duration
    ],
)
def test_round5_not_quantities(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("بلغ عددها 172 ارتفعت منها قلة.", 172),
        ("وصل إلى أقل من 400 ولا سيما في الصيف.", 400),
    ],
)
def test_round5_verbs_not_units(text: str, value: float) -> None:
    found = [q for q in run(text) if q.value == value]
    assert len(found) == 1 and found[0].unit is None


def test_round5_square_metres_and_cartons() -> None:
    q = one("أقيم المعرض على مساحة 5000 م2 في المدينة الخيالية.")
    assert (q.value, q.unit) == (5000, "متر")
    q = one("صادرت البلدية 40 كرتون عصير.")
    assert (q.value, q.unit) == (40, "كرتون")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ages with no age word: a person noun right before, and an age linked to the next one
        (
            "توفي في الحادث الخيالي الأب 45 عاما، وطفلان 13 و 15 عاما.",
            [(45, "عام"), (13, "عام"), (15, "عام")],
        ),
        ("سجن المتهم الخيالي 10 سنوات.", []),  # a sentence, not an age
        ("قضى السائق 20 عاما في الشركة.", []),  # a duration: the phrase goes on
        # metres written م (not p.m.), speeds, quoted units
        ("سقطت السيارة من ارتفاع أكثر من 200 م في الوادي.", [(200, "متر")]),
        ("تبدأ الأمسية 9 م في القاعة.", []),
        (
            "تهب الرياح بسرعة 15 - 35 كم/ساعة وتصل إلى 40 كم/ساعة.",
            [(None, "كيلومتر/ساعة"), (40, "كيلومتر/ساعة")],
        ),
        ("يسير القطار الخيالي بسرعة 120 كيلومترا في الساعة.", [(120, "كيلومتر/ساعة")]),
        ('وزعت اللجنة 400 "بنر" و250 «استاند» في الأسواق.', [(400, "بنر"), (250, "استاند")]),
    ],
)
def test_round6_ages_metres_speeds_quotes(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert [(q.value, q.unit) for q in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("أطلقت الشركة الخيالية أربع قنوات جديدة.", "أربع قنوات", "قناة"),
        ("فتح المصرف ثلاثة بنوك صغيرة.", "ثلاثة بنوك", "بنك"),
        ("شملت الخطة 8 مسارات للحافلات.", "8 مسارات", "مسار"),
        ("نزعت البلدية ملكية 5 عقارات قديمة.", "5 عقارات", "عقار"),
        ("تم اختيار 98 حرفيا للمرحلة النهائية.", "98 حرفيا", "حرفي"),
        ("ضبطت الجمارك 300 كلغم من الشاي.", "300 كلغم", "كيلوغرام"),
        ("بلغت الحرارة 50 مئوية في الظل.", "50 مئوية", "درجة"),
        ("قتل 13 من عناصر التنظيم الخيالي.", "13 من عناصر", "عنصر"),
        ("بلغ عدد المقترعين (56.354) مقترعا في الدورة.", "(56.354) مقترعا", "مقترع"),
    ],
)
def test_round6_units(text: str, span: str, unit: str) -> None:
    q = one(text)
    assert (span.endswith(q.text) or q.text.endswith(span.lstrip("(")), q.unit) == (True, unit)


@pytest.mark.parametrize(
    "text",
    [
        "تقام المباراة في 26 من الشهر نفسه.",  # a day of the month
        "يستمر المهرجان من 12 أغسطس حتى 21 منه، في الحديقة.",
        "تهانينا وألف مبروك للعروسين.",  # an idiom
        "بقيت الأطلال على حالها عشرات السنين.",  # a vague duration
        "تأثرت السوق الخيالية بعوامل عدة منها الطقس.",  # عدة after its noun
        "تأثر الإنتاج لأسباب عدة أولها الحرارة.",
        "افتتحت الجمعية (٤)يُقال إن اللون أسود.",  # a list marker, then a verb
        "سجل في الدقيقة 74 ليحسم النتيجة.",
        "تبدأ الجلسة الساعة (6) مساءً في القاعة.",
    ],
)
def test_round6_not_quantities(text: str) -> None:
    assert run(text) == []


def test_round6_vague_and_halves() -> None:
    q = one("خلفت الحرب الخيالية عشرات آلاف القتلى.")
    assert (q.low, q.high, q.unit) == (10_000, 99_999, "قتيل")
    q = one("تسببت الصواعق بعدة مئات من الحرائق.")
    assert (q.low, q.high, q.unit) == (300, 999, "حريق")
    q = one("تملك الدولة الخيالية ثلاثة ونصف تريليون دولار.")
    assert (q.value, q.unit) == (3.5e12, "دولار")
    q = one("قتل في الهجوم الخيالي 20 وأصيب 15 بجروح.")  # a casualty verb lead; بجروح is not a unit
    assert (q.value, q.unit) == (15, None)
    q = one("هناك عشرات والمحتجين في الساحة.")  # و + a definite noun is not the counted noun
    assert (q.low, q.unit) == (10, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # post-blind test6 fixes (general rules; test6 is no longer blind)
        ("نصبت مدافع على بعد 4 إلى 5 كيلومترات من الجزيرة الخيالية.", [((4, 5), "كيلومتر")]),
        ("أجرت الدولة الخيالية ثلاث تجارب نووية.", [(3, "تجربة")]),
        ("توفي الأب وإصابة 3 من أبنائهما في الحادث.", [(3, "ابن")]),
        ("أجبر الحريق نحو 60 من قائدي السيارات على الفرار.", [(60, "قائد")]),
        (
            "يمتد السد من 2 كيلو ونصف إلى ثلاثة كيلو مترات تقريبا بعد الجسر.",
            [(2.5, "كيلوغرام"), (3, "كيلومتر")],
        ),
        ("تنتشر المتاجر في ست قارات.", [(6, "قارة")]),
        ("بلغت القيمة 874.347.21 دولاراً.", [(874347.21, "دولار")]),
        ("تجد في المدينة ثلاث وأربع بلديات.", [(3, "بلدية"), (4, "بلدية")]),
        ("تحمل السفينة 3000 طن و450 طنًا من التمور.", [(3000, "طن"), (450, "طن")]),
        ("للفتيات من عمر 5 إلى 15 وللأولاد.", [((5, 15), "عام")]),
        ("يضم المعهد الخيالي (9) بلديات.", [(9, "بلدية")]),
        ("بلغ الركاب أكثر من 97 مليوناً و815 ألفاً و186 مسافراً.", [(97_815_186, "مسافر")]),
        ("طرحت الوزارة سندات آجال 3 و 7 سنوات بقيمة 6.5 مليار جنيه.", [(6.5e9, "جنيه")]),
        ("هناك أوجه اختلاف في قضايا أخرى عدة، ولا شيء يمنع الحوار.", []),
        ("#ثمانٍ_وأربعون_قانوناً_للقوة", []),
        ("صدرت القرارات 1696 و1737 و1747 عن المجلس.", []),
    ],
)
def test_round6_post_blind(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 7: known test6 misses and rules from reading fresh articles (no eval set)
        ("انقلبت سيارة خيالية كانت تقل 7 من عائلة واحدة.", [(7, None)]),
        ("وعدد الأفلام الخيالية والمؤثرات الصوتية (45)، و(45) مجسما.", [(45, None), (45, "مجسم")]),
        ("تنتقل الفعاليات الخيالية من 24 إلى 28 إلى مول المدينة.", []),  # days, not a count
        ('إن لشركته استراتيجية "10 إلى 20" للبلد الخيالي.', []),
        ("تستمر الفترة من 4 شوال إلى 6 ذوالقعدة من العام.", []),
        ("وصلت الحسابات الخيالية لأكثر من خمسة ملايين كانت تستهدفها.", [(5e6, None)]),
        ("غرامة لا تتجاوز مليوناً و500 ألف درهم للمخالف.", [(1.5e6, "درهم")]),
        ("الرأس المدبر يبلغ من العمر 24 عاماً، فيما الآخران يبلغان 26 عاماً.", [(24, "عام"), (26, "عام")]),
        ("1. الجندي عمر الخيالي 22 عاماً\n2. العريف سعد الخيالي 34 عاماً\n", [(22, "عام"), (34, "عام")]),
        ("القبول لعدد ( 600\n طالب ) من خريجي الكلية.", [(600, "طالب")]),
        ("ضبطت الشرطة عصابة من ثلاثة قراصنة إنترنت.", [(3, "قرصان")]),
        ("يقام اللقاء في الدور 32 من كأس البطولة الخيالية.", []),
        ("نزل السعر إلى 1077 دولارا في 24 من نفس الشهر.", [(1077, "دولار")]),
    ],
)
def test_round7(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


def test_round7_verb_leads_and_quoted_sources() -> None:
    qs = run("وتم إحالة اثنين إلى المستشفى الخيالي فيما تلقى 5 العلاج في المركز.")
    assert [(q.value, q.unit) for q in qs] == [(2, None), (5, None)]
    q = one("فقدت الشركات الخيالية 1.3 تريليون دولار، وفقاً لوكالة «بلومبرج».")
    assert q.claimant == "وكالة بلومبرج"
    q = one("امتلك المستشارون 1.8 تريليون دولار، وفقاً لبيانات جمعتها «بلومبرج».")
    assert q.claimant == "بلومبرج"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # post-blind test7 fixes (general rules; test7 is no longer blind)
        (
            "نظرت المحاكم بواقع 169 تليها عسير بواقع 82، ثم الشرقية 80، ومكة المكرمة 67، والقصيم 36.",
            [(169, None), (82, None), (80, None), (67, None), (36, None)],
        ),
        ("انتشل الغواصون 11 جثمانا من النهر الخيالي.", [(11, "جثة")]),
        ("بلغ عدد المتبرعين يوميًا يتجاوز الـ22 متبرعًا في المعرض.", [(22, "متبرع")]),
        ("تحلق الطائرات ضمن الـ24 طائرة التي اشترتها الدولة الخيالية.", []),
        ("شهد الأسبوع الـ 17 للدوري الخيالي هدفا عالميا.", []),
        ("وفاة سائق فورمولا 1 “بيانكي” بعد الحادث.", []),
        ("يحتاج الطبق الخيالي 1 بيضة فقط.", [(1, "بيضة")]),
        ("بلغ عدد الركاب (5.969.428) مليون مسافر خلال الفترة.", [(5_969_428, "مسافر")]),
        ("بلغ عدد الركاب (237.273) ألف راكب خلال الفترة.", [(237_273, "راكب")]),
        ("تمت مصادرة 399 كيلو جراماً من المواد.", [(399, "كيلوغرام")]),
    ],
)
def test_round7_post_blind(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


def test_round7_source_after_preposition() -> None:
    q = one("تم إتلاف 399 كيلو من المواد، بحسب ما أفاد به رئيس البلدية الخيالية.")
    assert q.claimant is not None and q.claimant.startswith("رئيس البلدية")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 8 (from unseen SaudiNewsNet articles and the pooled blind errors of test4-test7)
        ("سقط الفريق الخيالي 1-4 عندما حل ضيفا على منافسه.", []),
        ("وصل رتل كدعم للكتيبة 21 حرس حدود إلى المدينة الخيالية.", []),
        ("يعتقد العلماء أن كبلر-452 بي كوكب صخري.", []),
        ("قد يأتي الهاتف تحت اسم أيفون 6 أس في الخريف.", []),
        ("أرسل رسالة إلى 88591 - Stc للاشتراك.", []),
        ("العنوان البريدي ص.ب 42808 جدة لتقديم الطلبات.", []),
        ("العنوان: 13 Old Town في المدينة الخيالية.", []),
        ("يبدأ أكثر من ثلاثة أرباع الاضطرابات قبل سن الرشد.", []),
        ("ارتفع عدد الضحايا إلى ستة بعدما تأكد مصرع فتاة.", [(6, None)]),
        ("وصلت الجائزة إلى 500 ألف بدلا من 320 ألفا.", [(500_000, None), (320_000, None)]),
        ("يزيد مؤشر يوروفرست 300 لأسهم الشركات الكبرى.", []),
        ("يبلغ سعر التذكرة 9 يوروهات فقط.", [(9, "يورو")]),
        ("يحمل العامل 10 كيلوغرامات بسهولة.", [(10, "كيلوغرام")]),
        ("يعمل المعالج بسرعة 1.9 جيجا هيرتز مع ذاكرة 3 جيجا.", [(1.9, "جيجاهرتز"), (3, "جيجابايت")]),
        ("ضبطت الدوريات 10 مسدسات و3 قوارير في السيارة.", [(10, "مسدس"), (3, "قارورة")]),
        ("وقع حادث انقلاب وإصابة الآخرين، اثنان حالتهما خطيرة.", []),
    ],
)
def test_round8(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # post-blind test8 fixes (general rules; test8 is no longer blind)
        ("فازت المدينة الخيالية بفارق بسيط (44، مقابل 40 صوتا) في التصويت.", [(44, "صوت"), (40, "صوت")]),
        ("ركبت البلدية الخيالية 21 كاميرا مثبتة.", [(21, "كاميرا")]),
        ("عقدت الاختبارات في ( 190) مقر للبنين.", [(190, "مقر")]),
    ],
)
def test_round8_post_blind(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 9: the unit inventory of ~5,700 unannotated articles (original sentences)
        ("قسمت الشركة الخيالية المشروع إلى خمس حزم متتالية.", [(5, "حزمة")]),
        ("ضبطت الدورية الخيالية أربع خلايا نائمة.", [(4, "خلية")]),
        ("أعادت الدار الخيالية طبع 5 دواوين شعرية.", [(5, "ديوان")]),
        ("ناقش المؤتمر الخيالي عدة قضايا مهمة.", [((3, 10), "قضية")]),
        ("وفرت الجمعية الخيالية الرقم 5060 لاستقبال الرسائل.", []),
        ("سيطرت القوات الخيالية على اللواء 15 مشاة شرق المدينة.", []),
        ("وصل عدد الجرحى الخياليين إلى 200 حاليا في المدينة.", [(200, None)]),
        ("تجتمع اللجنة الخيالية من 14 إلى 27 من الشهر الجاري.", []),
        ("تقرر ما يلي:\n1 ـ تعيين فلان الخيالي مديرا.\n2 ـ نقل فلان إلى الإدارة.", []),
        ("تقدر الرسوم الخيالية بـ 2،5% من المبلغ.", [(2.5, "%")]),
        ('بلغ عدد الحضور أكثر من "2500" مشاهد في المسرح الخيالي.', [(2500, "مشاهد")]),
        ("بدأ تعامله مع الشركة الخيالية قبل ما يزيد على (45) عاماً تقريبا.", []),
    ],
)
def test_round9(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # post-blind test9 fixes (general rules; test9 is no longer blind)
        ("تبلغ إحداهما 19 عامًا والأخرى 21 عامًا.", [(19, "عام"), (21, "عام")]),
        ("وشملت هذه المرحلة 692 عملية صرف.", [(692, "عملية")]),
        ("استقبلت الجامعة في ذلك العام ستة آلاف ملف.", [(6000, "ملف")]),
        ("لعب لمدة عامين أو ثلاثة وباختيار الجماهير.", []),
        ("ضبطت الشرطة 128 شخصًا إضافة إلى سودانيين اثنين، مشيرة إلى ذلك.", [(128, "شخص"), (2, "سوداني")]),
        ("قدم الحزب الخيالي 4615 مرشحا من أصل 9570، فيما انسحب آخرون.", [(4615, "مرشح"), (9570, "مرشح")]),
        ("يصل وزنها إلى نحو 6124 كلج فقط.", [(6124, "كيلوغرام")]),
        ("زادت الأرباح بواقع أربعة أمثال.", [(4, "مثل")]),
        ("اعتقلت الليلة الماضية 15 فلسطينيًا.", [(15, "فلسطيني")]),
    ],
)
def test_round9_post_blind(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 10: an elided unit after و takes the previous quantity's unit
        (
            "عبرت القناة الخيالية 40 سفينة، منها 22 سفينة من الشمال و32 بالقناة الجديدة.",
            [(40, "سفينة"), (22, "سفينة"), (32, "سفينة")],
        ),
        (
            "تبلغ الأموال نحو 29 مليار دولار، منها 23 مليارا محجوزة في اليابان، و6 مليارات في الهند.",
            [(29e9, "دولار"), (23e9, "دولار"), (6e9, "دولار")],
        ),
        ("قتل 11 شخصا و32 أصيبوا بجروح.", [(11, "شخص"), (32, "شخص")]),  # a verb is not the unit
        ("أصيب ألف شخص و200 آخرون.", [(1000, "شخص"), (200, None)]),
        ("قتل 5 أشخاص في 2014 و7 في العام التالي.", [(5, "شخص")]),
        ("تأهل اللاعب الخيالي إلى دور الستة عشر من البطولة.", []),
        ("يتألف المجلس من 120 عضوا، بدل 270 في الدستور السابق.", [(120, "عضو"), (270, None)]),
        # round 12: the end of a change after إلى takes the elided unit, not after a percent (a level)
        ("ارتفع العدد من 7ر2 مليون مستخدم إلى 6ر23 مليونا.", [(2.7e6, "مستخدم"), (23.6e6, "مستخدم")]),
        ("انخفض مؤشر الخيال 0.98 بالمئة إلى 97.4 أمس.", [(0.98, "%"), (97.4, None)]),
    ],
)
def test_round10_elided_units(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("وبحسب البيانات، يحمل 56% منهم الجنسية.", "البيانات"),
        ("وفقا لما صرح به مدير المطار الخيالي، بلغ عدد المسافرين 900 مسافر.", "مدير المطار الخيالي"),
        (
            "حسب اللائحة الخيالية، يحصل كل ناد على 1.8 مليون ريال، وفقا للاتفاق المسبق بين الأطراف.",
            "الاتفاق المسبق بين الأطراف",
        ),
    ],
)
def test_round10_sources(text: str, claimant: str) -> None:
    assert [q.claimant for q in run(text)] == [claimant]


def test_round10_source_wins_and_speaker_unquoted() -> None:
    text = "أوضح الرئيس الخيالي أن العملية شملت 13 ولاية، بحسب موقع ترك برس."
    st = _statement(text, "العملية شملت 13 ولاية", "الرئيس الخيالي")
    (q,) = run(text, [st])
    assert (q.claimant, q.statement_id) == ("موقع ترك برس", "st1")
    text = 'ذكرت صحيفة "الأنباء" الخيالية أن 178 شخصا أنقذوا.'
    st = _statement(text, "178 شخصا أنقذوا", 'صحيفة "الأنباء" الخيالية')
    (q,) = run(text, [st])
    assert q.claimant == "صحيفة الأنباء الخيالية"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # post-blind test10 fixes (test10 no longer blind)
        ("حقق الفريق الخيالي ست نقاط في الجولتين.", [(6, "نقطة")]),
        ("تعادل قوة القنبلة الخيالية 16 كيلو طن.", [(16, "كيلوطن")]),
        ("نقل المربي نحو 3500 من الكتاكيت.", [(3500, "كتكوت")]),
    ],
)
def test_round10_post_blind(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 11: parenthesised ages with no person noun, age chains, senses, periods, shared scales
        ("وقع النادي الخيالي مع اللاعب سامر (25) عاما ، بعقد طويل.", [(25, "عام")]),
        ("انتقل اللاعب سامر (23 عاما و37 مباراة دولية) إلى ناد جديد.", [(23, "عام"), (37, "مباراة")]),
        ("ألا يقل عمره في موعد الاقتراع عن (18) سنة هجرية.", [(18, "عام")]),
        ("حكم عليه بالسجن (5) سنوات، وغرامة.", []),
        ("وذلك خلال (3) سنوات.", []),
        ("أعمارهم 3 و5 و14 سنة.", [(3, "عام"), (5, "عام"), (14, "عام")]),
        ("وقع الأمين خمسة عقود لمشروعات جديدة.", [(5, "عقد")]),
        ("بعد خمسة عقود من الحكم.", []),
        ("نشر الموقع أرخص 8 طرق لإنقاص الوزن.", [(8, "طريقة")]),
        ("تمت سفلتة 8 طرق رئيسية.", [(8, "طريق")]),
        ("امتدت الحقبة من نحو 145 مليون إلى 65 مليون عام.", []),
        ("تقدر ثروته ما بين 32 و30 مليار دولار.", [((30e9, 32e9), "دولار")]),
        ("ضبطت الشرطة 231 بيض ديناصورات.", [(231, "بيضة")]),
    ],
)
def test_round11_rules(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


def test_round11_source_stops_at_verb() -> None:
    (q,) = run("وبحسب وكالة الأنباء الخيالية تم نشر قوة من 300 جندي.")
    assert q.claimant == "وكالة الأنباء الخيالية"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # post-blind test11 fixes (test11 no longer blind)
        ("منهم 27 سعوديًا، و96 غير سعودي، ثم", [(27, "سعودي"), (96, "غير سعودي")]),
        ("شهدت 121 هجوما مسلحا و281 “عملا إرهابيا” منذ الانتخابات.", [(121, "هجوم"), (281, "عمل")]),
        ("وضعت داخل 3 شوالات أرز.", [(3, "شوال")]),
        ("نزل المؤشر بما يقل عن التوقعات البالغة 54.2، بينما", [(54.2, None)]),
        ("للمشاركة في تصفيات البطولة الخيالية تحت 19 سنة التي ستقام", []),
        ("مدافع منتخب الشباب (دون 19 عاما) خاض مباراته الأولى.", []),
        ("مقيماً لحكام بطولة الاتحاد (16عاماً)، في الكويت.", []),
        ("وبدأ اللاعب سامر (19 عاما) ابن المدافع السابق مسيرته.", [(19, "عام")]),
    ],
)
def test_round11_post_blind(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


def test_round11_classification_is_no_source() -> None:
    (q,) = run("بلغ عدد الوفيات حسب الجنس والجنسية 2518 حالة.")
    assert q.claimant is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 12, after the test12 blind run: Latin letter names make model numbers, not units
        ("تسلمت مصر خمسة أبراج لدبابات أبرامز إم 1 إيه 1 من الولايات المتحدة.", [(5, "برج")]),
        ("شاركت 50 طائرة تركية (من نوع إف 16) و(25 إف 4 – 2020) في الغارات.", [(50, "طائرة")]),
        ("أكد أنه قتل 8 جنود وأصاب 11 غيرهم.", [(8, "جندي"), (11, None)]),
        ("سقط مواطن في بئر يدوية عمقها ٢٠ م.", [(20, "متر")]),
        ("ارتفع قطاع الفنادق بنسبة 0.98 و 0.97% على التوالي.", [(0.98, "%"), (0.97, "%")]),
        ("تبلغ قيمة التذكرة 309 ليوات.", [(309, "ليو")]),
    ],
)
def test_round12_post_blind(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert values_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 13: a quoted number before a scale word
        ('وفرت الخطوط أكثر من "60" ألف مقعد إضافي.', [('أكثر من "60" ألف مقعد', 60000, "مقعد")]),
        # a listed noun right after منها is the counted noun
        (
            "من 11 بلدًا حول العالم 9 منها ملاعب تظهر لأول مرة.",
            [("11 بلدًا", 11, "بلد"), ("9 منها ملاعب", 9, "ملعب")],
        ),
        # a hedged year-like number with a counted noun is a count
        ("سيتيح الفرصة لأكثر من 2000 مصري للعمل.", [("أكثر من 2000 مصري", 2000, "مصري")]),
        # a dash pair after a result word is a score
        ("وكان الشوط الأول انتهى بتأخر المنتخب 8-10 وغاب عن اللقاء اللاعب.", []),
        # ل + a name after an amount is a purpose; a lead verb is no unit; ب + a place is no unit
        (
            "دفع 49 مليونًا للحصول على الجناح، و8 ملايين لفابيان ديلف.",
            [("49 مليونًا", 49e6, None), ("8 ملايين", 8e6, None)],
        ),
        (
            "بلغت 960 بلاغا منها 174 بجدة و531 بمكة.",
            [("960 بلاغا", 960, "بلاغ"), ("174", 174, "بلاغ"), ("531", 531, "بلاغ")],
        ),
    ],
)
def test_round13(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [(q.text, q.value, q.unit) for q in run(text)] == expected
