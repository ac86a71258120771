"""Numbers: digits, words, mixed, vague, ranges, ordinals; Duckling gate; offset properties."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.numbers import find_numbers, parse_number, parse_ordinal
from tests.conftest import shared_path


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1500", 1500),
        ("1,500", 1500),
        ("1.500", 1500),
        ("1.500.000", 1500000),
        ("١٥٠٠", 1500),
        ("١٬٥٠٠", 1500),
        ("3.5", 3.5),
        ("٣٫٥", 3.5),
        ("ثلاثة آلاف", 3000),
        ("ألف وخمسمائة", 1500),
        ("ثلاثة آلاف وخمسمائة", 3500),
        ("مئتان", 200),
        ("مائتين", 200),
        ("مليونان", 2000000),
        ("عشرون ألفا", 20000),
        ("خمسة وعشرين", 25),
        ("ثلاثة عشر", 13),
        ("ثلاثه الاف", 3000),
        ("10 آلاف", 10000),
        ("2.5 مليون", 2500000),
        ("3 مليارات", 3000000000),
        ("1.5 مليار", 1500000000),
        ("سبعمية", 700),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        ("أرسلت الشركة 1500 موظف", "1500", 1500, "digits"),
        ("وصل نحو 10 آلاف زائر", "10 آلاف", 10000, "mixed"),
        ("تبرع بثلاثة آلاف ريال", "ثلاثة آلاف", 3000, "words"),
        ("وخمسون شخصا", "خمسون", 50, "words"),
        ("بلغت الكلفة ٢٫٥ مليون دولار", "٢٫٥ مليون", 2500000, "mixed"),
    ],
)
def test_find_numbers_spans(text: str, span: str, value: float, kind: str) -> None:
    found = find_numbers(text)
    assert len(found) == 1, found
    m = found[0]
    assert (m.text, m.kind) == (span, kind)
    assert m.value == pytest.approx(value)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("شارك عشرات الأشخاص", "عشرات", 10, 99),
        ("فر عشرات الآلاف من السكان", "عشرات الآلاف", 10000, 99999),
        ("حضر مئات الزوار", "مئات", 100, 999),
        ("تجمع آلاف المشجعين", "آلاف", 1000, 9999),
        ("وصل بضعة آلاف", "بضعة آلاف", 3000, 9000),
        ("زار عدة مدن", "عدة", 3, 10),
    ],
)
def test_vague(text: str, span: str, low: float, high: float) -> None:
    (m,) = find_numbers(text)
    assert (m.text, m.kind, m.value, m.low, m.high) == (span, "vague", None, low, high)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("يتراوح العدد بين 10 و20 شخصا", "10 و20", 10, 20),
        ("يستمر من 5 إلى 7 أيام", "5 إلى 7", 5, 7),
        ("يضم 10-20 عضوا", "10-20", 10, 20),
    ],
)
def test_ranges(text: str, span: str, low: float, high: float) -> None:
    (m,) = find_numbers(text)
    assert (m.text, m.kind, m.value, m.low, m.high) == (span, "range", None, low, high)


def test_ordinals_and_codes() -> None:
    found = find_numbers("الفصل الثالث عشر و2nd والرمز 7579HJ")
    assert [(m.text, m.is_ordinal, m.value) for m in found] == [("الثالث عشر", True, 13), ("2nd", True, 2)]
    assert parse_ordinal("الحادي والعشرين") == 21
    assert parse_ordinal("الثالثة عشرة") == 13
    assert parse_ordinal("كتاب") is None


def test_ambiguous_words_alone_are_not_numbers() -> None:
    assert find_numbers("قال أحد المسؤولين") == []


def test_garbage_is_none() -> None:
    assert parse_number("") is None
    assert parse_number("مدينة") is None
    assert parse_number("10 و 20 و 30") is None


def _rows(name: str) -> list[tuple[str, str]]:
    with shared_path("data", "duckling_ar", name).open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return [(r[0], r[1]) for r in rows[1:] if len(r) == 2]


@pytest.mark.parametrize("name", ["Numeral_AR.tsv", "Numeral_AR_EG.tsv"])
def test_duckling_numerals(name: str) -> None:
    rows = _rows(name)
    ok = sum(1 for v, t in rows if (p := parse_number(t)) is not None and abs(p - float(v)) < 1e-9)
    assert ok / len(rows) >= 0.95, f"{name}: {ok}/{len(rows)}"


def test_duckling_ordinals() -> None:
    rows = _rows("Ordinal_AR.tsv")
    ok = sum(1 for v, t in rows if parse_ordinal(t) == int(v))
    assert ok / len(rows) >= 0.95, f"{ok}/{len(rows)}"


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_digit_round_trip(n: int, arabic: bool) -> None:
    s = str(n).translate(ARABIC_INDIC) if arabic else str(n)
    assert parse_number(s) == n
    assert parse_number(f"{n:,}") == n


@given(st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩ ,.٫٬-وبينمنإلىآلافمليونعشراتثلاثةخمسونأحد ", max_size=60))
def test_offsets_map_onto_text(text: str) -> None:
    prev_end = 0
    for m in find_numbers(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= prev_end
        prev_end = m.end
        if m.value is not None:
            assert m.low is not None and m.high is not None and m.low <= m.value <= m.high


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("ارتفع 0,5 بالمئة إلى 1094,54 دولار", [0.5, 1094.54]),
        ("تراجع بمقدار 53ر12 نقطة", [12.53]),
        ("بلغت (1.7) مليون وظيفة", [1700000]),
        ("سجل ١٠،٢٠ نقطة", [10, 20]),
        ("وصل مئتي زائر وألفي طالب", [200, 2000]),
    ],
)
def test_separators_and_forms(text: str, values: list[float]) -> None:
    found = [m.value for m in find_numbers(text) if not m.is_ordinal]
    assert found == pytest.approx(values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أربعة ملايين وثمانمائة وواحدا وثمانين ألفا", 4_881_000),
        ("سبعة ملايين ونصف", 7_500_000),
        ("3 ملايين و نصف مليون", 3_500_000),
        ("04.\u200f5", 5.04),
        ("2.\u200f0", 0.2),
    ],
)
def test_round5_numbers(text: str, value: float) -> None:
    found = find_numbers(text)
    assert len(found) == 1 and found[0].value == pytest.approx(value)


def test_round5_conjunction_not_swallowed() -> None:
    found = find_numbers("فاقت ثلاثة مليارات و600 مليون")
    assert [m.text for m in found] == ["ثلاثة مليارات", "600 مليون"]
    r = find_numbers("ما بين 9 و10 مليارات")
    assert (r[0].low, r[0].high) == (9e9, 1e10)


def test_round6_half_before_a_scale_and_vague_hundreds() -> None:
    from rasd.numbers import find_numbers

    found = [(m.text, m.value) for m in find_numbers("ثلاثة ونصف تريليون وخمسة ونصف مليون")]
    assert found == [("ثلاثة ونصف تريليون", 3.5e12), ("خمسة ونصف مليون", 5.5e6)]
    assert [(m.low, m.high) for m in find_numbers("عدة مئات من الحرائق")] == [(300, 999)]
    assert [(m.low, m.high) for m in find_numbers("عشرات آلاف القتلى")] == [(10_000, 99_999)]
    assert [m.value for m in find_numbers("ثلاث ساعات ونصف")] == [3]


def test_round6_post_blind_numbers() -> None:
    from rasd.numbers import find_numbers

    assert [(m.low, m.high, m.kind) for m in find_numbers("على بعد 4 إلى 5 كيلومترات")] == [(4, 5, "range")]
    assert [m.value for m in find_numbers("في عام 2014 إلى 21 مليون")] == [2014, 21_000_000]
    assert [m.value for m in find_numbers("ثلاث وأربع بلديات")] == [3, 4]
    assert [m.value for m in find_numbers("874.347.21")] == [874347.21]
    assert [m.value for m in find_numbers("في ست قارات")] == [6] and find_numbers("ست الحبايب") == []
    assert [m.kind for m in find_numbers("أكثر من 97 مليونا و815 ألفا")] == ["mixed", "mixed"]
