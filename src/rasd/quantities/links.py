"""Links between a number and the quantities or numbers around it: partitives (``منها 17``), parts of a
total (``16 من أصل 17``), a number sharing the next number's unit (``ثلاث وأربع بلديات``), a numeral after
its noun (``سودانيين اثنين``), an amount whose unit is elided after ``و`` (``منها 22 سفينة ... و32 بقناة``)
and scale words in the accusative (``23 مليارا محجوزة``); see ``docs/quantities.md``."""

from __future__ import annotations

import itertools
import re

from rasd.models import Quantity
from rasd.numbers import NumberMatch, parse_number
from rasd.quantities.compound import has_scale
from rasd.quantities.lexicon import QuantityLexicon, key
from rasd.quantities.plurals import is_noun, is_plural_shape, singular
from rasd.quantities.units import ARTICLES, Word, listed, lookup, prev_words, unit_of, words
from rasd.text.normalize import strip_diacritics


def of_total(lx: QuantityLexicon, after: list[Word]) -> bool:
    """``16 من أصل 17 مباراة``: the number is a part of the total that follows."""
    if len(after) < 3 or f"{after[0].key} {after[1].key}" not in lx.of_total:
        return False
    return after[2].key[0].isdigit() or parse_number(after[2].text) is not None


def before_number(lx: QuantityLexicon, after: list[Word]) -> bool:
    """``ثلاث وأربع بلديات``, ``10 و8 بوصات``, ``44، مقابل 40 صوتا``, ``10 إلى نحو 7%``: joined to the
    next number, whose unit it shares (a counted noun right after that number: not ``القرارات 1696 و1737
    و1747`` nor ``1.6 و1.4 مليون``)."""
    if len(after) > 2 and after[0].text in "،," and after[1].key in lx.number_links:
        after = after[1:]  # "(44، مقابل 40 صوتا)"
    if not after:
        return False
    first = after[0]
    if first.key[0] == "و" and len(first.key) > 2 and parse_number(first.text[1:]) is not None:
        rest = after[1:]
    elif len(after) > 1 and first.key in lx.number_links and _number_word(after[1]):
        rest = after[2:]
    elif len(after) > 2 and [first.key] in _TO:
        return _to_percent(lx, after[2:] if after[1].key in _ONE_WORD_HEDGES else after[1:])
    else:
        return False
    if rest and rest[0].key in lx.percent:
        return True  # "بنسبة 0.98 و 0.97%"
    if not rest or not rest[0].key[0].isalpha() or parse_number(rest[0].text) is not None:
        return False
    return unit_of(lx, rest, False)[0] is not None


def _number_word(w: Word) -> bool:
    """Digits, or a number word (``أربع أو خمس مرات``, round 22)."""
    return w.key[0].isdigit() or (w.key[0].isalpha() and parse_number(w.text) is not None)


def _to_percent(lx: QuantityLexicon, rest: list[Word]) -> bool:
    """``بنسبة 10 إلى نحو 7%``: the start of a change before a hedged percent (not a range; round 20)."""
    if len(rest) < 2 or not rest[0].key[0].isdigit():
        return False
    return rest[1].key in lx.percent or (len(rest) > 2 and f"{rest[1].key} {rest[2].key}" in lx.percent)


def origin(lx: QuantityLexicon, after: list[Word], unit: str) -> bool:
    """``بينهم 44 من المنيا``: after a partitive, ``من`` + a definite unlisted word that is no sound plural
    names where the people come from, not the counted noun: the previous unit applies (round 30)."""
    if len(after) < 2 or after[0].key != "من" or not after[1].key.startswith("ال") or key(unit) in lx.units:
        return False
    return not after[1].key.endswith(("ين", "ون", "ات"))


def prev_unit_applies(lx: QuantityLexicon, before: list[Word], after: list[Word], unit: str | None) -> bool:
    """A number with no counted noun of its own (or only an origin) right after a partitive or before a
    total takes the previous quantity's unit."""
    if unit is not None and not origin(lx, after, unit):
        return False
    return partitive_before(lx, before) or total_before(lx, before)


_BENEFIT = frozenset(key(w) for w in ("استفاد", "واستفاد", "استفادت", "واستفادت", "يستفيد", "تستفيد"))


