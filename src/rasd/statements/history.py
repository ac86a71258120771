"""Which statements a later elided subject may refer back to (round 16).

A statement with its own speaker inside the previous statement's content (``وأشار X إلى أن هذه الفئة حذر
رسول الله منها … وبيّن``) and the Prophet quoted in a sermon are no antecedents: the outer speaker goes on.
"""

from __future__ import annotations

import re

from rasd.models import Statement
from rasd.statements.records import Draft

# The Prophet quoted in a sermon (قال صلى الله عليه وسلم "…". وشدد على): never the antecedent of a later
# elided subject, the preacher goes on (round 16)
_SCRIPTURE = re.compile(r"صلى الله|رسول الله|النبي|الرسول")
# A contrast ends an indirect content (round 16: statements inside a content are no antecedents)
_CONTRAST = re.compile(r"(?:إلا|الا|غير) [أا]ن|لكن|بينما|في حين")


def _inside_content(text: str, out: list[Statement], d: Draft) -> bool:
    """``وأشار X إلى أن هذه الفئة حذر رسول الله منها … وبيّن``: a statement with its own speaker inside the
    previous statement's content is no antecedent for a later elided subject (round 16); not after a
    contrast (``لم يشر التقرير إلى …، إلا أن تقارير الغرفة قالت``: the content had ended)."""
    if not out or d.speaker is None:
        return False
    last = out[-1]
    if not last.content_start <= d.cue_start < last.content_end or d.speaker == (
        last.speaker_start,
        last.speaker_end,
    ):
        return False
    return _CONTRAST.search(text, last.content_start, d.cue_start) is None


def antecedent(text: str, out: list[Statement], d: Draft) -> bool:
    """True if ``d``'s speaker may be the antecedent of a later elided subject."""
    assert d.speaker is not None
    return not _inside_content(text, out, d) and not _SCRIPTURE.match(text, d.speaker[0])
