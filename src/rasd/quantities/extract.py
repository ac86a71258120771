"""Numeric claims in a text: the number, its hedge, its unit or counted noun, and its claimant.

:func:`extract_quantities` works sentence by sentence on the display text. A number found by
:func:`rasd.numbers.find_numbers` is a quantity unless it is an ordinal, part of a date, a year,
a time of day, a duration (number + time unit, except an age), an identifier (``رقم 5``,
``القرار 2231``, codes glued to Latin letters) or a phone number. See ``docs/quantities.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rasd.models import Quantity, Sentence, Statement
from rasd.numbers import NumberMatch, find_numbers, parse_number
from rasd.quantities.ages import age_unit, number_age
from rasd.quantities.claimants import claimant, sentence_sources
from rasd.quantities.compound import has_scale, merge_compounds, merge_unit_ranges
from rasd.quantities.context import (
    definite_counts,
    definite_scaled,
    dual_construct,
    dual_duration,
    elided_percent,
    hedge_start,
    join_spaced_decimals,
    lam_phrase,
    metres,
    redundant_scale,
    square_mark,
    year_span,
)
from rasd.quantities.identifiers import identifier, is_phone
from rasd.quantities.labels import in_dates, labelled, month_zero
from rasd.quantities.lexicon import QuantityLexicon, key, quantity_lexicon
from rasd.quantities.links import (
    accusative_scale,
    before_number,
    compound_end,
    definite_teen,
    distant_scaled_unit,
    dual_or,
    elided_unit,
    feminine_adjective,
    follows_other,
    of_total,
    parallel,
    partitive_noun,
    postposed_adjective,
    postposed_plural,
    postposed_two,
    prev_unit_applies,
    purpose,
    reverse_change,
    split_changes,
)
from rasd.quantities.plurals import is_plural_shape
from rasd.quantities.senses import sense_unit, vague_time
from rasd.quantities.units import (
    ARTICLES,
    PUNCT_STOP,
    Word,
    listed,
    lookup,
    next_words,
    partitive,
    prev_words,
    time_then_year,
    unit_of,
    unwrap_unit,
    verb_like,
    words,
)
from rasd.text.normalize import strip_diacritics

_PARTITIVE = "\x00partitive"
_HUMAN = "\x00human partitive"  # "37 منهم": the last masculine (human) unit, not "تسع محافظات"
_PARTITIVES = frozenset({_PARTITIVE, _HUMAN})
_HUMAN_PARTITIVES = frozenset(key(w) for w in ("منهم", "من بينهم"))
_NEXT = "\x00next"
_MINHA = key("منها")
_OF_THEM = frozenset(key(w) for w in ("منهم", "منها", "منهن"))
_PREV = "\x00previous"
_CLOCK_AFTER = re.compile(r"[ \t]?:[ \t]?\d")
_SLASH_AFTER = re.compile(r"[ \t]?/[ \t]?\d")
_SLASH_BEFORE = re.compile(r"[\dA-Za-z][ \t]?/[ \t]?$")  # also "F/1.9"
_HALF_AFTER = re.compile(r"[ \t]+و[ \t]?نصف(?![^\W\d_])")
_CLOCK_BEFORE = re.compile(r"\d[ \t]?:[ \t]?$")
_OPENERS = frozenset(' \t"«“(')
_INSTEAD = [key("بدلا"), key("من")]
_RELATIVES = frozenset(key(w) for w in ("التي", "الذي", "الذين", "اللاتي", "اللتي"))
_ARTICLE_END = re.compile(r"\s+ال\u0640*$")
_QUOTES = frozenset('"«“(')


def _excluded(
    lx: QuantityLexicon, text: str, m: NumberMatch, around: tuple[list[Word], list[Word]], hedged: bool
) -> bool:
    before, after = around
    if m.is_ordinal or is_phone(m):
        return True
    if (after and after[0].key in lx.operators) or (before and before[-1].key in lx.operators):
        return True
    relative = len(after) > 1 and after[1].key in _RELATIVES  # "أكثر من الـ14 لغة التي": definite
    hedged_count = hedged and bool(before) and before[-1].key == "ال" and not relative  # "قرابة الـ500 متطوع"
    if (identifier(lx, text, m, before, after) and not hedged_count) or definite_teen(text, m, before):
        return True
    if m.kind == "vague" and after and after[0].key in lx.vague_idioms:
        return True  # "عدة وعتاد": equipment
    if year_span(text, m) or dual_duration(lx, before, after) or labelled(lx, m, before, after):
        return True  # "(872 – 950م)", "يومين أو ثلاثة" (round 19), "فندق 5 نجوم" (round 23)
    if after and after[0].key in lx.fractions:
        return True  # "ثلاثة أرباع": a fraction, not a count
    if _SLASH_AFTER.match(text, m.end) or _SLASH_BEFORE.search(text, max(0, m.start - 4), m.start):
        return True  # a score, fraction or date part: 1/2, "1 / 2"
    if _CLOCK_AFTER.match(text, m.end) or _CLOCK_BEFORE.search(text, max(0, m.start - 6), m.start):
        return True  # a time of day: 10:30, "6: 42"
    squared = bool(after) and text[after[0].end : after[0].end + 1] in ("2", "²")  # "76.000 م2"
    timed = after and (after[0].key in lx.time_after or after[0].text in lx.time_after)
    if timed and not squared and not metres(lx, m, before, after):
        return True
    raw = key(m.text)
    is_year = m.kind == "digits" and raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100
    counted = hedged and unit_of(lx, after, False)[0] is not None  # "لأكثر من 2000 مصري": not a year
    if is_year and not partitive(lx, after) and listed(lx, after)[0] is None and not counted:
        return True
    pct = bool(after) and (after[0].key in lx.percent or " ".join(w.key for w in after[:2]) in lx.percent)
    return m.kind == "words" and m.value == 1 and not pct  # "واحدا بالمئة", "واحدا في المئة"


def _bare_ok(
    lx: QuantityLexicon, m: NumberMatch, before: list[Word], after: list[Word], hedged: bool
) -> bool:
    """A number without a unit is kept only after a lead such as ``إلى``/``بلغ`` or a hedge, with a
    scale word (``439 ألف``, ``خمسة ملايين``), before ``آخرون`` or before ``من`` + an indefinite noun
    (``تقل 7 من عائلة واحدة``). A range needs one of these too (not ``من 24 إلى 28``, days)."""
    if hedged or m.kind in ("vague", "mixed") or _scaled_words(m, after) or _from_group(lx, after):
        return True
    if any(w.key in lx.bare_followers for w in after[: 2 if after and after[0].text == ")" else 1]):
        return True  # "و(18) أخرى" (round 27)
    words = [w for w in before if w.key[0].isalnum() and len(w.key) > 1]  # skip a lone "بـ"
    if not words:
        return False
    if len(words) > 1 and words[-1].key in _OF_THEM:
        words = words[:-1]  # "توفي منهم 465" (round 19)
    last = words[-1].key
    return last in lx.unitless_leads or (last[0] in "وف" and last[1:] in lx.unitless_leads)


def _scaled_words(m: NumberMatch, after: list[Word]) -> bool:
    """Number words with a scale word: ``خمسة ملايين``, or a lone scale word that starts a compound
    (``مليوناً و500 ألف درهم``; not ``ألف مبروك``)."""
    if m.kind != "words" or not has_scale(m.text):
        return False
    if len(key(m.text).split()) > 1:
        return True
    nxt = after[1] if len(after) > 1 and after[0].key == "و" else None
    return nxt is not None and parse_number(nxt.text) is not None


def _from_group(lx: QuantityLexicon, after: list[Word]) -> bool:
    """``7 من عائلة واحدة``: ``من`` + an indefinite noun (not a function word, a month or a number)."""
    if len(after) < 2 or after[0].key != "من":
        return False
    w = after[1]
    if not w.key[0].isalpha() or strip_diacritics(w.text).startswith(ARTICLES) or w.key in lx.not_units:
        return False
    return w.key not in lx.months and parse_number(w.text) is None and not verb_like(lx, w.key)


def _postposed(lx: QuantityLexicon, text: str, m: NumberMatch, before: list[Word], after: list[Word]) -> bool:
    """``نقابات عدة``: a vague amount after an indefinite sound plural is an adjective; so is one after
    an indefinite listed plural, a broken plural (أفعال, مفاعل: ``أخطاء عدة``, ``مشاكل عدة``; round 20) or
    a word in ة with no counted noun after it (``لأسباب عدة أولها``, ``بأمور فنية عدة منها``; not ``زيارة
    عدة مدن``, ``إعلان عدة مشاريع``)."""
    if m.kind != "vague" or key(m.text) not in lx.postposed_vague or not before:
        return False
    prev = before[-1]
    plain = strip_diacritics(prev.text)
    if text[prev.end : m.start].strip() or plain.startswith(ARTICLES) or len(prev.key) < 3:
        return False
    counted_after = (
        bool(after)
        and after[0].key[0].isalpha()
        and (listed(lx, after)[0] is not None or after[0].key.endswith("ات"))
        and not (after[0].key.endswith("ا") and not after[0].key.endswith("ايا"))  # "عدة دونما" (round 27)
    )
    if (len(prev.key) >= 4 and prev.key.endswith("ات")) or prev.key in lx.postposed_after:
        return not counted_after  # "شعارات عدة أجهزة": several agencies' logos
    broken = len(prev.key) >= 5 and (plain[0] == "أ" or prev.key[2] == "ا") and is_plural_shape(prev.key)
    noun_before = plain.endswith("ة") or lookup(lx.units, prev.key) is not None or broken
    return noun_before and not counted_after


def _near(lx: QuantityLexicon, m: NumberMatch, prev_end: int | None) -> bool:
    return prev_end is not None and 0 <= m.start - prev_end <= lx.coordinated_gap


def _coordinated(
    lx: QuantityLexicon, text: str, m: NumberMatch, prev_end: int | None, after: list[Word]
) -> bool:
    """A number joined by ``و`` to a quantity that ends shortly before it, or the next pair of an
    enumeration of names and numbers (``بواقع 82، ثم الشرقية 80، ومكة المكرمة 67،``: a comma, at
    most three words, the number, then punctuation or the end of the sentence)."""
    if prev_end is None or not _near(lx, m, prev_end):
        return False
    between = text[prev_end : m.start]
    if any(c.isdigit() for c in between):
        return False  # "إيرباص 330 و320": joined to a number that is not a quantity
    gap = key(between).split()
    if bool(gap) and gap[-1] in lx.coordinators:
        return True
    cut = max(between.rfind("،"), between.rfind(","))
    names = words(text, prev_end + cut + 1, m.start) if cut >= 0 else []
    closes = not after or after[0].text in "،,.؛"
    return 0 < len(names) <= 3 and closes and all(w.key[0].isalpha() for w in names)


def _clause_lead(lx: QuantityLexicon, text: str, m: NumberMatch, floor: int) -> bool:
    """``بلغ عدد المسافرين من وإلى المطار 98.278``: a verb of amount a few words before, with no
    punctuation (except parentheses around the number) or number between; or a count noun not
    followed by ``من`` (``وعدد الأفلام والمؤثرات الصوتية (45)``; not ``عدد من``)."""
    ws = prev_words(text, m.start, floor, lx.clause_lead_window)
    if ws and ws[-1].text == "(":
        ws = ws[:-1]
    for i in range(len(ws) - 1, -1, -1):
        w = ws[i]
        if w.text in PUNCT_STOP or w.key[0].isdigit():
            return False
        if w.key in lx.clause_leads:
            return True
        if w.key in lx.count_heads and i + 1 < len(ws) and ws[i + 1].key != "من":
            return True
    return False


def _kilo(lx: QuantityLexicon, text: str, m: NumberMatch, floor: int, after: list[Word]) -> bool:
    """A bare ``كيلو`` after a number is a kilometre when a distance word comes shortly before."""
    if not after or after[0].key not in lx.kilo_forms:
        return False
    return any(lookup(lx.distance_cues, w.key) for w in prev_words(text, m.start, floor, 10))


def _model_number(
    lx: QuantityLexicon, m: NumberMatch, unit: str | None, before: list[Word], after: list[Word]
) -> bool:
    """``طائرة بوينج 777 عثر``: a product noun, a brand or series name, then digits and no listed unit
    (an accusative noun after the number, ``194 كرتونا``, is counted)."""
    if after and after[0].key in lx.model_suffixes and m.kind == "digits" and after[0].text != "أم":
        return True  # "زد 3 بلس"; not "50 ألف أم" (mothers; round 25)
    if m.kind != "digits" or len(before) < 2 or unit == "%" or listed(lx, after)[0] is not None:
        return False
    if after and after[0].key.endswith("ا") and len(after[0].key) >= 4:
        return False
    name = before[-1].key
    if not name[0].isalpha() or name in lx.not_units or name in lx.unitless_leads or name in lx.model_heads:
        return False
    return any(lookup(lx.model_heads, w.key) for w in before[-3:-1])


def _unit_after(
    lx: QuantityLexicon, m: NumberMatch, before: list[Word], after: list[Word], has_prev: bool
) -> tuple[str | None, int]:
    """The unit and words used; ``_PARTITIVE``/``_NEXT`` when another quantity supplies it."""
    wrapped = bool(before) and bool(after) and f"{before[-1].text}{after[0].text}" in _WRAPS
    vague = m.kind == "vague"
    v = m.value if m.value is not None and m.value.is_integer() else 0.0
    plural: bool | None = None if v >= 11 else 3 <= v <= 10  # None: a singular counted noun
    no_unit = accusative_scale(lx, m, after) or time_then_year(lx, after)  # "124 مليون عام 2014" (round 24)
    unit, used = (None, 0) if no_unit else unit_of(lx, after, vague, wrapped, plural)
    if used == 1 and has_scale(m.text) and purpose(lx, after[0]):
        unit, used = None, 0  # "8 ملايين لفابيان": ل + a name after an amount is a purpose, not the unit
    if used == 1 and lam_phrase(lx, after):
        unit, used = None, 0  # "صيف الشرقية 36 لكرة القدم": ل + a construct, not the counted noun
    if unit is None and partitive(lx, after):
        human = after[0].key in _HUMAN_PARTITIVES or " ".join(w.key for w in after[:2]) in _HUMAN_PARTITIVES
        return (
            partitive_noun(lx, after)
            if partitive_noun(lx, after)[0]
            else (_HUMAN if human else _PARTITIVE, 0)
        )
    if unit is None and (of_total(lx, after) or before_number(lx, after)):
        return _NEXT, 0
    if has_prev and prev_unit_applies(lx, before, after, unit):
        return _PREV, 0
    if used == 1 and has_prev and before and before[-1].key == _MINHA and feminine_adjective(lx, after[0]):
        return _PREV, 0  # "22 قطعة، منها 12 استثمارية", "منها 39 مليون حرة": an adjective (round 24)
    return unit, used


_Prev = tuple[int, str | None]
_WRAPS = frozenset({"()", '""', "«»", "“”"})


def _unit_for(
    lx: QuantityLexicon, m: NumberMatch, before: list[Word], after: list[Word], age: bool, has_prev: bool
) -> tuple[str | None, int] | None:
    """The unit and the words it uses; ``None`` for a duration (``3 أيام``; not ``49 مليون ليلة``)."""
    if age:
        if after and after[0].key in lx.age_links:
            return next(iter(lx.age_units.values())), 0  # "13 و 15 عاما": the 13 alone
        skip = 1 if after[0].text == ")" else 0
        return age_unit(lx, after[skip]), 1 + skip
    sensed = sense_unit(before, after)
    if sensed is not None:
        return sensed, 1  # "خمسة عقود لمشروعات": contracts, not decades
    ws = after[1:] if after and after[0].text == ")" else after  # "لا تقل عن (3) سنوات" (round 25)
    vague = vague_time(lx, m, ws)
    if vague == "none":
        return None, 0  # "زحف الآلاف يوم أول من أمس": no counted noun and no duration (round 27)
    time_unit = bool(ws) and (ws[0].key in lx.time_units or vague == "duration")
    duration = time_unit and listed(lx, ws)[1] < 2  # also "عشرات السنين"
    if before_number(lx, after):  # "آجال 3 و 7 سنوات": the 3 is a duration too
        rest = after[1:] if after[0].key[0] == "و" and len(after[0].key) > 2 else after[2:]
        duration = duration or (bool(rest) and lookup(lx.time_units, rest[0].key) is not None)
    years = bool(after) and lookup(lx.age_units, after[0].key) is not None  # "36 مليون سنة": a duration
    if time_then_year(lx, after):
        duration = years = False  # "من 124 مليون عام 2014": the year of the amount (round 24)
    if _to_duration(lx, after) or (duration and ((m.value or 0) < lx.count_not_duration or years)):
        return None
    return _unit_after(lx, m, before, after, has_prev)


_TO = frozenset({key("إلى"), key("الى")})


def _to_duration(lx: QuantityLexicon, after: list[Word]) -> bool:
    """``من نحو 145 مليون إلى 65 مليون عام``: the first end of a period written as two numbers."""
    if len(after) < 3 or after[0].key not in _TO or not after[1].key[0].isdigit():
        return False
    rest = after[3:] if has_scale(after[2].text) else after[2:]
    return bool(rest) and (rest[0].key in lx.time_units or lookup(lx.age_units, rest[0].key) is not None)


def _quoted_name(lx: QuantityLexicon, m: NumberMatch, unit: str | None, after: list[Word]) -> bool:
    """``فورمولا 1 “بيانكي”``: a digit 1 before an unlisted quoted word is part of a name."""
    quoted = bool(after) and after[0].text in '"«“'
    return m.kind == "digits" and m.value == 1 and quoted and unit not in lx.units.values()


def _after_age(
    lx: QuantityLexicon, m: NumberMatch, before: list[Word], prev: _Prev | None, hedged: bool
) -> bool:
    """The previous quantity, just before and linked by a hedge, ``و``/``إلى``... or ``والأخرى``/
    ``والآخر`` (``تبلغ إحداهما 19 عامًا والأخرى 21 عامًا``), is an age."""
    core = before[:-1] if before and before[-1].text == "(" else before  # "والآخر (10) سنوات"
    last = core[-1].key if core else ""
    other = last[:1] == "و" and lookup(lx.bare_followers, last[1:]) is not None
    instead = [w.key for w in core[-2:]] == _INSTEAD  # "إلى 18 عاما بدلا من 21 عاما" (round 22)
    linked = hedged or last in lx.age_links or other or instead
    return linked and prev is not None and _near(lx, m, prev[0]) and prev[1] in lx.age_units.values()


def _from_prev(
    lx: QuantityLexicon, text: str, m: NumberMatch, unit: str | None, prev: _Prev | None, after: list[Word]
) -> str | None:
    """``_PREV`` resolved to the previous quantity's unit; an elided unit after ``و`` (``و32 بقناة``)."""
    if unit == _PREV:
        return prev[1] if prev else None
    return elided_unit(lx, text, m, prev, after) if unit is None else unit