def partitive_before(lx: QuantityLexicon, before: list[Word]) -> bool:
    """``22 مبنى، منها 17 بها``: a partitive right before the number (or before a one-word hedge:
    ``67 كلية، منها حوالي 38 للبنين``, round 18)."""
    if before and before[-1].key in _ONE_WORD_HEDGES:
        before = before[:-1]
    if len(before) > 1 and before[-2].key in _BENEFIT:
        return False  # "استفاد منها 182500": the verb's object, not a partitive (round 30)
    one = before[-1].key if before else ""
    two = f"{before[-2].key} {one}" if len(before) > 1 else ""
    return one in lx.partitive_before or two in lx.partitive_before


_MINHA = key("منها")
# "خسر أربعا منها أمام سيون": a preposition after منها, not the counted noun (round 28)
_AFTER_MINHA = frozenset(key(w) for w in ("أمام", "خلف", "ضد", "مع", "عند", "لدى"))
_ONE_WORD_HEDGES = frozenset(key(w) for w in ("حوالي", "حوالى", "نحو", "قرابة", "زهاء"))


def partitive_noun(lx: QuantityLexicon, after: list[Word]) -> tuple[str | None, int]:
    """``من 11 بلدا ... 9 منها ملاعب``: a listed noun right after ``منها`` is the counted noun (the words
    used include the partitive); else ``(None, 0)`` and the previous unit applies."""
    if after[0].key != _MINHA or (len(after) > 1 and after[1].key in _AFTER_MINHA):
        return None, 0  # "ونفذ ثلاثة منهم عمليات": a human partitive is the subject of what follows
    n = 1
    unit, used = listed(lx, after[n:])
    return (unit, n + used) if unit is not None else (None, 0)


def total_before(lx: QuantityLexicon, before: list[Word]) -> bool:
    """``4615 مرشحا من أصل 9570``: the total after a part takes the part's unit."""
    return len(before) > 1 and f"{before[-2].key} {before[-1].key}" in lx.of_total


def postposed_two(lx: QuantityLexicon, text: str, m: NumberMatch, before: list[Word]) -> str | None:
    """``سودانيين اثنين``, ``مصابان اثنان``: ``اثنان`` after an indefinite dual or plural counts it."""
    if m.kind != "words" or m.value != 2 or not before or text[before[-1].end : m.start].strip():
        return None
    w = before[-1]
    plain = strip_diacritics(w.text)
    if plain.startswith("و") and len(plain) > 6:
        plain = plain[1:]  # "ومشاركان اثنان" (round 21)
    k = key(plain)
    if len(k) < 5 or plain.startswith(ARTICLES) or not k.endswith(("ين", "ان", "ون")):
        return None
    stem = plain[:-3] + "ة" if k.endswith(("تان", "تين")) else plain[:-2]  # "سفينتان اثنتان" (round 18)
    return lookup(lx.units, k) or (None if k in lx.not_units else stem)


def postposed_adjective(
    lx: QuantityLexicon, text: str, m: NumberMatch, before: list[Word], after: list[Word]
) -> bool:
    """``أحياء خمسة كبيرة``, ``فئات ثلاث متساوية``: after a number word 3-10 right after an indefinite
    plural, an unlisted indefinite singular in ``ة`` (no plural shape) is an adjective, not the counted noun
    (round 20)."""
    if m.kind != "words" or m.value is None or not 3 <= m.value <= 10 or not before or not after:
        return False
    w, p = after[0], before[-1]
    plain = strip_diacritics(w.text)
    if not plain.endswith("ة") or plain.startswith(ARTICLES) or len(w.key) < 5 or lookup(lx.units, w.key):
        return False
    if (
        is_plural_shape(w.key)
        or text[p.end : m.start].strip()
        or strip_diacritics(p.text).startswith(ARTICLES)
    ):
        return False
    plural = (len(p.key) >= 4 and p.key.endswith("ات")) or is_plural_shape(p.key)
    return plural or lookup(lx.units, p.key) not in (None, p.key)


