"""The sentence pre-filter of ``find_numbers`` skips only texts in which the full scan finds nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.numbers.find import _has_digit, _may_hold_number, _scan
from rasd.numbers.lexicon import number_lexicon
from rasd.text.normalize import normalize

_WORDS = ["ثلاثة", "وخمسين", "بمليون", "آلاف", "عشرات", "الثاني", "مئة", "مية", "قال", "جنود", "أمس"]
_CHARS = "0123456789٠١٢٣٤٥٦٧٨٩²³①٫٬.,،%٪()«»-_ abcXYZ\n"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(alphabet=_CHARS, max_size=4)), max_size=12))
def test_skipped_text_has_no_number(parts: list[str]) -> None:
    key = normalize(" ".join(parts)).text
    if not _may_hold_number(key, number_lexicon()):
        assert _scan(normalize(" ".join(parts)))[1] == []


def test_prefilter_lets_numbers_through() -> None:
    lx = number_lexicon()
    for text in ("أرسل 1500 جندي", "نحو ثلاثة آلاف", "عشرات القتلى", "المركز الثاني", "x²", "١٥٠٠"):
        assert _may_hold_number(normalize(text).text, lx), text
    assert not _may_hold_number(normalize("قال الوزير أمس إن الجنود وصلوا.").text, lx)


def test_digit_classes_are_exactly_the_isdigit_characters() -> None:
    """``_has_digit`` (a BMP bitmap and an astral range list) agrees with ``str.isdigit`` on every
    code point, so the pre-filter lets through every character ``_scan`` may start a number with."""
    for code in range(0x110000):
        c = chr(code)
        assert _has_digit(f"قال {c} أمس") is c.isdigit(), hex(code)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_has_digit_matches_isdigit_on_any_text(text: str) -> None:
    assert _has_digit(text) is any(c.isdigit() for c in text)
