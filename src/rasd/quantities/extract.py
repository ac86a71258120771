"""Numeric claims in a text: the number, its hedge, its unit or counted noun, and its claimant.

:func:`extract_quantities` works sentence by sentence on the display text. A number found by
:func:`rasd.numbers.find_numbers` is a quantity unless it is an ordinal, part of a date, a year,
a time of day, a duration (number + time unit, except an age), an identifier (``رقم 5``,
``القرار 2231``, codes glued to Latin letters) or a phone number. See ``docs/quantities.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.models import Quantity, Sentence, Statement
from rasd.numbers import NumberMatch, find_numbers, parse_number
from rasd.quantities.compound import merge_compounds
from rasd.quantities.lexicon import QuantityLexicon, key, quantity_lexicon
from rasd.text.normalize import normalize, strip_diacritics

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])*|\d+(?:[.,٫٬]\d+)*|[%٪]|[^\s\w]")
_PUNCT_STOP = set(',.،:;؛"«»“”()[]!?؟-–—')
_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")
_CLITICS = "وبلف"
_PARTITIVE = "\x00partitive"
_NEXT = "\x00next"
_PREV = "\x00previous"
_CLOCK_AFTER = re.compile(r"[ \t]?:[ \t]?\d")
_SLASH_AFTER = re.compile(r"[ \t]?/[ \t]?\d")
_SLASH_BEFORE = re.compile(r"\d[ \t]?/[ \t]?$")
_POSSESSIVE = ("هم", "هن", "ها", "نا", "ه")
_CLOCK_BEFORE = re.compile(r"\d[ \t]?:[ \t]?$")


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    key: str


def _words(text: str, start: int, end: int) -> list[_Word]:
    out = [_Word(m.start(), m.end(), m.group(), key(m.group())) for m in _WORD.finditer(text, start, end)]
    return [w for w in out if w.key]


def _prev_words(text: str, pos: int, floor: int, n: int = 3) -> list[_Word]:
    return _words(text, max(floor, pos - 60), pos)[-n:]


def _variants(word: str) -> list[str]:
    out = [word]
    for art in _ARTICLES:
        if word.startswith(art) and len(word) > len(art) + 1:
            out.append(word[len(art) :])
    if len(word) > 2 and word[0] in _CLITICS:
        out.append(word[1:])
    return out


def _lookup(table: dict[str, str] | frozenset[str], word: str) -> str | None:
    for v in _variants(word):
        if v in table:
            return table[v] if isinstance(table, dict) else v
    return None


def lemma(word: str) -> str:
    """A light lemma of an unlisted counted noun: accusative alef, sound plurals (ون/ين, ات)."""
    w = strip_diacritics(word)
    for art in _ARTICLES:
        if w.startswith(art) and len(w) > len(art) + 2:
            w = w[len(art) :]
            break
    k = key(w)
    if word.endswith(("\u064bا", "ا\u064b")) and len(k) >= 3 and k.endswith("ا"):
        return w[:-1]  # written tanween: certainly an accusative alef ("يمنيًا")
    if len(k) >= 5 and k.endswith(("ين", "ون")):
        return w[:-2]
    if len(k) >= 4 and k.endswith("ات"):
        return w[:-2] + "ة"
    if len(k) >= 4 and k.endswith("ا") and not k.endswith("اا") and (len(k) >= 6 or not k.endswith("يا")):
        return w[:-1]
    return w


def _listed(lx: QuantityLexicon, ws: list[_Word], definite: bool = False) -> tuple[str | None, int]:
    """A listed unit in the first one or two words; ``definite`` also accepts ``الجنود``."""
    if not ws:
        return None, 0
    if len(ws) > 1 and f"{ws[0].key} {ws[1].key}" in lx.units:
        return lx.units[f"{ws[0].key} {ws[1].key}"], 2
    if ws[0].key in lx.units:
        return lx.units[ws[0].key], 1
    if not definite and strip_diacritics(ws[0].text).startswith(_ARTICLES):
        return None, 0
    if len(ws) > 1:
        two = _lookup(lx.units, f"{ws[0].key} {ws[1].key}")
        if two is not None:
            return two, 2
    one = _lookup(lx.units, ws[0].key)
    return (one, 1) if one is not None else (None, 0)


def _possessed(lx: QuantityLexicon, word: str) -> str | None:
    """The listed unit of a noun with a possessive pronoun (``أطفاله`` -> ``طفل``)."""
    for suffix in _POSSESSIVE:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[: -len(suffix)] in lx.units:
            return lx.units[word[: -len(suffix)]]
    return None


def _unit(lx: QuantityLexicon, after: list[_Word], vague: bool) -> tuple[str | None, int]:
    """``(unit, number of words used)`` for the words after a number."""
    skip = 1 if after and after[0].text == ")" else 0
    ws = after[skip:]
    if not ws:
        return None, 0
    if ws[0].key == "%" or ws[0].key in lx.percent:
        return "%", skip + 1
    if len(ws) > 1 and f"{ws[0].key} {ws[1].key}" in lx.percent:
        return "%", skip + 2
    if ws[0].key == "من" and len(ws) > 1 and _possessed(lx, ws[1].key):
        return _possessed(lx, ws[1].key), skip + 2  # "ستة من أطفاله"
    if ws[0].key == "من" and len(ws) > 1 and ws[1].key.startswith("ال") and ws[1].key[0].isalpha():
        unit, used = _listed(lx, ws[1:], definite=True)
        return (unit, skip + 1 + used) if unit else (lemma(ws[1].text), skip + 2)
    unit, used = _listed(lx, ws, definite=vague)
    if unit is not None:
        return unit, skip + used
    if skip or _partitive(lx, ws):
        return None, 0  # "(بازل 3) لتعزيز": after a closing parenthesis only a listed unit counts
    w = ws[0]
    definite = strip_diacritics(w.text).startswith(("ال", "وال", "بال", "لل"))
    if w.key[0].isalpha() and w.key not in lx.not_units and len(w.key) > 1 and (vague or not definite):
        return lemma(w.text), skip + 1
    return None, 0


def _is_phone(m: NumberMatch) -> bool:
    digits = re.sub(r"\D", "", key(m.text))
    raw = key(m.text)
    return (
        m.kind == "digits"
        and ((raw.isdigit() and len(raw) >= 8) or (raw.startswith("0") and len(raw) >= 3 and raw.isdigit()))
        and len(digits) >= 3
    )


def _excluded(
    lx: QuantityLexicon, text: str, m: NumberMatch, before: list[_Word], after: list[_Word]
) -> bool:
    if m.is_ordinal or _is_phone(m):
        return True
    if (after and after[0].key in lx.operators) or (before and before[-1].key in lx.operators):
        return True
    if before and (before[-1].key in lx.not_after or before[-1].key.rstrip(".") in lx.not_after):
        return True
    if before and before[-1].key == "من" and any(_lookup(lx.id_plurals, w.key) for w in before[:-1]):
        return True  # "النماذج من 101 إلى 119": identifiers
    if m.kind == "vague" and after and after[0].key in lx.vague_idioms:
        return True  # "عدة وعتاد": equipment
    if _SLASH_AFTER.match(text, m.end) or _SLASH_BEFORE.search(text, max(0, m.start - 4), m.start):
        return True  # a score, fraction or date part: 1/2, "1 / 2"
    if _CLOCK_AFTER.match(text, m.end) or _CLOCK_BEFORE.search(text, max(0, m.start - 6), m.start):
        return True  # a time of day: 10:30, "6: 42"
    if after and (after[0].key in lx.time_after or after[0].text in lx.time_after):
        return True
    raw = key(m.text)
    is_year = m.kind == "digits" and raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100
    if is_year and not _partitive(lx, after) and (not after or _lookup(lx.units, after[0].key) is None):
        return True
    return m.kind == "words" and m.value == 1


def _age(
    lx: QuantityLexicon, m: NumberMatch, before: list[_Word], after: list[_Word], prev_age: bool = False
) -> bool:
    """An age: an age unit after the number and an age cue before it, parentheses around it, or an
    age just before it (``لا يقل عن 24 سنة ولا يزيد على 40 سنة``)."""
    if not after or _lookup(frozenset(lx.age_units), after[0].key) is None:
        return False
    if prev_age or any(_lookup(lx.age_cues, w.key) for w in before):
        return True
    wrapped = bool(before) and before[-1].text in '("«“”-–—' and len(after) > 1
    return wrapped and after[1].text in ')"»”“-–—'


def _hedge(lx: QuantityLexicon, text: str, start: int, floor: int) -> int | None:
    """Start of a hedge that ends right before ``start`` (or ``None``)."""
    ws = max(floor, start - 40)
    norm = normalize(text[ws:start])
    m = lx.hedge_re.search(norm.text)
    if m is None:
        return None
    return ws + norm.to_original(m.start(), m.start() + 1)[0]


def _skippable(lx: QuantityLexicon, word: str) -> bool:
    """A verb or filler after a source cue, also with an object pronoun (نقلته, ذكرها)."""
    return any(len(w) > 1 and _lookup(lx.source_skip, w) for w in (word, word[:-1], word[:-2]))


def _source(lx: QuantityLexicon, text: str, s: int, e: int) -> str | None:
    """The claimant named by ``بحسب X`` / ``وفقا لـ X`` / ``according to X`` in the sentence."""
    norm = normalize(text[s:e])
    m = lx.source_re.search(norm.text)
    if m is None:
        return None
    pos = s + norm.to_original(m.end(), m.end())[0] if m.end() < len(norm.text) else e
    words = _words(text, pos, e)
    i = 0
    while i < len(words) and (_skippable(lx, words[i].key) or words[i].text in "ـ"):
        i += 1
    phrase: list[_Word] = []
    for w in words[i:]:
        if w.text in _PUNCT_STOP or w.key in lx.source_stop or len(phrase) >= 5 or w.key[0].isdigit():
            break
        phrase.append(w)
    if not phrase:
        return None
    return text[phrase[0].start : phrase[-1].end]


def _claimant(
    q: Quantity, statements: Sequence[Statement], source: str | None
) -> tuple[str | None, str | None]:
    # The innermost enclosing statement is the claimant: in "X did not mention Y's statement that 10,000
    # ...", the figure is Y's claim, not X's.
    enclosing = [st for st in statements if st.content_start <= q.start and q.end <= st.content_end]
    if enclosing:
        st = min(enclosing, key=lambda s: (s.content_end - s.content_start, s.content_start))
        return st.speaker, st.id
    return source, None


def _partitive(lx: QuantityLexicon, after: list[_Word]) -> bool:
    one = after[0].key if after else ""
    two = f"{one} {after[1].key}" if len(after) > 1 else ""
    return one in lx.partitive or two in lx.partitive


def _bare_ok(
    lx: QuantityLexicon, m: NumberMatch, before: list[_Word], after: list[_Word], hedged: bool
) -> bool:
    """A number without a unit is kept only after a lead such as ``إلى``/``بلغ`` or a hedge."""
    worded_range = m.kind == "range" and not any(d in m.text for d in "-–")  # not a score such as 2-1
    if (
        hedged
        or m.kind in ("vague", "mixed")
        or worded_range
        or (after and after[0].key in lx.bare_followers)
    ):
        return True  # "439 ألف": a scale word makes a count
    words = [w for w in before if w.key[0].isalnum() and len(w.key) > 1]  # skip a lone "بـ"
    if not words:
        return False
    last = words[-1].key
    return last in lx.unitless_leads or (last[0] in "وف" and last[1:] in lx.unitless_leads)


def _postposed(lx: QuantityLexicon, text: str, m: NumberMatch, before: list[_Word]) -> bool:
    """``نقابات عدة``: a vague amount after an indefinite sound plural is an adjective."""
    if m.kind != "vague" or key(m.text) not in lx.postposed_vague or not before:
        return False
    prev = before[-1]
    plain = strip_diacritics(prev.text)
    adjacent = not text[prev.end : m.start].strip()
    return adjacent and len(prev.key) >= 4 and prev.key.endswith("ات") and not plain.startswith(_ARTICLES)


def _near(lx: QuantityLexicon, m: NumberMatch, prev_end: int | None) -> bool:
    return prev_end is not None and 0 <= m.start - prev_end <= lx.coordinated_gap


def _coordinated(lx: QuantityLexicon, text: str, m: NumberMatch, prev_end: int | None) -> bool:
    """A number joined by ``و`` to a quantity that ends shortly before it."""
    if prev_end is None or not _near(lx, m, prev_end):
        return False
    if any(c.isdigit() for c in text[prev_end : m.start]):
        return False  # "إيرباص 330 و320": joined to a number that is not a quantity
    gap = key(text[prev_end : m.start]).split()
    return bool(gap) and gap[-1] in lx.coordinators


def _clause_lead(lx: QuantityLexicon, text: str, m: NumberMatch, floor: int) -> bool:
    """``بلغ عدد المسافرين من وإلى المطار 98.278``: a verb of amount a few words before, with no
    punctuation or number between."""
    for w in reversed(_prev_words(text, m.start, floor, lx.clause_lead_window)):
        if w.text in _PUNCT_STOP or w.key[0].isdigit():
            return False
        if w.key in lx.clause_leads:
            return True
    return False


def _kilo(lx: QuantityLexicon, text: str, m: NumberMatch, floor: int, after: list[_Word]) -> bool:
    """A bare ``كيلو`` after a number is a kilometre when a distance word comes shortly before."""
    if not after or after[0].key not in lx.kilo_forms:
        return False
    return any(_lookup(lx.distance_cues, w.key) for w in _prev_words(text, m.start, floor, 10))


def _model_number(
    lx: QuantityLexicon, m: NumberMatch, unit: str | None, before: list[_Word], after: list[_Word]
) -> bool:
    """``طائرة بوينج 777 عثر``: a product noun, a brand or series name, then digits and no listed unit
    (an accusative noun after the number, ``194 كرتونا``, is counted)."""
    if after and after[0].key in lx.model_suffixes:
        return True  # "زد 3 بلس"
    if m.kind != "digits" or len(before) < 2 or unit == "%" or _listed(lx, after)[0] is not None:
        return False
    if after and after[0].key.endswith("ا") and len(after[0].key) >= 4:
        return False
    name = before[-1].key
    if not name[0].isalpha() or name in lx.not_units or name in lx.unitless_leads or name in lx.model_heads:
        return False
    return any(_lookup(lx.model_heads, w.key) for w in before[-3:-1])


def _of_total(lx: QuantityLexicon, after: list[_Word]) -> bool:
    """``16 من أصل 17 مباراة``: the number is a part of the total that follows."""
    if len(after) < 3 or f"{after[0].key} {after[1].key}" not in lx.of_total:
        return False
    return after[2].key[0].isdigit() or parse_number(after[2].text) is not None


def _partitive_before(lx: QuantityLexicon, before: list[_Word]) -> bool:
    """``22 مبنى، منها 17 بها``: a partitive right before the number."""
    one = before[-1].key if before else ""
    two = f"{before[-2].key} {one}" if len(before) > 1 else ""
    return one in lx.partitive_before or two in lx.partitive_before


def _unit_after(
    lx: QuantityLexicon, m: NumberMatch, before: list[_Word], after: list[_Word], has_prev: bool
) -> tuple[str | None, int]:
    """The unit and words used; ``_PARTITIVE``/``_NEXT`` when another quantity supplies it."""
    unit, used = _unit(lx, after, m.kind == "vague")
    if unit is None and _partitive(lx, after):
        return _PARTITIVE, 0
    if unit is None and _of_total(lx, after):
        return _NEXT, 0
    if unit is None and has_prev and _partitive_before(lx, before):
        return _PREV, 0
    return unit, used


_Prev = tuple[int, str | None]


def _after_age(
    lx: QuantityLexicon, m: NumberMatch, before: list[_Word], prev: _Prev | None, hedged: bool
) -> bool:
    """The previous quantity, just before and linked by a hedge or ``و``/``إلى``..., is an age."""
    linked = hedged or (bool(before) and before[-1].key in lx.age_links)
    return linked and prev is not None and _near(lx, m, prev[0]) and prev[1] in lx.age_units.values()


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
    before = _prev_words(text, m.start, s)
    after = _words(text, m.end, min(e, m.end + 80))[:4]
    h = _hedge(lx, text, m.start, s)
    age = _age(lx, m, before, after, _after_age(lx, m, before, prev, h is not None))
    if not age and (_excluded(lx, text, m, before, after) or _postposed(lx, text, m, before)):
        return None
    used = _listed(lx, after)[1]
    if age:
        unit, used = _lookup(lx.age_units, after[0].key), 1
    elif after and after[0].key in lx.time_units and used < 2:
        return None
    else:
        unit, used = _unit_after(lx, m, before, after, prev is not None)
    if m.start > 0 and text[m.start - 1] in "%٪" and unit is None:
        unit = "%"
    if not age and _model_number(lx, m, unit, before, after):
        return None
    if unit is not None and _kilo(lx, text, m, s, after[1:] if after and after[0].text == ")" else after):
        unit = lx.units[key("كيلومتر")]
    bare = _bare_ok(lx, m, before, after, h is not None) or _coordinated(lx, text, m, prev_end)
    bare = bare or _clause_lead(lx, text, m, s)
    if unit is None and not bare:
        return None
    if unit == _PREV:
        unit = prev[1] if prev else None
    end = after[used - 1].end if used else m.end
    start = h if h is not None else m.start
    q = Quantity(text=text[start:end], start=start, end=end, unit=unit, vague=m.kind == "vague")
    if h is not None:
        q.approximate = text[h : m.start].strip()
    if m.kind in ("vague", "range"):
        q.low, q.high = m.low, m.high
    else:
        q.value = m.value
    return q


def _sentence(
    lx: QuantityLexicon, text: str, sent: tuple[int, int], date_spans: Sequence[tuple[int, int]]
) -> list[Quantity]:
    """Quantities of one sentence; ``unit`` may still be ``_PARTITIVE`` (resolved by the caller)."""
    s, e = sent
    found: list[Quantity] = []
    prev: _Prev | None = None
    for m in find_numbers(text[s:e]):
        m.start += s
        m.end += s
        if any(a < m.end and m.start < b for a, b in date_spans):
            continue
        q = _one(lx, text, m, sent, prev)
        if q is None:
            continue
        if found and found[-1].unit == _NEXT:
            found[-1].unit = None if q.unit == _NEXT else q.unit
        unit = q.unit if q.unit not in (_NEXT, _PARTITIVE) else None
        prev = (q.end, unit if q.unit != _PARTITIVE else (found[-1].unit if found else None))
        found.append(q)
    if found and found[-1].unit == _NEXT:
        found[-1].unit = None
    return merge_compounds(text, found)


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
    spans = [(x.start, x.end) for x in sentences] or [(0, len(text))]
    for index, (s, e) in enumerate(spans):
        found = _sentence(lx, text, (s, e), date_spans)
        source = _source(lx, text, s, e) if found else None
        for q in found:
            q.claimant, q.statement_id = _claimant(q, statements, source)
            if q.unit == _PARTITIVE:
                q.unit = last_unit
            last_unit = q.unit or last_unit
            q.sentence = index
            out.append(q)
    return out
