"""Property tests: removed spans and the kept-piece map always point into the raw text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.clean import CleanStage, clean_text
from rasd.errors import RasdError
from rasd.models import Document
from rasd.pipeline.stage import DocumentStage

PIECES = [
    "شارك",
    "كتب: سالم الخيالي",
    "منذ 3 ساعات",
    "© 2031 الواحة",
    "اقرأ أيضاً:",
    "عنوان خيالي عن حديقة المدينة الجديدة",
    "وقال المسؤول إن الحديقة ستفتح أبوابها للزوار في الصيف المقبل بعد انتهاء أعمال التشجير.",
    "مارس 12, 2031وقال المسؤول إن العمل مستمر.",
    "نص. شارك",
    "",
    "   ",
    "\u200f",
    "A1B2C3",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=30), max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_spans_and_map(parts: list[str], eol: str) -> None:
    raw = eol.join(parts)
    result = clean_text(raw)
    for r in result.removed:
        assert 0 <= r.start < r.end <= len(raw)
        assert raw[r.start : r.end] == r.text
    for start, raw_start, length in result.segments:
        assert result.text[start : start + length] == raw[raw_start : raw_start + length]
    for i in range(0, len(result.text) + 1):
        assert 0 <= result.to_raw(i) <= len(raw)
    assert not result.text.startswith("\n") and not result.text.endswith("\n")
    assert "\n\n\n" not in result.text
    assert clean_text(raw) == result  # deterministic


def test_to_raw_bounds() -> None:
    result = clean_text("عنوان\nنص")
    with pytest.raises(ValueError):
        result.to_raw(len(result.text) + 1)
    with pytest.raises(ValueError):
        result.to_raw(-1)


def test_stage_declares_protocol_and_rejects_bad_input() -> None:
    stage = CleanStage()
    assert isinstance(stage, DocumentStage)
    assert (stage.name, stage.version, stage.arabic_only) == ("clean", "1", False)
    assert stage.requires == frozenset({"raw"}) and stage.provides == frozenset({"text", "removed"})
    bad = Document(id="b", raw_text=b"bytes")  # type: ignore[arg-type]
    with pytest.raises(RasdError, match="raw_text is bytes"):
        stage(bad)
