from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalize import norm_key
from rasd.text.stem import light_stem


def test_clitics_and_article() -> None:
    assert light_stem(norm_key("الانتخابات")) == light_stem(norm_key("انتخابات"))
    assert light_stem(norm_key("وبالقوات")) == light_stem(norm_key("القوات"))
    assert light_stem(norm_key("المسؤولون")) == light_stem(norm_key("مسؤولين"))


def test_short_words_and_latin_are_kept() -> None:
    assert light_stem("ولد") == "ولد"
    assert light_stem("nato") == "nato"


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=12))
def test_stem_is_never_longer_and_never_empty(word: str) -> None:
    stem = light_stem(word)
    assert stem and len(stem) <= len(word) and stem in word