def _one(
    lx: QuantityLexicon,
    text: str,
    m: NumberMatch,
    sent: tuple[int, int],
    prev: _Prev | None = None,
) -> Quantity | None:
    """The quantity of one number; ``prev`` is the end and unit of the previous one in the sentence."""
    s, e = sent
    prev_end = prev[0] if prev else None
    before = prev_words(text, m.start, s)
    after = _after_words(lx, text, m, e)
    h = hedge_start(lx, text, m.start, s)
    age = number_age(lx, text, m, sent, (before, after), _after_age(lx, m, before, prev, h is not None))
    if age is None:
        return None  # a category age: "تحت 19 سنة"
    excluded = _excluded(lx, text, m, (before, after), h is not None)
    if not age and (excluded or _postposed(lx, text, m, before, after)):
        return None
    found = _unit_for(lx, m, before, after, age, prev is not None)
    if found is None:
        return None
    adjective = postposed_adjective(lx, text, m, before, after)  # "أحياء خمسة كبيرة"
    two = None if age else postposed_two(lx, text, m, before)  # "ومشاركين اثنين من مدينة" (round 21)
    unit, used = (None, 0) if _quoted_name(lx, m, found[0], after) or adjective or two else found
    if used == 1 and after[0].text == "أم" and len(after) > 1 and parse_number(after[1].text) is not None:
        unit, used = None, 0  # "3 ملايين أم 4 ملايين": the conjunction, not the listed أم (round 25)
    if unit is None and ((m.start > 0 and text[m.start - 1] in "%٪") or elided_percent(lx, m, before, after)):
        unit = "%"
    if unit is None and not age:
        unit = two or postposed_plural(lx, text, m, before, after) or dual_or(lx, text, m, before)
    if unit is None and before and before[-1].key in lx.age_bare_cues:
        unit, age = next(iter(lx.age_units.values())), True  # "للفتيات من عمر 5 إلى 15"
    if not age and _model_number(lx, m, unit, before, after):
        return None
    if unit is not None and _kilo(lx, text, m, s, after[1:] if after and after[0].text == ")" else after):
        unit = lx.units[key("كيلومتر")]
    hedged = h is not None and not set(text[max(h, m.start - 3) : m.start]) & _QUOTES  # not "نحو (45) عاما"
    bare = _bare_ok(lx, m, before, after, hedged) or _coordinated(lx, text, m, prev_end, after)
    shared = prev is not None and prev[1] is not None and parallel(text, m, prev_end, after)
    shared = shared or (prev is not None and prev[1] is not None and reverse_change(text, m, prev[0]))
    bare = bare or shared or _clause_lead(lx, text, m, s)
    if unit is None and not bare:
        return None
    unit = _from_prev(lx, text, m, unit, prev, after) if not age else unit
    return _build(text, m, h, unit, after[used - 1].end if used else None)


