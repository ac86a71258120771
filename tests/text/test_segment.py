from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.text.segment import sentence_index, split_sentences, tokenize


def sents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_basic_punctuation_and_lines() -> None:
    text = "وصل الوفد إلى المدينة. هل سيبقى؟ نعم!\nسطر جديد بلا نقطة"
    assert sents(text) == ["وصل الوفد إلى المدينة.", "هل سيبقى؟", "نعم!", "سطر جديد بلا نقطة"]


def test_numbers_and_abbreviations_do_not_split() -> None:
    text = "ارتفع المؤشر 3.5 نقطة وبلغ 1,500 سهم و١٥٠٠ عقد. وقال د. سامر إن U.S. officials agreed."
    assert sents(text) == [
        "ارتفع المؤشر 3.5 نقطة وبلغ 1,500 سهم و١٥٠٠ عقد.",
        "وقال د. سامر إن U.S. officials agreed.",
    ]


def test_commas_and_colons_do_not_split() -> None:
    text = "قال المتحدث، في بيان: «لن نتراجع، ولن نقبل»؛ ثم غادر."
    assert len(sents(text)) == 1


def test_closing_quote_stays_with_sentence() -> None:
    text = "وقال: «انتهى الأمر.» ثم صمت."
    assert sents(text) == ["وقال: «انتهى الأمر.»", "ثم صمت."]


def test_paragraph_numbers() -> None:
    spans = split_sentences("جاء الوفد. ثم غادر.\n\nوانتهى اللقاء.")
    assert [s.paragraph for s in spans] == [0, 0, 1]


def test_tokens() -> None:
    toks = [t.text for t in tokenize("أرسلت 1,500 جندي و١٥٠٠ آخرين، (كيم هيونج-سو) U.S. 3.5%")]
    assert toks == [
        "أرسلت",
        "1,500",
        "جندي",
        "و",
        "١٥٠٠",
        "آخرين",
        "،",
        "(",
        "كيم",
        "هيونج",
        "-",
        "سو",
        ")",
        "U.S.",
        "3.5",
        "%",
    ]


def test_diacritics_stay_inside_tokens() -> None:
    assert [t.text for t in tokenize("قالَ المُتَحَدِّثُ")] == ["قالَ", "المُتَحَدِّثُ"]


def test_sentence_index() -> None:
    spans = split_sentences("أول. ثاني. ثالث.")
    assert sentence_index(spans, 0) == 0
    assert sentence_index(spans, spans[2].start + 1) == 2


@given(st.text(alphabet="اب تث.،؟!\n 12,3«»:", max_size=120))
def test_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    prev_end = 0
    for s in split_sentences(text):
        assert prev_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        prev_end = s.end
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text and not t.text.isspace()


def test_seed_sentences_do_not_break_numbers(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        for s in split_sentences(text):
            chunk = text[s.start : s.end]
            assert not chunk[:1].isdigit() or text[s.start - 1 : s.start] not in {".", ","}
