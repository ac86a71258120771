"""Ages: a number with an age unit (``عام``/``سنة``) that is an age, not a duration.

See ``docs/quantities.md``: an age cue before the number (``يبلغ من العمر``), parentheses or dashes
around it, an age just before it linked by ``و``/a hedge, a person noun right before it with the age
closing the phrase (``الأب 45 عاما،``), or an age right after it that it is linked to
(``وطفلان 13 و15 عاما``: the 13 is an age too).
"""

from __future__ import annotations

import re

from rasd.numbers import NumberMatch, parse_number
from rasd.quantities.lexicon import QuantityLexicon, key
from rasd.quantities.units import PUNCT_STOP, Word, lookup, next_words, prev_words

_AGE_NOUNS = frozenset(key(w) for w in ("سن", "عمر"))
_LINE_END = re.compile(r"[ \t\u200f\u200e]*(?:\n|$)")
_PAREN_CLOSES = re.compile(r"[^()\n.!?؟]{1,60}\)")


def age_unit(lx: QuantityLexicon, word: Word | None) -> str | None:
    return lookup(lx.age_units, word.key) if word is not None else None


def _is_number(w: Word) -> bool:
    return w.key[0].isdigit() or parse_number(w.text) is not None


def forward_age(lx: QuantityLexicon, after: list[Word]) -> int:
    """``13 و 15 عاما``, ``3 و5 و9 و14 سنة``: the number is linked by ``و``/``إلى``... (a chain of numbers)
    to a number with an age unit; the index of that unit in ``after``, else 0."""
    i = 0
    while i + 1 < len(after) and after[i].key in lx.age_links and _is_number(after[i + 1]):
        i += 2
    return i if 0 < i < len(after) and age_unit(lx, after[i]) is not None else 0


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
    core = before[:-1] if before and before[-1].text == "(" else before
    if len(core) > 1 and core[-1].key in lx.bare_followers:
        core = core[:-1]  # "شاب آخر (27) سنة"
    near = before if line_end else core[-1:]
    if not any(w.key[0].isalpha() and lookup(lx.age_persons, w.key) for w in near):
        return False
    if any(lookup(lx.age_blockers, w.key) for w in before[:-1]):
        return False
    return core is not before or _closes(after)  # "شاب آخر (27) سنة في بلدة": parentheses (round 18)


def _paren_age(lx: QuantityLexicon, before: list[Word], after: list[Word], alone: bool, closed: bool) -> bool:
    """A parenthesised age with no person noun: the number alone in parentheses after a name with the
    age closing the phrase (``واكاسو (25) عاما ،``), or a profile in parentheses that closes after an
    age and ``و`` + another count (``صلاح (23 عاما و37 مباراة دولية)``); not after a duration or time
    word (``لمدة (5) سنوات``, ``خلال (3) سنوات``)."""
    if len(before) < 2 or any(lookup(lx.age_blockers, w.key) for w in before):
        return False
    head = before[-2]
    if len(head.key) < 3 or not head.key[0].isalpha() or head.key in lx.not_units:
        return False
    if lookup(lx.age_paren_not_after, head.key):
        return False
    if alone:
        return _closes(after)
    profile = len(after) > 3 and after[1].key == "و" and after[2].key[0].isdigit()
    return closed and profile and lookup(lx.time_units, after[3].key) is None


def category_age(lx: QuantityLexicon, before: list[Word], after: list[Word]) -> bool:
    """A category age, not a quantity: ``تحت 19 سنة``, ``(دون 19 عاما)``, ``بطولة الاتحاد (16عاماً)`` (a
    competition noun among the six words before the parenthesis)."""
    if not after or age_unit(lx, after[1] if after[0].text == ")" and len(after) > 1 else after[0]) is None:
        return False
    if before and before[-1].key in lx.age_category_cues:
        return True
    if len(before) > 1 and before[-1].key in _AGE_NOUNS and before[-2].key in lx.age_category_cues:
        return True  # "لفئة الشباب تحت سن 20 سنة" (round 19)
    if not before or before[-1].text != "(":
        return False
    return any(lookup(lx.age_category_heads, w.key) for w in before[-7:-1])


def _wide_cue(lx: QuantityLexicon, before: list[Word]) -> bool:
    """A possessed age noun a few words back with no punctuation between (``ألا يقل عمره في موعد
    الاقتراع عن (18) سنة``)."""
    tail: list[Word] = []
    for w in reversed(before):
        if w.text in PUNCT_STOP and w.text != "(":
            break
        tail.append(w)
    return any(w.key in lx.age_wide_cues for w in tail)