def _build(text: str, m: NumberMatch, h: int | None, unit: str | None, unit_end: int | None) -> Quantity:
    """The quantity from the hedge at ``h``, the number and its unit word ending at ``unit_end`` (or none)."""
    end = unit_end if unit_end is not None else m.end
    half = _HALF_AFTER.match(text, end) if unit_end is not None and m.kind == "digits" else None
    end = half.end() if half else end  # "2 كيلو ونصف" = 2.5
    start = h if h is not None else m.start
    q = Quantity(text=text[start:end], start=start, end=end, unit=unit, vague=m.kind == "vague")
    if h is not None:
        q.approximate = _ARTICLE_END.sub("", text[h : m.start].strip().rstrip('"«“(').strip())  # "قرابة الـ"
    if m.kind in ("vague", "range"):
        q.low, q.high = m.low, m.high
    else:
        q.value = m.value + 0.5 if half and m.value is not None and m.value.is_integer() else m.value
    return q


def _after_words(lx: QuantityLexicon, text: str, m: NumberMatch, e: int) -> list[Word]:
    """Up to four words after the number in its sentence; when the number ends a line with no
    terminal punctuation and the next line starts with a listed unit (a hard-wrapped line:
    ``لعدد ( 600\n طالب )``), the words of the next line."""
    after = unwrap_unit(lx, next_words(text, m.end, min(e, m.end + 80), 5))[:4]
    if after or text[m.end : e].strip() or text[m.end : m.end + 10].find("\n") < 0:
        return after
    nxt = next_words(text, m.end, min(len(text), m.end + 80), 4)
    return nxt if listed(lx, nxt)[0] is not None else after