def postposed_plural(
    lx: QuantityLexicon, text: str, m: NumberMatch, before: list[Word], after: list[Word] | None = None
) -> str | None:
    """``وسائل أربع تساعدنا``, ``إحدى فئات ثلاث``: a number word 3-10 right after an indefinite plural (a
    listed plural or one in ``ات``; not a time noun) counts it (round 19); before an adjective
    (``postposed_adjective``) also a broken plural with an attested singular (round 20)."""
    if m.kind != "words" or m.value is None or not 3 <= m.value <= 10 or not before:
        return None
    if after and postposed_adjective(lx, text, m, before, after) and lookup(lx.units, before[-1].key) is None:
        one = singular(before[-1].key) if not before[-1].key.endswith("ات") else None
        if one is not None or not before[-1].key.endswith("ات"):
            return one if one is not None and is_noun(key(one)) else None
    w = before[-1]
    plain = strip_diacritics(w.text)
    if text[w.end : m.start].strip() or plain.startswith(ARTICLES) or len(w.key) < 4 or w.key in lx.not_units:
        return None
    if lookup(lx.time_units, w.key) is not None or lookup(lx.age_units, w.key) is not None:
        return None
    listed_as = lookup(lx.units, w.key)
    if listed_as is not None:  # a listed plural only (not "تساوي خمسة", a verb of plural shape)
        return None if key(listed_as) in (w.key, w.key[1:]) else listed_as  # not "وإصابة ثمانية آخرين"
    unit, used = unit_of(lx, [w], False, False, True)
    return unit if used == 1 and w.key.endswith("ات") else None


_OR = frozenset(key(w) for w in ("أو", "او"))


def dual_or(lx: QuantityLexicon, text: str, m: NumberMatch, before: list[Word]) -> str | None:
    """``قد تقرأ كتابين أو ثلاثة``: a number with no noun of its own right after an indefinite dual and
    ``أو`` counts the dual's noun when that singular is listed (round 19; time duals are durations)."""
    total = len(before) > 2 and f"{before[-2].key} {before[-1].key}" in lx.of_total  # "بطولتين من أصل ثلاث"
    if len(before) < 2 or (before[-1].key not in _OR and not total) or text[before[-1].end : m.start].strip():
        return None
    before = prev_words(text, m.start, max(0, m.start - 80), 7)
    i = len(before) - (3 if total else 2)
    while i >= 2 and parse_number(before[i].text) is not None and before[i - 1].key in _OR:
        i -= 2  # "كتابين أو ثلاثة أو عشرة"
    w = before[i]
    plain = strip_diacritics(w.text)
    if len(w.key) < 5 or plain.startswith(ARTICLES) or not w.key.endswith(("ين", "ان")):
        return None
    stem = plain[:-3] + "ة" if w.key.endswith(("تان", "تين")) else plain[:-2]
    return lookup(lx.units, key(stem)) or (stem if total else None)  # "بطولتين من أصل ثلاث" (round 22)


def accusative_scale(lx: QuantityLexicon, m: NumberMatch, after: list[Word]) -> bool:
    """``23 مليارا محجوزة``, ``40 ألفا موزعة``: a scale word in the accusative is itself the counted
    word, so an unlisted word after it is an adjective or a verb, not the unit."""
    last = key(m.text).split()[-1] if m.kind in ("mixed", "words") else ""
    if last not in lx.accusative_scales or not after or after[0].key[0] in "وف" or after[0].key == "من":
        return False
    return lookup(lx.units, after[0].key) is None and after[0].key not in lx.percent


_TO = ([key("إلى")], [key("الى")])
_FROM = [key("من")]


def after_to(text: str, end: int) -> bool:
    """The quantity ending at ``end`` is the level after ``إلى`` (``ارتفعت إلى 3.41 ريالات``): a change
    written the other way round, its start after ``من``."""
    words = prev_words(text, end, max(0, end - 40), 4)
    return any([w.key] in _TO and n.key[:1].isdigit() for w, n in itertools.pairwise(words))