_DURATION_BEFORE = frozenset(key(w) for w in ("لمدة", "مدة", "مدته", "مدتها", "طوال", "خلال", "منذ"))


def _death_age(lx: QuantityLexicon, before: list[Word]) -> bool:
    """``توفي عن 85 عاما``, ``قرر الاعتزال عن 40 عاما``: ``عن`` right before the number and a death or
    retirement word shortly before it (round 15)."""
    if len(before) < 2 or before[-1].key != key("عن"):
        return False
    return any(lookup(lx.age_death_heads, w.key) for w in before[-4:-1])


_COMPARISONS = frozenset(key(w) for w in ("يزيد", "يقل", "تزيد", "تقل", "يتجاوز", "تتجاوز"))
_COMPARE_PREPS = frozenset(key(w) for w in ("عن", "على"))
_NATIONALITY = key("الجنسية")


def _drop_comparison(before: list[Word]) -> list[Word]:
    """The words before a comparison hedge (``يزيد عن``), so that an age cue before it is in reach."""
    if len(before) > 1 and before[-1].key in _COMPARE_PREPS and before[-2].key in _COMPARISONS:
        return before[:-2]
    return before


def _nationality_paren(before: list[Word]) -> bool:
    """``أحد الأطفال من الجنسية الأفغانية (7) سنوات للغرق``: a parenthesised number with an age unit right
    after a nationality is an age (round 17)."""
    return len(before) > 2 and before[-1].text == "(" and before[-3].key == _NATIONALITY


def is_age(
    lx: QuantityLexicon,
    before: list[Word],
    after: list[Word],
    prev_age: bool = False,
    line_end: bool = False,
    closed: bool = False,
    ahead: list[Word] | None = None,
) -> bool:
    """An age: an age unit after the number (or after a number linked to it) and an age cue, a
    person noun, parentheses or dashes, or an age just before (``لا يقل عن 24 سنة ولا يزيد على 40 سنة``);
    ``closed``: a parenthesis opened right before the number closes a little after it; ``ahead``: more
    words after the number, for a chain of ages (``أعمارهم 3 و5 و9 و14 سنة``)."""
    alone = bool(after) and after[0].text == ")" and bool(before) and before[-1].text == "("
    if alone:
        after = after[1:]  # "عمر المتقدم على (28) سنة"
    k = forward_age(lx, ahead or after)
    if k:
        after = (ahead or after)[k:]
    elif not after or age_unit(lx, after[0]) is None:
        return False
    if not prev_age and before and before[-1].key in _DURATION_BEFORE:
        return False  # "عمر السنين لمدة 5 سنوات": a name, then a duration
    if _death_age(lx, before):
        return True
    cues = [w for w in _drop_comparison(before) if w.key[0].isalnum()][-3:]  # "عمر المتقدم يزيد عن 35 عاماً"
    if prev_age or any(lookup(lx.age_cues, w.key) for w in cues) or _wide_cue(lx, before):
        return True
    if _person_before(lx, before, after, line_end) or _nationality_paren(before):
        return True
    wrapped = bool(before) and before[-1].text in '("«“”-–—' and len(after) > 1
    if wrapped and after[1].text in ')"»”“-–—':
        return True
    return bool(before) and before[-1].text == "(" and _paren_age(lx, before, after, alone, closed)


def number_age(
    lx: QuantityLexicon,
    text: str,
    m: NumberMatch,
    sent: tuple[int, int],
    around: tuple[list[Word], list[Word]],
    prev_age: bool,
) -> bool | None:
    """Whether the number is an age; ``None`` for a category age (not a quantity)."""
    (s, e), (before, after) = sent, around
    unit_word = after[1] if len(after) > 1 and after[0].text == ")" else after[0] if after else None
    if age_unit(lx, unit_word) and category_age(lx, prev_words(text, m.start, s, 8), after):
        return None
    wide = prev_words(text, m.start, s, 6)
    line_end = bool(after) and _LINE_END.match(text, after[0].end) is not None
    closed = bool(before) and before[-1].text == "(" and _PAREN_CLOSES.match(text, m.end, e) is not None
    linked = bool(after) and after[0].key in lx.age_links
    ahead = next_words(text, m.end, min(e, m.end + 60), 10) if linked else None
    return is_age(lx, wide, after, prev_age, line_end, closed, ahead)