def _sentence(
    lx: QuantityLexicon, text: str, sent: tuple[int, int], date_spans: Sequence[tuple[int, int]]
) -> list[Quantity]:
    """Quantities of one sentence; ``unit`` may still be ``_PARTITIVE`` (resolved by the caller)."""
    s, e = sent
    found: list[Quantity] = []
    prev: _Prev | None = None
    numbers = definite_scaled(text[s:e], split_changes(text[s:e], find_numbers(text[s:e])))
    for m in definite_counts(lx, text[s:e], numbers):
        m.start += s
        m.end += s
        if in_dates(lx, text, m, date_spans, s) or square_mark(text, m) or month_zero(lx, text, m, s):
            continue
        if "_" in text[max(0, m.start - 1) : m.start] + text[m.end : m.end + 1]:
            continue  # inside a hashtag: "#ثمانٍ_وأربعون_قانوناً"
        redundant_scale(m)
        dual_construct(lx, text, m)
        q = _one(lx, text, m, sent, prev)
        if q is None:
            continue
        if found and found[-1].unit == _NEXT:
            found[-1].unit = None if q.unit == _NEXT else q.unit
        unit = q.unit if q.unit not in _PARTITIVES and q.unit != _NEXT else None
        prev = (q.end, unit if q.unit not in _PARTITIVES else (found[-1].unit if found else None))
        found.append(q)
    if found and found[-1].unit == _NEXT:
        found[-1].unit = None
    return merge_unit_ranges(text, merge_compounds(text, found), next(iter(lx.age_units.values())))