def elided_unit(
    lx: QuantityLexicon, text: str, m: NumberMatch, prev: tuple[int, str | None] | None, after: list[Word]
) -> str | None:
    """``منها 22 سفينة ... و32 بقناة``, ``29 مليار دولار ... و6 مليارات في الهند``: a number with no unit
    joined by ``و`` (alone or glued) right after a quantity takes that quantity's unit, and so does the end of
    a change written ``من 7ر2 مليون مستخدم إلى 6ر23 مليونا`` (``إلى`` alone between them); not an age, and
    not before ``آخرون``, which is its own noun, nor before ``ممن``: ``و200 آخرون``."""
    if prev is None or prev[1] is None or prev[1] in lx.age_units.values():
        return None
    if after and (lookup(lx.bare_followers, after[0].key) is not None or after[0].key == "ممن"):
        return None  # "جرف 50 سيارة و20 ممن كانوا فيها": a group of its own
    if len(after) > 1 and after[0].key == "من" and after[1].key.startswith("ال"):
        return None  # "26 من الحوثيين وثمانية من المقاومة": a partitive of its own (round 22)
    between = text[prev[0] : m.start]
    if not 0 <= len(between) <= lx.coordinated_gap or any(c.isdigit() for c in between):
        return None
    gap = key(between).split()
    change = gap in _TO and prev[1] not in lx.percent  # "انخفض المؤشر 0.98 بالمئة إلى 96.599": a level
    change = change or (gap == _FROM and after_to(text, prev[0]))  # "إلى 3.41 ريالات من 3.09" (round 24)
    linked = gap[-1:] == ["و"] or change or parallel(text, m, prev[0], after)
    return prev[1] if linked or _scaled_pair(text, m, prev, after) else None


def _scaled_pair(text: str, m: NumberMatch, prev: tuple[int, str | None], after: list[Word]) -> bool:
    """``إلى 27.4 مليار استرليني من 30.4 مليار``, ``أن تحقق 4.6 مليار ريال ... إلا أنها حققت 6.2 مليار``: an
    amount with a scale word and no unit right after an amount with a scale word and a unit (within the
    ``coordinated_gap``) takes that unit (round 20)."""
    if m.kind != "mixed" or not has_scale(m.text) or prev[1] == "%":
        return False
    if (
        after
        and after[0].key[0] == "و"
        and (len(after[0].key) == 1 or parse_number(after[0].text[1:]) is not None)
    ):
        return False  # "116 مليون و54 ألف و703 ريالات": the first part of a compound amount
    last = prev_words(text, prev[0], max(0, prev[0] - 40), 2)
    return len(last) == 2 and (
        has_scale(last[0].text) or has_scale(last[1].text)
    )  # also "55 مليونا" (elided)


def parallel(text: str, m: NumberMatch, prev_end: int | None, after: list[Word]) -> bool:
    """``منها 411 قطعة لأغراض السكن، 32 للنشاط التجاري``, ``50 حكما (21 للساحة``: a number after a comma or an
    opening parenthesis, right after a quantity, followed by ``لل`` + a noun (what the part is for) shares
    that quantity's unit (round 16)."""
    if prev_end is None or not after or not after[0].key.startswith("لل") or len(after[0].key) < 5:
        return False
    between = text[prev_end : m.start].rstrip()
    return bool(between) and between[-1] in "،,(" and not any(c.isdigit() for c in between)


def definite_teen(text: str, m: NumberMatch, before: list[Word]) -> bool:
    """``دور الستة عشر``: ``عشر`` after a definite unit word is part of a definite numeral, not 10."""
    if m.kind != "words" or m.value != 10 or not before or text[before[-1].end : m.start].strip():
        return False
    plain = strip_diacritics(before[-1].text)
    return plain.startswith("ال") and len(plain) > 4 and parse_number(plain[2:]) is not None


_CHANGE_BEFORE = re.compile(r"(?:^|\s)[وف]?بمقدار[ \t]*$")
_CHANGE_RANGE = re.compile(r"(\d[\d.,]*)([ \t]+(?:إلى|الى)[ \t]+)(\d[\d.,]*)$")


