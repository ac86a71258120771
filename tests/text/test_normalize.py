from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import (
    DEFAULT,
    DIACRITICS,
    DISPLAY_SAFE,
    Normalized,
    NormOptions,
    _build_table,
    _compiled,
    collapse_spaces,
    norm_key,
    normalize,
    remove_controls,
)

ARABIC_ALPHABET = "".join(chr(c) for c in range(0x0621, 0x064B)) + "ٱکگیەۀپچژڤ٠١٢٣٤٥٦٧٨٩۰۱۲۳"
TRICKY = DIACRITICS + "\u0640\u200f\u200e\u202b\u202c\u200b\u200c\ufeff\u00a0«»“”،؛؟–—…ﻻﻷﷲ"
alphabet = st.sampled_from(ARABIC_ALPHABET + TRICKY + string.ascii_letters + string.digits + " .,\n-")
texts = st.text(alphabet=alphabet, max_size=80)


def test_letter_forms() -> None:
    assert norm_key("أإآٱ") == "اااا"
    assert norm_key("مستشفى") == "مستشفي"
    assert norm_key("كوريا الشمالية") == "كوريا الشماليه"
    assert norm_key("مسؤول") == "مسوول"
    assert norm_key("کوریة") == "كوريه"


def test_diacritics_tatweel_controls_digits_punct() -> None:
    assert norm_key("مُحَمَّد") == "محمد"
    assert norm_key("الـــقدس") == "القدس"
    assert norm_key("\u200fسول\u200e") == "سول"
    assert norm_key("١٥٠٠ و۱۲") == "1500 و12"
    assert norm_key("«نعم»، قال؛ لماذا؟") == '"نعم", قال; لماذا?'
    assert norm_key("U.S. Army") == "u.s. army"
    assert norm_key("٣٫٥") == "3.5"


def test_presentation_forms_expand_and_map_back() -> None:
    n = normalize("ﻻ بأس")
    assert n.text == "لا باس"
    assert n.to_original(0, 2) == (0, 1)
    assert n.to_original(3, 6) == (2, 5)


def test_offsets_after_deletions() -> None:
    text = "قالَ المُتَحَدِّثُ"
    n = normalize(text)
    assert n.text == "قال المتحدث"
    start = n.text.index("المتحدث")
    s, e = n.to_original(start, start + len("المتحدث"))
    assert norm_key(text[s:e]) == "المتحدث"
    assert text[s:e].startswith("ال") and e == len(text) - 1  # trailing damma not included


def test_display_text_is_untouched() -> None:
    text = "قالَ «نعم»"
    n = normalize(text)
    assert n.original is text


@given(texts)
@settings(max_examples=300)
def test_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once
    assert norm_key(once) == once


@given(texts)
@settings(max_examples=300)
def test_offsets_inside_text_and_on_the_right_characters(text: str) -> None:
    n = normalize(text)
    assert len(n.text) == (len(n.offsets) - 1 if n.offsets is not None else len(text))
    for i, ch in enumerate(n.text):
        o = n.orig_index(i)
        assert 0 <= o < len(text)
        # the key character is what the original character normalises to
        assert ch in norm_key(text[o]) or norm_key(text[o]) == ""
    if n.text:
        s, e = n.to_original(0, len(n.text))
        assert 0 <= s <= e <= len(text)
        assert norm_key(text[s:e]) == n.text


@given(texts, st.data())
@settings(max_examples=200)
def test_any_key_span_maps_to_an_original_span_with_the_same_key(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    if not n.text:
        return
    start = data.draw(st.integers(0, len(n.text) - 1))
    end = data.draw(st.integers(start + 1, len(n.text)))
    s, e = n.to_original(start, end)
    assert n.text[start:end] in norm_key(text[s:e])


@given(texts)
def test_collapse_spaces_keeps_map(text: str) -> None:
    n = collapse_spaces(normalize(text))
    assert "  " not in n.text
    for i in range(len(n.text)):
        assert 0 <= n.orig_index(i) < len(text)


def test_remove_controls() -> None:
    assert remove_controls("\ufeffنص\u200f مع\u200b تحكم") == "نص مع تحكم"


def test_normalized_rejects_bad_span() -> None:
    n = Normalized("abc", "abc", None)
    try:
        n.to_original(2, 5)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")


_OPTION_SETS = [DEFAULT, DISPLAY_SAFE, NormOptions(digits=False, punctuation=False)]


@given(st.one_of(st.text(), texts), st.sampled_from(_OPTION_SETS))
@settings(max_examples=300)
def test_dense_table_translates_as_the_mapping(text: str, opts: NormOptions) -> None:
    """The list the key is translated with gives exactly what the character mapping gives, for any
    text: astral characters, surrogates and code points past the list's end included."""
    mapping = _build_table(opts)
    assert normalize(text, opts).text == text.translate(mapping)
    assert norm_key(text, opts) == text.translate(mapping)


def test_dense_table_covers_every_mapped_character() -> None:
    for opts in _OPTION_SETS:
        mapping = _build_table(opts)
        for code, value in mapping.items():
            assert chr(code).translate(_compiled(opts)[0]) == value
        assert chr(0x10FFFF).translate(_compiled(opts)[0]) == chr(0x10FFFF)
