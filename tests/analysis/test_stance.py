from __future__ import annotations

import pytest

from rasd.analysis.stance import stance_of
from rasd.models import Statement


def st(act: str, content: str, negated: bool = False) -> Statement:
    return Statement(
        id="d:s1",
        speaker="المتحدث",
        speaker_start=0,
        speaker_end=1,
        speaker_entity=None,
        cue="قال",
        cue_start=0,
        cue_end=1,
        act=act,
        negated=negated,  # type: ignore[arg-type]
        content=content,
        start=0,
        end=1,
        content_start=0,
        content_end=1,
        direct=False,
    )


@pytest.mark.parametrize(
    ("act", "negated", "content", "expected"),
    [
        ("confirm", False, "الجيش أرسل ألف جندي إلى الحدود", "supports"),
        ("deny", False, "إرسال قوات إلى الحدود", "denies"),
        ("evade", False, "ليس لديه ما يضيفه", "evades"),
        ("report", False, "اشتباكات وقعت قرب الحدود", "reports"),
        ("confirm", True, "التقارير عن إرسال قوات", "unverified"),
        ("deny", True, "وجود قوات على أراضيها", "evades"),
        ("say", False, "إذا كان مثل هذا الوضع موجودا فهو قانوني", "evades"),
        ("say", False, "لا يوجد دليل واضح على ذلك", "unverified"),
        ("say", False, "لم ترسل أي قوات إلى هناك", "denies"),
        ("say", False, "لم نشك أبدا في جدية الاتفاق", "supports"),
        ("say", False, "ما يتردد مجرد شائعات لا أساس لها", "denies"),
    ],
)
def test_stance_rules(act: str, negated: bool, content: str, expected: str) -> None:
    assert stance_of(st(act, content, negated)) == expected