def extract_quantities(
    text: str,
    sentences: Sequence[Sentence],
    statements: Sequence[Statement] = (),
    date_spans: Sequence[tuple[int, int]] = (),
) -> list[Quantity]:
    """Quantities in ``text`` (offsets into ``text``), sentence by sentence.

    ``date_spans`` are date mentions (``doc.dates``) whose numbers are not quantities.
    """
    lx = quantity_lexicon()
    out: list[Quantity] = []
    last_unit: str | None = None
    last_human: str | None = None
    spans = join_spaced_decimals(text, [(x.start, x.end) for x in sentences] or [(0, len(text))])
    for index, (s, e) in enumerate(spans):
        found = _sentence(lx, text, (s, e), date_spans)
        sources = sentence_sources(lx, text, s, e) if found else []
        for q in found:
            q.claimant, q.statement_id = claimant(q, statements, sources)
            if q.unit in _PARTITIVES:  # not after a group with no noun: "تسعة آخرين، ثلاثة منهم" (round 22)
                unnamed = bool(out) and out[-1].sentence == index and follows_other(lx, text, out[-1])
                q.unit = None if unnamed else last_human if q.unit == _HUMAN else last_unit
            q.unit = q.unit or distant_scaled_unit(lx, text, out, q, index)
            q.unit = compound_end(text, out, q, index) or q.unit
            last_unit = q.unit or last_unit
            if q.unit and q.unit != "%" and not key(q.unit).endswith("ه"):
                last_human = q.unit  # "منهم" refers to a masculine plural: not "محافظة", not "%"
            q.sentence = index
            out.append(q)
    return out
