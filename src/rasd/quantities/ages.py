"""Ages: a number with an age unit (``عام``/``سنة``) that is an age, not a duration.

See ``docs/quantities.md``: an age cue before the number (``يبلغ من العمر``), parentheses or dashes
around it, an age just before it linked by ``و``/a hedge, a person noun right before it with the age
closing the phrase (``الأب 45 عاما،``), or an age right after it that it is linked to
(``وطفلان 13 و15 عاما``: the 13 is an age too).
"""

from __future__ import annotations

from rasd.numbers import parse_number
from rasd.quantities.lexicon import QuantityLexicon
from rasd.quantities.units import PUNCT_STOP, Word, lookup


def age_unit(lx: QuantityLexicon, word: Word | None) -> str | None:
    return lookup(lx.age_units, word.key) if word is not None else None


def _is_number(w: Word) -> bool:
    return w.key[0].isdigit() or parse_number(w.text) is not None


def forward_age(lx: QuantityLexicon, after: list[Word]) -> bool:
    """``13 و 15 عاما``: the number is linked by ``و``/``إلى``... to a number with an age unit."""
    return (
        len(after) > 2
        and after[0].key in lx.age_links
        and _is_number(after[1])
        and age_unit(lx, after[2]) is not None
    )


def _closes(after: list[Word]) -> bool:
    """The age unit ends the phrase: punctuation, ``و`` + a word, or the end of the sentence."""
    if len(after) < 2:
        return True
    nxt = after[1]
    return nxt.text in PUNCT_STOP or (nxt.key[0] == "و" and nxt.key not in ("وفي", "ومن"))


def _person_before(lx: QuantityLexicon, before: list[Word], after: list[Word], line_end: bool) -> bool:
    """``الأب 45 عاما،``: a person noun right before the number and the age closing the phrase
    (not ``قضى المتهم 10 سنوات في السجن``), with no sentence or duration word shortly before. When the
    age unit ends its line (a list: ``الجندي عمر أحمد الشهراني 22 عاماً``), the person noun may come a
    few words before (a name between)."""
    near = before if line_end else before[-1:]
    if not any(w.key[0].isalpha() and lookup(lx.age_persons, w.key) for w in near):
        return False
    if any(lookup(lx.age_blockers, w.key) for w in before[:-1]):
        return False
    return _closes(after)


def is_age(
    lx: QuantityLexicon, before: list[Word], after: list[Word], prev_age: bool = False, line_end: bool = False
) -> bool:
    """An age: an age unit after the number (or after a number linked to it) and an age cue, a
    person noun, parentheses or dashes, or an age just before (``لا يقل عن 24 سنة ولا يزيد على 40 سنة``)."""
    if after and after[0].text == ")" and before and before[-1].text == "(":
        after = after[1:]  # "عمر المتقدم على (28) سنة"
    if forward_age(lx, after):
        after = after[2:]
    elif not after or age_unit(lx, after[0]) is None:
        return False
    cues = [w for w in before if w.key[0].isalnum()][-3:]
    if prev_age or any(lookup(lx.age_cues, w.key) for w in cues):
        return True
    if _person_before(lx, before, after, line_end):
        return True
    wrapped = bool(before) and before[-1].text in '("«“”-–—' and len(after) > 1
    return wrapped and after[1].text in ')"»”“-–—'