def split_changes(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """``ارتفع بمقدار 21 إلى 659``: after ``بمقدار`` a pair joined by ``إلى`` is a change and the level it
    reached, two numbers, not a range (round 17)."""
    out: list[NumberMatch] = []
    for m in found:
        cut = _CHANGE_RANGE.match(m.text) if m.kind == "range" else None
        if cut is None or not _CHANGE_BEFORE.search(text, max(0, m.start - 12), m.start):
            out.append(m)
            continue
        a, b = parse_number(cut.group(1)), parse_number(cut.group(3))
        mid = m.start + cut.end(2)
        out.append(NumberMatch(m.start, m.start + cut.end(1), cut.group(1), a, a, a))
        out.append(NumberMatch(mid, m.end, cut.group(3), b, b, b))
    return out


_FAR = 300  # characters


def _other(lx: QuantityLexicon, text: str, end: int) -> bool:
    """``آخرين``/``أخرى`` right after the number (its own group), or a quantity whose last word is one."""
    after = words(text, end, min(len(text), end + 20))
    return bool(after) and lookup(lx.bare_followers, after[0].key) is not None


def follows_other(lx: QuantityLexicon, text: str, q: Quantity) -> bool:
    """The quantity is followed by ``آخرين``/``آخرون`` (``وإصابة تسعة آخرين، ثلاثة منهم``)."""
    return q.unit is None and _other(lx, text, q.end)


def distant_scaled_unit(
    lx: QuantityLexicon, text: str, out: list[Quantity], q: Quantity, index: int
) -> str | None:
    """``نحو 2.5 مليار ريال، بانخفاض 7 بالمئة ... بلغ فيه حجم الصفقات نحو 2.3 مليار``, ``416 ألفا و52 شخصا ...
    أكثر من 470 ألفا``: an amount with a scale word and no unit takes the unit of the last amount with a scale
    word and a unit before it in its sentence, within ``_FAR`` characters, passing over
    percents and amounts with no unit (round 22; the elided unit further away than ``elided_unit``)."""
    if q.unit is not None or q.value is None or q.vague or not has_scale(q.text) or _other(lx, text, q.end):
        return None  # not "وجرح 9 آلاف آخرين", "ثلاثة مليارات أخرى": a group of its own
    for p in reversed(out):
        if q.start - p.end > _FAR or p.sentence != index:
            return None
        if p.unit is None or p.unit == "%":
            continue
        return p.unit if has_scale(p.text) else None
    return None


_SPEED_LINKS = (["إلى"], ["الى"], ["و"], ["أو"], ["او"])


def compound_end(text: str, out: list[Quantity], q: Quantity, index: int) -> str | None:
    """``من 100 كلم في الساعة إلى 140 كلم``: the second end of a change whose first end has a compound unit
    (``كيلومتر/ساعة``) that starts with its own takes that unit; the ``في الساعة`` is elided (round 22)."""
    p = out[-1] if out else None
    if p is None or p.sentence != index or not q.unit or not p.unit or not p.unit.startswith(q.unit + "/"):
        return None
    return p.unit if text[p.end : q.start].split() in _SPEED_LINKS else None


def reverse_change(text: str, m: NumberMatch, prev_end: int) -> bool:
    """``ارتفعت إلى 3.41 ريالات من 3.09``: ``من`` alone after a level with a unit after ``إلى`` (round 24)."""
    between = text[prev_end : m.start]
    return key(between).split() == [key("من")] and after_to(text, prev_end)


def _nisba(lx: QuantityLexicon, w: Word) -> bool:
    """An unlisted nisba adjective (``استثمارية``, ``سكني``), not a counted noun of its own."""
    return w.key.endswith("يه") and len(w.key) > 4 and lookup(lx.units, w.key) is None


def feminine_adjective(lx: QuantityLexicon, w: Word) -> bool:
    """A nisba (``استثمارية``) or an unlisted feminine word that is no attested noun (``حرة``)."""
    unlisted = lookup(lx.units, w.key) is None and not strip_diacritics(w.text).startswith(ARTICLES)
    return _nisba(lx, w) or (
        unlisted and w.key.endswith("ه") and not is_noun(w.key) and not is_plural_shape(w.key)
    )


def purpose(lx: QuantityLexicon, w: Word) -> bool:
    """``8 ملايين لفابيان``: an unlisted ``ل`` + word (not a time noun such as ``ليلة``) after an amount."""
    listed_word = lookup(lx.units, w.key) is not None or lookup(lx.time_units, w.key) is not None
    return w.key[0] == "ل" and len(w.key) > 4 and not listed_word
